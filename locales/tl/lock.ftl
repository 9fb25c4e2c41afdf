# Hagukumi — Tagalog (tl), lock.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Ang lock ng app (PIN o passphrase, kusang pag-lock, biometrics sa phone).

## Ang lock screen

lock-title = Naka-lock
lock-body = I-unlock para mabuksan ang handbook. Walang ipinapakita mula sa handbook habang naka-lock ito.
lock-pin = PIN
lock-pin-hint = 6 hanggang 12 numero
lock-passphrase = Passphrase
lock-passphrase-hint = Hindi bababa sa 8 character
lock-unlock = I-unlock
lock-checking = Sinusuri…
lock-biometric = I-unlock gamit ang biometrics o ang passcode ng device
lock-biometric-reason = I-unlock ang Hagukumi
lock-biometric-cancel = Kanselahin
lock-wait-seconds = { $failures } beses nang sunod-sunod na mali. Subukang muli pagkalipas ng { $seconds } segundo. Hindi nabubura ang data ng inyong handbook.

## Mga setting

lock-settings-title = Lock ng app
lock-settings-body = Humihingi ng PIN o passphrase bago mabuksan ang handbook. Kusa rin itong nagla-lock kapag matagal na hindi ginagamit at kapag lumipat kayo sa ibang app. Kahit makalimutan ninyo ito, hindi kailanman nabubura ang data ng handbook (mas matagal lang ang paghihintay sa pagitan ng mga pagsubok).
lock-kind = Paraan ng pag-unlock
lock-kind-pin = PIN (mga numero)
lock-kind-passphrase = Passphrase
lock-new-pin = Bagong PIN
lock-new-pin-again = Bagong PIN (muli, para matiyak)
lock-new-passphrase = Bagong passphrase
lock-new-passphrase-again = Bagong passphrase (muli, para matiyak)
lock-idle = Kusang mag-lock kapag hindi ginagamit nang
lock-idle-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuto
}
lock-enable = Itakda ang lock
lock-enabled = Naitakda na ang lock.
lock-idle-saved = Nabago na ang oras bago ang kusang pag-lock.
lock-on = Ina-unlock gamit ang: { $kind }. Kusang nagla-lock kapag hindi ginamit nang { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuto
}.
lock-now = I-lock ngayon
lock-disable = Alisin ang lock (kailangan ang kasalukuyang PIN o passphrase)
lock-disabled = Naalis na ang lock.

## Mga error

lock-locked = Naka-lock ang handbook. I-unlock muna ito.
lock-wrong = Mali ang PIN o passphrase. Pakitype ito muli.
lock-wait = Masyadong maraming sunod-sunod na maling pagsubok: maghintay sandali, saka subukang muli. Hindi nabubura ang data ng inyong handbook.
lock-not-set = Walang lock ang handbook na ito.
lock-error-pin = Ang PIN ay dapat 6 hanggang 12 numero.
lock-error-passphrase = Ang passphrase ay dapat 8 hanggang 128 character.
lock-error-mismatch = Hindi magkapareho ang dalawang inilagay. Pakitype ang parehong bagay nang dalawang beses.
lock-error-idle = Pakipili mula sa listahan ang oras bago ang kusang pag-lock.
lock-biometric-failed = Hindi na-unlock gamit ang biometrics o passcode. Subukang muli, o i-type ang PIN o passphrase.
lock-biometric-unavailable = Hindi magagamit ang biometrics sa device na ito. Pakitype ang PIN o passphrase.
