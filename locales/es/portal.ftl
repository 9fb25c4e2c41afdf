# Hagukumi — Español (es), portal.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Official data (portal sync): consent, sync, official records, pre-visit questionnaires

portal-category-children = Datos básicos de sus hijos
portal-category-vaccinations = Registros de vacunación
portal-category-checkups = Resultados de los controles prenatales e infantiles
portal-category-certificates = Certificados de subsidio de gastos médicos (受給者証)
portal-category-benefits = Solicitudes de prestaciones y su estado
portal-category-notices = Avisos de su municipio

portal-benefit-submitted = Presentada
portal-benefit-under-review = En revisión
portal-benefit-returned = Devuelta para corregir
portal-benefit-approved = Aprobada
portal-benefit-paid = Pagada
portal-benefit-rejected = No concedida

sync-error-offline = No se puede acceder al portal. Vuelva a intentarlo donde tenga señal (mientras tanto, la libreta funciona con normalidad).
sync-error-interrupted = La conexión se cortó a mitad de camino. Vuelva a intentarlo más tarde.
sync-error-server = El portal tiene un problema. Vuelva a intentarlo dentro de un rato.
sync-error-busy = El portal está saturado. Vuelva a intentarlo dentro de un rato.
sync-error-refused = El portal no aceptó la petición.
sync-error-consent-expired = Su consentimiento en el portal venció o fue retirado. Vuelva a conectarse.
sync-error-not-connected = No está conectado al portal.
sync-error-not-consented = No ha dado su consentimiento para compartir esto.
sync-error-consent-denied = No se dio el consentimiento en el navegador.
sync-error-consent-timeout = El navegador no respondió a tiempo. Vuelva a intentarlo.
sync-error-loopback = No se pudo preparar la recepción del consentimiento. Vuelva a intentarlo.
sync-error-consent-foreign = Esa respuesta no era para este consentimiento, así que no se cambió nada. Vuelva a intentarlo.
sync-error-signature = Los datos del portal no pasaron la verificación de firma y no se aceptaron (no se guardó nada).
sync-error-bad-page = Los datos del portal estaban mal formados y no se aceptaron (no se guardó nada).
sync-error-other-account = Los datos del portal eran para otro usuario y no se aceptaron (no se guardó nada).
sync-error-other-request = Los datos del portal respondían a otra petición y no se aceptaron (no se guardó nada).
sync-error-stale-page = Los datos del portal eran más antiguos que los que ya tiene y no se aceptaron (no se guardó nada).
sync-error-bad-rules = Una actualización de reglas del portal no pasó las comprobaciones y no se usó; el calendario sigue con las reglas anteriores.
sync-error-too-large = Los datos del portal eran demasiado grandes y no se aceptaron (no se guardó nada).
sync-error-insecure = La dirección del portal no es una conexión segura (https), por eso no se usó.
sync-error-no-portal = No hay ningún portal configurado para esta aplicación.
sync-error-development-key = El portal configurado usa una clave de desarrollo, que esta versión no acepta.
sync-error-bad-profile = No se pudo leer la configuración del portal.
sync-error-child-not-linked = Este niño todavía no está vinculado con los datos del portal. Sincronice primero.

questionnaire-feels-well = ¿Hoy el niño está bien, sin ningún signo de malestar?
questionnaire-ill-last-month = ¿El niño estuvo enfermo en el último mes?
questionnaire-vaccinated-last-month = ¿El niño recibió alguna vacuna en el último mes?
questionnaire-reaction-before = ¿El niño se ha sentido mal alguna vez después de una vacuna?
questionnaire-seizures = ¿El niño ha tenido alguna vez convulsiones?

error-record-official = Los registros oficiales del portal no se pueden cambiar ni eliminar.
error-no-such-conflict = Este registro ya se resolvió.

## The official data screen (from the card on home)

