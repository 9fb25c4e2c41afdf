# Hagukumi — Tiếng Việt (vi), booking.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Nursery hunt (保活): visit and consultation bookings, the nursery application (crates/i18n/src/booking.rs)

portal-category-nursery = Đặt lịch tham quan, tư vấn và đăng ký vào cơ sở giữ trẻ

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = Tham quan
booking-kind-consult-counter = Tư vấn tìm chỗ giữ trẻ (保活相談, tại quầy)
booking-kind-consult-online = Tư vấn tìm chỗ giữ trẻ (保活相談, trực tuyến)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = Không có khung giờ nào để đặt (khi đồng bộ, khung giờ mới nhất của chính quyền địa phương sẽ được gửi đến).
booking-sample = MẪU: tất cả khung giờ tham quan và tư vấn đều là giả định.
booking-none = Chưa có lịch hẹn nào.

nursery-booking-pending = Đang chờ gửi
nursery-booking-confirmed = Đã xác nhận
nursery-booking-declined = Bị từ chối
nursery-booking-cancelling = Yêu cầu hủy đang chờ gửi
nursery-booking-cancelled = Đã hủy
nursery-booking-refused = Không được chấp nhận

nursery-decline-slot-full = đã hết chỗ
nursery-decline-slot-changed = nội dung khung giờ đã thay đổi
nursery-decline-unknown-slot = khung giờ này không còn nữa
nursery-decline-slot-past = đã quá giờ bắt đầu
nursery-decline-already-booked = đã đặt lịch rồi
nursery-decline-other = không nêu lý do

nursery-reminder-title = Ngày mai có { $kind ->
    [visit] buổi tham quan
   *[other] buổi tư vấn tìm chỗ giữ trẻ
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = Đã tiếp nhận (đang chờ kết quả xét chọn 利用調整)
nursery-decision-offered = Được nhận (内定)
nursery-decision-waitlisted = Chờ (保留; lần này chưa được nhận)
nursery-decision-offered-at = Được nhận: { $facility } (nguyện vọng { $rank })
nursery-outcome-offered = được nhận
nursery-outcome-no-opening = không còn chỗ
nursery-outcome-not-reached = đã được nhận ở nguyện vọng cao hơn
nursery-adjustment-line = Nguyện vọng { $rank } { $facility }: { $outcome }
nursery-application-none = Chưa có đơn đăng ký vào cơ sở giữ trẻ.
nursery-application-pending = Đang chờ gửi
nursery-application-refused = Không được chấp nhận

nursery-error-bad-intake = Hãy nhập ngày vào học là ngày 1 tháng 4, theo dạng YYYY-04-01.
nursery-error-intake-past = Ngày vào học đó đã qua.
nursery-error-no-preferences = Hãy chọn ít nhất một cơ sở mong muốn.
nursery-error-too-many-preferences = Tối đa 20 nguyện vọng.
nursery-error-preference-twice = Cùng một cơ sở được chọn hai lần: { $value }
nursery-error-unknown-slot = Không tìm thấy khung giờ đó (hãy đồng bộ rồi thử lại): { $value }
nursery-error-already-booked = Bạn đã đặt khung giờ này rồi.
nursery-error-not-cancellable = Đây không phải lịch hẹn có thể hủy: { $value }
nursery-error-already-pending = Đơn đăng ký vào cơ sở giữ trẻ đang chờ gửi.
nursery-error-unknown-child = Không tìm thấy con này: { $value }

cli-booking-slots-about = Khung giờ tham quan và tư vấn (nhận được ở lần đồng bộ trước)
cli-booking-municipality-help = Mã địa phương (mặc định: địa phương đã cài đặt)
cli-booking-facility-help = ID cơ sở (ví dụ: 131083-1)
cli-booking-json-help = Xuất ra JSON
cli-booking-book-about = Đặt lịch tham quan (visit) hoặc tư vấn (consult), gửi ở lần đồng bộ tiếp theo
cli-booking-kind-help = visit (tham quan) hoặc consult (tư vấn)
cli-booking-slot-help = ID khung giờ (hiển thị bởi hagu nursery slots)
cli-booking-at-help = Ngày giờ bắt đầu (thay cho --slot)
cli-booking-mode-help = Hình thức tư vấn: counter (tại quầy) hoặc online (trực tuyến)
cli-booking-bookings-about = Các lịch hẹn và tình trạng
cli-booking-cancel-about = Hủy lịch hẹn (gửi ở lần đồng bộ tiếp theo)
cli-booking-id-help = Số lịch hẹn (số # trong hagu nursery bookings)
cli-booking-apply-about = Đăng ký vào cơ sở giữ trẻ (xếp các cơ sở theo thứ tự nguyện vọng; gửi ở lần đồng bộ tiếp theo)
cli-booking-child-help = Số của con
cli-booking-prefer-help = ID các cơ sở mong muốn theo thứ tự nguyện vọng, cách nhau bằng dấu phẩy
cli-booking-intake-help = Ngày vào học (ngày 1 tháng 4)
cli-booking-application-about = Đơn đăng ký vào cơ sở giữ trẻ và kết quả (được nhận, chờ, kết quả xét chọn)
cli-booking-queued = Lịch hẹn #{ $id } đang chờ gửi: { $slot }
cli-booking-cancel-queued = Yêu cầu hủy lịch hẹn #{ $id } đang chờ gửi.
cli-booking-apply-queued = Đơn đăng ký #{ $id } ({ $count } cơ sở) đang chờ gửi.
cli-booking-application-line = Đơn #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = Đơn đăng ký vào cơ sở giữ trẻ: { $status }

nursery-decision-notice-title = Đã có kết quả đơn đăng ký vào cơ sở giữ trẻ
booking-timeline-heading = Lịch hẹn tìm chỗ giữ trẻ

booking-pick = Tham quan · Đăng ký
booking-title = Đặt lịch tham quan và tư vấn tìm chỗ giữ trẻ
booking-pick-hint = Nhấn "Tham quan · Đăng ký" của một cơ sở để xem các khung giờ tham quan và tư vấn.
booking-list-title = Lịch hẹn
booking-book = Đặt lịch
booking-booked = Đã đặt
booking-cancel = Hủy
nursery-apply-title = Đăng ký vào cơ sở giữ trẻ
nursery-prefer-add = Thêm { $facility } vào nguyện vọng
nursery-prefs-from-bookmarks = Điền nguyện vọng theo thứ tự trong dấu trang ({ $count } cơ sở)
nursery-prefs-none = Hãy thêm các cơ sở mong muốn từ kết quả tìm kiếm.
nursery-pref-line = Nguyện vọng { $rank }: { $facility }
nursery-pref-up = Lên thứ tự
nursery-pref-down = Xuống thứ tự
nursery-pref-remove = Bỏ khỏi nguyện vọng
nursery-apply-child = Con
nursery-apply-intake = Ngày vào học (ngày 1 tháng 4)
nursery-apply-submit = Đăng ký
nursery-apply-sent = Đơn đăng ký đang chờ gửi. Đơn sẽ được gửi khi đồng bộ, và kết quả cũng đến khi đồng bộ.
