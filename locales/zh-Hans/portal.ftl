# Hagukumi — zh-Hans, portal.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Official data (portal sync, マイナポータル): consent, sync, official records, pre-visit questionnaires

portal-category-children = 孩子的基本信息
portal-category-vaccinations = 预防接种记录
portal-category-checkups = 孕妇·婴幼儿体检结果
portal-category-certificates = 医疗费补助的受给者证（受給者証）
portal-category-benefits = 补助金的申请与状态
portal-category-notices = 来自市区町村的通知

portal-benefit-submitted = 已申请
portal-benefit-under-review = 审查中
portal-benefit-returned = 退回修改
portal-benefit-approved = 已决定
portal-benefit-paid = 已发放
portal-benefit-rejected = 不予发放

sync-error-offline = 无法连接门户网站。请在有信号的地方稍后再试（手册可照常使用）
sync-error-interrupted = 通信中途中断了。请稍后再试
sync-error-server = 门户网站出现问题。请过一段时间再试
sync-error-busy = 门户网站繁忙。请过一段时间再试
sync-error-refused = 门户网站未受理请求
sync-error-consent-expired = 对门户网站的同意已过期或被撤销。请重新连接
sync-error-not-connected = 未连接门户网站
sync-error-not-consented = 您未同意此项目的联动
sync-error-consent-denied = 未在浏览器中完成同意
sync-error-consent-timeout = 浏览器一直没有响应，已超时。请再试一次
sync-error-loopback = 未能做好接收同意的准备。请再试一次
sync-error-consent-foreign = 这不是对本次同意的回复，因此没有做任何更改。请再试一次
sync-error-signature = 无法确认门户网站数据的签名，因此未接收（未保存任何内容）
sync-error-bad-page = 门户网站的数据有缺陷，因此未接收（未保存任何内容）
sync-error-other-account = 门户网站发来了给其他用户的数据，因此未接收（未保存任何内容）
sync-error-other-request = 门户网站发来了对其他请求的回答，因此未接收（未保存任何内容）
sync-error-stale-page = 收到的数据比已接收的更旧，因此未接收（未保存任何内容）
sync-error-bad-rules = 门户网站发来的规则更新未通过检查，因此未使用（日程仍按原来的规则）
sync-error-too-large = 门户网站的数据过大，因此未接收（未保存任何内容）
sync-error-insecure = 门户网站的地址不是安全连接（https），因此未连接
sync-error-no-portal = 此应用未设置门户网站
sync-error-development-key = 所设置的门户网站使用开发用密钥，此版本不予连接
sync-error-bad-profile = 无法读取门户网站的设置
sync-error-child-not-linked = 此孩子尚未与门户网站的信息关联。请先同步

questionnaire-feels-well = 今天孩子身体没有不舒服的地方吗
questionnaire-ill-last-month = 最近1个月内生过病吗
questionnaire-vaccinated-last-month = 1个月内接受过预防接种吗
questionnaire-reaction-before = 以往的预防接种后有过身体不适吗
questionnaire-seizures = 以前发生过痉挛（抽搐）吗

error-record-official = 来自门户网站的官方记录不能修改或删除
error-no-such-conflict = 此记录已经确认过了

## The official data screen

