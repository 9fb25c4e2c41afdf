# Hagukumi — Tiếng Việt (vi). Machine-assisted translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = Sổ tay sức khỏe mẹ và bé
app-loading = Đang tải…

## Dates and ages

date = ngày { $day } tháng { $month } năm { $year }
month-1 = Tháng 1
month-2 = Tháng 2
month-3 = Tháng 3
month-4 = Tháng 4
month-5 = Tháng 5
month-6 = Tháng 6
month-7 = Tháng 7
month-8 = Tháng 8
month-9 = Tháng 9
month-10 = Tháng 10
month-11 = Tháng 11
month-12 = Tháng 12
age = { $years } tuổi { $months } tháng { $days } ngày
gestational-age = Thai { $weeks } tuần { $days } ngày

## Home

home-children = Con
home-pregnancies = Đang mang thai
home-empty = Chưa có ai được đăng ký. Hãy thêm con hoặc thai kỳ bằng biểu mẫu bên dưới.
child-born = Sinh ngày { $date }
child-age-label = Tuổi
pregnancy-untitled = Em bé trong bụng
pregnancy-expected = Ngày dự sinh { $date }
pregnancy-days-left = Còn { $days } ngày đến ngày dự sinh
pregnancy-due-today = Hôm nay là ngày dự sinh
pregnancy-past-due = Đã quá ngày dự sinh { $days } ngày
pregnancy-not-started = Chưa đến thời kỳ mang thai

## Forms

form-child-title = Thêm con
form-child-name = Tên
form-child-name-placeholder = Ví dụ: Hanako
form-child-birth = Ngày sinh
form-pregnancy-title = Thêm thai kỳ
form-pregnancy-label = Tên gọi (không bắt buộc)
form-pregnancy-label-placeholder = Ví dụ: Con thứ hai
form-pregnancy-expected = Ngày dự sinh
form-date-placeholder = Ví dụ: 2025-04-01
form-date-hint = Năm-tháng-ngày (cũng có thể viết 2025/4/1)
form-submit-child = Thêm con
form-submit-pregnancy = Thêm thai kỳ
form-saving = Đang lưu…
form-saved-child = Đã thêm { $name }
form-saved-pregnancy = Đã thêm thai kỳ


## A child's screen and records

child-back = ‹ Về trang chủ
child-records = Hồ sơ
child-no-records = Chưa có hồ sơ nào. Bạn có thể ghi số đo hoặc tiêm chủng bằng biểu mẫu bên dưới.
child-deleted = Hồ sơ đã xóa gần đây ({ $count } mục; có thể khôi phục trong vòng 30 ngày)
record-add-title = Thêm hồ sơ
record-submit = Ghi lại
record-saved = Đã ghi { $kind }
record-delete = Xóa
record-deleted = Đã xóa hồ sơ.
record-undo = Hoàn tác
records-more = Xem thêm hồ sơ cũ hơn
record-edit = Sửa
record-edit-title = Sửa hồ sơ
record-edit-submit = Lưu thay đổi
record-edit-cancel = Thôi sửa
record-edited = Đã thay đổi { $kind }
record-history = Lịch sử
record-history-title = Các nội dung trước đây
record-history-empty = Chưa có thay đổi nào
record-history-loading = Đang tải…
record-change-edit = Đã sửa
record-change-delete = Đã xóa
record-change-restore = Đã khôi phục
record-history-before = Trước khi sửa: { $summary }
record-restored = Đã khôi phục hồ sơ
record-kind-measurement = Số đo
record-kind-vaccination = Tiêm chủng
record-kind-milestone = Cột mốc phát triển
record-kind-note = Ghi chú
record-kind-allergy = Dị ứng
record-kind-illness = Bệnh
record-allergy-substance = Nguyên nhân (thức ăn, thuốc, …)
record-allergy-reaction = Triệu chứng (không bắt buộc)
record-illness-name = Tên bệnh
record-before = { $date } { $summary }
record-dose = mũi { $dose }
record-lot = lô { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } mũi { $dose }
record-line-weight = cân nặng { $value } kg
record-line-height = chiều cao { $value } cm
record-line-head = vòng đầu { $value } cm
record-line-chest = vòng ngực { $value } cm
record-line-separator = {", "}
form-choose = Hãy chọn…
funding-public = Tiêm chủng định kỳ (chi phí công)
funding-self-paid = Tiêm chủng tự nguyện (tự trả phí)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = Cân nặng
field-height-short = Chiều cao
field-head-circumference-short = Vòng đầu
field-chest-circumference-short = Vòng ngực

