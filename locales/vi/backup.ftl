# Hagukumi — Tiếng Việt (vi), backup.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Tờ khôi phục Hagukumi
recovery-sheet-made = Ngày tạo: { $date }
recovery-sheet-family = Sổ tay này: { $names }
recovery-sheet-qr-label = Mã QR của mã khôi phục
recovery-sheet-what-title = Đây là gì?
recovery-sheet-what = Đây là mã khôi phục của sổ tay này. Khi bạn đổi điện thoại, làm mất điện thoại, hoặc khóa bị xóa mất, mã này giúp mở sổ tay trên thiết bị khác. Mã này cũng cần khi khôi phục từ bản sao lưu.
recovery-sheet-keep-title = Cách cất giữ
recovery-sheet-keep-paper = Hãy in ra hoặc chép lại ra giấy, rồi cất cùng các giấy tờ quan trọng như sổ tay sức khỏe mẹ và bé bản giấy, bản sao thẻ bảo hiểm.
recovery-sheet-keep-no-photo = Đừng lưu mã dưới dạng ảnh hoặc ghi chú trên cùng một điện thoại. Nếu mất điện thoại, bạn cũng mất luôn mã.
recovery-sheet-keep-secret = Ai có mã này đều có thể đọc sổ tay. Đừng cho ai ngoài gia đình xem.
recovery-sheet-use-title = Khi cần dùng
recovery-sheet-use-open = Mở Hagukumi trên thiết bị mới và chọn "Tôi có mã khôi phục" hoặc "Khôi phục từ bản sao lưu".
recovery-sheet-use-type = Nhập mã này (chữ hoa hay chữ thường, có hay không có dấu gạch nối đều được).

## A new handbook's recovery code (shown once)

recovery-new-title = Hãy ghi lại mã khôi phục
recovery-new-body = Đây là mã để mở sổ tay khi bạn đổi hoặc làm mất điện thoại. Hãy chép ra giấy hoặc in tờ khôi phục, rồi cất cùng các giấy tờ quan trọng. Đừng lưu dưới dạng ảnh trên cùng một điện thoại.
recovery-new-sheet = Mở tờ khôi phục (in)
recovery-new-confirm = Tôi đã ghi lại / đã in
recovery-new-restore = Chuyển từ thiết bị khác? Khôi phục từ bản sao lưu

## The first screen when the key is missing

recovery-start-title = Thiết bị này không có khóa của sổ tay
recovery-start-body = Dữ liệu sổ tay có ở đây, nhưng không tìm thấy khóa để mở trên thiết bị này (ví dụ sau khi đổi máy hoặc đặt lại keychain). Bạn có thể mở bằng mã khôi phục. Không có dữ liệu nào bị thay đổi.
recovery-start-code-title = Tôi có mã khôi phục
recovery-code-field = Mã khôi phục
recovery-code-hint = 28 ký tự trên tờ khôi phục (7 nhóm, mỗi nhóm 4 ký tự). Dấu gạch nối, chữ hoa hay chữ thường đều được.
recovery-start-open = Mở sổ tay
recovery-start-opening = Đang kiểm tra…
recovery-start-restore-title = Khôi phục từ tệp sao lưu
recovery-opened = Đã mở sổ tay. Một khóa mới đã được lưu trên thiết bị này.

## The backup and moving screen

