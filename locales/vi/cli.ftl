# Hagukumi — Tiếng Việt (vi), cli.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## hagu, the command-line tool

## Help

cli-about = Quản lý sổ tay đã mã hóa của Hagukumi (sổ tay sức khỏe mẹ và bé) bằng dòng lệnh.
cli-usage-heading = Cách dùng
cli-commands-heading = Lệnh
cli-options-heading = Tùy chọn
cli-help-flag = Hiển thị trợ giúp này
cli-version-flag = Hiển thị phiên bản
cli-data-dir-help = Thư mục dữ liệu của sổ tay (mặc định: cùng vị trí với ứng dụng)
cli-init-new-help = Tạo sổ tay mới ở đây ngay cả khi keychain vẫn còn khóa của một sổ tay đã được chuyển khỏi thư mục này (khóa đó vẫn được giữ)
cli-init-about = Tạo sổ tay đã mã hóa (nếu đã có, kiểm tra xem có mở được không)
cli-child-about = Thêm hoặc liệt kê các con
cli-child-add-about = Thêm con
cli-child-name-help = Tên của con
cli-child-birth-help = Ngày sinh (ví dụ: 2025-04-01)
cli-child-list-about = Liệt kê các con đã đăng ký
cli-child-list-json-help = Xuất ra mảng JSON mà máy đọc được (id, name, birth_date)
cli-verify-about = Mở sổ tay hiện có và kiểm tra xác thực mã hóa cùng tính toàn vẹn (không tạo sổ tay)
cli-arguments-heading = Đối số
cli-record-about = Thêm, liệt kê, sửa, xóa hoặc khôi phục hồ sơ của con (tiêm chủng, số đo, cột mốc, ghi chú, dị ứng, bệnh, khi sinh, khám sức khỏe, khám răng, kiểm tra mắt và tai, thuốc)
cli-record-add-about = Thêm hồ sơ cho con
cli-record-list-about = Liệt kê hồ sơ của con theo ngày, cũ nhất trước
cli-record-edit-about = Sửa hồ sơ. Mục không chỉ định sẽ giữ nguyên giá trị hiện tại; giá trị rỗng ("") sẽ xóa mục không bắt buộc. Nội dung trước khi sửa được giữ trong lịch sử
cli-record-delete-about = Xóa hồ sơ (có thể khôi phục trong vòng 30 ngày)
cli-record-restore-about = Khôi phục hồ sơ đã xóa trong vòng 30 ngày
cli-record-history-about = Hiển thị nội dung trước khi sửa của hồ sơ, cũ nhất trước
cli-record-vaccination-about = Tiêm chủng
cli-record-measurement-about = Số đo cơ thể (ít nhất một trong: cân nặng, chiều cao, vòng đầu, vòng ngực)
cli-record-milestone-about = Cột mốc phát triển (lần đầu biết đi, v.v.)
cli-record-note-about = Ghi chú tự do
cli-record-allergy-about = Dị ứng (thức ăn, thuốc, v.v.)
cli-record-illness-about = Bệnh đã mắc
cli-record-child-help = ID của con (xem bằng "hagu child list --json")
cli-record-id-help = ID của hồ sơ (xem bằng "hagu record list")
cli-record-kind-help = Chỉ hồ sơ thuộc loại này
cli-record-deleted-help = Bao gồm cả hồ sơ đã xóa
cli-record-list-json-help = Xuất ra mảng JSON mà máy đọc được (định dạng: docs/export-format.md)
cli-record-history-json-help = Xuất ra mảng JSON mà máy đọc được (record_id, change, previous, changed_at)
cli-record-date-help = Ngày (ví dụ: 2025-04-01)
cli-record-vaccine-help = ID của vắc-xin (ví dụ: hib, pcv, mr)
cli-record-dose-help = Mũi thứ mấy (1–10)
cli-record-manufacturer-help = Nhà sản xuất
cli-record-lot-help = Số lô
cli-record-facility-help = Cơ sở y tế
cli-record-funding-help = Chi phí: public (tiêm chủng định kỳ) hoặc self-paid (tiêm chủng tự nguyện, tự trả phí)
cli-record-weight-help = Cân nặng (kg, ví dụ: 6.1)
cli-record-height-help = Chiều cao (cm)
cli-record-head-help = Vòng đầu (cm)
cli-record-chest-help = Vòng ngực (cm)
cli-record-what-help = Việc con đã làm được
cli-record-note-help = Ghi chú ngắn
cli-record-text-help = Nội dung ghi chú
cli-record-allergy-date-help = Từ khi nào (ví dụ: 2025-04-01)
cli-record-substance-help = Nguyên nhân (thức ăn, thuốc, v.v.)
cli-record-reaction-help = Triệu chứng
cli-record-illness-help = Tên bệnh
cli-export-about = Xuất toàn bộ sổ tay thành một tệp JSON. Tệp này KHÔNG được mã hóa (định dạng: docs/export-format.md)
cli-export-json-help = Xuất ra JSON (bắt buộc; hiện chỉ có định dạng này)
cli-export-output-help = Ghi vào tệp này thay vì đầu ra chuẩn (tạo với quyền chỉ bạn đọc được)
cli-import-about = Khôi phục tệp JSON đã xuất vào sổ tay trống (nếu chưa có sổ tay thì tạo mới). Hoặc nhập tất cả, hoặc không nhập gì
cli-import-json-help = Tệp là bản xuất JSON (bắt buộc; hiện chỉ có định dạng này)
cli-import-file-help = Tệp đã xuất; - để đọc từ đầu vào chuẩn
cli-after-help =
    Biến môi trường:
      HAGUKUMI_PASSPHRASE  Cụm mật khẩu (khi không dùng keychain của hệ điều hành)
      HAGUKUMI_LANG        Ngôn ngữ hiển thị (ja, ja-x-easy, en, zh-Hans, ko, vi,
                           pt-BR, ne, tl, id, th, es)

    Mã thoát:
      0  Thành công
      1  Lỗi khác (không đọc/ghi được tệp, bộ nhớ thiết bị không đủ, v.v.)
      2  Dùng lệnh sai cách
      3  Nhập sai (chưa lưu gì). Bao gồm cả con hoặc hồ sơ không tồn tại, hoàn tác xóa sau hơn 30 ngày, bản xuất không nhập được, cụm mật khẩu dưới 12 ký tự, mã khôi phục nhập sai, bản sao lưu không thể khôi phục vào đây
      4  Không mở được sổ tay (không có sổ tay, khóa sai, không phải dữ liệu Hagukumi, không tìm thấy khóa, không có keychain lẫn cụm mật khẩu, cần cụm mật khẩu, mã khôi phục không mở được, sổ tay đã được chuyển khỏi thư mục này)
      5  Sổ tay được ghi bởi phiên bản Hagukumi mới hơn
      6  Sổ tay bị hỏng (ví dụ khi verify tìm thấy vấn đề), hoặc bản sao lưu bị hỏng
