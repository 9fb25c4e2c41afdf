# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = Handbook sa Kalusugan ng Ina at Bata
app-loading = Naglo-load…

## Dates and ages

date = { $monthName } { $day }, { $year }
month-1 = Ene
month-2 = Peb
month-3 = Mar
month-4 = Abr
month-5 = May
month-6 = Hun
month-7 = Hul
month-8 = Ago
month-9 = Set
month-10 = Okt
month-11 = Nob
month-12 = Dis
age = { $years } taon { $months } buwan { $days } araw
gestational-age = { $weeks } linggo { $days } araw ng pagbubuntis

## Home

home-children = Mga anak
home-pregnancies = Pagbubuntis
home-empty = Wala pang nakarehistro. Magdagdag ng anak o pagbubuntis gamit ang mga form sa ibaba.
child-born = Ipinanganak noong { $date }
child-age-label = Edad
pregnancy-untitled = Sanggol sa sinapupunan
pregnancy-expected = Takdang araw ng panganganak: { $date }
pregnancy-days-left = { $days } araw pa bago ang takdang araw
pregnancy-due-today = Ngayon ang takdang araw ng panganganak
pregnancy-past-due = { $days } araw na lampas sa takdang araw
pregnancy-not-started = Hindi pa nagsisimula ang panahon ng pagbubuntis

## Forms

form-child-title = Magdagdag ng anak
form-child-name = Pangalan
form-child-name-placeholder = hal. Hanako
form-child-birth = Petsa ng kapanganakan
form-pregnancy-title = Magdagdag ng pagbubuntis
form-pregnancy-label = Palayaw (hindi kailangan)
form-pregnancy-label-placeholder = hal. Pangalawang anak
form-pregnancy-expected = Takdang araw ng panganganak
form-date-placeholder = hal. 2025-04-01
form-date-hint = Taon-buwan-araw (puwede rin ang 2025/4/1)
form-submit-child = Idagdag ang anak
form-submit-pregnancy = Idagdag ang pagbubuntis
form-saving = Sine-save…
form-saved-child = Naidagdag si { $name }
form-saved-pregnancy = Naidagdag ang pagbubuntis


## A child's screen and records

child-back = ‹ Home
child-records = Mga tala
child-no-records = Wala pang tala. Gamitin ang form sa ibaba para itala ang sukat o bakuna.
child-deleted = Kamakailang binura ({ $count }; maibabalik sa loob ng 30 araw)
record-add-title = Magdagdag ng tala
record-submit = I-save ang tala
record-saved = Naitala ang { $kind }
record-delete = Burahin
record-deleted = Nabura ang tala.
record-undo = Ibalik
records-more = Ipakita ang mas lumang mga tala
record-edit = I-edit
record-edit-title = I-edit ang tala
record-edit-submit = I-save ang mga pagbabago
record-edit-cancel = Itigil ang pag-edit
record-edited = Binago ang { $kind }
record-history = Kasaysayan
record-history-title = Mga naunang bersyon
record-history-empty = Wala pang pagbabago
record-history-loading = Naglo-load…
record-change-edit = Binago
record-change-delete = Binura
record-change-restore = Ibinalik
record-history-before = Dati: { $summary }
record-restored = Naibalik ang tala
record-kind-measurement = Sukat
record-kind-vaccination = Bakuna
record-kind-milestone = Unang nagawa
record-kind-note = Tala
record-kind-allergy = Allergy
record-kind-illness = Sakit
record-allergy-substance = Sanhi (pagkain, gamot, atbp.)
record-allergy-reaction = Reaksiyon (hindi kailangan)
record-illness-name = Pangalan ng sakit
record-before = { $date } { $summary }
record-dose = ika-{ $dose } dosis
record-lot = lot { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } ika-{ $dose } dosis
record-line-weight = timbang { $value } kg
record-line-height = taas { $value } cm
record-line-head = ulo { $value } cm
record-line-chest = dibdib { $value } cm
record-line-separator = {", "}
form-choose = Pumili…
funding-public = Regular na bakuna (libre, pondo ng gobyerno)
funding-self-paid = Boluntaryong bakuna (sariling gastos)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = Timbang
field-height-short = Taas
field-head-circumference-short = Ulo
field-chest-circumference-short = Dibdib

