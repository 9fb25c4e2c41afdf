# Hagukumi — ko, monthly.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# This month's news: on the 1st and when a checkup's time comes
news-title = 이번 달 알림
news-body = 이번 달 알림이 { $count }건 있습니다.
news-program-begins = { $who }: { $program }({ $date }부터)
news-program-deadline = { $who }: { $program } 신청 기한({ $date }까지)
