# Hagukumi — zh-Hans, clinic_card.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = 挂号用卡片
clinic-card-title = 挂号用卡片
clinic-card-back = ‹ 返回
clinic-card-intro = 请在医院挂号处出示此画面。无需联网即可显示。
clinic-card-as-of = 截至 { $date }
clinic-card-born = 出生日期
clinic-card-certificates = 医疗费补助的受给者证（受給者証）
clinic-card-no-certificates = 还没有受给者证。连接门户网站后，收到的受给者证会显示在这里。
clinic-card-valid-current = 可以使用
clinic-card-valid-not-yet = 尚未到有效期
clinic-card-valid-expired = 已过有效期
clinic-card-date-era = { $date }（{ $era }{ $year }年{ $month }月{ $day }日）
era-showa = 昭和
era-heisei = 平成
era-reiwa = 令和
clinic-card-insurance = 保险备忘
clinic-card-insurance-none = 还没有。可以记下保险证上的保险人编号、记号·编号等。
clinic-card-insurance-edit = 写备忘
clinic-card-insurance-label = 保险备忘（请不要写个人编号 My Number）
clinic-card-insurance-save = 保存
clinic-card-insurance-cancel = 取消
clinic-card-insurance-saved = 已保存保险备忘
clinic-card-allergies = 过敏
clinic-card-no-allergies = 没有记录过敏
clinic-card-vaccinations = 预防接种
clinic-card-no-vaccinations = 没有记录预防接种
clinic-card-dose = 第{ $dose }剂 { $date }
error-insurance-note-too-long = 保险备忘请在300个字符以内
error-insurance-note-individual-number = 不能保存12位的号码。请不要在手册中写个人编号（マイナンバー）。
cli-clinic-card-about = 显示挂号用卡片（受给者证、保险备忘、过敏、预防接种）。只读取手册内容，无需联网即可使用
cli-clinic-card-child-help = 仅此孩子（ID 可用 hagu child list 查看）
cli-clinic-card-json-help = 以 JSON 输出（供脚本使用）
cli-clinic-card-no-children = 还没有登记孩子。请用 hagu child add 添加
cli-clinic-card-fact = { $label }：{ $value }
