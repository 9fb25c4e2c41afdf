# Hagukumi — ja-x-easy, cli.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## hagu, the command-line tool

## Help

cli-about = はぐくみ（母子健康手帳）の あんごうか した てちょうを、コマンドラインで つかいます。
cli-usage-heading = つかいかた
cli-commands-heading = コマンド
cli-options-heading = オプション
cli-help-flag = この ヘルプを みせます
cli-version-flag = バージョンを みせます
cli-data-dir-help = てちょうの データの フォルダー（かかないと アプリと おなじ ところ）
cli-init-new-help = この フォルダーから うごいた てちょうの かぎが キーチェーンに のこって いても、ここに あたらしい てちょうを つくります（その かぎは のこします）
cli-init-about = あんごうか した てちょうを つくります（もう あれば、ひらけるか たしかめます）
cli-child-about = こどもを ついか したり、いちらんに したり します
cli-child-add-about = こどもを ついか します
cli-child-name-help = こどもの なまえ
cli-child-birth-help = うまれた ひ（れい：2025-04-01）
cli-child-list-about = とうろく されて いる こどもを いちらんに します
cli-child-list-json-help = きかいで よめる JSON の はいれつで だします（id, name, birth_date）
cli-verify-about = いま ある てちょうを ひらいて、あんごうと データが ただしいか しらべます（てちょうは つくりません）
cli-arguments-heading = ひきすう
cli-record-about = こどもの きろく（よぼうせっしゅ・からだの サイズ・できた ひ・メモ・アレルギー・びょうき・うまれた とき・けんしん・はの けんしん・め・みみ などの けんさ・くすり）を ついか・いちらん・なおす・けす・もどす
cli-record-add-about = こどもに きろくを ついか します
cli-record-list-about = こどもの きろくを ふるい ひから いちらんに します
cli-record-edit-about = きろくを なおします。かかなかった ところは いまの ままです。からの あたい（""）で、かかなくても いい ところを けせます。なおす まえの ないようは りれきに のこります
cli-record-delete-about = きろくを けします（30にち いないなら もどせます）
cli-record-restore-about = 30にち いないに けした きろくを もとに もどします
cli-record-history-about = きろくの なおす まえの ないようを ふるい じゅんに みせます
cli-record-vaccination-about = よぼうせっしゅ
cli-record-measurement-about = からだの サイズ（たいじゅう・しんちょう・あたまの まわり・むねの まわりの どれか 1つ いじょう）
cli-record-milestone-about = できた ひ（はじめて あるいた、など）
cli-record-note-about = じゆうな メモ
cli-record-allergy-about = アレルギー（たべもの・くすり など）
cli-record-illness-about = かかった びょうき
cli-record-child-help = こどもの ID（「hagu child list --json」で わかります）
cli-record-id-help = きろくの ID（「hagu record list」で わかります）
cli-record-kind-help = この しゅるいの きろくだけ
cli-record-deleted-help = けした きろくも いれます
cli-record-list-json-help = きかいで よめる JSON の はいれつで だします（かたち：docs/export-format.md）
cli-record-history-json-help = きかいで よめる JSON の はいれつで だします（record_id, change, previous, changed_at）
cli-record-date-help = ひづけ（れい：2025-04-01）
cli-record-vaccine-help = ワクチンの ID（れい：hib, pcv, mr）
cli-record-dose-help = なんかいめか（1〜10）
cli-record-manufacturer-help = メーカー
cli-record-lot-help = ロット ばんごう
cli-record-facility-help = びょういん・クリニック（医療機関）
cli-record-funding-help = おかね：public（ていき せっしゅ・定期接種）か self-paid（にんい せっしゅ・任意接種・じぶんで はらう）
cli-record-weight-help = たいじゅう（kg。れい：6.1）
cli-record-height-help = しんちょう（cm）
cli-record-head-help = あたまの まわり（cm）
cli-record-chest-help = むねの まわり（cm）
cli-record-what-help = できた こと
cli-record-note-help = ひとこと メモ
cli-record-text-help = メモの ないよう
cli-record-allergy-date-help = いつから（れい：2025-04-01）
cli-record-substance-help = げんいん（たべもの・くすり など）
cli-record-reaction-help = どうなったか
cli-record-illness-help = びょうきの なまえ
cli-export-about = てちょう ぜんぶを 1つの JSON で だします。あんごうか されて いません（かたち：docs/export-format.md）
cli-export-json-help = JSON で だします（かならず。いまは この かたち だけ）
cli-export-output-help = ひょうじゅん しゅつりょくの かわりに この ファイルに かきだします（じぶん だけが よめる ファイルを つくります）
cli-import-about = JSON の エクスポートを からの てちょうに もどします（てちょうが なければ つくります）。ぜんぶ いれるか、なにも いれないかの どちらか です
cli-import-json-help = ファイルは JSON の エクスポート です（かならず。いまは この かたち だけ）
cli-import-file-help = エクスポートの ファイル。- なら ひょうじゅん にゅうりょくから よみます
cli-after-help =
    かんきょうへんすう：
      HAGUKUMI_PASSPHRASE  パスフレーズ（OS の キーチェーンを つかわない とき）
      HAGUKUMI_LANG        ことば（ja、ja-x-easy、en、zh-Hans、ko、vi、
                           pt-BR、ne、tl、id、th、es）

    おわりの コード：
      0  できました
      1  ほかの エラー（ファイルを よんだり かいたり できない、あいて いる ようりょうが たりない とき など）
      2  コマンドの つかいかたの まちがい
      3  いれた ものの まちがい（なにも ほぞん して いません）。ない こどもや きろく、30にちを すぎた けしたものの とりけし、いれられない エクスポート、12もじより みじかい パスフレーズ、まちがいの ある リカバリーコード、ここには もどせない バックアップも はいります
      4  てちょうを ひらけない（てちょうが ない、かぎが ちがう、はぐくみの データでは ない、かぎが ない、キーチェーンも パスフレーズも ない、パスフレーズが ひつよう、リカバリーコードで ひらけない、てちょうが この フォルダーから うごいた）
      5  あたらしい バージョンの はぐくみで かかれた てちょう
      6  てちょうが こわれて いる（verify が もんだいを みつけた とき など）、または バックアップが こわれて いる
