## Nurseries (hokatsu): facility search (hagu nursery search) and the hoiku-index simulator (hagu hoiku-index).

nursery-type-licensed = Licensed nursery
nursery-type-kodomoen = Certified centre for early childhood (kodomo-en)
nursery-type-small_scale = Small-scale nursery
nursery-type-home_based = Home-based childcare
nursery-type-workplace = Workplace nursery
nursery-type-certified = Tokyo-certified nursery
nursery-type-unlicensed = Unlicensed childcare

# $no is the number, $name the facility, $type its type, $municipality, $opens and $closes times, $lat and $lon its position.
nursery-hit = { $no }. { $name } ({ $type }, { $municipality }) { $opens }–{ $closes } lat { $lat } lon { $lon }
nursery-hit-extended = { "  " }Extended care until { $until }
nursery-hit-distance = { "  " }Distance (straight line) { $km } km
nursery-hit-openings = { "  " }Openings in the { $class }-year-old class: { $count }
nursery-hit-needs-extended = { "  " }Your pick-up time needs extended care
nursery-search-heading = { $count } found (openings for the intake of { $date })
nursery-search-class = The { $class }-year-old class (intake of { $date })
nursery-search-none = No facility matches.
nursery-sample-notice = { $label }
nursery-data-problem = Facility data that could not be read: { $problem }
nursery-intake-differs = The facility data's openings are for the intake of { $data } (you asked for { $asked }).
nursery-origin-portal = { $municipality }: data from the portal (signed { $signed }, checked; data as of { $as_of })
nursery-origin-embedded = { $municipality }: data built into the app (not synced yet; data as of { $as_of })

nursery-error-within-without-point = A distance limit needs a point to measure from (--from LAT,LON).
nursery-error-distance-without-point = Sorting by distance needs a point to measure from (--from LAT,LON).
nursery-error-openings-without-class = Sorting by openings needs your child's class (--birth or --class).
nursery-error-pick-up-before-drop-off = The pick-up time must be after the drop-off time.
nursery-error-bad-distance = Give the distance as a number of km above 0.
nursery-error-bad-point = Give the point as LAT,LON (e.g. 35.6727,139.8170).
nursery-error-bad-time = Give times as HH:MM (e.g. 07:30): { $value }
nursery-error-bad-type = Unknown type: { $value } (known: { $known })
nursery-error-no-class = With this birth date there is no class for that intake (not born yet, or school age).
nursery-error-bad-class = The class is 0 to 5: { $value }
nursery-error-bad-sort = The order is code, distance or openings: { $value }
nursery-error-bad-year = Give the intake year as a year from 2000 to 2100: { $value }

cli-nursery-about = Nurseries (hokatsu)
cli-nursery-search-about = Search nurseries (offline; with no filter, every sample facility)
cli-nursery-birth-help = Your child's birth date (gives the class for the intake; only facilities with an opening)
cli-nursery-class-help = The class (0–5 years) directly
cli-nursery-intake-help = The intake year (April 1; default: the next April)
cli-nursery-type-help = Type (licensed, kodomoen, small_scale, home_based, workplace, certified, unlicensed; may repeat)
cli-nursery-drop-off-help = Drop-off time (HH:MM)
cli-nursery-pick-up-help = Pick-up time (HH:MM)
cli-nursery-extended-help = Only facilities with extended care
cli-nursery-from-help = Where distances are measured from (home, work, a station): LAT,LON
cli-nursery-within-help = Only within this straight-line distance (km)
cli-nursery-municipality-help = Only this municipality (code)
cli-nursery-sort-help = Order: code (default), distance, openings
cli-nursery-json-help = Print JSON (for scripts)

## Hoiku index
cli-hoiku-index-about = Simulate the hoiku index (nursery admission points) from a published table
cli-hoiku-index-municipality-help = Municipality code (132012 Hachioji, 131083 Koto)
cli-hoiku-index-answers-help = The answers file (JSON; docs/hoiku-index.md)
cli-hoiku-index-json-help = Print JSON (for scripts)