## Clinic summary

summary-title = Tóm tắt khi đi khám của { $name }
summary-as-of = tính đến { $date }
summary-allergies = Dị ứng
summary-measurements = Số đo mới nhất
summary-next-due = Lịch tiếp theo
summary-vaccinations = Hồ sơ tiêm chủng
summary-illnesses = Các bệnh đã mắc
summary-none-recorded = Không có ghi chép
summary-nothing-due = Không có lịch
summary-rules = Quy tắc dùng để tính lịch: phiên bản { $version } (tính đến { $as_of }{ $builtin ->
    [yes] , có sẵn trong ứng dụng
   *[no] , nhận qua cập nhật
})
summary-since = từ { $date }
summary-print = In
summary-open = Tóm tắt khi đi khám

## Settings

language-label = Ngôn ngữ
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (Bản dịch chưa được kiểm tra)
language-unreviewed-group = Bản dịch chưa được kiểm tra
language-more = Ngôn ngữ khác

## Field names

field-name = Tên
field-birth-date = Ngày sinh
field-label = Tên gọi
field-expected-date = Ngày dự sinh
field-date = Ngày
field-vaccine = Vắc-xin
field-dose = Mũi thứ
field-manufacturer = Nhà sản xuất
field-lot = Số lô
field-facility = Cơ sở y tế
field-funding = Chi phí
field-weight = Cân nặng (kg)
field-height = Chiều cao (cm)
field-head-circumference = Vòng đầu (cm)
field-chest-circumference = Vòng ngực (cm)
field-measurements = Số đo
field-sex = Giới tính
sex-unset = Không chọn
field-what = Việc con đã làm được
field-text = Ghi chú
field-expected-date-method = Cách xác định ngày dự sinh
field-systolic = Huyết áp (tâm thu, số trên)
field-diastolic = Huyết áp (tâm trương, số dưới)
field-urine-protein = Protein niệu
field-urine-sugar = Đường niệu
field-edema = Phù (sưng)
field-fundal-height = Chiều cao tử cung (cm)
field-abdominal-girth = Vòng bụng (cm)
field-fetal-heart = Tim thai
field-fetal-heart-rate = Nhịp tim thai (lần/phút)
field-findings = Nhận xét của bác sĩ
field-class-name = Tên lớp học
field-checkup-timing = Thời điểm khám
field-epds = EPDS (tổng điểm)
field-time = Giờ sinh
field-gestation-weeks = Tuổi thai khi sinh (tuần)
field-gestation-days = Tuổi thai khi sinh (ngày)
field-delivery = Cách sinh
field-birth-weight = Cân nặng khi sinh (g)
field-apgar-1min = Apgar (1 phút)
field-apgar-5min = Apgar (5 phút)
field-complications = Bất thường, xử trí
field-checkup = Khám sức khỏe
field-answers = Ghi chép của phụ huynh
field-teeth = Số răng (cái)
field-caries = Số răng sâu (cái)
field-fluoride = Bôi fluor
field-screening-test = Xét nghiệm
field-screening-result = Kết quả
field-end-date = Ngày kết thúc
field-medicine = Tên thuốc
field-instructions = Cách uống, liều lượng

## Input errors

