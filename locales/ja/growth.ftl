## Growth: measurements, percentiles, charts
# 日本語（第一言語）。英語版 locales/en/growth.ftl と同じ ID・同じ引数をすべて持つこと。
# 測定値の位置は、やさしく伝える。心配をあおる言い方（「異常」「要注意」など）は使わない。

## 成長曲線の基準（hagukumi_core::growth::Reference::message_id）

growth-reference-who = WHO 子どもの成長基準（2006年）
growth-reference-japan-2023 = 乳幼児身体発育調査（令和5年）
growth-reference-unavailable = この成長曲線のデータは、まだ入っていません。
growth-reference-choose = どの成長曲線で見るか
growth-reference-fallback = { $indicator }は{ $chosen }の曲線がないため、{ $used }の曲線で表示しています。

## 項目と性別（Indicator::message_id、Sex::message_id）

growth-indicator-weight = 体重
growth-indicator-length-height = 身長
growth-indicator-head = 頭囲
growth-indicator-bmi = BMI（カウプ指数）
growth-sex-male = 男の子
growth-sex-female = 女の子

## 測定値の位置（growth::assess）

growth-point-percentile = 成長曲線の帯の中にあります（{ $percentile }パーセンタイルあたり）。
growth-outside-band-low = 成長曲線の帯より下にあります。気になるときは健診で相談してください。
growth-outside-band-high = 成長曲線の帯より上にあります。気になるときは健診で相談してください。

## カウプ指数（growth::kaup_assessment）

growth-kaup-within = カウプ指数は{ $value }で、この年齢のふつうの目安（{ $low }〜{ $high }）の中です。
growth-kaup-below = カウプ指数は{ $value }で、この年齢のふつうの目安（{ $low }〜{ $high }）より小さめです。からだつきには個人差があります。気になるときは健診で相談してください。
growth-kaup-above = カウプ指数は{ $value }で、この年齢のふつうの目安（{ $low }〜{ $high }）より大きめです。からだつきには個人差があります。気になるときは健診で相談してください。
growth-kaup-note = カウプ指数の目安（今村榮一『新・育児学読本』による、年齢ごとのふつうの範囲）は、生後3か月から5歳ごろまでに使われる、おおまかなものです。成長曲線（乳幼児身体発育調査・WHO）とは別の目安です。

## グラフ（growth::chart_svg に渡すラベル）

growth-chart-title = { $indicator }の成長曲線（{ $sex }）
growth-chart-desc = { $reference }の3〜97パーセンタイルの帯（10・25・50・75・90パーセンタイルの線つき）と、記録した{ $count }回の測定値。
growth-chart-axis-age = 月齢（か月）
growth-chart-axis-value = { $indicator }（{ $unit }）
growth-chart-point = { $age }：{ $value } { $unit }
growth-chart-band = 3〜97パーセンタイルの帯
growth-chart-corrected = 2歳までは、修正月齢（出産予定日から数えた月齢）で表示しています。

growth-title = 成長曲線
growth-needs-sex = 成長曲線は男の子・女の子で分かれています。どちらかを選ぶと表示されます。

## グラフの数値の表（グラフを見られない人にも同じ内容を）

growth-table-show = 数値の表で見る
growth-table-caption = { $indicator }の測定値と、{ $reference }でのパーセンタイル
growth-table-date = 測定日
growth-table-percentile = パーセンタイル
growth-table-percentile-value = 約{ $percentile }
growth-table-below = 3未満（帯より下）
growth-table-above = 97超（帯より上）
growth-table-no-percentile = この年齢の曲線がありません
