# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Pregnancy records and postnatal checkups
# Records of a pregnancy and of the mother after the birth: crates/core/src/pregnancy_records.rs

## Record kinds (PregnancyRecordKind, pregnancy-kind-<kind>)

pregnancy-kind-notification = Abiso ng pagbubuntis (妊娠届)
pregnancy-kind-prenatal-visit = Prenatal checkup
pregnancy-kind-dental = Checkup ng ngipin
pregnancy-kind-class = Klase para sa mga magulang
pregnancy-kind-environment = Trabaho at pang-araw-araw na buhay
pregnancy-kind-postnatal-checkup = Checkup ng ina pagkapanganak
pregnancy-kind-vaccination = Bakuna habang buntis

## The pregnancy's screen

pregnancy-records = Mga tala
error-no-such-pregnancy = Hindi nakita ang pagbubuntis na ito.
pregnancy-no-records = Wala pang tala. Gamitin ang form sa ibaba para itala ang mga prenatal checkup o ang araw na iniulat ninyo ang pagbubuntis.
pregnancy-date-week = Sa araw na ito: { $week }
pregnancy-stat-blood-pressure = Presyon ng dugo
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = Sa mmHg (hal. itaas 112, ibaba 70)
pregnancy-epds-field-hint = Kabuuang puntos ng Edinburgh Postnatal Depression Scale (EPDS), 0–30
# Shown gently under a postnatal checkup whose EPDS is 9 or more (core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD)
pregnancy-epds-hint = Ang mga linggo pagkatapos manganak ay maaaring mabigat sa katawan at isip. Kung may bumabagabag sa inyo, hindi ninyo kailangang pasanin ito nang mag-isa: ikagagalak na makinig ng midwife, ng public health nurse, o ng child-rearing support center ng inyong munisipyo (子育て世代包括支援センター / こども家庭センター).

## Choices

