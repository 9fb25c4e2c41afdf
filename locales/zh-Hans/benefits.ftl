# Hagukumi — zh-Hans, benefits.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Benefit applications and their state (018サポート, 赤ちゃんファースト, 児童手当, …)

benefits-title = 补助金的申请与状态
benefits-open = 查看申请与状态
benefits-back = 返回
benefits-none = 还没有申请。可以从下方的“一并申请”或“自行记录”开始。
benefits-list-heading = 申请
benefits-next-payment-heading = 下次发放
benefits-no-payment = 尚无预定的发放。
benefit-state-not-applied = 未申请
benefit-state-applied = 已申请
benefit-state-approved = 已决定
benefit-state-paid = 已发放
benefit-state-needs-action = 需要处理
benefit-source-official = 官方
benefit-source-tracked = 自行记录
benefit-source-registry = 可享受的制度
benefit-portal-status = 窗口的状态：{ $status }
benefit-applied-on = 申请日 { $date }
benefit-deadline = 期限 { $date }（还剩{ $days }天）
benefit-deadline-passed = 期限 { $date }（已过期）
benefit-amount = { $yen }日元
benefit-next-payment = { $date } 发放{ $yen }日元
benefit-next-payment-of = 下次发放：{ $program } { $date } 发放{ $yen }日元
benefit-delete = 删除
benefit-reminder-title = { $who }的期限快到了
benefit-reminder-body = { $who }的期限是{ $date }（还剩{ $days }天）。请完成申请或必要的手续。
benefit-error-already-pending = 有等待发送的申请。联网后会自动发送，无需再次申请。
benefit-error-refused = 门户网站未受理此申请。请确认孩子的姓名和出生日期后重新申请，或咨询区市町村的窗口。
benefit-error-no-children = 手册中还没有登记孩子。请先从首页的“添加孩子”登记。
benefit-no-such-application = 找不到该记录。请用 `hagu benefits` 确认编号。

once-only-title = 一并申请 018サポート（018支援）和 赤ちゃんファースト
once-only-intro = 已根据手册中孩子的信息填好。请确认内容后发送。无需输入个人编号（My Number）。
once-only-programs = 申请的制度：018サポート（每个孩子每月5,000日元）和 赤ちゃんファースト（2025年4月1日以后出生的孩子，价值10万日元的礼品积分）。是否符合条件由门户网站决定。
once-only-child = { $name }（{ $date }出生）
once-only-confirm = 按以上内容申请（已确认）
once-only-confirm-needed = 发送前请确认内容，并勾选“已确认”
once-only-send = 发送申请
once-only-queued = 申请已受理，正在发送到门户网站。
once-only-sent = 申请已发送到门户网站。状态会显示在此画面。
once-only-not-connected = 未连接门户网站，申请正在等待发送。从首页的“官方数据”连接门户网站后就会发送。
submission-pending = 等待发送：{ $children }
submission-pending-problem = 等待发送：{ $children }（{ $problem } 联网后会自动发送）
submission-sent = 已发送，正在获取状态：{ $children }
submission-refused = 未被受理：{ $children }

track-title = 自行记录申请
track-intro = 在窗口或邮寄申请的补助，也可以在这里管理状态、期限和下次发放。
track-save = 记录
track-saved = 已记录

## hagu benefits
cli-benefits-about = 显示补助金的申请与状态（018サポート·赤ちゃんファースト的一并申请，以及自行记录的申请）
cli-benefits-json-help = 以 JSON 输出（供脚本使用）
cli-benefits-apply-about = 一并申请 018サポート 和 赤ちゃんファースト（放入等待发送，用 `hagu sync` 发送）。不使用个人编号
cli-benefits-guardian-help = 监护人姓名（输入一次后下次可省略）
cli-benefits-child-help = 申请的孩子编号（可多次指定；省略时为手册中的所有孩子）
cli-benefits-track-about = 自行记录在窗口或邮寄申请的补助
cli-benefits-program-help = 制度名称（例：儿童补贴 児童手当）
cli-benefits-state-help = 状态：not-applied（未申请）、applied（已申请）、approved（已决定）、paid（已发放）、needs-action（需要处理）
cli-benefits-applied-on-help = 申请日
cli-benefits-deadline-help = 期限（会在这一天之前提醒）
cli-benefits-payment-date-help = 下次发放日
cli-benefits-payment-yen-help = 下次发放金额（日元）
cli-benefits-note-help = 备注
cli-benefits-delete-about = 删除自行记录的申请
cli-benefits-id-help = 记录编号（`hagu benefits` 中 # 后的数字）
cli-benefits-deleted = 已删除
cli-benefits-tracked = 已记录（#{ $id }）
cli-benefits-queued = 申请已放入等待发送（#{ $id }）。用 `hagu sync` 发送到门户网站。
benefits-to-apply = 有{ $count }项可享受的补助尚未申请
