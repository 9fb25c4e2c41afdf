# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Child checkups, birth, dental, screening, medicines
# The checklist questions translate the handbook's (省令様式) questions.

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Kapanganakan
record-kind-checkup = Checkup
record-kind-dental = Checkup ng ngipin
record-kind-screening = Pagsusuri ng paningin, pandinig o CMV
record-kind-medicine = Gamot

## Checkups (ChildCheckup::message_id)

checkup-w2 = Bandang 2 linggo (checklist ng magulang)
checkup-m1 = Checkup sa 1 buwan
checkup-m2 = Bandang 2 buwan (checklist ng magulang)
checkup-m3-4 = Checkup sa 3–6 na buwan
checkup-m6-7 = Checkup sa 6–7 buwan
checkup-m9-10 = Checkup sa 9–11 buwan
checkup-y1 = Bandang 1 taon (checklist ng magulang)
checkup-y1-6 = Checkup sa 1 taon at 6 na buwan
checkup-y2 = Bandang 2 taon (checklist ng magulang)
checkup-y3 = Checkup sa 3 taon
checkup-y4 = Bandang 4 na taon (checklist ng magulang)
checkup-y5 = Checkup sa 5 taon
checkup-y6 = Bandang 6 na taon (checklist ng magulang)

## Pages of the parent's checklist (FormPage::page_message_id)

checklist-page-w2 = bandang 2 linggo
checklist-page-m1 = bandang 1 buwan
checklist-page-m2 = bandang 2 buwan
checklist-page-m3-4 = bandang 3–4 na buwan
checklist-page-m6-7 = bandang 6–7 buwan
checklist-page-m9-10 = bandang 9–10 buwan
checklist-page-y1 = bandang 1 taon
checklist-page-y1-6 = bandang 1 taon at 6 na buwan
checklist-page-y2 = bandang 2 taon
checklist-page-y3 = bandang 3 taon
checklist-page-y4 = bandang 4 na taon
checklist-page-y5 = bandang 5 taon
checklist-page-y6 = bandang 6 na taon

## Type of delivery (Delivery::message_id)

delivery-vaginal = Normal (vaginal)
delivery-cesarean = Caesarean section
delivery-vacuum = Vacuum
delivery-forceps = Forceps
delivery-other = Iba pa

## Screenings (ScreeningTest, ScreeningResult)

screening-vision = Pagsusuri ng paningin
screening-hearing = Pagsusuri ng pandinig
screening-newborn-hearing = Hearing screening ng bagong silang
screening-congenital-cmv = Pagsusuri sa congenital cytomegalovirus (CMV)
screening-result-pass = Pasado (pass)
screening-result-refer = Refer (kailangang suriin muli)
screening-result-not-done = Hindi ginawa
screening-result-negative = Negatibo
screening-result-positive = Positibo

## Forms

record-birth-date = Petsa ng kapanganakan: { $date }
record-checklist-title = Checklist ng magulang ({ $page })
record-checklist-none = Hindi nakalista ang mga tanong ng pahinang ito: walang maabot na sanggunian para suriin ang mga ito. Puwede pa ring itala ang mga sukat at natuklasan.
record-checklist-hint = Piliin ang angkop na sagot. Puwedeng hindi sagutin ang kahit anong tanong.
record-answer-yes = Oo
record-answer-no = Hindi
record-answer-when = Kailan (kung alam)
record-medicine-start = Unang araw
record-screening-note = Tala (hindi kailangan)

## Summaries in the list

record-gestation = Ipinanganak sa { $weeks } linggo { $days } araw
record-born-at = nang { $time }
record-birth-weight = Timbang nang ipanganak { $value } g
record-apgar = Apgar { $one }/{ $five }
record-answered = Checklist: { $count } nasagot
record-teeth = { $count } ngipin
record-caries = { $count } bulok
record-fluoride-yes = Nilagyan ng fluoride
record-fluoride-no = Walang fluoride
record-until = hanggang { $date }

## The parent's checklist questions (message of checklists-jp.json)

