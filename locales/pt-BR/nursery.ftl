# Hagukumi — Português (Brasil) (pt-BR), nursery.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Nursery hunt (保活): facility search (hagu nursery search) and the hoiku-index simulation (hagu hoiku-index).

nursery-type-licensed = Creche licenciada (認可保育所)
nursery-type-kodomoen = Centro de educação infantil certificado (認定こども園)
nursery-type-small_scale = Creche de pequeno porte (小規模保育事業)
nursery-type-home_based = Creche domiciliar (家庭的保育事業)
nursery-type-workplace = Creche no local de trabalho (事業所内保育事業)
nursery-type-certified = Creche certificada por Tóquio (認証保育所)
nursery-type-unlicensed = Creche não licenciada (認可外保育施設)

# $no is the number, $name the facility, $type its type, $municipality, $opens and $closes times, $lat and $lon the position.
nursery-hit = { $no }. { $name } ({ $type }, { $municipality }) { $opens }–{ $closes } lat. { $lat } long. { $lon }
nursery-hit-extended = { "  " }Horário estendido até { $until }
nursery-hit-distance = { "  " }Distância (em linha reta) { $km } km
nursery-hit-openings = { "  " }Vagas na turma de { $class } anos: { $count }
nursery-hit-needs-extended = { "  " }O horário de buscar exige horário estendido
nursery-search-heading = { $count ->
    [one] { $count } resultado (vagas para a entrada em { $date })
   *[other] { $count } resultados (vagas para a entrada em { $date })
}
nursery-search-class = Turma de { $class } anos (entrada em { $date })
nursery-search-none = Nenhuma creche atende às condições.
nursery-sample-notice = { $label }
nursery-data-problem = Parte ilegível dos dados das creches: { $problem }
nursery-intake-differs = As vagas nos dados das creches são para a entrada em { $data } (a busca é para { $asked }).
nursery-origin-portal = { $municipality }: dados recebidos do portal (assinatura { $signed } verificada; dados de { $as_of })
nursery-origin-embedded = { $municipality }: dados incluídos no aplicativo (ainda não sincronizado; dados de { $as_of })

nursery-error-within-without-point = Para filtrar pela distância, é preciso um ponto de referência (--from latitude,longitude).
nursery-error-distance-without-point = Para ordenar pela distância, é preciso um ponto de referência (--from latitude,longitude).
nursery-error-openings-without-class = Para ordenar pelas vagas, é preciso a turma da criança (--birth ou --class).
nursery-error-pick-up-before-drop-off = O horário de buscar deve ser depois do horário de deixar.
nursery-error-bad-distance = Informe a distância como um número maior que 0 (km).
nursery-error-bad-point = Informe o ponto como "latitude,longitude" (ex.: 35.6727,139.8170).
nursery-error-bad-time = Informe o horário como HH:MM (ex.: 07:30): { $value }
nursery-error-bad-type = Tipo desconhecido: { $value } (possíveis: { $known })
nursery-error-no-class = Com esta data de nascimento, não há turma para essa entrada (a criança ainda não nasceu ou já está em idade escolar).
nursery-error-bad-class = A turma é de 0 a 5 anos: { $value }
nursery-error-bad-sort = A ordenação é code, distance ou openings: { $value }
nursery-error-bad-year = Informe o ano de entrada no calendário ocidental, de 2000 a 2100: { $value }

cli-nursery-about = Creches (busca de vaga 保活)
cli-nursery-search-about = Buscar creches (off-line; sem condições, mostra todas as creches de amostra)
cli-nursery-birth-help = Data de nascimento da criança (calcula a turma no ano de entrada e mostra só creches com vaga)
cli-nursery-class-help = Informar diretamente a turma (0 a 5 anos)
cli-nursery-intake-help = Ano de entrada (1º de abril; padrão: o próximo abril)
cli-nursery-type-help = Tipo (licensed, kodomoen, small_scale, home_based, workplace, certified, unlicensed; pode repetir)
cli-nursery-drop-off-help = Horário de deixar (HH:MM)
cli-nursery-pick-up-help = Horário de buscar (HH:MM)
cli-nursery-extended-help = Somente creches com horário estendido
cli-nursery-from-help = Ponto para medir a distância (casa, trabalho, estação): latitude,longitude
cli-nursery-within-help = Somente até esta distância (km, em linha reta)
cli-nursery-municipality-help = Somente este município (código)
cli-nursery-sort-help = Ordenação: code (padrão), distance, openings
cli-nursery-json-help = Imprimir JSON (para scripts)