cli-usage-error = Cách dùng lệnh không đúng. Xem "hagu --help".

## The handbook

cli-init-created = Đã tạo sổ tay: { $path }
cli-init-exists = Sổ tay đã có và mở được bình thường: { $path }
cli-key-os = Nơi lưu khóa: kho thông tin xác thực của hệ điều hành (keychain)
cli-key-passphrase = Nơi lưu khóa: cụm mật khẩu (biến môi trường HAGUKUMI_PASSPHRASE)
cli-no-handbook = Không có sổ tay ở { $path }. Hãy tạo trước bằng "hagu init".
cli-no-data-dir = Không xác định được thư mục dữ liệu. Hãy chỉ định bằng --data-dir.

## Children

cli-child-line = { $name }  sinh ngày { $birth }  { $age }
cli-child-added = Đã thêm con: { $child }
cli-child-none = Chưa có con nào được đăng ký. Có thể thêm bằng "hagu child add".
cli-age-unknown = Không rõ tuổi
cli-field-error = { $field }: { $message }
cli-nothing-saved = Chưa có gì được lưu.

## Verify

cli-verify-ok = Sổ tay không có vấn đề: { $path }
cli-verify-schema = Phiên bản lược đồ: { $version }
cli-verify-cipher = Phiên bản SQLCipher: { $version }
cli-verify-problems = Đã tìm thấy { $count } vấn đề trong sổ tay: { $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (đã xóa; có thể khôi phục đến { $until })
cli-record-mark-gone = (đã xóa)
cli-datetime = { $date } { $time }
cli-record-none = Chưa có hồ sơ nào. Có thể thêm bằng "hagu record add".
cli-record-added = Đã thêm hồ sơ #{ $id } cho { $name }: { $entry }
cli-record-edited = Đã sửa hồ sơ #{ $id }: { $entry }
cli-record-deleted = Đã xóa hồ sơ #{ $id }. Có thể khôi phục đến { $until } bằng "hagu record restore { $id }".
cli-record-restored = Đã khôi phục hồ sơ #{ $id }: { $entry }
cli-record-no-child = Không có con với ID { $id }. Hãy kiểm tra bằng "hagu child list --json". Không có gì bị thay đổi.
cli-record-no-record = Không có hồ sơ với ID { $id }. Hãy kiểm tra bằng "hagu record list". Không có gì bị thay đổi.
cli-record-kind-mismatch = Hồ sơ #{ $id } thuộc loại { $kind }. Hãy sửa bằng "hagu record edit { $id } { $kind } …". Không có gì bị thay đổi.
cli-record-is-deleted = Hồ sơ #{ $id } đã bị xóa. Hãy khôi phục trước bằng "hagu record restore { $id }". Không có gì bị thay đổi.
cli-record-already-deleted = Hồ sơ #{ $id } đã bị xóa rồi. Không có gì bị thay đổi.
cli-record-not-deleted = Hồ sơ #{ $id } chưa bị xóa nên không có gì để khôi phục.
cli-record-too-old = Hồ sơ #{ $id } đã bị xóa hơn 30 ngày nên không thể khôi phục.
cli-record-official = Hồ sơ #{ $id } là hồ sơ chính thức nhận từ cổng thông tin nên không thể sửa hoặc xóa.
cli-history-line = { $at }  { $change }. Trước khi sửa: { $entry }
cli-history-edit = Đã sửa
cli-history-delete = Đã xóa
cli-history-restore = Đã khôi phục
cli-history-none = Hồ sơ #{ $id } chưa được sửa lần nào.

## Photos on records

cli-photo-about = Thêm, liệt kê, xuất, xóa hoặc khôi phục ảnh trong hồ sơ của con (JPEG hoặc PNG; giống như trong ứng dụng, thông tin như địa điểm chụp sẽ được loại bỏ)
cli-photo-add-about = Thêm ảnh vào hồ sơ (JPEG hoặc PNG, tối đa 8 MB, tối đa 10 ảnh mỗi hồ sơ). Thông tin như địa điểm chụp, máy ảnh sẽ được loại bỏ trước khi lưu
cli-photo-list-about = Liệt kê ảnh (ID, hồ sơ, định dạng, kích thước, thời điểm thêm), của tất cả hồ sơ hoặc của một hồ sơ
cli-photo-export-about = Ghi ảnh ra tệp đúng như được lưu trong sổ tay
cli-photo-delete-about = Xóa ảnh (có thể khôi phục trong vòng 30 ngày)
cli-photo-restore-about = Khôi phục ảnh đã xóa trong vòng 30 ngày
cli-photo-file-help = Tệp ảnh (JPEG hoặc PNG)
cli-photo-output-help = Tệp để ghi ra ("-" là đầu ra chuẩn). Tệp cùng tên sẽ bị thay thế
cli-photo-id-help = ID của ảnh (xem bằng "{ $command } list")
cli-photo-list-record-help = Chỉ ảnh của hồ sơ này
cli-photo-list-deleted-help = Bao gồm cả ảnh đã xóa
cli-photo-list-json-help = Xuất ra mảng JSON mà máy đọc được (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = Đã thêm ảnh #{ $id } vào hồ sơ #{ $record } ({ $mime }, { $size } byte). Thông tin như địa điểm chụp đã được loại bỏ.
cli-photo-line = #{ $id }  hồ sơ #{ $record }  { $mime }  { $size } byte  thêm lúc { $at }
cli-photo-none = Chưa có ảnh nào. Có thể thêm bằng "{ $command } add".
cli-photo-exported = Đã ghi ảnh #{ $id } ({ $mime }, { $size } byte) ra: { $path }
cli-photo-deleted = Đã xóa ảnh #{ $id }. Có thể khôi phục đến { $until } bằng "{ $command } restore { $id }".
cli-photo-restored = Đã khôi phục ảnh #{ $id } của hồ sơ #{ $record }.
cli-photo-already-deleted = Ảnh #{ $id } đã bị xóa rồi. Không có gì bị thay đổi.
cli-photo-not-deleted = Ảnh #{ $id } chưa bị xóa nên không có gì để khôi phục.
cli-photo-too-old = Ảnh #{ $id } đã bị xóa hơn 30 ngày nên không thể khôi phục.
cli-photo-is-deleted = Ảnh #{ $id } đã bị xóa. Hãy khôi phục trước bằng "{ $command } restore { $id }". Chưa ghi ra gì.
cli-photo-no-photo = Không có ảnh với ID { $id }. Hãy kiểm tra bằng "{ $command } list". Không có gì bị thay đổi.
cli-photo-not-theirs = Hồ sơ #{ $record } không phải là hồ sơ của { $name }. Chưa có gì được lưu.
cli-photo-cannot-read = Không đọc được { $path }: { $detail }

## Export and import

cli-export-plaintext = Lưu ý: bản xuất KHÔNG được mã hóa. Ai đọc được tệp sẽ đọc được toàn bộ sổ tay. Hãy cất giữ cẩn thận và xóa khi không cần nữa.
cli-export-written = Đã ghi bản xuất: { $path }
cli-export-cannot-write = Không ghi được vào { $path }: { $detail }
cli-import-cannot-read = Không đọc được { $path }: { $detail }
cli-import-too-large = { $path } quá lớn (giới hạn { $limit } MB). Bản xuất của Hagukumi không lớn đến thế. Hãy kiểm tra xem có đúng tệp không.
cli-import-not-json = Không phải tài liệu JSON: { $detail }
cli-import-not-an-export = Không phải bản xuất của Hagukumi ("format" không phải là "hagukumi-export").
cli-import-version = Định dạng của bản xuất này là phiên bản { $version }. hagu này chỉ đọc được phiên bản { $supported }. Hãy cập nhật Hagukumi.
cli-import-invalid = Nội dung bản xuất mâu thuẫn hoặc bị hỏng: { $detail }
cli-import-not-empty = Sổ tay ở { $path } đã có dữ liệu. Bản xuất chỉ có thể nhập vào sổ tay trống (hãy dùng --data-dir mới, v.v.).
cli-import-nothing = Chưa nhập gì.
cli-import-done = Đã nhập vào { $path }: { $children } con, { $pregnancies } thai kỳ, { $records } hồ sơ
cli-import-unverified = { $count } dữ liệu chính thức không xác minh được chữ ký nên đã được nhập như hồ sơ của chính bạn (có thể sửa, xóa; lần đồng bộ sau cổng thông tin sẽ gửi lại).
cli-import-reference-portal-help = Xác minh chữ ký của dữ liệu chính thức cả bằng cổng thông tin tham chiếu (khóa phát triển) (dành cho demo và kiểm thử)

## hagu schedule / hagu summary

cli-schedule-about = Hiển thị lịch tiêm chủng và khám sức khỏe (văn bản, JSON, ICS cho lịch)
cli-schedule-child-help = Chỉ con này (mặc định: tất cả)
cli-schedule-as-of-help = Tính với ngày này là "hôm nay" (ví dụ: 2026-12-01)
cli-schedule-json-help = Xuất ra JSON (định dạng: docs/cli-schedule.md)
cli-schedule-ics-help = Xuất ra định dạng iCalendar (.ics) có thể nhập vào lịch
cli-schedule-person = { $name }
cli-summary-about = Xuất bản tóm tắt khi đi khám (HTML một trang)
cli-summary-child-help = ID của con cần làm bản tóm tắt
cli-summary-output-help = Ghi vào tệp này thay vì đầu ra chuẩn
cli-summary-written = Đã ghi bản tóm tắt khi đi khám (tệp KHÔNG được mã hóa; hãy cẩn thận khi sử dụng)

## hagu sync
cli-sync-about = Nhận hồ sơ chính thức từ cổng thông tin (kiểu Mynaportal). Chạy không có lệnh con sẽ đồng bộ ngay
cli-sync-portal-help = Địa chỉ cổng thông tin (mặc định: cổng thông tin đã kết nối)
cli-sync-reference-portal-help = Dùng cổng thông tin tham chiếu (khóa phát triển, dữ liệu giả định) (dành cho demo và kiểm thử)
cli-sync-reference-hint = Để kết nối với cổng thông tin tham chiếu (phát triển, dữ liệu giả định), hãy thêm --reference-portal.
cli-sync-page-limit-help = Số mục nhận mỗi lần (1–200)
cli-sync-json-help = Xuất ra JSON mà máy đọc được
cli-sync-connect-about = Kết nối với cổng thông tin (mở địa chỉ được hiển thị bằng trình duyệt và đồng ý)
cli-sync-timeout-help = Số giây chờ đồng ý trên trình duyệt
cli-sync-status-about = Hiển thị tình trạng đồng bộ (lần đồng bộ gần nhất, đang chờ gửi, hồ sơ cần xác nhận)
cli-sync-official-about = Liệt kê các hồ sơ chính thức nhận từ cổng thông tin
cli-sync-child-help = Số của con
cli-sync-resolve-about = Khi hồ sơ của cổng thông tin và hồ sơ của bạn khác nhau, quyết định giữ lại bên nào
cli-sync-resolve-id-help = ID hồ sơ của cổng thông tin (hiển thị trong "hagu sync official")
cli-sync-keep-mine-help = Giữ hồ sơ của bạn
cli-sync-use-official-help = Dùng hồ sơ của cổng thông tin (hồ sơ của bạn được coi là đã xóa, có thể khôi phục trong 30 ngày)
cli-sync-questionnaire-about = Đưa phiếu khám sàng lọc trước tiêm vào hàng chờ gửi (gửi ở lần đồng bộ tiếp theo)
cli-sync-vaccine-help = ID của vắc-xin (ví dụ: mr)
cli-sync-date-help = Ngày dự định tiêm
cli-sync-temperature-help = Nhiệt độ (°C)
cli-sync-answer-help = Câu trả lời cho câu hỏi (ví dụ: feels-well=yes). Hãy trả lời tất cả các câu hỏi
cli-sync-note-help = Điều muốn nói với bác sĩ
cli-sync-disconnect-about = Ngừng kết nối với cổng thông tin và hủy sự đồng ý (các hồ sơ đã nhận vẫn được giữ)
cli-sync-open-this = Hãy mở địa chỉ sau bằng trình duyệt và đồng ý với các mục liên kết:
cli-sync-browser-done = Đã hoàn tất liên kết với Hagukumi. Hãy đóng trang này và quay lại thiết bị.
cli-sync-connected = Đã kết nối với { $portal } (các mục đã đồng ý: { $scopes }). Nhận dữ liệu bằng "hagu sync".
cli-sync-scope-questionnaires = Gửi phiếu khám sàng lọc trước tiêm
cli-sync-done = Đã đồng bộ: { $added } hồ sơ mới, { $linked } khớp với hồ sơ của bạn, { $conflicts } cần xác nhận, { $updated } đã cập nhật, { $unchanged } mục không thay đổi, { $sent } đã gửi
cli-sync-conflicts-waiting = Có { $count } hồ sơ chính thức khác với hồ sơ của bạn. Hãy kiểm tra bằng "hagu sync official" và quyết định bằng "hagu sync resolve".
cli-sync-connect-hint = Hãy kết nối bằng "hagu sync connect --portal URL".
cli-sync-never = Chưa có
cli-sync-status-line = Cổng thông tin: { $portal }   Đồng bộ gần nhất: { $last }   Đang chờ gửi: { $pending }   Cần xác nhận: { $conflicts }
cli-sync-last-error = Lần đồng bộ trước: { $error }
cli-sync-no-official = Chưa nhận được hồ sơ nào từ cổng thông tin.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } mũi { $dose }
cli-sync-item-checkup = Khám sức khỏe ({ $kind })
cli-sync-item-certificate = { $name } (số hiệu bên chi trả công { $payer }, số người thụ hưởng { $recipient }, đến { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = Đã thêm như hồ sơ chính thức
cli-sync-state-linked = Khớp với hồ sơ của bạn
cli-sync-state-conflict = Cần xác nhận
cli-sync-state-kept-mine = Đã giữ hồ sơ của bạn
cli-sync-state-info = Để tham khảo
cli-sync-no-conflict = Không tìm thấy hồ sơ cần xác nhận { $id }. Không có gì bị thay đổi.
cli-sync-questions = ID câu hỏi: { $ids }
cli-sync-queued = Đã đưa phiếu khám sàng lọc vào hàng chờ gửi (#{ $id }). Sẽ gửi ở lần đồng bộ tiếp theo.
cli-sync-disconnected = Đã ngừng kết nối với cổng thông tin và hủy sự đồng ý. Các hồ sơ đã nhận vẫn còn trong sổ tay.

## Recovery code and backups

cli-recovery-code-about = Hiển thị lại mã khôi phục của sổ tay (mã này mở được sổ tay trên bất kỳ thiết bị nào)
cli-recover-about = Mở sổ tay bị mất khóa bằng mã khôi phục và lưu khóa vào kho thông tin xác thực của thiết bị này (nếu đã đặt HAGUKUMI_PASSPHRASE, sổ tay sẽ được bảo vệ bằng cụm mật khẩu mới đó)
cli-backup-about = Ghi bản sao lưu mã hóa của toàn bộ sổ tay vào một tệp (được niêm phong bằng mã khôi phục)
cli-backup-output-help = Ghi bản sao lưu vào tệp này (mặc định: hagukumi-ngày-giờ.hagukumi-backup trong thư mục hiện tại)
cli-restore-about = Khôi phục sổ tay từ tệp sao lưu (kiểm tra tất cả trước khi thay thế bất cứ thứ gì)
cli-restore-file-help = Tệp sao lưu (.hagukumi-backup)
cli-recovery-code-flag-help = Mã khôi phục (nếu không chỉ định sẽ được hỏi để nhập)
cli-recovery-code-line = Mã khôi phục: { $code }
cli-recovery-code-advice = Hãy chép mã này ra giấy và cất ở nơi an toàn, tách biệt với thiết bị này. Khi mở sổ tay trên điện thoại hoặc máy tính mới, hay khi mất khóa, chỉ có mã này mới giúp được bạn.
cli-recovery-code-new = Sổ tay này đã có mã khôi phục. Mã chỉ được hiển thị một lần ở đây (có thể xem lại bằng "hagu recovery-code").
cli-recovery-code-prompt = Mã khôi phục:
cli-recovery-code-required = Hãy chỉ định mã khôi phục bằng --recovery-code (không có thiết bị đầu cuối để nhập). Không có gì bị thay đổi.
cli-recover-done = Đã có thể mở lại sổ tay: { $path }. Khóa đã được lưu vào kho thông tin xác thực của thiết bị này.
cli-recover-done-passphrase = Đã có thể mở lại sổ tay: { $path }. Từ giờ sổ tay sẽ mở bằng cụm mật khẩu mới trong HAGUKUMI_PASSPHRASE (cụm mật khẩu cũ không dùng được nữa).
cli-backup-written = Đã ghi bản sao lưu đã mã hóa: { $path } ({ $size } byte). Không có mã khôi phục thì không mở được.
cli-restore-done = Đã khôi phục sổ tay từ bản sao lưu lúc { $created }: { $path }
cli-hint-init-new = Để tạo sổ tay mới ở đây: hagu init --new
cli-hint-recover = Để mở bằng mã khôi phục: hagu recover
cli-hint-restore = Để khôi phục từ bản sao lưu: hagu restore TỆP
cli-hint-open-moved = Để mở ở vị trí hiện tại: hagu --data-dir THƯ-MỤC …
