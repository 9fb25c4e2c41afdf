# 今月のお知らせ (src-tauri/src/monthly.rs): 1日と健診の時期に1通
news-title = 今月のお知らせ
news-body = 今月のお知らせが{ $count }件あります。
news-program-begins = { $who }：{ $program }（{ $date }から）
news-program-deadline = { $who }：{ $program }の申請期限（{ $date }まで）
