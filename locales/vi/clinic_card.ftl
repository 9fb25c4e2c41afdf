# Hagukumi — Tiếng Việt (vi), clinic_card.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = Thẻ xuất trình tại quầy tiếp nhận
clinic-card-title = Thẻ xuất trình tại quầy tiếp nhận
clinic-card-back = ‹ Quay lại
clinic-card-intro = Hãy đưa màn hình này cho quầy tiếp nhận của bệnh viện. Có thể hiển thị mà không cần kết nối mạng.
clinic-card-as-of = Tính đến { $date }
clinic-card-born = Ngày sinh
clinic-card-certificates = Giấy chứng nhận hỗ trợ chi phí y tế (受給者証)
clinic-card-no-certificates = Chưa có giấy chứng nhận nào. Khi kết nối với cổng thông tin, các giấy chứng nhận nhận được sẽ hiển thị ở đây.
clinic-card-valid-current = Có thể sử dụng
clinic-card-valid-not-yet = Chưa đến thời hạn có hiệu lực
clinic-card-valid-expired = Đã hết hạn
clinic-card-date-era = { $date } ({ $era } năm { $year }, ngày { $day } tháng { $month })
era-showa = Shōwa (昭和)
era-heisei = Heisei (平成)
era-reiwa = Reiwa (令和)
clinic-card-insurance = Ghi chú về bảo hiểm
clinic-card-insurance-none = Chưa có. Bạn có thể ghi lại số người bảo hiểm (保険者番号), ký hiệu và số (記号・番号) trên thẻ bảo hiểm y tế.
clinic-card-insurance-edit = Viết ghi chú
clinic-card-insurance-label = Ghi chú về bảo hiểm (không được ghi My Number)
clinic-card-insurance-save = Lưu
clinic-card-insurance-cancel = Hủy
clinic-card-insurance-saved = Đã lưu ghi chú về bảo hiểm
clinic-card-allergies = Dị ứng
clinic-card-no-allergies = Không có dị ứng nào được ghi lại
clinic-card-vaccinations = Tiêm chủng
clinic-card-no-vaccinations = Không có mũi tiêm nào được ghi lại
clinic-card-dose = mũi { $dose }, { $date }
error-insurance-note-too-long = Ghi chú về bảo hiểm tối đa 300 ký tự
error-insurance-note-individual-number = Không thể lưu dãy số 12 chữ số. Không được ghi My Number (マイナンバー, mã số cá nhân) vào sổ tay.
cli-clinic-card-about = Hiển thị thẻ xuất trình tại quầy tiếp nhận (giấy chứng nhận, ghi chú bảo hiểm, dị ứng, tiêm chủng). Chỉ đọc dữ liệu trong sổ tay nên dùng được mà không cần mạng
cli-clinic-card-child-help = Chỉ con này (xem ID bằng hagu child list)
cli-clinic-card-json-help = Xuất ra JSON (dành cho script)
cli-clinic-card-no-children = Chưa có con nào được đăng ký. Hãy thêm bằng hagu child add
cli-clinic-card-fact = { $label }: { $value }
