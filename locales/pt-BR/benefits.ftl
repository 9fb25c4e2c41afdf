# Hagukumi — Português (Brasil) (pt-BR), benefits.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Benefit applications and their state (018 Support, Baby First, child allowance, …)

benefits-title = Solicitações de benefícios
benefits-open = Ver solicitações e situação
benefits-back = Voltar
benefits-none = Ainda não há solicitações. Comece por "Solicitar juntos" ou "Registrar por conta própria" abaixo.
benefits-list-heading = Solicitações
benefits-next-payment-heading = Próximo pagamento
benefits-no-payment = Ainda não há pagamento previsto.
benefit-state-not-applied = Não solicitado
benefit-state-applied = Solicitado
benefit-state-approved = Aprovado
benefit-state-paid = Pago
benefit-state-needs-action = Requer ação
benefit-source-official = Oficial
benefit-source-tracked = Registrado por você
benefit-source-registry = Você tem direito
benefit-portal-status = Situação no guichê: { $status }
benefit-applied-on = Solicitado em { $date }
benefit-deadline = Prazo { $date } ({ $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
})
benefit-deadline-passed = Prazo { $date } (vencido)
benefit-amount = ¥{ $yen }
benefit-next-payment = ¥{ $yen } em { $date }
benefit-next-payment-of = Próximo pagamento: { $program }, ¥{ $yen } em { $date }
benefit-delete = Excluir
benefit-reminder-title = { $who }: o prazo está chegando
benefit-reminder-body = O prazo de { $who } é { $date } ({ $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}). Faça a solicitação ou conclua os procedimentos necessários.
benefit-error-already-pending = Já existe uma solicitação aguardando envio. Ela será enviada automaticamente quando houver conexão, então não é preciso solicitar de novo.
benefit-error-refused = O portal não aceitou esta solicitação. Verifique os nomes e as datas de nascimento das crianças e solicite novamente, ou pergunte no guichê da prefeitura.
benefit-error-no-children = Ainda não há nenhum filho na caderneta. Cadastre primeiro em "Adicionar um filho" na tela inicial.
benefit-no-such-application = Esse registro não foi encontrado. Confira o número com `hagu benefits`.

once-only-title = Solicitar juntos o 018 Support (018サポート) e o Baby First (赤ちゃんファースト)
once-only-intro = Preenchido com os dados dos filhos da sua caderneta. Confira e envie. O My Number (マイナンバー) não é pedido.
once-only-programs = Programas: 018 Support (018サポート; ¥5.000 por mês por criança) e Baby First (赤ちゃんファースト; ¥100.000 em pontos-presente para cada criança nascida a partir de 1º de abril de 2025). O portal decide quem tem direito.
once-only-child = { $name } (nascido(a) em { $date })
once-only-confirm = Solicitar com os dados acima (eu conferi)
once-only-confirm-needed = Antes de enviar, confira os dados e marque "eu conferi"
once-only-send = Enviar a solicitação
once-only-queued = Solicitação recebida. Enviando ao portal.
once-only-sent = A solicitação foi enviada ao portal. A situação aparece nesta tela.
once-only-not-connected = Sem conexão com o portal, por isso a solicitação está aguardando envio. Ela será enviada quando você se conectar ao portal em "Dados oficiais" na tela inicial.
submission-pending = Aguardando envio: { $children }
submission-pending-problem = Aguardando envio: { $children } ({ $problem } Será enviada automaticamente quando houver conexão.)
submission-sent = Enviada, buscando a situação: { $children }
submission-refused = Não aceita: { $children }

track-title = Registrar uma solicitação por conta própria
track-intro = Benefícios solicitados no guichê ou pelo correio: acompanhe aqui a situação, o prazo e o próximo pagamento.
track-save = Salvar
track-saved = Salvo

## hagu benefits
cli-benefits-about = Mostrar as solicitações de benefícios e sua situação (018 Support e Baby First solicitados juntos, e os que você registra por conta própria)
cli-benefits-json-help = Imprimir JSON (para scripts)
cli-benefits-apply-about = Solicitar juntos o 018 Support e o Baby First (fica na fila; `hagu sync` envia). O My Number não é usado
cli-benefits-guardian-help = O nome do responsável (digitado uma vez e depois lembrado)
cli-benefits-child-help = Um filho para quem solicitar (pode repetir; se omitido, todos os filhos da caderneta)
cli-benefits-track-about = Registrar uma solicitação feita no guichê ou pelo correio
cli-benefits-program-help = O nome do programa (ex.: abono infantil 児童手当)
cli-benefits-state-help = Situação: not-applied (não solicitado), applied (solicitado), approved (aprovado), paid (pago) ou needs-action (requer ação)
cli-benefits-applied-on-help = A data da solicitação
cli-benefits-deadline-help = O prazo (você recebe um lembrete antes)
cli-benefits-payment-date-help = A data do próximo pagamento
cli-benefits-payment-yen-help = O valor do próximo pagamento (ienes)
cli-benefits-note-help = Uma anotação
cli-benefits-delete-about = Excluir uma solicitação que você registrou
cli-benefits-id-help = O número da solicitação (depois de # em `hagu benefits`)
cli-benefits-deleted = Excluído
cli-benefits-tracked = Salvo (#{ $id })
cli-benefits-queued = A solicitação está na fila (#{ $id }). `hagu sync` a envia ao portal.
benefits-to-apply = { $count ->
    [one] { $count } benefício a que você tem direito ainda não foi solicitado
   *[other] { $count } benefícios a que você tem direito ainda não foram solicitados
}
