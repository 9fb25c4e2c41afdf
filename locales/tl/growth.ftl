# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Growth: measurements, percentiles, charts
# Positions are told gently: never "abnormal", "warning" or similar.

## Growth references (hagukumi_core::growth::Reference::message_id)

growth-reference-who = WHO Child Growth Standards (2006)
growth-reference-japan-2023 = Survey sa paglaki ng mga sanggol at bata sa Japan (2023)
growth-reference-unavailable = Hindi pa kasama ang data para sa sanggunian ng paglaking ito.
growth-reference-choose = Aling growth curve ang ipapakita
growth-reference-fallback = { $indicator }: walang curve ang { $chosen } para rito, kaya ipinapakita ang sa { $used }.

## Indicators and sex (Indicator::message_id, Sex::message_id)

growth-indicator-weight = Timbang
growth-indicator-length-height = Haba/taas
growth-indicator-head = Sukat ng ulo
growth-indicator-bmi = BMI (Kaup index)
growth-sex-male = lalaki
growth-sex-female = babae

## Where a measurement sits (growth::assess)

growth-point-percentile = Nasa loob ng band ng growth chart (bandang ika-{ $percentile } percentile).
growth-outside-band-low = Mas mababa sa band ng growth chart. Kung nag-aalala kayo, magtanong sa health checkup.
growth-outside-band-high = Mas mataas sa band ng growth chart. Kung nag-aalala kayo, magtanong sa health checkup.

## Kaup index (growth::kaup_assessment)

growth-kaup-within = Ang Kaup index ay { $value }, nasa karaniwang saklaw para sa edad na ito ({ $low }–{ $high }).
growth-kaup-below = Ang Kaup index ay { $value }, medyo mababa sa karaniwang saklaw para sa edad na ito ({ $low }–{ $high }). Iba-iba ang pangangatawan ng bawat bata; kung nag-aalala kayo, magtanong sa health checkup.
growth-kaup-above = Ang Kaup index ay { $value }, medyo mataas sa karaniwang saklaw para sa edad na ito ({ $low }–{ $high }). Iba-iba ang pangangatawan ng bawat bata; kung nag-aalala kayo, magtanong sa health checkup.
growth-kaup-note = Ang karaniwang saklaw ng Kaup index (ayon sa edad, mula sa “Shin Ikuji-gaku Dokuhon” ni Imamura Eiichi) ay magaspang na gabay, ginagamit mula 3 buwan hanggang mga 5 taon. Hiwalay ito sa mga growth curve (survey ng Japan, WHO).

## Charts (labels passed to growth::chart_svg)

growth-chart-title = Growth chart ng { $indicator } ({ $sex })
growth-chart-desc = Ang band mula ika-3 hanggang ika-97 percentile ng { $reference }, may mga linya sa ika-10, 25, 50, 75 at 90 percentile, at { $count } naitalang sukat.
growth-chart-axis-age = Edad (buwan)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = Band ng ika-3 hanggang ika-97 percentile
growth-chart-corrected = Hanggang 2 taong gulang, itinatama ang edad para sa maagang kapanganakan (binibilang mula sa takdang araw).

growth-title = Growth chart
growth-needs-sex = Magkaiba ang growth chart ng lalaki at babae. Pumili ng isa para makita ang chart.
