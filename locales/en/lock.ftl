# Hagukumi — the app lock (PIN or passphrase, auto-lock, biometrics on phones)

## The lock screen

lock-title = Locked
lock-body = Unlock to open the handbook. Nothing of the handbook is shown while it is locked.
lock-pin = PIN
lock-pin-hint = 6 to 12 digits
lock-passphrase = Passphrase
lock-passphrase-hint = At least 8 characters
lock-unlock = Unlock
lock-checking = Checking…
lock-biometric = Unlock with biometrics or the device passcode
lock-biometric-reason = Unlock Hagukumi
lock-biometric-cancel = Cancel
lock-wait-seconds = Wrong { $failures } times in a row. Try again in { $seconds } seconds. Your handbook's data is not deleted.

## Settings

lock-settings-title = App lock
lock-settings-body = Asks for a PIN or passphrase before the handbook opens. It also locks by itself after a while without use and when you switch to another app. Forgetting it never deletes your handbook (you only wait longer between tries).
lock-kind = Unlock with
lock-kind-pin = PIN (digits)
lock-kind-passphrase = Passphrase
lock-new-pin = New PIN
lock-new-pin-again = New PIN (again, to check)
lock-new-passphrase = New passphrase
lock-new-passphrase-again = New passphrase (again, to check)
lock-idle = Lock by itself after no use for
lock-idle-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lock-enable = Set the lock
lock-enabled = The lock is set.
lock-idle-saved = The time before the lock was changed.
lock-on = Unlocks with: { $kind }. Locks by itself after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without use.
lock-now = Lock now
lock-disable = Turn the lock off (needs the current PIN or passphrase)
lock-disabled = The lock is off.

## Errors

lock-locked = The handbook is locked. Unlock it first.
lock-wrong = The PIN or passphrase is not right. Please type it again.
lock-wait = Too many wrong tries in a row: please wait a moment, then try again. Your handbook's data is not deleted.
lock-not-set = This handbook has no lock.
lock-error-pin = A PIN has 6 to 12 digits.
lock-error-passphrase = A passphrase has 8 to 128 characters.
lock-error-mismatch = The two entries differ. Please type the same one twice.
lock-error-idle = Please choose the time before the lock from the list.
lock-biometric-failed = Biometrics or the passcode did not unlock the app. Try again, or type the PIN or passphrase.
lock-biometric-unavailable = Biometrics cannot be used on this device. Please type the PIN or passphrase.
