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
cli-init-about = 暗号化された手帳を作成します（すでにあれば、開けることを確かめます）
cli-child-about = こどもを追加したり、一覧にしたりします
cli-child-add-about = こどもを追加します
cli-child-name-help = こどもの名前
cli-child-birth-help = 生年月日（例：2025-04-01）
cli-child-list-about = 登録されているこどもを一覧にします
cli-child-list-json-help = 機械で読める JSON の配列で出力します（id, name, birth_date）
cli-verify-about = 既存の手帳を開き、暗号の認証と整合性を検査します（手帳は作成しません）
cli-after-help =
    環境変数：
      HAGUKUMI_PASSPHRASE  パスフレーズ（OS のキーチェーンを使わない場合）
      HAGUKUMI_LANG        表示言語（ja または en）

    終了コード：
      0  成功
      1  その他のエラー（ファイルを読み書きできないときなど）
      2  コマンドの使い方の誤り
      3  入力の誤り（何も保存していません）
      4  手帳を開けない（手帳がない、鍵が違う、はぐくみのデータではない、鍵が見つからない、キーチェーンもパスフレーズもない、パスフレーズが必要）
      5  新しいバージョンのはぐくみで書かれた手帳
      6  手帳が壊れている（verify が問題を見つけたときなど）
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
