## Child checkups, birth, dental, screening, medicines
# English. Must have exactly the ids and arguments of locales/ja/checkups.ftl.
# The checklist questions translate the handbook's (省令様式) questions.

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Birth
record-kind-checkup = Checkup
record-kind-dental = Dental checkup
record-kind-screening = Vision or hearing test
record-kind-medicine = Medicine

## Checkups (ChildCheckup::message_id)

checkup-m1 = 1-month checkup
checkup-m3-4 = 3–4-month checkup
checkup-m6-7 = 6–7-month checkup
checkup-m9-10 = 9–10-month checkup
checkup-y1-6 = 18-month checkup
checkup-y3 = 3-year checkup
checkup-y5 = 5-year checkup

## Type of delivery (Delivery::message_id)

delivery-vaginal = Vaginal
delivery-cesarean = Caesarean section
delivery-vacuum = Vacuum-assisted
delivery-forceps = Forceps
delivery-other = Other

## Screenings (ScreeningTest, ScreeningResult)

screening-vision = Vision test
screening-hearing = Hearing test
screening-newborn-hearing = Newborn hearing screening
screening-result-pass = Pass
screening-result-refer = Refer (retest)
screening-result-not-done = Not done

## Forms

record-birth-date = Date of birth: { $date }
record-checklist-title = Parent's checklist
record-checklist-hint = Choose the answer that fits. You may leave any question unanswered.
record-answer-yes = Yes
record-answer-no = No
record-answer-when = When (if you know)
record-medicine-start = First day
record-screening-note = Note (optional)

## Summaries in the list

record-gestation = Born at { $weeks } weeks { $days } days
record-born-at = at { $time }
record-birth-weight = Birth weight { $value } g
record-apgar = Apgar { $one }/{ $five }
record-answered = Checklist: { $count } answered
record-teeth = { $count } teeth
record-caries = { $count } decayed
record-fluoride-yes = Fluoride applied
record-fluoride-no = No fluoride
record-until = until { $date }

## The parent's checklist questions (message of checklists-jp.json)

checklist-someone-to-ask = Do you have someone you can easily talk to about raising your child?
checklist-finishing-brush = Do you finish brushing your child's teeth for them?
checklist-m1-moves-limbs = When undressed, does your baby move their arms and legs a lot?
checklist-m1-feeds-well = Does your baby feed well?
checklist-m1-startles = At a loud noise, does your baby startle and stretch out their arms and legs, or start to cry?
checklist-m1-navel-dry = Is the navel dry?
checklist-m3-4-head-steady = When did your baby start holding their head steady?
checklist-m3-4-smiles = Does your baby smile a lot when you play with them?
checklist-m3-4-turns-to-voice = When you speak from where your baby cannot see you, do they try to look your way?
checklist-m6-7-rolls-over = Does your baby roll over?
checklist-m6-7-sits = When did your baby first sit without support?
checklist-m6-7-reaches = Does your baby reach for and grab a toy close to them?
checklist-m6-7-voice = When with the family, does your baby make sounds as if talking?
checklist-m6-7-looks-at-sound = When the TV or radio starts to sound, does your baby look that way at once?
checklist-m9-10-crawls = Does your baby crawl?
checklist-m9-10-pulls-to-stand = Can your baby stand holding on to something?
checklist-m9-10-pinches = Does your baby pick up small things with their fingers?
checklist-m9-10-plays-alone = Can your baby play alone happily?
checklist-m9-10-turns-when-called = When you call from a distance, does your baby turn around?
checklist-y1-6-walks = When did your child first walk alone?
checklist-y1-6-words = Does your child say a few meaningful words, like "mama" or "vroom"?
checklist-y1-6-cup = Can your child hold a cup and drink from it by themselves?
checklist-y1-6-turns-when-called = When you call their name from behind, does your child turn around?
checklist-y3-stairs = Can your child climb stairs alone without using their hands?
checklist-y3-circle = Does your child draw a circle with crayons or the like?
checklist-y3-dressing = Does your child want to dress and undress by themselves?
checklist-y3-own-name = Can your child say their own name?
checklist-y3-playmates = Does your child have friends to play with?
checklist-y5-somersault = Can your child do a forward roll?
checklist-y5-draws-from-memory = Can your child draw a picture from memory?
checklist-y5-colours = Does your child know the colours red, yellow, green and blue?
checklist-y5-clear-speech = Does your child speak with clear pronunciation?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Birth record (one per child: date of birth, weeks of pregnancy, birth weight, ...)
cli-record-checkup-about = Child checkup (measurements, findings, parent's checklist)
cli-record-dental-about = Dental checkup
cli-record-screening-about = Vision or hearing test (vision, hearing, newborn hearing)
cli-record-medicine-about = Medicine
cli-record-birth-date-help = Date of birth (default: the child's registered date of birth)
cli-record-time-help = Time of birth (24 hours, e.g. 14:05)
cli-record-weeks-help = Weeks of pregnancy at birth (22-44)
cli-record-days-help = Days after the weeks (0-6, default 0)
cli-record-delivery-help = Type of delivery: vaginal, cesarean, vacuum, forceps or other
cli-record-weight-g-help = Birth weight (g, e.g. 3120)
cli-record-length-help = Length (cm)
cli-record-apgar1-help = Apgar score at 1 minute (0-10)
cli-record-apgar5-help = Apgar score at 5 minutes (0-10)
cli-record-complications-help = Complications or treatment
cli-record-checkup-help = Which checkup: m1, m3-4, m6-7, m9-10, y1-6, y3 or y5
cli-record-findings-help = Findings
cli-record-answer-help = A checklist answer: question ID=yes, no or a date ("=" left out means yes). Repeat for more answers; when editing, "ID=" removes an answer
cli-record-teeth-help = Number of teeth (0-32)
cli-record-caries-help = Number of decayed teeth (0-20)
cli-record-fluoride-help = Fluoride applied: yes or no
cli-record-test-help = Screening: vision, hearing or newborn-hearing
cli-record-result-help = Result: pass, refer or not-done
cli-record-start-help = First day (e.g. 2025-04-01)
cli-record-end-help = Last day (optional)
cli-record-medicine-name-help = Name of the medicine
cli-record-instructions-help = Dose and instructions
cli-record-birth-exists = There is already a birth record (record #{ $id }). To change it, use "hagu record edit { $id } birth …". Nothing was changed.
