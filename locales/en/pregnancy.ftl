## Pregnancy records and postnatal checkups
# English. Must hold every id (with the same arguments) of locales/ja/pregnancy.ftl.
# Records of a pregnancy and of the mother after the birth: crates/core/src/pregnancy_records.rs

## Record kinds (PregnancyRecordKind, pregnancy-kind-<kind>)

pregnancy-kind-notification = Pregnancy notification
pregnancy-kind-prenatal-visit = Prenatal checkup
pregnancy-kind-dental = Dental checkup
pregnancy-kind-class = Parenting class
pregnancy-kind-environment = Work and daily life
pregnancy-kind-postnatal-checkup = Postnatal checkup
pregnancy-kind-vaccination = Vaccination in pregnancy

## The pregnancy's screen

pregnancy-records = Records
error-no-such-pregnancy = This pregnancy was not found.
pregnancy-no-records = No records yet. Use the form below to record prenatal checkups or the day you notified the pregnancy.
pregnancy-date-week = On this day: { $week }
pregnancy-stat-blood-pressure = Blood pressure
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = In mmHg (e.g. upper 112, lower 70)
pregnancy-epds-field-hint = Total score of the Edinburgh Postnatal Depression Scale (EPDS), 0–30
# Shown gently under a postnatal checkup whose EPDS is 9 or more (core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD)
pregnancy-epds-hint = The weeks after a birth can be hard on body and mind. If anything is on your mind, you don't have to carry it alone: a midwife, a public health nurse or your municipality's child-rearing support center (子育て世代包括支援センター / こども家庭センター) will be glad to listen.

## Choices

