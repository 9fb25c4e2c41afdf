# Hagukumi — Español (es), cli.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## hagu, the command-line tool

## Help

cli-about = Maneja desde la línea de comandos la libreta cifrada de Hagukumi (Libreta de Salud Materno-Infantil).
cli-usage-heading = Uso
cli-commands-heading = Comandos
cli-options-heading = Opciones
cli-help-flag = Mostrar esta ayuda
cli-version-flag = Mostrar la versión
cli-data-dir-help = Carpeta de datos de la libreta (por defecto: la misma que usa la aplicación)
cli-init-new-help = Crear aquí una libreta nueva aunque el llavero todavía tenga la clave de una libreta que se movió de esta carpeta (esa clave se conserva)
cli-init-about = Crear la libreta cifrada (si ya existe, comprobar que se abre)
cli-child-about = Agregar o listar hijos
cli-child-add-about = Agregar un hijo
cli-child-name-help = El nombre del niño
cli-child-birth-help = Fecha de nacimiento (p. ej., 2025-04-01)
cli-child-list-about = Listar los hijos registrados
cli-child-list-json-help = Imprimir un arreglo JSON legible por máquina (id, name, birth_date)
cli-verify-about = Abrir la libreta existente y comprobar la autenticación del cifrado y la integridad (no crea libreta)
cli-arguments-heading = Argumentos
cli-record-about = Agregar, listar, cambiar, eliminar o restaurar los registros de un hijo (vacunas, mediciones, logros, notas, alergias, enfermedades, nacimiento, controles, controles dentales, pruebas de vista y oído, medicamentos)
cli-record-add-about = Agregar un registro a un hijo
cli-record-list-about = Listar los registros de un hijo, del más antiguo al más reciente
cli-record-edit-about = Cambiar un registro. Las opciones no indicadas conservan su valor actual; un valor vacío ("") borra un campo opcional. La versión anterior queda en el historial del registro
cli-record-delete-about = Eliminar un registro (se puede restaurar dentro de 30 días)
cli-record-restore-about = Restaurar un registro eliminado en los últimos 30 días
cli-record-history-about = Mostrar las versiones anteriores de un registro, de la más antigua a la más reciente
cli-record-vaccination-about = Vacunación
cli-record-measurement-about = Medición (al menos una de estas: peso, talla, perímetro cefálico, perímetro torácico)
cli-record-milestone-about = Logro del desarrollo (primeros pasos, etc.)
cli-record-note-about = Nota libre
cli-record-allergy-about = Alergia (alimento, medicamento, etc.)
cli-record-illness-about = Enfermedad que tuvo
cli-record-child-help = El ID del niño (vea "hagu child list --json")
cli-record-id-help = El ID del registro (vea "hagu record list")
cli-record-kind-help = Solo registros de este tipo
cli-record-deleted-help = Incluir registros eliminados
cli-record-list-json-help = Imprimir un arreglo JSON legible por máquina (formato: docs/export-format.md)
cli-record-history-json-help = Imprimir un arreglo JSON legible por máquina (record_id, change, previous, changed_at)
cli-record-date-help = Fecha (p. ej., 2025-04-01)
cli-record-vaccine-help = ID de la vacuna (p. ej., hib, pcv, mr)
cli-record-dose-help = Número de dosis (1–10)
cli-record-manufacturer-help = Fabricante
cli-record-lot-help = Número de lote
cli-record-facility-help = Clínica u hospital
cli-record-funding-help = Costo: public (vacunación de rutina) o self-paid (vacunación voluntaria, pagada)
cli-record-weight-help = Peso (kg, p. ej., 6.1)
cli-record-height-help = Talla (cm)
cli-record-head-help = Perímetro cefálico (cm)
cli-record-chest-help = Perímetro torácico (cm)
cli-record-what-help = Lo que logró hacer
cli-record-note-help = Una nota breve
cli-record-text-help = El texto de la nota
cli-record-allergy-date-help = Desde cuándo (p. ej., 2025-04-01)
cli-record-substance-help = Causa (alimento, medicamento, etc.)
cli-record-reaction-help = Reacción
cli-record-illness-help = Nombre de la enfermedad
cli-export-about = Exportar toda la libreta como un único JSON. NO está cifrado (formato: docs/export-format.md)
cli-export-json-help = Imprimir en JSON (obligatorio; por ahora es el único formato)
cli-export-output-help = Escribir en este archivo en lugar de la salida estándar (se crea con permiso solo para usted)
cli-import-about = Restaurar una exportación JSON en una libreta vacía (si no existe, la crea). Se importa todo o nada
cli-import-json-help = El archivo es una exportación JSON (obligatorio; por ahora es el único formato)
cli-import-file-help = El archivo exportado; - lo lee de la entrada estándar
cli-after-help =
    Variables de entorno:
      HAGUKUMI_PASSPHRASE  Frase de contraseña (cuando no se usa el llavero del sistema)
      HAGUKUMI_LANG        Idioma de la interfaz (ja, ja-x-easy, en, zh-Hans, ko, vi,
                           pt-BR, ne, tl, id, th, es)

    Códigos de salida:
      0  Éxito
      1  Otro error (no se pudo leer o escribir un archivo, almacenamiento del dispositivo lleno, etc.)
      2  Uso incorrecto del comando
      3  Entrada no válida (no se guardó nada). Incluye niño o registro inexistente, deshacer una eliminación de hace más de 30 días, exportación que no se puede importar, frase de contraseña de menos de 12 caracteres, código de recuperación con errores, copia de seguridad que no se puede restaurar aquí
      4  No se puede abrir la libreta (no existe, clave incorrecta, no son datos de Hagukumi, clave no encontrada, sin llavero ni frase de contraseña, se necesita frase de contraseña, el código de recuperación no la abre, la libreta se movió de esta carpeta)
      5  Libreta escrita por una versión más nueva de Hagukumi
      6  Libreta dañada (por ejemplo, cuando verify encuentra problemas) o copia de seguridad dañada
