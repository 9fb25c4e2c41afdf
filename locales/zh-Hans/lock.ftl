# Hagukumi — zh-Hans, lock.ftl: a draft translation (machine-assisted), NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## The app lock (PIN or passphrase, auto-lock, biometrics on phones)

## The lock screen

lock-title = 已锁定
lock-body = 请解锁以打开手册。锁定期间不会显示手册的内容。
lock-pin = PIN
lock-pin-hint = 6～12位数字
lock-passphrase = 密码短语
lock-passphrase-hint = 至少8个字符
lock-unlock = 解锁
lock-checking = 正在确认…
lock-biometric = 使用生物识别或设备密码解锁
lock-biometric-reason = 解锁 Hagukumi
lock-biometric-cancel = 取消
lock-wait-seconds = 已连续输错{ $failures }次。请在{ $seconds }秒后重试。手册的数据不会被删除。

## Settings

lock-settings-title = 应用锁
lock-settings-body = 打开手册前要求输入 PIN 或密码短语。一段时间未操作或切换到其他应用时，也会自动锁定。即使忘记了，手册的数据也不会被删除（只是等待时间会变长）。
lock-kind = 解锁方式
lock-kind-pin = PIN（数字）
lock-kind-passphrase = 密码短语
lock-new-pin = 新 PIN
lock-new-pin-again = 新 PIN（为确认请再输入一次）
lock-new-passphrase = 新密码短语
lock-new-passphrase-again = 新密码短语（为确认请再输入一次）
lock-idle = 无操作多久后自动锁定
lock-idle-minutes = { $minutes ->
   *[other] { $minutes }分钟
}
lock-enable = 设置锁定
lock-enabled = 已设置锁定。
lock-idle-saved = 已更改自动锁定前的时间。
lock-on = 解锁方式：{ $kind }。无操作{ $minutes ->
   *[other] { $minutes }分钟
}后自动锁定。
lock-now = 立即锁定
lock-disable = 取消锁定（需要当前的 PIN 或密码短语）
lock-disabled = 已取消锁定。

## Errors

lock-locked = 手册已锁定。请先解锁。
lock-wrong = PIN 或密码短语不正确。请重新输入。
lock-wait = 连续输错多次，请稍等片刻后重试。手册的数据不会被删除。
lock-not-set = 此手册未设置锁定。
lock-error-pin = PIN 须为6～12位数字。
lock-error-passphrase = 密码短语须为8～128个字符。
lock-error-mismatch = 两次输入不一致。请再次输入相同的内容。
lock-error-idle = 请从列表中选择自动锁定前的时间。
lock-biometric-failed = 无法通过生物识别或设备密码解锁。请重试，或输入 PIN 或密码短语。
lock-biometric-unavailable = 此设备无法使用生物识别。请输入 PIN 或密码短语。
