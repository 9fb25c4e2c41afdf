# Hagukumi — Español (es), growth.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Growth: measurements, percentiles, charts
## Positions are told gently: never "abnormal", "warning" or similar.

## Growth references (hagukumi_core::growth::Reference::message_id)

growth-reference-who = Patrones de Crecimiento Infantil de la OMS (2006)
growth-reference-japan-2023 = Encuesta japonesa de crecimiento de lactantes y niños pequeños (2023)
growth-reference-unavailable = Los datos de esta curva de crecimiento todavía no están incluidos.
growth-reference-choose = Qué curvas de crecimiento mostrar
growth-reference-fallback = { $indicator }: { $chosen } no tiene curvas para esto, así que se muestran las de { $used }.

## Indicators and sex (Indicator::message_id, Sex::message_id)

growth-indicator-weight = Peso
growth-indicator-length-height = Longitud/talla
growth-indicator-head = Perímetro cefálico
growth-indicator-bmi = IMC (índice de Kaup)
growth-sex-male = niños
growth-sex-female = niñas

## Where a measurement sits (growth::assess)

growth-point-percentile = Dentro de la franja de la curva de crecimiento (alrededor del percentil { $percentile }).
growth-outside-band-low = Por debajo de la franja de la curva de crecimiento. Si le preocupa, consúltelo en el control de salud.
growth-outside-band-high = Por encima de la franja de la curva de crecimiento. Si le preocupa, consúltelo en el control de salud.

## Kaup index (growth::kaup_assessment)

growth-kaup-within = El índice de Kaup es { $value }, dentro del rango habitual para esta edad ({ $low }–{ $high }).
growth-kaup-below = El índice de Kaup es { $value }, un poco por debajo del rango habitual para esta edad ({ $low }–{ $high }). La complexión varía de un niño a otro; si le preocupa, consúltelo en el control de salud.
growth-kaup-above = El índice de Kaup es { $value }, un poco por encima del rango habitual para esta edad ({ $low }–{ $high }). La complexión varía de un niño a otro; si le preocupa, consúltelo en el control de salud.
growth-kaup-note = Los rangos habituales del índice de Kaup (por edad, según el libro "Shin Ikuji-gaku Dokuhon" de Imamura Eiichi) son una guía aproximada, usada desde los 3 meses hasta los 5 años más o menos. Son distintos de las curvas de crecimiento (encuesta japonesa, OMS).

## Charts (labels passed to growth::chart_svg)

growth-chart-title = Curva de crecimiento: { $indicator } ({ $sex })
growth-chart-desc = La franja del percentil 3 al 97 de { $reference }, con líneas en los percentiles 10, 25, 50, 75 y 90, y { $count ->
        [one] { $count } medición registrada
       *[other] { $count } mediciones registradas
    }.
growth-chart-axis-age = Edad (meses)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = Franja del percentil 3 al 97
growth-chart-corrected = Hasta los 2 años, la edad se muestra como edad corregida (contada desde la fecha probable de parto).

growth-title = Curva de crecimiento
growth-needs-sex = Las curvas de crecimiento son distintas para niños y niñas. Elija uno para ver la curva.
