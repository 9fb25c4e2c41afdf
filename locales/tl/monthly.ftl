# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# This month's news (src-tauri/src/monthly.rs): on the 1st and when a checkup's time comes
news-title = Balita ngayong buwan
news-body = May { $count } balita para sa inyong pamilya ngayong buwan.
news-program-begins = { $who }: { $program } (mula { $date })
news-program-deadline = { $who }: mag-aplay sa { $program } hanggang { $date }
