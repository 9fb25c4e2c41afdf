# Hagukumi — Español (es), lock.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## El bloqueo de la aplicación (PIN o frase de contraseña, bloqueo automático, biometría en teléfonos).

## La pantalla de bloqueo

lock-title = Bloqueada
lock-body = Desbloquee para abrir la libreta. Mientras está bloqueada, no se muestra nada de la libreta.
lock-pin = PIN
lock-pin-hint = De 6 a 12 dígitos
lock-passphrase = Frase de contraseña
lock-passphrase-hint = Al menos 8 caracteres
lock-unlock = Desbloquear
lock-checking = Comprobando…
lock-biometric = Desbloquear con biometría o con el código del dispositivo
lock-biometric-reason = Desbloquear Hagukumi
lock-biometric-cancel = Cancelar
lock-wait-seconds = { $failures ->
    [one] { $failures } intento incorrecto seguido.
   *[other] { $failures } intentos incorrectos seguidos.
} Vuelva a intentarlo dentro de { $seconds ->
    [one] { $seconds } segundo.
   *[other] { $seconds } segundos.
} Los datos de su libreta no se borran.

## Ajustes

lock-settings-title = Bloqueo de la aplicación
lock-settings-body = Pide un PIN o una frase de contraseña antes de abrir la libreta. También se bloquea sola tras un rato sin uso y cuando cambia a otra aplicación. Si lo olvida, los datos de la libreta no se borran nunca (solo tendrá que esperar más entre intentos).
lock-kind = Forma de desbloqueo
lock-kind-pin = PIN (números)
lock-kind-passphrase = Frase de contraseña
lock-new-pin = PIN nuevo
lock-new-pin-again = PIN nuevo (otra vez, para comprobar)
lock-new-passphrase = Frase de contraseña nueva
lock-new-passphrase-again = Frase de contraseña nueva (otra vez, para comprobar)
lock-idle = Bloquear sola tras este tiempo sin uso
lock-idle-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
lock-enable = Activar el bloqueo
lock-enabled = El bloqueo está activado.
lock-idle-saved = Se cambió el tiempo hasta el bloqueo automático.
lock-on = Se desbloquea con: { $kind }. Se bloquea sola tras { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin uso.
lock-now = Bloquear ahora
lock-disable = Quitar el bloqueo (necesita el PIN o la frase de contraseña actual)
lock-disabled = Se quitó el bloqueo.

## Errores

lock-locked = La libreta está bloqueada. Desbloquéela primero.
lock-wrong = El PIN o la frase de contraseña no es correcto. Escríbalo otra vez.
lock-wait = Demasiados intentos incorrectos seguidos: espere un momento y vuelva a intentarlo. Los datos de su libreta no se borran.
lock-not-set = Esta libreta no tiene bloqueo.
lock-error-pin = El PIN debe tener de 6 a 12 dígitos.
lock-error-passphrase = La frase de contraseña debe tener de 8 a 128 caracteres.
lock-error-mismatch = Las dos entradas no coinciden. Escriba lo mismo las dos veces.
lock-error-idle = Elija de la lista el tiempo hasta el bloqueo automático.
lock-biometric-failed = No se pudo desbloquear con biometría ni con el código. Vuelva a intentarlo, o escriba el PIN o la frase de contraseña.
lock-biometric-unavailable = La biometría no se puede usar en este dispositivo. Escriba el PIN o la frase de contraseña.
