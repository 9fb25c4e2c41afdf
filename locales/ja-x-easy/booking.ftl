# Hagukumi — ja-x-easy, booking.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Nursery hunt (保活): visit and consultation bookings, the nursery application

portal-category-nursery = ほいくえん（保育施設）の けんがく・そうだんの よやくと にゅうえん もうしこみ

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = けんがく（見学）
booking-kind-consult-counter = ほかつ そうだん（保活相談・まどぐち）
booking-kind-consult-online = ほかつ そうだん（保活相談・オンライン）
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state }（{ $reason }）
booking-no-slots = よやく できる じかんは ありません（どうき すると、しくちょうそんの あたらしい じかんが とどきます）。
booking-sample = サンプル：けんがく・そうだんの じかんは ぜんぶ つくりもの です。
booking-none = よやくは まだ ありません。

nursery-booking-pending = おくるのを まって いる
nursery-booking-confirmed = きまった
nursery-booking-declined = ことわられた
nursery-booking-cancelling = とりけしを おくるのを まって いる
nursery-booking-cancelled = とりけした
nursery-booking-refused = うけつけられませんでした

nursery-decline-slot-full = いっぱい です
nursery-decline-slot-changed = よやくの ないようが かわりました
nursery-decline-unknown-slot = この よやくの じかんは もう ありません
nursery-decline-slot-past = はじまる じかんを すぎて います
nursery-decline-already-booked = もう よやく して います
nursery-decline-other = りゆうは かいて ありません

nursery-reminder-title = あしたは { $kind ->
    [visit] けんがく
   *[other] ほかつ そうだん
} です（{ $time }）
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = うけつけました（りよう ちょうせい（利用調整）の けっかを まって います）
nursery-decision-offered = ないてい（内定）
nursery-decision-waitlisted = ほりゅう（保留・こんかいは ないてい なし）
nursery-decision-offered-at = ないてい：{ $facility }（だい{ $rank }きぼう）
nursery-outcome-offered = ないてい
nursery-outcome-no-opening = あきが ない
nursery-outcome-not-reached = もっと うえの きぼうで ないてい
nursery-adjustment-line = だい{ $rank }きぼう { $facility }：{ $outcome }
nursery-application-none = にゅうえん もうしこみは まだ ありません。
nursery-application-pending = おくるのを まって いる
nursery-application-refused = うけつけられませんでした

nursery-error-bad-intake = にゅうえん する ひは 4月1日を YYYY-04-01 の かたちで いれて ください。
nursery-error-intake-past = その にゅうえん する ひは もう すぎて います。
nursery-error-no-preferences = きぼう する しせつを 1つ いじょう えらんで ください。
nursery-error-too-many-preferences = きぼうは 20しせつ までです。
nursery-error-preference-twice = おなじ しせつを 2かい えらんで います：{ $value }
nursery-error-unknown-slot = その よやくの じかんは みつかりません（どうき してから もう いちど）：{ $value }
nursery-error-already-booked = この じかんは もう よやく して います。
nursery-error-not-cancellable = とりけせる よやく では ありません：{ $value }
nursery-error-already-pending = にゅうえん もうしこみが もう おくるのを まって います。
nursery-error-unknown-child = その こどもは みつかりません：{ $value }

cli-booking-slots-about = けんがく・ほかつ そうだんの よやくできる じかん（まえの どうきで とどいた もの）
cli-booking-municipality-help = しくちょうそんの コード（かかないと、せってい した しくちょうそん）
cli-booking-facility-help = しせつの ID（れい：131083-1）
cli-booking-json-help = JSON で だす
cli-booking-book-about = けんがく（visit）か ほかつ そうだん（consult）を よやく する（つぎの どうきで おくります）
cli-booking-kind-help = visit（けんがく）か consult（ほかつ そうだん）
cli-booking-slot-help = よやくの じかんの ID（hagu nursery slots で でます）
cli-booking-at-help = はじまる ひと じかん（--slot の かわりに）
cli-booking-mode-help = そうだんの しかた：counter（まどぐち）か online（オンライン）
cli-booking-bookings-about = よやくと その ようす
cli-booking-cancel-about = よやくを とりけす（つぎの どうきで おくります）
cli-booking-id-help = よやくの ばんごう（hagu nursery bookings の #）
cli-booking-apply-about = にゅうえん もうしこみ（きぼうの じゅんに しせつを ならべます。つぎの どうきで おくります）
cli-booking-child-help = こどもの ばんごう
cli-booking-prefer-help = きぼう する しせつの ID を きぼうの じゅんに、カンマで くぎって
cli-booking-intake-help = にゅうえん する ひ（4月1日）
cli-booking-application-about = にゅうえん もうしこみと けっか（ないてい・ほりゅう、りよう ちょうせいの けっか）
cli-booking-queued = よやく #{ $id } を おくるのを まつ リストに いれました：{ $slot }
cli-booking-cancel-queued = よやく #{ $id } の とりけしを おくるのを まつ リストに いれました。
cli-booking-apply-queued = にゅうえん もうしこみ #{ $id }（{ $count }しせつ）を おくるのを まつ リストに いれました。
cli-booking-application-line = もうしこみ #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = にゅうえん もうしこみ：{ $status }

nursery-decision-notice-title = にゅうえん もうしこみの けっかが とどきました
booking-timeline-heading = ほかつの よやく

booking-pick = けんがく・もうしこみ
booking-title = けんがく・ほかつ そうだんの よやく
booking-pick-hint = しせつの「けんがく・もうしこみ」を おすと、けんがくと ほかつ そうだんの よやくできる じかんが でます。
booking-list-title = よやく
booking-book = よやく する
booking-booked = よやく した
booking-cancel = とりけす
nursery-apply-title = にゅうえん もうしこみ
nursery-prefer-add = { $facility } を きぼうに いれる
nursery-prefs-from-bookmarks = ブックマークの じゅんばんで きぼうを いれる（{ $count }こ）
nursery-prefs-none = きぼう する しせつを、けんさくの けっかから いれて ください。
nursery-pref-line = だい{ $rank }きぼう { $facility }
nursery-pref-up = じゅんばんを あげる
nursery-pref-down = じゅんばんを さげる
nursery-pref-remove = きぼうから はずす
nursery-apply-child = こども
nursery-apply-intake = にゅうえん する ひ（4月1日）
nursery-apply-submit = もうしこむ
nursery-apply-sent = もうしこみを おくるのを まつ リストに いれました。どうき すると おくられて、けっかも どうきで とどきます。
