# 手帳をなくさないために：リカバリーコード、リカバリーシート、バックアップと引き継ぎ

## リカバリーシート（印刷するページ）

recovery-sheet-title = はぐくみ リカバリーシート
recovery-sheet-made = 作成日：{ $date }
recovery-sheet-family = この手帳：{ $names }
recovery-sheet-qr-label = リカバリーコードのQRコード
recovery-sheet-what-title = これは何？
recovery-sheet-what = この手帳のリカバリーコードです。スマートフォンを買い替えたとき、なくしたとき、鍵が消えてしまったときに、このコードがあれば手帳を別の端末で開けます。バックアップから戻すときにも使います。
recovery-sheet-keep-title = 保管のしかた
recovery-sheet-keep-paper = 印刷するか紙に書き写して、母子手帳や保険証の控えなど大切な書類と一緒に保管してください。
recovery-sheet-keep-no-photo = 同じスマートフォンに写真やメモで残さないでください。スマートフォンをなくすと、コードも一緒になくなります。
recovery-sheet-keep-secret = このコードがあれば手帳を読めます。家族以外には見せないでください。
recovery-sheet-use-title = 使うとき
recovery-sheet-use-open = 新しい端末で はぐくみ を開き、「リカバリーコードがあります」または「バックアップから復元」を選びます。
recovery-sheet-use-type = このコードを入力します（大文字・小文字、ハイフンの有無はどちらでもかまいません）。

## 新しい手帳のリカバリーコード（一度だけ表示）

recovery-new-title = リカバリーコードを控えてください
recovery-new-body = 機種変更やスマートフォンをなくしたときに、この手帳を開くためのコードです。紙に書き写すかリカバリーシートを印刷して、大切な書類と一緒に保管してください。同じスマートフォンに写真で残すのはやめましょう。
recovery-new-sheet = リカバリーシートを開く（印刷）
recovery-new-confirm = 書き留めた・印刷した
recovery-new-restore = 別の端末から引き継ぐ方（バックアップから復元）

## 鍵が見つからないときの最初の画面

recovery-start-title = この端末には手帳の鍵がありません
recovery-start-body = 手帳のデータはありますが、開くための鍵がこの端末に見つかりません（機種変更やキーチェーンの初期化のあとなど）。リカバリーコードがあれば開けます。データは何も変更していません。
recovery-start-code-title = リカバリーコードがあります
recovery-code-field = リカバリーコード
recovery-code-hint = リカバリーシートにある28文字（4文字ずつ7組）。ハイフンや大文字・小文字はどちらでもかまいません。
recovery-start-open = 手帳を開く
recovery-start-opening = 確認しています…
recovery-start-restore-title = バックアップファイルから復元
recovery-opened = 手帳を開きました。この端末に新しい鍵を保管しました。

## バックアップと引き継ぎの画面

