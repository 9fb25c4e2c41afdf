## The hoiku-index simulator screen (one question at a time) and the April intake checklist (screen and hagu nursery checklist).

hoiku-sim-link = Simulate the hoiku index
hoiku-back = ‹ Back to the nursery search
hoiku-sim-title = Hoiku index simulator
hoiku-sim-intro = Answer one question at a time and the family's points are worked out from the municipality's published table. It is no promise of a place: the municipality decides.
hoiku-q-municipality = Which municipality are you applying to?
# $municipality is its name, $year the table's fiscal year (令和7年度, …).
hoiku-municipality-option = { $municipality } ({ $year } table)
hoiku-q-guardians = How many guardians are there?
hoiku-guardians-one = One
hoiku-guardians-two = Two
hoiku-q-situation = What is guardian { $guardian }'s situation?
hoiku-option-not-in-table = not in this table
hoiku-q-hours = How many hours a week does guardian { $guardian } ({ $situation }) have?
hoiku-q-days = How many days a month does guardian { $guardian } ({ $situation }) have?
hoiku-q-detail = Which fits guardian { $guardian } ({ $situation })?
hoiku-q-household = Choose everything that fits the household (or nothing, then next).
hoiku-household-none-in-table = This table has no adjustment rows (they were not found). Choosing one does not count in the total.
hoiku-option-points = ({ $signed } points)
hoiku-hours-label = Hours a week
hoiku-days-label = Days a month
hoiku-next = Next
hoiku-back-step = One step back
hoiku-restart = Start again
hoiku-answer-hours = { $hours } hours a week
hoiku-answer-days = { $days } days a month
hoiku-answer-none = None
hoiku-result-title = The result
# $source is the table's source, $year its fiscal year.
hoiku-line-source = Source: { $source } ({ $year })
hoiku-result-promise = A simulation from the published table. It is no promise of a place.
hoiku-whatif-title = What if…
hoiku-whatif-intro = Choose one and the changed total is shown beside the total for your answers.
hoiku-tweak-hours = Guardian { $guardian } at { $to } hours a week instead of { $from }
hoiku-tweak-days = Guardian { $guardian } at { $to } days a month instead of { $from }
hoiku-tweak-add = With "{ $rule }"
hoiku-whatif-none = Nothing would change the points under this table.
hoiku-whatif-compare = Your answers { $before } points → what if { $after } points ({ $difference ->
    [0] no change
   *[other] { $signed }
})
hoiku-tie-none = This table has no tie-break order that can be computed.
hoiku-past-none = Last year's lowest admitted points per nursery and class are not in this simulation's sources, so none are shown.
hoiku-flow-error-detail = That answer is not one of this question's choices.
hoiku-flow-error-unexpected = That answer does not fit this question.
hoiku-flow-error-extra = There are more answers than questions.

hoiku-checklist-title = April intake checklist
# $municipality is its name, $year the fiscal year (令和9年度, …), $date the intake day.
hoiku-checklist-heading = { $municipality }, { $year } April intake ({ $date })
hoiku-checklist-periods = Application periods and deadlines
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: until { $until }
hoiku-checklist-days-left = { $days ->
    [0] last day today
    [one] 1 day left
   *[other] { $days } days left
}
hoiku-checklist-passed = the deadline has passed
hoiku-checklist-documents = Documents ({ $checked } of { $total } ready)
hoiku-checklist-for = for a guardian in: { $situation }
hoiku-checklist-as-of = Information as of { $date }
hoiku-checklist-source = Source: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = There is no intake checklist for this municipality.
hoiku-checklist-error-document = That document is not on this checklist. Nothing changed.
hoiku-checklist-error-data = The intake checklist cannot be read: { $detail }
hoiku-checklist-unknown = There is no intake checklist for municipality { $code } (there are: { $known }).
cli-nursery-checklist-about = The April intake's application periods, deadlines and documents
cli-nursery-checklist-municipality-help = Municipality code (132012 Hachioji, 131083 Koto)
cli-nursery-checklist-json-help = Print JSON (for scripts)