cli-usage-error = コマンドの つかいかたが ただしく ありません。「hagu --help」で たしかめられます。

## The handbook

cli-init-created = てちょうを つくりました：{ $path }
cli-init-exists = てちょうは もう あって、もんだい なく ひらけました：{ $path }
cli-key-os = かぎの ばしょ：OS の キーチェーン
cli-key-passphrase = かぎの ばしょ：パスフレーズ（かんきょうへんすう HAGUKUMI_PASSPHRASE）
cli-no-handbook = { $path } に てちょうが ありません。さきに「hagu init」で つくって ください。
cli-no-data-dir = データの フォルダーが きめられません。--data-dir で いれて ください。

## Children

cli-child-line = { $name }  { $birth }うまれ  { $age }
cli-child-added = こどもを ついか しました：{ $child }
cli-child-none = まだ こどもが とうろく されて いません。「hagu child add」で ついか できます。
cli-age-unknown = ねんれいが わからない
cli-field-error = { $field }：{ $message }
cli-nothing-saved = なにも ほぞん して いません。

## Verify

cli-verify-ok = てちょうに もんだいは ありません：{ $path }
cli-verify-schema = スキーマの バージョン：{ $version }
cli-verify-cipher = SQLCipher の バージョン：{ $version }
cli-verify-problems = てちょうに もんだいが みつかりました（{ $count }こ）：{ $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }：{ $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = （けした。{ $until }まで もとに もどせます）
cli-record-mark-gone = （けした）
cli-datetime = { $date } { $time }
cli-record-none = きろくは まだ ありません。「hagu record add」で ついか できます。
cli-record-added = { $name }の きろく #{ $id } を ついか しました：{ $entry }
cli-record-edited = きろく #{ $id } を なおしました：{ $entry }
cli-record-deleted = きろく #{ $id } を けしました。{ $until }までは「hagu record restore { $id }」で もとに もどせます。
cli-record-restored = きろく #{ $id } を もとに もどしました：{ $entry }
cli-record-no-child = ID { $id } の こどもは いません。「hagu child list --json」で たしかめて ください。なにも かえて いません。
cli-record-no-record = ID { $id } の きろくは ありません。「hagu record list」で たしかめて ください。なにも かえて いません。
cli-record-kind-mismatch = きろく #{ $id } の しゅるいは { $kind } です。「hagu record edit { $id } { $kind } …」で なおして ください。なにも かえて いません。
cli-record-is-deleted = きろく #{ $id } は けされて います。さきに「hagu record restore { $id }」で もとに もどして ください。なにも かえて いません。
cli-record-already-deleted = きろく #{ $id } は もう けされて います。なにも かえて いません。
cli-record-not-deleted = きろく #{ $id } は けされて いないので、もどす ものは ありません。
cli-record-too-old = きろく #{ $id } は けしてから 30にち いじょう たったので、もとに もどせません。
cli-record-official = きろく #{ $id } は ポータルから とどいた こうしきの きろく なので、なおしたり けしたり できません。
cli-history-line = { $at }  { $change }。なおす まえ：{ $entry }
cli-history-edit = なおした
cli-history-delete = けした
cli-history-restore = もどした
cli-history-none = きろく #{ $id } は なおされて いません。

## Photos of records

cli-photo-about = こどもの きろくの しゃしんを ついか・いちらん・かきだし・けす・もどす（JPEG か PNG。アプリと おなじで、とった ばしょ などの じょうほうは けします）
cli-photo-add-about = きろくに しゃしんを ついか します（JPEG か PNG、8MBまで、1つの きろくに 10まいまで）。とった ばしょや カメラ などの じょうほうは、ほぞん する まえに けします
cli-photo-list-about = しゃしん（ID・きろく・かたち・おおきさ・ついか した ひ）を いちらんに します。ぜんぶの きろくの しゃしんか、1つの きろくの しゃしん
cli-photo-export-about = てちょうに ほぞん されて いる とおりの しゃしんを ファイルに かきだします
cli-photo-delete-about = しゃしんを けします（30にち いないなら もどせます）
cli-photo-restore-about = 30にち いないに けした しゃしんを もとに もどします
cli-photo-file-help = しゃしんの ファイル（JPEG か PNG）
cli-photo-output-help = かきだす ファイル（「-」は ひょうじゅん しゅつりょく）。おなじ なまえの ファイルは いれかえます
cli-photo-id-help = しゃしんの ID（「{ $command } list」で わかります）
cli-photo-list-record-help = この きろくの しゃしん だけ
cli-photo-list-deleted-help = けした しゃしんも いれます
cli-photo-list-json-help = きかいで よめる JSON の はいれつで だします（id, record_id, mime, size, created_at, deleted_at）
cli-photo-added = きろく #{ $record } に しゃしん #{ $id } を ついか しました（{ $mime }、{ $size } バイト）。とった ばしょ などの じょうほうは けしました。
cli-photo-line = #{ $id }  きろく #{ $record }  { $mime }  { $size } バイト  { $at } ついか
cli-photo-none = しゃしんは まだ ありません。「{ $command } add」で ついか できます。
cli-photo-exported = しゃしん #{ $id }（{ $mime }、{ $size } バイト）を かきだしました：{ $path }
cli-photo-deleted = しゃしん #{ $id } を けしました。{ $until }までは「{ $command } restore { $id }」で もとに もどせます。
cli-photo-restored = きろく #{ $record } の しゃしん #{ $id } を もとに もどしました。
cli-photo-already-deleted = しゃしん #{ $id } は もう けされて います。なにも かえて いません。
cli-photo-not-deleted = しゃしん #{ $id } は けされて いないので、もどす ものは ありません。
cli-photo-too-old = しゃしん #{ $id } は けしてから 30にち いじょう たったので、もとに もどせません。
cli-photo-is-deleted = しゃしん #{ $id } は けされて います。さきに「{ $command } restore { $id }」で もとに もどして ください。なにも かきだして いません。
cli-photo-no-photo = ID { $id } の しゃしんは ありません。「{ $command } list」で たしかめて ください。なにも かえて いません。
cli-photo-not-theirs = きろく #{ $record } は { $name }の きろくでは ありません。なにも ほぞん して いません。
cli-photo-cannot-read = { $path } を よめません：{ $detail }

## Export and import

cli-export-plaintext = ちゅうい：エクスポートは あんごうか されて いません。よめる ひとには てちょうの ぜんぶが よめます。だいじに しまって、いらなく なったら けして ください。
cli-export-written = エクスポートを かきだしました：{ $path }
cli-export-cannot-write = { $path } に かきだせません：{ $detail }
cli-import-cannot-read = { $path } を よめません：{ $detail }
cli-import-too-large = { $path } は おおきすぎます（{ $limit } MB まで）。はぐくみの エクスポートは こんなに おおきく なりません。ただしい ファイルか たしかめて ください。
cli-import-not-json = JSON の ぶんしょ では ありません：{ $detail }
cli-import-not-an-export = はぐくみの エクスポート では ありません（「format」が「hagukumi-export」では ありません）。
cli-import-version = この エクスポートの かたちは バージョン { $version } です。この hagu が よめるのは バージョン { $supported } です。はぐくみを こうしん して ください。
cli-import-invalid = エクスポートの ないようが あわないか、こわれて います：{ $detail }
cli-import-not-empty = { $path } の てちょうには もう データが あります。エクスポートは からの てちょうに だけ いれられます（あたらしい --data-dir などを つかって ください）。
cli-import-nothing = なにも いれて いません。
cli-import-done = { $path } に いれました：こども { $children }人、にんしん { $pregnancies }こ、きろく { $records }こ
cli-import-unverified = こうしき データ { $count }こは、しょめいが たしかめられなかったので、あなたの きろくとして いれました（なおしたり けしたり できます。つぎの どうきで ポータルから また とどきます）。
cli-import-reference-portal-help = こうしき データの しょめいを、さんこう ようの ポータル（かいはつ ようの かぎ）でも たしかめます（デモと テスト よう）

## hagu schedule / hagu summary

cli-schedule-about = よぼうせっしゅと けんしんの よていを みせます（テキスト、JSON、カレンダー ようの ICS）
cli-schedule-child-help = この こどもだけ（かかないと ぜんいん）
cli-schedule-as-of-help = この ひを「きょう」として けいさん します（れい：2026-12-01）
cli-schedule-json-help = JSON で だします（かたちは docs/cli-schedule.md）
cli-schedule-ics-help = カレンダーに いれられる iCalendar（.ics）の かたちで だします
cli-schedule-person = { $name }
cli-summary-about = びょういんで みせる まとめ（1ページの HTML）を だします
cli-summary-child-help = まとめを つくる こどもの ID
cli-summary-output-help = ひょうじゅん しゅつりょくでは なく、この ファイルに かきだします
cli-summary-written = びょういんで みせる まとめを かきだしました（あんごうか されて いない ファイル です。きを つけて つかって ください）

## hagu sync
cli-sync-about = ポータル（マイナポータルの ような もの）から こうしきの きろくを いれます。サブコマンド なしで うごかすと、いま どうき します
cli-sync-portal-help = ポータルの アドレス（かかないと つないで いる ポータル）
cli-sync-reference-portal-help = さんこう ようの ポータル（かいはつ ようの かぎ・つくりものの データ）を つかう（デモと テスト よう）
cli-sync-reference-hint = さんこう ようの ポータル（かいはつ よう・つくりものの データ）に つなぐには --reference-portal を つけて ください。
cli-sync-page-limit-help = 1かいに うけとる かず（1〜200）
cli-sync-json-help = きかいで よめる JSON で だします
cli-sync-connect-about = ポータルに つなぎます（でて くる アドレスを ブラウザで ひらいて どうい します）
cli-sync-timeout-help = ブラウザでの どういを まつ びょうすう
cli-sync-status-about = どうきの ようす（さいごの どうき、おくるのを まって いる もの、たしかめる ひつようが ある きろく）を みせます
cli-sync-official-about = ポータルから とどいた こうしきの きろくを いちらんに します
cli-sync-child-help = こどもの ばんごう
cli-sync-resolve-about = ポータルの きろくと あなたの きろくが ちがう とき、どちらを のこすか きめます
cli-sync-resolve-id-help = ポータルの きろくの ID（「hagu sync official」で でます）
cli-sync-keep-mine-help = あなたの きろくを のこします
cli-sync-use-official-help = ポータルの きろくを つかいます（あなたの きろくは けした ことに なり、30にちかん もどせます）
cli-sync-questionnaire-about = よぼうせっしゅの よしんひょう（予診票）を おくるのを まつ リストに いれます（つぎの どうきで おくります）
cli-sync-vaccine-help = ワクチンの ID（れい：mr）
cli-sync-date-help = せっしゅ する よていの ひ
cli-sync-temperature-help = たいおん（℃）
cli-sync-answer-help = しつもんの こたえ（れい：feels-well=yes）。ぜんぶの しつもんに こたえて ください
cli-sync-note-help = いしゃに つたえたい こと
cli-sync-disconnect-about = ポータルとの れんけいを やめて、どういを とりけします（いれた きろくは のこります）
cli-sync-open-this = つぎの アドレスを ブラウザで ひらいて、れんけい する こうもくに どうい して ください：
cli-sync-browser-done = はぐくみとの れんけいが おわりました。この ページを とじて、もとの がめんに もどって ください。
cli-sync-connected = { $portal } に つなぎました（どうい した こうもく：{ $scopes }）。「hagu sync」で いれます。
cli-sync-scope-questionnaires = よしんひょうを おくる
cli-sync-done = どうき しました：あたらしい きろく { $added }こ、あなたの きろくと おなじ { $linked }こ、たしかめる ひつようが ある { $conflicts }こ、こうしん { $updated }こ、かわらない もの { $unchanged }、おくった { $sent }こ
cli-sync-conflicts-waiting = あなたの きろくと ちがう こうしきの きろくが { $count }こ あります。「hagu sync official」で たしかめて、「hagu sync resolve」で きめて ください。
cli-sync-connect-hint = 「hagu sync connect --portal URL」で つないで ください。
cli-sync-never = まだ ありません
cli-sync-status-line = ポータル：{ $portal }　さいごの どうき：{ $last }　おくるのを まって いる：{ $pending }こ　たしかめる ひつようが ある：{ $conflicts }こ
cli-sync-last-error = まえの どうき：{ $error }
cli-sync-no-official = ポータルから とどいた きろくは まだ ありません。
cli-sync-item-line = { $id }  { $category }  { $date }  { $what }（{ $state }）
cli-sync-item-vaccination = { $vaccine } { $dose }かいめ
cli-sync-item-checkup = けんしん（{ $kind }）
cli-sync-item-certificate = { $name }（こうひ ふたんしゃ ばんごう { $payer }、じゅきゅうしゃ ばんごう { $recipient }、{ $to } まで）
cli-sync-item-benefit = { $program }：{ $status }
cli-sync-item-notice = { $municipality }：{ $title }
cli-sync-state-added = こうしきの きろくとして ついか
cli-sync-state-linked = あなたの きろくと おなじ
cli-sync-state-conflict = たしかめる ひつようが ある
cli-sync-state-kept-mine = あなたの きろくを のこしました
cli-sync-state-info = さんこう
cli-sync-no-conflict = たしかめる ひつようが ある きろく { $id } は みつかりません。なにも かえて いません。
cli-sync-questions = しつもんの ID：{ $ids }
cli-sync-queued = よしんひょうを おくるのを まつ リストに いれました（#{ $id }）。つぎの どうきで おくります。
cli-sync-disconnected = ポータルとの れんけいを やめて、どういを とりけしました。いれた きろくは てちょうに のこって います。

## Recovery code and backups

cli-recovery-code-about = てちょうの リカバリーコードを もう いちど みせます（この コードで どの スマホや パソコンでも てちょうを ひらけます）
cli-recover-about = かぎを なくした てちょうを リカバリーコードで ひらいて、かぎを この きかいの キーチェーンに しまいます（HAGUKUMI_PASSPHRASE を いれた ときは、その あたらしい パスフレーズで まもります）
cli-backup-about = てちょう ぜんぶの あんごうか した バックアップを 1つの ファイルに かきだします（リカバリーコードで かぎを かけます）
cli-backup-output-help = バックアップを この ファイルに かきだします（かかないと いまの フォルダーに hagukumi-ひづけ-じかん.hagukumi-backup）
cli-restore-about = バックアップファイルから てちょうを もどします（なにかを いれかえる まえに ぜんぶ たしかめます）
cli-restore-file-help = バックアップファイル（.hagukumi-backup）
cli-recovery-code-flag-help = リカバリーコード（かかないと、いれるように ききます）
cli-recovery-code-line = リカバリーコード：{ $code }
cli-recovery-code-advice = この コードを かみに かいて、この きかいとは べつの あんぜんな ところに しまって ください。あたらしい スマホや パソコンで てちょうを ひらく ときや、かぎを なくした ときは、この コードだけが たより です。
cli-recovery-code-new = この てちょうに リカバリーコードが できました。ここで 1かい だけ みせます（「hagu recovery-code」で もう いちど みられます）。
cli-recovery-code-prompt = リカバリーコード：
cli-recovery-code-required = --recovery-code で リカバリーコードを いれて ください（いれられる がめんが ありません）。なにも かえて いません。
cli-recover-done = てちょうを また ひらけるように なりました：{ $path }。かぎは この きかいの キーチェーンに しまいました。
cli-recover-done-passphrase = てちょうを また ひらけるように なりました：{ $path }。これからは HAGUKUMI_PASSPHRASE の あたらしい パスフレーズで ひらきます（まえの パスフレーズは つかえません）。
cli-backup-written = あんごうか した バックアップを かきだしました：{ $path }（{ $size }バイト）。リカバリーコードが なければ ひらけません。
cli-restore-done = { $created } の バックアップから てちょうを もどしました：{ $path }
cli-hint-init-new = ここに あたらしい てちょうを つくるには：hagu init --new
cli-hint-recover = リカバリーコードで ひらくには：hagu recover
cli-hint-restore = バックアップから もどすには：hagu restore ファイル
cli-hint-open-moved = いま ある ところで ひらくには：hagu --data-dir フォルダー …
