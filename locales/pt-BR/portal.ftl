# Hagukumi — Português (Brasil) (pt-BR), portal.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Official data (portal sync): consent, sync, official records, pre-visit questionnaires

portal-category-children = Dados básicos dos seus filhos
portal-category-vaccinations = Registros de vacinação
portal-category-checkups = Resultados das consultas pré-natais e infantis
portal-category-certificates = Certificados de subsídio de despesas médicas (受給者証)
portal-category-benefits = Solicitações de benefícios e sua situação
portal-category-notices = Avisos do seu município

portal-benefit-submitted = Enviado
portal-benefit-under-review = Em análise
portal-benefit-returned = Devolvido para correção
portal-benefit-approved = Aprovado
portal-benefit-paid = Pago
portal-benefit-rejected = Não concedido

sync-error-offline = Não foi possível acessar o portal. Tente novamente onde houver sinal (enquanto isso, a caderneta funciona normalmente).
sync-error-interrupted = A conexão caiu no meio. Tente novamente mais tarde.
sync-error-server = O portal está com um problema. Tente novamente daqui a pouco.
sync-error-busy = O portal está sobrecarregado. Tente novamente daqui a pouco.
sync-error-refused = O portal não aceitou o pedido.
sync-error-consent-expired = O seu consentimento no portal venceu ou foi revogado. Conecte-se novamente.
sync-error-not-connected = Não conectado ao portal.
sync-error-not-consented = Você não consentiu com o compartilhamento deste item.
sync-error-consent-denied = O consentimento não foi dado no navegador.
sync-error-consent-timeout = O navegador não respondeu a tempo. Tente novamente.
sync-error-loopback = Não foi possível se preparar para receber o consentimento. Tente novamente.
sync-error-consent-foreign = Essa resposta não era deste consentimento, então nada foi alterado. Tente novamente.
sync-error-signature = Os dados do portal não passaram na verificação de assinatura e não foram aceitos (nada foi salvo).
sync-error-bad-page = Os dados do portal estavam com defeito e não foram aceitos (nada foi salvo).
sync-error-other-account = Os dados do portal eram destinados a outro usuário e não foram aceitos (nada foi salvo).
sync-error-other-request = Os dados do portal respondiam a outro pedido e não foram aceitos (nada foi salvo).
sync-error-stale-page = Os dados do portal eram mais antigos do que os que você já tem e não foram aceitos (nada foi salvo).
sync-error-bad-rules = Uma atualização de regras do portal não passou nas verificações e não foi usada; a programação continua com as regras anteriores.
sync-error-too-large = Os dados do portal eram grandes demais e não foram aceitos (nada foi salvo).
sync-error-insecure = O endereço do portal não é uma conexão segura (https), por isso não foi usado.
sync-error-no-portal = Nenhum portal está configurado para este aplicativo.
sync-error-development-key = O portal configurado usa uma chave de desenvolvimento, que esta versão não aceita.
sync-error-bad-profile = Não foi possível ler as configurações do portal.
sync-error-child-not-linked = Esta criança ainda não está vinculada aos dados do portal. Sincronize primeiro.

questionnaire-feels-well = Hoje a criança está bem, sem nenhum sinal de mal-estar?
questionnaire-ill-last-month = A criança ficou doente no último mês?
questionnaire-vaccinated-last-month = A criança tomou alguma vacina no último mês?
questionnaire-reaction-before = A criança já passou mal depois de alguma vacina?
questionnaire-seizures = A criança já teve convulsão?

error-record-official = Registros oficiais do portal não podem ser alterados nem excluídos.
error-no-such-conflict = Este registro já foi resolvido.

## The official data screen (from the card on home)

