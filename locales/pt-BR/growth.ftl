# Hagukumi — Português (Brasil) (pt-BR), growth.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Growth: measurements, percentiles, charts
## Positions are told gently: never "abnormal", "warning" or similar.

## Growth references (hagukumi_core::growth::Reference::message_id)

growth-reference-who = Padrões de Crescimento Infantil da OMS (2006)
growth-reference-japan-2023 = Pesquisa japonesa de crescimento de bebês e crianças pequenas (2023)
growth-reference-unavailable = Os dados desta curva de crescimento ainda não estão incluídos.
growth-reference-choose = Quais curvas de crescimento mostrar
growth-reference-fallback = { $indicator }: { $chosen } não tem curvas para isto, por isso são mostradas as de { $used }.

## Indicators and sex (Indicator::message_id, Sex::message_id)

growth-indicator-weight = Peso
growth-indicator-length-height = Comprimento/altura
growth-indicator-head = Perímetro cefálico
growth-indicator-bmi = IMC (índice de Kaup)
growth-sex-male = meninos
growth-sex-female = meninas

## Where a measurement sits (growth::assess)

growth-point-percentile = Dentro da faixa da curva de crescimento (por volta do percentil { $percentile }).
growth-outside-band-low = Abaixo da faixa da curva de crescimento. Se estiver preocupado(a), pergunte na consulta de saúde.
growth-outside-band-high = Acima da faixa da curva de crescimento. Se estiver preocupado(a), pergunte na consulta de saúde.

## Kaup index (growth::kaup_assessment)

growth-kaup-within = O índice de Kaup é { $value }, dentro da faixa habitual para esta idade ({ $low }–{ $high }).
growth-kaup-below = O índice de Kaup é { $value }, um pouco abaixo da faixa habitual para esta idade ({ $low }–{ $high }). O biotipo varia de criança para criança; se estiver preocupado(a), pergunte na consulta de saúde.
growth-kaup-above = O índice de Kaup é { $value }, um pouco acima da faixa habitual para esta idade ({ $low }–{ $high }). O biotipo varia de criança para criança; se estiver preocupado(a), pergunte na consulta de saúde.
growth-kaup-note = As faixas habituais do índice de Kaup (por idade, segundo o livro "Shin Ikuji-gaku Dokuhon" de Imamura Eiichi) são uma referência aproximada, usada dos 3 meses até por volta dos 5 anos. Elas são diferentes das curvas de crescimento (pesquisa japonesa, OMS).

## Charts (labels passed to growth::chart_svg)

growth-chart-title = Curva de crescimento: { $indicator } ({ $sex })
growth-chart-desc = A faixa do percentil 3 ao 97 de { $reference }, com linhas nos percentis 10, 25, 50, 75 e 90, e { $count ->
        [one] { $count } medição registrada
       *[other] { $count } medições registradas
    }.
growth-chart-axis-age = Idade (meses)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = Faixa do percentil 3 ao 97
growth-chart-corrected = Até os 2 anos, a idade é mostrada como idade corrigida (contada a partir da data prevista do parto).

growth-title = Curva de crescimento
growth-needs-sex = As curvas de crescimento são diferentes para meninos e meninas. Escolha um para ver a curva.
