# Hagukumi — ja-x-easy, schedule.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.

## Vaccine names
schedule-vaccine-hepb = Bがた かんえん（B型肝炎）
schedule-vaccine-rotavirus-rv1 = ロタウイルス（1価・ロタリックス）
schedule-vaccine-rotavirus-rv5 = ロタウイルス（5価・ロタテック）
schedule-vaccine-pcv = しょうにようはいえんきゅうきん（小児用肺炎球菌）
schedule-vaccine-dpt-ipv-hib = ごしゅ こんごう（五種混合・DPT-IPV-Hib）
schedule-vaccine-dpt-ipv = よんしゅ こんごう（四種混合・DPT-IPV）
schedule-vaccine-hib = ヒブ（Hib）
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = ましん ふうしん こんごう（麻しん風しん混合・MR）
schedule-vaccine-varicella = みずぼうそう（水痘）
schedule-vaccine-je = にほんのうえん（日本脳炎）
schedule-vaccine-dt = にしゅ こんごう（二種混合・DT）
schedule-vaccine-hpv = HPV（しきゅうけいがん よぼう・子宮頸がん予防）
schedule-vaccine-mumps = おたふくかぜ
schedule-vaccine-influenza = インフルエンザ
schedule-vaccine-other = ほかの ワクチン
schedule-vaccine-pcv15 = しょうにようはいえんきゅうきん（小児用肺炎球菌・15価）
schedule-vaccine-rsv-maternal = RSウイルス ぼし めんえき ワクチン（RSウイルス母子免疫ワクチン・にんしん ちゅうに うける）
schedule-cohort-mr-fy2024-period-1 = MR だい1き（第1期）の とくべつな ルール：2024ねんどに ワクチンが たりなくて うけられなかった 2022年4月2日〜2023年4月1日 うまれの こどもは、しくちょうそん（市区町村）が みとめれば 2025年4月1日〜2027年3月31日に ていき せっしゅ（定期接種）で うけられます
schedule-cohort-mr-fy2024-period-2 = MR だい2き（第2期）の とくべつな ルール：2024ねんどに ワクチンが たりなくて うけられなかった 2018年4月2日〜2019年4月1日 うまれの こどもは、しくちょうそん（市区町村）が みとめれば 2025年4月1日〜2027年3月31日に ていき せっしゅ（定期接種）で うけられます
schedule-cohort-je-1995-2007 = にほんのうえん（日本脳炎）の とくべつな ルール（1995年4月2日〜2007年4月1日 うまれ：20さいに なるまで）
schedule-cohort-je-2007-2009 = にほんのうえん（日本脳炎）の とくべつな ルール（2007年4月2日〜2009年10月1日 うまれ：だい1き（第1期）の のこりを 9〜13さいで）

## Checkup names
schedule-checkup-child-1m = 1かげつ けんしん（1か月児健診）
schedule-checkup-child-3-4m = 3〜6かげつ けんしん（3〜6か月児健診）
schedule-checkup-child-6-7m = 6〜7かげつ けんしん（6〜7か月児健診）
schedule-checkup-child-9-10m = 9〜11かげつ けんしん（9〜11か月児健診）
schedule-checkup-child-1y6m = 1さい6かげつ けんしん（1歳6か月児健診）
schedule-checkup-child-3y = 3さい けんしん（3歳児健診）
schedule-checkup-child-5y = 5さい けんしん（5歳児健診）
schedule-checkup-postnatal-2w = うんだ あとの おかあさんの けんしん（産婦健診・2しゅうかん）
schedule-checkup-postnatal-1m = うんだ あとの おかあさんの けんしん（産婦健診・1かげつ）
schedule-checkup-prenatal = にんぷ けんしん（妊婦健診）
schedule-checkup-other = ほかの けんしん

## Dose labels
schedule-dose-nth = { $n }かいめ
schedule-dose-primary = さいしょの { $n }かいめ（初回）
schedule-dose-booster = ついか せっしゅ（追加接種）
schedule-dose-period = だい{ $period }き（第{ $period }期）
schedule-dose-period-primary = だい{ $period }き さいしょの { $n }かいめ
schedule-dose-period-booster = だい{ $period }き ついか
schedule-visit-nth = { $n }かいめ

