# Hagukumi — Español (es), backup.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Hoja de recuperación de Hagukumi
recovery-sheet-made = Creada el { $date }
recovery-sheet-family = Esta libreta: { $names }
recovery-sheet-qr-label = Código QR del código de recuperación
recovery-sheet-what-title = ¿Qué es esto?
recovery-sheet-what = Este es el código de recuperación de su libreta. Si cambia de teléfono, lo pierde o se borra su clave, este código abre la libreta en otro dispositivo. También se necesita para restaurar una copia de seguridad.
recovery-sheet-keep-title = Cómo guardarlo
recovery-sheet-keep-paper = Imprímalo o cópielo en papel y guárdelo con sus documentos importantes (la libreta en papel, copias del seguro médico).
recovery-sheet-keep-no-photo = No lo guarde como foto ni como nota en el mismo teléfono: si pierde el teléfono, pierde también el código.
recovery-sheet-keep-secret = Quien tenga este código puede leer su libreta. No se lo muestre a nadie fuera de su familia.
recovery-sheet-use-title = Cuándo usarlo
recovery-sheet-use-open = Abra Hagukumi en el dispositivo nuevo y elija "Tengo un código de recuperación" o "Restaurar desde una copia de seguridad".
recovery-sheet-use-type = Escriba este código (en mayúsculas o minúsculas, con o sin guiones).

## A new handbook's recovery code (shown once)

recovery-new-title = Anote su código de recuperación
recovery-new-body = Este código abre su libreta si cambia o pierde el teléfono. Cópielo en papel o imprima la hoja de recuperación y guárdela con sus documentos importantes. No lo guarde como foto en el mismo teléfono.
recovery-new-sheet = Abrir la hoja de recuperación (imprimir)
recovery-new-confirm = Ya lo anoté / imprimí
recovery-new-restore = ¿Viene de otro dispositivo? Restaure una copia de seguridad

## The first screen when the key is missing

recovery-start-title = Este dispositivo no tiene la clave de la libreta
recovery-start-body = Los datos de su libreta están aquí, pero la clave para abrirla no está en este dispositivo (por ejemplo, después de cambiar de dispositivo o de restablecer el llavero). Su código de recuperación la abre. No se cambió nada.
recovery-start-code-title = Tengo un código de recuperación
recovery-code-field = Código de recuperación
recovery-code-hint = Las 28 letras y números de su hoja de recuperación (7 grupos de 4). Los guiones y las mayúsculas o minúsculas no importan.
recovery-start-open = Abrir la libreta
recovery-start-opening = Comprobando…
recovery-start-restore-title = Restaurar desde un archivo de copia de seguridad
recovery-opened = Su libreta está abierta. Se guardó una clave nueva en este dispositivo.

## The backup and moving screen