backups-card-title = Sao lưu và chuyển sang máy mới
backups-card-intro = Bảo vệ sổ tay phòng khi bạn đổi hoặc làm mất điện thoại.
backups-card-last = Lần sao lưu gần nhất: { $when }
backups-card-never = Chưa sao lưu lần nào
backups-card-open = Sao lưu và chuyển máy
backups-title = Sao lưu và chuyển sang máy mới
backups-help-title = Cách hoạt động (giải thích ngắn gọn)
backups-help-key = Dữ liệu sổ tay được mã hóa và chỉ lưu trong điện thoại này. Khóa để mở nằm ở nơi lưu khóa của hệ điều hành (keychain). Không có gì được gửi đến máy chủ của Hagukumi.
backups-help-code = Mã khôi phục là chìa khóa dự phòng khi bị mất khóa. Mã được hiển thị khi tạo sổ tay. Nếu chép ra giấy, bạn có thể mở sổ tay trên thiết bị khác.
backups-help-backup = Bản sao lưu là một tệp chứa toàn bộ sổ tay đã được mã hóa. Không có mã khôi phục thì không ai mở được, nên để trên ổ đám mây của bạn cũng an toàn.
backups-help-move = Cách chuyển sang máy mới: tạo bản sao lưu trên máy cũ, rồi chuyển tệp đó sang máy mới (qua ổ đám mây, máy tính, v.v.). Trên máy mới, mở Hagukumi, chọn "Khôi phục từ bản sao lưu" và nhập tệp cùng mã khôi phục.
backups-now-title = Sao lưu ngay
backups-file-field = Tệp để lưu
backups-file-hint = Ví dụ: /home/hanako/hagukumi-2026-12-03.hagukumi-backup (hãy đặt tên tệp mới)
backups-now-submit = Tạo bản sao lưu
backups-working = Đang tạo…
backups-written = Đã lưu bản sao lưu: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = Sao lưu tự động
backups-auto-intro = Mỗi ngày một lần, một bản sao lưu được tạo vào thư mục bạn chọn. Nếu chọn thư mục được ổ đám mây của bạn đồng bộ, bạn vẫn yên tâm dù mất thiết bị. Chỉ các tệp đã mã hóa được đặt vào thư mục.
backups-folder-field = Thư mục
backups-folder-hint = Ví dụ: /home/hanako/Dropbox/hagukumi (để trống để dừng sao lưu tự động)
backups-keep-field = Số bản giữ lại
backups-keep-hint = Giữ lại số bản mới nhất này, các bản cũ hơn sẽ bị xóa (1–{ $max })
backups-auto-save = Lưu cài đặt
backups-auto-saved = Đã lưu cài đặt sao lưu tự động
backups-auto-off = Sao lưu tự động đang tắt
backups-auto-on = Vào { $folder }, giữ lại { $keep } bản mới nhất
backups-auto-last = Lần sao lưu tự động gần nhất: { $when }
backups-auto-never = Chưa có bản sao lưu tự động nào
backups-auto-problem = Lần sao lưu tự động trước bị lỗi: { $problem }
backups-restore-title = Khôi phục từ bản sao lưu
backups-restore-body = Toàn bộ tệp sao lưu sẽ được kiểm tra trước khi thay thế sổ tay hiện tại. Trong lúc kiểm tra hoặc nếu có lỗi, sổ tay hiện tại vẫn được giữ nguyên.
backups-restore-file = Tệp sao lưu
backups-restore-file-hint = Ví dụ: /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = Khôi phục
backups-restore-working = Đang kiểm tra tệp…
backups-restored = Đã khôi phục. Sổ tay hiện là nội dung của bản sao lưu.
backups-code-title = Mã khôi phục
backups-code-body = Nếu làm mất tờ khôi phục, bạn có thể hiển thị và in lại ở đây.
backups-code-show = Hiển thị mã khôi phục
backups-code-confirm = Hãy chắc chắn rằng không có ai xung quanh. Hiển thị mã khôi phục?
backups-code-confirm-yes = Hiển thị
backups-code-cancel = Hủy
backups-code-hide = Ẩn
backups-sheet-open = Mở tờ khôi phục
backups-sheet-print = In
backups-sheet-close = Đóng
backups-setting-problem-folder-required = Hãy nhập thư mục
backups-setting-problem-folder-relative = Hãy nhập thư mục dưới dạng đường dẫn đầy đủ (ví dụ: /home/… hoặc C:\…)
backups-setting-problem-folder-missing = Không tìm thấy thư mục này. Hãy tạo thư mục trước
backups-setting-problem-keep = Hãy nhập số bản giữ lại từ 1 đến 60
backups-file-required = Hãy nhập vị trí của tệp
error-no-recovery-code = Sổ tay này chưa có mã khôi phục. Mã sẽ được tạo khi khởi động lại ứng dụng

## hagu recovery-sheet

cli-recovery-sheet-about = Xuất tờ khôi phục (mã khôi phục, mã QR của nó và cách cất giữ) dưới dạng HTML để in
cli-recovery-sheet-output-help = Ghi vào tệp này thay vì đầu ra chuẩn (tệp mới, chỉ bạn đọc được)
cli-recovery-sheet-written = Đã ghi tờ khôi phục. Sau khi in, hãy xóa tệp này.

## The first screen when only an earlier handbook's key is left

elsewhere-title = Không có sổ tay ở đây
elsewhere-body = Khóa của một sổ tay trước đây ở chỗ này vẫn còn trên thiết bị (ví dụ khi thư mục sổ tay đã bị di chuyển hoặc ứng dụng được cài lại). Nếu có bản sao lưu của sổ tay, bạn có thể khôi phục vào đây.
elsewhere-new-title = Bắt đầu sổ tay mới
elsewhere-new-body = Nếu bạn không có bản sao lưu và muốn bắt đầu lại từ đầu. Khóa của sổ tay trước đây vẫn được giữ lại.
elsewhere-new-confirm = Một sổ tay mới, trống sẽ được tạo. Sổ tay trước đây sẽ không thể mở từ màn hình này nữa. Bạn có chắc không?
elsewhere-new-yes = Tạo sổ tay mới
