# Hagukumi — Português (Brasil) (pt-BR), monthly.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# This month's news (src-tauri/src/monthly.rs): on the 1st and when a checkup's time comes
news-title = Avisos deste mês
news-body = { $count ->
    [one] Há { $count } aviso para a sua família este mês.
   *[other] Há { $count } avisos para a sua família este mês.
}
news-program-begins = { $who }: { $program } (a partir de { $date })
news-program-deadline = { $who }: solicitar { $program } até { $date }
