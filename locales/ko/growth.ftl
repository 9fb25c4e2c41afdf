# Hagukumi — ko, growth.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Growth: measurements, percentiles, charts
# Positions are told gently: never "abnormal", "warning" or similar.

## Growth references

growth-reference-who = WHO 아동 성장 기준(2006년)
growth-reference-japan-2023 = 일본 영유아 신체 발육 조사(乳幼児身体発育調査, 2023년)
growth-reference-unavailable = 이 성장 곡선 데이터는 아직 들어 있지 않습니다.
growth-reference-choose = 어떤 성장 곡선으로 볼지
growth-reference-fallback = { $indicator }은(는) { $chosen }의 곡선이 없어서 { $used }의 곡선으로 표시하고 있습니다.

## Indicators and sex

growth-indicator-weight = 체중
growth-indicator-length-height = 신장
growth-indicator-head = 머리둘레
growth-indicator-bmi = BMI(카우프 지수)
growth-sex-male = 남자아이
growth-sex-female = 여자아이

## Where a measurement sits

growth-point-percentile = 성장 곡선의 띠 안에 있습니다({ $percentile }백분위 정도).
growth-outside-band-low = 성장 곡선의 띠보다 아래에 있습니다. 신경이 쓰이면 검진 때 상담해 주세요.
growth-outside-band-high = 성장 곡선의 띠보다 위에 있습니다. 신경이 쓰이면 검진 때 상담해 주세요.

## Kaup index

growth-kaup-within = 카우프 지수는 { $value }(으)로, 이 나이의 보통 기준({ $low }–{ $high }) 안에 있습니다.
growth-kaup-below = 카우프 지수는 { $value }(으)로, 이 나이의 보통 기준({ $low }–{ $high })보다 조금 작습니다. 체격에는 개인차가 있습니다. 신경이 쓰이면 검진 때 상담해 주세요.
growth-kaup-above = 카우프 지수는 { $value }(으)로, 이 나이의 보통 기준({ $low }–{ $high })보다 조금 큽니다. 체격에는 개인차가 있습니다. 신경이 쓰이면 검진 때 상담해 주세요.
growth-kaup-note = 카우프 지수의 기준(이마무라 에이이치 『新・育児学読本』에 따른 나이별 보통 범위)은 생후 3개월부터 5세경까지 사용하는 대략적인 기준입니다. 성장 곡선(일본 영유아 신체 발육 조사·WHO)과는 별개의 기준입니다.

## Charts

growth-chart-title = { $indicator } 성장 곡선({ $sex })
growth-chart-desc = { $reference }의 3–97백분위 띠(10·25·50·75·90백분위 선 포함)와 기록한 { $count }회의 계측값.
growth-chart-axis-age = 월령(개월)
growth-chart-axis-value = { $indicator }({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = 3–97백분위 띠
growth-chart-corrected = 2세까지는 교정 월령(출산 예정일부터 센 월령)으로 표시합니다.

growth-title = 성장 곡선
growth-needs-sex = 성장 곡선은 남자아이와 여자아이가 다릅니다. 어느 쪽을 선택하면 표시됩니다.