## Clinic summary

summary-title = Buod para sa klinika: { $name }
summary-as-of = noong { $date }
summary-allergies = Mga allergy
summary-measurements = Pinakabagong sukat
summary-next-due = Susunod na nakatakda
summary-vaccinations = Mga bakuna
summary-illnesses = Mga naging sakit
summary-none-recorded = Walang naitala
summary-nothing-due = Walang nakatakda
summary-rules = Kinalkula gamit ang bersyon { $version } ng mga patakaran (noong { $as_of }{ $builtin ->
    [yes] , kasama sa app
   *[no] , natanggap bilang update
})
summary-since = mula { $date }
summary-print = I-print
summary-open = Buod para sa klinika

## Settings

language-label = Wika
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (hindi pa nasusuri ang salin)
language-unreviewed-group = hindi pa nasusuri ang salin
language-more = Iba pang wika

## Field names

field-name = Pangalan
field-birth-date = Petsa ng kapanganakan
field-label = Palayaw
field-expected-date = Takdang araw ng panganganak
field-date = Petsa
field-vaccine = Bakuna
field-dose = Dosis
field-manufacturer = Gumawa
field-lot = Lot number
field-facility = Klinika o ospital
field-funding = Bayad
field-weight = Timbang (kg)
field-height = Taas (cm)
field-head-circumference = Sukat ng ulo (cm)
field-chest-circumference = Sukat ng dibdib (cm)
field-measurements = Mga sukat
field-sex = Kasarian
sex-unset = Hindi sinabi
field-what = Ang nagawa ng bata
field-text = Tala
field-expected-date-method = Paano itinakda ang takdang araw
field-systolic = Presyon ng dugo (itaas)
field-diastolic = Presyon ng dugo (ibaba)
field-urine-protein = Protina sa ihi
field-urine-sugar = Asukal sa ihi
field-edema = Pamamaga (edema)
field-fundal-height = Taas ng matris (fundal height, cm)
field-abdominal-girth = Sukat ng tiyan (cm)
field-fetal-heart = Tibok ng puso ng sanggol
field-fetal-heart-rate = Bilis ng tibok (bawat minuto)
field-findings = Mga natuklasan
field-class-name = Pangalan ng klase
field-checkup-timing = Aling checkup
field-epds = EPDS (kabuuang puntos)
field-time = Oras ng kapanganakan
field-gestation-weeks = Linggo ng pagbubuntis nang ipanganak
field-gestation-days = Araw (pagkatapos ng mga linggo)
field-delivery = Paraan ng panganganak
field-birth-weight = Timbang nang ipanganak (g)
field-apgar-1min = Apgar (1 minuto)
field-apgar-5min = Apgar (5 minuto)
field-complications = Komplikasyon o lunas
field-checkup = Checkup
field-answers = Checklist ng magulang
field-teeth = Bilang ng ngipin
field-caries = Bulok na ngipin
field-fluoride = Nilagyan ng fluoride
field-screening-test = Screening
field-screening-result = Resulta
field-end-date = Huling araw
field-medicine = Gamot
field-instructions = Dosis at paraan ng pag-inom

## Input errors

