# Hagukumi — Tiếng Việt (vi), portal.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Official data (portal sync): consent, sync, official records, pre-visit questionnaires

portal-category-children = Thông tin cơ bản của con
portal-category-vaccinations = Hồ sơ tiêm chủng
portal-category-checkups = Kết quả khám thai và khám sức khỏe trẻ nhỏ
portal-category-certificates = Giấy chứng nhận hỗ trợ chi phí y tế (受給者証)
portal-category-benefits = Đăng ký và tình trạng trợ cấp
portal-category-notices = Thông báo từ chính quyền địa phương

portal-benefit-submitted = Đã nộp
portal-benefit-under-review = Đang xét duyệt
portal-benefit-returned = Bị trả lại để sửa
portal-benefit-approved = Đã được quyết định
portal-benefit-paid = Đã chi trả
portal-benefit-rejected = Không được chi trả

sync-error-offline = Không kết nối được với cổng thông tin. Hãy thử lại sau ở nơi có sóng (trong lúc đó vẫn dùng sổ tay bình thường).
sync-error-interrupted = Kết nối bị ngắt giữa chừng. Hãy thử lại sau.
sync-error-server = Cổng thông tin đang gặp sự cố. Hãy thử lại sau một lúc.
sync-error-busy = Cổng thông tin đang quá tải. Hãy thử lại sau một lúc.
sync-error-refused = Cổng thông tin không chấp nhận yêu cầu.
sync-error-consent-expired = Sự đồng ý của bạn với cổng thông tin đã hết hạn hoặc đã bị hủy. Hãy kết nối lại.
sync-error-not-connected = Chưa kết nối với cổng thông tin.
sync-error-not-consented = Bạn chưa đồng ý chia sẻ mục này.
sync-error-consent-denied = Chưa đồng ý trên trình duyệt.
sync-error-consent-timeout = Đã hết thời gian mà không có phản hồi từ trình duyệt. Hãy thử lại.
sync-error-loopback = Không chuẩn bị được để nhận sự đồng ý. Hãy thử lại.
sync-error-consent-foreign = Phản hồi đó không dành cho lần đồng ý này nên không có gì bị thay đổi. Hãy thử lại.
sync-error-signature = Không xác minh được chữ ký của dữ liệu từ cổng thông tin nên dữ liệu không được nhận (chưa có gì được lưu).
sync-error-bad-page = Dữ liệu từ cổng thông tin bị lỗi nên không được nhận (chưa có gì được lưu).
sync-error-other-account = Dữ liệu từ cổng thông tin là của người dùng khác nên không được nhận (chưa có gì được lưu).
sync-error-other-request = Dữ liệu từ cổng thông tin là câu trả lời cho một yêu cầu khác nên không được nhận (chưa có gì được lưu).
sync-error-stale-page = Dữ liệu nhận được cũ hơn dữ liệu đã có nên không được nhận (chưa có gì được lưu).
sync-error-bad-rules = Bản cập nhật quy tắc từ cổng thông tin không qua được kiểm tra nên không được dùng (lịch vẫn theo quy tắc cũ).
sync-error-too-large = Dữ liệu từ cổng thông tin quá lớn nên không được nhận (chưa có gì được lưu).
sync-error-insecure = Địa chỉ của cổng thông tin không phải kết nối an toàn (https) nên không kết nối.
sync-error-no-portal = Ứng dụng này chưa được cài đặt cổng thông tin.
sync-error-development-key = Cổng thông tin đã cài đặt dùng khóa dành cho phát triển, nên phiên bản này không kết nối.
sync-error-bad-profile = Không đọc được cài đặt của cổng thông tin.
sync-error-child-not-linked = Con này chưa được liên kết với thông tin trên cổng thông tin. Hãy đồng bộ trước.

questionnaire-feels-well = Hôm nay con có khỏe, không có chỗ nào khó chịu không?
questionnaire-ill-last-month = Trong vòng 1 tháng gần đây, con có bị bệnh không?
questionnaire-vaccinated-last-month = Trong vòng 1 tháng, con có tiêm chủng không?
questionnaire-reaction-before = Con đã từng bị khó chịu sau những lần tiêm chủng trước đây chưa?
questionnaire-seizures = Con đã từng bị co giật chưa?

error-record-official = Không thể sửa hoặc xóa hồ sơ chính thức nhận từ cổng thông tin.
error-no-such-conflict = Hồ sơ này đã được xác nhận rồi.

## The official data screen (from the card on home)

