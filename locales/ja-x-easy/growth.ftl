# Hagukumi — ja-x-easy, growth.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Growth: measurements, percentiles, charts
# Positions are told gently: never "abnormal", "warning" or similar.

## Growth references

growth-reference-who = WHO こどもの せいちょうの きじゅん（2006年）
growth-reference-japan-2023 = にゅうようじ しんたい はついく ちょうさ（乳幼児身体発育調査・2023年）
growth-reference-unavailable = この せいちょう きょくせんの データは、まだ はいって いません。
growth-reference-choose = どの せいちょう きょくせんで みるか
growth-reference-fallback = { $indicator }は { $chosen }の きょくせんが ないので、{ $used }の きょくせんで みせて います。

## Indicators and sex

growth-indicator-weight = たいじゅう
growth-indicator-length-height = しんちょう
growth-indicator-head = あたまの まわり（頭囲）
growth-indicator-bmi = BMI（カウプしすう）
growth-sex-male = おとこのこ
growth-sex-female = おんなのこ

## Where a measurement sits

growth-point-percentile = せいちょう きょくせんの おびの なかに あります（{ $percentile }パーセンタイル ぐらい）。
growth-outside-band-low = せいちょう きょくせんの おびより したに あります。しんぱいな ときは けんしんで そうだん して ください。
growth-outside-band-high = せいちょう きょくせんの おびより うえに あります。しんぱいな ときは けんしんで そうだん して ください。

## Kaup index

growth-kaup-within = カウプしすうは { $value }です。この ねんれいの ふつうの めやす（{ $low }〜{ $high }）の なかです。
growth-kaup-below = カウプしすうは { $value }です。この ねんれいの ふつうの めやす（{ $low }〜{ $high }）より すこし ちいさいです。からだつきは ひとり ひとり ちがいます。しんぱいな ときは けんしんで そうだん して ください。
growth-kaup-above = カウプしすうは { $value }です。この ねんれいの ふつうの めやす（{ $low }〜{ $high }）より すこし おおきいです。からだつきは ひとり ひとり ちがいます。しんぱいな ときは けんしんで そうだん して ください。
growth-kaup-note = カウプしすうの めやす（いまむら えいいち『新・育児学読本』の、ねんれいごとの ふつうの はんい）は、うまれて 3かげつから 5さい ごろまで つかう だいたいの めやすです。せいちょう きょくせん（乳幼児身体発育調査・WHO）とは べつの めやすです。

## Charts

growth-chart-title = { $indicator }の せいちょう きょくせん（{ $sex }）
growth-chart-desc = { $reference }の 3〜97パーセンタイルの おび（10・25・50・75・90パーセンタイルの せん つき）と、きろくした { $count }かいの はかった すうじ。
growth-chart-axis-age = つきれい（かげつ）
growth-chart-axis-value = { $indicator }（{ $unit }）
growth-chart-point = { $age }：{ $value } { $unit }
growth-chart-band = 3〜97パーセンタイルの おび
growth-chart-corrected = 2さいまでは、しゅうせい つきれい（しゅっさん よていびから かぞえた つきれい）で みせて います。

growth-title = せいちょう きょくせん（成長曲線）
growth-needs-sex = せいちょう きょくせんは おとこのこと おんなのこで ちがいます。どちらかを えらぶと みられます。
