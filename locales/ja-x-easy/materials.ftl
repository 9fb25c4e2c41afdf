# Hagukumi — ja-x-easy, materials.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Materials handed out at the pregnancy notification (妊娠届). $name is the municipality.

materials-kind-guide = しおり・あんない
materials-kind-coupons = じゅしんひょう（受診票）・クーポンの リスト
materials-kind-contacts = そうだん する ところ・れんらくさき
materials-heading = { $name }の しりょう（にんしんの とどけでの ときに もらう もの）
materials-none = まだ しりょうが ありません。ポータルと どうき すると、すんで いる しくちょうそんの しりょうが この スマホに ほぞん されて、インターネットが なくても よめます。
materials-no-match = 「{ $query }」に あう しりょうは ありません。
materials-count = { $count }こ
materials-source = でどころ：{ $source }
materials-problem = しりょうの いちぶが よめませんでした（その しりょうは のぞいて います）：{ $problem }
materials-no-municipality = しくちょうそんが きまって いません。「hagu municipality set コード」で きめて、「hagu sync」で しりょうを うけとって ください。
cli-materials-about = にんしんの とどけでの ときに もらう しりょう（しおり、じゅしんひょう・クーポンの リスト、そうだん する ところ）を みる・さがす
cli-materials-search-help = この ことばが ある しりょう だけ（だいめい・せつめい・こうもく）
cli-materials-json-help = JSON で だす（スクリプト よう）

## The app's screen
materials-card-title = にんしんの とどけでの しりょう
materials-card-intro = しおり、じゅしんひょう・クーポンの リスト、そうだん する ところを、インターネットが なくても よめます。
materials-card-open = しりょうを みる
materials-screen-title = にんしんの とどけでの しりょう
materials-search-label = しりょうを さがす
materials-search-placeholder = れい：じゅしんひょう、そうだん
materials-back = リストに もどる
