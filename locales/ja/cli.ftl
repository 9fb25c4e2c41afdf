## hagu, the command-line tool
# 日本語（第一言語）。英語版 locales/en/cli.ftl と同じ ID・同じ引数をすべて持つこと。

## ヘルプ

cli-about = はぐくみ（母子健康手帳）の暗号化された手帳を、コマンドラインで扱います。
cli-usage-heading = 使い方
cli-commands-heading = コマンド
cli-options-heading = オプション
cli-help-flag = このヘルプを表示します
cli-version-flag = バージョンを表示します
cli-data-dir-help = 手帳のデータフォルダー（省略時はアプリと同じ場所）
cli-init-new-help = このフォルダーから移動した手帳の鍵がキーチェーンに残っていても、ここに新しい手帳を作成します（その鍵は残します）
cli-init-about = 暗号化された手帳を作成します（すでにあれば、開けることを確かめます）
cli-child-about = こどもを追加したり、一覧にしたりします
cli-child-add-about = こどもを追加します
cli-child-name-help = こどもの名前
cli-child-birth-help = 生年月日（例：2025-04-01）
cli-child-list-about = 登録されているこどもを一覧にします
cli-child-list-json-help = 機械で読める JSON の配列で出力します（id, name, birth_date）
cli-verify-about = 既存の手帳を開き、暗号の認証と整合性を検査します（手帳は作成しません）
cli-arguments-heading = 引数
cli-record-about = こどもの記録（予防接種・計測・できた日・メモ・アレルギー・病気・出生・健診・歯科健診・目と耳などの検査・薬）を追加・一覧・変更・削除・復元します
cli-record-add-about = こどもに記録を追加します
cli-record-list-about = こどもの記録を日付の古い順に一覧にします
cli-record-edit-about = 記録を変更します。指定しなかった項目は今の値のままです。空の値（""）を指定すると任意の項目を消せます。変更前の内容は履歴に残ります
cli-record-delete-about = 記録を削除します（30日以内なら元に戻せます）
cli-record-restore-about = 30日以内に削除した記録を元に戻します
cli-record-history-about = 記録の変更前の内容を古い順に表示します
cli-record-vaccination-about = 予防接種
cli-record-measurement-about = 身体計測（体重・身長・頭囲・胸囲のうち少なくとも1つ）
cli-record-milestone-about = できた日（はじめて歩いた、など）
cli-record-note-about = 自由なメモ
cli-record-allergy-about = アレルギー（食べ物・薬など）
cli-record-illness-about = かかった病気
cli-record-child-help = こどもの ID（「hagu child list --json」で確認できます）
cli-record-id-help = 記録の ID（「hagu record list」で確認できます）
cli-record-kind-help = この種類の記録だけ
cli-record-deleted-help = 削除した記録も含めます
cli-record-list-json-help = 機械で読める JSON の配列で出力します（形式：docs/export-format.md）
cli-record-history-json-help = 機械で読める JSON の配列で出力します（record_id, change, previous, changed_at）
cli-record-date-help = 日付（例：2025-04-01）
cli-record-vaccine-help = ワクチンの ID（例：hib, pcv, mr）
cli-record-dose-help = 何回目か（1〜10）
cli-record-manufacturer-help = メーカー
cli-record-lot-help = ロット番号
cli-record-facility-help = 医療機関
cli-record-funding-help = 費用：public（定期接種）または self-paid（任意接種・自費）
cli-record-weight-help = 体重（kg、例：6.1）
cli-record-height-help = 身長（cm）
cli-record-head-help = 頭囲（cm）
cli-record-chest-help = 胸囲（cm）
cli-record-what-help = できたこと
cli-record-note-help = ひとことメモ
cli-record-text-help = メモの内容
cli-record-allergy-date-help = いつから（例：2025-04-01）
cli-record-substance-help = 原因（食べ物・薬など）
cli-record-reaction-help = 症状
cli-record-illness-help = 病名
cli-export-about = 手帳の全体を1つの JSON として出力します。暗号化されていません（形式：docs/export-format.md）
cli-export-json-help = JSON で出力します（必須。今はこの形式のみ）
cli-export-output-help = 標準出力の代わりにこのファイルに書き出します（本人だけが読める権限で作成）
cli-import-about = JSON のエクスポートを空の手帳に復元します（手帳がなければ作成します）。すべて取り込むか、何も取り込まないかのどちらかです
cli-import-json-help = ファイルは JSON のエクスポートです（必須。今はこの形式のみ）
cli-import-file-help = エクスポートのファイル。- なら標準入力から読みます
cli-after-help =
    環境変数：
      HAGUKUMI_PASSPHRASE  パスフレーズ（OS のキーチェーンを使わない場合）
      HAGUKUMI_LANG        表示言語（ja、ja-x-easy、en、zh-Hans、ko、vi、
                           pt-BR、ne、tl、id、th、es）

    終了コード：
      0  成功
      1  その他のエラー（ファイルを読み書きできない、端末の空き容量が足りないときなど）
      2  コマンドの使い方の誤り
      3  入力の誤り（何も保存していません）。存在しないこどもや記録、30日を過ぎた削除の取り消し、取り込めないエクスポート、12文字未満のパスフレーズ、入力ミスのあるリカバリーコード、ここには復元できないバックアップも含みます
      4  手帳を開けない（手帳がない、鍵が違う、はぐくみのデータではない、鍵が見つからない、キーチェーンもパスフレーズもない、パスフレーズが必要、リカバリーコードで開けない、手帳がこのフォルダーから移動されている）
      5  新しいバージョンのはぐくみで書かれた手帳
      6  手帳が壊れている（verify が問題を見つけたときなど）、またはバックアップが壊れている
