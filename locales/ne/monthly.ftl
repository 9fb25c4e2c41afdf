# Hagukumi — ne, monthly.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

news-title = यो महिनाको सूचना
news-body = यो महिनाका { $count } वटा सूचना छन्।
news-program-begins = { $who }: { $program } ({ $date } देखि)
news-program-deadline = { $who }: { $program } को आवेदनको अन्तिम मिति ({ $date } सम्म)
