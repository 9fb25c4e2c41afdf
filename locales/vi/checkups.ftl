# Hagukumi — Tiếng Việt (vi), checkups.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Child checkups, birth, dental, screening, medicines

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Hồ sơ khi sinh
record-kind-checkup = Khám sức khỏe trẻ nhỏ
record-kind-dental = Khám răng
record-kind-screening = Kiểm tra mắt, tai, v.v.
record-kind-medicine = Thuốc

## Checkups (ChildCheckup::message_id)

checkup-w2 = Khoảng 2 tuần tuổi (ghi chép của phụ huynh)
checkup-m1 = Khám sức khỏe trẻ 1 tháng tuổi
checkup-m2 = Khoảng 2 tháng tuổi (ghi chép của phụ huynh)
checkup-m3-4 = Khám sức khỏe trẻ 3–6 tháng tuổi
checkup-m6-7 = Khám sức khỏe trẻ 6–7 tháng tuổi
checkup-m9-10 = Khám sức khỏe trẻ 9–11 tháng tuổi
checkup-y1 = Khoảng 1 tuổi (ghi chép của phụ huynh)
checkup-y1-6 = Khám sức khỏe trẻ 1 tuổi 6 tháng
checkup-y2 = Khoảng 2 tuổi (ghi chép của phụ huynh)
checkup-y3 = Khám sức khỏe trẻ 3 tuổi
checkup-y4 = Khoảng 4 tuổi (ghi chép của phụ huynh)
checkup-y5 = Khám sức khỏe trẻ 5 tuổi
checkup-y6 = Khoảng 6 tuổi (ghi chép của phụ huynh)

## Pages of the parent's checklist (FormPage::page_message_id)

checklist-page-w2 = khoảng 2 tuần tuổi
checklist-page-m1 = khoảng 1 tháng tuổi
checklist-page-m2 = khoảng 2 tháng tuổi
checklist-page-m3-4 = khoảng 3–4 tháng tuổi
checklist-page-m6-7 = khoảng 6–7 tháng tuổi
checklist-page-m9-10 = khoảng 9–10 tháng tuổi
checklist-page-y1 = khoảng 1 tuổi
checklist-page-y1-6 = khoảng 1 tuổi 6 tháng
checklist-page-y2 = khoảng 2 tuổi
checklist-page-y3 = khoảng 3 tuổi
checklist-page-y4 = khoảng 4 tuổi
checklist-page-y5 = khoảng 5 tuổi
checklist-page-y6 = khoảng 6 tuổi

## Type of delivery (Delivery::message_id)

delivery-vaginal = Sinh thường (qua ngả âm đạo)
delivery-cesarean = Sinh mổ
delivery-vacuum = Sinh có hút chân không
delivery-forceps = Sinh có dùng kẹp (forceps)
delivery-other = Khác

## Screenings (ScreeningTest, ScreeningResult)

screening-vision = Kiểm tra thị lực
screening-hearing = Kiểm tra thính lực
screening-newborn-hearing = Sàng lọc thính lực sơ sinh
screening-congenital-cmv = Xét nghiệm cytomegalovirus (CMV) bẩm sinh
screening-result-pass = Đạt (không có bất thường)
screening-result-refer = Cần kiểm tra lại
screening-result-not-done = Chưa kiểm tra
screening-result-negative = Âm tính
screening-result-positive = Dương tính

## Forms

record-birth-date = Ngày sinh: { $date }
record-checklist-title = Ghi chép của phụ huynh ({ $page })
record-checklist-none = Các câu hỏi của trang này không được đưa vào vì không có tài liệu để đối chiếu. Bạn vẫn có thể ghi số đo và nhận xét.
record-checklist-hint = Hãy chọn câu trả lời phù hợp. Không trả lời cũng không sao.
record-answer-yes = Có
record-answer-no = Không
record-answer-when = Khi nào (nếu biết)
record-medicine-start = Ngày bắt đầu uống
record-screening-note = Ghi chú (không bắt buộc)