## Reasons
schedule-reason-given = { $date }に うけました
schedule-reason-given-as = { $date }に { $vaccine }として うけました
schedule-reason-record-before-interval = { $after }かいめから あける ひが、きまりより みじかいです（きまりでは { $date }から）
schedule-reason-record-live-too-close = ちゅうしゃの なまワクチン（{ $vaccine }、{ $date }）から 27にち いじょう あいて いません
schedule-reason-record-not-routine = ていき せっしゅ（定期接種）の きかんの そとで うけました
schedule-reason-age-from = { $date }から うけられます
schedule-reason-min-interval = { $dose }かいめ：{ $after }かいめ（{ $date }）から { $days }にち いじょう あけます
schedule-reason-min-interval-months = { $dose }かいめ：{ $after }かいめ（{ $date }）から { $months }かげつ いじょう あけます
schedule-reason-after-previous = { $dose }かいめ：{ $after }かいめの あとに
schedule-reason-live-interval = ちゅうしゃの なまワクチン（{ $vaccine }、{ $date }）から { $days }にち いじょう あけます（おなじ ひなら いっしょに うけられます）
schedule-reason-recommended-from = ふつうは { $date }から うけます
schedule-reason-recommended-by = ふつうは { $date }までに うけます
schedule-reason-funded-until = むりょう（公費）で うけられるのは { $date }まで
schedule-reason-funded-window-closing = むりょう（公費）で うけられるのは あと { $days }にち です（{ $date }まで）
schedule-reason-funded-window-closed = むりょう（公費）の きかん（{ $date }まで）には うけられません。うける ときは にんい せっしゅ（任意接種）で、おかねが かかります
schedule-reason-age-limit = { $date }を すぎると うけられません
schedule-reason-dose-skipped = { $date }までに うけなかったので、この かいは しません（つぎの かいに すすみます）
schedule-reason-dose-skipped-previous-late = { $after }かいめが { $date }より あとだったので、この かいは しません
schedule-reason-previous-missed = { $after }かいめが うけられないので、この かいも うけられません
schedule-reason-later-dose-recorded = { $later }かいめの きろくが あるので、この かいは よていに いれません
schedule-reason-dose-count = 1かいめ（{ $date }）の ときの つきれいで、ぜんぶで { $count }かい です
schedule-reason-product-choice = { $other }を えらぶ ことも できます（さいごまで おなじ ワクチンで うけます）
schedule-reason-replaced-by = もう うって いないので、のこりの かいは { $vaccine }に かえられます（いしゃと そうだん して ください）
schedule-reason-chronological-age = はやく うまれた こどもも、よぼうせっしゅは ほんとうに うまれた ひからの つきれいで うけます
schedule-reason-girls-only = ていき せっしゅ（定期接種）は おんなのこが たいしょう です
schedule-reason-voluntary = にんい せっしゅ（任意接種）です（おかねが かかります。しくちょうそんが おかねを だして くれる ことも あります）
schedule-reason-season = こんどの シーズン：{ $from }〜{ $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = { $date }から ていき せっしゅ（定期接種）です
schedule-reason-checkup-done = { $date }に うけました
schedule-reason-checkup-window = { $from }から { $until }までに うけます
schedule-reason-checkup-law = ぼしほけんほう（母子保健法）で きまって いる けんしん です
schedule-reason-checkup-municipal = しくちょうそん（市区町村）が する、または おかねを だす けんしん です（じきや やりかたは しくちょうそんに よって ちがいます）
schedule-reason-checkup-window-passed = うける きかん（{ $date }まで）が おわりました
schedule-reason-prenatal-week = にんしん { $week }しゅう ごろ
schedule-reason-pregnancy-ended = { $date }の しゅっさんで おわりました
schedule-reason-from-expected-date = うまれた ひが まだ とうろく されて いないので、しゅっさん よていび（{ $date }）から けいさん して います
