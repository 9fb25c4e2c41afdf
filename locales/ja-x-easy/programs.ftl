# Hagukumi — ja-x-easy, programs.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name }さんは { $months }かげつ
   *[other] { $name }さんは { $years }さい { $months }かげつ
}
programs-reason-born-on-or-after = { $date }より あとに うまれた こどもが たいしょう
programs-reason-from = { $date }から たいしょう
programs-reason-until = { $date }まで たいしょう
programs-reason-school-year-end = { $age }さいに なって はじめての 3月31日（{ $date }）まで たいしょう
programs-reason-child-order = { $name }さんは { $order }ばんめの こどもと かぞえます
programs-reason-twins = { $name }さんは おなじ ひに うまれた { $count }人の ひとり：ひとりずつ たいしょう です
programs-reason-pregnancy-week = いま にんしん { $weeks }しゅう { $days }にち
programs-reason-pregnancy-week-from = にんしん { $week }しゅう 0にち（{ $date }）から せいきゅう できます
programs-reason-per-expected-child = おなかの あかちゃんの かずだけ でます
programs-reason-after-birth = うまれたら たいしょう（しゅっさん よていび { $date }）
programs-reason-apply-by = しんせいの きげん { $date }

programs-level-national = くに
programs-level-prefecture = とどうふけん（都道府県）
programs-level-municipality = しくちょうそん（市区町村）
programs-now-heading = いま つかえる せいど（{ $date }の じょうほう・{ $municipality }）
programs-coming-heading = これから 3かげつ いないに はじまる もの
programs-check-heading = { $municipality }の ほかの せいど（じょうけんは データに ありません。{ $municipality }に きいて ください）
programs-none = なし
programs-person-pregnancy = にんしん ちゅう（しゅっさん よていび { $date }）
programs-person-pregnancy-label = { $label }（しゅっさん よていび { $date }）
programs-amount-month = 1かげつ { $yen }えん
programs-amount-once = { $yen }えん
programs-amount-per-expected-child = { $amount }×おなかの あかちゃんの かず
programs-days-left = あと { $days }にち（{ $date }まで）
programs-last-day = きょう まで
programs-until-date = { $date }まで
programs-next-payment = つぎに おかねが でる つき：{ $year }年{ $month }月
programs-applied-with = 「{ $name }」と いっしょに しんせい できます
programs-schedule-link = せっしゅの じきは よていを みて ください（hagu schedule）
programs-how = しんせいの しかた：{ $text }
programs-where = まどぐち：{ $text }
programs-bring = もっていく もの：{ $text }
programs-link = あんない：{ $uri }
programs-source = でどころ：{ $source }
programs-note = ちゅうい：{ $note }
programs-sample-notice = ※ サンプルの データです（{ $date }の じょうほう）。しんせいの まえに、でどころと しくちょうそんの あんないを たしかめて ください。
programs-no-municipality = しくちょうそんが きまって いません。「hagu municipality list」で えらんで、「hagu municipality set コード」で きめて ください。
programs-unknown-municipality = { $code } は この せいどの データに ない しくちょうそん です。「hagu municipality list」で たしかめて ください。なにも かえて いません。
programs-registry-problem = せいどの データの いちぶが よめませんでした（その きろくは のぞいて います）：{ $problem }

municipality-line = { $code }  { $name }
municipality-set = しくちょうそんを { $name }（{ $code }）に しました。
municipality-same = もう { $name }（{ $code }）に なって います。
municipality-moved = { $from }から { $to }への ひっこしとして、せいどを もう いちど しらべました（{ $date }の じょうほう）。
municipality-ends-heading = { $from }で おわる もの
municipality-apply-heading = { $to }で しんせい する もの
municipality-check-heading = { $to }の ほかの せいど（じょうけんは { $to }に きいて ください）

cli-municipality-about = すんで いる しくちょうそん（せいどを しらべる ときに つかいます）
cli-municipality-list-about = せいどの データに ある しくちょうそんの リスト
cli-municipality-set-about = すんで いる しくちょうそんを きめる（ひっこしの ときは、おわる ものと しんせい する ものを みせます）
cli-municipality-code-help = ぜんこく ちほう こうきょう だんたい コード（6けた。れい：131016）
cli-municipality-json-help = JSON で だす（スクリプト よう）
cli-programs-about = いま つかえる こそだて しえんの せいどと、3かげつ いないに はじまる もの
cli-programs-child-help = この こどもだけ（ID）
cli-programs-as-of-help = この ひづけで しらべる（かかないと きょう）
cli-programs-json-help = JSON で だす（スクリプト よう）

## The app's screens. $name is a municipality, $count a number.
programs-card-title = あなたの かぞくに、いま
programs-card-intro = すんで いる しくちょうそんを えらぶと、こどもの つきれいや にんしん しゅうすうに あう こそだて しえんの せいどを おしらせ します。
programs-card-choose = しくちょうそんを えらぶ
programs-card-open = ぜんぶ みる
programs-card-more = ほかに { $count }こ
programs-card-where = { $name }の せいど
programs-screen-title = こそだて しえんの せいど
programs-municipality-title = すんで いる しくちょうそん
programs-municipality-hint = 1かい えらべば つかえます。ひっこしたら えらびなおして ください。もう いちど しんせい する ものと おわる ものを おしらせ します。
programs-municipality-choose = えらんで ください
programs-municipality-submit = この しくちょうそんに する
programs-municipality-saving = せってい して います…
programs-moved-title = ひっこしで かわる こと
programs-for-person = { $name }さん
programs-open-link = しくちょうそんの あんないを ひらく
programs-open-source = でどころを ひらく
programs-open-benefits = しんせいの ようす
programs-schedule-link-app = せっしゅの じきは、こどもの がめんの よていで みられます。
programs-link-opened = ブラウザで ひらきました。
error-unknown-municipality = その しくちょうそんは せいどの データに ありません。リストから えらんで ください。なにも かえて いません。
error-program-no-link = この せいどには ひらける あんないの ページが ありません。
error-no-browser = ブラウザを ひらけませんでした。でどころの なまえで けんさく して ください。