cli-usage-error = コマンドの使い方が正しくありません。「hagu --help」で確認できます。

## 手帳

cli-init-created = 手帳を作成しました：{ $path }
cli-init-exists = 手帳はすでにあり、問題なく開けました：{ $path }
cli-key-os = 鍵の保管：OS の資格情報ストア（キーチェーン）
cli-key-passphrase = 鍵の保管：パスフレーズ（環境変数 HAGUKUMI_PASSPHRASE）
cli-no-handbook = { $path } に手帳がありません。先に「hagu init」で作成してください。
cli-no-data-dir = データフォルダーが決められません。--data-dir で指定してください。

## こども

cli-child-line = { $name }  { $birth }生まれ  { $age }
cli-child-added = こどもを追加しました：{ $child }
cli-child-none = まだこどもが登録されていません。「hagu child add」で追加できます。
cli-age-unknown = 年齢不明
cli-field-error = { $field }：{ $message }
cli-nothing-saved = 何も保存していません。

## 検査

cli-verify-ok = 手帳に問題はありません：{ $path }
cli-verify-schema = スキーマのバージョン：{ $version }
cli-verify-cipher = SQLCipher のバージョン：{ $version }
cli-verify-problems = 手帳に問題が見つかりました（{ $count }件）：{ $path }
cli-verify-problem = - { $problem }

## 記録