backups-card-title = バックアップと引き継ぎ
backups-card-intro = 機種変更やスマートフォンをなくしたときに備えて、手帳を守ります。
backups-card-last = 最後のバックアップ：{ $when }
backups-card-never = まだバックアップしていません
backups-card-open = バックアップと引き継ぎ
backups-title = バックアップと引き継ぎ
backups-help-title = しくみ（かんたんな説明）
backups-help-key = 手帳のデータは暗号化して、このスマートフォンの中だけに保存しています。開くための鍵は、OS の鍵の保管場所（キーチェーン）にあります。はぐくみの会社のサーバーには何も送りません。
backups-help-code = リカバリーコードは、鍵をなくしたときの合い鍵です。手帳を作ったときに表示されます。紙に控えておけば、別の端末でも手帳を開けます。
backups-help-backup = バックアップは、手帳をまるごと暗号化した1つのファイルです。リカバリーコードがないと開けないので、クラウドドライブに置いても中身は読まれません。
backups-help-move = 機種変更のしかた：古い端末でバックアップを作り、そのファイルを新しい端末に移します（クラウドドライブ、パソコン経由など）。新しい端末で はぐくみ を開き「バックアップから復元」でファイルとリカバリーコードを入力します。
backups-now-title = 今すぐバックアップ
backups-file-field = 保存するファイル
backups-file-hint = 例：/home/hanako/はぐくみ-2026-12-03.hagukumi-backup（新しいファイル名を指定してください）
backups-now-submit = バックアップを作成
backups-working = 作成しています…
backups-written = バックアップを保存しました：{ $file }（{ $size }）
backups-size-kb = { $kb } KB
backups-auto-title = 自動バックアップ
backups-auto-intro = 選んだフォルダーに、1日1回バックアップを作ります。ご自分のクラウドドライブが同期しているフォルダーを選ぶと、端末をなくしても安心です。フォルダーには暗号化されたファイルしか置きません。
backups-folder-field = フォルダー
backups-folder-hint = 例：/home/hanako/Dropbox/はぐくみ（空にすると自動バックアップを止めます）
backups-keep-field = 残す数
backups-keep-hint = 新しいものからこの数だけ残し、古いものは消します（1〜{ $max }）
backups-auto-save = 設定を保存
backups-auto-saved = 自動バックアップの設定を保存しました
backups-auto-off = 自動バックアップは止まっています
backups-auto-on = { $folder } に、新しいものから{ $keep }個残します
backups-auto-last = 最後の自動バックアップ：{ $when }
backups-auto-never = 自動バックアップはまだ作られていません
backups-auto-problem = 前回の自動バックアップに失敗しました：{ $problem }
backups-restore-title = バックアップから復元
backups-restore-body = バックアップファイル全体を確かめてから、今の手帳と置き換えます。確かめている間や失敗したときは、今の手帳がそのまま残ります。
backups-restore-file = バックアップファイル
backups-restore-file-hint = 例：/home/hanako/Dropbox/はぐくみ/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = 復元する
backups-restore-working = ファイルを確かめています…
backups-restored = 復元しました。手帳はバックアップの内容になりました。
backups-code-title = リカバリーコード
backups-code-body = リカバリーシートをなくしたときは、ここでもう一度表示・印刷できます。
backups-code-show = リカバリーコードを表示
backups-code-confirm = 周りに人がいないことを確かめてください。リカバリーコードを表示しますか？
backups-code-confirm-yes = 表示する
backups-code-cancel = やめる
backups-code-hide = 隠す
backups-sheet-open = リカバリーシートを開く
backups-sheet-print = 印刷する
backups-sheet-close = 閉じる
backups-setting-problem-folder-required = フォルダーを入力してください
backups-setting-problem-folder-relative = フォルダーは最初からの完全な場所（例：/home/… や C:\…）で入力してください
backups-setting-problem-folder-missing = このフォルダーが見つかりません。先にフォルダーを作ってください
backups-setting-problem-keep = 残す数は1〜60の数字で入力してください
backups-file-required = ファイルの場所を入力してください
error-no-recovery-code = この手帳にはまだリカバリーコードがありません。アプリを再起動すると作られます

## hagu recovery-sheet

cli-recovery-sheet-about = リカバリーシート（リカバリーコードとその QR コード、保管のしかた）を印刷用の HTML で出力します
cli-recovery-sheet-output-help = 標準出力ではなく、このファイルに書き出す（新しいファイル、本人だけが読める）
cli-recovery-sheet-written = リカバリーシートを書き出しました。印刷したら、このファイルは削除してください。

## 以前の手帳の鍵だけが残っているときの最初の画面

elsewhere-title = この場所には手帳がありません
elsewhere-body = 以前ここにあった手帳の鍵が、この端末に残っています（手帳のフォルダーを移動したか、アプリを入れ直したときなど）。手帳のバックアップがあれば、ここに復元できます。
elsewhere-new-title = 新しい手帳を始める
elsewhere-new-body = バックアップがなく、新しく始める場合はこちら。以前の手帳の鍵は消さずに残します。
elsewhere-new-confirm = 新しい空の手帳を作成します。以前の手帳はこの画面からは開けなくなります。よろしいですか？
elsewhere-new-yes = 新しい手帳を作成する
