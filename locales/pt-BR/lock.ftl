# Hagukumi — Português (Brasil) (pt-BR), lock.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## The app lock (PIN or passphrase, auto-lock, biometrics on phones)

## The lock screen

lock-title = Bloqueado
lock-body = Desbloqueie para abrir a caderneta. Enquanto estiver bloqueada, nada da caderneta é mostrado.
lock-pin = PIN
lock-pin-hint = 6 a 12 dígitos
lock-passphrase = Frase-senha
lock-passphrase-hint = Pelo menos 8 caracteres
lock-unlock = Desbloquear
lock-checking = Verificando…
lock-biometric = Desbloquear com biometria ou com o código do aparelho
lock-biometric-reason = Desbloquear o Hagukumi
lock-biometric-cancel = Cancelar
lock-wait-seconds = Errado { $failures } vezes seguidas. Tente de novo em { $seconds } segundos. Os dados da sua caderneta não são apagados.

## Settings

lock-settings-title = Bloqueio do aplicativo
lock-settings-body = Pede um PIN ou uma frase-senha antes de abrir a caderneta. Também bloqueia sozinho depois de um tempo sem uso e quando você muda para outro aplicativo. Se você esquecer, os dados da caderneta nunca são apagados (você só espera mais entre as tentativas).
lock-kind = Desbloquear com
lock-kind-pin = PIN (números)
lock-kind-passphrase = Frase-senha
lock-new-pin = Novo PIN
lock-new-pin-again = Novo PIN (de novo, para conferir)
lock-new-passphrase = Nova frase-senha
lock-new-passphrase-again = Nova frase-senha (de novo, para conferir)
lock-idle = Bloquear sozinho depois de ficar sem uso por
lock-idle-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
lock-enable = Ativar o bloqueio
lock-enabled = O bloqueio foi ativado.
lock-idle-saved = O tempo até o bloqueio automático foi alterado.
lock-on = Desbloqueia com: { $kind }. Bloqueia sozinho depois de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem uso.
lock-now = Bloquear agora
lock-disable = Desativar o bloqueio (precisa do PIN ou da frase-senha atual)
lock-disabled = O bloqueio foi desativado.

## Errors

lock-locked = A caderneta está bloqueada. Desbloqueie-a primeiro.
lock-wrong = O PIN ou a frase-senha não está correto. Digite de novo.
lock-wait = Muitas tentativas erradas seguidas: espere um pouco e tente de novo. Os dados da sua caderneta não são apagados.
lock-not-set = Esta caderneta não tem bloqueio.
lock-error-pin = O PIN deve ter de 6 a 12 dígitos.
lock-error-passphrase = A frase-senha deve ter de 8 a 128 caracteres.
lock-error-mismatch = As duas entradas são diferentes. Digite a mesma coisa duas vezes.
lock-error-idle = Escolha na lista o tempo até o bloqueio automático.
lock-biometric-failed = Não foi possível desbloquear com a biometria ou o código do aparelho. Tente de novo, ou digite o PIN ou a frase-senha.
lock-biometric-unavailable = A biometria não pode ser usada neste aparelho. Digite o PIN ou a frase-senha.
