# Hagukumi — ja-x-easy, clinic_card.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = うけつけで みせる カード
clinic-card-title = うけつけで みせる カード
clinic-card-back = ‹ もどる
clinic-card-intro = びょういんの うけつけで この がめんを みせて ください。インターネットが なくても みられます。
clinic-card-as-of = { $date } の じょうほう
clinic-card-born = うまれた ひ（生年月日）
clinic-card-certificates = いりょうひ じょせいの じゅきゅうしゃしょう（受給者証）
clinic-card-no-certificates = じゅきゅうしゃしょうは まだ ありません。ポータルと つなぐと、とどいた じゅきゅうしゃしょうが ここに でます。
clinic-card-valid-current = つかえます
clinic-card-valid-not-yet = まだ つかえる きかんに なって いません
clinic-card-valid-expired = つかえる きかんが おわりました
clinic-card-date-era = { $date }（{ $era }{ $year }年{ $month }月{ $day }日）
era-showa = 昭和（しょうわ）
era-heisei = 平成（へいせい）
era-reiwa = 令和（れいわ）
clinic-card-insurance = ほけんの メモ
clinic-card-insurance-none = まだ ありません。ほけんしょうの ほけんしゃ ばんごうや きごう・ばんごう などを かいて おけます。
clinic-card-insurance-edit = メモを かく
clinic-card-insurance-label = ほけんの メモ（マイナンバーは かかないで ください）
clinic-card-insurance-save = ほぞん する
clinic-card-insurance-cancel = やめる
clinic-card-insurance-saved = ほけんの メモを ほぞん しました
clinic-card-allergies = アレルギー
clinic-card-no-allergies = きろく した アレルギーは ありません
clinic-card-vaccinations = よぼうせっしゅ
clinic-card-no-vaccinations = きろく した よぼうせっしゅは ありません
clinic-card-dose = { $dose }かいめ { $date }
error-insurance-note-too-long = ほけんの メモは 300もじ いないに して ください
error-insurance-note-individual-number = 12けたの ばんごうは ほぞん できません。マイナンバー（個人番号）は てちょうに かかないで ください。
cli-clinic-card-about = うけつけで みせる カード（じゅきゅうしゃしょう・ほけんの メモ・アレルギー・よぼうせっしゅ）を みせます。てちょうの なかだけ よむので、インターネットが なくても つかえます
cli-clinic-card-child-help = この こどもだけ（ID は hagu child list で わかります）
cli-clinic-card-json-help = JSON で だす（スクリプト よう）
cli-clinic-card-no-children = まだ こどもが とうろく されて いません。hagu child add で ついか して ください
cli-clinic-card-fact = { $label }：{ $value }
