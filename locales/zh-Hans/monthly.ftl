# Hagukumi — zh-Hans, monthly.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# This month's news: on the 1st and when a checkup's time comes
news-title = 本月通知
news-body = 本月有{ $count }条通知。
news-program-begins = { $who }：{ $program }（从{ $date }起）
news-program-deadline = { $who }：{ $program }的申请期限（至{ $date }）
