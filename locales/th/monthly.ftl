# Hagukumi — th, monthly.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

news-title = ข่าวสารประจำเดือนนี้
news-body = เดือนนี้มีข่าวสาร { $count } รายการ
news-program-begins = { $who }: { $program } (ตั้งแต่ { $date })
news-program-deadline = { $who }: กำหนดยื่นคำขอ { $program } (ถึง { $date })
