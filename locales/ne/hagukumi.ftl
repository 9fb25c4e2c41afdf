# Hagukumi — नेपाली (ne). Translated, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = हागुकुमी (Hagukumi)
app-tagline = मातृ तथा शिशु स्वास्थ्य पुस्तिका
app-loading = लोड हुँदैछ…

## Dates and ages

date = { $year } { $monthName } { $day }
month-1 = जनवरी
month-2 = फेब्रुअरी
month-3 = मार्च
month-4 = अप्रिल
month-5 = मे
month-6 = जुन
month-7 = जुलाई
month-8 = अगस्ट
month-9 = सेप्टेम्बर
month-10 = अक्टोबर
month-11 = नोभेम्बर
month-12 = डिसेम्बर
age = { $years } वर्ष { $months } महिना { $days } दिन
gestational-age = गर्भावस्था { $weeks } हप्ता { $days } दिन

## Home

home-children = बच्चाहरू
home-pregnancies = गर्भावस्था
home-empty = अहिलेसम्म कसैलाई दर्ता गरिएको छैन। तलको फारमबाट बच्चा वा गर्भावस्था थप्नुहोस्।
child-born = { $date } मा जन्म
child-age-label = उमेर
pregnancy-untitled = गर्भको बच्चा
pregnancy-expected = प्रसूतिको अनुमानित मिति { $date }
pregnancy-days-left = अनुमानित मितिसम्म { $days } दिन बाँकी
pregnancy-due-today = आज प्रसूतिको अनुमानित मिति हो
pregnancy-past-due = अनुमानित मिति नाघेको { $days } दिन
pregnancy-not-started = गर्भावस्थाको अवधि अझै सुरु भएको छैन

## Forms

form-child-title = बच्चा थप्नुहोस्
form-child-name = नाम
form-child-name-placeholder = उदाहरण: Hanako
form-child-birth = जन्म मिति
form-pregnancy-title = गर्भावस्था थप्नुहोस्
form-pregnancy-label = बोलाउने नाम (ऐच्छिक)
form-pregnancy-label-placeholder = उदाहरण: दोस्रो बच्चा
form-pregnancy-expected = प्रसूतिको अनुमानित मिति
form-date-placeholder = उदाहरण: 2025-04-01
form-date-hint = वर्ष-महिना-दिन (2025/4/1 पनि हुन्छ)
form-submit-child = बच्चा थप्नुहोस्
form-submit-pregnancy = गर्भावस्था थप्नुहोस्
form-saving = सुरक्षित गर्दै…
form-saved-child = { $name } लाई थपियो
form-saved-pregnancy = गर्भावस्था थपियो

## Child screen and records

child-back = ‹ गृहपृष्ठमा
child-records = रेकर्ड
child-no-records = अहिलेसम्म कुनै रेकर्ड छैन। तलको फारमबाट नाप वा खोप रेकर्ड गर्न सकिन्छ।
child-deleted = हालै मेटाइएका रेकर्ड ({ $count } वटा, ३० दिनभित्र फिर्ता ल्याउन सकिन्छ)
record-add-title = रेकर्ड थप्नुहोस्
record-submit = रेकर्ड गर्नुहोस्
record-saved = { $kind } रेकर्ड गरियो
record-delete = मेटाउनुहोस्
record-deleted = रेकर्ड मेटाइयो।
record-undo = पहिलेकै अवस्थामा फर्काउनुहोस्
records-more = अघिल्ला रेकर्ड थप हेर्नुहोस्
record-edit = सम्पादन
record-edit-title = रेकर्ड सम्पादन गर्नुहोस्
record-edit-submit = परिवर्तन सुरक्षित गर्नुहोस्
record-edit-cancel = सम्पादन रद्द गर्नुहोस्
record-edited = { $kind } परिवर्तन गरियो
record-history = इतिहास
record-history-title = अहिलेसम्मका विवरण
record-history-empty = अहिलेसम्म कुनै परिवर्तन छैन
record-history-loading = लोड हुँदैछ…
record-change-edit = परिवर्तन
record-change-delete = मेटाइयो
record-change-restore = फर्काइयो
record-history-before = परिवर्तन अघि: { $summary }
record-restored = रेकर्ड फर्काइयो
record-kind-measurement = नाप
record-kind-vaccination = खोप
record-kind-milestone = गर्न सकेको दिन
record-kind-note = टिपोट
record-kind-allergy = एलर्जी
record-kind-illness = रोग
record-allergy-substance = कारण (खाना, औषधि आदि)
record-allergy-reaction = लक्षण (ऐच्छिक)
record-illness-name = रोगको नाम
record-before = { $date } { $summary }
record-dose = { $dose } औं पटक
record-lot = लट { $lot }
record-line-vaccination = { $vaccine } { $dose } औं पटक
record-line-weight = तौल { $value } kg
record-line-height = उचाइ { $value } cm
record-line-head = टाउकोको परिधि { $value } cm
record-line-chest = छातीको परिधि { $value } cm
record-line-separator = {", "}
form-choose = छान्नुहोस्
funding-public = नियमित खोप (सार्वजनिक खर्चमा, निःशुल्क)
funding-self-paid = ऐच्छिक खोप (आफ्नै खर्चमा)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = तौल
field-height-short = उचाइ
field-head-circumference-short = टाउकोको परिधि
field-chest-circumference-short = छातीको परिधि

