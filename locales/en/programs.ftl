## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } is { $months ->
        [one] 1 month
       *[other] { $months } months
    } old
   *[other] { $name } is { $years } y { $months } m old
}
programs-reason-born-on-or-after = For children born on or after { $date }
programs-reason-from = Applies from { $date }
programs-reason-until = Applies until { $date }
programs-reason-school-year-end = Applies until the first 31 March after turning { $age } ({ $date })
programs-reason-child-order = { $name } counts as child number { $order }
programs-reason-twins = { $name } is one of { $count } born the same day: each one counts
programs-reason-pregnancy-week = Now { $weeks } weeks { $days } days pregnant
programs-reason-pregnancy-week-from = Can be claimed from week { $week } ({ $date })
programs-reason-per-expected-child = Paid for each expected child
programs-reason-after-birth = Applies once the baby is born (due { $date })
programs-reason-apply-by = Apply by { $date }

programs-level-national = National
programs-level-prefecture = Prefecture
programs-level-municipality = Municipality
programs-now-heading = For your family now (as of { $date }, { $municipality })
programs-coming-heading = Coming up in the next 3 months
programs-check-heading = Other programs of { $municipality } (conditions not in the data: ask { $municipality })
programs-none = None
programs-person-pregnancy = Pregnancy (due { $date })
programs-person-pregnancy-label = { $label } (due { $date })
programs-amount-month = ¥{ $yen } a month
programs-amount-once = ¥{ $yen }
programs-amount-per-expected-child = { $amount } per expected child
programs-days-left = { $days } days left (until { $date })
programs-last-day = last day today
programs-until-date = until { $date }
programs-next-payment = Next payment month: { $month }/{ $year }
programs-applied-with = Can be applied for together with “{ $name }”
programs-schedule-link = For the timing, see the schedule (hagu schedule)
programs-how = How to apply: { $text }
programs-where = Where: { $text }
programs-bring = What to bring: { $text }
programs-link = Information: { $uri }
programs-source = Source: { $source }
programs-note = Note: { $note }
programs-sample-notice = Note: SAMPLE data (as of { $date }). Check each source and your municipality's information before applying.
programs-no-municipality = No municipality is set. Pick one with “hagu municipality list”, then set it with “hagu municipality set CODE”.
programs-unknown-municipality = { $code } is not a municipality in the program data. See “hagu municipality list”. Nothing was changed.
programs-registry-problem = Part of the program data could not be read (that record is left out): { $problem }

municipality-line = { $code }  { $name }
municipality-set = Municipality set to { $name } ({ $code }).
municipality-same = { $name } ({ $code }) is already set.
municipality-moved = Moving from { $from } to { $to }: programs matched again (as of { $date }).
municipality-ends-heading = Ends with { $from }
municipality-apply-heading = To apply for in { $to }
municipality-check-heading = Other programs of { $to } (ask { $to } for the conditions)

cli-municipality-about = Where the family lives (used to match programs)
cli-municipality-list-about = List the municipalities in the program data
cli-municipality-set-about = Set where the family lives (on a move, shows what ends and what to apply for)
cli-municipality-code-help = The 6-digit local government code (e.g. 131016)
cli-municipality-json-help = Print JSON (for scripts)
cli-programs-about = Child-support programs that apply now, and those starting within 3 months
cli-programs-child-help = Only this child (ID)
cli-programs-as-of-help = Match on this date (default: today)
cli-programs-json-help = Print JSON (for scripts)

## The app's screens (ui/src/programs.rs). $name is a municipality, $count a number.
programs-card-title = For your family now
programs-card-intro = Choose where you live and Hagukumi tells you which child-support programs fit your children's ages and the pregnancy.
programs-card-choose = Choose your municipality
programs-card-open = See all
programs-card-more = { $count ->
    [one] 1 more
   *[other] { $count } more
}
programs-card-where = Programs in { $name }
programs-screen-title = Child-support programs
programs-municipality-title = Where you live
programs-municipality-hint = Choose once. When you move, choose again: Hagukumi lists what to apply for again and what ends.
programs-municipality-choose = Choose…
programs-municipality-submit = Use this municipality
programs-municipality-saving = Saving…
programs-moved-title = What moving changes
programs-for-person = { $name }
programs-open-link = Open the municipality's page
programs-open-source = Open the source
programs-open-benefits = Benefit applications
programs-schedule-link-app = See when to vaccinate in the plan on your child's screen.
programs-link-opened = Opened in your browser.
error-unknown-municipality = That municipality is not in the program data. Choose one from the list. Nothing was changed.
error-program-no-link = This program has no page to open.
error-no-browser = The browser could not be opened. Search for the source's name instead.
