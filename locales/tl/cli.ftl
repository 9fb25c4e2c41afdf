# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## hagu, the command-line tool

## Help

cli-about = Gamitin ang naka-encrypt na Handbook sa Kalusugan ng Ina at Bata ng Hagukumi mula sa command line.
cli-usage-heading = Paggamit
cli-commands-heading = Mga command
cli-options-heading = Mga opsiyon
cli-help-flag = I-print ang help na ito
cli-version-flag = I-print ang bersyon
cli-data-dir-help = Ang data folder ng handbook (default: ang sa app)
cli-init-new-help = Gumawa ng bagong handbook dito kahit nakatago pa sa keychain ang susi ng handbook na inilipat mula sa folder na ito (itatago ang susing iyon)
cli-init-about = Gawin ang naka-encrypt na handbook (o suriin kung nabubuksan ang dati nang mayroon)
cli-child-about = Magdagdag o maglista ng mga anak
cli-child-add-about = Magdagdag ng anak
cli-child-name-help = Pangalan ng bata
cli-child-birth-help = Petsa ng kapanganakan (hal. 2025-04-01)
cli-child-list-about = Ilista ang mga anak sa handbook
cli-child-list-json-help = Mag-print ng JSON array na mababasa ng makina (id, name, birth_date)
cli-verify-about = Buksan ang dati nang handbook at suriin ang encryption at integridad nito (hindi kailanman gumagawa ng bago)
cli-arguments-heading = Mga argumento
cli-record-about = Magdagdag, maglista, magbago, magbura o magbalik ng mga tala ng bata (bakuna, sukat, unang nagawa, tala, allergy, sakit, kapanganakan, checkup, checkup ng ngipin, pagsusuri ng paningin, pandinig at CMV, gamot)
cli-record-add-about = Magdagdag ng tala sa bata
cli-record-list-about = Ilista ang mga tala ng bata, pinakaluma muna
cli-record-edit-about = Baguhin ang tala. Nananatili ang halaga ng mga flag na hindi ibinigay; binubura ng walang lamang halaga ("") ang opsiyonal na halaga. Itinatago ang dating bersyon sa kasaysayan ng tala
cli-record-delete-about = Burahin ang tala (maibabalik sa loob ng 30 araw)
cli-record-restore-about = Ibalik ang talang binura sa nakaraang 30 araw
cli-record-history-about = Ipakita ang mga naunang bersyon ng tala, pinakaluma muna
cli-record-vaccination-about = Bakuna
cli-record-measurement-about = Sukat (kahit isa sa timbang, taas, sukat ng ulo at dibdib)
cli-record-milestone-about = Unang nagawa: isang bagay na nagawa ng bata (hal. unang hakbang)
cli-record-note-about = Malayang tala
cli-record-allergy-about = Allergy (hal. sa pagkain o gamot)
cli-record-illness-about = Sakit na naranasan ng bata
cli-record-child-help = Id ng bata (tingnan ang "hagu child list --json")
cli-record-id-help = Id ng tala (tingnan ang "hagu record list")
cli-record-kind-help = Mga tala lamang ng ganitong uri
cli-record-deleted-help = Isama ang mga binurang tala
cli-record-list-json-help = Mag-print ng JSON array na mababasa ng makina (format: docs/export-format.md)
cli-record-history-json-help = Mag-print ng JSON array na mababasa ng makina (record_id, change, previous, changed_at)
cli-record-date-help = Petsa (hal. 2025-04-01)
cli-record-vaccine-help = Id ng bakuna (hal. hib, pcv, mr)
cli-record-dose-help = Ikailang dosis (1 hanggang 10)
cli-record-manufacturer-help = Gumawa
cli-record-lot-help = Lot number
cli-record-facility-help = Klinika o ospital
cli-record-funding-help = Bayad: public (regular na bakuna) o self-paid
cli-record-weight-help = Timbang sa kg (hal. 6.1)
cli-record-height-help = Taas sa cm
cli-record-head-help = Sukat ng ulo sa cm
cli-record-chest-help = Sukat ng dibdib sa cm
cli-record-what-help = Ang nagawa ng bata
cli-record-note-help = Tala tungkol dito
cli-record-text-help = Ang tala
cli-record-allergy-date-help = Mula kailan (hal. 2025-04-01)
cli-record-substance-help = Ang sanhi (pagkain, gamot, …)
cli-record-reaction-help = Ang reaksiyon
cli-record-illness-help = Ang sakit
cli-export-about = I-print ang buong handbook bilang isang JSON document. HINDI ito naka-encrypt (format: docs/export-format.md)
cli-export-json-help = Bilang JSON (kailangan; ang tanging format)
cli-export-output-help = Isulat ito sa file na ito (kayo lamang ang makakabasa) sa halip na sa standard output
cli-import-about = I-restore ang JSON export sa isang walang lamang handbook (gagawin kung wala pa). Lahat o wala
cli-import-json-help = JSON export ang file (kailangan; ang tanging format)
cli-import-file-help = Ang export file, o - para sa standard input
cli-after-help =
    Environment:
      HAGUKUMI_PASSPHRASE  passphrase (kapag hindi ginagamit ang keychain ng OS)
      HAGUKUMI_LANG        wika ng mga mensahe (ja, ja-x-easy, en, zh-Hans,
                           ko, vi, pt-BR, ne, tl, id, th, es)

    Mga exit code:
      0  tagumpay
      1  ibang error (hal. hindi mabasa o masulatan ang mga file, o puno ang storage)
      2  maling paggamit ng command
      3  maling input (walang na-save), kasama rin ang hindi kilalang bata o tala, pagbura na masyadong luma para ibalik, export na hindi ma-import, passphrase na kulang sa 12 character, maling na-type na recovery code, backup na hindi mai-restore dito
      4  hindi mabuksan ang handbook (walang handbook, maling susi, hindi database ng Hagukumi, nawawalang susi, walang keychain at walang passphrase, kailangan ng passphrase, recovery code na hindi nakakabukas nito, handbook na inilipat mula sa folder na ito)
      5  isinulat ang handbook ng mas bagong bersyon ng Hagukumi
      6  sira ang handbook (hal. may nakitang problema ang verify), o sirang backup