## Visit summary

summary-title = { $name } को जाँचका लागि सारांश
summary-as-of = { $date } सम्मको
summary-allergies = एलर्जी
summary-measurements = पछिल्लो नाप
summary-next-due = अब गर्नुपर्ने
summary-vaccinations = खोपको रेकर्ड
summary-illnesses = लागेका रोगहरू
summary-none-recorded = कुनै रेकर्ड छैन
summary-nothing-due = कुनै तालिका छैन
summary-rules = तालिका गणना गर्न प्रयोग गरिएका नियम: संस्करण { $version } ({ $as_of } सम्मको{ $builtin ->
    [yes] , एपमै समावेश
   *[no] , अद्यावधिकबाट प्राप्त
})
summary-since = { $date } देखि
summary-print = छाप्नुहोस्
summary-open = जाँचका लागि सारांश

## Settings

language-label = भाषा
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (अनुवाद समीक्षा गरिएको छैन)
language-unreviewed-group = अनुवाद समीक्षा गरिएको छैन
language-more = अन्य भाषाहरू

## Field names

field-name = नाम
field-birth-date = जन्म मिति
field-label = बोलाउने नाम
field-expected-date = प्रसूतिको अनुमानित मिति
field-date = मिति
field-vaccine = खोप
field-dose = पटक
field-manufacturer = उत्पादक कम्पनी
field-lot = लट नम्बर
field-facility = स्वास्थ्य संस्था
field-funding = खर्च
field-weight = तौल (kg)
field-height = उचाइ (cm)
field-head-circumference = टाउकोको परिधि (cm)
field-chest-circumference = छातीको परिधि (cm)
field-measurements = नापका मान
field-sex = लिङ्ग
sex-unset = नछान्ने
field-what = गर्न सकेको कुरा
field-text = टिपोट
field-expected-date-method = अनुमानित मिति निकाल्ने तरिका
field-systolic = रक्तचाप (माथिल्लो)
field-diastolic = रक्तचाप (तल्लो)
field-urine-protein = पिसाबमा प्रोटिन
field-urine-sugar = पिसाबमा चिनी
field-edema = सुन्निने (इडिमा)
field-fundal-height = पाठेघरको उचाइ (cm)
field-abdominal-girth = पेटको परिधि (cm)
field-fetal-heart = बच्चाको मुटुको धड्कन
field-fetal-heart-rate = मुटुको धड्कन (प्रति मिनेट)
field-findings = जाँचको नतिजा
field-class-name = कक्षाको नाम
field-checkup-timing = जाँचको समय
field-epds = EPDS (कुल अंक)
field-time = जन्मेको समय
field-gestation-weeks = गर्भ अवधि (हप्ता)
field-gestation-days = गर्भ अवधि (दिन)
field-delivery = प्रसूतिको तरिका
field-birth-weight = जन्मँदाको तौल (g)
field-apgar-1min = एप्गार स्कोर (१ मिनेट)
field-apgar-5min = एप्गार स्कोर (५ मिनेट)
field-complications = असामान्यता, उपचार आदि
field-checkup = स्वास्थ्य जाँच
field-answers = अभिभावकको रेकर्ड
field-teeth = दाँतको सङ्ख्या
field-caries = दाँत कुहिएको सङ्ख्या
field-fluoride = फ्लोराइड लगाउने
field-screening-test = परीक्षण
field-screening-result = नतिजा
field-end-date = सकिएको दिन
field-medicine = औषधिको नाम
field-instructions = खाने तरिका र मात्रा

