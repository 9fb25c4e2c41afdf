# Hagukumi — Tiếng Việt (vi), hoiku.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## The hoiku-index simulator screen (one question at a time) and the April intake checklist (screen and hagu nursery checklist).

hoiku-sim-link = Tính thử chỉ số xét tuyển nhà trẻ (保育指数)
hoiku-back = ‹ Quay lại tìm nhà trẻ
hoiku-sim-title = Tính thử chỉ số xét tuyển nhà trẻ (保育指数)
hoiku-sim-intro = Khi bạn trả lời từng câu hỏi, điểm của gia đình sẽ được tính thử theo bảng mà chính quyền địa phương đã công bố. Kết quả này không đảm bảo được nhận vào nhà trẻ; chính quyền địa phương là nơi quyết định.
hoiku-q-municipality = Bạn nộp đơn vào địa phương (thành phố, quận, thị trấn, làng) nào?
# $municipality is its name, $year the table's fiscal year (令和7年度, …).
hoiku-municipality-option = { $municipality } (bảng năm { $year })
hoiku-q-guardians = Có bao nhiêu người giám hộ?
hoiku-guardians-one = 1 người
hoiku-guardians-two = 2 người
hoiku-q-situation = Tình trạng của người giám hộ { $guardian } là gì?
hoiku-option-not-in-table = Không có trong bảng này
hoiku-q-hours = Người giám hộ { $guardian } ({ $situation }) bao nhiêu giờ mỗi tuần?
hoiku-q-days = Người giám hộ { $guardian } ({ $situation }) bao nhiêu ngày mỗi tháng?
hoiku-q-detail = Điều nào phù hợp với người giám hộ { $guardian } ({ $situation })?
hoiku-q-household = Hãy chọn tất cả những điều phù hợp với gia đình (nếu không có, không chọn gì và bấm tiếp).
hoiku-household-none-in-table = Bảng này không có các dòng chỉ số điều chỉnh (vì không tìm thấy). Dù chọn cũng không được tính vào tổng điểm.
hoiku-option-points = ({ $signed } điểm)
hoiku-hours-label = Số giờ mỗi tuần
hoiku-days-label = Số ngày mỗi tháng
hoiku-next = Tiếp
hoiku-back-step = Quay lại một bước
hoiku-restart = Làm lại từ đầu
hoiku-answer-hours = { $hours } giờ mỗi tuần
hoiku-answer-days = { $days } ngày mỗi tháng
hoiku-answer-none = Không có
hoiku-result-title = Kết quả tính thử
# $source is the table's source, $year its fiscal year.
hoiku-line-source = Nguồn: { $source } ({ $year })
hoiku-result-promise = Đây là kết quả tính thử theo bảng đã công bố. Không đảm bảo được nhận vào nhà trẻ.
hoiku-whatif-title = Nếu như…
hoiku-whatif-intro = Khi chọn, tổng điểm sau khi thay đổi sẽ hiển thị bên cạnh tổng điểm theo câu trả lời hiện tại.
hoiku-tweak-hours = Nếu người giám hộ { $guardian } từ { $from } giờ → { $to } giờ mỗi tuần
hoiku-tweak-days = Nếu người giám hộ { $guardian } từ { $from } ngày → { $to } ngày mỗi tháng
hoiku-tweak-add = Nếu có thêm "{ $rule }"
hoiku-whatif-none = Theo bảng này, không có trường hợp "nếu như" nào làm thay đổi điểm.
hoiku-whatif-compare = Câu trả lời hiện tại { $before } điểm → nếu như { $after } điểm ({ $difference ->
    [0] không thay đổi
   *[other] { $signed }
})
hoiku-tie-none = Bảng này không có thứ tự ưu tiên khi bằng điểm có thể tính được.
hoiku-past-none = Chỉ số thấp nhất được nhận của từng nhà trẻ và lớp năm trước không có trong nguồn của lần tính thử này nên không được hiển thị.
hoiku-flow-error-detail = Câu trả lời đó không có trong các lựa chọn của câu hỏi này.
hoiku-flow-error-unexpected = Câu trả lời đó không phù hợp với câu hỏi này.
hoiku-flow-error-extra = Số câu trả lời nhiều hơn số câu hỏi.

hoiku-checklist-title = Danh sách kiểm tra hồ sơ đăng ký vào nhà trẻ tháng 4
# $municipality is its name, $year the fiscal year (令和9年度, …), $date the intake day.
hoiku-checklist-heading = { $municipality }, vào học tháng 4 năm { $year } ({ $date })
hoiku-checklist-periods = Thời gian nộp đơn và hạn chót
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: đến { $until }
hoiku-checklist-days-left = { $days ->
    [0] hạn chót là hôm nay
   *[other] còn { $days } ngày
}
hoiku-checklist-passed = Đã quá hạn chót
hoiku-checklist-documents = Giấy tờ (đã chuẩn bị { $checked }/{ $total })
hoiku-checklist-for = Dành cho người giám hộ: { $situation }
hoiku-checklist-as-of = Thông tin tính đến { $date }
hoiku-checklist-source = Nguồn: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = Không có danh sách kiểm tra hồ sơ đăng ký cho địa phương này.
hoiku-checklist-error-document = Giấy tờ đó không có trong danh sách kiểm tra này. Không có gì bị thay đổi.
hoiku-checklist-error-data = Không đọc được danh sách kiểm tra hồ sơ đăng ký: { $detail }
hoiku-checklist-unknown = Không có danh sách kiểm tra hồ sơ đăng ký cho mã địa phương { $code } (hiện có: { $known }).
cli-nursery-checklist-about = Thời gian nộp đơn, hạn chót và danh sách giấy tờ để vào nhà trẻ tháng 4
cli-nursery-checklist-municipality-help = Mã địa phương (132012 thành phố Hachioji, 131083 quận Koto)
cli-nursery-checklist-json-help = Xuất ra JSON (dành cho script)
