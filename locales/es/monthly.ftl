# Hagukumi — Español (es), monthly.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# This month's news (src-tauri/src/monthly.rs): on the 1st and when a checkup's time comes
news-title = Avisos de este mes
news-body = { $count ->
    [one] Hay { $count } aviso para su familia este mes.
   *[other] Hay { $count } avisos para su familia este mes.
}
news-program-begins = { $who }: { $program } (desde el { $date })
news-program-deadline = { $who }: solicitar { $program } hasta el { $date }
