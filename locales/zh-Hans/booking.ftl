# Hagukumi — zh-Hans, booking.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Nursery hunt (保活): visit and consultation bookings, the nursery application

portal-category-nursery = 保育设施的参观·咨询预约和入园申请

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = 参观
booking-kind-consult-counter = 入园咨询（窗口）
booking-kind-consult-online = 入园咨询（线上）
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state }（{ $reason }）
booking-no-slots = 没有可预约的时段（同步后会收到地方政府的最新时段）。
booking-sample = 示例：所有参观·咨询时段均为虚构。
booking-none = 还没有预约。

nursery-booking-pending = 等待发送
nursery-booking-confirmed = 已确定
nursery-booking-declined = 已被拒绝
nursery-booking-cancelling = 取消等待发送
nursery-booking-cancelled = 已取消
nursery-booking-refused = 未被受理

nursery-decline-slot-full = 已满
nursery-decline-slot-changed = 时段内容已变更
nursery-decline-unknown-slot = 此时段已不存在
nursery-decline-slot-past = 已过开始时间
nursery-decline-already-booked = 已经预约
nursery-decline-other = 未说明理由

nursery-reminder-title = 明天是{ $kind ->
    [visit] 参观
   *[other] 入园咨询
}（{ $time }）
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = 已受理（等待利用调整的结果）
nursery-decision-offered = 内定
nursery-decision-waitlisted = 保留（本次未内定）
nursery-decision-offered-at = 内定：{ $facility }（第{ $rank }志愿）
nursery-outcome-offered = 内定
nursery-outcome-no-opening = 无空位
nursery-outcome-not-reached = 已在更高志愿内定
nursery-adjustment-line = 第{ $rank }志愿 { $facility }：{ $outcome }
nursery-application-none = 还没有入园申请。
nursery-application-pending = 等待发送
nursery-application-refused = 未被受理

nursery-error-bad-intake = 入园日请以 YYYY-04-01 的格式输入4月1日。
nursery-error-intake-past = 该入园日已过。
nursery-error-no-preferences = 请至少选择一个希望的设施。
nursery-error-too-many-preferences = 志愿最多20个设施。
nursery-error-preference-twice = 同一设施被选了两次：{ $value }
nursery-error-unknown-slot = 找不到该时段（请同步后再试）：{ $value }
nursery-error-already-booked = 此时段已经预约。
nursery-error-not-cancellable = 不是可以取消的预约：{ $value }
nursery-error-already-pending = 入园申请已在等待发送。
nursery-error-unknown-child = 找不到该孩子：{ $value }

cli-booking-slots-about = 参观·入园咨询的预约时段（上次同步收到的）
cli-booking-municipality-help = 地方政府代码（默认：已设置的地方政府）
cli-booking-facility-help = 设施ID（例：131083-1）
cli-booking-json-help = 以 JSON 输出
cli-booking-book-about = 预约参观（visit）或入园咨询（consult）（下次同步时发送）
cli-booking-kind-help = visit（参观）或 consult（入园咨询）
cli-booking-slot-help = 时段ID（由 hagu nursery slots 显示）
cli-booking-at-help = 开始日期时间（代替 --slot）
cli-booking-mode-help = 咨询方式：counter（窗口）或 online（线上）
cli-booking-bookings-about = 预约及其状态
cli-booking-cancel-about = 取消预约（下次同步时发送）
cli-booking-id-help = 预约编号（hagu nursery bookings 中的 #）
cli-booking-apply-about = 入园申请（按志愿顺序排列设施，下次同步时发送）
cli-booking-child-help = 孩子的编号
cli-booking-prefer-help = 按志愿顺序用逗号分隔的设施ID
cli-booking-intake-help = 入园日（4月1日）
cli-booking-application-about = 入园申请及结果（内定·保留，利用调整的结果）
cli-booking-queued = 预约 #{ $id } 已放入等待发送：{ $slot }
cli-booking-cancel-queued = 预约 #{ $id } 的取消已放入等待发送。
cli-booking-apply-queued = 入园申请 #{ $id }（{ $count }个设施）已放入等待发送。
cli-booking-application-line = 申请 #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = 入园申请：{ $status }

nursery-decision-notice-title = 入园申请的结果已送达
booking-timeline-heading = 入园相关预约

booking-pick = 参观·申请
booking-title = 参观·入园咨询的预约
booking-pick-hint = 点击设施的“参观·申请”，会显示参观时段和入园咨询时段。
booking-list-title = 预约
booking-book = 预约
booking-booked = 已预约
booking-cancel = 取消
nursery-apply-title = 入园申请
nursery-prefer-add = 将 { $facility } 加入志愿
nursery-prefs-from-bookmarks = 按收藏的顺序填入志愿（{ $count }个）
nursery-prefs-none = 请从搜索结果中添加希望的设施。
nursery-pref-line = 第{ $rank }志愿 { $facility }
nursery-pref-up = 提高顺位
nursery-pref-down = 降低顺位
nursery-pref-remove = 从志愿中移除
nursery-apply-child = 孩子
nursery-apply-intake = 入园日（4月1日）
nursery-apply-submit = 申请
nursery-apply-sent = 申请已放入等待发送。同步时发送，结果也会通过同步收到。
