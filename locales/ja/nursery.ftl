## 保活: 施設の検索（hagu nursery search）と保育指数の試算（hagu hoiku-index）。

nursery-type-licensed = 認可保育所
nursery-type-kodomoen = 認定こども園
nursery-type-small_scale = 小規模保育事業
nursery-type-home_based = 家庭的保育事業
nursery-type-workplace = 事業所内保育事業
nursery-type-certified = 認証保育所
nursery-type-unlicensed = 認可外保育施設

# $no は番号、$name は施設名、$type は種別、$municipality は区市町村、$opens と $closes は時刻、$lat と $lon は緯度経度。
nursery-hit = { $no }. { $name }（{ $type }・{ $municipality }）{ $opens }–{ $closes } 緯度 { $lat } 経度 { $lon }
nursery-hit-extended = 　延長保育 { $until } まで
nursery-hit-distance = 　距離（直線）{ $km } km
nursery-hit-openings = 　{ $class }歳児クラスの空き { $count }
nursery-hit-needs-extended = 　お迎えの時刻には延長保育が必要です
nursery-search-heading = { $count } 件（{ $date } 入園の空き）
nursery-search-class = { $class }歳児クラス（{ $date } 入園）
nursery-search-none = 条件に合う施設はありません。
nursery-sample-notice = { $label }
nursery-data-problem = 施設データの読めない箇所: { $problem }
nursery-intake-differs = 施設データの空きは { $data } 入園のものです（検索は { $asked } 入園）。
nursery-origin-portal = { $municipality }: ポータルから受け取ったデータ（{ $signed } 署名・確認済み。データの日付 { $as_of }）
nursery-origin-embedded = { $municipality }: アプリに入っているデータ（まだ同期していません。データの日付 { $as_of }）

nursery-error-within-without-point = 距離で絞るには、測る地点（--from 緯度,経度）が必要です。
nursery-error-distance-without-point = 距離で並べるには、測る地点（--from 緯度,経度）が必要です。
nursery-error-openings-without-class = 空きで並べるには、お子さんのクラス（--birth または --class）が必要です。
nursery-error-pick-up-before-drop-off = お迎えの時刻は、預ける時刻より後にしてください。
nursery-error-bad-distance = 距離は 0 より大きい数（km）で指定してください。
nursery-error-bad-point = 地点は「緯度,経度」（例: 35.6727,139.8170）で指定してください。
nursery-error-bad-time = 時刻は HH:MM（例: 07:30）で指定してください: { $value }
nursery-error-bad-type = 種別が分かりません: { $value }（使えるもの: { $known }）
nursery-error-no-class = この生年月日では、その入園のクラスがありません（まだ生まれていないか、就学年齢です）。
nursery-error-bad-class = クラスは 0〜5 歳児です: { $value }
nursery-error-bad-sort = 並べ方は code, distance, openings のどれかです: { $value }
nursery-error-bad-year = 入園年度は 2000〜2100 の西暦で指定してください: { $value }

cli-nursery-about = 保育施設（保活）
cli-nursery-search-about = 保育施設を探す（オフライン。条件なしでサンプルの全施設）
cli-nursery-birth-help = お子さんの生年月日（入園年度のクラスを計算し、空きのある施設だけ）
cli-nursery-class-help = クラス（0〜5 歳児）を直接指定
cli-nursery-intake-help = 入園する年（4月1日。既定: 次の4月）
cli-nursery-type-help = 種別（licensed, kodomoen, small_scale, home_based, workplace, certified, unlicensed。くり返し可）
cli-nursery-drop-off-help = 預ける時刻（HH:MM）
cli-nursery-pick-up-help = お迎えの時刻（HH:MM）
cli-nursery-extended-help = 延長保育のある施設だけ
cli-nursery-from-help = 距離を測る地点（自宅・職場・駅）: 緯度,経度
cli-nursery-within-help = この距離（km、直線）以内だけ
cli-nursery-municipality-help = この区市町村（コード）だけ
cli-nursery-sort-help = 並べ方: code（既定）, distance, openings
cli-nursery-json-help = JSON で出力（スクリプト用）

## 保育指数
cli-hoiku-index-about = 保育指数（利用調整基準指数）を試算する（公表された表による）
cli-hoiku-index-municipality-help = 区市町村コード（132012 八王子市、131083 江東区）
cli-hoiku-index-answers-help = 答えのファイル（JSON。docs/hoiku-index.md）
cli-hoiku-index-json-help = JSON で出力（スクリプト用）

