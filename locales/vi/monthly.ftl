# Hagukumi — Tiếng Việt (vi), monthly.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# This month's news (src-tauri/src/monthly.rs): on the 1st and when a checkup's time comes
news-title = Thông báo tháng này
news-body = Tháng này có { $count } thông báo.
news-program-begins = { $who }: { $program } (từ { $date })
news-program-deadline = { $who }: hạn đăng ký { $program } (đến { $date })
