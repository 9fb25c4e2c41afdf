# Hagukumi — ja-x-easy, monthly.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# This month's news: on the 1st and when a checkup's time comes
news-title = こんげつの おしらせ
news-body = こんげつの おしらせが { $count }こ あります。
news-program-begins = { $who }：{ $program }（{ $date }から）
news-program-deadline = { $who }：{ $program }の しんせいの きげん（{ $date }まで）
