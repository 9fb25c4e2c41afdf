# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Official data (portal sync): consent, sync, official records, pre-visit questionnaires

portal-category-children = Pangunahing detalye ng inyong mga anak
portal-category-vaccinations = Mga tala ng bakuna
portal-category-checkups = Resulta ng checkup sa pagbubuntis at ng bata
portal-category-certificates = Sertipiko ng tulong-medikal
portal-category-benefits = Mga aplikasyon sa benepisyo at ang kalagayan nito
portal-category-notices = Mga abiso mula sa inyong munisipyo

portal-benefit-submitted = Naisumite
portal-benefit-under-review = Sinusuri
portal-benefit-returned = Ibinalik para itama
portal-benefit-approved = Naaprubahan
portal-benefit-paid = Nabayaran na
portal-benefit-rejected = Hindi ipinagkaloob

sync-error-offline = Hindi maabot ang portal. Subukang muli kung saan may signal (gumagana pa rin ang handbook gaya ng dati).
sync-error-interrupted = Naputol ang koneksiyon. Subukang muli mamaya.
sync-error-server = May problema ang portal. Subukang muli pagkaraan ng ilang sandali.
sync-error-busy = Abala ang portal. Subukang muli pagkaraan ng ilang sandali.
sync-error-refused = Hindi tinanggap ng portal ang kahilingan.
sync-error-consent-expired = Nag-expire o binawi ang inyong pahintulot sa portal. Kumonekta muli.
sync-error-not-connected = Hindi nakakonekta sa portal.
sync-error-not-consented = Hindi kayo pumayag na ibahagi ito.
sync-error-consent-denied = Hindi ibinigay ang pahintulot sa browser.
sync-error-consent-timeout = Walang dumating na sagot mula sa browser sa takdang oras. Subukang muli.
sync-error-loopback = Hindi makapaghanda para matanggap ang pahintulot. Subukang muli.
sync-error-signature = Hindi pumasa sa signature check ang data mula sa portal at hindi tinanggap (walang na-save).
sync-error-bad-page = Mali ang anyo ng data mula sa portal at hindi tinanggap (walang na-save).
sync-error-other-account = Para sa ibang account ang data mula sa portal at hindi tinanggap (walang na-save).
sync-error-other-request = Sumagot sa ibang kahilingan ang data mula sa portal at hindi tinanggap (walang na-save).
sync-error-stale-page = Mas luma ang data mula sa portal kaysa sa mayroon na kayo at hindi tinanggap (walang na-save).
sync-error-bad-rules = Hindi pumasa sa pagsusuri ang update ng mga patakaran mula sa portal at hindi ginamit; nananatili ang iskedyul sa dating mga patakaran.
sync-error-too-large = Masyadong malaki ang data mula sa portal at hindi tinanggap (walang na-save).
sync-error-insecure = Hindi secure na koneksiyon (https) ang address ng portal, kaya hindi ito ginamit.
sync-error-no-portal = Walang portal na naka-set up para sa app na ito.
sync-error-development-key = Gumagamit ng development key ang naka-set up na portal, na hindi tinatanggap ng bersyong ito.
sync-error-bad-profile = Hindi mabasa ang settings ng portal.
sync-error-child-not-linked = Hindi pa naka-link sa portal ang batang ito. Mag-sync muna.

questionnaire-feels-well = Wala bang anumang palatandaan ng sakit ang inyong anak ngayong araw?
questionnaire-ill-last-month = Nagkasakit ba ang inyong anak sa nakaraang isang buwan?
questionnaire-vaccinated-last-month = Nabakunahan ba ang inyong anak sa nakaraang isang buwan?
questionnaire-reaction-before = Sumama na ba ang pakiramdam ng inyong anak pagkatapos ng bakuna?
questionnaire-seizures = Nagkaroon na ba ng kombulsiyon (seizure) ang inyong anak?
error-record-official = Hindi puwedeng baguhin o burahin ang mga opisyal na tala mula sa portal.
error-no-such-conflict = Naayos na ang talang ito.

## The official data screen (from the card on home)

