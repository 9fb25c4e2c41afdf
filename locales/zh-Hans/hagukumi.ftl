# Hagukumi — 中文（简体） (zh-Hans). A draft translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = 母子健康手册
app-loading = 正在加载…

## Dates and ages

date = { $year }年{ $month }月{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
age = { $years }岁{ $months }个月{ $days }天
gestational-age = 怀孕{ $weeks }周{ $days }天

## Home

home-children = 孩子
home-pregnancies = 妊娠
home-empty = 还没有登记任何人。请用下方的表格添加孩子或妊娠。
child-born = { $date }出生
child-age-label = 年龄
pregnancy-untitled = 腹中的宝宝
pregnancy-expected = 预产期 { $date }
pregnancy-days-left = 距预产期还有{ $days }天
pregnancy-due-today = 今天是预产期
pregnancy-past-due = 已过预产期{ $days }天
pregnancy-not-started = 尚未进入妊娠期

## Forms

form-child-title = 添加孩子
form-child-name = 姓名
form-child-name-placeholder = 例：花子
form-child-birth = 出生日期
form-pregnancy-title = 添加妊娠
form-pregnancy-label = 称呼（可选）
form-pregnancy-label-placeholder = 例：二宝
form-pregnancy-expected = 预产期
form-date-placeholder = 例：2025-04-01
form-date-hint = 年-月-日（也可写作 2025/4/1）
form-submit-child = 添加孩子
form-submit-pregnancy = 添加妊娠
form-saving = 正在保存…
form-saved-child = 已添加 { $name }
form-saved-pregnancy = 已添加妊娠


## A child's screen and records

child-back = ‹ 返回首页
child-records = 记录
child-no-records = 还没有记录。可以用下方的表格记录身体测量或预防接种。
child-deleted = 最近删除的记录（{ $count }条，30天内可恢复）
record-add-title = 添加记录
record-submit = 记录
record-saved = 已记录{ $kind }
record-delete = 删除
record-deleted = 记录已删除。
record-undo = 撤销
records-more = 查看更早的记录
record-edit = 编辑
record-edit-title = 编辑记录
record-edit-submit = 保存修改
record-edit-cancel = 取消编辑
record-edited = 已修改{ $kind }
record-history = 历史
record-history-title = 以往内容
record-history-empty = 还没有修改
record-history-loading = 正在加载…
record-change-edit = 修改
record-change-delete = 删除
record-change-restore = 恢复
record-history-before = 修改前：{ $summary }
record-restored = 记录已恢复
record-kind-measurement = 身体测量
record-kind-vaccination = 预防接种
record-kind-milestone = 成长里程碑
record-kind-note = 备注
record-kind-allergy = 过敏
record-kind-illness = 疾病
record-allergy-substance = 过敏原（食物、药物等）
record-allergy-reaction = 症状（可选）
record-illness-name = 病名
record-before = { $date } { $summary }
record-dose = 第{ $dose }剂
record-lot = 批号 { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } 第{ $dose }剂
record-line-weight = 体重 { $value } kg
record-line-height = 身长 { $value } cm
record-line-head = 头围 { $value } cm
record-line-chest = 胸围 { $value } cm
record-line-separator = ，
form-choose = 请选择
funding-public = 定期接种（公费）
funding-self-paid = 自愿接种（自费）
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = 体重
field-height-short = 身长
field-head-circumference-short = 头围
field-chest-circumference-short = 胸围

## Clinic summary

summary-title = { $name } 的就诊摘要
summary-as-of = 截至{ $date }
summary-allergies = 过敏
summary-measurements = 最新测量
summary-next-due = 下次预定
summary-vaccinations = 预防接种记录
summary-illnesses = 患过的疾病
summary-none-recorded = 无记录
summary-nothing-due = 无预定
summary-rules = 计算日程所用规则：第{ $version }版（截至{ $as_of }{ $builtin ->
    [yes] ，应用内置
   *[no] ，通过更新获得
}）
summary-since = 自{ $date }起
summary-print = 打印
summary-open = 就诊摘要

## Settings

language-label = 语言
language-ja = 日本語
language-en = English
language-unreviewed = { $name }（翻译未经审核）
language-unreviewed-group = 翻译未经审核
language-more = 其他语言

## Field names

field-name = 姓名
field-birth-date = 出生日期
field-label = 称呼
field-expected-date = 预产期
field-date = 日期
field-vaccine = 疫苗
field-dose = 剂次
field-manufacturer = 生产厂家
field-lot = 批号
field-facility = 医疗机构
field-funding = 费用
field-weight = 体重（kg）
field-height = 身长（cm）
field-head-circumference = 头围（cm）
field-chest-circumference = 胸围（cm）
field-measurements = 测量值
field-sex = 性别
sex-unset = 不选择
field-what = 学会的事情
field-text = 备注
field-expected-date-method = 预产期的确定方法
field-systolic = 血压（高压）
field-diastolic = 血压（低压）
field-urine-protein = 尿蛋白
field-urine-sugar = 尿糖
field-edema = 浮肿（水肿）
field-fundal-height = 宫高（cm）
field-abdominal-girth = 腹围（cm）
field-fetal-heart = 胎心
field-fetal-heart-rate = 胎心率（次/分）
field-findings = 医生所见
field-class-name = 课程名称
field-checkup-timing = 体检时期
field-epds = EPDS（总分）
field-time = 出生时刻
field-gestation-weeks = 出生时孕周（周）
field-gestation-days = 出生时孕周（天）
field-delivery = 分娩方式
field-birth-weight = 出生体重（g）
field-apgar-1min = 阿普加评分（1分钟）
field-apgar-5min = 阿普加评分（5分钟）
field-complications = 异常·处置等
field-checkup = 体检
field-answers = 家长记录
field-teeth = 牙齿数（颗）
field-caries = 龋齿数（颗）
field-fluoride = 涂氟
field-screening-test = 检查
field-screening-result = 结果
field-end-date = 结束日期
field-medicine = 药名
field-instructions = 服用方法·用量

## Input errors

error-invalid-input = 请检查输入的内容
error-required = 请填写
error-too-long = 请输入{ $max }个字符以内
error-control-characters = 含有无法使用的字符
error-malformed-date = 请按“2025-04-01”的格式输入日期
error-birth-in-future = 出生日期不能是将来的日期
error-birth-before-1900 = 请输入1900年1月1日以后的日期
error-expected-too-far = 预产期距今天超过280天
error-expected-long-past = 预产期已过去4周以上。已出生的宝宝请通过“添加孩子”登记
error-date-in-future = 不能输入将来的日期
error-date-before-birth = 日期早于出生日期
error-malformed-number = 请输入数字（例：3.25）
error-out-of-range = 数值超出合理范围。请确认单位（kg、cm）
error-no-measurement = 请至少输入体重、身长、头围、胸围中的一项
error-unknown-choice = 请从选项中选择
error-blood-pressure-order = 低压应低于高压。请确认是否填反了
error-date-before-pregnancy = 日期早于确认怀孕的时间。请确认日期或预产期
error-heart-rate-without-heartbeat = 只有在“有胎心”时才能输入胎心率
error-malformed-time = 请按“14:05”的格式输入时刻
error-not-the-birth-date = 请填写与出生日期相同的日期
error-not-in-checklist = 有不属于本次体检问题的回答
error-answered-twice = 同一个问题回答了两次
error-more-than-teeth = 龋齿数多于牙齿数
error-end-before-start = 日期早于开始日期

## When the handbook cannot be opened

error-store-cannot-open = 无法打开手册：密钥不正确，或者不是 Hagukumi 的数据。文件未作任何更改。
error-store-no-key = 无法使用密钥存储（操作系统的钥匙串）。请在环境变量 HAGUKUMI_PASSPHRASE 中设置密码短语后再启动。
error-store-passphrase = 此手册受密码短语保护。请在环境变量 HAGUKUMI_PASSPHRASE 中设置后重新启动。
error-store-keystore = 操作系统的凭据存储（钥匙串）出错：{ $detail }
error-store-key-missing = 找不到此手册的密钥。请使用创建时相同的用户和钥匙串打开，或用恢复码打开。
error-store-newer = 此手册由更新版本的 Hagukumi 创建。请更新应用。
error-store-io = 无法读写手册文件：{ $detail }
error-store-corrupt = 手册数据已损坏：{ $detail }
error-store-full = 设备存储空间不足，无法保存。没有保存任何内容（手册保持原样）。请删除不用的照片、视频或应用，腾出空间后再试。
error-recovery-code-length = 恢复码由28个字母和数字组成（每组4个，共7组）。请确认每一组都已输入。
error-recovery-code-character = 恢复码只使用字母 A–Z（不含 I、L、O、U）和数字 0–9。请检查输入的字符。
error-recovery-code-checksum = 恢复码有输入错误（最后一组与其他组不匹配）。请与恢复单逐组核对。
error-store-handbook-elsewhere = 此文件夹以前有手册，其密钥仍然保存着（手册已被移动或改名）。未创建新手册。请在手册现在的位置打开，或把文件夹移回这里。如果是您有意删除的，可以在这里新建手册。
error-store-passphrase-short = 密码短语太短。请至少使用12个字符（把几个无关的词连在一起比较好记）。未创建手册。
error-store-in-use = 此手册正在应用中打开。请关闭应用后再试。未作任何更改。
error-recovery-wrong-code = 此恢复码无法打开这本手册。请与恢复单核对后重新输入。未作任何更改。
error-recovery-no-file = 手册旁边没有恢复文件（hagukumi.recovery）。请从复制手册文件夹的来源处复制回来，或从备份恢复。
error-recovery-other-handbook = 手册旁边的恢复文件属于另一本手册。请重新完整复制手册文件夹，或从备份恢复。
error-recovery-format = 恢复文件已损坏或不是 Hagukumi 的格式。请从备份恢复。
error-backup-not-a-backup = 此文件不是 Hagukumi 的备份。请选择文件名以 .hagukumi-backup 结尾的文件。未作任何更改。
error-backup-version = 此备份由其他版本的 Hagukumi 创建。请更新应用后再试。未作任何更改。
error-backup-damaged = 备份文件已损坏或不完整。未作任何更改。请使用其他备份，或重新复制此文件。
error-backup-wrong-code = 此恢复码无法打开这个备份。请与所备份手册的恢复单核对。未作任何更改。
error-backup-other-handbook = 此备份属于另一本手册，而不是此文件夹中的手册。未作任何更改。请恢复到空文件夹中。
error-backup-no-code = 此手册还没有恢复码。打开一次就会生成恢复码，之后请再备份一次。
error-backup-would-replace-other-file = 保存位置已有一个不是 Hagukumi 备份的文件。该文件保持原样，没有写入任何内容。请选择其他文件名或位置。
error-backup-inside-handbook-folder = 不能把备份保存在手册自身的文件夹中（可能覆盖手册，或与手册一起丢失）。没有写入任何内容。请选择其他文件夹（外接硬盘或云盘文件夹等）。
error-backup-folder-missing = 找不到自动备份的保存文件夹（外接硬盘或云盘文件夹可能未连接）。请重新连接，或在备份画面选择其他文件夹。在此之前不会保存自动备份。
error-no-such-child = 找不到此孩子
error-no-such-record = 找不到此记录
error-cannot-restore = 删除已超过30天，无法恢复
error-birth-already-recorded = 已有出生记录（每个孩子一条）。如需重写，请先删除现有记录再记录
photo-count = 照片（{ $count }张）
photo-add = 添加照片
photo-delete = 删除照片
photo-deleted = 已删除（30天内可恢复）
photo-alt = 记录的照片
photo-privacy = 拍摄地点等信息会被去除，照片保存在加密的手册中。
error-photo-format = 只能添加 JPEG 或 PNG 照片
error-photo-malformed = 照片文件已损坏或不完整
error-photo-too-large = 照片太大（最大8MB）
error-photo-too-many = 此记录不能再添加照片（最多10张）
error-photo-too-many-pixels = 照片像素太多（最多6400万像素）。请通过手机的分享或编辑功能缩小尺寸后再添加
error-no-such-photo = 找不到此照片
error-photo-cannot-restore = 此照片删除已超过30天，无法恢复
error-internal = 发生了意外错误：{ $detail }
error-retry-hint = 如果重启应用后仍无法解决，请先备份数据文件夹，再与我们联系。

## The schedule on screen

schedule-next-title = 接下来要做的事
schedule-plan-title = 预防接种和体检日程
schedule-none = 目前没有日程
schedule-month = { $year }年{ $month }月
schedule-why = 详情
schedule-closing-soon = 可享受公费的期间即将结束
schedule-record-given = 已接种
schedule-record-save = 记录
schedule-record-cancel = 取消
schedule-status-done = 已完成
schedule-status-due-now = 现在
schedule-status-upcoming = 预定
schedule-status-overdue = 已延迟
schedule-status-missed = 超出公费期间
schedule-status-not-eligible = 不符合对象
schedule-status-funded-window-missed = 已无法在公费期间接种（将成为自愿接种、自费）
schedule-when-done = { $date }已完成
schedule-when-due = 现在可以接种
schedule-when-due-by = 现在可以接种（标准为{ $date }之前）
schedule-when-from = 从{ $date }起
schedule-when-overdue = 已过标准时期，请尽早接种
schedule-when-overdue-funded = 已过标准时期（公费至{ $date }）
ics-calendar-name = Hagukumi 预防接种·体检

## Reminders (local notifications) and their settings
field-days-before-open = 可接种时期开始前几天提醒
field-days-before-close = 公费期限前几天提醒
field-temperature = 体温（℃）
error-days-out-of-range = 请输入0–60天
field-program = 制度
field-benefit-state = 状态
field-deadline = 期限
field-payment-date = 下次发放日
field-payment-amount = 下次发放金额（日元）
field-guardian = 监护人姓名
field-children = 申请的孩子
error-individual-number = 不能输入像个人编号（My Number）那样的12位数字。Hagukumi 不处理个人编号。请删除该数字
field-stars = 评价（星）
error-stars-out-of-range = 评价为1–5星（也可以不评）
reminder-opening-title = { $item }的时期快到了
reminder-opening-body = { $who }从{ $date }起可以接受{ $item }。方便时请考虑预约。
reminder-closing-title = { $item }的公费期限快到了
reminder-closing-body = { $who }的{ $item }在{ $date }之前可以公费接受（还剩{ $days }天）。如果还没做，请咨询常去的医疗机构。
reminder-digest-title = { $month }月的家庭日程
reminder-digest-body = 本月有{ $count }项日程。
reminder-digest-line = { $who }：{ $item }（{ $date }左右）
reminder-settings-title = 提醒设置
reminder-settings-open = 可接种时期开始前几天提醒
reminder-settings-close = 公费期限前几天提醒
reminder-settings-note = 可设置0–60天。每月1日还会提醒当月的家庭日程。
reminder-settings-save = 保存
reminder-settings-saved = 已保存
