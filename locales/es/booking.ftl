# Hagukumi — Español (es), booking.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Nursery hunt (保活): visit and consultation bookings, the nursery application (crates/i18n/src/booking.rs)

portal-category-nursery = Reservas de visitas y consultas a guarderías, y solicitud de ingreso

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = Visita
booking-kind-consult-counter = Consulta sobre plaza en guardería (保活相談, en ventanilla)
booking-kind-consult-online = Consulta sobre plaza en guardería (保活相談, en línea)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = No hay horarios para reservar (una sincronización trae los más recientes del municipio).
booking-sample = MUESTRA: todos los horarios de visita y de consulta son ficticios.
booking-none = Todavía no hay reservas.

nursery-booking-pending = Esperando para enviarse
nursery-booking-confirmed = Confirmada
nursery-booking-declined = Rechazada
nursery-booking-cancelling = Cancelación esperando para enviarse
nursery-booking-cancelled = Cancelada
nursery-booking-refused = No aceptada

nursery-decline-slot-full = el horario está completo
nursery-decline-slot-changed = el horario cambió
nursery-decline-unknown-slot = el horario ya no existe
nursery-decline-slot-past = el horario ya empezó
nursery-decline-already-booked = ya reservado
nursery-decline-other = sin motivo indicado

nursery-reminder-title = Mañana: { $kind ->
    [visit] visita a la guardería
   *[other] consulta sobre plaza en guardería
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = Recibida (esperando el resultado de la asignación 利用調整)
nursery-decision-offered = Plaza asignada (内定)
nursery-decision-waitlisted = En espera (保留; sin plaza esta vez)
nursery-decision-offered-at = Plaza asignada: { $facility } ({ $rank }.ª opción)
nursery-outcome-offered = plaza asignada
nursery-outcome-no-opening = sin plaza
nursery-outcome-not-reached = se asignó una opción de mayor preferencia
nursery-adjustment-line = { $rank }.ª opción { $facility }: { $outcome }
nursery-application-none = Todavía no hay solicitud de ingreso a guardería.
nursery-application-pending = Esperando para enviarse
nursery-application-refused = No aceptada

nursery-error-bad-intake = Escriba la fecha de ingreso como un 1 de abril, en el formato AAAA-04-01.
nursery-error-intake-past = Esa fecha de ingreso ya pasó.
nursery-error-no-preferences = Elija al menos una guardería.
nursery-error-too-many-preferences = Como máximo 20 opciones.
nursery-error-preference-twice = La misma guardería está elegida dos veces: { $value }
nursery-error-unknown-slot = No se encontró el horario (sincronice y vuelva a intentarlo): { $value }
nursery-error-already-booked = Este horario ya está reservado.
nursery-error-not-cancellable = No es una reserva que se pueda cancelar: { $value }
nursery-error-already-pending = Ya hay una solicitud de ingreso a guardería esperando para enviarse.
nursery-error-unknown-child = No se encontró al niño: { $value }

cli-booking-slots-about = Horarios de visita y de consulta (de la última sincronización)
cli-booking-municipality-help = Código del municipio (por defecto: el configurado)
cli-booking-facility-help = ID de la guardería (p. ej., 131083-1)
cli-booking-json-help = Imprimir JSON
cli-booking-book-about = Reservar una visita (visit) o una consulta (consult); se envía en la próxima sincronización
cli-booking-kind-help = visit (visita) o consult (consulta)
cli-booking-slot-help = El ID del horario (lo muestra hagu nursery slots)
cli-booking-at-help = Fecha y hora de inicio (en lugar de --slot)
cli-booking-mode-help = Cómo es la consulta: counter (en ventanilla) u online (en línea)
cli-booking-bookings-about = Reservas y su estado
cli-booking-cancel-about = Cancelar una reserva (se envía en la próxima sincronización)
cli-booking-id-help = El número de la reserva (# en hagu nursery bookings)
cli-booking-apply-about = Solicitar plaza en guardería (guarderías en orden de preferencia; se envía en la próxima sincronización)
cli-booking-child-help = El número del niño
cli-booking-prefer-help = IDs de las guarderías en orden de preferencia, separados por comas
cli-booking-intake-help = Fecha de ingreso (un 1 de abril)
cli-booking-application-about = La solicitud de ingreso a guardería y su resultado (plaza asignada o en espera, la asignación)
cli-booking-queued = La reserva #{ $id } está esperando para enviarse: { $slot }
cli-booking-cancel-queued = La cancelación de la reserva #{ $id } está esperando para enviarse.
cli-booking-apply-queued = La solicitud de ingreso #{ $id } ({ $count ->
    [one] { $count } guardería
   *[other] { $count } guarderías
}) está esperando para enviarse.
cli-booking-application-line = Solicitud #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = Solicitud de ingreso a guardería: { $status }

nursery-decision-notice-title = Llegó el resultado de la solicitud de ingreso a guardería
booking-timeline-heading = Reservas de guardería

booking-pick = Visita · solicitud
booking-title = Reservas de visitas y consultas sobre plaza en guardería
booking-pick-hint = Toque "Visita · solicitud" en una guardería para ver sus horarios de visita y los de consulta.
booking-list-title = Reservas
booking-book = Reservar
booking-booked = Reservado
booking-cancel = Cancelar
nursery-apply-title = Solicitud de ingreso a guardería
nursery-prefer-add = Agregar { $facility } a las opciones
nursery-prefs-from-bookmarks = Usar mis favoritos en su orden ({ $count ->
    [one] { $count } guardería
   *[other] { $count } guarderías
})
nursery-prefs-none = Agregue las guarderías que desea desde los resultados de búsqueda.
nursery-pref-line = { $rank }.ª opción: { $facility }
nursery-pref-up = Subir
nursery-pref-down = Bajar
nursery-pref-remove = Quitar de las opciones
nursery-apply-child = Niño
nursery-apply-intake = Fecha de ingreso (1 de abril)
nursery-apply-submit = Solicitar
nursery-apply-sent = La solicitud está esperando para enviarse. La sincronización la envía y también trae el resultado.
