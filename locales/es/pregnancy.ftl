# Hagukumi — Español (es), pregnancy.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Pregnancy records and postnatal checkups

## Record kinds (PregnancyRecordKind, pregnancy-kind-<kind>)

pregnancy-kind-notification = Notificación del embarazo (妊娠の届出)
pregnancy-kind-prenatal-visit = Control prenatal
pregnancy-kind-dental = Control dental de la embarazada
pregnancy-kind-class = Clase para padres y madres
pregnancy-kind-environment = Notas sobre el trabajo y la vida diaria
pregnancy-kind-postnatal-checkup = Control posparto
pregnancy-kind-vaccination = Vacunación durante el embarazo

## The pregnancy's screen

pregnancy-records = Registros
error-no-such-pregnancy = No se encontró este embarazo.
pregnancy-no-records = Todavía no hay registros. Use el formulario de abajo para registrar los controles prenatales o el día en que notificó el embarazo.
pregnancy-date-week = Este día: { $week }
pregnancy-stat-blood-pressure = Presión arterial
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = En mmHg (p. ej., máxima 112, mínima 70)
pregnancy-epds-field-hint = Puntuación total de la Escala de Depresión Posnatal de Edimburgo (EPDS), de 0 a 30
# Shown gently under a postnatal checkup whose EPDS is 9 or more (core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD)
pregnancy-epds-hint = Después del parto, el cuerpo y el ánimo están más sensibles. Si algo le preocupa o quiere hablar, no lo cargue sola: consulte con confianza a una partera, a una enfermera de salud pública o al centro de apoyo a la crianza de su municipio (子育て世代包括支援センター / こども家庭センター).

## Choices

