# Hagukumi — Español (es). Machine-assisted translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = Libreta de Salud Materno-Infantil
app-loading = Cargando…

## Dates and ages

date = { $day } de { $monthName } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
age = { $years ->
        [one] { $years } año
       *[other] { $years } años
    } { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
gestational-age = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } y { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de embarazo

## Home

home-children = Hijos
home-pregnancies = Embarazos
home-empty = Todavía no hay nadie registrado. Agregue un hijo o un embarazo con los formularios de abajo.
child-born = Nació el { $date }
child-age-label = Edad
pregnancy-untitled = Bebé en camino
pregnancy-expected = Fecha probable de parto: { $date }
pregnancy-days-left = { $days ->
        [one] Falta { $days } día para la fecha probable de parto
       *[other] Faltan { $days } días para la fecha probable de parto
    }
pregnancy-due-today = Hoy es la fecha probable de parto
pregnancy-past-due = { $days ->
        [one] { $days } día después de la fecha probable de parto
       *[other] { $days } días después de la fecha probable de parto
    }
pregnancy-not-started = El embarazo todavía no ha comenzado

## Forms

form-child-title = Agregar un hijo
form-child-name = Nombre
form-child-name-placeholder = p. ej., Hanako
form-child-birth = Fecha de nacimiento
form-pregnancy-title = Agregar un embarazo
form-pregnancy-label = Apodo (opcional)
form-pregnancy-label-placeholder = p. ej., Segundo hijo
form-pregnancy-expected = Fecha probable de parto
form-date-placeholder = p. ej., 2025-04-01
form-date-hint = Año-mes-día (también sirve 2025/4/1)
form-submit-child = Agregar hijo
form-submit-pregnancy = Agregar embarazo
form-saving = Guardando…
form-saved-child = Se agregó a { $name }
form-saved-pregnancy = Se agregó el embarazo


## A child's screen and records

child-back = ‹ Inicio
child-records = Registros
child-no-records = Todavía no hay registros. Use el formulario de abajo para registrar una medición o una vacuna.
child-deleted = Eliminados recientemente ({ $count }; se pueden restaurar dentro de 30 días)
record-add-title = Agregar un registro
record-submit = Guardar registro
record-saved = Se guardó: { $kind }
record-delete = Eliminar
record-deleted = Registro eliminado.
record-undo = Deshacer
records-more = Ver registros anteriores
record-edit = Editar
record-edit-title = Editar registro
record-edit-submit = Guardar cambios
record-edit-cancel = Dejar de editar
record-edited = Se cambió: { $kind }
record-history = Historial
record-history-title = Versiones anteriores
record-history-empty = Todavía no hay cambios
record-history-loading = Cargando…
record-change-edit = Editado
record-change-delete = Eliminado
record-change-restore = Restaurado
record-history-before = Antes: { $summary }
record-restored = Registro restaurado
record-kind-measurement = Medición
record-kind-vaccination = Vacunación
record-kind-milestone = Logro del desarrollo
record-kind-note = Nota
record-kind-allergy = Alergia
record-kind-illness = Enfermedad
record-allergy-substance = Causa (alimento, medicamento, …)
record-allergy-reaction = Reacción (opcional)
record-illness-name = Nombre de la enfermedad
record-before = { $date } { $summary }
record-dose = { $dose }.ª dosis
record-lot = lote { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } { $dose }.ª dosis
record-line-weight = peso { $value } kg
record-line-height = talla { $value } cm
record-line-head = cabeza { $value } cm
record-line-chest = tórax { $value } cm
record-line-separator = {", "}
form-choose = Elija…
funding-public = Vacunación de rutina (con fondos públicos)
funding-self-paid = Vacunación voluntaria (pagada por usted)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = Peso
field-height-short = Talla
field-head-circumference-short = Cabeza
field-chest-circumference-short = Tórax

## Clinic summary

summary-title = Resumen para la consulta: { $name }
summary-as-of = al { $date }
summary-allergies = Alergias
summary-measurements = Últimas mediciones
summary-next-due = Próximos pendientes
summary-vaccinations = Vacunas
summary-illnesses = Enfermedades que ha tenido
summary-none-recorded = Nada registrado
summary-nothing-due = Nada pendiente
summary-rules = Calculado con las reglas versión { $version } (al { $as_of }{ $builtin ->
    [yes] , incluidas en la aplicación
   *[no] , recibidas como actualización
})
summary-since = desde el { $date }
summary-print = Imprimir
summary-open = Resumen para la consulta

## Settings

language-label = Idioma
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (Traducción no revisada)
language-unreviewed-group = Traducción no revisada
language-more = Otros idiomas

## Field names

field-name = Nombre
field-birth-date = Fecha de nacimiento
field-label = Apodo
field-expected-date = Fecha probable de parto
field-date = Fecha
field-vaccine = Vacuna
field-dose = Dosis
field-manufacturer = Fabricante
field-lot = Número de lote
field-facility = Clínica u hospital
field-funding = Costo
field-weight = Peso (kg)
field-height = Talla (cm)
field-head-circumference = Perímetro cefálico (cm)
field-chest-circumference = Perímetro torácico (cm)
field-measurements = Mediciones
field-sex = Sexo
sex-unset = Sin indicar
field-what = Lo que logró hacer
field-text = Nota
field-expected-date-method = Cómo se determinó la fecha probable de parto
field-systolic = Presión arterial (máxima)
field-diastolic = Presión arterial (mínima)
field-urine-protein = Proteína en orina
field-urine-sugar = Glucosa en orina
field-edema = Hinchazón (edema)
field-fundal-height = Altura uterina (cm)
field-abdominal-girth = Circunferencia abdominal (cm)
field-fetal-heart = Latido del bebé
field-fetal-heart-rate = Frecuencia cardíaca (latidos/min)
field-findings = Observaciones del médico
field-class-name = Nombre de la clase
field-checkup-timing = Qué control
field-epds = EPDS (puntuación total)
field-time = Hora de nacimiento
field-gestation-weeks = Semanas de gestación al nacer
field-gestation-days = Días de gestación al nacer (además de las semanas)
field-delivery = Tipo de parto
field-birth-weight = Peso al nacer (g)
field-apgar-1min = Apgar (1 min)
field-apgar-5min = Apgar (5 min)
field-complications = Complicaciones o tratamiento
field-checkup = Control de salud
field-answers = Registro de los padres
field-teeth = Número de dientes
field-caries = Dientes con caries
field-fluoride = Aplicación de flúor
field-screening-test = Prueba
field-screening-result = Resultado
field-end-date = Último día
field-medicine = Nombre del medicamento
field-instructions = Cómo tomarlo y dosis

## Input errors

error-invalid-input = Revise lo que escribió.
error-required = Complete este campo
error-too-long = Use como máximo { $max } caracteres
error-control-characters = Contiene caracteres que no se pueden usar
error-malformed-date = Escriba la fecha en el formato 2025-04-01
error-birth-in-future = La fecha de nacimiento no puede estar en el futuro
error-birth-before-1900 = Escriba una fecha a partir del 1 de enero de 1900
error-expected-too-far = La fecha probable de parto está a más de 280 días de hoy
error-expected-long-past = La fecha probable de parto fue hace más de 4 semanas. Registre al bebé que ya nació con "Agregar un hijo"
error-date-in-future = La fecha no puede estar en el futuro.
error-date-before-birth = La fecha es anterior al nacimiento del niño.
error-malformed-number = Escriba un número (p. ej., 3.25).
error-out-of-range = El valor está fuera del rango posible. Revise la unidad (kg, cm).
error-no-measurement = Escriba al menos uno de estos: peso, talla, perímetro cefálico o torácico.
error-unknown-choice = Elija una de las opciones.
error-blood-pressure-order = La presión mínima debe ser menor que la máxima. Revise que no estén invertidas.
error-date-before-pregnancy = Esta fecha es anterior al comienzo del embarazo. Revise la fecha o la fecha probable de parto.
error-heart-rate-without-heartbeat = Escriba la frecuencia cardíaca solo cuando se escuchó el latido.
error-malformed-time = Escriba la hora en el formato 14:05
error-not-the-birth-date = Use la fecha de nacimiento del niño.
error-not-in-checklist = Hay una respuesta que no corresponde a una pregunta de este control.
error-answered-twice = La misma pregunta tiene dos respuestas.
error-more-than-teeth = Hay más dientes con caries que dientes.
error-end-before-start = Esta fecha es anterior al primer día.

## When the handbook cannot be opened

error-store-cannot-open = No se puede abrir la libreta: la clave es incorrecta o no son datos de Hagukumi. El archivo no se modificó.
error-store-no-key = No hay un almacén de credenciales (llavero del sistema) disponible. Defina una frase de contraseña en la variable de entorno HAGUKUMI_PASSPHRASE y vuelva a iniciar.
error-store-passphrase = Esta libreta está protegida con una frase de contraseña. Defínala en la variable de entorno HAGUKUMI_PASSPHRASE y vuelva a iniciar.
error-store-keystore = Falló el almacén de credenciales del sistema (llavero): { $detail }
error-store-key-missing = No se encuentra la clave de esta libreta. Ábrala con el mismo usuario y el mismo llavero con que se creó, o con su código de recuperación.
error-store-newer = Esta libreta fue creada con una versión más nueva de Hagukumi. Actualice la aplicación.
error-store-io = No se pueden leer ni escribir los archivos de la libreta: { $detail }
error-store-corrupt = Los datos de la libreta están dañados: { $detail }
error-store-full = El almacenamiento del dispositivo está lleno, por eso no se pudo guardar. No se guardó nada (la libreta está como antes). Libere espacio (borre fotos, videos o aplicaciones que ya no use) y vuelva a intentarlo.
error-recovery-code-length = El código de recuperación tiene 28 letras y números, en 7 grupos de 4. Revise que haya escrito todos los grupos.
error-recovery-code-character = El código de recuperación solo usa las letras A–Z (sin I, L, O, U) y los números 0–9. Revise los caracteres que escribió.
error-recovery-code-checksum = El código de recuperación tiene un error de escritura (el último grupo no coincide con los demás). Compare cada grupo con su hoja de recuperación.
error-store-handbook-elsewhere = En esta carpeta había una libreta y su clave todavía está guardada (la libreta se movió o cambió de nombre). No se creó nada. Abra la libreta donde está ahora, o vuelva a poner la carpeta aquí. Si la borró a propósito, puede crear una libreta nueva aquí.
error-store-passphrase-short = La frase de contraseña es demasiado corta: use al menos 12 caracteres (varias palabras sin relación entre sí son fáciles de recordar). No se creó nada.
error-store-in-use = Esta libreta está abierta en la aplicación. Cierre la aplicación y vuelva a intentarlo. No se cambió nada.
error-recovery-wrong-code = Este código de recuperación no abre esta libreta. Compárelo con su hoja de recuperación y vuelva a escribirlo. No se cambió nada.
error-recovery-no-file = El archivo de recuperación (hagukumi.recovery) no está junto a la libreta. Cópielo de nuevo desde el lugar de donde vino la carpeta de la libreta, o restaure una copia de seguridad.
error-recovery-other-handbook = El archivo de recuperación junto a la libreta pertenece a otra libreta. Vuelva a copiar la carpeta completa de la libreta, o restaure una copia de seguridad.
error-recovery-format = El archivo de recuperación está dañado o no tiene el formato de Hagukumi. Restaure una copia de seguridad.
error-backup-not-a-backup = Este archivo no es una copia de seguridad de Hagukumi. Elija un archivo cuyo nombre termine en .hagukumi-backup. No se cambió nada.
error-backup-version = Esta copia de seguridad fue creada con otra versión de Hagukumi. Actualice la aplicación y vuelva a intentarlo. No se cambió nada.
error-backup-damaged = El archivo de copia de seguridad está dañado o incompleto. No se cambió nada. Use otra copia de seguridad o vuelva a copiar este archivo.
error-backup-wrong-code = Este código de recuperación no abre esta copia de seguridad. Compárelo con la hoja de recuperación de la libreta respaldada. No se cambió nada.
error-backup-other-handbook = Esta copia de seguridad es de una libreta distinta a la de esta carpeta. No se cambió nada. Restáurela en una carpeta vacía.
error-backup-no-code = Esta libreta todavía no tiene código de recuperación. Ábrala una vez (se creará el código) y luego vuelva a hacer la copia de seguridad.
error-backup-would-replace-other-file = En el destino ya hay un archivo que no es una copia de seguridad de Hagukumi. Se dejó como estaba y no se escribió nada. Elija otro nombre de archivo u otro lugar.
error-backup-inside-handbook-folder = No se puede guardar una copia de seguridad dentro de la propia carpeta de la libreta (podría reemplazar la libreta o perderse junto con ella). No se escribió nada. Elija otra carpeta, como un disco externo o una carpeta en la nube.
error-backup-folder-missing = No se encuentra la carpeta de las copias de seguridad automáticas (puede que un disco externo o una carpeta en la nube no esté conectado). Vuelva a conectarla o elija otra carpeta en la pantalla de copias de seguridad. Hasta entonces no se guardará ninguna copia automática.
error-no-such-child = No se encontró a este niño.
error-no-such-record = No se encontró este registro.
error-cannot-restore = Se eliminó hace más de 30 días y ya no se puede restaurar.
error-birth-already-recorded = Este niño ya tiene un registro de nacimiento (uno por niño). Para reescribirlo, elimine primero el registro actual y luego agregue el nuevo.
photo-count = Fotos ({ $count })
photo-add = Agregar una foto
photo-delete = Eliminar foto
photo-deleted = Eliminada (se puede restaurar dentro de 30 días)
photo-alt = Foto del registro
photo-privacy = Se quitan el lugar donde se tomó y otros datos; la foto se guarda dentro de la libreta cifrada.
error-photo-format = Solo se pueden agregar fotos JPEG o PNG.
error-photo-malformed = El archivo de la foto está dañado o incompleto.
error-photo-too-large = La foto es demasiado grande (hasta 8 MB).
error-photo-too-many = No se pueden agregar más fotos a este registro (hasta 10).
error-photo-too-many-pixels = La foto tiene demasiados píxeles (hasta 64 megapíxeles). Compártala o guárdela en un tamaño menor desde el teléfono y vuelva a agregarla.
error-no-such-photo = No se encontró esta foto.
error-photo-cannot-restore = Esta foto se eliminó hace más de 30 días y ya no se puede restaurar.
error-internal = Ocurrió un error inesperado: { $detail }
error-retry-hint = Si reiniciar la aplicación no lo soluciona, haga una copia de la carpeta de datos y comuníquese con soporte.

## The schedule on screen

schedule-next-title = Lo próximo para su familia
schedule-plan-title = Vacunas y controles de salud
schedule-none = Por ahora no hay nada pendiente.
schedule-month = { $month }/{ $year }
schedule-why = Detalles
schedule-closing-soon = El período gratuito (con fondos públicos) termina pronto.
schedule-record-given = Aplicada
schedule-record-save = Guardar
schedule-record-cancel = Cancelar
schedule-status-done = Hecho
schedule-status-due-now = Ahora
schedule-status-upcoming = Próximo
schedule-status-overdue = Atrasado
schedule-status-missed = Fuera del período gratuito
schedule-status-not-eligible = No le corresponde
schedule-status-funded-window-missed = Pasó el período gratuito (ahora es vacunación voluntaria, pagada)
schedule-when-done = hecho el { $date }
schedule-when-due = se puede hacer ahora
schedule-when-due-by = se puede hacer ahora (lo habitual: antes del { $date })
schedule-when-from = desde el { $date }
schedule-when-overdue = pasó el momento habitual; conviene hacerlo pronto
schedule-when-overdue-funded = pasó el momento habitual (gratis hasta el { $date })
ics-calendar-name = Hagukumi – vacunas y controles de salud

## Reminders (local notifications) and their settings
field-days-before-open = Cuántos días antes avisar cuando empieza el período
field-days-before-close = Cuántos días antes avisar cuando termina el período gratuito
field-temperature = Temperatura (°C)
error-days-out-of-range = Escriba un número de días de 0 a 60
field-program = Programa
field-benefit-state = Estado
field-deadline = Plazo
field-payment-date = Fecha del próximo pago
field-payment-amount = Monto del próximo pago (yenes)
field-guardian = Nombre del tutor
field-children = Hijos para los que se solicita
error-individual-number = No se puede escribir un número de 12 dígitos como el My Number (マイナンバー). Hagukumi nunca maneja el My Number; borre el número
field-stars = Valoración (estrellas)
error-stars-out-of-range = La valoración es de 1 a 5 estrellas (o ninguna)
reminder-opening-title = Se acerca el momento de: { $item }
reminder-opening-body = { $who } puede recibir { $item } a partir del { $date }. Cuando le venga bien, piense en pedir una cita.
reminder-closing-title = El período gratuito de { $item } termina pronto
reminder-closing-body = { $who } puede recibir { $item } gratis hasta el { $date } ({ $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }). Si todavía no lo hizo, puede consultar en su clínica.
reminder-digest-title = Este mes para su familia
reminder-digest-body = { $count ->
        [one] Hay { $count } cosa prevista este mes.
       *[other] Hay { $count } cosas previstas este mes.
    }
reminder-digest-line = { $who }: { $item } (hacia el { $date })
reminder-settings-title = Recordatorios
reminder-settings-open = Cuántos días antes avisar cuando empieza el período
reminder-settings-close = Cuántos días antes avisar cuando termina el período gratuito
reminder-settings-note = De 0 a 60 días. El día 1 de cada mes también recibirá lo previsto para su familia ese mes.
reminder-settings-save = Guardar
reminder-settings-saved = Guardado