## Input errors

error-invalid-input = लेखेको कुरा जाँच गर्नुहोस्
error-required = लेख्नुहोस्
error-too-long = { $max } अक्षरभित्र लेख्नुहोस्
error-control-characters = प्रयोग गर्न नमिल्ने अक्षर समावेश छ
error-malformed-date = मिति "2025-04-01" को ढाँचामा लेख्नुहोस्
error-birth-in-future = भविष्यको मितिलाई जन्म मिति बनाउन सकिँदैन
error-birth-before-1900 = सन् 1900 जनवरी 1 वा त्यसपछिको मिति लेख्नुहोस्
error-expected-too-far = प्रसूतिको अनुमानित मिति आजदेखि 280 दिनभन्दा पछि छ
error-expected-long-past = प्रसूतिको अनुमानित मिति 4 हप्ताभन्दा पहिले हो। जन्मिसकेको बच्चालाई "बच्चा थप्नुहोस्" बाट दर्ता गर्नुहोस्
error-date-in-future = भविष्यको मिति लेख्न सकिँदैन
error-date-before-birth = यो जन्मनुभन्दा पहिलेको मिति हो
error-malformed-number = अङ्कमा लेख्नुहोस् (उदाहरण: 3.25)
error-out-of-range = मान सम्भावित दायराभन्दा बाहिर छ। एकाइ (kg, cm) जाँच गर्नुहोस्
error-no-measurement = तौल, उचाइ, टाउकोको परिधि, छातीको परिधिमध्ये कम्तीमा एउटा लेख्नुहोस्
error-unknown-choice = दिइएका विकल्पमध्येबाट छान्नुहोस्
error-blood-pressure-order = रक्तचाप (तल्लो) रक्तचाप (माथिल्लो) भन्दा कम हुन्छ। माथिल्लो र तल्लो साटिएको छैन भनी जाँच गर्नुहोस्
error-date-before-pregnancy = यो गर्भावस्था थाहा हुनुभन्दा पहिलेको मिति हो। मिति वा प्रसूतिको अनुमानित मिति जाँच गर्नुहोस्
error-heart-rate-without-heartbeat = मुटुको धड्कनको दर "धड्कन छ" भएमा मात्र लेख्नुहोस्
error-malformed-time = समय "14:05" को ढाँचामा लेख्नुहोस्
error-not-the-birth-date = जन्म मितिकै दिन राख्नुहोस्
error-not-in-checklist = यस जाँचको प्रश्नमा नपर्ने उत्तर छ
error-answered-twice = एउटै प्रश्नको दुई पटक उत्तर दिइएको छ
error-more-than-teeth = कुहिएको दाँतको सङ्ख्या दाँतको सङ्ख्याभन्दा बढी छ
error-end-before-start = यो सुरु गरेको दिनभन्दा पहिलेको मिति हो

## When the handbook cannot open