error-invalid-input = Hãy kiểm tra lại nội dung đã nhập.
error-required = Hãy nhập mục này
error-too-long = Hãy nhập tối đa { $max } ký tự
error-control-characters = Có ký tự không thể sử dụng
error-malformed-date = Hãy nhập ngày theo dạng 2025-04-01
error-birth-in-future = Ngày sinh không thể là ngày trong tương lai
error-birth-before-1900 = Hãy nhập ngày từ 1/1/1900 trở về sau
error-expected-too-far = Ngày dự sinh cách hôm nay hơn 280 ngày
error-expected-long-past = Ngày dự sinh đã qua hơn 4 tuần. Hãy đăng ký em bé đã chào đời bằng "Thêm con"
error-date-in-future = Không thể nhập ngày trong tương lai.
error-date-before-birth = Ngày này trước ngày con sinh ra.
error-malformed-number = Hãy nhập bằng số (ví dụ: 3.25).
error-out-of-range = Giá trị nằm ngoài khoảng hợp lý. Hãy kiểm tra đơn vị (kg, cm).
error-no-measurement = Hãy nhập ít nhất một trong các số đo: cân nặng, chiều cao, vòng đầu, vòng ngực.
error-unknown-choice = Hãy chọn một trong các lựa chọn.
error-blood-pressure-order = Huyết áp (số dưới) phải thấp hơn huyết áp (số trên). Hãy kiểm tra xem có bị nhập ngược không.
error-date-before-pregnancy = Ngày này trước khi biết có thai. Hãy kiểm tra lại ngày hoặc ngày dự sinh.
error-heart-rate-without-heartbeat = Chỉ nhập nhịp tim khi chọn "Có tim thai".
error-malformed-time = Hãy nhập giờ theo dạng 14:05
error-not-the-birth-date = Hãy dùng đúng ngày sinh của con.
error-not-in-checklist = Có câu trả lời không thuộc câu hỏi của lần khám này.
error-answered-twice = Cùng một câu hỏi được trả lời hai lần.
error-more-than-teeth = Số răng sâu nhiều hơn số răng.
error-end-before-start = Ngày này trước ngày bắt đầu.

## When the handbook cannot be opened

