# Hagukumi — zh-Hans, programs.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } { $months }个月
   *[other] { $name } { $years }岁{ $months }个月
}
programs-reason-born-on-or-after = 对象为{ $date }以后出生的孩子
programs-reason-from = 从{ $date }起为对象
programs-reason-until = 至{ $date }为对象
programs-reason-school-year-end = 至满{ $age }岁后的第一个3月31日（{ $date }）为对象
programs-reason-child-order = { $name }按第{ $order }个孩子计算
programs-reason-twins = { $name }是同一天出生的{ $count }个孩子之一：每人分别为对象
programs-reason-pregnancy-week = 现在怀孕{ $weeks }周{ $days }天
programs-reason-pregnancy-week-from = 从怀孕{ $week }周0天（{ $date }）起可以申领
programs-reason-per-expected-child = 按胎儿数发放
programs-reason-after-birth = 出生后成为对象（预产期 { $date }）
programs-reason-apply-by = 申请期限 { $date }

programs-level-national = 国家
programs-level-prefecture = 都道府县
programs-level-municipality = 区市町村
programs-now-heading = 现在可以利用的制度（截至{ $date }·{ $municipality }）
programs-coming-heading = 今后3个月内开始的制度
programs-check-heading = { $municipality }的其他制度（数据中没有条件，请向{ $municipality }确认）
programs-none = 无
programs-person-pregnancy = 怀孕中（预产期 { $date }）
programs-person-pregnancy-label = { $label }（预产期 { $date }）
programs-amount-month = 每月{ $yen }日元
programs-amount-once = { $yen }日元
programs-amount-per-expected-child = { $amount }×胎儿数
programs-days-left = 还剩{ $days }天（至{ $date }）
programs-last-day = 今天截止
programs-until-date = 至{ $date }
programs-next-payment = 下次发放月：{ $year }年{ $month }月
programs-applied-with = 可与“{ $name }”一起申请
programs-schedule-link = 接种时期请查看日程（hagu schedule）
programs-how = 申请方法：{ $text }
programs-where = 窗口：{ $text }
programs-bring = 需携带：{ $text }
programs-link = 说明：{ $uri }
programs-source = 出处：{ $source }
programs-note = 注：{ $note }
programs-sample-notice = ※ 这是示例数据（截至{ $date }）。申请前请确认各出处和市区町村的说明。
programs-no-municipality = 尚未设置市区町村。请用“hagu municipality list”选择，再用“hagu municipality set 代码”设置。
programs-unknown-municipality = { $code } 不是此制度数据中的市区町村。请用“hagu municipality list”确认。未作任何更改。
programs-registry-problem = 部分制度数据无法读取（已排除该记录）：{ $problem }

municipality-line = { $code }  { $name }
municipality-set = 已将市区町村设置为{ $name }（{ $code }）。
municipality-same = 已经设置为{ $name }（{ $code }）。
municipality-moved = 作为从{ $from }迁往{ $to }的搬家，已重新核对制度（截至{ $date }）。
municipality-ends-heading = 在{ $from }结束的制度
municipality-apply-heading = 需在{ $to }申请的制度
municipality-check-heading = { $to }的其他制度（条件请向{ $to }确认）

cli-municipality-about = 居住的市区町村（用于核对制度）
cli-municipality-list-about = 列出制度数据中的市区町村
cli-municipality-set-about = 设置居住的市区町村（搬家时显示结束的制度和需申请的制度）
cli-municipality-code-help = 全国地方公共团体代码（6位，例：131016）
cli-municipality-json-help = 以 JSON 输出（供脚本使用）
cli-programs-about = 现在可以利用的育儿支援制度，以及3个月内开始的制度
cli-programs-child-help = 仅此孩子（ID）
cli-programs-as-of-help = 按此日期核对（默认为今天）
cli-programs-json-help = 以 JSON 输出（供脚本使用）

## The app's screens. $name is a municipality, $count a number.
programs-card-title = 您的家庭现在可用
programs-card-intro = 选择您居住的市区町村，就会告诉您适合孩子月龄和孕周的育儿支援制度。
programs-card-choose = 选择市区町村
programs-card-open = 查看全部
programs-card-more = 另有{ $count }项
programs-card-where = { $name }的制度
programs-screen-title = 育儿支援制度
programs-municipality-title = 居住的市区町村
programs-municipality-hint = 选择一次即可。搬家后请重新选择，会告诉您需要重新申请的制度和结束的制度。
programs-municipality-choose = 请选择
programs-municipality-submit = 设为此市区町村
programs-municipality-saving = 正在设置…
programs-moved-title = 搬家带来的变化
programs-for-person = { $name }
programs-open-link = 打开区市町村的说明
programs-open-source = 打开出处
programs-open-benefits = 申请状态
programs-schedule-link-app = 接种时期可在孩子画面的日程中查看。
programs-link-opened = 已在浏览器中打开。
error-unknown-municipality = 该市区町村不在制度数据中。请从列表中选择。未作任何更改。
error-program-no-link = 此制度没有可打开的说明页面。
error-no-browser = 无法打开浏览器。请用出处的名称搜索。