error-invalid-input = Pakisuri ang inilagay ninyo.
error-required = Pakilagyan ito
error-too-long = Hanggang { $max } character lamang
error-control-characters = May mga character dito na hindi puwedeng gamitin
error-malformed-date = Isulat ang petsa nang ganito: 2025-04-01
error-birth-in-future = Hindi puwedeng nasa hinaharap ang petsa ng kapanganakan
error-birth-before-1900 = Maglagay ng petsa mula Enero 1, 1900
error-expected-too-far = Mahigit 280 araw mula ngayon ang takdang araw
error-expected-long-past = Mahigit 4 na linggo na ang nakalipas mula sa takdang araw. Ang sanggol na ipinanganak na ay idagdag sa "Magdagdag ng anak"
error-date-in-future = Hindi puwedeng nasa hinaharap ang petsa.
error-date-before-birth = Bago ipinanganak ang bata ang petsang ito.
error-malformed-number = Maglagay ng numero (hal. 3.25).
error-out-of-range = Wala sa makatwirang saklaw ang halagang ito. Pakisuri ang unit (kg, cm).
error-no-measurement = Maglagay ng kahit isa: timbang, taas, sukat ng ulo o ng dibdib.
error-unknown-choice = Pumili ng isa sa mga opsiyon.
error-blood-pressure-order = Dapat mas mababa ang presyon sa ibaba kaysa sa itaas. Pakisuri kung napagpalit ang dalawa.
error-date-before-pregnancy = Bago nagsimula ang pagbubuntis ang petsang ito. Pakisuri ang petsa o ang takdang araw.
error-heart-rate-without-heartbeat = Ilagay lang ang bilis ng tibok kapag narinig ang tibok ng puso.
error-malformed-time = Isulat ang oras nang ganito: 14:05
error-not-the-birth-date = Gamitin ang petsa ng kapanganakan ng bata.
error-not-in-checklist = May sagot na hindi para sa tanong ng checkup na ito.
error-answered-twice = Dalawang beses sinagot ang iisang tanong.
error-more-than-teeth = Mas marami ang bulok na ngipin kaysa sa bilang ng ngipin.
error-end-before-start = Bago ito ng unang araw.

## When the handbook cannot be opened

