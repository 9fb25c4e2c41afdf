# Hagukumi — ja-x-easy, portal.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Official data (portal sync, マイナポータル): consent, sync, official records, pre-visit questionnaires

portal-category-children = こどもの きほんの じょうほう
portal-category-vaccinations = よぼうせっしゅの きろく
portal-category-checkups = にんぷ けんしん・こどもの けんしんの けっか
portal-category-certificates = いりょうひ じょせいの じゅきゅうしゃしょう（受給者証）
portal-category-benefits = きゅうふ（給付）の しんせいと ようす
portal-category-notices = しくちょうそんからの おしらせ

portal-benefit-submitted = しんせい した（申請済み）
portal-benefit-under-review = しらべて いる（審査中）
portal-benefit-returned = なおして だしなおす（差し戻し）
portal-benefit-approved = きまった（決定）
portal-benefit-paid = おかねが でた（支給済み）
portal-benefit-rejected = でない ことに なった（不支給）

sync-error-offline = ポータルに つながりません。でんぱの ある ところで、あとで もう いちど やって ください（てちょうは このまま つかえます）
sync-error-interrupted = つうしんが とちゅうで きれました。あとで もう いちど やって ください
sync-error-server = ポータルに もんだいが あります。すこし まってから やって ください
sync-error-busy = ポータルが こんで います。すこし まってから やって ください
sync-error-refused = ポータルが うけつけませんでした
sync-error-consent-expired = ポータルへの どうい（同意）の きげんが おわったか、とりけされました。もう いちど つないで ください
sync-error-not-connected = ポータルに つないで いません
sync-error-not-consented = この こうもくの れんけいに どうい して いません
sync-error-consent-denied = ブラウザで どうい されませんでした
sync-error-consent-timeout = ブラウザから へんじが ないまま じかんが すぎました。もう いちど やって ください
sync-error-loopback = どういを うけとる じゅんびが できませんでした。もう いちど やって ください
sync-error-consent-foreign = この どういへの へんじでは なかったので、なにも かえて いません。もう いちど やって ください
sync-error-signature = ポータルからの データの しょめいが たしかめられなかったので、うけとりませんでした（なにも ほぞん して いません）
sync-error-bad-page = ポータルからの データに まちがいが あったので、うけとりませんでした（なにも ほぞん して いません）
sync-error-other-account = ポータルから、ほかの ひとの データが とどいたので、うけとりませんでした（なにも ほぞん して いません）
sync-error-other-request = ポータルから、ほかの といあわせの こたえが とどいたので、うけとりませんでした（なにも ほぞん して いません）
sync-error-stale-page = もう うけとった ものより ふるい データが とどいたので、うけとりませんでした（なにも ほぞん して いません）
sync-error-bad-rules = ポータルからの ルールの こうしんが たしかめられなかったので、つかいませんでした（よていは いままでの ルールの ままです）
sync-error-too-large = ポータルからの データが おおきすぎるので、うけとりませんでした（なにも ほぞん して いません）
sync-error-insecure = ポータルの アドレスが あんぜんな つうしん（https）では ないので、つなぎませんでした
sync-error-no-portal = この アプリには ポータルが せってい されて いません
sync-error-development-key = せってい された ポータルは かいはつ ようの かぎを つかって いるので、この アプリでは つなぎません
sync-error-bad-profile = ポータルの せっていを よめませんでした
sync-error-child-not-linked = この こどもは ポータルの じょうほうと つながって いません。さきに どうき して ください

questionnaire-feels-well = きょう、からだの ぐあいの わるい ところは ありませんか
questionnaire-ill-last-month = この 1かげつの あいだに びょうきに なりましたか
questionnaire-vaccinated-last-month = この 1かげつの あいだに よぼうせっしゅを うけましたか
questionnaire-reaction-before = いままでの よぼうせっしゅで ぐあいが わるく なった ことが ありますか
questionnaire-seizures = いままでに けいれん（ひきつけ）を おこした ことが ありますか

error-record-official = ポータルから とどいた こうしきの きろくは、なおしたり けしたり できません
error-no-such-conflict = この きろくは もう たしかめました

## The official data screen

