# Hagukumi — zh-Hans, hoiku.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## The hoiku-index (保育指数) simulator screen and the April intake checklist.

hoiku-sim-link = 试算保育指数（保育指数）
hoiku-back = ‹ 返回保育园搜索
hoiku-sim-title = 保育指数试算
hoiku-sim-intro = 逐一回答问题，即可根据区市町村公布的表格试算家庭的分数。这并不保证能入园，最终由区市町村决定。
hoiku-q-municipality = 您要向哪个区市町村申请？
# $municipality is its name, $year the table's fiscal year.
hoiku-municipality-option = { $municipality }（{ $year }的表格）
hoiku-q-guardians = 监护人有几位？
hoiku-guardians-one = 1位
hoiku-guardians-two = 2位
hoiku-q-situation = 监护人{ $guardian }的情况是？
hoiku-option-not-in-table = 此表格中没有
hoiku-q-hours = 监护人{ $guardian }（{ $situation }）每周多少小时？
hoiku-q-days = 监护人{ $guardian }（{ $situation }）每月多少天？
hoiku-q-detail = 符合监护人{ $guardian }（{ $situation }）的是？
hoiku-q-household = 请选择所有符合家庭情况的项（如没有，不选直接下一步）。
hoiku-household-none-in-table = 此表格中没有调整指数的行（未找到）。选择了也不计入合计。
hoiku-option-points = （{ $signed }分）
hoiku-hours-label = 每周小时数
hoiku-days-label = 每月天数
hoiku-next = 下一步
hoiku-back-step = 返回上一步
hoiku-restart = 从头开始
hoiku-answer-hours = 每周{ $hours }小时
hoiku-answer-days = 每月{ $days }天
hoiku-answer-none = 无
hoiku-result-title = 试算结果
# $source is the table's source, $year its fiscal year.
hoiku-line-source = 出处：{ $source }（{ $year }）
hoiku-result-promise = 这是根据公布的表格进行的试算，并不保证能入园。
hoiku-whatif-title = 假如…
hoiku-whatif-intro = 选择后，会在当前回答的合计旁边显示变化后的合计。
hoiku-tweak-hours = 假如监护人{ $guardian }每周 { $from }小时 → { $to }小时
hoiku-tweak-days = 假如监护人{ $guardian }每月 { $from }天 → { $to }天
hoiku-tweak-add = 假如加上“{ $rule }”
hoiku-whatif-none = 按此表格，没有会改变分数的“假如”。
hoiku-whatif-compare = 当前回答 { $before }分 → 假如 { $after }分（{ $difference ->
    [0] 不变
   *[other] { $signed }
}）
hoiku-tie-none = 此表格中没有可计算的同分时顺位。
hoiku-past-none = 去年各园·各班的最低指数不在本试算的出处中，因此不显示。
hoiku-flow-error-detail = 该回答不在此问题的选项中。
hoiku-flow-error-unexpected = 该回答不符合此问题。
hoiku-flow-error-extra = 回答比问题多。

hoiku-checklist-title = 4月入园申请检查清单
# $municipality is its name, $year the fiscal year, $date the intake day.
hoiku-checklist-heading = { $municipality } { $year } 4月入园（{ $date }）
hoiku-checklist-periods = 申请期间·截止日期
hoiku-checklist-period-range = { $title }：{ $from }–{ $until }
hoiku-checklist-period-until = { $title }：至{ $until }
hoiku-checklist-days-left = { $days ->
    [0] 今天截止
   *[other] 还剩{ $days }天
}
hoiku-checklist-passed = 已过截止日期
hoiku-checklist-documents = 材料（已准备 { $checked }/{ $total }）
hoiku-checklist-for = { $situation }的监护人
hoiku-checklist-as-of = 截至{ $date }的信息
hoiku-checklist-source = 出处：{ $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = 没有此区市町村的申请检查清单。
hoiku-checklist-error-document = 该材料不在此检查清单中。未作更改。
hoiku-checklist-error-data = 无法读取申请检查清单：{ $detail }
hoiku-checklist-unknown = 没有区市町村代码 { $code } 的申请检查清单（现有：{ $known }）。
cli-nursery-checklist-about = 4月入园的申请期间·截止日期和材料清单
cli-nursery-checklist-municipality-help = 区市町村代码（132012 八王子市，131083 江东区）
cli-nursery-checklist-json-help = 以 JSON 输出（供脚本使用）
