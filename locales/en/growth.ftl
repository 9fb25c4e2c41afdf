## Growth: measurements, percentiles, charts
# English. Same ids and the same arguments as locales/ja/growth.ftl.
# Positions are told gently: never "abnormal", "warning" or similar.

## Growth references (hagukumi_core::growth::Reference::message_id)

growth-reference-who = WHO Child Growth Standards (2006)
growth-reference-japan-2023 = Japanese infant growth survey (2023)
growth-reference-unavailable = The data for this growth reference is not included yet.
growth-reference-choose = Which growth curves to show
growth-reference-fallback = { $indicator }: { $chosen } has no curves for this, so those of { $used } are shown.

## Indicators and sex (Indicator::message_id, Sex::message_id)

growth-indicator-weight = Weight
growth-indicator-length-height = Length/height
growth-indicator-head = Head circumference
growth-indicator-bmi = BMI (Kaup index)
growth-sex-male = boys
growth-sex-female = girls

## Where a measurement sits (growth::assess)

growth-point-percentile = Within the growth chart's band (around percentile { $percentile }).
growth-outside-band-low = Below the growth chart's band. If you are concerned, ask at a health checkup.
growth-outside-band-high = Above the growth chart's band. If you are concerned, ask at a health checkup.

## Kaup index (growth::kaup_assessment)

growth-kaup-within = The Kaup index is { $value }, within the usual range for this age ({ $low }–{ $high }).
growth-kaup-below = The Kaup index is { $value }, a little under the usual range for this age ({ $low }–{ $high }). Body builds differ from child to child; if you are concerned, ask at a health checkup.
growth-kaup-above = The Kaup index is { $value }, a little over the usual range for this age ({ $low }–{ $high }). Body builds differ from child to child; if you are concerned, ask at a health checkup.
growth-kaup-note = The usual ranges of the Kaup index (by age, as given in Imamura Eiichi's “Shin Ikuji-gaku Dokuhon”) are a rough guide, used from 3 months to about 5 years. They are separate from the growth curves (the Japanese survey, WHO).

## Charts (labels passed to growth::chart_svg)

growth-chart-title = { $indicator } growth chart ({ $sex })
growth-chart-desc = The band from the 3rd to the 97th percentile of the { $reference }, with lines at the 10th, 25th, 50th, 75th and 90th percentiles, and { $count ->
        [one] { $count } recorded measurement
       *[other] { $count } recorded measurements
    }.
growth-chart-axis-age = Age (months)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = 3rd–97th percentile band
growth-chart-corrected = Until age 2, ages are corrected for early birth (counted from the due date).

growth-title = Growth chart
growth-needs-sex = Growth charts differ for boys and girls. Choose one to see the chart.

## The chart's numbers as a table (the same content for those who cannot see the chart)

growth-table-show = Show as a table
growth-table-caption = { $indicator }: measurements and their percentiles on the { $reference }
growth-table-date = Date
growth-table-percentile = Percentile
growth-table-percentile-value = about { $percentile }
growth-table-below = under 3 (below the band)
growth-table-above = over 97 (above the band)
growth-table-no-percentile = no curve for this age