error-store-cannot-open = Không mở được sổ tay: khóa không đúng, hoặc đây không phải dữ liệu của Hagukumi. Tệp không bị thay đổi.
error-store-no-key = Không dùng được nơi lưu khóa (keychain của hệ điều hành). Hãy đặt cụm mật khẩu vào biến môi trường HAGUKUMI_PASSPHRASE rồi khởi động lại.
error-store-passphrase = Sổ tay này được bảo vệ bằng cụm mật khẩu. Hãy đặt nó vào biến môi trường HAGUKUMI_PASSPHRASE rồi khởi động lại.
error-store-keystore = Đã xảy ra lỗi ở kho thông tin xác thực (keychain) của hệ điều hành: { $detail }
error-store-key-missing = Không tìm thấy khóa của sổ tay này. Hãy mở bằng đúng người dùng và keychain đã tạo sổ tay, hoặc mở bằng mã khôi phục.
error-store-newer = Sổ tay này được tạo bằng phiên bản Hagukumi mới hơn. Hãy cập nhật ứng dụng.
error-store-io = Không đọc hoặc ghi được các tệp của sổ tay: { $detail }
error-store-corrupt = Dữ liệu của sổ tay bị hỏng: { $detail }
error-store-full = Bộ nhớ của thiết bị không đủ nên không lưu được. Chưa có gì được lưu (sổ tay vẫn như trước). Hãy xóa ảnh, video hoặc ứng dụng không dùng đến để giải phóng dung lượng rồi thử lại.
error-recovery-code-length = Mã khôi phục gồm 28 chữ và số (7 nhóm, mỗi nhóm 4 ký tự). Hãy kiểm tra xem đã nhập đủ tất cả các nhóm chưa.
error-recovery-code-character = Mã khôi phục chỉ dùng chữ A–Z (trừ I, L, O, U) và số 0–9. Hãy kiểm tra các ký tự đã nhập.
error-recovery-code-checksum = Mã khôi phục bị nhập sai (nhóm cuối không khớp với các nhóm khác). Hãy so từng nhóm với tờ khôi phục.
error-store-handbook-elsewhere = Thư mục này trước đây có sổ tay và khóa của nó vẫn còn được lưu (sổ tay đã bị di chuyển hoặc đổi tên). Chưa tạo sổ tay mới. Hãy mở sổ tay ở nơi hiện tại của nó, hoặc đưa thư mục về lại đây. Nếu bạn cố ý xóa, bạn có thể tạo sổ tay mới ở đây.
error-store-passphrase-short = Cụm mật khẩu quá ngắn. Hãy dùng ít nhất 12 ký tự (ghép vài từ không liên quan với nhau sẽ dễ nhớ). Chưa tạo sổ tay.
error-store-in-use = Sổ tay này đang được mở trong ứng dụng. Hãy đóng ứng dụng rồi thử lại. Không có gì bị thay đổi.
error-recovery-wrong-code = Mã khôi phục này không mở được sổ tay này. Hãy so với tờ khôi phục rồi nhập lại. Không có gì bị thay đổi.
error-recovery-no-file = Không có tệp khôi phục (hagukumi.recovery) bên cạnh sổ tay. Hãy sao chép lại từ nơi gốc của thư mục sổ tay, hoặc khôi phục từ bản sao lưu.
error-recovery-other-handbook = Tệp khôi phục bên cạnh sổ tay là của một sổ tay khác. Hãy sao chép lại toàn bộ thư mục sổ tay, hoặc khôi phục từ bản sao lưu.
error-recovery-format = Tệp khôi phục bị hỏng hoặc không đúng định dạng của Hagukumi. Hãy khôi phục từ bản sao lưu.
error-backup-not-a-backup = Tệp này không phải bản sao lưu của Hagukumi. Hãy chọn tệp có tên kết thúc bằng .hagukumi-backup. Không có gì bị thay đổi.
error-backup-version = Bản sao lưu này được tạo bằng phiên bản Hagukumi khác. Hãy cập nhật ứng dụng rồi thử lại. Không có gì bị thay đổi.
error-backup-damaged = Tệp sao lưu bị hỏng hoặc không đầy đủ. Không có gì bị thay đổi. Hãy dùng bản sao lưu khác, hoặc sao chép lại tệp này.
error-backup-wrong-code = Mã khôi phục này không mở được bản sao lưu này. Hãy so với tờ khôi phục của sổ tay đã được sao lưu. Không có gì bị thay đổi.
error-backup-other-handbook = Bản sao lưu này là của một sổ tay khác với sổ tay trong thư mục này. Không có gì bị thay đổi. Hãy khôi phục vào một thư mục trống.
error-backup-no-code = Sổ tay này chưa có mã khôi phục. Hãy mở sổ tay một lần (mã sẽ được tạo), sau đó sao lưu lại.
error-backup-would-replace-other-file = Nơi lưu đã có sẵn một tệp không phải bản sao lưu của Hagukumi. Tệp đó được giữ nguyên và chưa có gì được ghi. Hãy chọn tên tệp hoặc nơi lưu khác.
error-backup-inside-handbook-folder = Không thể lưu bản sao lưu bên trong thư mục của chính sổ tay (vì có thể ghi đè lên sổ tay hoặc bị mất cùng sổ tay). Chưa có gì được ghi. Hãy chọn thư mục khác (ví dụ ổ đĩa ngoài hoặc thư mục đám mây).
error-backup-folder-missing = Không tìm thấy thư mục lưu bản sao lưu tự động (có thể ổ đĩa ngoài hoặc thư mục đám mây chưa được kết nối). Hãy kết nối lại, hoặc chọn thư mục khác ở màn hình sao lưu. Cho đến lúc đó, bản sao lưu tự động sẽ không được lưu.
error-no-such-child = Không tìm thấy con này.
error-no-such-record = Không tìm thấy hồ sơ này.
error-cannot-restore = Đã quá 30 ngày kể từ khi xóa nên không thể khôi phục.
error-birth-already-recorded = Đã có hồ sơ khi sinh (mỗi con chỉ có một). Nếu muốn viết lại, hãy xóa hồ sơ hiện tại trước rồi ghi lại.
photo-count = Ảnh ({ $count } ảnh)
photo-add = Thêm ảnh
photo-delete = Xóa ảnh
photo-deleted = Đã xóa (có thể khôi phục trong vòng 30 ngày)
photo-alt = Ảnh của hồ sơ
photo-privacy = Thông tin như địa điểm chụp sẽ được loại bỏ, và ảnh được lưu trong sổ tay đã mã hóa.
error-photo-format = Chỉ có thể thêm ảnh JPEG hoặc PNG.
error-photo-malformed = Tệp ảnh bị hỏng hoặc không đầy đủ.
error-photo-too-large = Ảnh quá lớn (tối đa 8 MB).
error-photo-too-many = Không thể thêm ảnh vào hồ sơ này nữa (tối đa 10 ảnh).
error-photo-too-many-pixels = Ảnh có quá nhiều điểm ảnh (tối đa 64 megapixel). Hãy chia sẻ hoặc chỉnh sửa trên điện thoại để giảm kích thước, rồi thêm lại.
error-no-such-photo = Không tìm thấy ảnh này.
error-photo-cannot-restore = Ảnh này đã bị xóa hơn 30 ngày nên không thể khôi phục.
error-internal = Đã xảy ra lỗi không mong muốn: { $detail }
error-retry-hint = Nếu khởi động lại ứng dụng mà vẫn không được, hãy sao lưu thư mục dữ liệu rồi liên hệ với chúng tôi.