portal-title = Dữ liệu chính thức
portal-card-title = Dữ liệu chính thức (liên kết Mynaportal マイナポータル)
portal-card-intro = Có thể đưa hồ sơ chính thức về tiêm chủng và khám sức khỏe, giấy chứng nhận, tình trạng trợ cấp vào sổ tay này.
portal-card-connected = Đã kết nối với cổng thông tin
portal-card-conflicts = Có { $count } hồ sơ cần bạn xác nhận
portal-card-open = Xem dữ liệu chính thức
portal-intro = Bạn có thể nhận hồ sơ từ các dịch vụ công như Mynaportal. Những gì bạn đã ghi trong sổ tay vẫn được giữ nguyên.
portal-shared-title = Những gì sẽ nhận (có thể kiểm tra trên màn hình đồng ý)
portal-scope-questionnaires = Gửi phiếu khám sàng lọc trước tiêm (chỉ khi bạn quyết định gửi)
portal-connect = Kết nối với cổng thông tin
portal-connect-note = Màn hình đồng ý sẽ mở trong trình duyệt. Sau khi đồng ý xong, màn hình này sẽ tự động cập nhật. Hagukumi không bao giờ xử lý My Number (マイナンバー).
portal-consenting-title = Hãy đồng ý trên trình duyệt
portal-consenting-body = Nếu trình duyệt không mở, hãy sao chép địa chỉ sau và mở bằng trình duyệt (có hiệu lực trong 5 phút).
portal-consenting-reopen = Mở lại bằng trình duyệt
portal-consenting-wait = Đang chờ bạn đồng ý…
portal-connected-to = Liên kết với: { $portal }
portal-last-synced = Đồng bộ gần nhất: { $when }
portal-never-synced = Chưa đồng bộ
portal-syncing = Đang đồng bộ…
portal-pending-writes = Đang chờ gửi: { $count }
portal-sync-now = Đồng bộ ngay
portal-synced = Đã đồng bộ
portal-disconnect = Ngừng liên kết
portal-disconnect-confirm = Ngừng liên kết với cổng thông tin? Các hồ sơ đã nhận vẫn được giữ trong sổ tay.
portal-disconnect-yes = Ngừng liên kết
portal-disconnect-no = Tiếp tục liên kết
portal-disconnected = Đã ngừng liên kết. Các hồ sơ đã nhận vẫn còn nguyên.
portal-offline-note = Vẫn dùng sổ tay bình thường. Phần còn lại sẽ được nhận khi có kết nối.

portal-conflicts-title = Hồ sơ cần bạn xác nhận
portal-conflicts-intro = Ngày tiêm trong hồ sơ của bạn và hồ sơ chính thức khác nhau. Hãy chọn giữ lại bên nào.
portal-conflict-mine = Hồ sơ của bạn: { $date }
portal-conflict-official = Hồ sơ chính thức: { $date }
portal-keep-mine = Giữ hồ sơ của tôi
portal-use-official = Dùng hồ sơ chính thức
portal-resolved-kept = Đã giữ hồ sơ của bạn.
portal-resolved-official = Đã chuyển sang hồ sơ chính thức. Hồ sơ của bạn có thể khôi phục từ "Hồ sơ đã xóa gần đây" trong vòng 30 ngày.

portal-certificates-title = Giấy chứng nhận (受給者証)
portal-certificate-payer = Số hiệu bên chi trả công (公費負担者番号)
portal-certificate-recipient = Số người thụ hưởng (受給者番号)
portal-certificate-valid = Thời hạn hiệu lực
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = Mức tự chi trả tối đa
portal-copay-per-visit = { $yen } yên mỗi lần
portal-copay-monthly = { $yen } yên mỗi tháng
portal-benefits-title = Đăng ký và tình trạng trợ cấp
portal-benefit-applied = Ngày đăng ký { $date }
portal-benefit-updated = Ngày cập nhật { $date }
portal-yen = { $yen } yên
portal-notices-title = Thông báo
portal-checkups-title = Hồ sơ khám thai và khám sau sinh (chính thức)
portal-child-checkups-title = Hồ sơ khám sức khỏe (chính thức)
portal-nothing-yet = Chưa nhận được gì
portal-for-child = { $name }
portal-facility = Nơi thực hiện: { $facility }
portal-findings = Nhận xét: { $findings }
portal-blood-pressure = Huyết áp { $value }
portal-epds = EPDS { $value } điểm
portal-gestation-weeks = Thai { $weeks } tuần

portal-badge-official = Chính thức
portal-badge-official-hint = Hồ sơ chính thức nhận từ cổng thông tin (không thể sửa hoặc xóa)
portal-badge-linked = Khớp với chính thức
portal-badge-linked-hint = Nội dung giống với hồ sơ chính thức
portal-badge-conflict = Cần xác nhận
portal-badge-conflict-hint = Ngày tiêm khác với hồ sơ chính thức. Có thể chọn ở màn hình dữ liệu chính thức

portal-consent-page-title = Đã hoàn tất thủ tục
portal-consent-page-body = Hãy đóng trang này và quay lại Hagukumi.

## Pre-visit questionnaire

questionnaire-title = Phiếu khám sàng lọc trước tiêm (予診票)
questionnaire-intro = Trước khi tiêm, bạn có thể gửi nội dung phiếu khám sàng lọc qua cổng thông tin. Vào ngày tiêm, hãy làm theo hướng dẫn của cơ sở y tế.
questionnaire-not-linked = Khi đã kết nối với cổng thông tin và thông tin của con đã được đồng bộ, bạn có thể gửi phiếu khám sàng lọc.
questionnaire-date = Ngày dự định tiêm
questionnaire-note = Điều muốn nói với bác sĩ (không bắt buộc)
questionnaire-questions = Câu hỏi
questionnaire-answer-all = Hãy trả lời tất cả các câu hỏi bằng "Có" hoặc "Không".
questionnaire-submit = Gửi phiếu khám sàng lọc
questionnaire-queued = Đã tiếp nhận phiếu khám sàng lọc. Tình trạng gửi được hiển thị trong danh sách bên dưới.
questionnaire-list-title = Phiếu khám sàng lọc đã gửi
questionnaire-entry = { $vaccine } · dự định tiêm { $date }
questionnaire-pending = Đang chờ gửi
questionnaire-sent = Đã gửi
questionnaire-rejected = Không được chấp nhận
questionnaire-date-hint = Từ hôm nay đến 90 ngày sau
questionnaire-date-range = Hãy nhập ngày từ hôm nay đến 90 ngày sau.
questionnaire-temperature-range = Hãy nhập nhiệt độ trong khoảng 34–42 °C.

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