portal-title = Datos oficiales
portal-card-title = Datos oficiales (Mynaportal マイナポータル)
portal-card-intro = Traiga a esta libreta los registros oficiales de vacunas y controles, los certificados de subsidio y el estado de las prestaciones.
portal-card-connected = Conectado al portal
portal-card-conflicts = { $count ->
    [one] { $count } registro necesita que lo revise
   *[other] { $count } registros necesitan que los revise
}
portal-card-open = Abrir los datos oficiales
portal-intro = Reciba registros de servicios públicos como Mynaportal. Lo que usted escribió en la libreta se queda como está.
portal-shared-title = Lo que va a recibir (puede revisarlo en la página de consentimiento)
portal-scope-questionnaires = Envío de cuestionarios previos a la vacunación (solo cuando usted decida enviar uno)
portal-connect = Conectarse al portal
portal-connect-note = La página de consentimiento se abre en el navegador. Cuando dé su consentimiento, esta pantalla se actualiza sola. Hagukumi nunca maneja su My Number (マイナンバー).
portal-consenting-title = Dé su consentimiento en el navegador
portal-consenting-body = Si no se abrió el navegador, copie esta dirección y ábrala en el navegador (válida por 5 minutos).
portal-consenting-reopen = Abrir de nuevo en el navegador
portal-consenting-wait = Esperando su consentimiento…
portal-connected-to = Conectado a: { $portal }
portal-last-synced = Última sincronización: { $when }
portal-never-synced = Todavía no se ha sincronizado
portal-syncing = Sincronizando…
portal-pending-writes = Esperando para enviarse: { $count }
portal-sync-now = Sincronizar ahora
portal-synced = Sincronizado
portal-disconnect = Dejar de compartir
portal-disconnect-confirm = ¿Dejar de compartir con el portal? Los registros que ya recibió se quedan en la libreta.
portal-disconnect-yes = Dejar de compartir
portal-disconnect-no = Seguir compartiendo
portal-disconnected = Se dejó de compartir. Los registros recibidos siguen aquí.
portal-offline-note = La libreta funciona con normalidad. El resto llegará cuando haya conexión.

portal-conflicts-title = Registros que necesita revisar
portal-conflicts-intro = Su registro y el oficial tienen fechas de vacunación distintas. Elija cuál conservar.
portal-conflict-mine = Su registro: { $date }
portal-conflict-official = Registro oficial: { $date }
portal-keep-mine = Conservar el mío
portal-use-official = Usar el oficial
portal-resolved-kept = Se conservó su registro.
portal-resolved-official = Ahora se usa el registro oficial. El suyo se puede restaurar desde "Eliminados recientemente" durante 30 días.

portal-certificates-title = Certificados de subsidio (受給者証)
portal-certificate-payer = Número del pagador público (公費負担者番号)
portal-certificate-recipient = Número del beneficiario (受給者番号)
portal-certificate-valid = Vigencia
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = Límite del copago
portal-copay-per-visit = ¥{ $yen } por consulta
portal-copay-monthly = ¥{ $yen } al mes
portal-benefits-title = Solicitudes de prestaciones
portal-benefit-applied = Solicitada el { $date }
portal-benefit-updated = Actualizada el { $date }
portal-yen = ¥{ $yen }
portal-notices-title = Avisos
portal-checkups-title = Controles prenatales y posparto (oficial)
portal-child-checkups-title = Controles de salud (oficial)
portal-nothing-yet = Todavía no ha llegado nada
portal-for-child = { $name }
portal-facility = Lugar: { $facility }
portal-findings = Observaciones: { $findings }
portal-blood-pressure = Presión arterial { $value }
portal-epds = EPDS { $value }
portal-gestation-weeks = Semana { $weeks }

portal-badge-official = Oficial
portal-badge-official-hint = Un registro oficial del portal (no se puede cambiar ni eliminar)
portal-badge-linked = Coincide con el oficial
portal-badge-linked-hint = Igual que el registro oficial
portal-badge-conflict = Revisar
portal-badge-conflict-hint = El registro oficial tiene otra fecha; elija en la pantalla de datos oficiales

portal-consent-page-title = Listo
portal-consent-page-body = Puede cerrar esta página y volver a Hagukumi.

## Pre-visit questionnaire

questionnaire-title = Cuestionario previo a la vacunación (予診票)
questionnaire-intro = Antes de la vacunación, puede enviar el cuestionario a través del portal. El día de la vacuna, siga las indicaciones de la clínica.
questionnaire-not-linked = Cuando esté conectado al portal y los datos de este niño se hayan sincronizado, podrá enviar el cuestionario.
questionnaire-date = Fecha prevista
questionnaire-note = Algo que quiera decir al médico (opcional)
questionnaire-questions = Preguntas
questionnaire-answer-all = Responda todas las preguntas con sí o no.
questionnaire-submit = Enviar el cuestionario
questionnaire-queued = Cuestionario recibido. El estado del envío aparece en la lista de abajo.
questionnaire-list-title = Cuestionarios enviados
questionnaire-entry = { $vaccine } · previsto para el { $date }
questionnaire-pending = Esperando para enviarse
questionnaire-sent = Enviado
questionnaire-rejected = No aceptado
questionnaire-date-hint = Desde hoy hasta 90 días después
questionnaire-date-range = Escriba una fecha desde hoy hasta 90 días después.
questionnaire-temperature-range = Escriba una temperatura entre 34 y 42 °C.

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine }, { $dose }
