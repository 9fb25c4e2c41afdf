# Hagukumi — zh-Hans, schedule.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.

## Vaccine names
schedule-vaccine-hepb = 乙型肝炎（B型肝炎）
schedule-vaccine-rotavirus-rv1 = 轮状病毒（单价·Rotarix）
schedule-vaccine-rotavirus-rv5 = 轮状病毒（五价·RotaTeq）
schedule-vaccine-pcv = 小儿肺炎球菌（小児用肺炎球菌）
schedule-vaccine-dpt-ipv-hib = 五联疫苗（DPT-IPV-Hib，五種混合）
schedule-vaccine-dpt-ipv = 四联疫苗（DPT-IPV，四種混合）
schedule-vaccine-hib = Hib（b型流感嗜血杆菌）
schedule-vaccine-bcg = BCG（卡介苗）
schedule-vaccine-mr = 麻疹风疹联合疫苗（MR）
schedule-vaccine-varicella = 水痘
schedule-vaccine-je = 日本脑炎（乙型脑炎）
schedule-vaccine-dt = 二联疫苗（DT，白喉·破伤风）
schedule-vaccine-hpv = HPV（预防子宫颈癌）
schedule-vaccine-mumps = 流行性腮腺炎（おたふくかぜ）
schedule-vaccine-influenza = 流感
schedule-vaccine-other = 其他疫苗
schedule-vaccine-pcv15 = 小儿肺炎球菌（15价）
schedule-vaccine-rsv-maternal = RS病毒母婴免疫疫苗（孕期接种）
schedule-cohort-mr-fy2024-period-1 = MR第1期特别措施：2022年4月2日–2023年4月1日出生、因2024年度疫苗短缺未能接种的孩子，经市区町村认可，可于2025年4月1日–2027年3月31日作为定期接种接受
schedule-cohort-mr-fy2024-period-2 = MR第2期特别措施：2018年4月2日–2019年4月1日出生、因2024年度疫苗短缺未能接种的孩子，经市区町村认可，可于2025年4月1日–2027年3月31日作为定期接种接受
schedule-cohort-je-1995-2007 = 日本脑炎特例（1995年4月2日–2007年4月1日出生：至满20岁）
schedule-cohort-je-2007-2009 = 日本脑炎特例（2007年4月2日–2009年10月1日出生：第1期剩余剂次在9–13岁接种）

## Checkup names
schedule-checkup-child-1m = 1个月婴儿体检
schedule-checkup-child-3-4m = 3–6个月婴儿体检
schedule-checkup-child-6-7m = 6–7个月婴儿体检
schedule-checkup-child-9-10m = 9–11个月婴儿体检
schedule-checkup-child-1y6m = 1岁6个月幼儿体检
schedule-checkup-child-3y = 3岁幼儿体检
schedule-checkup-child-5y = 5岁幼儿体检
schedule-checkup-postnatal-2w = 产妇体检（产后2周）
schedule-checkup-postnatal-1m = 产妇体检（产后1个月）
schedule-checkup-prenatal = 孕妇体检（妊婦健診）
schedule-checkup-other = 其他体检

## Dose labels
schedule-dose-nth = 第{ $n }剂
schedule-dose-primary = 基础免疫第{ $n }剂
schedule-dose-booster = 加强接种
schedule-dose-period = 第{ $period }期
schedule-dose-period-primary = 第{ $period }期 基础免疫第{ $n }剂
schedule-dose-period-booster = 第{ $period }期 加强
schedule-visit-nth = 第{ $n }次

## Reasons
schedule-reason-given = { $date }已接种
schedule-reason-given-as = { $date }作为{ $vaccine }已接种
schedule-reason-record-before-interval = 与第{ $after }剂的间隔短于规定（规定为{ $date }以后）
schedule-reason-record-live-too-close = 与注射型活疫苗（{ $vaccine }，{ $date }）的间隔不足27天
schedule-reason-record-not-routine = 在定期接种对象期间以外接种
schedule-reason-age-from = 从{ $date }起可以接种
schedule-reason-min-interval = 第{ $dose }剂：与第{ $after }剂（{ $date }）间隔{ $days }天以上
schedule-reason-min-interval-months = 第{ $dose }剂：与第{ $after }剂（{ $date }）间隔{ $months }个月以上
schedule-reason-after-previous = 第{ $dose }剂：在第{ $after }剂之后
schedule-reason-live-interval = 与注射型活疫苗（{ $vaccine }，{ $date }）间隔{ $days }天以上（同一天可以同时接种）
schedule-reason-recommended-from = 标准接种时期从{ $date }开始
schedule-reason-recommended-by = 标准接种时期到{ $date }为止
schedule-reason-funded-until = 可公费（免费）接种至{ $date }
schedule-reason-funded-window-closing = 公费接种期间还剩{ $days }天（至{ $date }）
schedule-reason-funded-window-closed = 已无法在公费期间（至{ $date }）接种。如接种则为自愿接种（自费）
schedule-reason-age-limit = 过了{ $date }就不能接种
schedule-reason-dose-skipped = 因未在{ $date }之前接种，本剂不再进行（进入下一剂）
schedule-reason-dose-skipped-previous-late = 因第{ $after }剂在{ $date }以后，本剂不再进行
schedule-reason-previous-missed = 因第{ $after }剂已无法接种，本剂也无法接种
schedule-reason-later-dose-recorded = 因已记录第{ $later }剂，本剂不列入日程
schedule-reason-dose-count = 根据第1剂（{ $date }）时的月龄，共{ $count }剂
schedule-reason-product-choice = 也可以选择{ $other }（自始至终使用同一种疫苗）
schedule-reason-replaced-by = 因已停止销售，剩余剂次可改用{ $vaccine }（请与医生商量）
schedule-reason-chronological-age = 早产的孩子也按实际出生日起算的月龄接种
schedule-reason-girls-only = 定期接种的对象为女孩
schedule-reason-voluntary = 自愿接种（自费。地方政府可能有补助）
schedule-reason-season = 本季：{ $from }–{ $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = 从{ $date }起为定期接种
schedule-reason-checkup-done = { $date }已就诊
schedule-reason-checkup-window = 在{ $from }至{ $until }之间接受
schedule-reason-checkup-law = 《母子保健法》规定的体检
schedule-reason-checkup-municipal = 由市区町村实施或补助的体检（时间和方式因市区町村而异）
schedule-reason-checkup-window-passed = 对象期间（至{ $date }）已过
schedule-reason-prenatal-week = 怀孕{ $week }周左右
schedule-reason-pregnancy-ended = 已于{ $date }分娩结束
schedule-reason-from-expected-date = 因尚未登记出生日期，按预产期（{ $date }）计算
