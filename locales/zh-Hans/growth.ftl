# Hagukumi — zh-Hans, growth.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Growth: measurements, percentiles, charts
# Positions are told gently: never "abnormal", "warning" or similar.

## Growth references

growth-reference-who = WHO 儿童生长标准（2006年）
growth-reference-japan-2023 = 日本婴幼儿身体发育调查（乳幼児身体発育調査，2023年）
growth-reference-unavailable = 此生长曲线的数据尚未收录。
growth-reference-choose = 使用哪种生长曲线
growth-reference-fallback = { $indicator }没有{ $chosen }的曲线，因此显示{ $used }的曲线。

## Indicators and sex

growth-indicator-weight = 体重
growth-indicator-length-height = 身长
growth-indicator-head = 头围
growth-indicator-bmi = BMI（考普指数）
growth-sex-male = 男孩
growth-sex-female = 女孩

## Where a measurement sits

growth-point-percentile = 位于生长曲线的带状范围内（约第{ $percentile }百分位）。
growth-outside-band-low = 位于生长曲线带状范围的下方。如有担心，请在体检时咨询。
growth-outside-band-high = 位于生长曲线带状范围的上方。如有担心，请在体检时咨询。

## Kaup index

growth-kaup-within = 考普指数为{ $value }，在该年龄的一般参考范围（{ $low }–{ $high }）之内。
growth-kaup-below = 考普指数为{ $value }，略低于该年龄的一般参考范围（{ $low }–{ $high }）。体格因人而异。如有担心，请在体检时咨询。
growth-kaup-above = 考普指数为{ $value }，略高于该年龄的一般参考范围（{ $low }–{ $high }）。体格因人而异。如有担心，请在体检时咨询。
growth-kaup-note = 考普指数的参考范围（依据今村荣一《新・育児学読本》中各年龄的一般范围）是用于出生后3个月至5岁左右的大致标准，与生长曲线（日本婴幼儿身体发育调查、WHO）是不同的参考。

## Charts

growth-chart-title = { $indicator }生长曲线（{ $sex }）
growth-chart-desc = { $reference }的第3–97百分位带（附第10、25、50、75、90百分位线），以及记录的{ $count }次测量值。
growth-chart-axis-age = 月龄（个月）
growth-chart-axis-value = { $indicator }（{ $unit }）
growth-chart-point = { $age }：{ $value } { $unit }
growth-chart-band = 第3–97百分位带
growth-chart-corrected = 2岁以前按矫正月龄（从预产期起算的月龄）显示。

growth-title = 生长曲线
growth-needs-sex = 生长曲线分男孩和女孩。选择其一即可显示。