## Hoiku index
cli-hoiku-index-about = Simular o índice de prioridade para creche (保育指数, 利用調整基準指数) pela tabela publicada
cli-hoiku-index-municipality-help = Código do município (132012 Hachioji, 131083 Koto)
cli-hoiku-index-answers-help = O arquivo de respostas (JSON; docs/hoiku-index.md)
cli-hoiku-index-json-help = Imprimir JSON (para scripts)

hoiku-heading = Índice de prioridade para creche de { $municipality }, { $year } (simulação pela tabela publicada; quem decide é o município)
hoiku-line-guardian = Responsável { $guardian }: { $rule } … { $points } pontos
hoiku-line-guardian-not-in-table = Responsável { $guardian }: { $situation } … não está nesta tabela (linha não encontrada)
hoiku-line-household = Ajuste: { $rule } … { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
hoiku-line-household-not-in-table = Ajuste: { $adjustment } … não está nesta tabela (linha não encontrada)
hoiku-total = Total { $points } pontos
hoiku-incomplete = Algumas respostas não estão nesta tabela, por isso o total é só parte dos pontos.
hoiku-note = Sobre a tabela: { $note }
hoiku-tie-heading = Em caso de empate:
hoiku-tie-step = { "  " }{ $n }. { $rule }
hoiku-tie-note = { "  " }{ $note }
hoiku-source = Fonte: { $title } { $url }
hoiku-what-if = E se "{ $label }": { $before } → { $after } pontos ({ $difference ->
    [0] sem mudança
   *[other] { $signed }
})
hoiku-unknown-municipality = Não há tabela do índice de prioridade para o município { $code } (existem: { $known }).
hoiku-error-read = Não foi possível ler o arquivo de respostas { $file }: { $detail }
hoiku-error-answers-json = O arquivo de respostas { $file } está em formato errado: { $detail }
hoiku-error-answers = Arquivo de respostas { $file }, campo { $field }: { $problem }
hoiku-error-table = Não foi possível ler a tabela do índice de prioridade: { $detail }
hoiku-error-guardians = Há 1 ou 2 responsáveis.
hoiku-error-hours = As horas por semana vão de 0 a 168.
hoiku-error-days = Os dias por mês vão de 0 a 31.
hoiku-error-household-twice = O mesmo ajuste aparece duas vezes.
hoiku-error-change-guardian = O número do responsável no "e se" não está nas respostas.

hoiku-situation-work = Trabalho
hoiku-situation-self-employed-helper = Trabalho (ajudante em negócio próprio da família)
hoiku-situation-pregnancy-birth = Gravidez e parto
hoiku-situation-illness = Doença
hoiku-situation-disability = Deficiência
hoiku-situation-care = Cuidado de familiar (idoso ou doente)
hoiku-situation-job-seeking = Procura de emprego
hoiku-situation-study = Estudo
hoiku-adjustment-single-parent = Família monoparental
hoiku-adjustment-parental-leave-return = Volta da licença parental
hoiku-adjustment-sibling-enrolled = Irmão ou irmã já matriculado na creche
hoiku-adjustment-unlicensed-care = Usa creche não licenciada ou similar
hoiku-adjustment-small-scale-graduate = Saída de creche de pequeno porte ou similar
hoiku-adjustment-nursery-teacher = Responsável trabalha como educador(a) de creche (保育士)

## Search conditions, map, facility details (ui/src/nursery/)
nursery-drop-off-label = Horário de deixar
nursery-pick-up-label = Horário de buscar
nursery-time-hint = Conforme o seu trajeto (ex.: 07:30). Em branco, não é considerado.
nursery-from-kind-label = Ponto para medir a distância
nursery-from-none = Não medir
nursery-from-home = Casa
nursery-from-work = Trabalho
nursery-from-station = Estação
nursery-from-label = Latitude,longitude desse ponto
nursery-from-hint = São os números que aparecem ao tocar e segurar o local no aplicativo de mapas (ex.: 35.6727,139.8170). Não são enviados para fora do aparelho.
nursery-within-label = Até esta distância (km, em linha reta)
nursery-sort-label = Ordenar por
nursery-sort-code = Número
nursery-sort-distance = Mais perto primeiro
nursery-sort-openings = Mais vagas primeiro
nursery-view-label = Exibição
nursery-view-list = Lista
nursery-view-map = Mapa
nursery-map-title = Posição a partir de { $centre } ({ $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
})
nursery-map-centre-results = Centro dos resultados
nursery-map-note = Ruas e linhas de trem não são desenhadas. Os círculos são distâncias em linha reta. Os números são os mesmos da lista.
nursery-map-ring-m = { $m } m
nursery-map-ring-km = { $km } km
nursery-map-mark = { $no }. { $name } ({ $km } km em linha reta)
nursery-map-mark-beyond = { $no }. { $name } ({ $km } km em linha reta; fora do círculo, por isso aparece na borda)
nursery-row-distance = { $km } km em linha reta
nursery-detail-close = Fechar
nursery-detail-address = Endereço
nursery-detail-access = Como chegar
nursery-detail-phone = Telefone
nursery-detail-ages = Idades aceitas
nursery-detail-capacity = Capacidade
nursery-detail-capacity-value = { $count ->
    [one] { $count } criança
   *[other] { $count } crianças
}
nursery-detail-days = Dias da semana de funcionamento
nursery-detail-hours = Horário de funcionamento
nursery-detail-openings = Vagas para a entrada em { $date }
nursery-detail-class = { $class } anos
nursery-detail-openings-unknown = Nenhuma / não divulgado
nursery-detail-temporary = Cuidado temporário
nursery-detail-sick = Cuidado de criança doente
nursery-detail-fees = Mensalidade
nursery-detail-url = Site
nursery-detail-updated = Atualizado em
nursery-detail-note = Observações
nursery-detail-distance = Distância
nursery-yes = Sim
nursery-no = Não
nursery-unknown = Desconhecido

## The app's screen (ui/src/nursery.rs)
nursery-card-title = Busca de vaga (保活): encontrar creches
nursery-card-intro = Pela data de nascimento da criança, o aplicativo define a turma para a entrada em abril e procura creches com vaga (off-line; por enquanto com dados de amostra).
nursery-card-open = Buscar creches
nursery-screen-title = Buscar creches
nursery-birth-label = Data de nascimento da criança
nursery-birth-hint = Em branco, mostra todas as creches.
nursery-type-label = Tipo
nursery-type-any = Todos
nursery-extended-label = Somente creches com horário estendido
nursery-search-submit = Buscar
nursery-row-kind = { $type }, { $municipality }
nursery-row-hours = Funciona { $opens }–{ $closes }
nursery-row-extended = (estendido até { $until })
nursery-row-openings = Vagas na turma de { $class } anos: { $count }
nursery-row-position = Lat. { $lat }, long. { $lon }

## Bookmarks, preference order, comparison (hagu nursery bookmark / compare, ui/src/nursery/)
nursery-error-bad-facility = Informe o código da creche como "código do município-número" (ex.: 131083-1): { $value }
nursery-error-unknown-facility = A creche { $value } não está nos dados das creches. Busque a creche e confira o código.
nursery-error-not-bookmarked = A creche { $value } não está nos favoritos.
nursery-error-compare-too-few = Para comparar, escolha pelo menos 2 creches.
nursery-error-compare-too-many = É possível comparar no máximo 4 creches de uma vez (as creches com estrela podem ser comparadas todas juntas).
nursery-error-compare-too-few-starred = Não há pelo menos 2 creches com estrela.
nursery-error-compare-twice = A mesma creche foi escolhida duas vezes: { $value }
nursery-error-cannot-move = Não é possível mover mais.
nursery-error-bad-rank = A posição é up, down ou um número de 1 até o número de favoritos: { $value }

nursery-stars-none = Sem avaliação
nursery-bookmark-missing-name = { $name } (não está nos dados das creches)
nursery-compare-yes = Sim
nursery-compare-no = Não
nursery-compare-unknown = —
nursery-compare-type = Tipo
nursery-compare-distance = Distância (em linha reta)
nursery-compare-km = { $km } km
nursery-compare-hours = Horário de funcionamento
nursery-compare-hours-value = { $opens }–{ $closes }
nursery-compare-extended = Horário estendido
nursery-compare-until = até { $until }
nursery-compare-openings = Vagas na turma de { $class } anos (entrada em { $date })
nursery-compare-class-not-taken = Não aceita
nursery-compare-count = { $count }
nursery-compare-fees = Mensalidade
nursery-compare-temporary = Cuidado temporário
nursery-compare-sick = Cuidado de criança doente
nursery-compare-capacity = Capacidade
nursery-compare-people = { $count ->
    [one] { $count } criança
   *[other] { $count } crianças
}
nursery-compare-stars = Avaliação
nursery-compare-note = Anotação

cli-bookmark-about = Creches favoritas (anotações, avaliação, fotos da visita, ordem de preferência)
cli-bookmark-facility-help = Código da creche (mostrado em "hagu nursery search"; ex.: 131083-1)
cli-bookmark-photo-id-help = Número da foto (mostrado em "hagu nursery bookmark photo list")
cli-bookmark-add-about = Adicionar uma creche aos favoritos (no fim da ordem de preferência)
cli-bookmark-note-help = Anotação (impressões da visita etc.)
cli-bookmark-stars-help = Avaliação (1 a 5 estrelas)
cli-bookmark-list-about = Mostrar os favoritos na ordem de preferência
cli-bookmark-json-help = Imprimir JSON (para scripts)
cli-bookmark-note-about = Reescrever a anotação (texto vazio para apagar)
cli-bookmark-text-help = O texto da anotação
cli-bookmark-star-about = Dar uma avaliação (estrelas)
cli-bookmark-star-help = Número de estrelas 1 a 5, ou none (sem avaliação)
cli-bookmark-rank-about = Mudar a ordem de preferência
cli-bookmark-place-help = up (subir 1), down (descer 1) ou o número da posição
cli-bookmark-remove-about = Remover dos favoritos (se adicionar de novo em até 30 dias, a anotação e as fotos voltam)
cli-bookmark-photo-about = Fotos da visita (salvas sem localização e outros dados)
cli-compare-about = Comparar lado a lado as creches favoritas (2 a 4 creches, ou todas com estrela)
cli-compare-facilities-help = Códigos das creches a comparar (2 a 4)
cli-compare-starred-help = Comparar todas as creches com estrela
cli-compare-from-help = Ponto para medir a distância (casa etc.): latitude,longitude
cli-compare-json-help = Imprimir JSON (para scripts)
cli-bookmark-added = { $name } ({ $id }) foi adicionada aos favoritos. É a { $rank }ª opção.
cli-bookmark-none = Ainda não há favoritos. Adicione com "hagu nursery bookmark add CÓDIGO".
cli-bookmark-line = { $rank }ª opção  { $name } ({ $id }) { $stars }  fotos { $photos }
cli-bookmark-note-line = { "  " }Anotação: { $note }
cli-bookmark-changed = { $name } salva ({ $stars }).
cli-bookmark-rank-line = { $rank }ª opção  { $name } ({ $id })
cli-bookmark-removed = { $name } ({ $id }) foi removida dos favoritos.
cli-bookmark-photo-added = Foto #{ $id } adicionada a { $name } ({ $mime }, { $size } bytes). O local e outros dados foram removidos.
cli-bookmark-photo-line = #{ $id }  { $mime }  { $size } bytes  adicionada em { $at }
cli-compare-column = { $rank }ª opção { $name } ({ $id })
cli-compare-row = { $label }: { $cells }

nursery-bookmark-on = ★ Nos favoritos
nursery-bookmark-off = ☆ Favoritar
nursery-bookmark-toggle-label = Favoritar { $name }
nursery-open-bookmarks = Favoritos e comparação ({ $count })
nursery-bookmarks-title = Favoritos e ordem de preferência
nursery-bookmarks-intro = Guarde suas impressões e avaliações das visitas e ordene as creches pela sua preferência. Esta ordem será a ordem de preferência da inscrição.
nursery-bookmarks-none = Ainda não há favoritos. Adicione com "☆ Favoritar" nos resultados da busca de creches.
nursery-bookmark-rank = { $rank }ª opção
nursery-bookmark-up = ↑ Subir
nursery-bookmark-down = ↓ Descer
nursery-bookmark-up-label = Subir { $name } uma posição
nursery-bookmark-down-label = Descer { $name } uma posição
nursery-bookmark-star-label = Dar { $stars } estrelas a { $name }
nursery-bookmark-stars-clear = Sem avaliação
nursery-bookmark-stars-clear-label = Apagar a avaliação de { $name }
nursery-bookmark-note-label = Anotação (impressões da visita etc.)
nursery-bookmark-note-save = Salvar anotação
nursery-bookmark-note-saved = Anotação salva.
nursery-bookmark-remove = Remover
nursery-bookmark-remove-label = Remover { $name } dos favoritos
nursery-bookmark-pick = Incluir na comparação
nursery-bookmark-pick-label = Incluir { $name } na comparação
nursery-compare-selected = Comparar as creches escolhidas ({ $count })
nursery-compare-starred = Comparar todas as creches com estrela
nursery-compare-hint = Escolha de 2 a 4 creches, ou compare todas as que têm estrela.
nursery-compare-title = Comparação de creches
nursery-compare-birth-hint = Se informada, também compara as vagas da turma na entrada.
nursery-compare-from-label = Ponto para medir a distância (latitude,longitude)
nursery-compare-from-hint = Ex.: 35.6727,139.8170 (casa etc.). Em branco, a distância não é mostrada.
nursery-compare-submit = Comparar
nursery-compare-scroll-hint = A tabela pode ser rolada para o lado.
nursery-compare-facility = Creche
