# Hagukumi — zh-Hans, materials.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Materials handed out at the pregnancy notification (妊娠届). $name is the municipality.

materials-kind-guide = 指南·说明
materials-kind-coupons = 就诊票（受診票）·优惠券一览
materials-kind-contacts = 咨询处·联系方式
materials-heading = { $name }的资料（妊娠申报时发放）
materials-none = 还没有资料。与门户网站同步后，您所居住市区町村的资料会保存在此设备上，离线也能阅读。
materials-no-match = 没有与“{ $query }”相符的资料。
materials-count = { $count }项
materials-source = 出处：{ $source }
materials-problem = 部分资料无法读取（已排除该资料）：{ $problem }
materials-no-municipality = 尚未设置市区町村。请用“hagu municipality set 代码”设置，再用“hagu sync”获取资料。
cli-materials-about = 显示·搜索妊娠申报时发放的资料（指南、就诊票·优惠券一览、咨询处）
cli-materials-search-help = 仅包含此词的资料（标题、说明、项目）
cli-materials-json-help = 以 JSON 输出（供脚本使用）

## The app's screen
materials-card-title = 妊娠申报的资料
materials-card-intro = 指南、就诊票·优惠券一览、咨询处，离线也能阅读。
materials-card-open = 查看资料
materials-screen-title = 妊娠申报的资料
materials-search-label = 搜索资料
materials-search-placeholder = 例：就诊票、咨询
materials-back = 返回列表
