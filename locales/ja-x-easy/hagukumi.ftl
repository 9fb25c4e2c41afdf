# Hagukumi — やさしい日本語 (ja-x-easy). A draft translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/ja (Japanese).

app-name = はぐくみ
app-tagline = ぼしけんこうてちょう（母子健康手帳）
app-loading = よみこんで います…

## Dates and ages

date = { $year }年{ $month }月{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
age = { $years }さい { $months }かげつ { $days }にち
gestational-age = にんしん { $weeks }しゅう { $days }にち

## Home

home-children = こども
home-pregnancies = おなかの あかちゃん
home-empty = まだ だれも とうろく して いません。したの フォームで、こどもや おなかの あかちゃんを ついか して ください。
child-born = { $date }に うまれました
child-age-label = ねんれい
pregnancy-untitled = おなかの あかちゃん
pregnancy-expected = しゅっさん よていび（出産予定日） { $date }
pregnancy-days-left = よていびまで あと { $days }にち
pregnancy-due-today = きょうが しゅっさん よていび です
pregnancy-past-due = よていびから { $days }にち
pregnancy-not-started = まだ にんしんの きかんに なって いません

## Forms

form-child-title = こどもを ついか
form-child-name = なまえ
form-child-name-placeholder = れい：はなこ
form-child-birth = うまれた ひ（生年月日）
form-pregnancy-title = おなかの あかちゃんを ついか
form-pregnancy-label = よびな（かかなくても いいです）
form-pregnancy-label-placeholder = れい：ふたりめ
form-pregnancy-expected = しゅっさん よていび（出産予定日）
form-date-placeholder = れい：2025-04-01
form-date-hint = ねん-つき-ひ（2025/4/1 でも いいです）
form-submit-child = こどもを ついか する
form-submit-pregnancy = おなかの あかちゃんを ついか する
form-saving = ほぞん して います…
form-saved-child = { $name }さんを ついか しました
form-saved-pregnancy = おなかの あかちゃんを ついか しました


## A child's screen and records

child-back = ‹ ホームへ
child-records = きろく
child-no-records = まだ きろくが ありません。したの フォームで、からだの サイズや よぼうせっしゅを きろく できます。
child-deleted = さいきん けした きろく（{ $count }こ。30にち いないなら もどせます）
record-add-title = きろくを ついか
record-submit = きろく する
record-saved = { $kind }を きろく しました
record-delete = けす
record-deleted = きろくを けしました。
record-undo = もとに もどす
records-more = まえの きろくを もっと みる
record-edit = なおす
record-edit-title = きろくを なおす
record-edit-submit = なおした ことを ほぞん
record-edit-cancel = なおすのを やめる
record-edited = { $kind }を なおしました
record-history = りれき
record-history-title = いままでの ないよう
record-history-empty = まだ なおした ことは ありません
record-history-loading = よみこんで います…
record-change-edit = なおした
record-change-delete = けした
record-change-restore = もとに もどした
record-history-before = なおす まえ：{ $summary }
record-restored = きろくを もとに もどしました
record-kind-measurement = からだの サイズ
record-kind-vaccination = よぼうせっしゅ（予防接種）
record-kind-milestone = できた ひ
record-kind-note = メモ
record-kind-allergy = アレルギー
record-kind-illness = びょうき
record-allergy-substance = げんいん（たべもの・くすり など）
record-allergy-reaction = どうなったか（かかなくても いいです）
record-illness-name = びょうきの なまえ
record-before = { $date } { $summary }
record-dose = { $dose }かいめ
record-lot = ロット { $lot }
# hagu record list の1行の記録（i18n::records::Style::Line）
record-line-vaccination = { $vaccine } { $dose }かいめ
record-line-weight = たいじゅう { $value } kg
record-line-height = しんちょう { $value } cm
record-line-head = あたまの まわり { $value } cm
record-line-chest = むねの まわり { $value } cm
record-line-separator = 、
form-choose = えらんで ください
funding-public = ていき せっしゅ（定期接種・おかねは かかりません）
funding-self-paid = にんい せっしゅ（任意接種・じぶんで はらいます）
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = たいじゅう
field-height-short = しんちょう
field-head-circumference-short = あたま
field-chest-circumference-short = むね

## Clinic summary

summary-title = { $name }さんの びょういんで みせる まとめ
summary-as-of = { $date }の じょうほう
summary-allergies = アレルギー
summary-measurements = さいごに はかった サイズ
summary-next-due = つぎに うける よてい
summary-vaccinations = よぼうせっしゅの きろく
summary-illnesses = かかった びょうき
summary-none-recorded = きろくは ありません
summary-nothing-due = よていは ありません
summary-rules = よていの けいさんに つかった ルール：だい{ $version }はん（{ $as_of }の もの{ $builtin ->
    [yes] 、アプリに はいって いる もの
   *[no] 、こうしんで うけとった もの
}）
summary-since = { $date }から
summary-print = いんさつ する
summary-open = びょういんで みせる まとめ

## Settings

language-label = ことば
language-ja = 日本語
language-en = English
language-unreviewed = { $name }（ほんやくは まだ チェックして いません）
language-unreviewed-group = ほんやくは まだ チェックして いません
language-more = ほかの ことば

## Field names

field-name = なまえ
field-birth-date = うまれた ひ（生年月日）
field-label = よびな
field-expected-date = しゅっさん よていび（出産予定日）
field-date = ひづけ
field-vaccine = ワクチン
field-dose = なんかいめ
field-manufacturer = メーカー
field-lot = ロット ばんごう
field-facility = びょういん・クリニック（医療機関）
field-funding = おかね
field-weight = たいじゅう（kg）
field-height = しんちょう（cm）
field-head-circumference = あたまの まわり（頭囲・cm）
field-chest-circumference = むねの まわり（胸囲・cm）
field-measurements = はかった サイズ
field-sex = せいべつ
sex-unset = えらばない
field-what = できた こと
field-text = メモ
field-expected-date-method = よていびの きめかた
field-systolic = けつあつ（うえ）
field-diastolic = けつあつ（した）
field-urine-protein = にょう たんぱく（尿たんぱく）
field-urine-sugar = にょうとう（尿糖）
field-edema = むくみ（浮腫）
field-fundal-height = しきゅうていちょう（子宮底長・cm）
field-abdominal-girth = おなかの まわり（腹囲・cm）
field-fetal-heart = あかちゃんの しんぱく（心拍）
field-fetal-heart-rate = しんぱくすう（1ぷんかんに なんかい）
field-findings = いしゃの みたこと（所見）
field-class-name = きょうしつの なまえ
field-checkup-timing = けんしんの じき
field-epds = EPDS（ごうけいてん）
field-time = うまれた じこく
field-gestation-weeks = うまれた ときの にんしん しゅうすう（しゅう）
field-gestation-days = うまれた ときの にんしん しゅうすう（にち）
field-delivery = おさんの しかた（分娩の方法）
field-birth-weight = うまれた ときの たいじゅう（g）
field-apgar-1min = アプガー（1ぷん）
field-apgar-5min = アプガー（5ふん）
field-complications = いつもと ちがう こと・したこと（異常・処置）
field-checkup = けんしん
field-answers = おや（保護者）の きろく
field-teeth = はの かず（ほん）
field-caries = むしばの かず（ほん）
field-fluoride = フッそ（フッ化物）を ぬった
field-screening-test = けんさ
field-screening-result = けっか
field-end-date = おわった ひ
field-medicine = くすりの なまえ
field-instructions = のみかた・りょう

## Input errors

error-invalid-input = いれた ことを たしかめて ください
error-required = いれて ください
error-too-long = { $max }もじ いないで いれて ください
error-control-characters = つかえない もじが あります
error-malformed-date = ひづけは「2025-04-01」の かたちで いれて ください
error-birth-in-future = うまれた ひに、これからの ひは いれられません
error-birth-before-1900 = 1900年1月1日より あとの ひを いれて ください
error-expected-too-far = しゅっさん よていびが、きょうから 280にちより あとに なって います
error-expected-long-past = しゅっさん よていびが 4しゅうかん いじょう まえです。うまれた あかちゃんは「こどもを ついか」から とうろく して ください
error-date-in-future = これからの ひは いれられません
error-date-before-birth = うまれる まえの ひに なって います
error-malformed-number = すうじで いれて ください（れい：3.25）
error-out-of-range = すうじが おおきすぎるか ちいさすぎます。たんい（kg・cm）を たしかめて ください
error-no-measurement = たいじゅう・しんちょう・あたまの まわり・むねの まわりの どれか 1つを いれて ください
error-unknown-choice = えらぶ ものの なかから えらんで ください
error-blood-pressure-order = けつあつ（した）は けつあつ（うえ）より ひくい すうじです。うえと したが ぎゃくに なって いないか たしかめて ください
error-date-before-pregnancy = にんしんが わかる まえの ひに なって います。ひづけか しゅっさん よていびを たしかめて ください
error-heart-rate-without-heartbeat = しんぱくすうは「しんぱく あり」の ときに いれて ください
error-malformed-time = じこくは「14:05」の かたちで いれて ください
error-not-the-birth-date = うまれた ひと おなじ ひに して ください
error-not-in-checklist = この けんしんの しつもんでは ない こたえが あります
error-answered-twice = おなじ しつもんに 2かい こたえて います
error-more-than-teeth = むしばの かずが、はの かずより おおく なって います
error-end-before-start = はじめた ひより まえの ひに なって います

## When the handbook cannot be opened

error-store-cannot-open = てちょうを ひらけません。かぎが ちがうか、はぐくみの データでは ありません。ファイルは かえて いません。
error-store-no-key = かぎを しまう ところ（OS の キーチェーン）が つかえません。かんきょうへんすう HAGUKUMI_PASSPHRASE に パスフレーズを いれてから、はじめて ください。
error-store-passphrase = この てちょうは パスフレーズで まもられて います。かんきょうへんすう HAGUKUMI_PASSPHRASE に いれてから、もう いちど はじめて ください。
error-store-keystore = OS の キーチェーンで エラーが おきました：{ $detail }
error-store-key-missing = この てちょうの かぎが ありません。つくった ときと おなじ ユーザーと キーチェーンで ひらくか、リカバリーコードで ひらいて ください。
error-store-newer = この てちょうは あたらしい はぐくみで つくられました。アプリを こうしん して ください。
error-store-io = てちょうの ファイルを よんだり かいたり できません：{ $detail }
error-store-corrupt = てちょうの データが こわれて います：{ $detail }
error-store-full = スマホや パソコンの あいて いる ようりょうが たりません。ほぞん できませんでした。なにも ほぞん して いません（てちょうは まえの ままです）。つかわない しゃしんや どうが、アプリを けして、もう いちど やって ください。
error-recovery-code-length = リカバリーコードは えいごの もじと すうじで 28もじ です（4もじずつ 7つ）。ぜんぶ いれたか たしかめて ください。
error-recovery-code-character = リカバリーコードで つかう もじは、A〜Z（I・L・O・U は つかいません）と 0〜9 だけ です。いれた もじを たしかめて ください。
error-recovery-code-checksum = リカバリーコードに まちがいが あります（さいごの 4もじが ほかと あいません）。リカバリーシートと 1つずつ くらべて ください。
error-store-handbook-elsewhere = この フォルダーには まえに てちょうが ありました。その かぎが まだ のこって います（てちょうは ほかの ところへ うごいたか、なまえが かわりました）。あたらしい てちょうは つくって いません。いま ある ところで てちょうを ひらくか、フォルダーを ここに もどして ください。じぶんで けした ときは、ここに あたらしい てちょうを つくれます。
error-store-passphrase-short = パスフレーズが みじかすぎます。12もじ いじょうに して ください（かんけいの ない ことばを いくつか ならべると おぼえやすいです）。てちょうは つくって いません。
error-store-in-use = この てちょうは アプリで ひらいて います。アプリを とじてから、もう いちど やって ください。なにも かえて いません。
error-recovery-wrong-code = この リカバリーコードでは、この てちょうを ひらけません。リカバリーシートと くらべて、もう いちど いれて ください。なにも かえて いません。
error-recovery-no-file = てちょうの となりに リカバリーファイル（hagukumi.recovery）が ありません。てちょうの フォルダーを コピーした もとから もどすか、バックアップから もどして ください。
error-recovery-other-handbook = てちょうの となりの リカバリーファイルは、ほかの てちょうの ものです。てちょうの フォルダーを ぜんぶ もう いちど コピーするか、バックアップから もどして ください。
error-recovery-format = リカバリーファイルが こわれて いるか、はぐくみの ファイルでは ありません。バックアップから もどして ください。
error-backup-not-a-backup = この ファイルは はぐくみの バックアップでは ありません。なまえの さいごが .hagukumi-backup の ファイルを えらんで ください。なにも かえて いません。
error-backup-version = この バックアップは ちがう バージョンの はぐくみで つくられました。アプリを こうしん してから、もう いちど やって ください。なにも かえて いません。
error-backup-damaged = バックアップの ファイルが こわれて いるか、ぜんぶ ありません。なにも かえて いません。ほかの バックアップを つかうか、この ファイルを もう いちど コピー して ください。
error-backup-wrong-code = この リカバリーコードでは、この バックアップを ひらけません。バックアップした てちょうの リカバリーシートと くらべて ください。なにも かえて いません。
error-backup-other-handbook = この バックアップは、この フォルダーの てちょうとは ちがう てちょうの ものです。なにも かえて いません。からの フォルダーに もどして ください。
error-backup-no-code = この てちょうには まだ リカバリーコードが ありません。いちど ひらくと コードが できます。そのあとで もう いちど バックアップ して ください。
error-backup-would-replace-other-file = ほぞん する ところに、はぐくみの バックアップでは ない ファイルが もう あります。その ファイルは そのままで、なにも かいて いません。ほかの ファイルめいか、ほかの ところを えらんで ください。
error-backup-inside-handbook-folder = てちょうの フォルダーの なかには バックアップを ほぞん できません（てちょうを うわがき したり、てちょうと いっしょに なくなったり するからです）。なにも かいて いません。ほかの フォルダー（そとづけの ドライブや クラウドの フォルダー など）を えらんで ください。
error-backup-folder-missing = じどう バックアップを ほぞん する フォルダーが ありません（そとづけの ドライブや クラウドの フォルダーが つながって いないかも しれません）。もう いちど つなぐか、バックアップの がめんで ほかの フォルダーを えらんで ください。それまで じどう バックアップは ほぞん されません。
error-no-such-child = この こどもは みつかりません
error-no-such-record = この きろくは みつかりません
error-cannot-restore = けしてから 30にち いじょう たったので、もとに もどせません
error-birth-already-recorded = うまれた ときの きろくは もう あります（1人に 1つ です）。かきなおす ときは、いまの きろくを けしてから きろく して ください
photo-count = しゃしん（{ $count }まい）
photo-add = しゃしんを ついか
photo-delete = しゃしんを けす
photo-deleted = けしました（30にち いないなら もどせます）
photo-alt = きろくの しゃしん
photo-privacy = とった ばしょ などの じょうほうは けします。しゃしんは あんごうかした てちょうの なかに ほぞん します。
error-photo-format = ついか できる しゃしんは JPEG か PNG だけ です
error-photo-malformed = しゃしんの ファイルが こわれて いるか、ぜんぶ ありません
error-photo-too-large = しゃしんが おおきすぎます（8MBまで）
error-photo-too-many = この きろくには、もう しゃしんを ついか できません（10まいまで）
error-photo-too-many-pixels = しゃしんの がそすうが おおすぎます（6400まん がそまで）。スマホで ちいさい サイズに してから、もう いちど ついか して ください
error-no-such-photo = この しゃしんは みつかりません
error-photo-cannot-restore = この しゃしんは けしてから 30にち いじょう たったので、もとに もどせません
error-internal = おもって いなかった エラーが おきました：{ $detail }
error-retry-hint = アプリを もう いちど はじめても なおらない ときは、データの フォルダーを バックアップ してから、といあわせて ください。

## The schedule on screen

schedule-next-title = つぎに する こと
schedule-plan-title = よぼうせっしゅと けんしんの よてい
schedule-none = いまは よていが ありません
schedule-month = { $year }年{ $month }月
schedule-why = くわしく
schedule-closing-soon = おかねが かからないで うけられる きかんが、もうすぐ おわります
schedule-record-given = うけた
schedule-record-save = きろく する
schedule-record-cancel = やめる
schedule-status-done = おわった
schedule-status-due-now = いま
schedule-status-upcoming = よてい
schedule-status-overdue = おくれて いる
schedule-status-missed = むりょうの きかんが おわった
schedule-status-not-eligible = たいしょうでは ない
schedule-status-funded-window-missed = むりょうの きかんには うけられません（にんい せっしゅ（任意接種）に なります。おかねが かかります）
schedule-when-done = { $date }に おわりました
schedule-when-due = いまから うけられます
schedule-when-due-by = いまから うけられます（ふつうは { $date }まで）
schedule-when-from = { $date }から
schedule-when-overdue = ふつうの じきを すぎて います。はやく うけましょう
schedule-when-overdue-funded = ふつうの じきを すぎて います（むりょうは { $date }まで）
ics-calendar-name = はぐくみ よぼうせっしゅ・けんしん

## Reminders (local notifications) and their settings
field-days-before-open = うけられる じきの なんにち まえに しらせるか
field-days-before-close = むりょうの きげんの なんにち まえに しらせるか
field-temperature = たいおん（℃）
error-days-out-of-range = 0〜60にちで いれて ください
field-program = せいど
field-benefit-state = いまの ようす
field-deadline = きげん
field-payment-date = つぎに おかねが でる ひ
field-payment-amount = つぎに でる おかね（えん）
field-guardian = おや（保護者）の なまえ
field-children = しんせい する こども
error-individual-number = マイナンバーのような 12けたの すうじは いれられません。はぐくみは マイナンバーを つかいません。すうじを けして ください
field-stars = ひょうか（ほし）
error-stars-out-of-range = ひょうかは ほし 1〜5 です（なしも えらべます）
reminder-opening-title = もうすぐ { $item }の じき です
reminder-opening-body = { $who }の { $item }は { $date }から うけられます。つごうの いい ときに よやく して ください。
reminder-closing-title = { $item }の むりょうの きげんが ちかく なりました
reminder-closing-body = { $who }の { $item }は { $date }まで むりょうで うけられます（あと { $days }にち）。まだの ときは、いつもの びょういんに そうだん して ください。
reminder-digest-title = { $month }月の かぞくの よてい
reminder-digest-body = こんげつは よていが { $count }こ あります。
reminder-digest-line = { $who }：{ $item }（{ $date }ごろ）
reminder-settings-title = おしらせの せってい
reminder-settings-open = うけられる じきの なんにち まえに しらせる
reminder-settings-close = むりょうの きげんの なんにち まえに しらせる
reminder-settings-note = 0〜60にちで きめられます。まいつき 1日に、その つきの かぞくの よていも しらせます。
reminder-settings-save = ほぞん
reminder-settings-saved = ほぞん しました