hoiku-heading = { $municipality } { $year }の保育指数の試算（公表された表による試算です。決定は区市町村が行います）
hoiku-line-guardian = 保護者{ $guardian }: { $rule } … { $points }点
hoiku-line-guardian-not-in-table = 保護者{ $guardian }: { $situation } … この表にありません（見つからなかった行です）
hoiku-line-household = 調整: { $rule } … { $points ->
    [0] 0点
   *[other] { $points }点
}
hoiku-line-household-not-in-table = 調整: { $adjustment } … この表にありません（見つからなかった行です）
hoiku-total = 合計 { $points }点
hoiku-incomplete = この表にない答えがあるため、合計は一部だけの点数です。
hoiku-note = 表について: { $note }
hoiku-tie-heading = 同点のとき:
hoiku-tie-step = 　{ $n }. { $rule }
hoiku-tie-note = 　{ $note }
hoiku-source = 出典: { $title } { $url }
hoiku-what-if = もしも「{ $label }」: { $before }点 → { $after }点（{ $difference ->
    [0] 変わりません
   *[other] { $signed }
}）
hoiku-unknown-municipality = 区市町村コード { $code } の保育指数の表はありません（あるもの: { $known }）。
hoiku-error-read = 答えのファイル { $file } を読めません: { $detail }
hoiku-error-answers-json = 答えのファイル { $file } の形が違います: { $detail }
hoiku-error-answers = 答えのファイル { $file } の { $field }: { $problem }
hoiku-error-table = 保育指数の表が読めません: { $detail }
hoiku-error-guardians = 保護者は1人か2人です。
hoiku-error-hours = 週の時間は 0〜168 です。
hoiku-error-days = 月の日数は 0〜31 です。
hoiku-error-household-twice = 同じ調整が2回あります。
hoiku-error-change-guardian = 「もしも」の保護者の番号が答えにありません。

hoiku-situation-work = 就労
hoiku-situation-self-employed-helper = 就労（自営協力者）
hoiku-situation-pregnancy-birth = 妊娠・出産
hoiku-situation-illness = 疾病
hoiku-situation-disability = 障害
hoiku-situation-care = 介護・看護
hoiku-situation-job-seeking = 求職活動
hoiku-situation-study = 就学
hoiku-adjustment-single-parent = ひとり親世帯
hoiku-adjustment-parental-leave-return = 育児休業からの復帰
hoiku-adjustment-sibling-enrolled = きょうだいが在園
hoiku-adjustment-unlicensed-care = 認可外保育施設等を利用
hoiku-adjustment-small-scale-graduate = 小規模保育事業等の卒園
hoiku-adjustment-nursery-teacher = 保護者が保育士として勤務

## 検索の条件・地図・施設の詳細（ui/src/nursery/）
nursery-drop-off-label = 預ける時刻
nursery-pick-up-label = お迎えの時刻
nursery-time-hint = 通勤に合わせて（例 07:30）。空欄なら問いません。
nursery-from-kind-label = 距離を測る地点
nursery-from-none = 測らない
nursery-from-home = 自宅
nursery-from-work = 職場
nursery-from-station = 駅
nursery-from-label = その地点の緯度,経度
nursery-from-hint = 地図アプリでその場所を長押しすると出る数字です（例 35.6727,139.8170）。端末の外には送りません。
nursery-within-label = この距離以内（km、直線）
nursery-sort-label = 並べ方
nursery-sort-code = 番号順
nursery-sort-distance = 近い順
nursery-sort-openings = 空きの多い順
nursery-view-label = 表示
nursery-view-list = リスト
nursery-view-map = 地図
nursery-map-title = { $centre }からの位置（{ $count } 件）
nursery-map-centre-results = 結果の中心
nursery-map-note = 道や線路は描いていません。円は直線距離です。番号はリストと同じです。
nursery-map-ring-m = { $m } m
nursery-map-ring-km = { $km } km
nursery-map-mark = { $no }. { $name }（直線 { $km } km）
nursery-map-mark-beyond = { $no }. { $name }（直線 { $km } km。円の外なので縁に表示）
nursery-row-distance = 直線 { $km } km
nursery-detail-close = 閉じる
nursery-detail-address = 住所
nursery-detail-access = アクセス
nursery-detail-phone = 電話
nursery-detail-ages = 受入年齢
nursery-detail-capacity = 定員
nursery-detail-capacity-value = { $count } 人
nursery-detail-days = 利用できる曜日
nursery-detail-hours = 開所時間
nursery-detail-openings = { $date } 入園の空き
nursery-detail-class = { $class }歳児
nursery-detail-openings-unknown = なし・非公表
nursery-detail-temporary = 一時預かり
nursery-detail-sick = 病児保育
nursery-detail-fees = 保育料
nursery-detail-url = ウェブサイト
nursery-detail-updated = 更新日
nursery-detail-note = 備考
nursery-detail-distance = 距離
nursery-yes = あり
nursery-no = なし
nursery-unknown = 不明

## アプリの画面（ui/src/nursery.rs）
nursery-card-title = 保活: 保育施設を探す
nursery-card-intro = お子さんの生年月日から4月入園のクラスを出し、空きのある施設を探します（オフライン。いまはサンプルデータです）。
nursery-card-open = 施設を探す
nursery-screen-title = 保育施設を探す
nursery-birth-label = お子さんの生年月日
nursery-birth-hint = 空欄ならすべての施設を表示します。
nursery-type-label = 種別
nursery-type-any = すべて
nursery-extended-label = 延長保育のある施設だけ
nursery-search-submit = 探す
nursery-row-kind = { $type }・{ $municipality }
nursery-row-hours = 開所 { $opens }–{ $closes }
nursery-row-extended = （延長 { $until } まで）
nursery-row-openings = { $class }歳児クラスの空き { $count }
nursery-row-position = 緯度 { $lat }・経度 { $lon }