## The schedule on screen

schedule-next-title = Việc cần làm tiếp theo
schedule-plan-title = Lịch tiêm chủng và khám sức khỏe
schedule-none = Hiện chưa có lịch nào.
schedule-month = Tháng { $month } năm { $year }
schedule-why = Chi tiết
schedule-closing-soon = Thời hạn được tiêm/khám miễn phí (chi phí công) sắp kết thúc.
schedule-record-given = Đã tiêm
schedule-record-save = Ghi lại
schedule-record-cancel = Hủy
schedule-status-done = Đã xong
schedule-status-due-now = Bây giờ
schedule-status-upcoming = Sắp tới
schedule-status-overdue = Trễ
schedule-status-missed = Ngoài thời hạn miễn phí
schedule-status-not-eligible = Không thuộc đối tượng
schedule-status-funded-window-missed = Đã qua thời hạn miễn phí (nay là tiêm chủng tự nguyện, tự trả phí)
schedule-when-done = đã xong ngày { $date }
schedule-when-due = có thể tiêm/khám từ bây giờ
schedule-when-due-by = có thể tiêm/khám từ bây giờ (tiêu chuẩn: trước { $date })
schedule-when-from = từ { $date }
schedule-when-overdue = đã quá thời điểm tiêu chuẩn; nên tiêm/khám sớm
schedule-when-overdue-funded = đã quá thời điểm tiêu chuẩn (miễn phí đến { $date })
ics-calendar-name = Hagukumi – Tiêm chủng và khám sức khỏe

## Reminders (local notifications) and their settings
field-days-before-open = Báo trước bao nhiêu ngày khi đến thời kỳ có thể tiêm/khám
field-days-before-close = Báo trước bao nhiêu ngày khi hết hạn miễn phí
field-temperature = Nhiệt độ (°C)
error-days-out-of-range = Hãy nhập số ngày từ 0 đến 60
field-program = Chế độ
field-benefit-state = Tình trạng
field-deadline = Thời hạn
field-payment-date = Ngày chi trả tiếp theo
field-payment-amount = Số tiền chi trả tiếp theo (yên)
field-guardian = Họ tên người giám hộ
field-children = Con được đăng ký
error-individual-number = Không thể nhập dãy 12 chữ số giống My Number (マイナンバー). Hagukumi không xử lý My Number. Hãy xóa dãy số này
field-stars = Đánh giá (sao)
error-stars-out-of-range = Đánh giá từ 1 đến 5 sao (hoặc không đánh giá)
reminder-opening-title = Sắp đến thời kỳ { $item }
reminder-opening-body = { $who } có thể thực hiện { $item } từ { $date }. Khi thuận tiện, bạn hãy nghĩ đến việc đặt lịch nhé.
reminder-closing-title = Sắp hết hạn miễn phí cho { $item }
reminder-closing-body = { $who } có thể thực hiện { $item } miễn phí đến { $date } (còn { $days } ngày). Nếu chưa làm, bạn hãy hỏi phòng khám quen nhé.
reminder-digest-title = Lịch của gia đình trong tháng { $month }
reminder-digest-body = Tháng này có { $count } lịch.
reminder-digest-line = { $who }: { $item } (khoảng { $date })
reminder-settings-title = Cài đặt thông báo
reminder-settings-open = Báo trước bao nhiêu ngày khi đến thời kỳ có thể tiêm/khám
reminder-settings-close = Báo trước bao nhiêu ngày khi hết hạn miễn phí
reminder-settings-note = Có thể đặt từ 0 đến 60 ngày. Vào ngày 1 hằng tháng, bạn cũng sẽ nhận thông báo về lịch của gia đình trong tháng đó.
reminder-settings-save = Lưu
reminder-settings-saved = Đã lưu