pregnancy-method-last-period = Por la última menstruación
pregnancy-method-ultrasound = Por ecografía
pregnancy-method-other = Otro
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (negativo)
pregnancy-urine-trace-option = ± (trazas)
pregnancy-urine-plus1-option = + (positivo)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (ninguna)
pregnancy-edema-plus1-option = + (presente)
pregnancy-edema-plus2-option = ++ (marcada)
pregnancy-heart-present = Latido escuchado
pregnancy-heart-absent = Latido no detectado
pregnancy-heart-not-checked = Latido no revisado
pregnancy-timing-two-weeks = Control posparto de 2 semanas
pregnancy-timing-one-month = Control posparto de 1 mes
pregnancy-timing-other = Otro control posparto

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = peso { $value } kg
pregnancy-value-lot = Lote { $lot }
pregnancy-value-blood-pressure = PA { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = proteína en orina { $value }
pregnancy-value-urine-sugar = glucosa en orina { $value }
pregnancy-value-edema = hinchazón { $value }
pregnancy-value-fundal-height = altura uterina { $value } cm
pregnancy-value-abdominal-girth = circunferencia abdominal { $value } cm
pregnancy-value-heart-rate = latido { $bpm }/min
pregnancy-value-method = fecha probable determinada: { $method }
pregnancy-value-epds = EPDS { $score ->
    [one] { $score } punto
   *[other] { $score } puntos
}

## hagu pregnancy (command line)

cli-pregnancy-about = Agregar y listar embarazos y sus registros (controles prenatales y posparto, …)
cli-pregnancy-add-about = Agregar un embarazo
cli-pregnancy-label-help = Un apodo (p. ej., segundo hijo; opcional)
cli-pregnancy-expected-help = La fecha probable de parto (p. ej., 2027-03-01)
cli-pregnancy-list-about = Listar los embarazos de la libreta
cli-pregnancy-list-json-help = Imprimir un arreglo JSON legible por máquina (id, label, expected_date)
cli-pregnancy-record-about = Agregar, listar, cambiar, eliminar o restaurar los registros de un embarazo y del posparto de la madre
cli-pregnancy-record-add-about = Agregar un registro a un embarazo
cli-pregnancy-record-list-about = Listar los registros de un embarazo, del más antiguo al más reciente
cli-pregnancy-record-edit-about = Cambiar un registro. Las opciones no indicadas conservan su valor; un valor vacío ("") borra un campo opcional. La versión anterior queda en el historial del registro
cli-pregnancy-record-delete-about = Eliminar un registro (se puede restaurar dentro de 30 días)
cli-pregnancy-record-restore-about = Restaurar un registro eliminado en los últimos 30 días
cli-pregnancy-record-history-about = Mostrar las versiones anteriores de un registro, de la más antigua a la más reciente
cli-pregnancy-record-notification-about = La notificación del embarazo
cli-pregnancy-record-prenatal-visit-about = Un control prenatal (la semana se calcula con la fecha y la fecha probable de parto)
cli-pregnancy-record-dental-about = Un control dental durante el embarazo
cli-pregnancy-record-vaccination-about = Una vacunación durante el embarazo (p. ej., la vacuna materna contra el VRS)
cli-pregnancy-record-class-about = Una clase para padres y madres
cli-pregnancy-record-environment-about = Una nota sobre el trabajo y el entorno de vida
cli-pregnancy-record-postnatal-checkup-about = Un control posparto de la madre
cli-pregnancy-pregnancy-help = El ID del embarazo (vea "hagu pregnancy list --json")
cli-pregnancy-record-id-help = El ID del registro (vea "hagu pregnancy record list")
cli-pregnancy-kind-help = Solo registros de este tipo
cli-pregnancy-deleted-help = Incluir registros eliminados
cli-pregnancy-record-list-json-help = Imprimir un arreglo JSON legible por máquina (formato: docs/export-format.md)
cli-pregnancy-history-json-help = Imprimir un arreglo JSON legible por máquina (record_id, change, previous, changed_at)
cli-pregnancy-date-help = Fecha (p. ej., 2026-11-24)
cli-pregnancy-notification-date-help = El día de la notificación (p. ej., 2026-07-10)
cli-pregnancy-method-help = Cómo se determinó la fecha probable de parto: last-period (última menstruación), ultrasound (ecografía) u other
cli-pregnancy-weight-help = Peso en kg (p. ej., 58.4)
cli-pregnancy-systolic-help = Presión arterial máxima (mmHg)
cli-pregnancy-diastolic-help = Presión arterial mínima (mmHg)
cli-pregnancy-urine-protein-help = Proteína en orina: - ± + ++ +++ (o negative, trace, plus1, plus2, plus3)
cli-pregnancy-urine-sugar-help = Glucosa en orina: - ± + ++ +++ (o negative, trace, plus1, plus2, plus3)
cli-pregnancy-edema-help = Hinchazón: - + ++ (o negative, plus1, plus2)
cli-pregnancy-fundal-height-help = Altura uterina en cm
cli-pregnancy-abdominal-girth-help = Circunferencia abdominal en cm
cli-pregnancy-fetal-heart-help = Latido del bebé: present (escuchado), absent (no detectado) o not-checked (no revisado)
cli-pregnancy-heart-rate-help = Frecuencia cardíaca del bebé (latidos por minuto)
cli-pregnancy-notes-help = Una nota
cli-pregnancy-facility-help = Clínica u hospital
cli-pregnancy-vaccine-help = ID de la vacuna (p. ej., rsv-maternal)
cli-pregnancy-lot-help = Número de lote
cli-pregnancy-findings-help = Observaciones
cli-pregnancy-class-name-help = El nombre de la clase
cli-pregnancy-text-help = La nota
cli-pregnancy-timing-help = Qué control: two-weeks (2 semanas después del parto), one-month (1 mes después del parto) u other
cli-pregnancy-epds-help = Puntuación total de la EPDS (0 a 30)
cli-pregnancy-line = #{ $id }  { $title }  fecha probable { $expected }  { $status }
cli-pregnancy-added = Embarazo agregado: { $pregnancy }
cli-pregnancy-none = Todavía no hay embarazos. Agregue uno con "hagu pregnancy add".
cli-pregnancy-record-added = Registro #{ $id } agregado ({ $title }): { $entry }
cli-pregnancy-record-edited = Registro #{ $id } cambiado: { $entry }
cli-pregnancy-record-deleted = Registro #{ $id } eliminado. Se puede restaurar hasta el { $until } con "hagu pregnancy record restore { $id }".
cli-pregnancy-record-restored = Registro #{ $id } restaurado: { $entry }
cli-pregnancy-record-none = No hay registros. Agregue uno con "hagu pregnancy record add".
cli-pregnancy-no-pregnancy = No hay embarazo con el ID { $id }. Vea "hagu pregnancy list --json". No se cambió nada.
cli-pregnancy-no-record = No hay registro de embarazo con el ID { $id }. Vea "hagu pregnancy record list". No se cambió nada.
cli-pregnancy-record-kind-mismatch = El registro #{ $id } es de tipo { $kind }; cámbielo con "hagu pregnancy record edit { $id } { $kind } …". No se cambió nada.
cli-pregnancy-record-is-deleted = El registro #{ $id } está eliminado. Restáurelo primero con "hagu pregnancy record restore { $id }". No se cambió nada.
cli-pregnancy-record-already-deleted = El registro #{ $id } ya está eliminado. No se cambió nada.
cli-pregnancy-record-not-deleted = El registro #{ $id } no está eliminado; no hay nada que restaurar.
cli-pregnancy-record-too-old = El registro #{ $id } se eliminó hace más de 30 días y ya no se puede restaurar.
cli-pregnancy-photo-about = Agregar, listar, exportar, eliminar o restaurar las fotos de los registros del embarazo y del posparto (JPEG o PNG; se quitan el lugar y otros datos, como en la aplicación)
cli-pregnancy-photo-not-theirs = El registro #{ $record } no es uno de los registros de "{ $title }". No se guardó nada.
cli-pregnancy-history-none = El registro #{ $id } no se ha cambiado.