cli-record-entry = { $date }  { $kind }：{ $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = （削除済み。{ $until }まで元に戻せます）
cli-record-mark-gone = （削除済み）
cli-datetime = { $date } { $time }
cli-record-none = 記録はまだありません。「hagu record add」で追加できます。
cli-record-added = { $name }の記録 #{ $id } を追加しました：{ $entry }
cli-record-edited = 記録 #{ $id } を変更しました：{ $entry }
cli-record-deleted = 記録 #{ $id } を削除しました。{ $until }までは「hagu record restore { $id }」で元に戻せます。
cli-record-restored = 記録 #{ $id } を元に戻しました：{ $entry }
cli-record-no-child = ID { $id } のこどもはいません。「hagu child list --json」で確認してください。何も変更していません。
cli-record-no-record = ID { $id } の記録はありません。「hagu record list」で確認してください。何も変更していません。
cli-record-kind-mismatch = 記録 #{ $id } の種類は { $kind } です。「hagu record edit { $id } { $kind } …」で変更してください。何も変更していません。
cli-record-is-deleted = 記録 #{ $id } は削除されています。先に「hagu record restore { $id }」で元に戻してください。何も変更していません。
cli-record-already-deleted = 記録 #{ $id } はすでに削除されています。何も変更していません。
cli-record-not-deleted = 記録 #{ $id } は削除されていないため、元に戻すものはありません。
cli-record-too-old = 記録 #{ $id } は削除から30日を過ぎたため、元に戻せません。
cli-record-official = 記録 #{ $id } はポータルから届いた公式の記録のため、変更・削除できません。
cli-history-line = { $at }  { $change }。変更前：{ $entry }
cli-history-edit = 変更
cli-history-delete = 削除
cli-history-restore = 復元
cli-history-none = 記録 #{ $id } は変更されていません。

## 記録の写真

cli-photo-about = こどもの記録の写真を追加・一覧・書き出し・削除・復元します（JPEG か PNG。アプリと同じく、撮影場所などの情報は取り除きます）
cli-photo-add-about = 記録に写真を追加します（JPEG か PNG、8MBまで、1つの記録に10枚まで）。撮影場所やカメラなどの情報は、保存する前に取り除きます
cli-photo-list-about = 写真（ID・記録・形式・大きさ・追加日時）を一覧にします。すべての記録の写真か、1つの記録の写真
cli-photo-export-about = 手帳に保存されているとおりの写真をファイルに書き出します
cli-photo-delete-about = 写真を削除します（30日以内なら元に戻せます）
cli-photo-restore-about = 30日以内に削除した写真を元に戻します
cli-photo-file-help = 写真のファイル（JPEG か PNG）
cli-photo-output-help = 書き出すファイル（「-」は標準出力）。同じ名前のファイルは置き換えます
cli-photo-id-help = 写真の ID（「{ $command } list」で確認できます）
cli-photo-list-record-help = この記録の写真だけ
cli-photo-list-deleted-help = 削除した写真も含めます
cli-photo-list-json-help = 機械で読める JSON の配列で出力します（id, record_id, mime, size, created_at, deleted_at）
cli-photo-added = 記録 #{ $record } に写真 #{ $id } を追加しました（{ $mime }、{ $size } バイト）。撮影場所などの情報は取り除きました。
cli-photo-line = #{ $id }  記録 #{ $record }  { $mime }  { $size } バイト  { $at } 追加
cli-photo-none = 写真はまだありません。「{ $command } add」で追加できます。
cli-photo-exported = 写真 #{ $id }（{ $mime }、{ $size } バイト）を書き出しました：{ $path }
cli-photo-deleted = 写真 #{ $id } を削除しました。{ $until }までは「{ $command } restore { $id }」で元に戻せます。
cli-photo-restored = 記録 #{ $record } の写真 #{ $id } を元に戻しました。
cli-photo-already-deleted = 写真 #{ $id } はすでに削除されています。何も変更していません。
cli-photo-not-deleted = 写真 #{ $id } は削除されていないため、元に戻すものはありません。
cli-photo-too-old = 写真 #{ $id } は削除から30日を過ぎたため、元に戻せません。
cli-photo-is-deleted = 写真 #{ $id } は削除されています。先に「{ $command } restore { $id }」で元に戻してください。何も書き出していません。
cli-photo-no-photo = ID { $id } の写真はありません。「{ $command } list」で確認してください。何も変更していません。
cli-photo-not-theirs = 記録 #{ $record } は{ $name }の記録ではありません。何も保存していません。
cli-photo-cannot-read = { $path } を読めません：{ $detail }

## エクスポートと取り込み

cli-export-plaintext = 注意：エクスポートは暗号化されていません。読める人には手帳のすべてが読めます。大切に保管し、不要になったら削除してください。
cli-export-written = エクスポートを書き出しました：{ $path }
cli-export-cannot-write = { $path } に書き出せません：{ $detail }
cli-import-cannot-read = { $path } を読めません：{ $detail }
cli-import-too-large = { $path } は大きすぎます（上限 { $limit } MB）。はぐくみのエクスポートはこれほど大きくなりません。正しいファイルか確かめてください。
cli-import-not-json = JSON の文書ではありません：{ $detail }
cli-import-not-an-export = はぐくみのエクスポートではありません（「format」が「hagukumi-export」ではありません）。
cli-import-version = このエクスポートの形式はバージョン { $version } です。この hagu が読めるのはバージョン { $supported } です。はぐくみを更新してください。
cli-import-invalid = エクスポートの内容に矛盾があるか、壊れています：{ $detail }
cli-import-not-empty = { $path } の手帳にはすでにデータがあります。エクスポートは空の手帳にだけ取り込めます（新しい --data-dir などを使ってください）。
cli-import-nothing = 何も取り込んでいません。
cli-import-done = { $path } に取り込みました：こども { $children }人、妊娠 { $pregnancies }件、記録 { $records }件
cli-import-unverified = 公的データ { $count }件は、署名を確かめられなかったため、ご自身の記録として取り込みました（編集・削除できます。次の同期でポータルから届き直します）。
cli-import-reference-portal-help = 公的データの署名を参照用ポータル（開発用の鍵）でも確かめます（デモと試験用）

## hagu schedule / hagu summary

cli-schedule-about = 予防接種と健診の予定を表示します（テキスト、JSON、カレンダー用 ICS）
cli-schedule-child-help = このこどもだけ（省略時は全員）
cli-schedule-as-of-help = この日を「今日」として計算します（例：2026-12-01）
cli-schedule-json-help = JSON で出力します（形式は docs/cli-schedule.md）
cli-schedule-ics-help = カレンダーに取り込める iCalendar（.ics）形式で出力します
cli-schedule-person = { $name }
cli-summary-about = 受診用サマリー（1ページの HTML）を出力します
cli-summary-child-help = サマリーを作るこどもの ID
cli-summary-output-help = 標準出力ではなく、このファイルに書き出します
cli-summary-written = 受診用サマリーを書き出しました（暗号化されていないファイルです。取り扱いに注意してください）

## hagu sync
cli-sync-about = ポータル（マイナポータル型）から公的な記録を取り込みます。サブコマンドなしで実行すると、いま同期します
cli-sync-portal-help = ポータルのアドレス（省略時は接続済みのポータル）
cli-sync-reference-portal-help = 参照用ポータル（開発用の鍵・架空データ）を使う（デモと試験用）
cli-sync-reference-hint = 参照用ポータル（開発用・架空データ）につなぐには --reference-portal を付けてください。
cli-sync-page-limit-help = 1回に受け取る件数（1〜200）
cli-sync-json-help = 機械で読める JSON で出力します
cli-sync-connect-about = ポータルに接続します（表示されるアドレスをブラウザで開いて同意します）
cli-sync-timeout-help = ブラウザでの同意を待つ秒数
cli-sync-status-about = 同期の状況（最終同期、送信待ち、確認が必要な記録）を表示します
cli-sync-official-about = ポータルから届いた公的な記録を一覧します
cli-sync-child-help = お子さんの番号
cli-sync-resolve-about = ポータルの記録とご自身の記録が食い違うとき、どちらを残すか決めます
cli-sync-resolve-id-help = ポータルの記録の ID（「hagu sync official」で表示）
cli-sync-keep-mine-help = ご自身の記録を残します
cli-sync-use-official-help = ポータルの記録を使います（ご自身の記録は削除扱いになり、30日間は元に戻せます）
cli-sync-questionnaire-about = 予防接種の予診票を送信待ちに入れます（次の同期で送信します）
cli-sync-vaccine-help = ワクチンの ID（例：mr）
cli-sync-date-help = 接種の予定日
cli-sync-temperature-help = 体温（℃）
cli-sync-answer-help = 質問への答え（例：feels-well=yes）。すべての質問に答えてください
cli-sync-note-help = 医師に伝えたいこと
cli-sync-disconnect-about = ポータルとの接続をやめ、同意を取り消します（取り込んだ記録は残ります）
cli-sync-open-this = 次のアドレスをブラウザで開き、連携する項目に同意してください：
cli-sync-browser-done = はぐくみへの連携が完了しました。このページを閉じて、端末に戻ってください。
cli-sync-connected = { $portal } に接続しました（同意した項目：{ $scopes }）。「hagu sync」で取り込みます。
cli-sync-scope-questionnaires = 予診票の送信
cli-sync-done = 同期しました：新しい記録 { $added } 件、ご自身の記録と一致 { $linked } 件、確認が必要 { $conflicts } 件、更新 { $updated } 件、変更のない項目 { $unchanged }、送信 { $sent } 件
cli-sync-conflicts-waiting = ご自身の記録と食い違う公的な記録が { $count } 件あります。「hagu sync official」で確認し、「hagu sync resolve」で決めてください。
cli-sync-connect-hint = 「hagu sync connect --portal URL」で接続してください。
cli-sync-never = まだありません
cli-sync-status-line = ポータル：{ $portal }　最終同期：{ $last }　送信待ち：{ $pending } 件　確認が必要：{ $conflicts } 件
cli-sync-last-error = 前回の同期：{ $error }
cli-sync-no-official = ポータルから届いた記録はまだありません。
cli-sync-item-line = { $id }  { $category }  { $date }  { $what }（{ $state }）
cli-sync-item-vaccination = { $vaccine } { $dose }回目
cli-sync-item-checkup = 健診（{ $kind }）
cli-sync-item-certificate = { $name }（公費負担者番号 { $payer }、受給者番号 { $recipient }、{ $to } まで）
cli-sync-item-benefit = { $program }：{ $status }
cli-sync-item-notice = { $municipality }：{ $title }
cli-sync-state-added = 公式の記録として追加
cli-sync-state-linked = ご自身の記録と一致
cli-sync-state-conflict = 確認が必要
cli-sync-state-kept-mine = ご自身の記録を残しました
cli-sync-state-info = 参照用
cli-sync-no-conflict = 確認が必要な記録 { $id } は見つかりません。何も変更していません。
cli-sync-questions = 質問の ID：{ $ids }
cli-sync-queued = 予診票を送信待ちに入れました（#{ $id }）。次の同期で送信します。
cli-sync-disconnected = ポータルとの接続をやめ、同意を取り消しました。取り込んだ記録は手帳に残っています。

## リカバリーコードとバックアップ

cli-recovery-code-about = 手帳のリカバリーコードをもう一度表示します（このコードでどの端末でも手帳を開けます）
cli-recover-about = 鍵をなくした手帳をリカバリーコードで開き、鍵をこの端末の資格情報ストアに保管します（HAGUKUMI_PASSPHRASE を設定した場合は、その新しいパスフレーズで保護します）
cli-backup-about = 手帳全体の暗号化バックアップを1つのファイルに書き出します（リカバリーコードで封をします）
cli-backup-output-help = バックアップをこのファイルに書き出します（指定がなければ今のフォルダーに hagukumi-日付-時刻.hagukumi-backup）
cli-restore-about = バックアップファイルから手帳を復元します（何かを置き換える前にすべてを確認します）
cli-restore-file-help = バックアップファイル（.hagukumi-backup）
cli-recovery-code-flag-help = リカバリーコード（指定しなければ入力を求めます）
cli-recovery-code-line = リカバリーコード：{ $code }
cli-recovery-code-advice = このコードを紙に書き写し、この端末とは別の安全な場所に保管してください。新しいスマートフォンやパソコンで手帳を開くときや、鍵をなくしたときは、このコードだけが頼りです。
cli-recovery-code-new = この手帳にリカバリーコードができました。ここで一度だけ表示します（「hagu recovery-code」でもう一度見られます）。
cli-recovery-code-prompt = リカバリーコード：
cli-recovery-code-required = --recovery-code でリカバリーコードを指定してください（入力できる端末がありません）。何も変更していません。
cli-recover-done = 手帳をまた開けるようになりました：{ $path }。鍵はこの端末の資格情報ストアに保管しました。
cli-recover-done-passphrase = 手帳をまた開けるようになりました：{ $path }。これからは HAGUKUMI_PASSPHRASE の新しいパスフレーズで開きます（前のパスフレーズは使えません）。
cli-backup-written = 暗号化したバックアップを書き出しました：{ $path }（{ $size }バイト）。リカバリーコードがなければ開けません。
cli-restore-done = { $created } のバックアップから手帳を復元しました：{ $path }
cli-hint-init-new = ここに新しい手帳を作成するには：hagu init --new
cli-hint-recover = リカバリーコードで開くには：hagu recover
cli-hint-restore = バックアップから復元するには：hagu restore ファイル
cli-hint-open-moved = いまある場所で開くには：hagu --data-dir フォルダー …
