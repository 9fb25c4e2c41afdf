# Hagukumi — ja-x-easy, hoiku.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## The hoiku-index (保育指数) simulator screen and the April intake checklist.

hoiku-sim-link = ほいく しすう（保育指数）を ためしに けいさん する
hoiku-back = ‹ ほいくえんの けんさくへ
hoiku-sim-title = ほいく しすう（保育指数）の ためしの けいさん
hoiku-sim-intro = しつもんに 1つずつ こたえると、しくちょうそんが だした ひょうで、かぞくの てんすうを ためしに けいさん します。にゅうえんを やくそく する ものでは ありません。きめるのは しくちょうそん です。
hoiku-q-municipality = どの しくちょうそんに もうしこみますか？
# $municipality is its name, $year the table's fiscal year.
hoiku-municipality-option = { $municipality }（{ $year }の ひょう）
hoiku-q-guardians = おや（保護者）は なんにん ですか？
hoiku-guardians-one = 1人
hoiku-guardians-two = 2人
hoiku-q-situation = おや（保護者）{ $guardian }の ようすは？
hoiku-option-not-in-table = この ひょうに ありません
hoiku-q-hours = おや（保護者）{ $guardian }（{ $situation }）は 1しゅうかんに なんじかん ですか？
hoiku-q-days = おや（保護者）{ $guardian }（{ $situation }）は 1かげつに なんにち ですか？
hoiku-q-detail = おや（保護者）{ $guardian }（{ $situation }）に あう ものは？
hoiku-q-household = かぞくに あう ものを ぜんぶ えらんで ください（なければ なにも えらばないで つぎへ）。
hoiku-household-none-in-table = この ひょうには ちょうせい しすう（調整指数）の ぎょうが ありません（みつからなかったので）。えらんでも ごうけいには はいりません。
hoiku-option-points = （{ $signed }てん）
hoiku-hours-label = 1しゅうかんの じかん
hoiku-days-label = 1かげつの にちすう
hoiku-next = つぎへ
hoiku-back-step = 1つ もどる
hoiku-restart = さいしょから
hoiku-answer-hours = 1しゅうかん { $hours }じかん
hoiku-answer-days = 1かげつ { $days }にち
hoiku-answer-none = なし
hoiku-result-title = けいさんの けっか
# $source is the table's source, $year its fiscal year.
hoiku-line-source = でどころ：{ $source }（{ $year }）
hoiku-result-promise = だされた ひょうで ためしに けいさん した ものです。にゅうえんを やくそく する ものでは ありません。
hoiku-whatif-title = もしも…
hoiku-whatif-intro = えらぶと、いまの こたえの ごうけいの よこに、かわった ごうけいを ならべます。
hoiku-tweak-hours = おや{ $guardian }が 1しゅうかん { $from }じかん → { $to }じかん なら
hoiku-tweak-days = おや{ $guardian }が 1かげつ { $from }にち → { $to }にち なら
hoiku-tweak-add = 「{ $rule }」が くわわったら
hoiku-whatif-none = この ひょうで てんすうが かわる「もしも」は ありません。
hoiku-whatif-compare = いまの こたえ { $before }てん → もしも { $after }てん（{ $difference ->
    [0] かわりません
   *[other] { $signed }
}）
hoiku-tie-none = この ひょうには、おなじ てんすうの ときの じゅんばんで けいさん できる ものが ありません。
hoiku-past-none = きょねんの それぞれの えん・クラスの いちばん ひくい しすうは、この けいさんの でどころに ないので、みせて いません。
hoiku-flow-error-detail = その こたえは この しつもんの えらぶ ものに ありません。
hoiku-flow-error-unexpected = その こたえは この しつもんに あいません。
hoiku-flow-error-extra = こたえが しつもんより おおいです。

hoiku-checklist-title = 4月 にゅうえんの もうしこみ チェックリスト
# $municipality is its name, $year the fiscal year, $date the intake day.
hoiku-checklist-heading = { $municipality } { $year } 4月 にゅうえん（{ $date }）
hoiku-checklist-periods = もうしこみの きかん・しめきり
hoiku-checklist-period-range = { $title }：{ $from }〜{ $until }
hoiku-checklist-period-until = { $title }：{ $until }まで
hoiku-checklist-days-left = { $days ->
    [0] きょう まで
   *[other] あと { $days }にち
}
hoiku-checklist-passed = しめきりを すぎました
hoiku-checklist-documents = しょるい（{ $checked }/{ $total } じゅんび できた）
hoiku-checklist-for = { $situation }の おや
hoiku-checklist-as-of = { $date }の じょうほう
hoiku-checklist-source = でどころ：{ $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = この しくちょうそんの もうしこみ チェックリストは ありません。
hoiku-checklist-error-document = その しょるいは この チェックリストに ありません。かえて いません。
hoiku-checklist-error-data = もうしこみ チェックリストを よめません：{ $detail }
hoiku-checklist-unknown = しくちょうそん コード { $code } の もうしこみ チェックリストは ありません（ある もの：{ $known }）。
cli-nursery-checklist-about = 4月 にゅうえんの もうしこみ きかん・しめきりと しょるいの リスト
cli-nursery-checklist-municipality-help = しくちょうそん コード（132012 八王子市、131083 江東区）
cli-nursery-checklist-json-help = JSON で だす（スクリプト よう）
