# This month's news (src-tauri/src/monthly.rs): on the 1st and when a checkup's time comes
news-title = This month's news
news-body = { $count ->
    [one] One thing for your family this month.
   *[other] { $count } things for your family this month.
}
news-program-begins = { $who }: { $program } (from { $date })
news-program-deadline = { $who }: apply for { $program } by { $date }
