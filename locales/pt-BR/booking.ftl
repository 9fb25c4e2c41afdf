# Hagukumi — Português (Brasil) (pt-BR), booking.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Nursery hunt (保活): visit and consultation bookings, the nursery application (crates/i18n/src/booking.rs)

portal-category-nursery = Agendamento de visitas e consultas em creches e inscrição na creche

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = Visita
booking-kind-consult-counter = Consulta sobre vaga em creche (保活相談, no guichê)
booking-kind-consult-online = Consulta sobre vaga em creche (保活相談, on-line)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = Não há horários para agendar (uma sincronização traz os horários mais recentes do município).
booking-sample = AMOSTRA: todos os horários de visita e de consulta são fictícios.
booking-none = Ainda não há agendamentos.

nursery-booking-pending = Aguardando envio
nursery-booking-confirmed = Confirmado
nursery-booking-declined = Recusado
nursery-booking-cancelling = Cancelamento aguardando envio
nursery-booking-cancelled = Cancelado
nursery-booking-refused = Não aceito

nursery-decline-slot-full = o horário está lotado
nursery-decline-slot-changed = o horário foi alterado
nursery-decline-unknown-slot = o horário não existe mais
nursery-decline-slot-past = o horário já começou
nursery-decline-already-booked = já agendado
nursery-decline-other = nenhum motivo informado

nursery-reminder-title = Amanhã: { $kind ->
    [visit] visita à creche
   *[other] consulta sobre vaga em creche
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = Recebida (aguardando o resultado da seleção 利用調整)
nursery-decision-offered = Vaga oferecida (内定)
nursery-decision-waitlisted = Em espera (保留; sem vaga desta vez)
nursery-decision-offered-at = Vaga oferecida: { $facility } ({ $rank }ª opção)
nursery-outcome-offered = vaga oferecida
nursery-outcome-no-opening = sem vaga
nursery-outcome-not-reached = vaga oferecida numa opção de prioridade maior
nursery-adjustment-line = { $rank }ª opção { $facility }: { $outcome }
nursery-application-none = Ainda não há inscrição na creche.
nursery-application-pending = Aguardando envio
nursery-application-refused = Não aceita

nursery-error-bad-intake = Digite a data de entrada como 1º de abril, no formato AAAA-04-01.
nursery-error-intake-past = Essa data de entrada já passou.
nursery-error-no-preferences = Escolha pelo menos uma creche.
nursery-error-too-many-preferences = No máximo 20 opções.
nursery-error-preference-twice = A mesma creche foi escolhida duas vezes: { $value }
nursery-error-unknown-slot = Horário não encontrado (sincronize e tente de novo): { $value }
nursery-error-already-booked = Este horário já está agendado.
nursery-error-not-cancellable = Não é um agendamento que possa ser cancelado: { $value }
nursery-error-already-pending = Já existe uma inscrição na creche aguardando envio.
nursery-error-unknown-child = Criança não encontrada: { $value }

cli-booking-slots-about = Horários de visita e de consulta (da última sincronização)
cli-booking-municipality-help = Código do município (padrão: o configurado)
cli-booking-facility-help = ID da creche (ex.: 131083-1)
cli-booking-json-help = Imprimir JSON
cli-booking-book-about = Agendar uma visita (visit) ou uma consulta (consult), enviado na próxima sincronização
cli-booking-kind-help = visit (visita) ou consult (consulta)
cli-booking-slot-help = O ID do horário (mostrado por hagu nursery slots)
cli-booking-at-help = Data e hora de início (no lugar de --slot)
cli-booking-mode-help = Como é a consulta: counter (no guichê) ou online
cli-booking-bookings-about = Agendamentos e sua situação
cli-booking-cancel-about = Cancelar um agendamento (enviado na próxima sincronização)
cli-booking-id-help = O número do agendamento (# em hagu nursery bookings)
cli-booking-apply-about = Inscrever-se para uma vaga em creche (creches em ordem de preferência; enviado na próxima sincronização)
cli-booking-child-help = O número da criança
cli-booking-prefer-help = IDs das creches em ordem de preferência, separados por vírgula
cli-booking-intake-help = Data de entrada (1º de abril)
cli-booking-application-about = A inscrição na creche e o resultado (vaga oferecida ou em espera, a seleção)
cli-booking-queued = O agendamento #{ $id } está aguardando envio: { $slot }
cli-booking-cancel-queued = O cancelamento do agendamento #{ $id } está aguardando envio.
cli-booking-apply-queued = A inscrição na creche #{ $id } ({ $count ->
    [one] { $count } creche
   *[other] { $count } creches
}) está aguardando envio.
cli-booking-application-line = Inscrição #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = Inscrição na creche: { $status }

nursery-decision-notice-title = Saiu o resultado da inscrição na creche
booking-timeline-heading = Agendamentos de creche

booking-pick = Visita · inscrição
booking-title = Agendamento de visitas e consultas sobre vaga em creche
booking-pick-hint = Toque em "Visita · inscrição" de uma creche para ver os horários de visita e de consulta.
booking-list-title = Agendamentos
booking-book = Agendar
booking-booked = Agendado
booking-cancel = Cancelar
nursery-apply-title = Inscrição na creche
nursery-prefer-add = Adicionar { $facility } às opções
nursery-prefs-from-bookmarks = Usar os meus favoritos na ordem deles ({ $count ->
    [one] { $count } creche
   *[other] { $count } creches
})
nursery-prefs-none = Adicione as creches desejadas a partir dos resultados da busca.
nursery-pref-line = { $rank }ª opção: { $facility }
nursery-pref-up = Subir
nursery-pref-down = Descer
nursery-pref-remove = Remover das opções
nursery-apply-child = Criança
nursery-apply-intake = Data de entrada (1º de abril)
nursery-apply-submit = Inscrever
nursery-apply-sent = A inscrição está aguardando envio. A sincronização a envia e também traz o resultado.