pregnancy-method-last-period = From the last period
pregnancy-method-ultrasound = By ultrasound
pregnancy-method-other = Other
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (negative)
pregnancy-urine-trace-option = ± (trace)
pregnancy-urine-plus1-option = + (positive)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (none)
pregnancy-edema-plus1-option = + (some)
pregnancy-edema-plus2-option = ++ (marked)
pregnancy-heart-present = Heartbeat heard
pregnancy-heart-absent = Heartbeat not heard
pregnancy-heart-not-checked = Heartbeat not checked
pregnancy-timing-two-weeks = 2-week postnatal checkup
pregnancy-timing-one-month = 1-month postnatal checkup
pregnancy-timing-other = Other postnatal checkup

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = weight { $value } kg
pregnancy-value-lot = Lot { $lot }
pregnancy-value-blood-pressure = BP { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = urine protein { $value }
pregnancy-value-urine-sugar = urine sugar { $value }
pregnancy-value-edema = swelling { $value }
pregnancy-value-fundal-height = fundal height { $value } cm
pregnancy-value-abdominal-girth = abdominal girth { $value } cm
pregnancy-value-heart-rate = heart rate { $bpm }/min
pregnancy-value-method = due date set: { $method }
pregnancy-value-epds = EPDS { $score } points

## hagu pregnancy (command line)

cli-pregnancy-about = Add and list pregnancies and their records (prenatal and postnatal checkups, …)
cli-pregnancy-add-about = Add a pregnancy
cli-pregnancy-label-help = A nickname (e.g. second child; optional)
cli-pregnancy-expected-help = The due date (e.g. 2027-03-01)
cli-pregnancy-list-about = List the pregnancies in the handbook
cli-pregnancy-list-json-help = Print a machine-readable JSON array (id, label, expected_date)
cli-pregnancy-record-about = Add, list, change, delete or restore the records of a pregnancy and of the mother after the birth
cli-pregnancy-record-add-about = Add a record to a pregnancy
cli-pregnancy-record-list-about = List a pregnancy's records, oldest first
cli-pregnancy-record-edit-about = Change a record. Flags not given keep their value; an empty value ("") clears an optional one. The previous version is kept in the record's history
cli-pregnancy-record-delete-about = Delete a record (it can be restored for 30 days)
cli-pregnancy-record-restore-about = Restore a record deleted in the last 30 days
cli-pregnancy-record-history-about = Show a record's earlier versions, oldest first
cli-pregnancy-record-notification-about = The pregnancy notification
cli-pregnancy-record-prenatal-visit-about = A prenatal checkup (the week is computed from the date and the due date)
cli-pregnancy-record-dental-about = A dental checkup during pregnancy
cli-pregnancy-record-vaccination-about = A vaccination during pregnancy (e.g. the RSV maternal vaccine)
cli-pregnancy-record-class-about = A parenting class
cli-pregnancy-record-environment-about = A note about work and daily life
cli-pregnancy-record-postnatal-checkup-about = A postnatal checkup of the mother
cli-pregnancy-pregnancy-help = The pregnancy's id (see "hagu pregnancy list --json")
cli-pregnancy-record-id-help = The record's id (see "hagu pregnancy record list")
cli-pregnancy-kind-help = Only records of this kind
cli-pregnancy-deleted-help = Include deleted records
cli-pregnancy-record-list-json-help = Print a machine-readable JSON array (format: docs/export-format.md)
cli-pregnancy-history-json-help = Print a machine-readable JSON array (record_id, change, previous, changed_at)
cli-pregnancy-date-help = Date (e.g. 2026-11-24)
cli-pregnancy-notification-date-help = The day of the notification (e.g. 2026-07-10)
cli-pregnancy-method-help = How the due date was set: last-period, ultrasound or other
cli-pregnancy-weight-help = Weight in kg (e.g. 58.4)
cli-pregnancy-systolic-help = Blood pressure, upper (mmHg)
cli-pregnancy-diastolic-help = Blood pressure, lower (mmHg)
cli-pregnancy-urine-protein-help = Urine protein: - ± + ++ +++ (or negative, trace, plus1, plus2, plus3)
cli-pregnancy-urine-sugar-help = Urine sugar: - ± + ++ +++ (or negative, trace, plus1, plus2, plus3)
cli-pregnancy-edema-help = Swelling: - + ++ (or negative, plus1, plus2)
cli-pregnancy-fundal-height-help = Fundal height in cm
cli-pregnancy-abdominal-girth-help = Abdominal girth in cm
cli-pregnancy-fetal-heart-help = The baby's heartbeat: present, absent or not-checked
cli-pregnancy-heart-rate-help = The baby's heart rate (beats per minute)
cli-pregnancy-notes-help = A note
cli-pregnancy-facility-help = Clinic or hospital
cli-pregnancy-vaccine-help = Vaccine id (e.g. rsv-maternal)
cli-pregnancy-lot-help = Lot number
cli-pregnancy-findings-help = Findings
cli-pregnancy-class-name-help = The name of the class
cli-pregnancy-text-help = The note
cli-pregnancy-timing-help = Which checkup: two-weeks, one-month or other
cli-pregnancy-epds-help = EPDS total score (0 to 30)
cli-pregnancy-line = #{ $id }  { $title }  due { $expected }  { $status }
cli-pregnancy-added = Added a pregnancy: { $pregnancy }
cli-pregnancy-none = No pregnancies yet. Add one with "hagu pregnancy add".
cli-pregnancy-record-added = Added record #{ $id } ({ $title }): { $entry }
cli-pregnancy-record-edited = Changed record #{ $id }: { $entry }
cli-pregnancy-record-deleted = Deleted record #{ $id }. It can be restored until { $until } with "hagu pregnancy record restore { $id }".
cli-pregnancy-record-restored = Restored record #{ $id }: { $entry }
cli-pregnancy-record-none = No records. Add one with "hagu pregnancy record add".
cli-pregnancy-no-pregnancy = There is no pregnancy with id { $id }. See "hagu pregnancy list --json". Nothing was changed.
cli-pregnancy-no-record = There is no pregnancy record with id { $id }. See "hagu pregnancy record list". Nothing was changed.
cli-pregnancy-record-kind-mismatch = Record #{ $id } is a { $kind } record; change it with "hagu pregnancy record edit { $id } { $kind } …". Nothing was changed.
cli-pregnancy-record-is-deleted = Record #{ $id } is deleted. Restore it first with "hagu pregnancy record restore { $id }". Nothing was changed.
cli-pregnancy-record-already-deleted = Record #{ $id } is already deleted. Nothing was changed.
cli-pregnancy-record-not-deleted = Record #{ $id } is not deleted; there is nothing to restore.
cli-pregnancy-record-too-old = Record #{ $id } was deleted more than 30 days ago and can no longer be restored.
cli-pregnancy-photo-about = Add, list, export, delete or restore the photos on a pregnancy's records (JPEG or PNG; location and other details are removed, as in the app)
cli-pregnancy-photo-not-theirs = Record #{ $record } is not one of the records of { $title }. Nothing was saved.
cli-pregnancy-history-none = Record #{ $id } has not been changed.