error-store-cannot-open = पुस्तिका खोल्न सकिएन: साँचो मिलेन, वा यो हागुकुमीको डाटा होइन। फाइलमा कुनै परिवर्तन गरिएको छैन।
error-store-no-key = साँचो राख्ने ठाउँ (OS को किचेन) प्रयोग गर्न सकिँदैन। वातावरण चर HAGUKUMI_PASSPHRASE मा पासफ्रेज राखेर सुरु गर्नुहोस्।
error-store-passphrase = यो पुस्तिका पासफ्रेजले सुरक्षित छ। वातावरण चर HAGUKUMI_PASSPHRASE मा राखेर फेरि सुरु गर्नुहोस्।
error-store-keystore = OS को प्रमाणपत्र भण्डार (किचेन) मा त्रुटि भयो: { $detail }
error-store-key-missing = यो पुस्तिकाको साँचो फेला परेन। बनाउँदाकै प्रयोगकर्ता र किचेनबाट खोल्नुहोस्, वा रिकभरी कोडबाट खोल्नुहोस्।
error-store-newer = यो पुस्तिका हागुकुमीको नयाँ संस्करणले बनाइएको हो। एप अद्यावधिक गर्नुहोस्।
error-store-io = पुस्तिकाको फाइल पढ्न वा लेख्न सकिएन: { $detail }
error-store-corrupt = पुस्तिकाको डाटा बिग्रिएको छ: { $detail }
error-store-full = उपकरणमा खाली ठाउँ नपुगेकाले सुरक्षित गर्न सकिएन। केही पनि सुरक्षित गरिएको छैन (पुस्तिका पहिलेकै अवस्थामा छ)। प्रयोग नगरेका फोटो, भिडियो वा एप मेटाएर खाली ठाउँ बढाएपछि फेरि प्रयास गर्नुहोस्।
error-recovery-code-length = रिकभरी कोड अङ्ग्रेजी अक्षर र अङ्कका 28 वर्ण (4-4 वर्णका 7 समूह) हुन्छ। सबै समूह लेख्नुभयो कि जाँच गर्नुहोस्।
error-recovery-code-character = रिकभरी कोडमा अङ्ग्रेजी अक्षर A–Z (I, L, O, U बाहेक) र अङ्क 0–9 मात्र प्रयोग हुन्छन्। लेखेका अक्षर जाँच गर्नुहोस्।
error-recovery-code-checksum = रिकभरी कोडमा टाइप गल्ती छ (अन्तिम समूह अरूसँग मिलेन)। रिकभरी पानासँग एक-एक गरी दाँजेर हेर्नुहोस्।
error-store-handbook-elsewhere = यो फोल्डरमा पहिले पुस्तिका थियो, र त्यसको साँचो अझै सुरक्षित छ (पुस्तिका सारिएको वा नाम बदलिएको छ)। नयाँ पुस्तिका बनाइएको छैन। पुस्तिका अहिले भएकै ठाउँमा खोल्नुहोस्, वा फोल्डर यहाँ फिर्ता ल्याउनुहोस्। जानाजानी मेटाउनुभएको हो भने यहाँ नयाँ पुस्तिका बनाउन सक्नुहुन्छ।
error-store-passphrase-short = पासफ्रेज धेरै छोटो छ। 12 वर्ण वा बढी राख्नुहोस् (एकअर्कासँग सम्बन्ध नभएका केही शब्द जोड्दा सम्झन सजिलो हुन्छ)। पुस्तिका बनाइएको छैन।
error-store-in-use = यो पुस्तिका एपमा खुला छ। एप बन्द गरेर फेरि प्रयास गर्नुहोस्। केही परिवर्तन गरिएको छैन।
error-recovery-wrong-code = यो रिकभरी कोडले यो पुस्तिका खोल्न सकिँदैन। रिकभरी पानासँग दाँजेर फेरि लेख्नुहोस्। केही परिवर्तन गरिएको छैन।
error-recovery-no-file = पुस्तिकाको छेउमा रिकभरी फाइल (hagukumi.recovery) छैन। पुस्तिका फोल्डर जहाँबाट प्रतिलिपि गरिएको थियो त्यहाँबाट फर्काउनुहोस्, वा ब्याकअपबाट पुनर्स्थापना गर्नुहोस्।
error-recovery-other-handbook = पुस्तिकाको छेउमा भएको रिकभरी फाइल अर्कै पुस्तिकाको हो। पुस्तिका फोल्डर पूरै फेरि प्रतिलिपि गर्नुहोस्, वा ब्याकअपबाट पुनर्स्थापना गर्नुहोस्।
error-recovery-format = रिकभरी फाइल बिग्रिएको छ, वा हागुकुमीको ढाँचामा छैन। ब्याकअपबाट पुनर्स्थापना गर्नुहोस्।
error-backup-not-a-backup = यो फाइल हागुकुमीको ब्याकअप होइन। नाम .hagukumi-backup मा अन्त्य हुने फाइल छान्नुहोस्। केही परिवर्तन गरिएको छैन।
error-backup-version = यो ब्याकअप हागुकुमीको अर्कै संस्करणले बनाइएको हो। एप अद्यावधिक गरेर फेरि प्रयास गर्नुहोस्। केही परिवर्तन गरिएको छैन।
error-backup-damaged = ब्याकअप फाइल बिग्रिएको छ, वा आधा मात्र छ। केही परिवर्तन गरिएको छैन। अर्को ब्याकअप प्रयोग गर्नुहोस्, वा यो फाइल फेरि प्रतिलिपि गर्नुहोस्।
error-backup-wrong-code = यो रिकभरी कोडले यो ब्याकअप खोल्न सकिँदैन। ब्याकअप गरिएको पुस्तिकाको रिकभरी पानासँग दाँजेर हेर्नुहोस्। केही परिवर्तन गरिएको छैन।
error-backup-other-handbook = यो ब्याकअप यस फोल्डरमा भएको पुस्तिकाभन्दा अर्कै पुस्तिकाको हो। केही परिवर्तन गरिएको छैन। खाली फोल्डरमा पुनर्स्थापना गर्नुहोस्।
error-backup-no-code = यो पुस्तिकामा अझै रिकभरी कोड छैन। एक पटक खोलेपछि कोड बन्छ, त्यसपछि फेरि ब्याकअप गर्नुहोस्।
error-backup-would-replace-other-file = सुरक्षित गर्ने ठाउँमा हागुकुमीको ब्याकअप नभएको फाइल पहिले नै छ। त्यो फाइल जस्ताको तस्तै छ, केही लेखिएको छैन। अर्को फाइल नाम वा अर्को ठाउँ छान्नुहोस्।
error-backup-inside-handbook-folder = पुस्तिकाकै फोल्डरभित्र ब्याकअप सुरक्षित गर्न सकिँदैन (पुस्तिकामाथि लेखिन वा पुस्तिकासँगै हराउन सक्ने भएकाले)। केही लेखिएको छैन। अर्को फोल्डर (बाहिरी ड्राइभ वा क्लाउड फोल्डर आदि) छान्नुहोस्।
error-backup-folder-missing = स्वचालित ब्याकअप सुरक्षित गर्ने फोल्डर फेला परेन (बाहिरी ड्राइभ वा क्लाउड फोल्डर जोडिएको नहुन सक्छ)। फेरि जोड्नुहोस्, वा ब्याकअप पृष्ठमा अर्को फोल्डर छान्नुहोस्। त्यतिन्जेल स्वचालित ब्याकअप सुरक्षित हुँदैन।
error-no-such-child = यो बच्चा फेला परेन
error-no-such-record = यो रेकर्ड फेला परेन
error-cannot-restore = मेटाएको 30 दिन नाघिसकेकाले फर्काउन सकिँदैन
error-birth-already-recorded = जन्मको रेकर्ड पहिले नै छ (एक जनाको एउटा मात्र)। फेरि लेख्न अहिलेको रेकर्ड मेटाएर रेकर्ड गर्नुहोस्
photo-count = फोटो ({ $count } वटा)
photo-add = फोटो थप्नुहोस्
photo-delete = फोटो मेटाउनुहोस्
photo-deleted = मेटाइयो (30 दिनभित्र फर्काउन सकिन्छ)
photo-alt = रेकर्डको फोटो
photo-privacy = खिचेको ठाउँ जस्ता जानकारी हटाएर, इन्क्रिप्ट गरिएको पुस्तिकाभित्र सुरक्षित गरिन्छ।
error-photo-format = JPEG वा PNG फोटो मात्र थप्न सकिन्छ
error-photo-malformed = फोटोको फाइल बिग्रिएको छ, वा आधा मात्र छ
error-photo-too-large = फोटो धेरै ठूलो छ (8MB सम्म)
error-photo-too-many = यो रेकर्डमा अब थप फोटो थप्न सकिँदैन (10 वटासम्म)
error-photo-too-many-pixels = फोटोमा पिक्सेल धेरै छन् (6 करोड 40 लाख पिक्सेलसम्म)। स्मार्टफोनको सेयर वा सम्पादनबाट सानो साइज बनाएर फेरि थप्नुहोस्
error-no-such-photo = यो फोटो फेला परेन
error-photo-cannot-restore = यो फोटो मेटाएको 30 दिन नाघिसकेकाले फर्काउन सकिँदैन
error-internal = अनपेक्षित त्रुटि भयो: { $detail }
error-retry-hint = एप फेरि सुरु गर्दा पनि ठीक भएन भने, डाटा फोल्डरको ब्याकअप लिएर सम्पर्क गर्नुहोस्।

