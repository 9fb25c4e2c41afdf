# Hagukumi — zh-Hans, cli.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## hagu, the command-line tool

## Help

cli-about = 在命令行中操作 Hagukumi（母子健康手册）的加密手册。
cli-usage-heading = 用法
cli-commands-heading = 命令
cli-options-heading = 选项
cli-help-flag = 显示此帮助
cli-version-flag = 显示版本
cli-data-dir-help = 手册的数据文件夹（省略时与应用相同）
cli-init-new-help = 即使钥匙串中还留有从此文件夹移走的手册的密钥，也在这里新建手册（该密钥会保留）
cli-init-about = 创建加密的手册（如已存在，则确认能否打开）
cli-child-about = 添加或列出孩子
cli-child-add-about = 添加孩子
cli-child-name-help = 孩子的姓名
cli-child-birth-help = 出生日期（例：2025-04-01）
cli-child-list-about = 列出已登记的孩子
cli-child-list-json-help = 以机器可读的 JSON 数组输出（id, name, birth_date）
cli-verify-about = 打开现有手册，检查加密认证和完整性（不创建手册）
cli-arguments-heading = 参数
cli-record-about = 添加、列出、修改、删除、恢复孩子的记录（预防接种、身体测量、成长里程碑、备注、过敏、疾病、出生、体检、牙科检查、视力听力等检查、药物）
cli-record-add-about = 为孩子添加记录
cli-record-list-about = 按日期从早到晚列出孩子的记录
cli-record-edit-about = 修改记录。未指定的项目保持当前值；指定空值（""）可清除可选项目。修改前的内容保留在历史中
cli-record-delete-about = 删除记录（30天内可恢复）
cli-record-restore-about = 恢复30天内删除的记录
cli-record-history-about = 按时间顺序显示记录修改前的内容
cli-record-vaccination-about = 预防接种
cli-record-measurement-about = 身体测量（体重、身长、头围、胸围中至少一项）
cli-record-milestone-about = 成长里程碑（第一次走路等）
cli-record-note-about = 自由备注
cli-record-allergy-about = 过敏（食物、药物等）
cli-record-illness-about = 患过的疾病
cli-record-child-help = 孩子的 ID（可用“hagu child list --json”查看）
cli-record-id-help = 记录的 ID（可用“hagu record list”查看）
cli-record-kind-help = 仅此类型的记录
cli-record-deleted-help = 包括已删除的记录
cli-record-list-json-help = 以机器可读的 JSON 数组输出（格式：docs/export-format.md）
cli-record-history-json-help = 以机器可读的 JSON 数组输出（record_id, change, previous, changed_at）
cli-record-date-help = 日期（例：2025-04-01）
cli-record-vaccine-help = 疫苗的 ID（例：hib, pcv, mr）
cli-record-dose-help = 第几剂（1–10）
cli-record-manufacturer-help = 生产厂家
cli-record-lot-help = 批号
cli-record-facility-help = 医疗机构
cli-record-funding-help = 费用：public（定期接种）或 self-paid（自愿接种·自费）
cli-record-weight-help = 体重（kg，例：6.1）
cli-record-height-help = 身长（cm）
cli-record-head-help = 头围（cm）
cli-record-chest-help = 胸围（cm）
cli-record-what-help = 学会的事情
cli-record-note-help = 简短备注
cli-record-text-help = 备注内容
cli-record-allergy-date-help = 从何时开始（例：2025-04-01）
cli-record-substance-help = 过敏原（食物、药物等）
cli-record-reaction-help = 症状
cli-record-illness-help = 病名
cli-export-about = 将整本手册输出为一个 JSON。未加密（格式：docs/export-format.md）
cli-export-json-help = 以 JSON 输出（必需。目前仅此格式）
cli-export-output-help = 写入此文件而不是标准输出（以仅本人可读的权限创建）
cli-import-about = 将 JSON 导出恢复到空手册（没有手册时会创建）。要么全部导入，要么什么都不导入
cli-import-json-help = 文件为 JSON 导出（必需。目前仅此格式）
cli-import-file-help = 导出文件。若为 - 则从标准输入读取
cli-after-help =
    环境变量：
      HAGUKUMI_PASSPHRASE  密码短语（不使用操作系统钥匙串时）
      HAGUKUMI_LANG        显示语言（ja、ja-x-easy、en、zh-Hans、ko、vi、
                           pt-BR、ne、tl、id、th、es）

    退出代码：
      0  成功
      1  其他错误（无法读写文件、设备存储空间不足等）
      2  命令用法错误
      3  输入错误（未保存任何内容）。也包括不存在的孩子或记录、超过30天的删除撤销、无法导入的导出、少于12个字符的密码短语、有输入错误的恢复码、无法恢复到此处的备份
      4  无法打开手册（没有手册、密钥不正确、不是 Hagukumi 的数据、找不到密钥、既没有钥匙串也没有密码短语、需要密码短语、恢复码无法打开、手册已从此文件夹移走）
      5  由更新版本的 Hagukumi 写入的手册
      6  手册已损坏（verify 发现问题时等），或备份已损坏