cli-usage-error = Uso incorrecto del comando. Vea "hagu --help".

## The handbook

cli-init-created = Libreta creada: { $path }
cli-init-exists = La libreta ya existe y se abrió sin problemas: { $path }
cli-key-os = Clave guardada en: almacén de credenciales del sistema (llavero)
cli-key-passphrase = Clave guardada en: frase de contraseña (variable de entorno HAGUKUMI_PASSPHRASE)
cli-no-handbook = No hay libreta en { $path }. Créela primero con "hagu init".
cli-no-data-dir = No se puede determinar la carpeta de datos. Indíquela con --data-dir.

## Children

cli-child-line = { $name }  nació el { $birth }  { $age }
cli-child-added = Hijo agregado: { $child }
cli-child-none = Todavía no hay hijos registrados. Agregue uno con "hagu child add".
cli-age-unknown = edad desconocida
cli-field-error = { $field }: { $message }
cli-nothing-saved = No se guardó nada.

## Verify

cli-verify-ok = La libreta está en buen estado: { $path }
cli-verify-schema = Versión del esquema: { $version }
cli-verify-cipher = Versión de SQLCipher: { $version }
cli-verify-problems = { $count ->
        [one] Se encontró { $count } problema en la libreta: { $path }
       *[other] Se encontraron { $count } problemas en la libreta: { $path }
    }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (eliminado; se puede restaurar hasta el { $until })
cli-record-mark-gone = (eliminado)
cli-datetime = { $date } { $time }
cli-record-none = Todavía no hay registros. Agregue uno con "hagu record add".
cli-record-added = Registro #{ $id } de { $name } agregado: { $entry }
cli-record-edited = Registro #{ $id } cambiado: { $entry }
cli-record-deleted = Registro #{ $id } eliminado. Se puede restaurar hasta el { $until } con "hagu record restore { $id }".
cli-record-restored = Registro #{ $id } restaurado: { $entry }
cli-record-no-child = No hay ningún niño con el ID { $id }. Vea "hagu child list --json". No se cambió nada.
cli-record-no-record = No hay ningún registro con el ID { $id }. Vea "hagu record list". No se cambió nada.
cli-record-kind-mismatch = El registro #{ $id } es de tipo { $kind }; cámbielo con "hagu record edit { $id } { $kind } …". No se cambió nada.
cli-record-is-deleted = El registro #{ $id } está eliminado. Restáurelo primero con "hagu record restore { $id }". No se cambió nada.
cli-record-already-deleted = El registro #{ $id } ya está eliminado. No se cambió nada.
cli-record-not-deleted = El registro #{ $id } no está eliminado; no hay nada que restaurar.
cli-record-too-old = El registro #{ $id } se eliminó hace más de 30 días y ya no se puede restaurar.
cli-record-official = El registro #{ $id } es un registro oficial del portal y no se puede cambiar ni eliminar.
cli-history-line = { $at }  { $change }. Antes: { $entry }
cli-history-edit = Editado
cli-history-delete = Eliminado
cli-history-restore = Restaurado
cli-history-none = El registro #{ $id } no se ha cambiado.