portal-title = 官方数据
portal-card-title = 官方数据（Mynaportal 联动 / マイナポータル）
portal-card-intro = 可以把预防接种和体检的官方记录、受给者证、补助金状态导入本手册。
portal-card-connected = 已连接门户网站
portal-card-conflicts = 有{ $count }条记录需要您确认
portal-card-open = 查看官方数据
portal-intro = 可以从 Mynaportal（マイナポータル）等公共服务接收记录。您在手册中写的记录会保持原样。
portal-shared-title = 接收的内容（可在同意页面确认）
portal-scope-questionnaires = 发送预诊票（仅在您决定发送时）
portal-connect = 连接门户网站
portal-connect-note = 浏览器中会打开同意页面。同意完成后，会自动反映到此画面。Hagukumi 不会处理您的个人编号（My Number）。
portal-consenting-title = 请在浏览器中同意
portal-consenting-body = 如果浏览器没有打开，请复制以下地址在浏览器中打开（5分钟内有效）。
portal-consenting-reopen = 在浏览器中重新打开
portal-consenting-wait = 正在等待同意完成…
portal-connected-to = 联动对象：{ $portal }
portal-last-synced = 上次同步：{ $when }
portal-never-synced = 尚未同步
portal-syncing = 正在同步…
portal-pending-writes = 等待发送：{ $count }条
portal-sync-now = 立即同步
portal-synced = 已同步
portal-disconnect = 停止联动
portal-disconnect-confirm = 要停止联动吗？已接收的记录会保留在手册中。
portal-disconnect-yes = 停止联动
portal-disconnect-no = 继续联动
portal-disconnected = 已停止联动。接收的记录仍然保留。
portal-offline-note = 手册可照常使用。连接后会继续接收。

portal-conflicts-title = 需要您确认的记录
portal-conflicts-intro = 您的记录与官方记录的接种日期不同。请选择保留哪一个。
portal-conflict-mine = 您的记录：{ $date }
portal-conflict-official = 官方记录：{ $date }
portal-keep-mine = 保留我的记录
portal-use-official = 采用官方记录
portal-resolved-kept = 已保留您的记录。
portal-resolved-official = 已采用官方记录。您的记录在30天内可从“最近删除的记录”中恢复。

portal-certificates-title = 受给者证
portal-certificate-payer = 公费负担者编号（公費負担者番号）
portal-certificate-recipient = 受给者编号（受給者番号）
portal-certificate-valid = 有效期间
portal-certificate-valid-range = { $from }–{ $to }
portal-certificate-copay = 自付上限
portal-copay-per-visit = 每次 { $yen }日元
portal-copay-monthly = 每月 { $yen }日元
portal-benefits-title = 补助金的申请与状态
portal-benefit-applied = 申请日 { $date }
portal-benefit-updated = 更新日 { $date }
portal-yen = { $yen }日元
portal-notices-title = 通知
portal-checkups-title = 孕妇体检·产妇体检记录（官方）
portal-child-checkups-title = 体检记录（官方）
portal-nothing-yet = 尚未收到
portal-for-child = { $name }
portal-facility = 实施机构：{ $facility }
portal-findings = 医生所见：{ $findings }
portal-blood-pressure = 血压 { $value }
portal-epds = EPDS { $value }分
portal-gestation-weeks = 怀孕{ $weeks }周

portal-badge-official = 官方
portal-badge-official-hint = 来自门户网站的官方记录（不能修改或删除）
portal-badge-linked = 与官方一致
portal-badge-linked-hint = 与官方记录内容相同
portal-badge-conflict = 需确认
portal-badge-conflict-hint = 与官方记录的接种日期不同。可在官方数据画面选择

portal-consent-page-title = 手续已完成
portal-consent-page-body = 请关闭此页面，返回 Hagukumi。

## Pre-visit questionnaire (予診票)

questionnaire-title = 预诊票（预防接种前，予診票）
questionnaire-intro = 接种前，可以通过门户网站发送预诊票的内容。当天请遵从医疗机构的指示。
questionnaire-not-linked = 连接门户网站并同步此孩子的信息后，就可以发送预诊票。
questionnaire-date = 预定接种日
questionnaire-note = 想告诉医生的事（可选）
questionnaire-questions = 问题
questionnaire-answer-all = 请用“是”或“否”回答所有问题
questionnaire-submit = 发送预诊票
questionnaire-queued = 预诊票已受理。发送状态显示在下方列表中。
questionnaire-list-title = 已发送的预诊票
questionnaire-entry = { $vaccine } · 预定接种 { $date }
questionnaire-pending = 等待发送
questionnaire-sent = 已发送
questionnaire-rejected = 未被受理
questionnaire-date-hint = 从今天起90天以内
questionnaire-date-range = 请输入从今天起90天以内的日期
questionnaire-temperature-range = 请输入34–42℃范围内的体温

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