pregnancy-method-last-period = Mula sa huling regla
pregnancy-method-ultrasound = Sa ultrasound
pregnancy-method-other = Iba pa
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (negatibo)
pregnancy-urine-trace-option = ± (bahagya)
pregnancy-urine-plus1-option = + (positibo)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (wala)
pregnancy-edema-plus1-option = + (kaunti)
pregnancy-edema-plus2-option = ++ (halata)
pregnancy-heart-present = Narinig ang tibok ng puso
pregnancy-heart-absent = Hindi narinig ang tibok ng puso
pregnancy-heart-not-checked = Hindi sinuri ang tibok ng puso
pregnancy-timing-two-weeks = Checkup ng ina 2 linggo pagkapanganak
pregnancy-timing-one-month = Checkup ng ina 1 buwan pagkapanganak
pregnancy-timing-other = Ibang checkup ng ina pagkapanganak

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = timbang { $value } kg
pregnancy-value-lot = Lot { $lot }
pregnancy-value-blood-pressure = BP { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = protina sa ihi { $value }
pregnancy-value-urine-sugar = asukal sa ihi { $value }
pregnancy-value-edema = pamamaga { $value }
pregnancy-value-fundal-height = taas ng matris { $value } cm
pregnancy-value-abdominal-girth = sukat ng tiyan { $value } cm
pregnancy-value-heart-rate = tibok ng puso { $bpm }/min
pregnancy-value-method = paraan ng takdang araw: { $method }
pregnancy-value-epds = EPDS { $score } puntos

## hagu pregnancy (command line)

cli-pregnancy-about = Magdagdag at maglista ng mga pagbubuntis at ng kanilang mga tala (prenatal at postnatal checkup, …)
cli-pregnancy-add-about = Magdagdag ng pagbubuntis
cli-pregnancy-label-help = Palayaw (hal. pangalawang anak; hindi kailangan)
cli-pregnancy-expected-help = Ang takdang araw ng panganganak (hal. 2027-03-01)
cli-pregnancy-list-about = Ilista ang mga pagbubuntis sa handbook
cli-pregnancy-list-json-help = Mag-print ng JSON array na mababasa ng makina (id, label, expected_date)
cli-pregnancy-record-about = Magdagdag, maglista, magbago, magbura o magbalik ng mga tala ng pagbubuntis at ng ina pagkapanganak
cli-pregnancy-record-add-about = Magdagdag ng tala sa pagbubuntis
cli-pregnancy-record-list-about = Ilista ang mga tala ng pagbubuntis, pinakaluma muna
cli-pregnancy-record-edit-about = Baguhin ang tala. Nananatili ang halaga ng mga flag na hindi ibinigay; binubura ng walang lamang halaga ("") ang opsiyonal na halaga. Itinatago ang dating bersyon sa kasaysayan ng tala
cli-pregnancy-record-delete-about = Burahin ang tala (maibabalik sa loob ng 30 araw)
cli-pregnancy-record-restore-about = Ibalik ang talang binura sa nakaraang 30 araw
cli-pregnancy-record-history-about = Ipakita ang mga naunang bersyon ng tala, pinakaluma muna
cli-pregnancy-record-notification-about = Ang abiso ng pagbubuntis
cli-pregnancy-record-prenatal-visit-about = Prenatal checkup (kinakalkula ang linggo mula sa petsa at takdang araw)
cli-pregnancy-record-dental-about = Checkup ng ngipin habang buntis
cli-pregnancy-record-vaccination-about = Bakuna habang buntis (hal. ang maternal RSV vaccine)
cli-pregnancy-record-class-about = Klase para sa mga magulang
cli-pregnancy-record-environment-about = Tala tungkol sa trabaho at pang-araw-araw na buhay
cli-pregnancy-record-postnatal-checkup-about = Checkup ng ina pagkapanganak
cli-pregnancy-pregnancy-help = Ang id ng pagbubuntis (tingnan ang "hagu pregnancy list --json")
cli-pregnancy-record-id-help = Ang id ng tala (tingnan ang "hagu pregnancy record list")
cli-pregnancy-kind-help = Mga tala lamang ng ganitong uri
cli-pregnancy-deleted-help = Isama ang mga binurang tala
cli-pregnancy-record-list-json-help = Mag-print ng JSON array na mababasa ng makina (format: docs/export-format.md)
cli-pregnancy-history-json-help = Mag-print ng JSON array na mababasa ng makina (record_id, change, previous, changed_at)
cli-pregnancy-date-help = Petsa (hal. 2026-11-24)
cli-pregnancy-notification-date-help = Ang araw ng abiso (hal. 2026-07-10)
cli-pregnancy-method-help = Paano itinakda ang takdang araw: last-period, ultrasound o other
cli-pregnancy-weight-help = Timbang sa kg (hal. 58.4)
cli-pregnancy-systolic-help = Presyon ng dugo, itaas (mmHg)
cli-pregnancy-diastolic-help = Presyon ng dugo, ibaba (mmHg)
cli-pregnancy-urine-protein-help = Protina sa ihi: - ± + ++ +++ (o negative, trace, plus1, plus2, plus3)
cli-pregnancy-urine-sugar-help = Asukal sa ihi: - ± + ++ +++ (o negative, trace, plus1, plus2, plus3)
cli-pregnancy-edema-help = Pamamaga: - + ++ (o negative, plus1, plus2)
cli-pregnancy-fundal-height-help = Taas ng matris (fundal height) sa cm
cli-pregnancy-abdominal-girth-help = Sukat ng tiyan sa cm
cli-pregnancy-fetal-heart-help = Tibok ng puso ng sanggol: present, absent o not-checked
cli-pregnancy-heart-rate-help = Bilis ng tibok ng puso ng sanggol (bawat minuto)
cli-pregnancy-notes-help = Tala
cli-pregnancy-facility-help = Klinika o ospital
cli-pregnancy-vaccine-help = Id ng bakuna (hal. rsv-maternal)
cli-pregnancy-lot-help = Lot number
cli-pregnancy-findings-help = Mga natuklasan
cli-pregnancy-class-name-help = Ang pangalan ng klase
cli-pregnancy-text-help = Ang tala
cli-pregnancy-timing-help = Aling checkup: two-weeks, one-month o other
cli-pregnancy-epds-help = Kabuuang puntos ng EPDS (0 hanggang 30)
cli-pregnancy-line = #{ $id }  { $title }  takdang araw { $expected }  { $status }
cli-pregnancy-added = Naidagdag ang pagbubuntis: { $pregnancy }
cli-pregnancy-none = Wala pang pagbubuntis. Magdagdag gamit ang "hagu pregnancy add".
cli-pregnancy-record-added = Naidagdag ang tala #{ $id } ({ $title }): { $entry }
cli-pregnancy-record-edited = Binago ang tala #{ $id }: { $entry }
cli-pregnancy-record-deleted = Nabura ang tala #{ $id }. Maibabalik ito hanggang { $until } gamit ang "hagu pregnancy record restore { $id }".
cli-pregnancy-record-restored = Naibalik ang tala #{ $id }: { $entry }
cli-pregnancy-record-none = Walang tala. Magdagdag gamit ang "hagu pregnancy record add".
cli-pregnancy-no-pregnancy = Walang pagbubuntis na may id na { $id }. Tingnan ang "hagu pregnancy list --json". Walang binago.
cli-pregnancy-no-record = Walang tala ng pagbubuntis na may id na { $id }. Tingnan ang "hagu pregnancy record list". Walang binago.
cli-pregnancy-record-kind-mismatch = Ang tala #{ $id } ay talang { $kind }; baguhin ito gamit ang "hagu pregnancy record edit { $id } { $kind } …". Walang binago.
cli-pregnancy-record-is-deleted = Nabura na ang tala #{ $id }. Ibalik muna ito gamit ang "hagu pregnancy record restore { $id }". Walang binago.
cli-pregnancy-record-already-deleted = Nabura na ang tala #{ $id }. Walang binago.
cli-pregnancy-record-not-deleted = Hindi nabura ang tala #{ $id }; walang maibabalik.
cli-pregnancy-record-too-old = Nabura ang tala #{ $id } mahigit 30 araw na ang nakalipas at hindi na maibabalik.
cli-pregnancy-photo-about = Magdagdag, maglista, mag-export, magbura o magbalik ng mga larawan sa mga tala ng pagbubuntis (JPEG o PNG; inaalis ang lokasyon at iba pang detalye, gaya sa app)
cli-pregnancy-photo-not-theirs = Ang tala #{ $record } ay hindi isa sa mga tala ng { $title }. Walang na-save.
cli-pregnancy-history-none = Hindi pa nababago ang tala #{ $id }.
