# Hagukumi — ko, lock.ftl: a draft translation (machine-assisted), NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## The app lock (PIN or passphrase, auto-lock, biometrics on phones)

## The lock screen

lock-title = 잠김
lock-body = 수첩을 열려면 잠금을 해제해 주세요. 잠겨 있는 동안에는 수첩의 내용을 표시하지 않습니다.
lock-pin = PIN
lock-pin-hint = 6~12자리 숫자
lock-passphrase = 암호문
lock-passphrase-hint = 8자 이상
lock-unlock = 잠금 해제
lock-checking = 확인하는 중…
lock-biometric = 생체 인증 또는 기기 암호로 해제
lock-biometric-reason = Hagukumi의 잠금을 해제합니다
lock-biometric-cancel = 취소
lock-wait-seconds = { $failures }번 연속으로 틀렸습니다. { $seconds }초 후에 다시 시도해 주세요. 수첩의 데이터는 지워지지 않습니다.

## Settings

lock-settings-title = 앱 잠금
lock-settings-body = 수첩을 열기 전에 PIN 또는 암호문을 묻습니다. 한동안 조작하지 않을 때나 다른 앱으로 전환했을 때도 자동으로 잠급니다. 잊어버려도 수첩의 데이터는 지워지지 않습니다(기다리는 시간이 길어질 뿐입니다).
lock-kind = 해제 방법
lock-kind-pin = PIN(숫자)
lock-kind-passphrase = 암호문
lock-new-pin = 새 PIN
lock-new-pin-again = 새 PIN(확인을 위해 한 번 더)
lock-new-passphrase = 새 암호문
lock-new-passphrase-again = 새 암호문(확인을 위해 한 번 더)
lock-idle = 조작하지 않을 때 자동으로 잠글 때까지
lock-idle-minutes = { $minutes ->
   *[other] { $minutes }분
}
lock-enable = 잠금 설정
lock-enabled = 잠금을 설정했습니다.
lock-idle-saved = 자동 잠금까지의 시간을 변경했습니다.
lock-on = 해제 방법: { $kind }. 조작하지 않은 채 { $minutes ->
   *[other] { $minutes }분
}이 지나면 자동으로 잠급니다.
lock-now = 지금 잠그기
lock-disable = 잠금 해지(현재 PIN 또는 암호문이 필요)
lock-disabled = 잠금을 해지했습니다.

## Errors

lock-locked = 수첩이 잠겨 있습니다. 잠금을 해제해 주세요.
lock-wrong = PIN 또는 암호문이 틀립니다. 다시 입력해 주세요.
lock-wait = 연속으로 틀렸기 때문에 잠시 기다린 후 다시 시도해 주세요. 수첩의 데이터는 지워지지 않습니다.
lock-not-set = 이 수첩에는 잠금이 설정되어 있지 않습니다.
lock-error-pin = PIN은 6~12자리 숫자로 해 주세요.
lock-error-passphrase = 암호문은 8~128자로 해 주세요.
lock-error-mismatch = 두 번 입력한 내용이 일치하지 않습니다. 같은 내용을 다시 입력해 주세요.
lock-error-idle = 자동 잠금까지의 시간은 목록에서 선택해 주세요.
lock-biometric-failed = 생체 인증 또는 기기 암호로 해제하지 못했습니다. 다시 시도하거나 PIN 또는 암호문을 입력해 주세요.
lock-biometric-unavailable = 이 기기에서는 생체 인증을 사용할 수 없습니다. PIN 또는 암호문을 입력해 주세요.
