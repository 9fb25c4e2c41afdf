# Hagukumi — Español (es), hoiku.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## The hoiku-index simulator screen (one question at a time) and the April intake checklist (screen and hagu nursery checklist).

hoiku-sim-link = Simular el índice de prioridad para guardería (保育指数)
hoiku-back = ‹ Volver a la búsqueda de guarderías
hoiku-sim-title = Simulación del índice de prioridad para guardería (保育指数)
hoiku-sim-intro = Responda una pregunta a la vez y los puntos de la familia se calcularán con la tabla publicada por el municipio. No garantiza una plaza: quien decide es el municipio.
hoiku-q-municipality = ¿En qué municipio va a presentar la solicitud?
# $municipality is its name, $year the table's fiscal year (令和7年度, …).
hoiku-municipality-option = { $municipality } (tabla de { $year })
hoiku-q-guardians = ¿Cuántos tutores hay?
hoiku-guardians-one = Uno
hoiku-guardians-two = Dos
hoiku-q-situation = ¿Cuál es la situación del tutor { $guardian }?
hoiku-option-not-in-table = no está en esta tabla
hoiku-q-hours = ¿Cuántas horas por semana tiene el tutor { $guardian } ({ $situation })?
hoiku-q-days = ¿Cuántos días al mes tiene el tutor { $guardian } ({ $situation })?
hoiku-q-detail = ¿Qué corresponde al tutor { $guardian } ({ $situation })?
hoiku-q-household = Elija todo lo que corresponda a la familia (o nada, y siga).
hoiku-household-none-in-table = Esta tabla no tiene filas de ajuste (no se encontraron). Elegir una no cuenta en el total.
hoiku-option-points = ({ $signed } puntos)
hoiku-hours-label = Horas por semana
hoiku-days-label = Días al mes
hoiku-next = Siguiente
hoiku-back-step = Volver un paso
hoiku-restart = Empezar de nuevo
hoiku-answer-hours = { $hours } horas por semana
hoiku-answer-days = { $days } días al mes
hoiku-answer-none = Ninguno
hoiku-result-title = Resultado de la simulación
# $source is the table's source, $year its fiscal year.
hoiku-line-source = Fuente: { $source } ({ $year })
hoiku-result-promise = Simulación hecha con la tabla publicada. No garantiza una plaza.
hoiku-whatif-title = ¿Y si…?
hoiku-whatif-intro = Elija una opción y el total cambiado aparece junto al total de sus respuestas.
hoiku-tweak-hours = Si el tutor { $guardian } pasa de { $from } a { $to } horas por semana
hoiku-tweak-days = Si el tutor { $guardian } pasa de { $from } a { $to } días al mes
hoiku-tweak-add = Si además hay "{ $rule }"
hoiku-whatif-none = Con esta tabla, nada cambiaría los puntos.
hoiku-whatif-compare = Sus respuestas { $before } puntos → y si { $after } puntos ({ $difference ->
    [0] sin cambio
   *[other] { $signed }
})
hoiku-tie-none = Esta tabla no tiene un orden de desempate que se pueda calcular.
hoiku-past-none = Los puntos mínimos de admisión del año pasado por guardería y grupo no están en las fuentes de esta simulación, por eso no se muestran.
hoiku-flow-error-detail = Esa respuesta no es una de las opciones de esta pregunta.
hoiku-flow-error-unexpected = Esa respuesta no corresponde a esta pregunta.
hoiku-flow-error-extra = Hay más respuestas que preguntas.

hoiku-checklist-title = Lista de verificación de la solicitud para el ingreso de abril
# $municipality is its name, $year the fiscal year (令和9年度, …), $date the intake day.
hoiku-checklist-heading = { $municipality }, ingreso de abril de { $year } ({ $date })
hoiku-checklist-periods = Períodos de solicitud y plazos
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: hasta el { $until }
hoiku-checklist-days-left = { $days ->
    [0] hoy es el último día
    [one] queda { $days } día
   *[other] quedan { $days } días
}
hoiku-checklist-passed = el plazo ya pasó
hoiku-checklist-documents = Documentos ({ $checked } de { $total } listos)
hoiku-checklist-for = para el tutor en: { $situation }
hoiku-checklist-as-of = Información al { $date }
hoiku-checklist-source = Fuente: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = No hay lista de verificación de solicitud para este municipio.
hoiku-checklist-error-document = Ese documento no está en esta lista de verificación. No se cambió nada.
hoiku-checklist-error-data = No se puede leer la lista de verificación de solicitud: { $detail }
hoiku-checklist-unknown = No hay lista de verificación de solicitud para el municipio { $code } (hay: { $known }).
cli-nursery-checklist-about = Períodos de solicitud, plazos y documentos para el ingreso de abril
cli-nursery-checklist-municipality-help = Código del municipio (132012 Hachioji, 131083 Koto)
cli-nursery-checklist-json-help = Imprimir JSON (para scripts)