portal-title = Dados oficiais
portal-card-title = Dados oficiais (Mynaportal マイナポータル)
portal-card-intro = Traga para esta caderneta os registros oficiais de vacinas e consultas, os certificados de subsídio e a situação dos benefícios.
portal-card-connected = Conectado ao portal
portal-card-conflicts = { $count ->
    [one] { $count } registro precisa da sua verificação
   *[other] { $count } registros precisam da sua verificação
}
portal-card-open = Abrir os dados oficiais
portal-intro = Receba registros de serviços públicos como o Mynaportal. O que você escreveu na caderneta continua como está.
portal-shared-title = O que você vai receber (pode conferir na página de consentimento)
portal-scope-questionnaires = Envio de questionários pré-vacinação (só quando você decidir enviar)
portal-connect = Conectar ao portal
portal-connect-note = A página de consentimento abre no navegador. Depois que você consentir, esta tela se atualiza sozinha. O Hagukumi nunca lida com o seu My Number (マイナンバー).
portal-consenting-title = Dê o seu consentimento no navegador
portal-consenting-body = Se o navegador não abriu, copie este endereço e abra-o no navegador (válido por 5 minutos).
portal-consenting-reopen = Abrir no navegador de novo
portal-consenting-wait = Aguardando o seu consentimento…
portal-connected-to = Conectado a: { $portal }
portal-last-synced = Última sincronização: { $when }
portal-never-synced = Ainda não sincronizado
portal-syncing = Sincronizando…
portal-pending-writes = Aguardando envio: { $count }
portal-sync-now = Sincronizar agora
portal-synced = Sincronizado
portal-disconnect = Parar o compartilhamento
portal-disconnect-confirm = Parar o compartilhamento com o portal? Os registros já recebidos continuam na caderneta.
portal-disconnect-yes = Parar o compartilhamento
portal-disconnect-no = Continuar compartilhando
portal-disconnected = O compartilhamento foi interrompido. Os registros recebidos continuam aqui.
portal-offline-note = A caderneta funciona normalmente. O restante chega quando houver conexão.

portal-conflicts-title = Registros que precisam de verificação
portal-conflicts-intro = O seu registro e o oficial têm datas de vacinação diferentes. Escolha qual manter.
portal-conflict-mine = Seu registro: { $date }
portal-conflict-official = Registro oficial: { $date }
portal-keep-mine = Manter o meu
portal-use-official = Usar o oficial
portal-resolved-kept = O seu registro foi mantido.
portal-resolved-official = Agora é usado o registro oficial. O seu pode ser restaurado em "Excluídos recentemente" por 30 dias.

portal-certificates-title = Certificados de subsídio (受給者証)
portal-certificate-payer = Número do pagador público (公費負担者番号)
portal-certificate-recipient = Número do beneficiário (受給者番号)
portal-certificate-valid = Validade
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = Limite da coparticipação
portal-copay-per-visit = ¥{ $yen } por consulta
portal-copay-monthly = ¥{ $yen } por mês
portal-benefits-title = Solicitações de benefícios
portal-benefit-applied = Solicitado em { $date }
portal-benefit-updated = Atualizado em { $date }
portal-yen = ¥{ $yen }
portal-notices-title = Avisos
portal-checkups-title = Consultas pré-natais e pós-parto (oficial)
portal-child-checkups-title = Consultas de saúde (oficial)
portal-nothing-yet = Nada chegou ainda
portal-for-child = { $name }
portal-facility = Local: { $facility }
portal-findings = Observações: { $findings }
portal-blood-pressure = Pressão arterial { $value }
portal-epds = EPDS { $value }
portal-gestation-weeks = { $weeks }ª semana

portal-badge-official = Oficial
portal-badge-official-hint = Um registro oficial do portal (não pode ser alterado nem excluído)
portal-badge-linked = Igual ao oficial
portal-badge-linked-hint = Igual ao registro oficial
portal-badge-conflict = Verificar
portal-badge-conflict-hint = O registro oficial tem outra data; escolha na tela de dados oficiais

portal-consent-page-title = Tudo pronto
portal-consent-page-body = Você pode fechar esta página e voltar ao Hagukumi.

## Pre-visit questionnaire

questionnaire-title = Questionário pré-vacinação (予診票)
questionnaire-intro = Antes da vacinação, você pode enviar o questionário pelo portal. No dia, siga as instruções da clínica.
questionnaire-not-linked = Depois de se conectar ao portal e de os dados desta criança serem sincronizados, você poderá enviar o questionário.
questionnaire-date = Data prevista
questionnaire-note = Algo a dizer ao médico (opcional)
questionnaire-questions = Perguntas
questionnaire-answer-all = Responda todas as perguntas com sim ou não.
questionnaire-submit = Enviar o questionário
questionnaire-queued = Questionário recebido. A situação do envio aparece na lista abaixo.
questionnaire-list-title = Questionários enviados
questionnaire-entry = { $vaccine } · previsto para { $date }
questionnaire-pending = Aguardando envio
questionnaire-sent = Enviado
questionnaire-rejected = Não aceito
questionnaire-date-hint = De hoje até 90 dias à frente
questionnaire-date-range = Digite uma data de hoje até 90 dias à frente.
questionnaire-temperature-range = Digite uma temperatura entre 34 e 42 °C.

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine }, { $dose }
