# Hagukumi — English. Must hold every id of locales/ja/hagukumi.ftl.

app-name = Hagukumi
app-tagline = Maternal and Child Health Handbook
app-loading = Loading…

## Dates and ages

date = { $day } { $monthName } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
age = { $years ->
        [one] 1 year
       *[other] { $years } years
    } { $months ->
        [one] 1 month
       *[other] { $months } months
    } { $days ->
        [one] 1 day
       *[other] { $days } days
    }
gestational-age = { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } { $days ->
        [one] 1 day
       *[other] { $days } days
    } pregnant

## Home

home-children = Children
home-pregnancies = Pregnancies
home-empty = Nobody is registered yet. Add a child or a pregnancy with the forms below.
child-born = Born { $date }
child-age-label = Age
pregnancy-untitled = Baby on the way
pregnancy-expected = Due { $date }
pregnancy-days-left = { $days ->
        [one] 1 day to the due date
       *[other] { $days } days to the due date
    }
pregnancy-due-today = The due date is today
pregnancy-past-due = { $days ->
        [one] 1 day past the due date
       *[other] { $days } days past the due date
    }
pregnancy-not-started = The pregnancy has not started yet

## Forms

form-child-title = Add a child
form-child-name = Name
form-child-name-placeholder = e.g. Hanako
form-child-birth = Date of birth
form-pregnancy-title = Add a pregnancy
form-pregnancy-label = Nickname (optional)
form-pregnancy-label-placeholder = e.g. Second baby
form-pregnancy-expected = Due date
form-date-placeholder = e.g. 2025-04-01
form-date-hint = Year-month-day (2025/4/1 works too)
form-submit-child = Add child
form-submit-pregnancy = Add pregnancy
form-saving = Saving…
form-saved-child = { $name } was added
form-saved-pregnancy = The pregnancy was added


## A child's screen and records

child-back = ‹ Home
child-records = Records
child-no-records = No records yet. Use the form below to record a measurement or a vaccination.
child-deleted = Recently deleted ({ $count }; can be restored within 30 days)
record-add-title = Add a record
record-submit = Save record
record-saved = { $kind } saved
record-delete = Delete
record-deleted = Record deleted.
record-undo = Undo
records-more = Show older records
record-edit = Edit
record-edit-title = Edit record
record-edit-submit = Save changes
record-edit-cancel = Stop editing
record-edited = { $kind } changed
record-history = History
record-history-title = Earlier versions
record-history-empty = No changes yet
record-history-loading = Loading…
record-change-edit = Edited
record-change-delete = Deleted
record-change-restore = Restored
record-history-before = Before: { $summary }
record-restored = Record restored
record-kind-measurement = Measurement
record-kind-vaccination = Vaccination
record-kind-milestone = Milestone
record-kind-note = Note
record-kind-allergy = Allergy
record-kind-illness = Illness
record-allergy-substance = Cause (food, medicine, …)
record-allergy-reaction = Reaction (optional)
record-illness-name = Illness
record-before = { $date } { $summary }
record-dose = dose { $dose }
record-lot = lot { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } dose { $dose }
record-line-weight = weight { $value } kg
record-line-height = height { $value } cm
record-line-head = head { $value } cm
record-line-chest = chest { $value } cm
record-line-separator = {", "}
form-choose = Choose…
funding-public = Routine (publicly funded)
funding-self-paid = Voluntary (self-paid)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = Weight
field-height-short = Height
field-head-circumference-short = Head
field-chest-circumference-short = Chest

## Clinic summary

summary-title = Clinic summary: { $name }
summary-as-of = as of { $date }
summary-allergies = Allergies
summary-measurements = Latest measurements
summary-next-due = Due next
summary-vaccinations = Vaccinations
summary-illnesses = Illnesses
summary-none-recorded = None recorded
summary-nothing-due = Nothing due
summary-rules = Planned with rules version { $version } (as of { $as_of }{ $builtin ->
    [yes] , built into the app
   *[no] , received as an update
})
summary-since = since { $date }
summary-print = Print
summary-open = Clinic summary

## Settings

language-label = Language
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (translation not reviewed)
language-unreviewed-group = translation not reviewed
language-more = More languages

## Field names

