## 保育指数の試算画面（質問を1つずつ）と4月入園の申し込みチェックリスト（画面と hagu nursery checklist）。

hoiku-sim-link = 保育指数を試算する
hoiku-back = ‹ 保育園の検索へ
hoiku-sim-title = 保育指数の試算
hoiku-sim-intro = 質問に1つずつ答えると、区市町村が公表した表で家庭の点数を試算します。入園を約束するものではなく、決定は区市町村が行います。
hoiku-q-municipality = どの区市町村に申し込みますか？
# $municipality は区市町村名、$year は表の年度（令和7年度など）。
hoiku-municipality-option = { $municipality }（{ $year }の表）
hoiku-q-guardians = 保護者は何人ですか？
hoiku-guardians-one = 1人
hoiku-guardians-two = 2人
hoiku-q-situation = 保護者{ $guardian }の状況は？
hoiku-option-not-in-table = この表にありません
hoiku-q-hours = 保護者{ $guardian }（{ $situation }）は週に何時間ですか？
hoiku-q-days = 保護者{ $guardian }（{ $situation }）は月に何日ですか？
hoiku-q-detail = 保護者{ $guardian }（{ $situation }）に当てはまるのは？
hoiku-q-household = 家庭に当てはまるものをすべて選んでください（なければ何も選ばずに次へ）。
hoiku-household-none-in-table = この表には調整指数の行がありません（見つからなかったため）。選んでも合計には入りません。
hoiku-option-points = （{ $signed }点）
hoiku-hours-label = 週の時間
hoiku-days-label = 月の日数
hoiku-next = 次へ
hoiku-back-step = 1つ戻る
hoiku-restart = 最初から
hoiku-answer-hours = 週{ $hours }時間
hoiku-answer-days = 月{ $days }日
hoiku-answer-none = なし
hoiku-result-title = 試算の結果
# $source は表の出典、$year は表の年度。
hoiku-line-source = 出典: { $source }（{ $year }）
hoiku-result-promise = 公表された表による試算です。入園を約束するものではありません。
hoiku-whatif-title = もしも…
hoiku-whatif-intro = 選ぶと、今の答えの合計の横に変わった合計を並べます。
hoiku-tweak-hours = 保護者{ $guardian }が週{ $from }時間 → { $to }時間なら
hoiku-tweak-days = 保護者{ $guardian }が月{ $from }日 → { $to }日なら
hoiku-tweak-add = 「{ $rule }」が加わったら
hoiku-whatif-none = この表で点数が変わる「もしも」はありません。
hoiku-whatif-compare = 今の答え { $before }点 → もしも { $after }点（{ $difference ->
    [0] 変わりません
   *[other] { $signed }
}）
hoiku-tie-none = この表には計算できる同点時の順位がありません。
hoiku-past-none = 昨年度の各園・クラスの最低指数は、この試算の出典に含まれていないため表示していません。
hoiku-flow-error-detail = その答えはこの質問の選択肢にありません。
hoiku-flow-error-unexpected = その答えはこの質問に合いません。
hoiku-flow-error-extra = 答えが質問より多くあります。

hoiku-checklist-title = 4月入園の申し込みチェックリスト
# $municipality は区市町村名、$year は年度（令和9年度など）、$date は入園日。
hoiku-checklist-heading = { $municipality } { $year } 4月入園（{ $date }）
hoiku-checklist-periods = 申込期間・締切
hoiku-checklist-period-range = { $title }: { $from }〜{ $until }
hoiku-checklist-period-until = { $title }: { $until }まで
hoiku-checklist-days-left = { $days ->
    [0] 今日まで
   *[other] あと{ $days }日
}
hoiku-checklist-passed = 締切を過ぎました
hoiku-checklist-documents = 書類（{ $checked }/{ $total } 用意済み）
hoiku-checklist-for = { $situation }の保護者
hoiku-checklist-as-of = { $date }時点の情報
hoiku-checklist-source = 出典: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = この区市町村の申し込みチェックリストはありません。
hoiku-checklist-error-document = その書類はこのチェックリストにありません。変更していません。
hoiku-checklist-error-data = 申し込みチェックリストを読めません: { $detail }
hoiku-checklist-unknown = 区市町村コード { $code } の申し込みチェックリストはありません（あるもの: { $known }）。
cli-nursery-checklist-about = 4月入園の申込期間・締切と書類の一覧
cli-nursery-checklist-municipality-help = 区市町村コード（132012 八王子市、131083 江東区）
cli-nursery-checklist-json-help = JSON で出力（スクリプト用）
