## Child checkups, birth, dental, screening, medicines
# English. Must have exactly the ids and arguments of locales/ja/checkups.ftl.
# The checklist questions translate the handbook's (省令様式) questions.

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Birth
record-kind-checkup = Checkup
record-kind-dental = Dental checkup
record-kind-screening = Vision, hearing or CMV test
record-kind-medicine = Medicine

## Checkups (ChildCheckup::message_id)

checkup-w2 = Around 2 weeks (parent's checklist)
checkup-m1 = 1-month checkup
checkup-m2 = Around 2 months (parent's checklist)
checkup-m3-4 = 3–6-month checkup
checkup-m6-7 = 6–7-month checkup
checkup-m9-10 = 9–11-month checkup
checkup-y1 = Around 1 year (parent's checklist)
checkup-y1-6 = 18-month checkup
checkup-y2 = Around 2 years (parent's checklist)
checkup-y3 = 3-year checkup
checkup-y4 = Around 4 years (parent's checklist)
checkup-y5 = 5-year checkup
checkup-y6 = Around 6 years (parent's checklist)

## Pages of the parent's checklist (FormPage::page_message_id): the handbook page's name, narrower than the checkup's window in the schedule

checklist-page-w2 = around 2 weeks
checklist-page-m1 = around 1 month
checklist-page-m2 = around 2 months
checklist-page-m3-4 = around 3–4 months
checklist-page-m6-7 = around 6–7 months
checklist-page-m9-10 = around 9–10 months
checklist-page-y1 = around 1 year
checklist-page-y1-6 = around 18 months
checklist-page-y2 = around 2 years
checklist-page-y3 = around 3 years
checklist-page-y4 = around 4 years
checklist-page-y5 = around 5 years
checklist-page-y6 = around 6 years

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
screening-congenital-cmv = Congenital cytomegalovirus (CMV) test
screening-result-pass = Pass
screening-result-refer = Refer (retest)
screening-result-not-done = Not done
screening-result-negative = Negative
screening-result-positive = Positive

## Forms

record-birth-date = Date of birth: { $date }
record-checklist-title = Parent's checklist ({ $page })
record-checklist-none = This page's questions are not listed: no source to check them against could be reached. You can still record measurements and findings.
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

checklist-w2-weak = Do you think your baby's cry, or their strength when feeding, is weak?
checklist-sleeps-on-back = When you put your baby down to sleep, do you lay them on their back?
checklist-child-seat = When riding in a car, do you use a child car seat?
checklist-own-sleep = Do you, the parent, have any trouble with your own sleep?
checklist-someone-to-ask = Do you have someone you can easily talk to about raising your child?
checklist-m1-moves-limbs = When undressed, does your baby move their arms and legs a lot?
checklist-feeds-well = Does your baby feed well?
checklist-m1-startles = At a loud noise, does your baby startle and stretch out their arms and legs, or start to cry?
checklist-m1-navel-dry = Is the navel dry?
checklist-m2-follows-with-eyes = Does your baby move their eyes to follow things?
checklist-m3-4-head-steady = When did your baby start holding their head steady?
checklist-m3-4-smiles = Does your baby smile a lot when you play with them?
checklist-m3-4-eyes = Are you worried that your baby's gaze or eye movements seem unusual?
checklist-m3-4-turns-to-voice = When you speak from where your baby cannot see you, do they try to look your way?
checklist-m3-4-outdoor-air = Does your baby get some fresh air outdoors?
checklist-m3-4-child-sleep = Do you have any trouble with your child's sleep?
checklist-m6-7-rolls-over = When did your baby first roll over?
checklist-m6-7-sits = When did your baby first sit without support?
checklist-m6-7-reaches = Does your baby reach for and grab a toy close to them?
checklist-m6-7-voice = When with the family, does your baby make sounds as if talking?
checklist-m6-7-looks-at-sound = When the TV or radio starts to sound, does your baby look that way at once?
checklist-m6-7-solids = Have you started your baby on solid food?
checklist-m6-7-pupils = Do your baby's pupils ever look white, or shine yellowish green?
checklist-m9-10-crawls = When did your baby first crawl?
checklist-m9-10-pulls-to-stand = When did your baby first stand holding on to something?
checklist-m9-10-pinches = Does your baby pick up small things with their fingers?
checklist-m9-10-plays-alone = Can your baby play alone happily?
checklist-weaning-going-well = Is weaning going smoothly?
checklist-m9-10-whisper = If you come up quietly and call in a whisper, does your baby turn around?
checklist-m9-10-follows-you = Does your baby follow you when you move away?
checklist-m9-10-teeth = Is anything about how the teeth are coming in, their shape or colour, or the gums worrying you?
checklist-y1-cruises = When did your child first walk holding on to furniture?
checklist-y1-gestures = Does your child make gestures such as waving bye-bye or bowing hello?
checklist-y1-music = Does your child move happily to music?
checklist-y1-weaning = Is weaning going smoothly?
checklist-y1-simple-words = Does your child understand simple words that adults say (such as “come here” or “give it to me”)?
checklist-y1-looks-where-pointed = When you point at a toy across the room, does your child look that way?
checklist-y1-enjoys-play = Does your child enjoy it when you play together?
checklist-y1-three-meals = Has your child settled into a rhythm of three meals a day?
checklist-y1-brushing-practice = Have you started practising tooth brushing?
checklist-y1-6-walks = When did your child first walk alone?
checklist-y1-6-words = Does your child say a few meaningful words, like “mama” or “vroom”?
checklist-y1-6-cup = Can your child hold a cup and drink from it by themselves?
checklist-y1-6-bottle = Does your child use a feeding bottle?
checklist-y1-6-meal-times = Are the times of meals and snacks roughly fixed?
checklist-finishing-brush = Do you finish brushing your child's teeth for them?
checklist-y1-6-eyes = Does your child find light extremely dazzling, or are you worried that their eye movements seem unusual?
checklist-y1-6-turns-when-called = When you call their name from behind, does your child turn around?
checklist-fluoride = Does your child have fluoride applied to their teeth, or use a fluoride toothpaste?
checklist-y2-runs = Can your child run?
checklist-y2-spoon = Does your child eat by themselves with a spoon?
checklist-y2-blocks = Does your child play with blocks, building something like a tower, or lining them up as a train or the like?
checklist-y2-imitates = Does your child imitate gestures seen on TV or made by adults?
checklist-y2-two-words = Does your child say two-word sentences (such as “doggy come” or “food please”)?
checklist-y2-meat-vegetables = Does your child eat meat and fibrous vegetables?
checklist-y3-stairs = Can your child climb stairs alone without using their hands?
checklist-y3-circle = Does your child draw a circle with crayons or the like?
checklist-y3-dressing = Does your child want to dress and undress by themselves?
checklist-y3-own-name = Can your child say their own name?
checklist-y3-brush-wash = Does your child brush their teeth and wash their hands?
checklist-y3-thumb = Does your child suck their thumb or fingers all the time?
checklist-y3-chews = Does your child have the habit of chewing food well?
checklist-y3-squint = Does your child have a squint?
checklist-y3-narrows-eyes = When looking at things, does your child narrow their eyes or look from very close?
checklist-y3-hearing = Are you worried that your child may not hear well?
checklist-y3-bite = Is anything about your child's bite or the line of their teeth worrying you?
checklist-y3-pretend-play = Can your child play pretend games, such as playing house or playing heroes?
checklist-y3-playmates = Does your child have friends to play with?
checklist-y5-somersault = Can your child do a forward roll?
checklist-y5-draws-from-memory = Can your child draw a picture from memory?
checklist-y5-colours = Does your child know the colours red, yellow, green and blue?
checklist-y5-clear-speech = Does your child speak with clear pronunciation?
checklist-y6-one-leg = Can your child stand on one leg for 5 to 10 seconds?
checklist-y6-square = Can your child copy the shape of a square?
checklist-y6-directions = Does your child roughly know their own front and back, left and right?
checklist-y6-name-hiragana = Can your child read or write their own name in hiragana?
checklist-y6-can-wait = Has your child become able to wait, even when they want a toy or sweets?
checklist-y6-rules = Can your child play keeping to promises and rules?
checklist-y6-first-molar = Has the first permanent molar (the adult tooth that comes in behind the baby teeth) come in?
checklist-y6-breakfast = Does your child eat breakfast every day?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Birth record (one per child: date of birth, weeks of pregnancy, birth weight, ...)
cli-record-checkup-about = Child checkup (measurements, findings, parent's checklist)
cli-record-dental-about = Dental checkup
cli-record-screening-about = Vision, hearing or CMV test (vision, hearing, newborn hearing, congenital cytomegalovirus)
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
cli-record-checkup-help = Which checkup or parent's checklist page: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5 or y6
cli-record-findings-help = Findings
cli-record-answer-help = A checklist answer: question ID=yes, no or a date ("=" left out means yes). Repeat for more answers; when editing, "ID=" removes an answer
cli-record-teeth-help = Number of teeth (0-32)
cli-record-caries-help = Number of decayed teeth (0-20)
cli-record-fluoride-help = Fluoride applied: yes or no
cli-record-test-help = Test: vision, hearing, newborn-hearing or congenital-cmv
cli-record-result-help = Result: pass, refer or not-done; for the congenital CMV test negative, positive or not-done
cli-record-start-help = First day (e.g. 2025-04-01)
cli-record-end-help = Last day (optional)
cli-record-medicine-name-help = Name of the medicine
cli-record-instructions-help = Dose and instructions
cli-record-birth-exists = There is already a birth record (record #{ $id }). To change it, use "hagu record edit { $id } birth …". Nothing was changed.
