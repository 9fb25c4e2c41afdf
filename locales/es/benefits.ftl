# Hagukumi — Español (es), benefits.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Benefit applications and their state (018 Support, Baby First, child allowance, …)

benefits-title = Solicitudes de prestaciones
benefits-open = Ver solicitudes y su estado
benefits-back = Volver
benefits-none = Todavía no hay solicitudes. Empiece con "Solicitar juntas" o "Registrar usted mismo" abajo.
benefits-list-heading = Solicitudes
benefits-next-payment-heading = Próximo pago
benefits-no-payment = Todavía no hay ningún pago programado.
benefit-state-not-applied = No solicitada
benefit-state-applied = Solicitada
benefit-state-approved = Aprobada
benefit-state-paid = Pagada
benefit-state-needs-action = Requiere acción
benefit-source-official = Oficial
benefit-source-tracked = Registrada por usted
benefit-source-registry = Le corresponde
benefit-portal-status = Estado en la ventanilla: { $status }
benefit-applied-on = Solicitada el { $date }
benefit-deadline = Plazo { $date } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
})
benefit-deadline-passed = Plazo { $date } (vencido)
benefit-amount = ¥{ $yen }
benefit-next-payment = ¥{ $yen } el { $date }
benefit-next-payment-of = Próximo pago: { $program }, ¥{ $yen } el { $date }
benefit-delete = Eliminar
benefit-reminder-title = { $who }: se acerca el plazo
benefit-reminder-body = El plazo de { $who } es el { $date } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}). Haga la solicitud o complete los trámites necesarios.
benefit-error-already-pending = Ya hay una solicitud esperando para enviarse. Se enviará sola cuando haya conexión, así que no hace falta volver a solicitar.
benefit-error-refused = El portal no aceptó esta solicitud. Revise los nombres y las fechas de nacimiento de los niños y vuelva a solicitar, o consulte en la ventanilla de su municipio.
benefit-error-no-children = Todavía no hay ningún hijo en la libreta. Agregue uno primero con "Agregar un hijo" en la pantalla de inicio.
benefit-no-such-application = No se encontró ese registro. Revise el número con `hagu benefits`.

once-only-title = Solicitar juntas 018 Support (018サポート) y Baby First (赤ちゃんファースト)
once-only-intro = Completado con los datos de los hijos de su libreta. Revíselo y envíelo. No se pide el My Number (マイナンバー).
once-only-programs = Programas: 018 Support (018サポート; ¥5.000 al mes por niño) y Baby First (赤ちゃんファースト; ¥100.000 en puntos de regalo por cada niño nacido a partir del 1 de abril de 2025). El portal decide a quién le corresponde.
once-only-child = { $name } (nació el { $date })
once-only-confirm = Solicitar con los datos de arriba (los revisé)
once-only-confirm-needed = Antes de enviar, revise los datos y marque "los revisé"
once-only-send = Enviar la solicitud
once-only-queued = Solicitud recibida. Enviándola al portal.
once-only-sent = La solicitud se envió al portal. Su estado aparece en esta pantalla.
once-only-not-connected = No hay conexión con el portal, por eso la solicitud está esperando para enviarse. Se enviará cuando se conecte al portal en "Datos oficiales" en la pantalla de inicio.
submission-pending = Esperando para enviarse: { $children }
submission-pending-problem = Esperando para enviarse: { $children } ({ $problem } Se enviará sola cuando haya conexión.)
submission-sent = Enviada, consultando su estado: { $children }
submission-refused = No aceptada: { $children }

track-title = Registrar una solicitud usted mismo
track-intro = Prestaciones solicitadas en la ventanilla o por correo: lleve aquí su estado, su plazo y el próximo pago.
track-save = Guardar
track-saved = Guardado

## hagu benefits
cli-benefits-about = Mostrar las solicitudes de prestaciones y su estado (018 Support y Baby First solicitadas juntas, y las que usted registra)
cli-benefits-json-help = Imprimir JSON (para scripts)
cli-benefits-apply-about = Solicitar juntas 018 Support y Baby First (queda en cola; `hagu sync` la envía). No se usa el My Number
cli-benefits-guardian-help = El nombre del tutor (se escribe una vez y luego se recuerda)
cli-benefits-child-help = Un hijo para el que se solicita (se puede repetir; si se omite, todos los hijos de la libreta)
cli-benefits-track-about = Registrar una solicitud hecha en la ventanilla o por correo
cli-benefits-program-help = El nombre del programa (p. ej., subsidio infantil 児童手当)
cli-benefits-state-help = Estado: not-applied (no solicitada), applied (solicitada), approved (aprobada), paid (pagada) o needs-action (requiere acción)
cli-benefits-applied-on-help = La fecha de la solicitud
cli-benefits-deadline-help = El plazo (recibirá un recordatorio antes)
cli-benefits-payment-date-help = La fecha del próximo pago
cli-benefits-payment-yen-help = El monto del próximo pago (yenes)
cli-benefits-note-help = Una nota
cli-benefits-delete-about = Eliminar una solicitud que usted registró
cli-benefits-id-help = El número de la solicitud (después de # en `hagu benefits`)
cli-benefits-deleted = Eliminada
cli-benefits-tracked = Guardada (#{ $id })
cli-benefits-queued = La solicitud está en cola (#{ $id }). `hagu sync` la envía al portal.
benefits-to-apply = { $count ->
    [one] { $count } prestación que le corresponde todavía no se ha solicitado
   *[other] { $count } prestaciones que le corresponden todavía no se han solicitado
}
