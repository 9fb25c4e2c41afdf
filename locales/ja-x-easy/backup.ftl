# Hagukumi — ja-x-easy, backup.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = はぐくみ リカバリーシート
recovery-sheet-made = つくった ひ：{ $date }
recovery-sheet-family = この てちょう：{ $names }
recovery-sheet-qr-label = リカバリーコードの QRコード
recovery-sheet-what-title = これは なに？
recovery-sheet-what = この てちょうの リカバリーコード です。スマホを かえた とき、なくした とき、かぎが きえた ときに、この コードが あれば、てちょうを ほかの スマホや パソコンで ひらけます。バックアップから もどす ときにも つかいます。
recovery-sheet-keep-title = しまいかた
recovery-sheet-keep-paper = いんさつ するか かみに かいて、ぼしてちょうや ほけんしょうの コピー など、だいじな かみと いっしょに しまって ください。
recovery-sheet-keep-no-photo = おなじ スマホに しゃしんや メモで のこさないで ください。スマホを なくすと、コードも いっしょに なくなります。
recovery-sheet-keep-secret = この コードが あれば てちょうを よめます。かぞく いがいの ひとには みせないで ください。
recovery-sheet-use-title = つかう とき
recovery-sheet-use-open = あたらしい スマホで はぐくみを ひらいて、「リカバリーコードが あります」か「バックアップから もどす」を えらびます。
recovery-sheet-use-type = この コードを いれます（おおもじ・こもじ、ハイフンが あっても なくても だいじょうぶ です）。

## A new handbook's recovery code (shown once)

recovery-new-title = リカバリーコードを かいて おいて ください
recovery-new-body = スマホを かえた ときや なくした ときに、この てちょうを ひらく ための コードです。かみに かくか、リカバリーシートを いんさつ して、だいじな かみと いっしょに しまって ください。おなじ スマホに しゃしんで のこさないで ください。
recovery-new-sheet = リカバリーシートを ひらく（いんさつ）
recovery-new-confirm = かいた・いんさつ した
recovery-new-restore = ほかの スマホから うつす ひと（バックアップから もどす）

## The first screen when the key is missing

recovery-start-title = この スマホには てちょうの かぎが ありません
recovery-start-body = てちょうの データは ありますが、ひらく ための かぎが この スマホに ありません（スマホを かえた あとや、キーチェーンを しょきか した あと など）。リカバリーコードが あれば ひらけます。データは なにも かえて いません。
recovery-start-code-title = リカバリーコードが あります
recovery-code-field = リカバリーコード
recovery-code-hint = リカバリーシートに ある 28もじ（4もじずつ 7つ）。ハイフンや おおもじ・こもじは どちらでも だいじょうぶ です。
recovery-start-open = てちょうを ひらく
recovery-start-opening = たしかめて います…
recovery-start-restore-title = バックアップファイルから もどす
recovery-opened = てちょうを ひらきました。この スマホに あたらしい かぎを しまいました。

## The backup and moving screen