checklist-w2-weak = Sa tingin ba ninyo ay mahina ang iyak ng inyong sanggol, o ang lakas niya sa pagdede?
checklist-sleeps-on-back = Kapag pinapatulog ninyo ang sanggol, nakahiga ba siya nang nakatihaya?
checklist-child-seat = Kapag nakasakay sa kotse, gumagamit ba kayo ng child car seat?
checklist-own-sleep = Kayo bang magulang ay may problema sa sarili ninyong tulog?
checklist-someone-to-ask = May tao ba kayong madaling makausap tungkol sa pag-aalaga ng anak?
checklist-m1-moves-limbs = Kapag walang damit, masigla bang iginagalaw ng sanggol ang mga braso at binti?
checklist-feeds-well = Maayos bang dumede ang inyong sanggol?
checklist-m1-startles = Kapag may malakas na ingay, nagugulat ba ang sanggol at iniuunat ang mga braso at binti, o umiiyak?
checklist-m1-navel-dry = Tuyo na ba ang pusod?
checklist-m2-follows-with-eyes = Sinusundan ba ng mata ng sanggol ang mga bagay na gumagalaw?
checklist-m3-4-head-steady = Kailan naging matatag ang leeg (ulo) ng sanggol?
checklist-m3-4-smiles = Madalas bang ngumiti ang sanggol kapag nilalaro ninyo?
checklist-m3-4-eyes = Nag-aalala ba kayo na parang kakaiba ang tingin o galaw ng mata ng sanggol?
checklist-m3-4-turns-to-voice = Kapag nagsalita kayo mula sa lugar na hindi kayo nakikita ng sanggol, sinusubukan ba niyang tumingin sa inyo?
checklist-m3-4-outdoor-air = Nailalabas ba ninyo ang sanggol para makalanghap ng sariwang hangin?
checklist-m3-4-child-sleep = May problema ba kayo sa pagtulog ng inyong anak?
checklist-m6-7-rolls-over = Kailan unang gumulong (tumaob) ang sanggol?
checklist-m6-7-sits = Kailan unang nakaupo ang sanggol nang walang alalay?
checklist-m6-7-reaches = Inaabot at hinahawakan ba ng sanggol ang laruang malapit sa kanya?
checklist-m6-7-voice = Kapag kasama ang pamilya, gumagawa ba ng tunog ang sanggol na parang nakikipag-usap?
checklist-m6-7-looks-at-sound = Kapag biglang tumunog ang TV o radyo, tumitingin ba agad doon ang sanggol?
checklist-m6-7-solids = Sinimulan na ba ninyong pakainin ng solid food (weaning food) ang sanggol?
checklist-m6-7-pupils = Nakikita ba ninyong pumuputi, o kumikinang nang dilaw-berde, ang itim ng mata ng sanggol?
checklist-m9-10-crawls = Kailan unang gumapang ang sanggol?
checklist-m9-10-pulls-to-stand = Kailan unang tumayo ang sanggol nang nakakapit sa isang bagay?
checklist-m9-10-pinches = Dinadampot ba ng sanggol ang maliliit na bagay gamit ang mga daliri?
checklist-m9-10-plays-alone = Kaya bang maglaro nang masaya ng sanggol nang mag-isa?
checklist-weaning-going-well = Maayos ba ang takbo ng weaning (pagpapakain ng solid food)?
checklist-m9-10-whisper = Kung tahimik kayong lumapit at tumawag nang pabulong, lumilingon ba ang sanggol?
checklist-m9-10-follows-you = Sumusunod ba ang sanggol kapag lumalayo kayo?
checklist-m9-10-teeth = May ikinababahala ba kayo sa pagtubo, hugis o kulay ng ngipin, o sa gilagid?
checklist-y1-cruises = Kailan unang naglakad ang bata nang nakakapit sa mga muwebles?
checklist-y1-gestures = Gumagawa ba ang bata ng kilos gaya ng pagkaway ng "bye-bye" o pagyuko bilang pagbati?
checklist-y1-music = Masaya bang gumagalaw ang bata kapag may musika?
checklist-y1-weaning = Maayos ba ang takbo ng weaning (pagpapakain ng solid food)?
checklist-y1-simple-words = Naiintindihan ba ng bata ang simpleng salita ng matatanda (gaya ng "halika" o "akin na")?
checklist-y1-looks-where-pointed = Kapag itinuro ninyo ang laruan sa kabilang dako ng kuwarto, tumitingin ba doon ang bata?
checklist-y1-enjoys-play = Natutuwa ba ang bata kapag naglalaro kayo nang magkasama?
checklist-y1-three-meals = Nasanay na ba ang bata sa tatlong beses na pagkain sa isang araw?
checklist-y1-brushing-practice = Sinimulan na ba ninyong sanayin ang pagsisipilyo?
checklist-y1-6-walks = Kailan unang naglakad nang mag-isa ang bata?
checklist-y1-6-words = Nagsasabi ba ang bata ng ilang salitang may kahulugan, gaya ng "mama" o "brum-brum"?
checklist-y1-6-cup = Kaya bang hawakan ng bata ang baso at uminom nang mag-isa?
checklist-y1-6-bottle = Gumagamit pa ba ang bata ng bote (feeding bottle)?
checklist-y1-6-meal-times = Halos pare-pareho ba ang oras ng pagkain at meryenda?
checklist-finishing-brush = Kayo ba ang nagtatapos ng pagsisipilyo ng ngipin ng bata?
checklist-y1-6-eyes = Sobrang nasisilaw ba ang bata sa liwanag, o nag-aalala ba kayo na kakaiba ang galaw ng kanyang mata?
checklist-y1-6-turns-when-called = Kapag tinawag ninyo ang pangalan niya mula sa likod, lumilingon ba ang bata?
checklist-fluoride = Nilalagyan ba ng fluoride ang ngipin ng bata, o gumagamit ba siya ng toothpaste na may fluoride?
checklist-y2-runs = Kaya bang tumakbo ng bata?
checklist-y2-spoon = Kumakain ba ang bata nang mag-isa gamit ang kutsara?
checklist-y2-blocks = Naglalaro ba ang bata ng blocks, gaya ng pagpapatong-patong o paghahanay na parang tren?
checklist-y2-imitates = Ginagaya ba ng bata ang mga kilos na nakikita sa TV o ginagawa ng matatanda?
checklist-y2-two-words = Nagsasabi ba ang bata ng dalawang salitang magkasama (gaya ng "aso, halika" o "kain, gusto")?
checklist-y2-meat-vegetables = Kumakain ba ang bata ng karne at mahibla na gulay?
checklist-y3-stairs = Kaya bang umakyat ng hagdan ng bata nang mag-isa nang hindi gumagamit ng kamay?
checklist-y3-circle = Gumuguhit ba ang bata ng bilog gamit ang krayola o katulad nito?
checklist-y3-dressing = Gusto ba ng bata na magbihis at maghubad nang mag-isa?
checklist-y3-own-name = Kaya bang sabihin ng bata ang sarili niyang pangalan?
checklist-y3-brush-wash = Nagsisipilyo ba ang bata at naghuhugas ng kamay?
checklist-y3-thumb = Palagi bang sumisipsip ang bata ng hinlalaki o daliri?
checklist-y3-chews = Nakasanayan ba ng bata na nguyain nang mabuti ang pagkain?
checklist-y3-squint = Duling ba ang bata?
checklist-y3-narrows-eyes = Kapag tumitingin sa mga bagay, pinipikit-pikit ba ng bata ang mata o tumitingin nang napakalapit?
checklist-y3-hearing = Nag-aalala ba kayo na baka hindi mahusay ang pandinig ng bata?
checklist-y3-bite = May ikinababahala ba kayo sa kagat o sa pagkakahanay ng ngipin ng bata?
checklist-y3-pretend-play = Kaya bang maglaro ng bata ng kunwa-kunwarian, gaya ng bahay-bahayan o pagiging bayani?
checklist-y3-playmates = May mga kaibigan bang kalaro ang bata?
checklist-y5-somersault = Kaya bang mag-tumbling (forward roll) ng bata?
checklist-y5-draws-from-memory = Kaya bang gumuhit ng bata ng larawan mula sa alaala?
checklist-y5-colours = Alam ba ng bata ang mga kulay na pula, dilaw, berde at asul?
checklist-y5-clear-speech = Malinaw ba ang pagbigkas ng bata kapag nagsasalita?
checklist-y6-one-leg = Kaya bang tumayo ng bata sa isang paa nang 5 hanggang 10 segundo?
checklist-y6-square = Kaya bang kopyahin ng bata ang hugis ng parisukat?
checklist-y6-directions = Halos alam ba ng bata ang sarili niyang harap at likod, kaliwa at kanan?
checklist-y6-name-hiragana = Kaya bang basahin o isulat ng bata ang sarili niyang pangalan sa hiragana?
checklist-y6-can-wait = Natututo na bang maghintay ang bata, kahit gusto niya ng laruan o matamis?
checklist-y6-rules = Kaya bang maglaro ng bata nang sumusunod sa mga pangako at patakaran?
checklist-y6-first-molar = Tumubo na ba ang unang permanenteng bagang (ang ngiping pang-adulto na tumutubo sa likod ng mga ngiping pambata)?
checklist-y6-breakfast = Kumakain ba ng almusal ang bata araw-araw?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Tala ng kapanganakan (isa bawat bata: petsa ng kapanganakan, linggo ng pagbubuntis, timbang nang ipanganak, ...)
cli-record-checkup-about = Checkup ng bata (mga sukat, natuklasan, checklist ng magulang)
cli-record-dental-about = Checkup ng ngipin
cli-record-screening-about = Pagsusuri ng paningin, pandinig o CMV (vision, hearing, newborn hearing, congenital cytomegalovirus)
cli-record-medicine-about = Gamot
cli-record-birth-date-help = Petsa ng kapanganakan (default: ang nakarehistrong petsa ng kapanganakan ng bata)
cli-record-time-help = Oras ng kapanganakan (24 oras, hal. 14:05)
cli-record-weeks-help = Linggo ng pagbubuntis nang ipanganak (22-44)
cli-record-days-help = Araw pagkatapos ng mga linggo (0-6, default 0)
cli-record-delivery-help = Paraan ng panganganak: vaginal, cesarean, vacuum, forceps o other
cli-record-weight-g-help = Timbang nang ipanganak (g, hal. 3120)
cli-record-length-help = Haba (cm)
cli-record-apgar1-help = Apgar score sa 1 minuto (0-10)
cli-record-apgar5-help = Apgar score sa 5 minuto (0-10)
cli-record-complications-help = Komplikasyon o lunas
cli-record-checkup-help = Aling checkup o pahina ng checklist ng magulang: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5 o y6
cli-record-findings-help = Mga natuklasan
cli-record-answer-help = Sagot sa checklist: ID ng tanong=yes, no o petsa (kapag walang "=", ibig sabihin ay yes). Ulitin para sa mas maraming sagot; sa pag-edit, inaalis ng "ID=" ang sagot
cli-record-teeth-help = Bilang ng ngipin (0-32)
cli-record-caries-help = Bilang ng bulok na ngipin (0-20)
cli-record-fluoride-help = Nilagyan ng fluoride: yes o no
cli-record-test-help = Pagsusuri: vision, hearing, newborn-hearing o congenital-cmv
cli-record-result-help = Resulta: pass, refer o not-done; para sa congenital CMV test: negative, positive o not-done
cli-record-start-help = Unang araw (hal. 2025-04-01)
cli-record-end-help = Huling araw (hindi kailangan)
cli-record-medicine-name-help = Pangalan ng gamot
cli-record-instructions-help = Dosis at paraan ng pag-inom
cli-record-birth-exists = May tala na ng kapanganakan (tala #{ $id }). Para baguhin ito, gamitin ang "hagu record edit { $id } birth …". Walang binago.
