# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# This month's news (src-tauri/src/monthly.rs): on the 1st and when a checkup's time comes
news-title = Kabar bulan ini
news-body = Ada { $count } kabar untuk keluarga Anda bulan ini.
news-program-begins = { $who }: { $program } (mulai { $date })
news-program-deadline = { $who }: ajukan { $program } paling lambat { $date }