hoiku-heading = Hoiku index for { $municipality }, { $year } (a simulation from the published table; the municipality decides)
hoiku-line-guardian = Guardian { $guardian }: { $rule } … { $points } points
hoiku-line-guardian-not-in-table = Guardian { $guardian }: { $situation } … not in this table (a row that could not be found)
hoiku-line-household = Adjustment: { $rule } … { $points ->
    [one] 1 point
   *[other] { $points } points
}
hoiku-line-household-not-in-table = Adjustment: { $adjustment } … not in this table (a row that could not be found)
hoiku-total = Total { $points } points
hoiku-incomplete = Some answers are not in this table, so the total is only part of the points.
hoiku-note = About the table: { $note }
hoiku-tie-heading = On equal points:
hoiku-tie-step = { "  " }{ $n }. { $rule }
hoiku-tie-note = { "  " }{ $note }
hoiku-source = Source: { $title } { $url }
hoiku-what-if = What if "{ $label }": { $before } → { $after } points ({ $difference ->
    [0] no change
   *[other] { $signed }
})
hoiku-unknown-municipality = There is no hoiku-index table for municipality { $code } (there are: { $known }).
hoiku-error-read = The answers file { $file } cannot be read: { $detail }
hoiku-error-answers-json = The answers file { $file } is not in the expected shape: { $detail }
hoiku-error-answers = The answers file { $file }, { $field }: { $problem }
hoiku-error-table = A hoiku-index table cannot be read: { $detail }
hoiku-error-guardians = There are one or two guardians.
hoiku-error-hours = Hours a week are 0–168.
hoiku-error-days = Days a month are 0–31.
hoiku-error-household-twice = The same adjustment appears twice.
hoiku-error-change-guardian = A what-if names a guardian the answers do not have.

hoiku-situation-work = Work
hoiku-situation-self-employed-helper = Work (helping in a family business)
hoiku-situation-pregnancy-birth = Pregnancy and birth
hoiku-situation-illness = Illness
hoiku-situation-disability = Disability
hoiku-situation-care = Caring for a relative
hoiku-situation-job-seeking = Job seeking
hoiku-situation-study = Study
hoiku-adjustment-single-parent = Single-parent household
hoiku-adjustment-parental-leave-return = Returning from parental leave
hoiku-adjustment-sibling-enrolled = A sibling attends the nursery
hoiku-adjustment-unlicensed-care = Using unlicensed childcare
hoiku-adjustment-small-scale-graduate = Graduating from a small-scale nursery
hoiku-adjustment-nursery-teacher = A guardian works as a nursery teacher

## Search filters, the map and a facility's detail (ui/src/nursery/)
nursery-drop-off-label = Drop-off time
nursery-pick-up-label = Pick-up time
nursery-time-hint = For your commute (e.g. 07:30). Leave empty for any time.
nursery-from-kind-label = Measure distance from
nursery-from-none = Nowhere
nursery-from-home = Home
nursery-from-work = Workplace
nursery-from-station = A station
nursery-from-label = That place's latitude,longitude
nursery-from-hint = The numbers a map app shows when you long-press the place (e.g. 35.6727,139.8170). They never leave this device.
nursery-within-label = Within (km, straight line)
nursery-sort-label = Order
nursery-sort-code = By number
nursery-sort-distance = Nearest first
nursery-sort-openings = Most openings first
nursery-view-label = Show
nursery-view-list = List
nursery-view-map = Map
nursery-map-title = Around { $centre } ({ $count } facilities)
nursery-map-centre-results = the middle of the results
nursery-map-note = No streets or railways are drawn; the circles are straight-line distances. The numbers are the list's.
nursery-map-ring-m = { $m } m
nursery-map-ring-km = { $km } km
nursery-map-mark = { $no }. { $name } ({ $km } km in a straight line)
nursery-map-mark-beyond = { $no }. { $name } ({ $km } km in a straight line; outside the circles, shown on the edge)
nursery-row-distance = { $km } km in a straight line
nursery-detail-close = Close
nursery-detail-address = Address
nursery-detail-access = Access
nursery-detail-phone = Phone
nursery-detail-ages = Ages accepted
nursery-detail-capacity = Capacity
nursery-detail-capacity-value = { $count } children
nursery-detail-days = Days open
nursery-detail-hours = Hours
nursery-detail-openings = Openings for { $date }
nursery-detail-class = Age { $class }
nursery-detail-openings-unknown = none or not published
nursery-detail-temporary = Temporary care
nursery-detail-sick = Sick-child care
nursery-detail-fees = Fees
nursery-detail-url = Website
nursery-detail-updated = Updated
nursery-detail-note = Note
nursery-detail-distance = Distance
nursery-yes = yes
nursery-no = no
nursery-unknown = unknown

## The app's screen (ui/src/nursery.rs)
nursery-card-title = Hokatsu: find a nursery
nursery-card-intro = From your child's birth date Hagukumi works out the class for the April intake and finds nurseries with an opening (offline; sample data for now).
nursery-card-open = Find nurseries
nursery-screen-title = Find a nursery
nursery-birth-label = Your child's birth date
nursery-birth-hint = Leave it empty to see every facility.
nursery-type-label = Type
nursery-type-any = Any
nursery-extended-label = Only with extended care
nursery-search-submit = Search
nursery-row-kind = { $type }, { $municipality }
nursery-row-hours = Open { $opens }–{ $closes }
nursery-row-extended = (extended care until { $until })
nursery-row-openings = Openings in the { $class }-year-old class: { $count }
nursery-row-position = Lat { $lat }, lon { $lon }
