# Hagukumi — zh-Hans, pregnancy.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Pregnancy records and postnatal checkups

## Record kinds

pregnancy-kind-notification = 妊娠申报（妊娠の届出）
pregnancy-kind-prenatal-visit = 孕妇体检（妊婦健診）
pregnancy-kind-dental = 孕妇牙科检查（妊婦歯科健診）
pregnancy-kind-class = 父母课堂·母亲课堂（両親学級・母親学級）
pregnancy-kind-environment = 工作·生活备忘
pregnancy-kind-postnatal-checkup = 产后体检（産後健診）
pregnancy-kind-vaccination = 孕妇预防接种

## The pregnancy's screen

pregnancy-records = 记录
error-no-such-pregnancy = 找不到此妊娠记录
pregnancy-no-records = 还没有记录。可以用下方的表格记录孕妇体检或申报日期。
pregnancy-date-week = 这一天是{ $week }
pregnancy-stat-blood-pressure = 血压
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = 单位为 mmHg（例：高压 112，低压 70）
pregnancy-epds-field-hint = 爱丁堡产后抑郁量表（EPDS）总分（0–30分）
# Shown gently under a postnatal checkup whose EPDS is 9 or more
pregnancy-epds-hint = 产后是身心都容易波动的时期。如果有担心的事或想倾诉的事，请不要一个人承受，可以随时向助产师、保健师，或您所居住市区町村的育儿支援中心（こども家庭センター／子育て世代包括支援センター）咨询。

## Choices