field-name = Name
field-birth-date = Date of birth
field-label = Nickname
field-expected-date = Due date
field-date = Date
field-vaccine = Vaccine
field-dose = Dose
field-manufacturer = Manufacturer
field-lot = Lot number
field-facility = Clinic or hospital
field-funding = Paid by
field-weight = Weight (kg)
field-height = Height (cm)
field-head-circumference = Head circumference (cm)
field-chest-circumference = Chest circumference (cm)
field-measurements = Measurements
field-sex = Sex
sex-unset = Not given
field-what = What the child did
field-text = Note
field-expected-date-method = How the due date was set
field-systolic = Blood pressure, upper
field-diastolic = Blood pressure, lower
field-urine-protein = Urine protein
field-urine-sugar = Urine sugar
field-edema = Swelling (edema)
field-fundal-height = Fundal height (cm)
field-abdominal-girth = Abdominal girth (cm)
field-fetal-heart = Baby's heartbeat
field-fetal-heart-rate = Heart rate (beats/min)
field-findings = Findings
field-class-name = Name of the class
field-checkup-timing = Which checkup
field-epds = EPDS (total score)
field-time = Time of birth
field-gestation-weeks = Weeks of pregnancy at birth
field-gestation-days = Days (after the weeks)
field-delivery = Type of delivery
field-birth-weight = Birth weight (g)
field-apgar-1min = Apgar (1 min)
field-apgar-5min = Apgar (5 min)
field-complications = Complications or treatment
field-checkup = Checkup
field-answers = Parent's checklist
field-teeth = Number of teeth
field-caries = Decayed teeth
field-fluoride = Fluoride applied
field-screening-test = Screening
field-screening-result = Result
field-end-date = Last day
field-medicine = Medicine
field-instructions = Dose and instructions

## Input errors

error-invalid-input = Please check what you entered.
error-required = Please fill this in
error-too-long = Please use at most { $max } characters
error-control-characters = This contains characters that cannot be used
error-malformed-date = Please write the date as 2025-04-01
error-birth-in-future = A date of birth cannot be in the future
error-birth-before-1900 = Please enter a date on or after 1 January 1900
error-expected-too-far = The due date is more than 280 days from today
error-expected-long-past = The due date was more than 4 weeks ago. Add a baby who has been born with "Add a child"
error-date-in-future = The date cannot be in the future.
error-date-before-birth = The date is before the child was born.
error-malformed-number = Please enter a number (e.g. 3.25).
error-out-of-range = This value is outside the plausible range. Please check the unit (kg, cm).
error-no-measurement = Enter at least one of weight, height, head or chest circumference.
error-unknown-choice = Please pick one of the options.
error-blood-pressure-order = The lower blood pressure must be below the upper one. Please check that they are not swapped.
error-date-before-pregnancy = This date is before the pregnancy began. Please check the date or the due date.
error-heart-rate-without-heartbeat = Enter a heart rate only when the heartbeat was heard.
error-malformed-time = Please write the time as 14:05
error-not-the-birth-date = Please use the child's date of birth.
error-not-in-checklist = An answer is not to a question of this checkup.
error-answered-twice = The same question is answered twice.
error-more-than-teeth = There are more decayed teeth than teeth.
error-end-before-start = This is before the first day.

## When the handbook cannot be opened

error-store-cannot-open = Cannot open the handbook: wrong key, or not a Hagukumi database. The file was not changed.
error-store-no-key = No credential store (OS keychain) is available. Set a passphrase in the HAGUKUMI_PASSPHRASE environment variable and start again.
error-store-passphrase = This handbook is protected by a passphrase. Set it in the HAGUKUMI_PASSPHRASE environment variable and start again.
error-store-keystore = The OS credential store (keychain) failed: { $detail }
error-store-key-missing = The key of this handbook is missing. Open it as the same user, with the same keychain, that created it, or open it with your recovery code.
error-store-newer = This handbook was written by a newer version of Hagukumi. Please update the app.
error-store-io = Cannot read or write the handbook's files: { $detail }
error-store-corrupt = The handbook's data is damaged: { $detail }
error-store-full = The device's storage is full, so this could not be saved. Nothing was saved: the handbook is as it was. Free up some space (delete photos, videos or apps you no longer need) and try again.
error-recovery-code-length = A recovery code has 28 letters and digits, in 7 groups of 4. Check that every group was typed.
error-recovery-code-character = A recovery code has only the letters A–Z (without I, L, O, U) and the digits 0–9. Check the characters you typed.
error-recovery-code-checksum = The recovery code has a typo: its last group does not match the others. Compare each group with your recovery sheet.
error-store-handbook-elsewhere = A handbook used to be in this folder and its key is still kept: it was moved or renamed. Nothing was created. Open the handbook where it is now, or put its folder back here. If you deleted it on purpose, you can start a new handbook here.
error-store-passphrase-short = The passphrase is too short: use at least 12 characters (a few unrelated words are easy to remember). Nothing was created.
error-store-in-use = This handbook is open in the app. Close the app, then try again. Nothing was changed.
error-recovery-wrong-code = This recovery code does not open this handbook. Compare it with your recovery sheet and try again. Nothing was changed.
error-recovery-no-file = The recovery file (hagukumi.recovery) is not beside the handbook. Copy it back from where the handbook folder came from, or restore a backup.
error-recovery-other-handbook = The recovery file beside the handbook belongs to another handbook. Copy the whole handbook folder again, or restore a backup.
error-recovery-format = The recovery file is damaged or not in Hagukumi's format. Restore a backup instead.
error-backup-not-a-backup = This file is not a Hagukumi backup. Choose a file whose name ends in .hagukumi-backup. Nothing was changed.
error-backup-version = This backup was written by another version of Hagukumi. Please update the app, then try again. Nothing was changed.
error-backup-damaged = The backup file is damaged or incomplete. Nothing was changed. Try another backup file, or copy this one again.
error-backup-wrong-code = This recovery code does not open this backup. Compare it with the recovery sheet of the handbook that was backed up. Nothing was changed.
error-backup-other-handbook = This backup is of another handbook than the one in this folder. Nothing was changed. Restore it into an empty folder instead.
error-backup-no-code = This handbook has no recovery code yet. Open it once (it gets one), then back it up again.
error-backup-would-replace-other-file = A file that is not a Hagukumi backup is already there. It was left as it is and nothing was written. Choose another file name or place.
error-backup-inside-handbook-folder = A backup cannot be saved inside the handbook's own folder (it could replace the handbook, or be lost with it). Nothing was written. Choose another folder, such as an external drive or a cloud folder.
error-backup-folder-missing = The folder for automatic backups is not there (an external drive or cloud folder may not be connected). Connect it again, or choose another folder on the backup screen. Until then, no automatic backup is saved.
error-no-such-child = This child was not found.
error-no-such-record = This record was not found.
error-cannot-restore = This was deleted more than 30 days ago and can no longer be restored.
error-birth-already-recorded = This child already has a birth record (one per child). To rewrite it, delete that record first, then add the new one.
photo-count = Photos ({ $count })
photo-add = Add a photo
photo-delete = Delete photo
photo-deleted = Deleted (can be restored for 30 days)
photo-alt = Photo of the record
photo-privacy = Location and other details are removed; the photo is kept inside the encrypted handbook.
error-photo-format = Only JPEG or PNG photos can be added.
error-photo-malformed = The photo file is damaged or incomplete.
error-photo-too-large = The photo is too large (up to 8 MB).
error-photo-too-many = This record cannot take more photos (up to 10).
error-photo-too-many-pixels = The photo has too many pixels (up to 64 megapixels). Share or save it at a smaller size from your phone, then add it again.
error-no-such-photo = This photo was not found.
error-photo-cannot-restore = This photo was deleted more than 30 days ago and can no longer be restored.
error-internal = Something unexpected went wrong: { $detail }
error-retry-hint = If restarting the app does not help, back up the data folder and contact support.