## Summaries in the list

record-gestation = Tuổi thai { $weeks } tuần { $days } ngày
record-born-at = sinh lúc { $time }
record-birth-weight = Cân nặng khi sinh { $value } g
record-apgar = Apgar { $one }/{ $five }
record-answered = Ghi chép của phụ huynh: { $count } câu
record-teeth = { $count } răng
record-caries = { $count } răng sâu
record-fluoride-yes = Có bôi fluor
record-fluoride-no = Không bôi fluor
record-until = đến { $date }

## The parent's checklist questions (message of checklists-jp.json)

checklist-w2-weak = Bạn có thấy tiếng khóc hoặc sức bú của bé yếu không?
checklist-sleeps-on-back = Khi cho bé ngủ, bạn có đặt bé nằm ngửa không?
checklist-child-seat = Khi đi ô tô, bạn có dùng ghế ngồi ô tô cho trẻ em không?
checklist-own-sleep = Bản thân phụ huynh có gặp khó khăn gì về giấc ngủ không?
checklist-someone-to-ask = Bạn có người nào để dễ dàng trao đổi về việc nuôi con không?
checklist-m1-moves-limbs = Khi cởi hết quần áo, bé có cử động tay chân nhiều không?
checklist-feeds-well = Bé có bú tốt không?
checklist-m1-startles = Khi có tiếng động lớn, bé có giật mình duỗi tay chân hoặc khóc không?
checklist-m1-navel-dry = Rốn của bé đã khô chưa?
checklist-m2-follows-with-eyes = Bé có đưa mắt nhìn theo đồ vật không?
checklist-m3-4-head-steady = Bé cứng cổ (giữ vững đầu) từ khi nào?
checklist-m3-4-smiles = Khi được nựng, bé có cười nhiều không?
checklist-m3-4-eyes = Bạn có lo ánh mắt hoặc cử động mắt của bé có gì bất thường không?
checklist-m3-4-turns-to-voice = Khi gọi bé từ phía bé không nhìn thấy, bé có cố quay về phía đó không?
checklist-m3-4-outdoor-air = Bạn có cho bé ra ngoài hít thở không khí không?
checklist-m3-4-child-sleep = Bạn có gặp khó khăn gì về giấc ngủ của con không?
checklist-m6-7-rolls-over = Bé biết lật từ khi nào?
checklist-m6-7-sits = Bé tự ngồi được từ khi nào?
checklist-m6-7-reaches = Bé có với tay lấy và nắm đồ chơi ở gần không?
checklist-m6-7-voice = Khi ở cùng gia đình, bé có phát ra tiếng như đang nói chuyện không?
checklist-m6-7-looks-at-sound = Khi tivi hoặc radio bắt đầu phát ra tiếng, bé có nhìn về phía đó ngay không?
checklist-m6-7-solids = Bạn đã cho bé bắt đầu ăn dặm chưa?
checklist-m6-7-pupils = Con ngươi của bé có lúc nào trông trắng, hoặc phát sáng màu xanh vàng không?
checklist-m9-10-crawls = Bé biết bò từ khi nào?
checklist-m9-10-pulls-to-stand = Bé vịn đứng được từ khi nào?
checklist-m9-10-pinches = Bé có dùng ngón tay nhón đồ vật nhỏ không?
checklist-m9-10-plays-alone = Bé có thể chơi một mình vui vẻ không?
checklist-weaning-going-well = Việc ăn dặm có tiến triển thuận lợi không?
checklist-m9-10-whisper = Khi bạn lặng lẽ đến gần và gọi thì thầm, bé có quay lại không?
checklist-m9-10-follows-you = Bé có bò/đi theo khi bạn rời đi không?
checklist-m9-10-teeth = Bạn có lo lắng gì về cách mọc răng, hình dạng, màu răng hoặc lợi của bé không?
checklist-y1-cruises = Bé vịn đi được từ khi nào?
checklist-y1-gestures = Bé có làm điệu bộ như vẫy tay tạm biệt, cúi chào không?
checklist-y1-music = Bé có vui vẻ nhún nhảy theo nhạc không?
checklist-y1-weaning = Việc ăn dặm có tiến triển thuận lợi không?
checklist-y1-simple-words = Bé có hiểu những lời đơn giản người lớn nói (như "lại đây", "đưa cho mẹ") không?
checklist-y1-looks-where-pointed = Khi bạn chỉ vào đồ chơi ở xa trong phòng, bé có nhìn về hướng đó không?
checklist-y1-enjoys-play = Bé có thích thú khi được chơi cùng không?
checklist-y1-three-meals = Bé đã quen nhịp ăn 3 bữa một ngày chưa?
checklist-y1-brushing-practice = Bạn đã bắt đầu cho bé tập đánh răng chưa?
checklist-y1-6-walks = Bé tự đi được từ khi nào?
checklist-y1-6-words = Bé có nói được vài từ có nghĩa như "mẹ", "bim bim" không?
checklist-y1-6-cup = Bé có tự cầm cốc uống nước được không?
checklist-y1-6-bottle = Bé có còn dùng bình sữa không?
checklist-y1-6-meal-times = Giờ ăn chính và ăn vặt của bé có tương đối cố định không?
checklist-finishing-brush = Bạn có đánh răng lại (đánh hoàn thiện) cho bé không?
checklist-y1-6-eyes = Bé có quá chói mắt, hoặc bạn có lo cử động mắt của bé có gì bất thường không?
checklist-y1-6-turns-when-called = Khi gọi tên bé từ phía sau, bé có quay lại không?
checklist-fluoride = Bé có được bôi fluor lên răng hoặc dùng kem đánh răng có fluor không?
checklist-y2-runs = Bé có chạy được không?
checklist-y2-spoon = Bé có tự dùng thìa để ăn không?
checklist-y2-blocks = Bé có chơi xếp khối thành tháp, hoặc xếp thành hàng rồi coi như tàu hỏa không?
checklist-y2-imitates = Bé có bắt chước điệu bộ trên tivi hoặc của người lớn không?
checklist-y2-two-words = Bé có nói câu 2 từ (như "chó đến", "cho ăn") không?
checklist-y2-meat-vegetables = Bé có ăn thịt và rau có nhiều xơ không?
checklist-y3-stairs = Bé có tự leo cầu thang mà không dùng tay được không?
checklist-y3-circle = Bé có vẽ được hình tròn bằng bút sáp, v.v. không?
checklist-y3-dressing = Bé có muốn tự mặc và cởi quần áo không?
checklist-y3-own-name = Bé có nói được tên của mình không?
checklist-y3-brush-wash = Bé có đánh răng và rửa tay không?
checklist-y3-thumb = Bé có thường xuyên mút ngón tay không?
checklist-y3-chews = Bé có thói quen nhai kỹ khi ăn không?
checklist-y3-squint = Bé có bị lác (lé) mắt không?
checklist-y3-narrows-eyes = Khi nhìn đồ vật, bé có nheo mắt hoặc nhìn sát quá mức không?
checklist-y3-hearing = Bạn có lo bé nghe kém không?
checklist-y3-bite = Bạn có lo lắng gì về khớp cắn hoặc hàm răng của bé không?
checklist-y3-pretend-play = Bé có chơi trò đóng vai như nấu ăn, làm siêu nhân không?
checklist-y3-playmates = Bé có bạn chơi cùng không?
checklist-y5-somersault = Bé có lộn nhào (lộn vòng về phía trước) được không?
checklist-y5-draws-from-memory = Bé có vẽ tranh theo trí nhớ được không?
checklist-y5-colours = Bé có biết các màu (đỏ, vàng, xanh lá, xanh dương) không?
checklist-y5-clear-speech = Bé có nói chuyện với phát âm rõ ràng không?
checklist-y6-one-leg = Bé có đứng một chân được 5–10 giây không?
checklist-y6-square = Bé có bắt chước vẽ được hình vuông không?
checklist-y6-directions = Bé có hiểu đại khái "trước – sau", "trái – phải" của bản thân không?
checklist-y6-name-hiragana = Bé có đọc hoặc viết được tên mình bằng chữ hiragana không?
checklist-y6-can-wait = Bé đã biết kiềm chế khi muốn đồ chơi hoặc bánh kẹo chưa?
checklist-y6-rules = Bé có chơi mà giữ lời hứa và luật chơi không?
checklist-y6-first-molar = Răng hàm lớn thứ nhất (răng vĩnh viễn mọc phía sau hàm răng sữa) đã mọc chưa?
checklist-y6-breakfast = Bé có ăn sáng mỗi ngày không?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Hồ sơ khi sinh (mỗi con một hồ sơ: ngày sinh, tuổi thai, cân nặng khi sinh, …)
cli-record-checkup-about = Khám sức khỏe trẻ nhỏ (số đo, nhận xét, ghi chép của phụ huynh)
cli-record-dental-about = Khám răng
cli-record-screening-about = Kiểm tra mắt, tai, v.v. (thị lực, thính lực, thính lực sơ sinh, cytomegalovirus bẩm sinh)
cli-record-medicine-about = Thuốc
cli-record-birth-date-help = Ngày sinh (nếu bỏ qua: ngày sinh đã đăng ký)
cli-record-time-help = Giờ sinh (24 giờ, ví dụ: 14:05)
cli-record-weeks-help = Tuổi thai khi sinh, số tuần (22–44)
cli-record-days-help = Tuổi thai khi sinh, số ngày (0–6; nếu bỏ qua là 0)
cli-record-delivery-help = Cách sinh: vaginal (sinh thường), cesarean (sinh mổ), vacuum (hút chân không), forceps (kẹp), other (khác)
cli-record-weight-g-help = Cân nặng khi sinh (g, ví dụ: 3120)
cli-record-length-help = Chiều dài/chiều cao (cm)
cli-record-apgar1-help = Điểm Apgar (1 phút, 0–10)
cli-record-apgar5-help = Điểm Apgar (5 phút, 0–10)
cli-record-complications-help = Bất thường, xử trí
cli-record-checkup-help = Lần khám hoặc trang ghi chép của phụ huynh: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5, y6
cli-record-findings-help = Nhận xét
cli-record-answer-help = Câu trả lời trong ghi chép của phụ huynh (ID câu hỏi=yes, no hoặc ngày; bỏ "=" nghĩa là yes). Có thể chỉ định nhiều lần; khi sửa, "ID=" sẽ xóa câu trả lời
cli-record-teeth-help = Số răng (0–32)
cli-record-caries-help = Số răng sâu (0–20)
cli-record-fluoride-help = Bôi fluor: yes hoặc no
cli-record-test-help = Kiểm tra: vision (thị lực), hearing (thính lực), newborn-hearing (thính lực sơ sinh), congenital-cmv (cytomegalovirus bẩm sinh)
cli-record-result-help = Kết quả: pass (đạt), refer (cần kiểm tra lại), not-done (chưa kiểm tra). Với xét nghiệm cytomegalovirus bẩm sinh: negative (âm tính), positive (dương tính), not-done
cli-record-start-help = Ngày bắt đầu uống (ví dụ: 2025-04-01)
cli-record-end-help = Ngày uống xong (không bắt buộc)
cli-record-medicine-name-help = Tên thuốc
cli-record-instructions-help = Cách uống, liều lượng
cli-record-birth-exists = Đã có hồ sơ khi sinh (hồ sơ #{ $id }). Để sửa, hãy dùng "hagu record edit { $id } birth …". Không có gì bị thay đổi.