cli-usage-error = 命令用法不正确。可用“hagu --help”查看。

## The handbook

cli-init-created = 已创建手册：{ $path }
cli-init-exists = 手册已存在，可以正常打开：{ $path }
cli-key-os = 密钥保管：操作系统的凭据存储（钥匙串）
cli-key-passphrase = 密钥保管：密码短语（环境变量 HAGUKUMI_PASSPHRASE）
cli-no-handbook = { $path } 中没有手册。请先用“hagu init”创建。
cli-no-data-dir = 无法确定数据文件夹。请用 --data-dir 指定。

## Children

cli-child-line = { $name }  { $birth }出生  { $age }
cli-child-added = 已添加孩子：{ $child }
cli-child-none = 还没有登记孩子。可用“hagu child add”添加。
cli-age-unknown = 年龄不明
cli-field-error = { $field }：{ $message }
cli-nothing-saved = 未保存任何内容。

## Verify

cli-verify-ok = 手册没有问题：{ $path }
cli-verify-schema = 架构版本：{ $version }
cli-verify-cipher = SQLCipher 版本：{ $version }
cli-verify-problems = 在手册中发现问题（{ $count }个）：{ $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }：{ $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = （已删除。{ $until }之前可恢复）
cli-record-mark-gone = （已删除）
cli-datetime = { $date } { $time }
cli-record-none = 还没有记录。可用“hagu record add”添加。
cli-record-added = 已添加{ $name }的记录 #{ $id }：{ $entry }
cli-record-edited = 已修改记录 #{ $id }：{ $entry }
cli-record-deleted = 已删除记录 #{ $id }。在{ $until }之前可用“hagu record restore { $id }”恢复。
cli-record-restored = 已恢复记录 #{ $id }：{ $entry }
cli-record-no-child = 没有 ID 为 { $id } 的孩子。请用“hagu child list --json”确认。未作任何更改。
cli-record-no-record = 没有 ID 为 { $id } 的记录。请用“hagu record list”确认。未作任何更改。
cli-record-kind-mismatch = 记录 #{ $id } 的类型是 { $kind }。请用“hagu record edit { $id } { $kind } …”修改。未作任何更改。
cli-record-is-deleted = 记录 #{ $id } 已被删除。请先用“hagu record restore { $id }”恢复。未作任何更改。
cli-record-already-deleted = 记录 #{ $id } 已经删除。未作任何更改。
cli-record-not-deleted = 记录 #{ $id } 未被删除，没有需要恢复的内容。
cli-record-too-old = 记录 #{ $id } 删除已超过30天，无法恢复。
cli-record-official = 记录 #{ $id } 是来自门户网站的官方记录，不能修改或删除。
cli-history-line = { $at }  { $change }。修改前：{ $entry }
cli-history-edit = 修改
cli-history-delete = 删除
cli-history-restore = 恢复
cli-history-none = 记录 #{ $id } 没有被修改过。

## Photos of records

cli-photo-about = 添加、列出、导出、删除、恢复孩子记录的照片（JPEG 或 PNG；与应用相同，拍摄地点等信息会被去除）
cli-photo-add-about = 为记录添加照片（JPEG 或 PNG，最大8MB，每条记录最多10张）。拍摄地点和相机等信息会在保存前去除
cli-photo-list-about = 列出照片（ID、记录、格式、大小、添加时间）。可以是全部记录的照片，也可以是一条记录的照片
cli-photo-export-about = 将手册中保存的照片原样导出到文件
cli-photo-delete-about = 删除照片（30天内可恢复）
cli-photo-restore-about = 恢复30天内删除的照片
cli-photo-file-help = 照片文件（JPEG 或 PNG）
cli-photo-output-help = 导出的文件（“-”为标准输出）。同名文件会被替换
cli-photo-id-help = 照片的 ID（可用“{ $command } list”查看）
cli-photo-list-record-help = 仅此记录的照片
cli-photo-list-deleted-help = 包括已删除的照片
cli-photo-list-json-help = 以机器可读的 JSON 数组输出（id, record_id, mime, size, created_at, deleted_at）
cli-photo-added = 已为记录 #{ $record } 添加照片 #{ $id }（{ $mime }，{ $size } 字节）。已去除拍摄地点等信息。
cli-photo-line = #{ $id }  记录 #{ $record }  { $mime }  { $size } 字节  { $at } 添加
cli-photo-none = 还没有照片。可用“{ $command } add”添加。
cli-photo-exported = 已导出照片 #{ $id }（{ $mime }，{ $size } 字节）：{ $path }
cli-photo-deleted = 已删除照片 #{ $id }。在{ $until }之前可用“{ $command } restore { $id }”恢复。
cli-photo-restored = 已恢复记录 #{ $record } 的照片 #{ $id }。
cli-photo-already-deleted = 照片 #{ $id } 已经删除。未作任何更改。
cli-photo-not-deleted = 照片 #{ $id } 未被删除，没有需要恢复的内容。
cli-photo-too-old = 照片 #{ $id } 删除已超过30天，无法恢复。
cli-photo-is-deleted = 照片 #{ $id } 已被删除。请先用“{ $command } restore { $id }”恢复。未导出任何内容。
cli-photo-no-photo = 没有 ID 为 { $id } 的照片。请用“{ $command } list”确认。未作任何更改。
cli-photo-not-theirs = 记录 #{ $record } 不是{ $name }的记录。未保存任何内容。
cli-photo-cannot-read = 无法读取 { $path }：{ $detail }

## Export and import

cli-export-plaintext = 注意：导出的文件未加密。任何能读取它的人都能看到手册的全部内容。请妥善保管，不再需要时请删除。
cli-export-written = 已写出导出文件：{ $path }
cli-export-cannot-write = 无法写入 { $path }：{ $detail }
cli-import-cannot-read = 无法读取 { $path }：{ $detail }
cli-import-too-large = { $path } 太大（上限 { $limit } MB）。Hagukumi 的导出不会这么大。请确认文件是否正确。
cli-import-not-json = 不是 JSON 文档：{ $detail }
cli-import-not-an-export = 不是 Hagukumi 的导出（“format”不是“hagukumi-export”）。
cli-import-version = 此导出的格式为版本 { $version }。此 hagu 能读取的是版本 { $supported }。请更新 Hagukumi。
cli-import-invalid = 导出内容有矛盾或已损坏：{ $detail }
cli-import-not-empty = { $path } 的手册中已有数据。导出只能导入到空手册中（请使用新的 --data-dir 等）。
cli-import-nothing = 未导入任何内容。
cli-import-done = 已导入到 { $path }：孩子 { $children }人，妊娠 { $pregnancies }条，记录 { $records }条
cli-import-unverified = 有 { $count } 条官方数据无法确认签名，已作为您自己的记录导入（可以编辑和删除；下次同步时会从门户网站重新收到）。
cli-import-reference-portal-help = 也用参考用门户网站（开发用密钥）确认官方数据的签名（用于演示和测试）

## hagu schedule / hagu summary

cli-schedule-about = 显示预防接种和体检日程（文本、JSON、日历用 ICS）
cli-schedule-child-help = 仅此孩子（省略时为全部）
cli-schedule-as-of-help = 以此日期作为“今天”计算（例：2026-12-01）
cli-schedule-json-help = 以 JSON 输出（格式见 docs/cli-schedule.md）
cli-schedule-ics-help = 以可导入日历的 iCalendar（.ics）格式输出
cli-schedule-person = { $name }
cli-summary-about = 输出就诊摘要（一页 HTML）
cli-summary-child-help = 要制作摘要的孩子 ID
cli-summary-output-help = 写入此文件而不是标准输出
cli-summary-written = 已写出就诊摘要（这是未加密的文件，请注意保管）

## hagu sync
cli-sync-about = 从门户网站（Mynaportal 类型）导入官方记录。不带子命令运行时，立即同步
cli-sync-portal-help = 门户网站地址（省略时为已连接的门户网站）
cli-sync-reference-portal-help = 使用参考用门户网站（开发用密钥·虚构数据）（用于演示和测试）
cli-sync-reference-hint = 要连接参考用门户网站（开发用·虚构数据），请加上 --reference-portal。
cli-sync-page-limit-help = 每次接收的条数（1–200）
cli-sync-json-help = 以机器可读的 JSON 输出
cli-sync-connect-about = 连接门户网站（在浏览器中打开显示的地址并同意）
cli-sync-timeout-help = 等待浏览器中同意的秒数
cli-sync-status-about = 显示同步状态（上次同步、等待发送、需要确认的记录）
cli-sync-official-about = 列出从门户网站收到的官方记录
cli-sync-child-help = 孩子的编号
cli-sync-resolve-about = 门户网站的记录与您自己的记录不一致时，决定保留哪一个
cli-sync-resolve-id-help = 门户网站记录的 ID（由“hagu sync official”显示）
cli-sync-keep-mine-help = 保留您自己的记录
cli-sync-use-official-help = 采用门户网站的记录（您自己的记录按删除处理，30天内可恢复）
cli-sync-questionnaire-about = 将预防接种的预诊票放入等待发送（下次同步时发送）
cli-sync-vaccine-help = 疫苗的 ID（例：mr）
cli-sync-date-help = 预定接种日
cli-sync-temperature-help = 体温（℃）
cli-sync-answer-help = 问题的回答（例：feels-well=yes）。请回答所有问题
cli-sync-note-help = 想告诉医生的事
cli-sync-disconnect-about = 停止与门户网站的连接，并撤销同意（已导入的记录会保留）
cli-sync-open-this = 请在浏览器中打开以下地址，并同意要联动的项目：
cli-sync-browser-done = 与 Hagukumi 的联动已完成。请关闭此页面，返回终端。
cli-sync-connected = 已连接 { $portal }（已同意的项目：{ $scopes }）。用“hagu sync”导入。
cli-sync-scope-questionnaires = 发送预诊票
cli-sync-done = 已同步：新记录 { $added } 条，与您的记录一致 { $linked } 条，需要确认 { $conflicts } 条，更新 { $updated } 条，无变化项目 { $unchanged }，已发送 { $sent } 条
cli-sync-conflicts-waiting = 有 { $count } 条官方记录与您自己的记录不一致。请用“hagu sync official”查看，再用“hagu sync resolve”决定。
cli-sync-connect-hint = 请用“hagu sync connect --portal URL”连接。
cli-sync-never = 还没有
cli-sync-status-line = 门户网站：{ $portal }　上次同步：{ $last }　等待发送：{ $pending } 条　需要确认：{ $conflicts } 条
cli-sync-last-error = 上次同步：{ $error }
cli-sync-no-official = 还没有从门户网站收到记录。
cli-sync-item-line = { $id }  { $category }  { $date }  { $what }（{ $state }）
cli-sync-item-vaccination = { $vaccine } 第{ $dose }剂
cli-sync-item-checkup = 体检（{ $kind }）
cli-sync-item-certificate = { $name }（公费负担者编号 { $payer }，受给者编号 { $recipient }，至 { $to }）
cli-sync-item-benefit = { $program }：{ $status }
cli-sync-item-notice = { $municipality }：{ $title }
cli-sync-state-added = 作为官方记录添加
cli-sync-state-linked = 与您的记录一致
cli-sync-state-conflict = 需要确认
cli-sync-state-kept-mine = 已保留您的记录
cli-sync-state-info = 仅供参考
cli-sync-no-conflict = 找不到需要确认的记录 { $id }。未作任何更改。
cli-sync-questions = 问题的 ID：{ $ids }
cli-sync-queued = 预诊票已放入等待发送（#{ $id }）。下次同步时发送。
cli-sync-disconnected = 已停止与门户网站的连接并撤销同意。已导入的记录仍保留在手册中。

## Recovery code and backups

cli-recovery-code-about = 再次显示手册的恢复码（用此码可在任何设备上打开手册）
cli-recover-about = 用恢复码打开丢失密钥的手册，并将密钥保存到此设备的凭据存储（如设置了 HAGUKUMI_PASSPHRASE，则用该新密码短语保护）
cli-backup-about = 将整本手册的加密备份写入一个文件（用恢复码封存）
cli-backup-output-help = 将备份写入此文件（未指定时写到当前文件夹的 hagukumi-日期-时间.hagukumi-backup）
cli-restore-about = 从备份文件恢复手册（在替换任何内容之前先全部检查）
cli-restore-file-help = 备份文件（.hagukumi-backup）
cli-recovery-code-flag-help = 恢复码（未指定时会提示输入）
cli-recovery-code-line = 恢复码：{ $code }
cli-recovery-code-advice = 请把此码抄写在纸上，保管在此设备以外的安全地方。在新的手机或电脑上打开手册，或丢失密钥时，只能依靠这个码。
cli-recovery-code-new = 此手册已生成恢复码。只在这里显示一次（可用“hagu recovery-code”再次查看）。
cli-recovery-code-prompt = 恢复码：
cli-recovery-code-required = 请用 --recovery-code 指定恢复码（没有可输入的终端）。未作任何更改。
cli-recover-done = 手册已可以再次打开：{ $path }。密钥已保存到此设备的凭据存储。
cli-recover-done-passphrase = 手册已可以再次打开：{ $path }。今后将用 HAGUKUMI_PASSPHRASE 中的新密码短语打开（旧的密码短语不能再用）。
cli-backup-written = 已写出加密备份：{ $path }（{ $size }字节）。没有恢复码无法打开。
cli-restore-done = 已从 { $created } 的备份恢复手册：{ $path }
cli-hint-init-new = 要在这里新建手册：hagu init --new
cli-hint-recover = 要用恢复码打开：hagu recover
cli-hint-restore = 要从备份恢复：hagu restore 文件
cli-hint-open-moved = 要在现在的位置打开：hagu --data-dir 文件夹 …
