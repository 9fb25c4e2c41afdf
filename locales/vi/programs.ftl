# Hagukumi — Tiếng Việt (vi), programs.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } được { $months } tháng tuổi
   *[other] { $name } được { $years } tuổi { $months } tháng
}
programs-reason-born-on-or-after = Dành cho trẻ sinh từ { $date } trở đi
programs-reason-from = Áp dụng từ { $date }
programs-reason-until = Áp dụng đến { $date }
programs-reason-school-year-end = Áp dụng đến ngày 31 tháng 3 đầu tiên sau khi tròn { $age } tuổi ({ $date })
programs-reason-child-order = { $name } được tính là con thứ { $order }
programs-reason-twins = { $name } là một trong { $count } trẻ sinh cùng ngày: mỗi trẻ đều được tính
programs-reason-pregnancy-week = Hiện đang mang thai { $weeks } tuần { $days } ngày
programs-reason-pregnancy-week-from = Có thể yêu cầu từ tuần thai thứ { $week } ngày 0 ({ $date })
programs-reason-per-expected-child = Được chi trả theo số thai nhi
programs-reason-after-birth = Áp dụng sau khi em bé chào đời (ngày dự sinh { $date })
programs-reason-apply-by = Hạn đăng ký { $date }

programs-level-national = Nhà nước
programs-level-prefecture = Tỉnh/thành phố (都道府県)
programs-level-municipality = Thành phố, quận, thị trấn, làng (区市町村)
programs-now-heading = Các chế độ có thể dùng bây giờ (tính đến { $date }, { $municipality })
programs-coming-heading = Các chế độ bắt đầu trong vòng 3 tháng tới
programs-check-heading = Các chế độ khác của { $municipality } (dữ liệu không có điều kiện; hãy hỏi { $municipality })
programs-none = Không có
programs-person-pregnancy = Đang mang thai (ngày dự sinh { $date })
programs-person-pregnancy-label = { $label } (ngày dự sinh { $date })
programs-amount-month = { $yen } yên mỗi tháng
programs-amount-once = { $yen } yên
programs-amount-per-expected-child = { $amount } × số thai nhi
programs-days-left = Còn { $days } ngày (đến { $date })
programs-last-day = Hạn chót là hôm nay
programs-until-date = đến { $date }
programs-next-payment = Tháng chi trả tiếp theo: tháng { $month } năm { $year }
programs-applied-with = Có thể đăng ký cùng với "{ $name }"
programs-schedule-link = Về thời điểm tiêm, hãy xem lịch (hagu schedule)
programs-how = Cách đăng ký: { $text }
programs-where = Quầy tiếp nhận: { $text }
programs-bring = Cần mang theo: { $text }
programs-link = Thông tin: { $uri }
programs-source = Nguồn: { $source }
programs-note = Lưu ý: { $note }
programs-sample-notice = Lưu ý: đây là dữ liệu MẪU (tính đến { $date }). Trước khi đăng ký, hãy kiểm tra từng nguồn và thông tin của chính quyền địa phương.
programs-no-municipality = Chưa cài đặt địa phương. Hãy chọn bằng "hagu municipality list", rồi cài đặt bằng "hagu municipality set MÃ".
programs-unknown-municipality = { $code } không phải là địa phương có trong dữ liệu chế độ. Hãy kiểm tra bằng "hagu municipality list". Không có gì bị thay đổi.
programs-registry-problem = Không đọc được một phần dữ liệu chế độ (hồ sơ đó đã được bỏ qua): { $problem }

municipality-line = { $code }  { $name }
municipality-set = Đã cài đặt địa phương là { $name } ({ $code }).
municipality-same = Đã được cài đặt là { $name } ({ $code }) rồi.
municipality-moved = Đã đối chiếu lại các chế độ khi chuyển nhà từ { $from } đến { $to } (tính đến { $date }).
municipality-ends-heading = Những chế độ kết thúc ở { $from }
municipality-apply-heading = Những chế độ cần đăng ký ở { $to }
municipality-check-heading = Các chế độ khác của { $to } (hãy hỏi { $to } về điều kiện)

cli-municipality-about = Địa phương nơi bạn sống (dùng để đối chiếu chế độ)
cli-municipality-list-about = Liệt kê các địa phương có trong dữ liệu chế độ
cli-municipality-set-about = Cài đặt địa phương nơi bạn sống (khi chuyển nhà, hiển thị những gì kết thúc và những gì cần đăng ký)
cli-municipality-code-help = Mã chính quyền địa phương toàn quốc (6 chữ số, ví dụ: 131016)
cli-municipality-json-help = Xuất ra JSON (dành cho script)
cli-programs-about = Các chế độ hỗ trợ nuôi dạy con có thể dùng bây giờ và những chế độ bắt đầu trong vòng 3 tháng
cli-programs-child-help = Chỉ con này (ID)
cli-programs-as-of-help = Đối chiếu theo ngày này (mặc định: hôm nay)
cli-programs-json-help = Xuất ra JSON (dành cho script)

## The app's screens (ui/src/programs.rs). $name is a municipality, $count a number.
programs-card-title = Dành cho gia đình bạn lúc này
programs-card-intro = Khi bạn chọn địa phương nơi mình sống, ứng dụng sẽ cho biết các chế độ hỗ trợ nuôi dạy con phù hợp với tháng tuổi của con và tuần thai.
programs-card-choose = Chọn địa phương
programs-card-open = Xem tất cả
programs-card-more = Còn { $count } mục khác
programs-card-where = Các chế độ của { $name }
programs-screen-title = Các chế độ hỗ trợ nuôi dạy con
programs-municipality-title = Địa phương nơi bạn sống
programs-municipality-hint = Chỉ cần chọn một lần. Khi chuyển nhà, hãy chọn lại: ứng dụng sẽ cho biết những gì cần đăng ký lại và những gì kết thúc.
programs-municipality-choose = Hãy chọn…
programs-municipality-submit = Chọn địa phương này
programs-municipality-saving = Đang cài đặt…
programs-moved-title = Những thay đổi khi chuyển nhà
programs-for-person = { $name }
programs-open-link = Mở trang thông tin của địa phương
programs-open-source = Mở nguồn
programs-open-benefits = Tình trạng đăng ký
programs-schedule-link-app = Bạn có thể xem thời điểm tiêm trong lịch ở màn hình của con.
programs-link-opened = Đã mở trong trình duyệt.
error-unknown-municipality = Địa phương đó không có trong dữ liệu chế độ. Hãy chọn từ danh sách. Không có gì bị thay đổi.
error-program-no-link = Chế độ này không có trang thông tin để mở.
error-no-browser = Không mở được trình duyệt. Hãy tìm kiếm bằng tên của nguồn.
