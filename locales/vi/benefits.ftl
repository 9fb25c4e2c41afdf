# Hagukumi — Tiếng Việt (vi), benefits.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Benefit applications and their state (018 Support, Baby First, child allowance, …)

benefits-title = Đăng ký và tình trạng trợ cấp
benefits-open = Xem đăng ký và tình trạng
benefits-back = Quay lại
benefits-none = Chưa có đăng ký nào. Bạn có thể bắt đầu từ "Đăng ký gộp" hoặc "Tự ghi lại" ở bên dưới.
benefits-list-heading = Đăng ký
benefits-next-payment-heading = Lần chi trả tiếp theo
benefits-no-payment = Chưa có lần chi trả nào được lên lịch.
benefit-state-not-applied = Chưa đăng ký
benefit-state-applied = Đã đăng ký
benefit-state-approved = Đã được quyết định
benefit-state-paid = Đã chi trả
benefit-state-needs-action = Cần xử lý
benefit-source-official = Chính thức
benefit-source-tracked = Tự ghi lại
benefit-source-registry = Chế độ bạn được hưởng
benefit-portal-status = Tình trạng tại quầy: { $status }
benefit-applied-on = Ngày đăng ký { $date }
benefit-deadline = Thời hạn { $date } (còn { $days } ngày)
benefit-deadline-passed = Thời hạn { $date } (đã quá hạn)
benefit-amount = { $yen } yên
benefit-next-payment = { $yen } yên vào { $date }
benefit-next-payment-of = Lần chi trả tiếp theo: { $program }, { $yen } yên vào { $date }
benefit-delete = Xóa
benefit-reminder-title = Sắp đến thời hạn của { $who }
benefit-reminder-body = Thời hạn của { $who } là { $date } (còn { $days } ngày). Hãy hoàn tất việc đăng ký hoặc các thủ tục cần thiết.
benefit-error-already-pending = Đã có một đăng ký đang chờ gửi. Đăng ký sẽ tự động được gửi khi có kết nối mạng, nên bạn không cần đăng ký lại.
benefit-error-refused = Cổng thông tin không chấp nhận đăng ký này. Hãy kiểm tra tên và ngày sinh của con rồi đăng ký lại, hoặc hỏi quầy của chính quyền địa phương (thành phố, quận, thị trấn, làng).
benefit-error-no-children = Chưa có con nào được đăng ký trong sổ tay. Hãy đăng ký trước bằng "Thêm con" ở trang chủ.
benefit-no-such-application = Không tìm thấy hồ sơ đó. Hãy kiểm tra số bằng `hagu benefits`.

once-only-title = Đăng ký gộp 018 Support (018サポート) và Baby First (赤ちゃんファースト)
once-only-intro = Thông tin đã được điền sẵn từ dữ liệu của con trong sổ tay. Hãy kiểm tra nội dung rồi gửi. Không cần nhập My Number (マイナンバー).
once-only-programs = Các chế độ đăng ký: 018 Support (018サポート; 5.000 yên mỗi tháng cho mỗi trẻ) và Baby First (赤ちゃんファースト; điểm quà tặng trị giá 100.000 yên cho trẻ sinh từ ngày 1/4/2025 trở đi). Cổng thông tin sẽ quyết định ai thuộc đối tượng.
once-only-child = { $name } (sinh ngày { $date })
once-only-confirm = Đăng ký với nội dung ở trên (tôi đã kiểm tra)
once-only-confirm-needed = Trước khi gửi, hãy kiểm tra nội dung và đánh dấu vào "tôi đã kiểm tra"
once-only-send = Gửi đăng ký
once-only-queued = Đã tiếp nhận đăng ký. Đang gửi đến cổng thông tin.
once-only-sent = Đã gửi đăng ký đến cổng thông tin. Tình trạng sẽ hiển thị trên màn hình này.
once-only-not-connected = Chưa kết nối với cổng thông tin nên đăng ký đang chờ gửi. Đăng ký sẽ được gửi khi bạn kết nối với cổng thông tin từ mục "Dữ liệu chính thức" ở trang chủ.
submission-pending = Đang chờ gửi: { $children }
submission-pending-problem = Đang chờ gửi: { $children } ({ $problem } Sẽ tự động gửi khi có kết nối mạng.)
submission-sent = Đã gửi, đang lấy tình trạng: { $children }
submission-refused = Không được chấp nhận: { $children }

track-title = Tự ghi lại đăng ký
track-intro = Với các trợ cấp đã đăng ký tại quầy hoặc qua bưu điện, bạn cũng có thể quản lý tình trạng, thời hạn và lần chi trả tiếp theo tại đây.
track-save = Ghi lại
track-saved = Đã ghi lại

## hagu benefits
cli-benefits-about = Hiển thị các đăng ký trợ cấp và tình trạng (đăng ký gộp 018 Support và Baby First, các đăng ký tự ghi lại)
cli-benefits-json-help = Xuất ra JSON (dành cho script)
cli-benefits-apply-about = Đăng ký gộp 018 Support và Baby First (đưa vào hàng chờ gửi; `hagu sync` sẽ gửi). Không dùng My Number
cli-benefits-guardian-help = Họ tên người giám hộ (nhập một lần, lần sau có thể bỏ qua)
cli-benefits-child-help = Số của con được đăng ký (có thể chỉ định nhiều lần; nếu bỏ qua là tất cả các con trong sổ tay)
cli-benefits-track-about = Tự ghi lại trợ cấp đã đăng ký tại quầy hoặc qua bưu điện
cli-benefits-program-help = Tên chế độ (ví dụ: trợ cấp trẻ em 児童手当)
cli-benefits-state-help = Tình trạng: not-applied (chưa đăng ký), applied (đã đăng ký), approved (đã được quyết định), paid (đã chi trả), needs-action (cần xử lý)
cli-benefits-applied-on-help = Ngày đăng ký
cli-benefits-deadline-help = Thời hạn (bạn sẽ được nhắc trước ngày này)
cli-benefits-payment-date-help = Ngày chi trả tiếp theo
cli-benefits-payment-yen-help = Số tiền chi trả tiếp theo (yên)
cli-benefits-note-help = Ghi chú
cli-benefits-delete-about = Xóa đăng ký bạn đã tự ghi lại
cli-benefits-id-help = Số của hồ sơ (số sau # trong `hagu benefits`)
cli-benefits-deleted = Đã xóa
cli-benefits-tracked = Đã ghi lại (#{ $id })
cli-benefits-queued = Đã đưa đăng ký vào hàng chờ gửi (#{ $id }). `hagu sync` sẽ gửi đến cổng thông tin.
benefits-to-apply = Có { $count } trợ cấp bạn được hưởng nhưng chưa đăng ký
