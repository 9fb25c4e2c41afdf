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

## ブックマーク・希望順位・比較（hagu nursery bookmark / compare、ui/src/nursery/）
nursery-error-bad-facility = 施設コードは「区市町村コード-番号」（例: 131083-1）で指定してください: { $value }
nursery-error-unknown-facility = 施設 { $value } は施設データにありません。「hagu nursery search」で施設コードを確かめてください。
nursery-error-not-bookmarked = 施設 { $value } はブックマークしていません。
nursery-error-compare-too-few = 比べるには2施設以上を選んでください。
nursery-error-compare-too-many = 一度に比べられるのは4施設までです（星をつけた施設はすべてまとめて比べられます）。
nursery-error-compare-too-few-starred = 星をつけた施設が2つ以上ありません。
nursery-error-compare-twice = 同じ施設が2回選ばれています: { $value }
nursery-error-cannot-move = これ以上は動かせません。
nursery-error-bad-rank = 希望順位は up、down、または 1 からブックマークの数までの番号です: { $value }

nursery-stars-none = 評価なし
nursery-bookmark-missing-name = { $name }（施設データにありません）
nursery-compare-yes = あり
nursery-compare-no = なし
nursery-compare-unknown = —
nursery-compare-type = 種別
nursery-compare-distance = 距離（直線）
nursery-compare-km = { $km } km
nursery-compare-hours = 開所時間
nursery-compare-hours-value = { $opens }–{ $closes }
nursery-compare-extended = 延長保育
nursery-compare-until = { $until } まで
nursery-compare-openings = { $class }歳児クラスの空き（{ $date } 入園）
nursery-compare-class-not-taken = 受け入れなし
nursery-compare-count = { $count }
nursery-compare-fees = 保育料
nursery-compare-temporary = 一時預かり
nursery-compare-sick = 病児保育
nursery-compare-capacity = 定員
nursery-compare-people = { $count }人
nursery-compare-stars = 評価
nursery-compare-note = メモ

cli-bookmark-about = ブックマークした施設（メモ・評価・見学の写真・希望順位）
cli-bookmark-facility-help = 施設コード（「hagu nursery search」の表示。例: 131083-1）
cli-bookmark-photo-id-help = 写真の番号（「hagu nursery bookmark photo list」の表示）
cli-bookmark-add-about = 施設をブックマークする（希望順位の最後に）
cli-bookmark-note-help = メモ（見学の感想など）
cli-bookmark-stars-help = 評価（星1〜5）
cli-bookmark-list-about = ブックマークを希望順位の順に表示
cli-bookmark-json-help = JSON で出力（スクリプト用）
cli-bookmark-note-about = メモを書き換える（空の文字列で消す）
cli-bookmark-text-help = メモの文章
cli-bookmark-star-about = 評価（星）をつける
cli-bookmark-star-help = 星の数 1〜5、または none（評価なし）
cli-bookmark-rank-about = 希望順位を変える
cli-bookmark-place-help = up（1つ上）、down（1つ下）、または順位の番号
cli-bookmark-remove-about = ブックマークを外す（30日以内にまた追加すると、メモと写真ごと戻ります）
cli-bookmark-photo-about = 見学の写真（位置情報などは取り除いて保存）
cli-compare-about = ブックマークした施設を並べて比べる（2〜4施設、または星をつけた施設すべて）
cli-compare-facilities-help = 比べる施設コード（2〜4）
cli-compare-starred-help = 星をつけた施設をすべて比べる
cli-compare-from-help = 距離を測る地点（自宅など）: 緯度,経度
cli-compare-json-help = JSON で出力（スクリプト用）
cli-bookmark-added = { $name }（{ $id }）をブックマークしました。第{ $rank }希望です。
cli-bookmark-none = ブックマークはまだありません。「hagu nursery bookmark add 施設コード」で追加できます。
cli-bookmark-line = 第{ $rank }希望  { $name }（{ $id }）{ $stars }  写真 { $photos }
cli-bookmark-note-line = 　メモ: { $note }
cli-bookmark-changed = { $name } を保存しました（{ $stars }）。
cli-bookmark-rank-line = 第{ $rank }希望  { $name }（{ $id }）
cli-bookmark-removed = { $name }（{ $id }）のブックマークを外しました。
cli-bookmark-photo-added = { $name } に写真 #{ $id } を追加しました（{ $mime }、{ $size } バイト）。撮影場所などの情報は取り除きました。
cli-bookmark-photo-line = #{ $id }  { $mime }  { $size } バイト  { $at } 追加
cli-compare-column = 第{ $rank }希望 { $name }（{ $id }）
cli-compare-row = { $label }: { $cells }

nursery-bookmark-on = ★ ブックマーク済み
nursery-bookmark-off = ☆ ブックマーク
nursery-bookmark-toggle-label = { $name } をブックマーク
nursery-open-bookmarks = ブックマークと比較（{ $count }）
nursery-bookmarks-title = ブックマークと希望順位
nursery-bookmarks-intro = 見学の感想や評価を残し、希望する順に並べます。この順番が申込みの希望順位になります。
nursery-bookmarks-none = まだブックマークはありません。施設の検索結果の「☆ ブックマーク」で追加できます。
nursery-bookmark-rank = 第{ $rank }希望
nursery-bookmark-up = ↑ 上へ
nursery-bookmark-down = ↓ 下へ
nursery-bookmark-up-label = { $name } の希望順位を1つ上げる
nursery-bookmark-down-label = { $name } の希望順位を1つ下げる
nursery-bookmark-star-label = { $name } を星{ $stars }つにする
nursery-bookmark-stars-clear = 評価なし
nursery-bookmark-stars-clear-label = { $name } の評価を消す
nursery-bookmark-note-label = メモ（見学の感想など）
nursery-bookmark-note-save = メモを保存
nursery-bookmark-note-saved = メモを保存しました。
nursery-bookmark-remove = 外す
nursery-bookmark-remove-label = { $name } のブックマークを外す
nursery-bookmark-pick = 比較に入れる
nursery-bookmark-pick-label = { $name } を比較に入れる
nursery-compare-selected = 選んだ施設を比べる（{ $count }）
nursery-compare-starred = 星をつけた施設をすべて比べる
nursery-compare-hint = 2〜4施設を選ぶか、星をつけた施設をすべて比べられます。
nursery-compare-title = 施設の比較
nursery-compare-birth-hint = 入れると、入園時のクラスの空きも比べます。
nursery-compare-from-label = 距離を測る地点（緯度,経度）
nursery-compare-from-hint = 例: 35.6727,139.8170（自宅など）。空欄なら距離は出しません。
nursery-compare-submit = 比べる
nursery-compare-scroll-hint = 表は横にスクロールできます。
nursery-compare-facility = 施設
