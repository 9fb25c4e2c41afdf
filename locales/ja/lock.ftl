# はぐくみ — アプリのロック（PIN・パスフレーズ、自動ロック、スマートフォンの生体認証）

## ロック画面

lock-title = ロック中
lock-body = 手帳を開くには、ロックを解除してください。ロック中は手帳の中身を表示しません。
lock-pin = PIN
lock-pin-hint = 6〜12桁の数字
lock-passphrase = パスフレーズ
lock-passphrase-hint = 8文字以上
lock-unlock = ロックを解除
lock-checking = 確認しています…
lock-biometric = 生体認証または端末のパスコードで解除
lock-biometric-reason = はぐくみのロックを解除します
lock-biometric-cancel = キャンセル
lock-wait-seconds = { $failures }回続けて違いました。{ $seconds }秒後にもう一度お試しください。手帳のデータは消えません。

## 設定

lock-settings-title = アプリのロック
lock-settings-body = 手帳を開く前にPINまたはパスフレーズをたずねます。しばらく操作がないとき、ほかのアプリに切り替えたときにも自動でロックします。忘れても手帳のデータは消えません（待ち時間が長くなるだけです）。
lock-kind = 解除のしかた
lock-kind-pin = PIN（数字）
lock-kind-passphrase = パスフレーズ
lock-new-pin = 新しいPIN
lock-new-pin-again = 新しいPIN（確認のためもう一度）
lock-new-passphrase = 新しいパスフレーズ
lock-new-passphrase-again = 新しいパスフレーズ（確認のためもう一度）
lock-idle = 操作がないときに自動でロックするまで
lock-idle-minutes = { $minutes }分
lock-enable = ロックを設定
lock-enabled = ロックを設定しました。
lock-idle-saved = 自動ロックまでの時間を変更しました。
lock-on = ロック中の解除: { $kind }。操作がないまま{ $minutes }分たつと自動でロックします。
lock-now = 今すぐロック
lock-disable = ロックをやめる（現在のPINまたはパスフレーズが必要）
lock-disabled = ロックをやめました。

## エラー

lock-locked = 手帳はロック中です。ロックを解除してください。
lock-wrong = PINまたはパスフレーズが違います。もう一度入力してください。
lock-wait = 続けて違ったため、少し待ってからもう一度お試しください。手帳のデータは消えません。
lock-not-set = この手帳にはロックが設定されていません。
lock-error-pin = PINは6〜12桁の数字にしてください。
lock-error-passphrase = パスフレーズは8〜128文字にしてください。
lock-error-mismatch = 2回の入力が一致しません。同じものをもう一度入力してください。
lock-error-idle = 自動ロックまでの時間は一覧から選んでください。
lock-biometric-failed = 生体認証またはパスコードで解除できませんでした。もう一度お試しいただくか、PINまたはパスフレーズを入力してください。
lock-biometric-unavailable = この端末では生体認証を使えません。PINまたはパスフレーズを入力してください。