portal-title = Opisyal na data
portal-card-title = Opisyal na data (Mynaportal / マイナポータル)
portal-card-intro = Dalhin sa handbook na ito ang opisyal na tala ng bakuna at checkup, mga sertipiko ng tulong, at kalagayan ng mga benepisyo.
portal-card-connected = Nakakonekta sa portal
portal-card-conflicts = { $count } tala ang kailangan ninyong tingnan
portal-card-open = Buksan ang opisyal na data
portal-intro = Tumanggap ng mga tala mula sa mga pampublikong serbisyo gaya ng Mynaportal. Mananatili ang isinulat ninyo sa handbook.
portal-shared-title = Ang matatanggap ninyo (masusuri ninyo ito sa pahina ng pahintulot)
portal-scope-questionnaires = Pagpapadala ng questionnaire bago ang pagbisita (kapag pinili lamang ninyong magpadala)
portal-connect = Kumonekta sa portal
portal-connect-note = Magbubukas sa inyong browser ang pahina ng pahintulot. Kapag pumayag na kayo, kusang mag-a-update ang screen na ito. Hindi kailanman humahawak ang Hagukumi ng inyong My Number.
portal-consenting-title = Pumayag sa inyong browser
portal-consenting-body = Kung walang nagbukas na browser, kopyahin ang address na ito at buksan sa inyong browser (may bisa nang 5 minuto).
portal-consenting-reopen = Buksan muli sa browser
portal-consenting-wait = Naghihintay ng inyong pahintulot…
portal-connected-to = Nakakonekta sa: { $portal }
portal-last-synced = Huling sync: { $when }
portal-never-synced = Hindi pa nagsi-sync
portal-syncing = Nagsi-sync…
portal-pending-writes = Naghihintay na maipadala: { $count }
portal-sync-now = Mag-sync ngayon
portal-synced = Na-sync
portal-disconnect = Itigil ang pagbabahagi
portal-disconnect-confirm = Itigil ang pagbabahagi sa portal? Mananatili sa handbook ang mga talang natanggap ninyo.
portal-disconnect-yes = Itigil ang pagbabahagi
portal-disconnect-no = Ituloy ang pagbabahagi
portal-disconnected = Itinigil ang pagbabahagi. Narito pa ang mga talang natanggap ninyo.
portal-offline-note = Gumagana ang handbook gaya ng dati. Darating ang iba kapag nakakonekta na kayo.

portal-conflicts-title = Mga talang kailangang tingnan
portal-conflicts-intro = Magkaiba ang petsa sa inyong tala at sa opisyal na tala. Piliin kung alin ang itatago.
portal-conflict-mine = Inyong tala: { $date }
portal-conflict-official = Opisyal na tala: { $date }
portal-keep-mine = Itago ang akin
portal-use-official = Gamitin ang opisyal
portal-resolved-kept = Itinago ang inyong tala.
portal-resolved-official = Ang opisyal na tala na ang ginagamit. Maibabalik ang inyo mula sa "kamakailang binura" sa loob ng 30 araw.

portal-certificates-title = Sertipiko ng tulong
portal-certificate-payer = Public payer number (公費負担者番号)
portal-certificate-recipient = Recipient number (受給者番号)
portal-certificate-valid = May bisa
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = Limitasyon ng co-payment
portal-copay-per-visit = ¥{ $yen } bawat pagbisita
portal-copay-monthly = ¥{ $yen } bawat buwan
portal-benefits-title = Mga aplikasyon sa benepisyo
portal-benefit-applied = Nag-aplay noong { $date }
portal-benefit-updated = Na-update noong { $date }
portal-yen = ¥{ $yen }
portal-notices-title = Mga abiso
portal-checkups-title = Checkup sa pagbubuntis at pagkapanganak (opisyal)
portal-child-checkups-title = Mga checkup (opisyal)
portal-nothing-yet = Wala pang dumating
portal-for-child = { $name }
portal-facility = Sa: { $facility }
portal-findings = Natuklasan: { $findings }
portal-blood-pressure = Presyon ng dugo { $value }
portal-epds = EPDS { $value }
portal-gestation-weeks = Ika-{ $weeks } linggo

portal-badge-official = Opisyal
portal-badge-official-hint = Opisyal na tala mula sa portal (hindi puwedeng baguhin o burahin)
portal-badge-linked = Tugma sa opisyal
portal-badge-linked-hint = Kapareho ng opisyal na tala
portal-badge-conflict = Suriin
portal-badge-conflict-hint = Iba ang petsa sa opisyal na tala; pumili sa screen ng opisyal na data

portal-consent-page-title = Tapos na
portal-consent-page-body = Puwede na ninyong isara ang pahinang ito at bumalik sa Hagukumi.

## Pre-visit questionnaire

questionnaire-title = Questionnaire bago ang pagbisita (bago magpabakuna)
questionnaire-intro = Bago ang bakuna, puwede ninyong ipadala ang questionnaire sa pamamagitan ng portal. Sa araw mismo, sundin ang tagubilin ng klinika.
questionnaire-not-linked = Kapag nakakonekta na kayo sa portal at na-sync na ang batang ito, puwede na kayong magpadala ng questionnaire.
questionnaire-date = Nakaplanong petsa
questionnaire-note = Anumang gustong sabihin sa doktor (hindi kailangan)
questionnaire-questions = Mga tanong
questionnaire-answer-all = Sagutin ang bawat tanong ng oo o hindi.
questionnaire-submit = Ipadala ang questionnaire
questionnaire-queued = Na-save ang questionnaire. Makikita sa listahan sa ibaba kung naipadala na ito.
questionnaire-list-title = Mga naipadalang questionnaire
questionnaire-entry = { $vaccine } · nakaplano { $date }
questionnaire-pending = Naghihintay na maipadala
questionnaire-sent = Naipadala
questionnaire-rejected = Hindi tinanggap
questionnaire-date-hint = Mula ngayon hanggang 90 araw
questionnaire-date-range = Maglagay ng petsa mula ngayon hanggang 90 araw.
questionnaire-temperature-range = Maglagay ng temperatura mula 34 hanggang 42 °C.

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
