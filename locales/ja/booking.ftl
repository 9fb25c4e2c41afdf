# 保活: 見学・保活相談の予約と入園申込（crates/i18n/src/booking.rs）

portal-category-nursery = 保育施設の見学・相談の予約と入園申込

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = 見学
booking-kind-consult-counter = 保活相談（窓口）
booking-kind-consult-online = 保活相談（オンライン）
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state }（{ $reason }）
booking-no-slots = 予約できる枠はありません（同期すると自治体の最新の枠が届きます）。
booking-sample = サンプル: 見学枠・相談枠はすべて架空です。
booking-none = 予約はまだありません。

nursery-booking-pending = 送信待ち
nursery-booking-confirmed = 確定
nursery-booking-declined = お断り
nursery-booking-cancelling = 取消の送信待ち
nursery-booking-cancelled = 取消済み
nursery-booking-refused = 受け付けられませんでした

nursery-decline-slot-full = 満席です
nursery-decline-slot-changed = 枠の内容が変わりました
nursery-decline-unknown-slot = この枠はもうありません
nursery-decline-slot-past = 開始時刻を過ぎています
nursery-decline-already-booked = すでに予約しています
nursery-decline-other = 理由は示されていません

nursery-reminder-title = 明日は{ $kind ->
    [visit] 見学
   *[other] 保活相談
}です（{ $time }）
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = 受付済み（利用調整の結果待ち）
nursery-decision-offered = 内定
nursery-decision-waitlisted = 保留（今回は内定なし）
nursery-decision-offered-at = 内定: { $facility }（第{ $rank }希望）
nursery-outcome-offered = 内定
nursery-outcome-no-opening = 空きなし
nursery-outcome-not-reached = 上位の希望で内定
nursery-adjustment-line = 第{ $rank }希望 { $facility }: { $outcome }
nursery-application-none = 入園申込はまだありません。
nursery-application-pending = 送信待ち
nursery-application-refused = 受け付けられませんでした

nursery-error-bad-intake = 入園日は4月1日を YYYY-04-01 の形で入れてください。
nursery-error-intake-past = その入園日はもう過ぎています。
nursery-error-no-preferences = 希望する施設を1つ以上選んでください。
nursery-error-too-many-preferences = 希望は20施設までです。
nursery-error-preference-twice = 同じ施設が2回選ばれています: { $value }
nursery-error-unknown-slot = その枠は見つかりません（同期してからもう一度）: { $value }
nursery-error-already-booked = この枠はもう予約しています。
nursery-error-not-cancellable = 取り消せる予約ではありません: { $value }
nursery-error-already-pending = 入園申込がすでに送信待ちです。
nursery-error-unknown-child = そのお子さんは見つかりません: { $value }

cli-booking-slots-about = 見学・保活相談の予約枠（前回の同期で届いたもの）
cli-booking-municipality-help = 自治体コード（既定: 設定した自治体）
cli-booking-facility-help = 施設ID（例: 131083-1）
cli-booking-json-help = JSON で出力
cli-booking-book-about = 見学（visit）または保活相談（consult）を予約（次の同期で送信）
cli-booking-kind-help = visit（見学）または consult（保活相談）
cli-booking-slot-help = 枠のID（hagu nursery slots で表示）
cli-booking-at-help = 開始日時（--slot の代わりに）
cli-booking-mode-help = 相談の方法: counter（窓口）または online
cli-booking-bookings-about = 予約とその状態
cli-booking-cancel-about = 予約を取り消す（次の同期で送信）
cli-booking-id-help = 予約の番号（hagu nursery bookings の #）
cli-booking-apply-about = 入園申込（希望順に施設を並べて。次の同期で送信）
cli-booking-child-help = お子さんの番号
cli-booking-prefer-help = 希望する施設IDを希望順にカンマ区切りで
cli-booking-intake-help = 入園日（4月1日）
cli-booking-application-about = 入園申込と結果（内定・保留、利用調整の結果）
cli-booking-queued = 予約 #{ $id } を送信待ちにしました: { $slot }
cli-booking-cancel-queued = 予約 #{ $id } の取消を送信待ちにしました。
cli-booking-apply-queued = 入園申込 #{ $id }（{ $count }施設）を送信待ちにしました。
cli-booking-application-line = 申込 #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = 入園申込: { $status }

nursery-decision-notice-title = 入園申込の結果が届きました
booking-timeline-heading = 保活の予約

booking-pick = 見学・申込
booking-title = 見学・保活相談の予約
booking-pick-hint = 施設の「見学・申込」を押すと、見学枠と保活相談の枠が出ます。
booking-list-title = 予約
booking-book = 予約する
booking-booked = 予約済み
booking-cancel = 取り消す
nursery-apply-title = 入園申込
nursery-prefer-add = { $facility } を希望に加える
nursery-prefs-from-bookmarks = ブックマークの順位どおりに希望を入れる（{ $count }件）
nursery-prefs-none = 希望する施設を検索結果から加えてください。
nursery-pref-line = 第{ $rank }希望 { $facility }
nursery-pref-up = 順位を上げる
nursery-pref-down = 順位を下げる
nursery-pref-remove = 希望から外す
nursery-apply-child = お子さん
nursery-apply-intake = 入園日（4月1日）
nursery-apply-submit = 申し込む
nursery-apply-sent = 申込を送信待ちにしました。同期で送られ、結果も同期で届きます。
