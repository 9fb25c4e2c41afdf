# Hagukumi — Português (Brasil) (pt-BR), hoiku.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## The hoiku-index simulator screen (one question at a time) and the April intake checklist (screen and hagu nursery checklist).

hoiku-sim-link = Simular o índice de prioridade para creche (保育指数)
hoiku-back = ‹ Voltar à busca de creches
hoiku-sim-title = Simulação do índice de prioridade para creche (保育指数)
hoiku-sim-intro = Responda uma pergunta de cada vez e os pontos da família serão calculados pela tabela publicada pelo município. Isto não garante uma vaga: quem decide é o município.
hoiku-q-municipality = Em qual município você vai se inscrever?
# $municipality is its name, $year the table's fiscal year (令和7年度, …).
hoiku-municipality-option = { $municipality } (tabela de { $year })
hoiku-q-guardians = Quantos responsáveis há?
hoiku-guardians-one = Um
hoiku-guardians-two = Dois
hoiku-q-situation = Qual é a situação do responsável { $guardian }?
hoiku-option-not-in-table = não está nesta tabela
hoiku-q-hours = Quantas horas por semana o responsável { $guardian } ({ $situation }) tem?
hoiku-q-days = Quantos dias por mês o responsável { $guardian } ({ $situation }) tem?
hoiku-q-detail = O que se aplica ao responsável { $guardian } ({ $situation })?
hoiku-q-household = Escolha tudo o que se aplica à família (ou nada, e siga em frente).
hoiku-household-none-in-table = Esta tabela não tem linhas de ajuste (não foram encontradas). Escolher uma não conta no total.
hoiku-option-points = ({ $signed } pontos)
hoiku-hours-label = Horas por semana
hoiku-days-label = Dias por mês
hoiku-next = Próximo
hoiku-back-step = Voltar um passo
hoiku-restart = Recomeçar
hoiku-answer-hours = { $hours } horas por semana
hoiku-answer-days = { $days } dias por mês
hoiku-answer-none = Nenhum
hoiku-result-title = Resultado da simulação
# $source is the table's source, $year its fiscal year.
hoiku-line-source = Fonte: { $source } ({ $year })
hoiku-result-promise = Simulação feita pela tabela publicada. Não garante uma vaga.
hoiku-whatif-title = E se…
hoiku-whatif-intro = Escolha uma opção e o total alterado aparece ao lado do total das suas respostas.
hoiku-tweak-hours = Se o responsável { $guardian } passar de { $from } para { $to } horas por semana
hoiku-tweak-days = Se o responsável { $guardian } passar de { $from } para { $to } dias por mês
hoiku-tweak-add = Se houver também "{ $rule }"
hoiku-whatif-none = Nada mudaria os pontos nesta tabela.
hoiku-whatif-compare = Suas respostas { $before } pontos → e se { $after } pontos ({ $difference ->
    [0] sem mudança
   *[other] { $signed }
})
hoiku-tie-none = Esta tabela não tem uma ordem de desempate que possa ser calculada.
hoiku-past-none = A pontuação mínima de admissão do ano passado por creche e turma não está nas fontes desta simulação, por isso não é mostrada.
hoiku-flow-error-detail = Essa resposta não é uma das opções desta pergunta.
hoiku-flow-error-unexpected = Essa resposta não serve para esta pergunta.
hoiku-flow-error-extra = Há mais respostas do que perguntas.

hoiku-checklist-title = Lista de verificação da inscrição para entrada em abril
# $municipality is its name, $year the fiscal year (令和9年度, …), $date the intake day.
hoiku-checklist-heading = { $municipality }, entrada em abril de { $year } ({ $date })
hoiku-checklist-periods = Períodos de inscrição e prazos
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: até { $until }
hoiku-checklist-days-left = { $days ->
    [0] último dia hoje
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}
hoiku-checklist-passed = o prazo já passou
hoiku-checklist-documents = Documentos ({ $checked } de { $total } prontos)
hoiku-checklist-for = para o responsável em: { $situation }
hoiku-checklist-as-of = Informações de { $date }
hoiku-checklist-source = Fonte: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = Não há lista de verificação de inscrição para este município.
hoiku-checklist-error-document = Esse documento não está nesta lista de verificação. Nada foi alterado.
hoiku-checklist-error-data = Não foi possível ler a lista de verificação de inscrição: { $detail }
hoiku-checklist-unknown = Não há lista de verificação de inscrição para o município { $code } (existem: { $known }).
cli-nursery-checklist-about = Períodos de inscrição, prazos e documentos para a entrada em abril
cli-nursery-checklist-municipality-help = Código do município (132012 Hachioji, 131083 Koto)
cli-nursery-checklist-json-help = Imprimir JSON (para scripts)