## The schedule on screen

schedule-next-title = Next for your family
schedule-plan-title = Vaccinations and checkups
schedule-none = Nothing is due for now.
schedule-month = { $month }/{ $year }
schedule-why = Details
schedule-closing-soon = The free (publicly funded) period ends soon.
schedule-record-given = Given
schedule-record-save = Save
schedule-record-cancel = Cancel
schedule-status-done = Done
schedule-status-due-now = Now
schedule-status-upcoming = Upcoming
schedule-status-overdue = Late
schedule-status-missed = Not funded
schedule-status-not-eligible = Not eligible
schedule-status-funded-window-missed = Past the funded period (now voluntary, self-paid)
schedule-when-done = done on { $date }
schedule-when-due = can be given now
schedule-when-due-by = can be given now (standard: by { $date })
schedule-when-from = from { $date }
schedule-when-overdue = past the standard time; best given soon
schedule-when-overdue-funded = past the standard time (free until { $date })
ics-calendar-name = Hagukumi vaccinations and checkups

## Reminders (local notifications) and their settings
field-days-before-open = Days of notice before a window opens
field-days-before-close = Days of notice before free care ends
field-temperature = Temperature (°C)
error-days-out-of-range = Please enter a number of days from 0 to 60
field-program = Program
field-benefit-state = State
field-deadline = Deadline
field-payment-date = Next payment date
field-payment-amount = Next payment (yen)
field-guardian = Guardian's name
field-children = Children to apply for
error-individual-number = A 12-digit number like a My Number cannot be entered. Hagukumi never handles My Numbers; please remove the number
field-stars = Rating (stars)
error-stars-out-of-range = A rating is 1 to 5 stars (or none)
reminder-opening-title = { $item } is coming up soon
reminder-opening-body = { $who } can have { $item } from { $date }. Whenever it suits you, you might think about booking a visit.
reminder-closing-title = Free { $item } ends soon
reminder-closing-body = { $who } can have { $item } free of charge until { $date } ({ $days ->
        [one] 1 day left
       *[other] { $days } days left
    }). If it is not done yet, you might ask your clinic.
reminder-digest-title = This month for your family
reminder-digest-body = { $count ->
        [one] One thing is planned this month.
       *[other] { $count } things are planned this month.
    }
reminder-digest-line = { $who }: { $item } (around { $date })
reminder-settings-title = Reminders
reminder-settings-open = Days of notice before a window opens
reminder-settings-close = Days of notice before free care ends
reminder-settings-note = From 0 to 60 days. On the 1st of each month you also get what is planned for your family that month.
reminder-settings-save = Save
reminder-settings-saved = Saved