## Schedule screen

schedule-next-title = अब गर्ने कुरा
schedule-plan-title = खोप र स्वास्थ्य जाँचको तालिका
schedule-none = अहिलेलाई कुनै तालिका छैन
schedule-month = { $year }/{ $month }
schedule-why = विस्तृत
schedule-closing-soon = सार्वजनिक खर्चमा (निःशुल्क) लिन सकिने अवधि चाँडै सकिँदैछ
schedule-record-given = लिइयो
schedule-record-save = रेकर्ड गर्नुहोस्
schedule-record-cancel = रद्द गर्नुहोस्
schedule-status-done = सकियो
schedule-status-due-now = अहिले
schedule-status-upcoming = आगामी
schedule-status-overdue = ढिलो
schedule-status-missed = निःशुल्क अवधि बाहिर
schedule-status-not-eligible = लागू हुँदैन
schedule-status-funded-window-missed = निःशुल्क अवधिभित्र लिन सकिँदैन (ऐच्छिक, आफ्नै खर्चमा हुन्छ)
schedule-when-done = { $date } मा सकियो
schedule-when-due = अहिलेदेखि लिन सकिन्छ
schedule-when-due-by = अहिलेदेखि लिन सकिन्छ (सामान्यतया { $date } सम्म)
schedule-when-from = { $date } देखि
schedule-when-overdue = सामान्य समय नाघिसक्यो। चाँडै लिनुहोस्
schedule-when-overdue-funded = सामान्य समय नाघिसक्यो (निःशुल्क { $date } सम्म)
ics-calendar-name = हागुकुमी खोप र स्वास्थ्य जाँच

