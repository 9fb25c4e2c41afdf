# Hagukumi — Tiếng Việt (vi), materials.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Materials handed out at the pregnancy notification (hagu materials and the app's Materials screen). $name is the municipality.

materials-kind-guide = Sách hướng dẫn, thông tin
materials-kind-coupons = Danh sách phiếu khám (受診票) và phiếu giảm giá
materials-kind-contacts = Nơi tư vấn, liên hệ
materials-heading = Tài liệu của { $name } (được phát khi thông báo mang thai)
materials-none = Chưa có tài liệu nào. Khi đồng bộ với cổng thông tin, tài liệu của địa phương nơi bạn sống sẽ được lưu trên thiết bị này và có thể đọc khi không có mạng.
materials-no-match = Không có tài liệu nào phù hợp với "{ $query }".
materials-count = { $count } mục
materials-source = Nguồn: { $source }
materials-problem = Không đọc được một phần tài liệu (phần đó đã được bỏ qua): { $problem }
materials-no-municipality = Chưa cài đặt địa phương. Hãy cài đặt bằng "hagu municipality set MÃ", rồi nhận tài liệu bằng "hagu sync".
cli-materials-about = Hiển thị và tìm kiếm tài liệu được phát khi thông báo mang thai (sách hướng dẫn, danh sách phiếu khám và phiếu giảm giá, nơi tư vấn)
cli-materials-search-help = Chỉ tài liệu có chứa từ này (tiêu đề, mô tả, mục)
cli-materials-json-help = Xuất ra JSON (dành cho script)

## The app's screen (ui/src/materials.rs)
materials-card-title = Tài liệu thông báo mang thai
materials-card-intro = Sách hướng dẫn, danh sách phiếu khám và phiếu giảm giá, nơi tư vấn — có thể đọc khi không có mạng.
materials-card-open = Xem tài liệu
materials-screen-title = Tài liệu thông báo mang thai
materials-search-label = Tìm kiếm tài liệu
materials-search-placeholder = Ví dụ: phiếu khám, tư vấn
materials-back = Quay lại danh sách