## Photos on records

cli-photo-about = Agregar, listar, exportar, eliminar o restaurar fotos de los registros de un hijo (JPEG o PNG; se quitan el lugar y otros datos, como en la aplicación)
cli-photo-add-about = Agregar una foto a un registro (JPEG o PNG, hasta 8 MB, hasta 10 por registro). El lugar, la cámara y otros datos se quitan antes de guardarla
cli-photo-list-about = Listar las fotos (ID, registro, formato, tamaño, fecha en que se agregó), de todos los registros o de uno solo
cli-photo-export-about = Escribir una foto en un archivo tal como está guardada en la libreta
cli-photo-delete-about = Eliminar una foto (se puede restaurar dentro de 30 días)
cli-photo-restore-about = Restaurar una foto eliminada en los últimos 30 días
cli-photo-file-help = El archivo de la foto (JPEG o PNG)
cli-photo-output-help = Archivo de destino ("-" es la salida estándar). Un archivo con el mismo nombre se reemplaza
cli-photo-id-help = El ID de la foto (vea "{ $command } list")
cli-photo-list-record-help = Solo las fotos de este registro
cli-photo-list-deleted-help = Incluir fotos eliminadas
cli-photo-list-json-help = Imprimir un arreglo JSON legible por máquina (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = Foto #{ $id } agregada al registro #{ $record } ({ $mime }, { $size } bytes). Se quitaron el lugar y otros datos.
cli-photo-line = #{ $id }  registro #{ $record }  { $mime }  { $size } bytes  agregada el { $at }
cli-photo-none = Todavía no hay fotos. Agregue una con "{ $command } add".
cli-photo-exported = Foto #{ $id } ({ $mime }, { $size } bytes) escrita en: { $path }
cli-photo-deleted = Foto #{ $id } eliminada. Se puede restaurar hasta el { $until } con "{ $command } restore { $id }".
cli-photo-restored = Foto #{ $id } del registro #{ $record } restaurada.
cli-photo-already-deleted = La foto #{ $id } ya está eliminada. No se cambió nada.
cli-photo-not-deleted = La foto #{ $id } no está eliminada; no hay nada que restaurar.
cli-photo-too-old = La foto #{ $id } se eliminó hace más de 30 días y ya no se puede restaurar.
cli-photo-is-deleted = La foto #{ $id } está eliminada. Restáurela primero con "{ $command } restore { $id }". No se escribió nada.
cli-photo-no-photo = No hay ninguna foto con el ID { $id }. Vea "{ $command } list". No se cambió nada.
cli-photo-not-theirs = El registro #{ $record } no es de { $name }. No se guardó nada.
cli-photo-cannot-read = No se puede leer { $path }: { $detail }

## Export and import

cli-export-plaintext = Atención: la exportación NO está cifrada. Quien pueda leerla podrá leer toda la libreta. Guárdela con cuidado y bórrela cuando ya no la necesite.
cli-export-written = Exportación escrita: { $path }
cli-export-cannot-write = No se puede escribir en { $path }: { $detail }
cli-import-cannot-read = No se puede leer { $path }: { $detail }
cli-import-too-large = { $path } es demasiado grande (límite de { $limit } MB). Una exportación de Hagukumi no llega a ese tamaño. Revise que sea el archivo correcto.
cli-import-not-json = No es un documento JSON: { $detail }
cli-import-not-an-export = No es una exportación de Hagukumi ("format" no es "hagukumi-export").
cli-import-version = El formato de esta exportación es la versión { $version }. Este hagu lee la versión { $supported }. Actualice Hagukumi.
cli-import-invalid = La exportación es incoherente o está dañada: { $detail }
cli-import-not-empty = La libreta en { $path } ya tiene datos. Una exportación solo se puede importar en una libreta vacía (por ejemplo, un --data-dir nuevo).
cli-import-nothing = No se importó nada.
cli-import-done = Importado en { $path }: { $children ->
        [one] { $children } hijo
       *[other] { $children } hijos
    }, { $pregnancies ->
        [one] { $pregnancies } embarazo
       *[other] { $pregnancies } embarazos
    }, { $records ->
        [one] { $records } registro
       *[other] { $records } registros
    }
cli-import-unverified = { $count ->
        [one] { $count } dato oficial no pudo verificarse por su firma y entró como registro suyo
       *[other] { $count } datos oficiales no pudieron verificarse por su firma y entraron como registros suyos
    } (se pueden editar y eliminar; la próxima sincronización los vuelve a traer del portal).
cli-import-reference-portal-help = Verificar también los datos oficiales con la clave de desarrollo del portal de referencia (para demostraciones y pruebas)

## hagu schedule / hagu summary

cli-schedule-about = Mostrar el calendario de vacunas y controles de salud (texto, JSON o ICS para calendario)
cli-schedule-child-help = Solo este niño (por defecto: todos)
cli-schedule-as-of-help = Calcular tomando esta fecha como "hoy" (p. ej., 2026-12-01)
cli-schedule-json-help = Imprimir en JSON (formato: docs/cli-schedule.md)
cli-schedule-ics-help = Imprimir en formato iCalendar (.ics), que se puede importar en un calendario
cli-schedule-person = { $name }
cli-summary-about = Generar el resumen para la consulta (HTML de una página)
cli-summary-child-help = El ID del niño del resumen
cli-summary-output-help = Escribir en este archivo en lugar de la salida estándar
cli-summary-written = Resumen para la consulta escrito (el archivo NO está cifrado; manéjelo con cuidado)

## hagu sync
cli-sync-about = Recibir registros oficiales del portal (tipo Mynaportal). Sin subcomando, sincroniza ahora
cli-sync-portal-help = La dirección del portal (por defecto: el portal ya conectado)
cli-sync-reference-portal-help = Usar el portal de referencia (clave de desarrollo, datos ficticios) (para demostraciones y pruebas)
cli-sync-reference-hint = Para conectarse al portal de referencia (desarrollo, datos ficticios), agregue --reference-portal.
cli-sync-page-limit-help = Cuántos elementos recibir cada vez (1–200)
cli-sync-json-help = Imprimir en JSON legible por máquina
cli-sync-connect-about = Conectarse al portal (abra en el navegador la dirección que se muestra y dé su consentimiento)
cli-sync-timeout-help = Segundos de espera del consentimiento en el navegador
cli-sync-status-about = Mostrar el estado de la sincronización (última sincronización, pendientes de envío, registros por revisar)
cli-sync-official-about = Listar los registros oficiales recibidos del portal
cli-sync-child-help = El número del niño
cli-sync-resolve-about = Cuando un registro del portal y uno suyo no coinciden, decidir cuál conservar
cli-sync-resolve-id-help = El ID del registro del portal (lo muestra "hagu sync official")
cli-sync-keep-mine-help = Conservar su registro
cli-sync-use-official-help = Usar el registro del portal (el suyo queda como eliminado y se puede restaurar durante 30 días)
cli-sync-questionnaire-about = Poner en cola un cuestionario previo a la vacunación (se envía en la próxima sincronización)
cli-sync-vaccine-help = ID de la vacuna (p. ej., mr)
cli-sync-date-help = Fecha prevista de la vacunación
cli-sync-temperature-help = Temperatura (°C)
cli-sync-answer-help = Respuesta a una pregunta (p. ej., feels-well=yes). Responda todas las preguntas
cli-sync-note-help = Algo que quiera decir al médico
cli-sync-disconnect-about = Desconectarse del portal y retirar el consentimiento (los registros recibidos se conservan)
cli-sync-open-this = Abra esta dirección en el navegador y dé su consentimiento para los elementos a compartir:
cli-sync-browser-done = La conexión con Hagukumi se completó. Cierre esta página y vuelva a la terminal.
cli-sync-connected = Conectado a { $portal } (elementos consentidos: { $scopes }). Reciba los datos con "hagu sync".
cli-sync-scope-questionnaires = envío de cuestionarios previos a la vacunación
cli-sync-done = Sincronizado: { $added } registros nuevos, { $linked } iguales a los suyos, { $conflicts } por revisar, { $updated } actualizados, { $unchanged } sin cambios, { $sent } enviados
cli-sync-conflicts-waiting = { $count ->
        [one] { $count } registro oficial no coincide con el suyo
       *[other] { $count } registros oficiales no coinciden con los suyos
    }. Revíselos con "hagu sync official" y decida con "hagu sync resolve".
cli-sync-connect-hint = Conéctese con "hagu sync connect --portal URL".
cli-sync-never = todavía no
cli-sync-status-line = Portal: { $portal }   Última sincronización: { $last }   Pendientes de envío: { $pending }   Por revisar: { $conflicts }
cli-sync-last-error = Última sincronización: { $error }
cli-sync-no-official = Todavía no ha llegado ningún registro del portal.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } { $dose }.ª dosis
cli-sync-item-checkup = Control de salud ({ $kind })
cli-sync-item-certificate = { $name } (número del pagador público { $payer }, número del beneficiario { $recipient }, hasta el { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = agregado como registro oficial
cli-sync-state-linked = igual a su registro
cli-sync-state-conflict = por revisar
cli-sync-state-kept-mine = se conservó su registro
cli-sync-state-info = de referencia
cli-sync-no-conflict = No se encontró el registro por revisar { $id }. No se cambió nada.
cli-sync-questions = IDs de las preguntas: { $ids }
cli-sync-queued = Cuestionario en cola (#{ $id }). Se enviará en la próxima sincronización.
cli-sync-disconnected = Desconectado del portal y consentimiento retirado. Los registros recibidos siguen en la libreta.

## Recovery code and backups

cli-recovery-code-about = Volver a mostrar el código de recuperación de la libreta (este código abre la libreta en cualquier dispositivo)
cli-recover-about = Abrir con el código de recuperación una libreta cuya clave se perdió y guardar la clave en el almacén de credenciales de este dispositivo (si HAGUKUMI_PASSPHRASE está definida, la libreta queda protegida con esa nueva frase de contraseña)
cli-backup-about = Escribir en un solo archivo una copia de seguridad cifrada de toda la libreta (sellada con el código de recuperación)
cli-backup-output-help = Escribir la copia de seguridad en este archivo (por defecto: hagukumi-fecha-hora.hagukumi-backup en la carpeta actual)
cli-restore-about = Restaurar la libreta desde un archivo de copia de seguridad (se comprueba todo antes de reemplazar nada)
cli-restore-file-help = El archivo de copia de seguridad (.hagukumi-backup)
cli-recovery-code-flag-help = El código de recuperación (si no se indica, se pedirá)
cli-recovery-code-line = Código de recuperación: { $code }
cli-recovery-code-advice = Copie este código en papel y guárdelo en un lugar seguro, separado de este dispositivo. Para abrir la libreta en un teléfono o computadora nuevos, o si se pierde la clave, solo este código puede ayudarle.
cli-recovery-code-new = Esta libreta ya tiene código de recuperación. Se muestra aquí solo una vez (puede volver a verlo con "hagu recovery-code").
cli-recovery-code-prompt = Código de recuperación:
cli-recovery-code-required = Indique el código de recuperación con --recovery-code (no hay terminal para escribirlo). No se cambió nada.
cli-recover-done = La libreta se puede abrir de nuevo: { $path }. La clave se guardó en el almacén de credenciales de este dispositivo.
cli-recover-done-passphrase = La libreta se puede abrir de nuevo: { $path }. A partir de ahora se abre con la nueva frase de contraseña de HAGUKUMI_PASSPHRASE (la anterior ya no sirve).
cli-backup-written = Copia de seguridad cifrada escrita: { $path } ({ $size } bytes). Sin el código de recuperación no se puede abrir.
cli-restore-done = Libreta restaurada desde la copia de seguridad del { $created }: { $path }
cli-hint-init-new = Para crear aquí una libreta nueva: hagu init --new
cli-hint-recover = Para abrirla con el código de recuperación: hagu recover
cli-hint-restore = Para restaurar desde una copia de seguridad: hagu restore ARCHIVO
cli-hint-open-moved = Para abrirla donde está ahora: hagu --data-dir CARPETA …
