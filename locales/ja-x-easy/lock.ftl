# Hagukumi — ja-x-easy, lock.ftl: a draft translation (machine-assisted), NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## The app lock (PIN or passphrase, auto-lock, biometrics on phones)

## The lock screen

lock-title = ロック ちゅう
lock-body = てちょうを ひらくには、ロックを はずして ください。ロック ちゅうは てちょうの なかみを みせません。
lock-pin = PIN
lock-pin-hint = 6〜12けたの すうじ
lock-passphrase = パスフレーズ
lock-passphrase-hint = 8もじ いじょう
lock-unlock = ロックを はずす
lock-checking = たしかめて います…
lock-biometric = ゆびの もん・かお、または スマホの パスコードで はずす
lock-biometric-reason = はぐくみの ロックを はずします
lock-biometric-cancel = やめる
lock-wait-seconds = { $failures }かい つづけて ちがいました。{ $seconds }びょう まってから、もう いちど して ください。てちょうの データは きえません。

## Settings

lock-settings-title = アプリの ロック
lock-settings-body = てちょうを ひらく まえに、PIN か パスフレーズを ききます。しばらく つかわない とき、ほかの アプリに かえた ときも、じぶんで ロックします。わすれても、てちょうの データは きえません（まつ じかんが ながく なる だけです）。
lock-kind = はずしかた
lock-kind-pin = PIN（すうじ）
lock-kind-passphrase = パスフレーズ
lock-new-pin = あたらしい PIN
lock-new-pin-again = あたらしい PIN（たしかめる ため、もう いちど）
lock-new-passphrase = あたらしい パスフレーズ
lock-new-passphrase-again = あたらしい パスフレーズ（たしかめる ため、もう いちど）
lock-idle = つかわない とき、ロックするまでの じかん
lock-idle-minutes = { $minutes ->
   *[other] { $minutes }ふん
}
lock-enable = ロックを つける
lock-enabled = ロックを つけました。
lock-idle-saved = ロックするまでの じかんを かえました。
lock-on = はずしかた：{ $kind }。つかわないで { $minutes ->
   *[other] { $minutes }ふん
} たつと、じぶんで ロックします。
lock-now = いま ロックする
lock-disable = ロックを やめる（いまの PIN か パスフレーズが ひつよう）
lock-disabled = ロックを やめました。

## Errors

lock-locked = てちょうは ロック ちゅうです。ロックを はずして ください。
lock-wrong = PIN か パスフレーズが ちがいます。もう いちど いれて ください。
lock-wait = つづけて ちがったので、すこし まってから、もう いちど して ください。てちょうの データは きえません。
lock-not-set = この てちょうには ロックが ついて いません。
lock-error-pin = PINは 6〜12けたの すうじに して ください。
lock-error-passphrase = パスフレーズは 8〜128もじに して ください。
lock-error-mismatch = 2かい いれた ものが ちがいます。おなじ ものを もう いちど いれて ください。
lock-error-idle = ロックするまでの じかんは、リストから えらんで ください。
lock-biometric-failed = ゆびの もん・かお、または パスコードで はずせませんでした。もう いちど するか、PIN か パスフレーズを いれて ください。
lock-biometric-unavailable = この スマホ・パソコンでは、ゆびの もん・かおで はずせません。PIN か パスフレーズを いれて ください。