## Reminders (local notifications) and their settings

field-days-before-open = लिन सकिने समयभन्दा कति दिन अघि सूचना दिने
field-days-before-close = निःशुल्क अवधिको अन्तिम मितिभन्दा कति दिन अघि सूचना दिने
field-temperature = शरीरको तापक्रम (℃)
error-days-out-of-range = 0 देखि 60 दिनभित्र लेख्नुहोस्
field-program = कार्यक्रम
field-benefit-state = अवस्था
field-deadline = अन्तिम मिति
field-payment-date = अर्को भुक्तानी मिति
field-payment-amount = अर्को भुक्तानी रकम (येन)
field-guardian = अभिभावकको नाम
field-children = आवेदन गर्ने बच्चा
error-individual-number = माइ नम्बर (マイナンバー) जस्तो 12 अङ्कको नम्बर लेख्न मिल्दैन। हागुकुमीले माइ नम्बर प्रयोग गर्दैन। अङ्क मेटाउनुहोस्
field-stars = मूल्याङ्कन (तारा)
error-stars-out-of-range = मूल्याङ्कन 1 देखि 5 तारासम्म हो ("छैन" पनि छान्न सकिन्छ)
reminder-opening-title = चाँडै { $item } को समय आउँदैछ
reminder-opening-body = { $who } को { $item } { $date } देखि लिन सकिन्छ। सुविधा हुँदा अपोइन्टमेन्ट लिने सोच्नुहोस्।
reminder-closing-title = { $item } को निःशुल्क अवधिको अन्तिम मिति नजिकिँदैछ
reminder-closing-body = { $who } को { $item } { $date } सम्म निःशुल्क लिन सकिन्छ ({ $days } दिन बाँकी)। अझै लिनुभएको छैन भने, आफ्नो नियमित डाक्टरसँग सल्लाह गर्नुहोस्।
reminder-digest-title = यो महिनाको परिवारको तालिका
reminder-digest-body = यो महिना { $count } वटा तालिका छन्।
reminder-digest-line = { $who }: { $item } ({ $date } तिर)
reminder-settings-title = सूचनाको सेटिङ
reminder-settings-open = लिन सकिने समयभन्दा कति दिन अघि सूचना दिने
reminder-settings-close = निःशुल्क अवधिको अन्तिम मितिभन्दा कति दिन अघि सूचना दिने
reminder-settings-note = 0 देखि 60 दिनसम्म सेट गर्न सकिन्छ। हरेक महिनाको 1 गते, त्यो महिनाको परिवारको तालिका पनि सूचित गरिन्छ।
reminder-settings-save = सुरक्षित गर्नुहोस्
reminder-settings-saved = सुरक्षित गरियो
