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

## Bookmarks, preference order and comparison (hagu nursery bookmark / compare, ui/src/nursery/)
nursery-error-bad-facility = Give a facility as "municipality code-number" (e.g. 131083-1): { $value }
nursery-error-unknown-facility = There is no facility { $value } in the data. Check the facility code with "hagu nursery search".
nursery-error-not-bookmarked = Facility { $value } is not bookmarked.
nursery-error-compare-too-few = Choose at least 2 facilities to compare.
nursery-error-compare-too-many = Up to 4 facilities can be compared at once (all starred ones can be compared together).
nursery-error-compare-too-few-starred = Fewer than 2 facilities have stars.
nursery-error-compare-twice = The same facility is chosen twice: { $value }
nursery-error-cannot-move = It cannot move any further.
nursery-error-bad-rank = A place is up, down, or a number from 1 to the number of bookmarks: { $value }

nursery-stars-none = No rating
nursery-bookmark-missing-name = { $name } (no longer in the facility data)
nursery-compare-yes = Yes
nursery-compare-no = No
nursery-compare-unknown = —
nursery-compare-type = Type
nursery-compare-distance = Distance (straight line)
nursery-compare-km = { $km } km
nursery-compare-hours = Hours
nursery-compare-hours-value = { $opens }–{ $closes }
nursery-compare-extended = Extended care
nursery-compare-until = until { $until }
nursery-compare-openings = Openings, { $class }-year-old class (intake { $date })
nursery-compare-class-not-taken = Not taken
nursery-compare-count = { $count }
nursery-compare-fees = Fees
nursery-compare-temporary = Temporary care (一時預かり)
nursery-compare-sick = Sick-child care (病児保育)
nursery-compare-capacity = Capacity
nursery-compare-people = { $count } children
nursery-compare-stars = Rating
nursery-compare-note = Note

cli-bookmark-about = Bookmarked facilities (note, rating, visit photos, preference order)
cli-bookmark-facility-help = Facility code (as "hagu nursery search" shows it, e.g. 131083-1)
cli-bookmark-photo-id-help = Photo number (as "hagu nursery bookmark photo list" shows it)
cli-bookmark-add-about = Bookmark a facility (last in the preference order)
cli-bookmark-note-help = Note (what you saw on a visit, …)
cli-bookmark-stars-help = Rating (1 to 5 stars)
cli-bookmark-list-about = Show the bookmarks in preference order
cli-bookmark-json-help = Print JSON (for scripts)
cli-bookmark-note-about = Replace the note (an empty text removes it)
cli-bookmark-text-help = The note's text
cli-bookmark-star-about = Rate a facility (stars)
cli-bookmark-star-help = 1 to 5 stars, or none (no rating)
cli-bookmark-rank-about = Change the preference order
cli-bookmark-place-help = up (one place up), down (one place down), or the place's number
cli-bookmark-remove-about = Remove a bookmark (bookmarked again within 30 days, it comes back with its note and photos)
cli-bookmark-photo-about = Photos from visits (location and other details removed)
cli-compare-about = Compare bookmarked facilities side by side (2 to 4, or every starred one)
cli-compare-facilities-help = Facility codes to compare (2 to 4)
cli-compare-starred-help = Compare every starred facility
cli-compare-from-help = Where distances are measured from (home, …): LAT,LON
cli-compare-json-help = Print JSON (for scripts)
cli-bookmark-added = Bookmarked { $name } ({ $id }). It is choice no. { $rank }.
cli-bookmark-none = No bookmarks yet. Add one with "hagu nursery bookmark add FACILITY".
cli-bookmark-line = Choice { $rank }  { $name } ({ $id }) { $stars }  photos { $photos }
cli-bookmark-note-line = { "  " }Note: { $note }
cli-bookmark-changed = Saved { $name } ({ $stars }).
cli-bookmark-rank-line = Choice { $rank }  { $name } ({ $id })
cli-bookmark-removed = Removed the bookmark of { $name } ({ $id }).
cli-bookmark-photo-added = Added photo #{ $id } to { $name } ({ $mime }, { $size } bytes). Location and other details were removed.
cli-bookmark-photo-line = #{ $id }  { $mime }  { $size } bytes  added { $at }
cli-compare-column = Choice { $rank } { $name } ({ $id })
cli-compare-row = { $label }: { $cells }

nursery-bookmark-on = ★ Bookmarked
nursery-bookmark-off = ☆ Bookmark
nursery-bookmark-toggle-label = Bookmark { $name }
nursery-open-bookmarks = Bookmarks and comparison ({ $count })
nursery-bookmarks-title = Bookmarks and preference order
nursery-bookmarks-intro = Keep what you saw on visits and a rating, and put the facilities in the order you prefer. This order is the preference order of your application.
nursery-bookmarks-none = No bookmarks yet. Add one with "☆ Bookmark" in the search results.
nursery-bookmark-rank = Choice { $rank }
nursery-bookmark-up = ↑ Up
nursery-bookmark-down = ↓ Down
nursery-bookmark-up-label = Move { $name } one place up
nursery-bookmark-down-label = Move { $name } one place down
nursery-bookmark-star-label = Rate { $name } { $stars } stars
nursery-bookmark-stars-clear = No rating
nursery-bookmark-stars-clear-label = Remove the rating of { $name }
nursery-bookmark-note-label = Note (what you saw on a visit, …)
nursery-bookmark-note-save = Save note
nursery-bookmark-note-saved = Note saved.
nursery-bookmark-remove = Remove
nursery-bookmark-remove-label = Remove the bookmark of { $name }
nursery-bookmark-pick = Compare
nursery-bookmark-pick-label = Add { $name } to the comparison
nursery-compare-selected = Compare the chosen facilities ({ $count })
nursery-compare-starred = Compare every starred facility
nursery-compare-hint = Choose 2 to 4 facilities, or compare every facility you starred.
nursery-compare-title = Comparing facilities
nursery-compare-birth-hint = With it, the openings for your child's class at the intake are compared too.
nursery-compare-from-label = Where to measure distances from (lat,lon)
nursery-compare-from-hint = E.g. 35.6727,139.8170 (home, …). Empty: no distances.
nursery-compare-submit = Compare
nursery-compare-scroll-hint = The table scrolls sideways.
nursery-compare-facility = Facility