cli-usage-error = Hindi tama ang paggamit ng command. Tingnan ang "hagu --help".

## Handbook

cli-init-created = Nagawa ang handbook: { $path }
cli-init-exists = Nandiyan na ang handbook at maayos itong nabubuksan: { $path }
cli-key-os = Nakatago ang susi sa: lalagyan ng kredensiyal ng OS (keychain)
cli-key-passphrase = Nakatago ang susi bilang: passphrase (environment variable na HAGUKUMI_PASSPHRASE)
cli-no-handbook = Walang handbook sa { $path }. Gumawa muna gamit ang "hagu init".
cli-no-data-dir = Hindi matukoy ang data folder. Magbigay nito gamit ang --data-dir.

## Children

cli-child-line = { $name }  ipinanganak { $birth }  { $age }
cli-child-added = Naidagdag ang anak: { $child }
cli-child-none = Wala pang anak. Magdagdag gamit ang "hagu child add".
cli-age-unknown = hindi alam ang edad
cli-field-error = { $field }: { $message }
cli-nothing-saved = Walang na-save.

## Verify

cli-verify-ok = Maayos ang handbook: { $path }
cli-verify-schema = Bersyon ng schema: { $version }
cli-verify-cipher = Bersyon ng SQLCipher: { $version }
cli-verify-problems = { $count } problema ang nakita sa handbook: { $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (nabura; maibabalik hanggang { $until })
cli-record-mark-gone = (nabura)
cli-datetime = { $date } { $time }
cli-record-none = Walang tala. Magdagdag gamit ang "hagu record add".
cli-record-added = Naidagdag ang tala #{ $id } para kay { $name }: { $entry }
cli-record-edited = Binago ang tala #{ $id }: { $entry }
cli-record-deleted = Nabura ang tala #{ $id }. Maibabalik ito hanggang { $until } gamit ang "hagu record restore { $id }".
cli-record-restored = Naibalik ang tala #{ $id }: { $entry }
cli-record-no-child = Walang bata na may id na { $id }. Tingnan ang "hagu child list --json". Walang binago.
cli-record-no-record = Walang tala na may id na { $id }. Tingnan ang "hagu record list". Walang binago.
cli-record-kind-mismatch = Ang tala #{ $id } ay talang { $kind }; baguhin ito gamit ang "hagu record edit { $id } { $kind } …". Walang binago.
cli-record-is-deleted = Nabura na ang tala #{ $id }. Ibalik muna ito gamit ang "hagu record restore { $id }". Walang binago.
cli-record-already-deleted = Nabura na ang tala #{ $id }. Walang binago.
cli-record-not-deleted = Hindi nabura ang tala #{ $id }; walang maibabalik.
cli-record-too-old = Nabura ang tala #{ $id } mahigit 30 araw na ang nakalipas at hindi na maibabalik.
cli-record-official = Galing sa portal ang tala #{ $id } at pambasa lamang ito.
cli-history-line = { $at }  { $change }; dati: { $entry }
cli-history-edit = binago
cli-history-delete = binura
cli-history-restore = ibinalik
cli-history-none = Hindi pa nababago ang tala #{ $id }.

## Photos on records

cli-photo-about = Magdagdag, maglista, mag-export, magbura o magbalik ng mga larawan sa mga tala ng bata (JPEG o PNG; inaalis ang lokasyon at iba pang detalye, gaya sa app)
cli-photo-add-about = Magdagdag ng larawan sa tala (JPEG o PNG, hanggang 8 MB, hanggang 10 bawat tala). Inaalis ang lokasyon, camera at iba pang detalye bago i-save
cli-photo-list-about = Ilista ang mga larawan (id, tala, uri, laki, kailan idinagdag): ng lahat ng tala, o ng isang tala
cli-photo-export-about = Isulat sa file ang larawan gaya ng pagkakatago nito sa handbook
cli-photo-delete-about = Burahin ang larawan (maibabalik sa loob ng 30 araw)
cli-photo-restore-about = Ibalik ang larawang binura sa nakaraang 30 araw
cli-photo-file-help = Ang file ng larawan (JPEG o PNG)
cli-photo-output-help = Ang file na susulatan ("-": standard output). Papalitan ang dati nang file
cli-photo-id-help = Id ng larawan (tingnan ang "{ $command } list")
cli-photo-list-record-help = Mga larawan lamang ng talang ito
cli-photo-list-deleted-help = Isama ang mga binurang larawan
cli-photo-list-json-help = Mag-print ng JSON array na mababasa ng makina (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = Idinagdag ang larawan #{ $id } sa tala #{ $record } ({ $mime }, { $size } byte). Inalis ang lokasyon at iba pang detalye.
cli-photo-line = #{ $id }  tala #{ $record }  { $mime }  { $size } byte  idinagdag { $at }
cli-photo-none = Walang larawan. Magdagdag gamit ang "{ $command } add".
cli-photo-exported = Naisulat ang larawan #{ $id } ({ $mime }, { $size } byte) sa { $path }
cli-photo-deleted = Nabura ang larawan #{ $id }. Hanggang { $until }, maibabalik ito gamit ang "{ $command } restore { $id }".
cli-photo-restored = Naibalik ang larawan #{ $id } sa tala #{ $record }.
cli-photo-already-deleted = Nabura na ang larawan #{ $id }. Walang binago.
cli-photo-not-deleted = Hindi nabura ang larawan #{ $id }, kaya walang maibabalik.
cli-photo-too-old = Nabura ang larawan #{ $id } mahigit 30 araw na ang nakalipas at hindi na maibabalik.
cli-photo-is-deleted = Nabura na ang larawan #{ $id }. Ibalik muna ito gamit ang "{ $command } restore { $id }". Walang isinulat.
cli-photo-no-photo = Walang larawan na may id na { $id }. Tingnan ang "{ $command } list". Walang binago.
cli-photo-not-theirs = Ang tala #{ $record } ay hindi isa sa mga tala ni { $name }. Walang na-save.
cli-photo-cannot-read = Hindi mabasa ang { $path }: { $detail }

## Export and import

cli-export-plaintext = Babala: HINDI naka-encrypt ang export. Mababasa ng sinumang may access dito ang buong handbook; itago ito nang ligtas at burahin kapag hindi na kailangan.
cli-export-written = Naisulat ang export sa { $path }
cli-export-cannot-write = Hindi masulatan ang { $path }: { $detail }
cli-import-cannot-read = Hindi mabasa ang { $path }: { $detail }
cli-import-too-large = Masyadong malaki ang { $path } (ang limitasyon ay { $limit } MB). Hindi kailanman ganoon kalaki ang export ng Hagukumi; suriin kung ito ang tamang file.
cli-import-not-json = Hindi ito JSON document: { $detail }
cli-import-not-an-export = Hindi ito export ng Hagukumi (ang "format" nito ay hindi "hagukumi-export").
cli-import-version = Format version { $version } ang export na ito; version { $supported } ang nababasa ng bersyong ito ng hagu. Paki-update ang Hagukumi.
cli-import-invalid = Hindi tugma-tugma o sira ang export: { $detail }
cli-import-not-empty = May data na ang handbook sa { $path }. Sa walang lamang handbook lamang maaaring mag-import ng export (hal. bagong --data-dir).
cli-import-nothing = Walang na-import.
cli-import-done = Na-import sa { $path }: { $children } anak, { $pregnancies } pagbubuntis, { $records } tala
cli-import-unverified = { $count } opisyal na item ang hindi ma-verify ang signature at pumasok bilang sarili ninyong tala (puwedeng i-edit at burahin; dadalhin muli ng susunod na sync ang mga ito mula sa portal).
cli-import-reference-portal-help = Suriin din ang opisyal na data laban sa development key ng reference portal (para sa demo at test)

## hagu schedule / hagu summary

cli-schedule-about = Ipakita kung kailan nakatakda ang mga bakuna at checkup (text, JSON o ICS calendar)
cli-schedule-child-help = Ang batang ito lamang (default: lahat ng anak)
cli-schedule-as-of-help = Magplano na parang ngayon ang araw na ito (hal. 2026-12-01)
cli-schedule-json-help = Mag-print ng JSON (format: docs/cli-schedule.md)
cli-schedule-ics-help = Mag-print ng iCalendar (.ics) file para sa calendar ng phone
cli-schedule-person = { $name }
cli-summary-about = Isulat ang buod para sa klinika (isang HTML page)
cli-summary-child-help = Ang bata na para sa kanya ang buod (ID)
cli-summary-output-help = Isulat sa file na ito sa halip na sa standard output
cli-summary-written = Naisulat ang buod para sa klinika (hindi naka-encrypt ang file; ingatan ito).

## hagu sync
cli-sync-about = Dalhin sa handbook ang opisyal na tala mula sa portal (tulad ng Mynaportal). Kapag walang subcommand: mag-sync ngayon
cli-sync-portal-help = Address ng portal (default: ang nakakonektang portal)
cli-sync-reference-portal-help = Gamitin ang reference portal (development key, SAMPLE na data), para sa demo at test
cli-sync-reference-hint = Para gamitin ang reference portal (development key, SAMPLE na data), idagdag ang --reference-portal.
cli-sync-page-limit-help = Bilang ng item bawat request (1–200)
cli-sync-json-help = Mag-print ng JSON na mababasa ng makina
cli-sync-connect-about = Kumonekta sa portal (buksan sa browser ang na-print na address at pumayag doon)
cli-sync-timeout-help = Ilang segundo hihintayin ang pahintulot sa browser
cli-sync-status-about = Ipakita ang kalagayan ng sync (huling sync, naghihintay na ipadala, mga talang susuriin)
cli-sync-official-about = Ilista ang mga opisyal na talang natanggap mula sa portal
cli-sync-child-help = Numero ng bata
cli-sync-resolve-about = Kapag hindi tugma ang tala ng portal sa sarili ninyong tala, piliin kung alin ang itatago
cli-sync-resolve-id-help = Id ng tala ng portal (ipinapakita ng "hagu sync official")
cli-sync-keep-mine-help = Itago ang sarili ninyong tala
cli-sync-use-official-help = Gamitin ang tala ng portal (mabubura ang inyo at maibabalik sa loob ng 30 araw)
cli-sync-questionnaire-about = Ipila ang questionnaire bago ang bakuna (ipapadala sa susunod na sync)
cli-sync-vaccine-help = Id ng bakuna (hal. mr)
cli-sync-date-help = Nakaplanong petsa ng bakuna
cli-sync-temperature-help = Temperatura (°C)
cli-sync-answer-help = Sagot sa tanong (hal. feels-well=yes). Sagutin ang bawat tanong
cli-sync-note-help = Anumang gustong sabihin sa doktor
cli-sync-disconnect-about = Idiskonekta sa portal at bawiin ang pahintulot (mananatili ang mga natanggap na tala)
cli-sync-open-this = Buksan ang address na ito sa browser at pumayag sa gusto ninyong ibahagi:
cli-sync-browser-done = Nakakonekta na ang Hagukumi. Puwede na ninyong isara ang pahinang ito at bumalik sa terminal.
cli-sync-connected = Nakakonekta sa { $portal } (ibinabahagi: { $scopes }). Patakbuhin ang "hagu sync" para dalhin ang mga tala.
cli-sync-scope-questionnaires = Pagpapadala ng questionnaire
cli-sync-done = Na-sync: { $added } bagong tala, { $linked } tugma sa inyo, { $conflicts } susuriin, { $updated } na-update, { $unchanged } kategoryang walang pagbabago, { $sent } naipadala
cli-sync-conflicts-waiting = { $count } opisyal na tala ang hindi tugma sa inyo. Tingnan ang mga ito gamit ang "hagu sync official" at magpasya gamit ang "hagu sync resolve".
cli-sync-connect-hint = Kumonekta muna gamit ang "hagu sync connect --portal URL".
cli-sync-never = hindi pa
cli-sync-status-line = Portal: { $portal }  Huling sync: { $last }  Naghihintay na ipadala: { $pending }  Susuriin: { $conflicts }
cli-sync-last-error = Huling sync: { $error }
cli-sync-no-official = Wala pang tala mula sa portal.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } ika-{ $dose } dosis
cli-sync-item-checkup = Checkup ({ $kind })
cli-sync-item-certificate = { $name } (payer { $payer }, recipient { $recipient }, hanggang { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = idinagdag bilang opisyal na tala
cli-sync-state-linked = tugma sa sarili ninyong tala
cli-sync-state-conflict = susuriin
cli-sync-state-kept-mine = itinago ninyo ang sarili ninyong tala
cli-sync-state-info = para sa sanggunian
cli-sync-no-conflict = Walang talang { $id } na susuriin. Walang binago.
cli-sync-questions = Mga id ng tanong: { $ids }
cli-sync-queued = Naghihintay na maipadala ang questionnaire (#{ $id }). Ipapadala ito sa susunod na sync.
cli-sync-disconnected = Nadiskonekta sa portal at binawi ang pahintulot. Mananatili sa handbook ang mga natanggap na tala.

## Recovery code and backups

cli-recovery-code-about = Ipakita muli ang recovery code ng handbook (binubuksan nito ang handbook sa anumang device)
cli-recover-about = Buksan ang handbook gamit ang recovery code nito kapag nawala ang susi, at itago ang susi nito sa lalagyan ng kredensiyal ng device na ito (o, kapag nakatakda ang HAGUKUMI_PASSPHRASE, protektahan ito ng bagong passphrase na iyon)
cli-backup-about = Sumulat ng naka-encrypt na backup ng buong handbook sa isang file (selyado ng recovery code)
cli-backup-output-help = Isulat ang backup sa file na ito (default: hagukumi-DATE-TIME.hagukumi-backup sa kasalukuyang folder)
cli-restore-about = I-restore ang handbook mula sa backup file (buong sinusuri bago may palitan)
cli-restore-file-help = Ang backup file (.hagukumi-backup)
cli-recovery-code-flag-help = Ang recovery code (kung wala, hihilingin sa inyong i-type ito)
cli-recovery-code-line = Recovery code: { $code }
cli-recovery-code-advice = Isulat ang code na ito at itago sa ligtas na lugar, malayo sa device na ito. Sa pamamagitan nito, at nito lamang, mabubuksan ang inyong handbook sa bagong phone o computer, o pagkatapos mawala ang susi.
cli-recovery-code-new = May recovery code na ang handbook na ito. Isang beses lamang itong ipinapakita rito (tingnan muli gamit ang "hagu recovery-code").
cli-recovery-code-prompt = Recovery code:
cli-recovery-code-required = Ibigay ang recovery code gamit ang --recovery-code CODE (walang terminal para i-type ito). Walang binago.
cli-recover-done = Nabubuksan na muli ang handbook: { $path }. Nakatago na ang susi nito sa lalagyan ng kredensiyal ng device na ito.
cli-recover-done-passphrase = Nabubuksan na muli ang handbook: { $path }. Mula ngayon, nabubuksan ito gamit ang bagong passphrase sa HAGUKUMI_PASSPHRASE (hindi na gumagana ang luma).
cli-backup-written = Naisulat ang naka-encrypt na backup: { $path } ({ $size } byte). Mabubuksan lamang ito gamit ang recovery code.
cli-restore-done = Na-restore ang handbook mula sa backup noong { $created }: { $path }
cli-hint-init-new = Para magsimula ng bagong handbook dito: hagu init --new
cli-hint-recover = Gamit ang inyong recovery code: hagu recover
cli-hint-restore = Para mag-restore ng backup: hagu restore FILE
cli-hint-open-moved = Para buksan ito kung nasaan ito ngayon: hagu --data-dir FOLDER …