pregnancy-method-last-period = 根据末次月经
pregnancy-method-ultrasound = 根据超声检查（B超）
pregnancy-method-other = 其他
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = −（阴性）
pregnancy-urine-trace-option = ±（弱阳性）
pregnancy-urine-plus1-option = +（阳性）
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = −（无）
pregnancy-edema-plus1-option = +（有）
pregnancy-edema-plus2-option = ++（严重）
pregnancy-heart-present = 有胎心
pregnancy-heart-absent = 未能确认胎心
pregnancy-heart-not-checked = 未检查胎心
pregnancy-timing-two-weeks = 产后2周体检
pregnancy-timing-one-month = 产后1个月体检
pregnancy-timing-other = 其他产后体检

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = 体重 { $value } kg
pregnancy-value-lot = 批号 { $lot }
pregnancy-value-blood-pressure = 血压 { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = 尿蛋白 { $value }
pregnancy-value-urine-sugar = 尿糖 { $value }
pregnancy-value-edema = 浮肿 { $value }
pregnancy-value-fundal-height = 宫高 { $value } cm
pregnancy-value-abdominal-girth = 腹围 { $value } cm
pregnancy-value-heart-rate = 胎心 { $bpm }次/分
pregnancy-value-method = 预产期：{ $method }
pregnancy-value-epds = EPDS { $score }分

## hagu pregnancy (command line)

cli-pregnancy-about = 添加和列出妊娠及孕期·产后记录（孕妇体检、产后体检等）
cli-pregnancy-add-about = 添加妊娠
cli-pregnancy-label-help = 称呼（例：二宝，可选）
cli-pregnancy-expected-help = 预产期（例：2027-03-01）
cli-pregnancy-list-about = 列出手册中的妊娠
cli-pregnancy-list-json-help = 以机器可读的 JSON 数组输出（id, label, expected_date）
cli-pregnancy-record-about = 添加、列出、修改、删除、恢复孕期·产后记录
cli-pregnancy-record-add-about = 为妊娠添加记录
cli-pregnancy-record-list-about = 按日期从早到晚列出妊娠记录
cli-pregnancy-record-edit-about = 修改记录。未指定的项目保持不变；用空值（""）可清除可选项目。修改前的内容保留在历史中
cli-pregnancy-record-delete-about = 删除记录（30天内可恢复）
cli-pregnancy-record-restore-about = 恢复30天内删除的记录
cli-pregnancy-record-history-about = 按时间顺序显示记录修改前的内容
cli-pregnancy-record-notification-about = 妊娠申报
cli-pregnancy-record-prenatal-visit-about = 孕妇体检（孕周根据日期和预产期计算）
cli-pregnancy-record-dental-about = 孕妇牙科检查
cli-pregnancy-record-vaccination-about = 孕期预防接种（例：RS病毒母婴免疫疫苗）
cli-pregnancy-record-class-about = 父母课堂·母亲课堂
cli-pregnancy-record-environment-about = 工作和生活环境备忘
cli-pregnancy-record-postnatal-checkup-about = 产后体检（母亲的体检）
cli-pregnancy-pregnancy-help = 妊娠的 ID（可用“hagu pregnancy list --json”查看）
cli-pregnancy-record-id-help = 记录的 ID（可用“hagu pregnancy record list”查看）
cli-pregnancy-kind-help = 仅此类型的记录
cli-pregnancy-deleted-help = 包括已删除的记录
cli-pregnancy-record-list-json-help = 以机器可读的 JSON 数组输出（格式：docs/export-format.md）
cli-pregnancy-history-json-help = 以机器可读的 JSON 数组输出（record_id, change, previous, changed_at）
cli-pregnancy-date-help = 日期（例：2026-11-24）
cli-pregnancy-notification-date-help = 申报日期（例：2026-07-10）
cli-pregnancy-method-help = 预产期的确定方法：last-period（末次月经）、ultrasound（超声检查）、other（其他）
cli-pregnancy-weight-help = 体重（kg，例：58.4）
cli-pregnancy-systolic-help = 血压·高压（mmHg）
cli-pregnancy-diastolic-help = 血压·低压（mmHg）
cli-pregnancy-urine-protein-help = 尿蛋白：- ± + ++ +++（也可用 negative, trace, plus1, plus2, plus3）
cli-pregnancy-urine-sugar-help = 尿糖：- ± + ++ +++（也可用 negative, trace, plus1, plus2, plus3）
cli-pregnancy-edema-help = 浮肿：- + ++（也可用 negative, plus1, plus2）
cli-pregnancy-fundal-height-help = 宫高（cm）
cli-pregnancy-abdominal-girth-help = 腹围（cm）
cli-pregnancy-fetal-heart-help = 胎心：present（有）、absent（未能确认）、not-checked（未检查）
cli-pregnancy-heart-rate-help = 胎心率（次/分）
cli-pregnancy-notes-help = 备注
cli-pregnancy-facility-help = 医疗机构
cli-pregnancy-vaccine-help = 疫苗的 ID（例：rsv-maternal）
cli-pregnancy-lot-help = 批号
cli-pregnancy-findings-help = 医生所见
cli-pregnancy-class-name-help = 课程名称
cli-pregnancy-text-help = 备注内容
cli-pregnancy-timing-help = 体检时期：two-weeks（产后2周）、one-month（产后1个月）、other（其他）
cli-pregnancy-epds-help = EPDS 总分（0–30）
cli-pregnancy-line = #{ $id }  { $title }  预产期 { $expected }  { $status }
cli-pregnancy-added = 已添加妊娠：{ $pregnancy }
cli-pregnancy-none = 没有登记的妊娠。可用“hagu pregnancy add”添加。
cli-pregnancy-record-added = 已添加记录 #{ $id }（{ $title }）：{ $entry }
cli-pregnancy-record-edited = 已修改记录 #{ $id }：{ $entry }
cli-pregnancy-record-deleted = 已删除记录 #{ $id }。在 { $until } 之前可用“hagu pregnancy record restore { $id }”恢复。
cli-pregnancy-record-restored = 已恢复记录 #{ $id }：{ $entry }
cli-pregnancy-record-none = 没有记录。可用“hagu pregnancy record add”添加。
cli-pregnancy-no-pregnancy = 没有 ID 为 { $id } 的妊娠。请用“hagu pregnancy list --json”确认。未作任何更改。
cli-pregnancy-no-record = 没有 ID 为 { $id } 的记录。请用“hagu pregnancy record list”确认。未作任何更改。
cli-pregnancy-record-kind-mismatch = 记录 #{ $id } 是 { $kind } 记录。请用“hagu pregnancy record edit { $id } { $kind } …”修改。未作任何更改。
cli-pregnancy-record-is-deleted = 记录 #{ $id } 已被删除。请先用“hagu pregnancy record restore { $id }”恢复。未作任何更改。
cli-pregnancy-record-already-deleted = 记录 #{ $id } 已经删除。未作任何更改。
cli-pregnancy-record-not-deleted = 记录 #{ $id } 未被删除，没有需要恢复的内容。
cli-pregnancy-record-too-old = 记录 #{ $id } 删除已超过30天，无法恢复。
cli-pregnancy-photo-about = 添加、列出、导出、删除、恢复孕期·产后记录的照片（JPEG 或 PNG；与应用相同，拍摄地点等信息会被去除）
cli-pregnancy-photo-not-theirs = 记录 #{ $record } 不是“{ $title }”的记录。未保存任何内容。
cli-pregnancy-history-none = 记录 #{ $id } 没有被修改过。