backups-card-title = Copia de seguridad y cambio de teléfono
backups-card-intro = Proteja su libreta por si cambia o pierde el teléfono.
backups-card-last = Última copia de seguridad: { $when }
backups-card-never = Todavía no hay copia de seguridad
backups-card-open = Copia de seguridad y cambio de teléfono
backups-title = Copia de seguridad y cambio de teléfono
backups-help-title = Cómo funciona, en resumen
backups-help-key = Su libreta está cifrada y se guarda solo en este teléfono. La clave que la abre está en el almacén de claves del sistema (llavero). No se envía nada a ningún servidor de Hagukumi.
backups-help-code = El código de recuperación es una llave de repuesto por si se pierde la clave. Se muestra al crear la libreta. Guárdelo en papel y podrá abrir la libreta en cualquier dispositivo.
backups-help-backup = Una copia de seguridad es un solo archivo con toda su libreta, cifrado. Sin el código de recuperación nadie puede abrirlo, así que está seguro en su propia nube.
backups-help-move = Para cambiar de teléfono: haga una copia de seguridad en el teléfono antiguo y lleve el archivo al nuevo (por la nube o una computadora). En el teléfono nuevo, abra Hagukumi, elija "Restaurar desde una copia de seguridad" e indique el archivo y su código de recuperación.
backups-now-title = Hacer copia de seguridad ahora
backups-file-field = Archivo donde guardar
backups-file-hint = Por ejemplo /home/hanako/hagukumi-2026-12-03.hagukumi-backup (un nombre de archivo nuevo)
backups-now-submit = Hacer copia de seguridad
backups-working = Creando…
backups-written = Copia de seguridad guardada: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = Copias de seguridad automáticas
backups-auto-intro = Una vez al día se guarda una copia de seguridad en la carpeta que elija. Elija una carpeta que sincronice su propia nube y estará seguro aunque pierda el teléfono. En la carpeta solo se ponen archivos cifrados.
backups-folder-field = Carpeta
backups-folder-hint = Por ejemplo /home/hanako/Dropbox/hagukumi (déjelo vacío para detener las copias automáticas)
backups-keep-field = Cuántas conservar
backups-keep-hint = Se conservan las más nuevas y se borran las más antiguas (1 a { $max })
backups-auto-save = Guardar configuración
backups-auto-saved = Configuración de copias automáticas guardada
backups-auto-off = Las copias de seguridad automáticas están desactivadas
backups-auto-on = En { $folder }, conservando las { $keep } más nuevas
backups-auto-last = Última copia automática: { $when }
backups-auto-never = Todavía no se ha hecho ninguna copia automática
backups-auto-problem = La última copia automática falló: { $problem }
backups-restore-title = Restaurar desde una copia de seguridad
backups-restore-body = Se comprueba todo el archivo de copia de seguridad antes de reemplazar su libreta. Mientras se comprueba, o si algo falla, su libreta actual queda como está.
backups-restore-file = Archivo de copia de seguridad
backups-restore-file-hint = Por ejemplo /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = Restaurar
backups-restore-working = Comprobando el archivo…
backups-restored = Restaurada. Su libreta ahora es la de la copia de seguridad.
backups-code-title = Código de recuperación
backups-code-body = Si perdió la hoja de recuperación, puede mostrarla e imprimirla de nuevo aquí.
backups-code-show = Mostrar el código de recuperación
backups-code-confirm = Asegúrese de que nadie esté mirando. ¿Mostrar el código de recuperación?
backups-code-confirm-yes = Mostrar
backups-code-cancel = Cancelar
backups-code-hide = Ocultar
backups-sheet-open = Abrir la hoja de recuperación
backups-sheet-print = Imprimir
backups-sheet-close = Cerrar
backups-setting-problem-folder-required = Indique una carpeta
backups-setting-problem-folder-relative = Indique la carpeta como ruta completa (por ejemplo /home/… o C:\…)
backups-setting-problem-folder-missing = Esta carpeta no existe. Créela primero
backups-setting-problem-keep = Indique un número de 1 a 60 para cuántas conservar
backups-file-required = Indique dónde está el archivo
error-no-recovery-code = Esta libreta todavía no tiene código de recuperación. Reinicie la aplicación para crear uno

## hagu recovery-sheet

cli-recovery-sheet-about = Imprimir la hoja de recuperación (el código de recuperación, su código QR y cómo guardarlo) en HTML
cli-recovery-sheet-output-help = Escribirla en este archivo en lugar de la salida estándar (archivo nuevo, legible solo por usted)
cli-recovery-sheet-written = Hoja de recuperación escrita. Borre el archivo después de imprimirla.

## The first screen when only an earlier handbook's key is left

elsewhere-title = Aquí no hay ninguna libreta
elsewhere-body = La clave de una libreta que estaba aquí sigue en este dispositivo (por ejemplo, después de mover su carpeta o de reinstalar la aplicación). Si tiene una copia de seguridad de ella, puede restaurarla aquí.
elsewhere-new-title = Empezar una libreta nueva
elsewhere-new-body = Si no tiene copia de seguridad y quiere empezar de cero. La clave de la libreta anterior se conserva.
elsewhere-new-confirm = Esto crea una libreta nueva y vacía. La libreta anterior ya no se podrá abrir desde esta pantalla. ¿Continuar?
elsewhere-new-yes = Crear una libreta nueva
