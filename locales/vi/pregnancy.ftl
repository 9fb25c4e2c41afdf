# Hagukumi — Tiếng Việt (vi), pregnancy.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Pregnancy records and postnatal checkups

## Record kinds (PregnancyRecordKind, pregnancy-kind-<kind>)

pregnancy-kind-notification = Thông báo mang thai (妊娠の届出)
pregnancy-kind-prenatal-visit = Khám thai
pregnancy-kind-dental = Khám răng cho mẹ bầu
pregnancy-kind-class = Lớp học dành cho cha mẹ
pregnancy-kind-environment = Ghi chú về công việc, sinh hoạt
pregnancy-kind-postnatal-checkup = Khám sau sinh
pregnancy-kind-vaccination = Tiêm chủng cho mẹ bầu

## The pregnancy's screen

pregnancy-records = Hồ sơ
error-no-such-pregnancy = Không tìm thấy hồ sơ thai kỳ này.
pregnancy-no-records = Chưa có hồ sơ nào. Bạn có thể ghi ngày khám thai hoặc ngày thông báo mang thai bằng biểu mẫu bên dưới.
pregnancy-date-week = Ngày này: { $week }
pregnancy-stat-blood-pressure = Huyết áp
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = Đơn vị mmHg (ví dụ: số trên 112, số dưới 70)
pregnancy-epds-field-hint = Tổng điểm của Thang đo trầm cảm sau sinh Edinburgh (EPDS), 0–30 điểm
# Shown gently under a postnatal checkup whose EPDS is 9 or more (core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD)
pregnancy-epds-hint = Sau khi sinh là giai đoạn cả tâm trạng và cơ thể đều dễ dao động. Nếu có điều gì lo lắng hoặc muốn chia sẻ, bạn đừng ôm một mình, hãy thoải mái trao đổi với nữ hộ sinh, y tá y tế công cộng, hoặc Trung tâm hỗ trợ nuôi dạy con (子育て世代包括支援センター / こども家庭センター) của thành phố, quận, thị trấn, làng nơi bạn sống nhé.

## Choices