error-store-cannot-open = Hindi mabuksan ang handbook: mali ang susi (key), o hindi ito database ng Hagukumi. Hindi binago ang file.
error-store-no-key = Walang magagamit na lalagyan ng susi (keychain ng OS). Maglagay ng passphrase sa environment variable na HAGUKUMI_PASSPHRASE at buksan muli.
error-store-passphrase = Protektado ng passphrase ang handbook na ito. Ilagay ito sa environment variable na HAGUKUMI_PASSPHRASE at buksan muli.
error-store-keystore = Nagka-error ang lalagyan ng kredensiyal ng OS (keychain): { $detail }
error-store-key-missing = Nawawala ang susi ng handbook na ito. Buksan ito gamit ang parehong user at keychain na gumawa nito, o buksan gamit ang inyong recovery code.
error-store-newer = Ginawa ang handbook na ito ng mas bagong bersyon ng Hagukumi. Paki-update ang app.
error-store-io = Hindi mabasa o masulatan ang mga file ng handbook: { $detail }
error-store-corrupt = Sira ang data ng handbook: { $detail }
error-store-full = Puno na ang storage ng device kaya hindi ito na-save. Walang na-save: hindi nagbago ang handbook. Magbakante ng espasyo (burahin ang mga larawan, video o app na hindi na kailangan) at subukang muli.
error-recovery-code-length = Ang recovery code ay may 28 titik at numero, sa 7 grupo na tig-4. Pakisuri kung na-type ang bawat grupo.
error-recovery-code-character = Ang recovery code ay may mga titik A–Z lamang (walang I, L, O, U) at mga numero 0–9. Pakisuri ang mga na-type ninyo.
error-recovery-code-checksum = May mali sa pag-type ng recovery code: hindi tugma ang huling grupo sa iba. Ihambing ang bawat grupo sa inyong recovery sheet.
error-store-handbook-elsewhere = Dati ay may handbook sa folder na ito at nakatago pa ang susi nito: inilipat ito o pinalitan ang pangalan. Walang ginawang bago. Buksan ang handbook kung nasaan ito ngayon, o ibalik dito ang folder nito. Kung sinadya ninyong burahin ito, puwede kayong gumawa ng bagong handbook dito.
error-store-passphrase-short = Masyadong maikli ang passphrase: gumamit ng hindi bababa sa 12 character (madaling tandaan ang ilang salitang walang kaugnayan sa isa't isa). Walang ginawang handbook.
error-store-in-use = Nakabukas sa app ang handbook na ito. Isara ang app, saka subukang muli. Walang binago.
error-recovery-wrong-code = Hindi nabubuksan ng recovery code na ito ang handbook na ito. Ihambing ito sa inyong recovery sheet at subukang muli. Walang binago.
error-recovery-no-file = Wala sa tabi ng handbook ang recovery file (hagukumi.recovery). Kopyahin itong muli mula sa pinagmulan ng folder ng handbook, o i-restore mula sa backup.
error-recovery-other-handbook = Ang recovery file sa tabi ng handbook ay para sa ibang handbook. Kopyahin muli ang buong folder ng handbook, o i-restore mula sa backup.
error-recovery-format = Sira ang recovery file o wala ito sa format ng Hagukumi. I-restore na lang mula sa backup.
error-backup-not-a-backup = Hindi backup ng Hagukumi ang file na ito. Pumili ng file na nagtatapos sa .hagukumi-backup ang pangalan. Walang binago.
error-backup-version = Ginawa ang backup na ito ng ibang bersyon ng Hagukumi. Paki-update ang app, saka subukang muli. Walang binago.
error-backup-damaged = Sira o kulang ang backup file. Walang binago. Subukan ang ibang backup file, o kopyahin muli ang file na ito.
error-backup-wrong-code = Hindi nabubuksan ng recovery code na ito ang backup na ito. Ihambing ito sa recovery sheet ng handbook na na-back up. Walang binago.
error-backup-other-handbook = Ang backup na ito ay ng ibang handbook, hindi ng nasa folder na ito. Walang binago. I-restore ito sa isang walang lamang folder.
error-backup-no-code = Wala pang recovery code ang handbook na ito. Buksan ito nang isang beses (magkakaroon ito ng code), saka i-back up muli.
error-backup-would-replace-other-file = May file na roon na hindi backup ng Hagukumi. Hinayaan ito at walang isinulat. Pumili ng ibang pangalan ng file o ibang lugar.
error-backup-inside-handbook-folder = Hindi puwedeng i-save ang backup sa loob mismo ng folder ng handbook (maaari nitong palitan ang handbook, o mawala kasama nito). Walang isinulat. Pumili ng ibang folder, gaya ng external drive o cloud folder.
error-backup-folder-missing = Wala ang folder para sa awtomatikong backup (baka hindi nakakonekta ang external drive o cloud folder). Ikonekta itong muli, o pumili ng ibang folder sa screen ng backup. Hanggang doon, walang awtomatikong backup na mase-save.
error-no-such-child = Hindi nakita ang batang ito.
error-no-such-record = Hindi nakita ang talang ito.
error-cannot-restore = Nabura ito mahigit 30 araw na ang nakalipas at hindi na maibabalik.
error-birth-already-recorded = May tala na ng kapanganakan ang batang ito (isa bawat bata). Para isulat muli, burahin muna ang talang iyon, saka idagdag ang bago.
photo-count = Mga larawan ({ $count })
photo-add = Magdagdag ng larawan
photo-delete = Burahin ang larawan
photo-deleted = Nabura (maibabalik sa loob ng 30 araw)
photo-alt = Larawan ng tala
photo-privacy = Inaalis ang lokasyon at iba pang detalye; itinatago ang larawan sa loob ng naka-encrypt na handbook.
error-photo-format = JPEG o PNG na larawan lamang ang puwedeng idagdag.
error-photo-malformed = Sira o kulang ang file ng larawan.
error-photo-too-large = Masyadong malaki ang larawan (hanggang 8 MB).
error-photo-too-many = Hindi na puwedeng magdagdag ng larawan sa talang ito (hanggang 10).
error-photo-too-many-pixels = Masyadong marami ang pixel ng larawan (hanggang 64 megapixel). I-share o i-save ito sa mas maliit na laki mula sa inyong phone, saka idagdag muli.
error-no-such-photo = Hindi nakita ang larawang ito.
error-photo-cannot-restore = Nabura ang larawang ito mahigit 30 araw na ang nakalipas at hindi na maibabalik.
error-internal = May hindi inaasahang nangyaring mali: { $detail }
error-retry-hint = Kung hindi ito maayos ng pag-restart ng app, i-back up ang data folder at makipag-ugnayan sa support.

## The schedule on screen

schedule-next-title = Susunod para sa inyong pamilya
schedule-plan-title = Mga bakuna at checkup
schedule-none = Wala pang nakatakda sa ngayon.
schedule-month = { $month }/{ $year }
schedule-why = Detalye
schedule-closing-soon = Malapit nang matapos ang panahong libre (pondo ng gobyerno).
schedule-record-given = Naibigay na
schedule-record-save = I-save
schedule-record-cancel = Kanselahin
schedule-status-done = Tapos na
schedule-status-due-now = Ngayon
schedule-status-upcoming = Paparating
schedule-status-overdue = Huli na
schedule-status-missed = Hindi na libre
schedule-status-not-eligible = Hindi kwalipikado
schedule-status-funded-window-missed = Lampas na sa panahong libre (boluntaryo na, sariling gastos)
schedule-when-done = natapos noong { $date }
schedule-when-due = puwede nang ibigay ngayon
schedule-when-due-by = puwede nang ibigay ngayon (karaniwan: hanggang { $date })
schedule-when-from = mula { $date }
schedule-when-overdue = lampas na sa karaniwang panahon; mas mabuting ibigay agad
schedule-when-overdue-funded = lampas na sa karaniwang panahon (libre hanggang { $date })
ics-calendar-name = Mga bakuna at checkup sa Hagukumi

## Reminders (local notifications) and their settings
field-days-before-open = Ilang araw bago magbukas ang panahon para magpaalala
field-days-before-close = Ilang araw bago matapos ang libreng panahon para magpaalala
field-temperature = Temperatura (°C)
error-days-out-of-range = Maglagay ng bilang ng araw mula 0 hanggang 60
field-program = Programa
field-benefit-state = Kalagayan
field-deadline = Deadline
field-payment-date = Susunod na petsa ng bayad
field-payment-amount = Susunod na bayad (yen)
field-guardian = Pangalan ng tagapag-alaga (guardian)
field-children = Mga anak na iaaplay
error-individual-number = Hindi puwedeng ilagay ang 12-digit na numero gaya ng My Number. Hindi kailanman humahawak ang Hagukumi ng My Number; pakibura ang numero
field-stars = Rating (bituin)
error-stars-out-of-range = Ang rating ay 1 hanggang 5 bituin (o wala)
reminder-opening-title = Malapit na ang { $item }
reminder-opening-body = Puwede nang tumanggap si { $who } ng { $item } mula { $date }. Kapag maginhawa sa inyo, maaari na kayong magpa-book ng pagbisita.
reminder-closing-title = Malapit nang matapos ang libreng { $item }
reminder-closing-body = Libre ang { $item } para kay { $who } hanggang { $date } ({ $days } araw na lang). Kung hindi pa tapos, maaari kayong magtanong sa inyong klinika.
reminder-digest-title = Ngayong buwan para sa inyong pamilya
reminder-digest-body = { $count } ang nakatakda ngayong buwan.
reminder-digest-line = { $who }: { $item } (bandang { $date })
reminder-settings-title = Mga paalala
reminder-settings-open = Ilang araw bago magbukas ang panahon para magpaalala
reminder-settings-close = Ilang araw bago matapos ang libreng panahon para magpaalala
reminder-settings-note = Mula 0 hanggang 60 araw. Tuwing ika-1 ng buwan, matatanggap din ninyo ang nakatakda para sa pamilya sa buwang iyon.
reminder-settings-save = I-save
reminder-settings-saved = Na-save
