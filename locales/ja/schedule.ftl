## Schedule: vaccines, checkups, reasons
## 日付（$date, $from, $until）は表示する側で「2026年5月2日」の形にしてから渡す。
## $vaccine / $other はワクチン名のメッセージ（schedule-vaccine-…）の文字列。

## ワクチン名
schedule-vaccine-hepb = B型肝炎
schedule-vaccine-rotavirus-rv1 = ロタウイルス（1価・ロタリックス）
schedule-vaccine-rotavirus-rv5 = ロタウイルス（5価・ロタテック）
schedule-vaccine-pcv = 小児用肺炎球菌
schedule-vaccine-dpt-ipv-hib = 五種混合（DPT-IPV-Hib）
schedule-vaccine-dpt-ipv = 四種混合（DPT-IPV）
schedule-vaccine-hib = ヒブ（Hib）
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = 麻しん風しん混合（MR）
schedule-vaccine-varicella = 水痘（みずぼうそう）
schedule-vaccine-je = 日本脳炎
schedule-vaccine-dt = 二種混合（DT）
schedule-vaccine-hpv = HPV（子宮頸がん予防）
schedule-vaccine-mumps = おたふくかぜ
schedule-vaccine-influenza = インフルエンザ
schedule-vaccine-other = その他のワクチン
schedule-vaccine-pcv15 = 小児用肺炎球菌（15価）
schedule-vaccine-rsv-maternal = RSウイルス母子免疫ワクチン
schedule-cohort-mr-fy2024-period-1 = MR第1期の特別措置：2024年度のワクチン不足で受けられなかった2022年4月2日〜2023年4月1日生まれは、市区町村が認めれば2025年4月1日〜2027年3月31日に定期接種で受けられます
schedule-cohort-mr-fy2024-period-2 = MR第2期の特別措置：2024年度のワクチン不足で受けられなかった2018年4月2日〜2019年4月1日生まれは、市区町村が認めれば2025年4月1日〜2027年3月31日に定期接種で受けられます
schedule-cohort-je-1995-2007 = 日本脳炎の特例（1995年4月2日〜2007年4月1日生まれ：20歳になるまで）
schedule-cohort-je-2007-2009 = 日本脳炎の特例（2007年4月2日〜2009年10月1日生まれ：第1期の残りを9〜13歳で）

## 健診名
schedule-checkup-child-1m = 1か月児健診
schedule-checkup-child-3-4m = 3〜6か月児健診
schedule-checkup-child-6-7m = 6〜7か月児健診
schedule-checkup-child-9-10m = 9〜11か月児健診
schedule-checkup-child-1y6m = 1歳6か月児健診
schedule-checkup-child-3y = 3歳児健診
schedule-checkup-child-5y = 5歳児健診
schedule-checkup-postnatal-2w = 産婦健診（産後2週間）
schedule-checkup-postnatal-1m = 産婦健診（産後1か月）
schedule-checkup-prenatal = 妊婦健診
schedule-checkup-other = その他の健診

## 回の名前
schedule-dose-nth = { $n }回目
schedule-dose-primary = 初回{ $n }回目
schedule-dose-booster = 追加接種
schedule-dose-period = 第{ $period }期
schedule-dose-period-primary = 第{ $period }期 初回{ $n }回目
schedule-dose-period-booster = 第{ $period }期 追加
schedule-visit-nth = { $n }回目

## 理由
schedule-reason-given = { $date }に接種済み
schedule-reason-given-as = { $date }に{ $vaccine }として接種済み
schedule-reason-record-before-interval = { $after }回目からの間隔が規定より短い接種です（規定では{ $date }以降）
schedule-reason-record-live-too-close = 注射生ワクチン（{ $vaccine }、{ $date }）から27日以上あいていない接種です
schedule-reason-record-not-routine = 定期接種の対象期間外の接種です
schedule-reason-age-from = { $date }から受けられます
schedule-reason-min-interval = { $dose }回目：{ $after }回目（{ $date }）から{ $days }日以上あけて
schedule-reason-min-interval-months = { $dose }回目：{ $after }回目（{ $date }）から{ $months }か月以上あけて
schedule-reason-after-previous = { $dose }回目：{ $after }回目のあとに
schedule-reason-live-interval = 注射生ワクチン（{ $vaccine }、{ $date }）から{ $days }日以上あけて（同じ日なら同時接種できます）
schedule-reason-recommended-from = 標準的な接種時期は{ $date }から
schedule-reason-recommended-by = 標準的な接種時期は{ $date }まで
schedule-reason-funded-until = 公費（無料）で受けられるのは{ $date }まで
schedule-reason-funded-window-closing = 公費で受けられる期間は残り{ $days }日です（{ $date }まで）
schedule-reason-funded-window-closed = 公費の期間（{ $date }まで）には受けられません。受ける場合は任意接種（自費）になります
schedule-reason-age-limit = { $date }を過ぎると受けられません
schedule-reason-dose-skipped = { $date }までに受けなかったため、この回は行いません（次の回へ進みます）
schedule-reason-dose-skipped-previous-late = { $after }回目が{ $date }以降だったため、この回は行いません
schedule-reason-previous-missed = { $after }回目を受けられないため、この回も受けられません
schedule-reason-later-dose-recorded = { $later }回目が記録されているため、この回は予定に入れません
schedule-reason-dose-count = 1回目（{ $date }）の月齢により、全{ $count }回です
schedule-reason-product-choice = { $other }を選ぶこともできます（最後まで同じワクチンで受けます）
schedule-reason-replaced-by = 販売が終了したため、残りの回は{ $vaccine }に切り替えられます（医師と相談してください）
schedule-reason-chronological-age = 早く生まれたお子さんも、予防接種は実際に生まれた日からの月齢で受けます
schedule-reason-girls-only = 定期接種の対象は女子です
schedule-reason-voluntary = 任意接種です（自費。自治体の助成がある場合があります）
schedule-reason-season = 今シーズン：{ $from }〜{ $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = { $date }から定期接種です
schedule-reason-checkup-done = { $date }に受診済み
schedule-reason-checkup-window = { $from }から{ $until }までに受けます
schedule-reason-checkup-law = 母子保健法で定められた健診です
schedule-reason-checkup-municipal = 市区町村が実施・助成する健診です（時期や方法は市区町村によって異なります）
schedule-reason-checkup-window-passed = 対象の期間（{ $date }まで）が過ぎました
schedule-reason-prenatal-week = 妊娠{ $week }週ごろ
schedule-reason-pregnancy-ended = { $date }の出産で終わりました
schedule-reason-from-expected-date = 出産日が未登録のため、出産予定日（{ $date }）から計算しています