pregnancy-method-last-period = Tính từ kỳ kinh cuối
pregnancy-method-ultrasound = Bằng siêu âm
pregnancy-method-other = Khác
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (âm tính)
pregnancy-urine-trace-option = ± (dương tính nhẹ)
pregnancy-urine-plus1-option = + (dương tính)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (không)
pregnancy-edema-plus1-option = + (có)
pregnancy-edema-plus2-option = ++ (nhiều)
pregnancy-heart-present = Có tim thai
pregnancy-heart-absent = Không xác nhận được tim thai
pregnancy-heart-not-checked = Chưa kiểm tra tim thai
pregnancy-timing-two-weeks = Khám 2 tuần sau sinh
pregnancy-timing-one-month = Khám 1 tháng sau sinh
pregnancy-timing-other = Khám sau sinh khác

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = cân nặng { $value } kg
pregnancy-value-lot = Lô { $lot }
pregnancy-value-blood-pressure = huyết áp { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = protein niệu { $value }
pregnancy-value-urine-sugar = đường niệu { $value }
pregnancy-value-edema = phù { $value }
pregnancy-value-fundal-height = chiều cao tử cung { $value } cm
pregnancy-value-abdominal-girth = vòng bụng { $value } cm
pregnancy-value-heart-rate = tim thai { $bpm } lần/phút
pregnancy-value-method = ngày dự sinh: { $method }
pregnancy-value-epds = EPDS { $score } điểm

## hagu pregnancy (command line)

cli-pregnancy-about = Thêm và liệt kê thai kỳ cùng các hồ sơ khi mang thai và sau sinh (khám thai, khám sau sinh, …)
cli-pregnancy-add-about = Thêm thai kỳ
cli-pregnancy-label-help = Tên gọi (ví dụ: con thứ hai; không bắt buộc)
cli-pregnancy-expected-help = Ngày dự sinh (ví dụ: 2027-03-01)
cli-pregnancy-list-about = Liệt kê các thai kỳ trong sổ tay
cli-pregnancy-list-json-help = Xuất ra mảng JSON mà máy đọc được (id, label, expected_date)
cli-pregnancy-record-about = Thêm, liệt kê, sửa, xóa hoặc khôi phục hồ sơ khi mang thai và sau sinh
cli-pregnancy-record-add-about = Thêm hồ sơ vào thai kỳ
cli-pregnancy-record-list-about = Liệt kê hồ sơ của thai kỳ theo ngày, cũ nhất trước
cli-pregnancy-record-edit-about = Sửa hồ sơ. Mục không chỉ định sẽ giữ nguyên; giá trị rỗng ("") sẽ xóa mục không bắt buộc. Nội dung trước khi sửa được giữ trong lịch sử
cli-pregnancy-record-delete-about = Xóa hồ sơ (có thể khôi phục trong vòng 30 ngày)
cli-pregnancy-record-restore-about = Khôi phục hồ sơ đã xóa trong vòng 30 ngày
cli-pregnancy-record-history-about = Hiển thị nội dung trước khi sửa của hồ sơ, cũ nhất trước
cli-pregnancy-record-notification-about = Thông báo mang thai
cli-pregnancy-record-prenatal-visit-about = Khám thai (tuần thai được tính từ ngày khám và ngày dự sinh)
cli-pregnancy-record-dental-about = Khám răng khi mang thai
cli-pregnancy-record-vaccination-about = Tiêm chủng khi mang thai (ví dụ: vắc-xin RSV cho mẹ bầu)
cli-pregnancy-record-class-about = Lớp học dành cho cha mẹ
cli-pregnancy-record-environment-about = Ghi chú về công việc và môi trường sinh hoạt
cli-pregnancy-record-postnatal-checkup-about = Khám sau sinh (khám cho mẹ)
cli-pregnancy-pregnancy-help = ID của thai kỳ (xem bằng "hagu pregnancy list --json")
cli-pregnancy-record-id-help = ID của hồ sơ (xem bằng "hagu pregnancy record list")
cli-pregnancy-kind-help = Chỉ hồ sơ thuộc loại này
cli-pregnancy-deleted-help = Bao gồm cả hồ sơ đã xóa
cli-pregnancy-record-list-json-help = Xuất ra mảng JSON mà máy đọc được (định dạng: docs/export-format.md)
cli-pregnancy-history-json-help = Xuất ra mảng JSON mà máy đọc được (record_id, change, previous, changed_at)
cli-pregnancy-date-help = Ngày (ví dụ: 2026-11-24)
cli-pregnancy-notification-date-help = Ngày thông báo (ví dụ: 2026-07-10)
cli-pregnancy-method-help = Cách xác định ngày dự sinh: last-period (kỳ kinh cuối), ultrasound (siêu âm), other (khác)
cli-pregnancy-weight-help = Cân nặng (kg, ví dụ: 58.4)
cli-pregnancy-systolic-help = Huyết áp, số trên (mmHg)
cli-pregnancy-diastolic-help = Huyết áp, số dưới (mmHg)
cli-pregnancy-urine-protein-help = Protein niệu: - ± + ++ +++ (hoặc negative, trace, plus1, plus2, plus3)
cli-pregnancy-urine-sugar-help = Đường niệu: - ± + ++ +++ (hoặc negative, trace, plus1, plus2, plus3)
cli-pregnancy-edema-help = Phù: - + ++ (hoặc negative, plus1, plus2)
cli-pregnancy-fundal-height-help = Chiều cao tử cung (cm)
cli-pregnancy-abdominal-girth-help = Vòng bụng (cm)
cli-pregnancy-fetal-heart-help = Tim thai: present (có), absent (không xác nhận được), not-checked (chưa kiểm tra)
cli-pregnancy-heart-rate-help = Nhịp tim thai (lần/phút)
cli-pregnancy-notes-help = Ghi chú
cli-pregnancy-facility-help = Cơ sở y tế
cli-pregnancy-vaccine-help = ID của vắc-xin (ví dụ: rsv-maternal)
cli-pregnancy-lot-help = Số lô
cli-pregnancy-findings-help = Nhận xét
cli-pregnancy-class-name-help = Tên lớp học
cli-pregnancy-text-help = Nội dung ghi chú
cli-pregnancy-timing-help = Thời điểm khám: two-weeks (2 tuần sau sinh), one-month (1 tháng sau sinh), other (khác)
cli-pregnancy-epds-help = Tổng điểm EPDS (0–30)
cli-pregnancy-line = #{ $id }  { $title }  dự sinh { $expected }  { $status }
cli-pregnancy-added = Đã thêm thai kỳ: { $pregnancy }
cli-pregnancy-none = Chưa đăng ký thai kỳ nào. Có thể thêm bằng "hagu pregnancy add".
cli-pregnancy-record-added = Đã thêm hồ sơ #{ $id } ({ $title }): { $entry }
cli-pregnancy-record-edited = Đã sửa hồ sơ #{ $id }: { $entry }
cli-pregnancy-record-deleted = Đã xóa hồ sơ #{ $id }. Có thể khôi phục đến { $until } bằng "hagu pregnancy record restore { $id }".
cli-pregnancy-record-restored = Đã khôi phục hồ sơ #{ $id }: { $entry }
cli-pregnancy-record-none = Không có hồ sơ nào. Có thể thêm bằng "hagu pregnancy record add".
cli-pregnancy-no-pregnancy = Không có thai kỳ với ID { $id }. Hãy kiểm tra bằng "hagu pregnancy list --json". Không có gì bị thay đổi.
cli-pregnancy-no-record = Không có hồ sơ với ID { $id }. Hãy kiểm tra bằng "hagu pregnancy record list". Không có gì bị thay đổi.
cli-pregnancy-record-kind-mismatch = Hồ sơ #{ $id } là hồ sơ loại { $kind }. Hãy sửa bằng "hagu pregnancy record edit { $id } { $kind } …". Không có gì bị thay đổi.
cli-pregnancy-record-is-deleted = Hồ sơ #{ $id } đã bị xóa. Hãy khôi phục trước bằng "hagu pregnancy record restore { $id }". Không có gì bị thay đổi.
cli-pregnancy-record-already-deleted = Hồ sơ #{ $id } đã bị xóa rồi. Không có gì bị thay đổi.
cli-pregnancy-record-not-deleted = Hồ sơ #{ $id } chưa bị xóa nên không có gì để khôi phục.
cli-pregnancy-record-too-old = Hồ sơ #{ $id } đã bị xóa hơn 30 ngày nên không thể khôi phục.
cli-pregnancy-photo-about = Thêm, liệt kê, xuất, xóa hoặc khôi phục ảnh của hồ sơ khi mang thai và sau sinh (JPEG hoặc PNG; giống như trong ứng dụng, thông tin như địa điểm chụp sẽ được loại bỏ)
cli-pregnancy-photo-not-theirs = Hồ sơ #{ $record } không phải là hồ sơ của "{ $title }". Chưa có gì được lưu.
cli-pregnancy-history-none = Hồ sơ #{ $id } chưa được sửa lần nào.