portal-title = こうしき データ（公的データ）
portal-card-title = こうしき データ（マイナポータル れんけい）
portal-card-intro = よぼうせっしゅや けんしんの こうしきの きろく、じゅきゅうしゃしょう、きゅうふの ようすを、この てちょうに いれられます。
portal-card-connected = ポータルと つながって います
portal-card-conflicts = たしかめて ほしい きろくが { $count }こ あります
portal-card-open = こうしき データを みる
portal-intro = マイナポータル などの こうてきな サービスから、きろくを うけとれます。あなたが てちょうに かいた きろくは、そのまま のこります。
portal-shared-title = うけとる もの（どういの がめんで たしかめられます）
portal-scope-questionnaires = よしんひょう（予診票）を おくる（あなたが おくると きめた ときだけ）
portal-connect = ポータルに つなぐ
portal-connect-note = ブラウザで どういの がめんが ひらきます。どういが おわると、この がめんに じどうで でます。はぐくみは マイナンバーを つかいません。
portal-consenting-title = ブラウザで どうい して ください
portal-consenting-body = ブラウザが ひらかない ときは、つぎの アドレスを コピーして ブラウザで ひらいて ください（5ふんかん つかえます）。
portal-consenting-reopen = もう いちど ブラウザで ひらく
portal-consenting-wait = どういが おわるのを まって います…
portal-connected-to = つないで いる ところ：{ $portal }
portal-last-synced = さいごの どうき：{ $when }
portal-never-synced = まだ どうき して いません
portal-syncing = どうき して います…
portal-pending-writes = おくるのを まって いる：{ $count }こ
portal-sync-now = いま どうき する
portal-synced = どうき しました
portal-disconnect = れんけいを やめる
portal-disconnect-confirm = れんけいを やめますか？ いままでに うけとった きろくは てちょうに のこります。
portal-disconnect-yes = れんけいを やめる
portal-disconnect-no = このまま つづける
portal-disconnected = れんけいを やめました。うけとった きろくは そのまま のこって います。
portal-offline-note = てちょうは このまま つかえます。つながった ときに つづきを うけとります。

portal-conflicts-title = たしかめて ほしい きろく
portal-conflicts-intro = あなたの きろくと こうしきの きろくで、せっしゅした ひが ちがいます。どちらを のこすか えらんで ください。
portal-conflict-mine = あなたの きろく：{ $date }
portal-conflict-official = こうしきの きろく：{ $date }
portal-keep-mine = じぶんの きろくを のこす
portal-use-official = こうしきの きろくに する
portal-resolved-kept = あなたの きろくを のこしました。
portal-resolved-official = こうしきの きろくに しました。あなたの きろくは、30にち いないなら「さいきん けした きろく」から もどせます。

portal-certificates-title = じゅきゅうしゃしょう（受給者証）
portal-certificate-payer = こうひ ふたんしゃ ばんごう（公費負担者番号）
portal-certificate-recipient = じゅきゅうしゃ ばんごう（受給者番号）
portal-certificate-valid = つかえる きかん（有効期間）
portal-certificate-valid-range = { $from }〜{ $to }
portal-certificate-copay = じぶんで はらう おかねの じょうげん（自己負担上限）
portal-copay-per-visit = 1かい { $yen }えん
portal-copay-monthly = 1かげつ { $yen }えん
portal-benefits-title = きゅうふの しんせいと ようす
portal-benefit-applied = しんせい した ひ { $date }
portal-benefit-updated = こうしん した ひ { $date }
portal-yen = { $yen }えん
portal-notices-title = おしらせ
portal-checkups-title = にんぷ けんしん・うんだ あとの けんしんの きろく（こうしき）
portal-child-checkups-title = けんしんの きろく（こうしき）
portal-nothing-yet = まだ とどいて いません
portal-for-child = { $name }さん
portal-facility = したところ：{ $facility }
portal-findings = いしゃの みたこと（所見）：{ $findings }
portal-blood-pressure = けつあつ { $value }
portal-epds = EPDS { $value }てん
portal-gestation-weeks = にんしん { $weeks }しゅう

portal-badge-official = こうしき
portal-badge-official-hint = ポータルから とどいた こうしきの きろく です（なおしたり けしたり できません）
portal-badge-linked = こうしきと おなじ
portal-badge-linked-hint = こうしきの きろくと おなじ ないよう です
portal-badge-conflict = たしかめて ください
portal-badge-conflict-hint = こうしきの きろくと せっしゅした ひが ちがいます。こうしき データの がめんで えらべます

portal-consent-page-title = てつづきが おわりました
portal-consent-page-body = この ページを とじて、はぐくみに もどって ください。

## Pre-visit questionnaire (予診票)

questionnaire-title = よしんひょう（予診票・よぼうせっしゅの まえに）
questionnaire-intro = せっしゅの まえに、よしんひょうの ないようを ポータルで おくれます。とうじつは びょういんの いう ことに したがって ください。
questionnaire-not-linked = ポータルと つながって、この こどもの じょうほうが どうき されると、よしんひょうを おくれます。
questionnaire-date = せっしゅ する よていの ひ
questionnaire-note = いしゃに つたえたい こと（かかなくても いいです）
questionnaire-questions = しつもん
questionnaire-answer-all = ぜんぶの しつもんに「はい」か「いいえ」で こたえて ください
questionnaire-submit = よしんひょうを おくる
questionnaire-queued = よしんひょうを うけつけました。おくった かどうかは したの リストに でます。
questionnaire-list-title = おくった よしんひょう
questionnaire-entry = { $vaccine } · せっしゅ よてい { $date }
questionnaire-pending = おくるのを まって いる
questionnaire-sent = おくった
questionnaire-rejected = うけつけられませんでした
questionnaire-date-hint = きょうから 90にち さきまで
questionnaire-date-range = きょうから 90にち さきまでの ひを いれて ください
questionnaire-temperature-range = 34〜42℃で いれて ください

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