backups-card-title = バックアップと ひっこし（ひきつぎ）
backups-card-intro = スマホを かえた ときや なくした ときの ために、てちょうを まもります。
backups-card-last = さいごの バックアップ：{ $when }
backups-card-never = まだ バックアップ して いません
backups-card-open = バックアップと ひっこし（ひきつぎ）
backups-title = バックアップと ひっこし（ひきつぎ）
backups-help-title = しくみ（かんたんな せつめい）
backups-help-key = てちょうの データは あんごうか して、この スマホの なかだけに ほぞん して います。ひらく ための かぎは、OS の かぎを しまう ところ（キーチェーン）に あります。はぐくみの かいしゃの サーバーには なにも おくりません。
backups-help-code = リカバリーコードは、かぎを なくした ときの スペアキー です。てちょうを つくった ときに でます。かみに かいて おけば、ほかの スマホでも てちょうを ひらけます。
backups-help-backup = バックアップは、てちょう ぜんぶを あんごうか した 1つの ファイル です。リカバリーコードが ないと ひらけないので、クラウドドライブに おいても なかみは よまれません。
backups-help-move = スマホを かえる とき：ふるい スマホで バックアップを つくって、その ファイルを あたらしい スマホに うつします（クラウドドライブや パソコンを つかって）。あたらしい スマホで はぐくみを ひらいて、「バックアップから もどす」で ファイルと リカバリーコードを いれます。
backups-now-title = いま バックアップ する
backups-file-field = ほぞん する ファイル
backups-file-hint = れい：/home/hanako/はぐくみ-2026-12-03.hagukumi-backup（あたらしい ファイルめいを いれて ください）
backups-now-submit = バックアップを つくる
backups-working = つくって います…
backups-written = バックアップを ほぞん しました：{ $file }（{ $size }）
backups-size-kb = { $kb } KB
backups-auto-title = じどう バックアップ
backups-auto-intro = えらんだ フォルダーに、1にち 1かい バックアップを つくります。じぶんの クラウドドライブと つながって いる フォルダーを えらぶと、スマホを なくしても あんしん です。フォルダーには あんごうか した ファイルだけを おきます。
backups-folder-field = フォルダー
backups-folder-hint = れい：/home/hanako/Dropbox/はぐくみ（からに すると じどう バックアップを とめます）
backups-keep-field = のこす かず
backups-keep-hint = あたらしい ものから この かずだけ のこして、ふるい ものは けします（1〜{ $max }）
backups-auto-save = せっていを ほぞん
backups-auto-saved = じどう バックアップの せっていを ほぞん しました
backups-auto-off = じどう バックアップは とまって います
backups-auto-on = { $folder } に、あたらしい ものから { $keep }こ のこします
backups-auto-last = さいごの じどう バックアップ：{ $when }
backups-auto-never = じどう バックアップは まだ つくられて いません
backups-auto-problem = まえの じどう バックアップは できませんでした：{ $problem }
backups-restore-title = バックアップから もどす
backups-restore-body = バックアップファイルを ぜんぶ たしかめてから、いまの てちょうと いれかえます。たしかめて いる あいだや、できなかった ときは、いまの てちょうが そのまま のこります。
backups-restore-file = バックアップファイル
backups-restore-file-hint = れい：/home/hanako/Dropbox/はぐくみ/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = もどす
backups-restore-working = ファイルを たしかめて います…
backups-restored = もどしました。てちょうは バックアップの ないように なりました。
backups-code-title = リカバリーコード
backups-code-body = リカバリーシートを なくした ときは、ここで もう いちど みたり いんさつ したり できます。
backups-code-show = リカバリーコードを みせる
backups-code-confirm = まわりに ひとが いないか たしかめて ください。リカバリーコードを みせますか？
backups-code-confirm-yes = みせる
backups-code-cancel = やめる
backups-code-hide = かくす
backups-sheet-open = リカバリーシートを ひらく
backups-sheet-print = いんさつ する
backups-sheet-close = とじる
backups-setting-problem-folder-required = フォルダーを いれて ください
backups-setting-problem-folder-relative = フォルダーは さいしょから ぜんぶの ばしょ（れい：/home/… や C:\…）で いれて ください
backups-setting-problem-folder-missing = この フォルダーが ありません。さきに フォルダーを つくって ください
backups-setting-problem-keep = のこす かずは 1〜60の すうじで いれて ください
backups-file-required = ファイルの ばしょを いれて ください
error-no-recovery-code = この てちょうには まだ リカバリーコードが ありません。アプリを もう いちど はじめると つくられます

## hagu recovery-sheet

cli-recovery-sheet-about = リカバリーシート（リカバリーコードと QRコード、しまいかた）を いんさつ ようの HTML で だします
cli-recovery-sheet-output-help = ひょうじゅん しゅつりょくでは なく、この ファイルに かきだす（あたらしい ファイル。じぶん だけが よめます）
cli-recovery-sheet-written = リカバリーシートを かきだしました。いんさつ したら、この ファイルは けして ください。

## The first screen when only an earlier handbook's key is left

elsewhere-title = ここには てちょうが ありません
elsewhere-body = まえに ここに あった てちょうの かぎが、この スマホに のこって います（てちょうの フォルダーを うごかした ときや、アプリを いれなおした とき など）。てちょうの バックアップが あれば、ここに もどせます。
elsewhere-new-title = あたらしい てちょうを はじめる
elsewhere-new-body = バックアップが なくて、あたらしく はじめる ときは こちら。まえの てちょうの かぎは けさないで のこします。
elsewhere-new-confirm = あたらしい からの てちょうを つくります。まえの てちょうは この がめんからは ひらけなく なります。いいですか？
elsewhere-new-yes = あたらしい てちょうを つくる
