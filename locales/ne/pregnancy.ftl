# Hagukumi — ne, pregnancy.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Record kinds

pregnancy-kind-notification = गर्भावस्थाको सूचना (妊娠の届出)
pregnancy-kind-prenatal-visit = गर्भवती जाँच (妊婦健診)
pregnancy-kind-dental = गर्भवतीको दाँत जाँच
pregnancy-kind-class = आमाबुबा कक्षा / आमा कक्षा
pregnancy-kind-environment = काम र जीवनशैलीको टिपोट
pregnancy-kind-postnatal-checkup = सुत्केरीपछिको जाँच (産後健診)
pregnancy-kind-vaccination = गर्भवतीको खोप

## Pregnancy screen

pregnancy-records = रेकर्ड
error-no-such-pregnancy = यो गर्भावस्थाको रेकर्ड फेला परेन
pregnancy-no-records = अहिलेसम्म कुनै रेकर्ड छैन। तलको फारमबाट गर्भवती जाँच वा सूचना दिएको दिन रेकर्ड गर्न सकिन्छ।
pregnancy-date-week = यो दिन { $week } हो
pregnancy-stat-blood-pressure = रक्तचाप
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = एकाइ mmHg (उदाहरण: माथिल्लो 112, तल्लो 70)
pregnancy-epds-field-hint = एडिनबर्ग सुत्केरीपछिको डिप्रेसन प्रश्नावली (EPDS) को कुल अंक (0–30)
pregnancy-epds-hint = सुत्केरीपछि मन र शरीर दुवै अस्थिर हुन सक्ने समय हो। चिन्ता लागेका वा कुरा गर्न मन लागेका कुरा भए, एक्लै नबोकी, मिडवाइफ, जनस्वास्थ्य नर्स, वा आफू बस्ने नगरपालिकाको बाल हेरचाह सहायता केन्द्र (こども家庭センター) सँग सजिलै सल्लाह लिनुहोस्।

## Options

pregnancy-method-last-period = अन्तिम महिनावारीबाट
pregnancy-method-ultrasound = अल्ट्रासाउन्ड (इको) परीक्षणबाट
pregnancy-method-other = अन्य
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (नेगेटिभ)
pregnancy-urine-trace-option = ± (हल्का पोजिटिभ)
pregnancy-urine-plus1-option = + (पोजिटिभ)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (छैन)
pregnancy-edema-plus1-option = + (छ)
pregnancy-edema-plus2-option = ++ (धेरै)
pregnancy-heart-present = धड्कन छ
pregnancy-heart-absent = धड्कन पुष्टि हुन सकेन
pregnancy-heart-not-checked = धड्कन जाँच गरिएको छैन
pregnancy-timing-two-weeks = सुत्केरीपछि 2 हप्ताको जाँच
pregnancy-timing-one-month = सुत्केरीपछि 1 महिनाको जाँच
pregnancy-timing-other = अन्य सुत्केरीपछिको जाँच

## Summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = तौल { $value } kg
pregnancy-value-lot = लट { $lot }
pregnancy-value-blood-pressure = रक्तचाप { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = पिसाबमा प्रोटिन { $value }
pregnancy-value-urine-sugar = पिसाबमा चिनी { $value }
pregnancy-value-edema = सुन्निने { $value }
pregnancy-value-fundal-height = पाठेघरको उचाइ { $value } cm
pregnancy-value-abdominal-girth = पेटको परिधि { $value } cm
pregnancy-value-heart-rate = मुटुको धड्कन { $bpm }/मिनेट
pregnancy-value-method = अनुमानित मिति: { $method }
pregnancy-value-epds = EPDS { $score } अंक

## hagu pregnancy (command line)

cli-pregnancy-about = गर्भावस्था र गर्भावस्था तथा सुत्केरीपछिका रेकर्ड (गर्भवती जाँच, सुत्केरीपछिको जाँच आदि) थप्ने र सूची हेर्ने
cli-pregnancy-add-about = गर्भावस्था थप्ने
cli-pregnancy-label-help = बोलाउने नाम (उदाहरण: दोस्रो बच्चा, ऐच्छिक)
cli-pregnancy-expected-help = प्रसूतिको अनुमानित मिति (उदाहरण: 2027-03-01)
cli-pregnancy-list-about = पुस्तिकाका गर्भावस्थाहरूको सूची बनाउने
cli-pregnancy-list-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्ने (id, label, expected_date)
cli-pregnancy-record-about = गर्भावस्था र सुत्केरीपछिका रेकर्ड थप्ने, सूची हेर्ने, परिवर्तन गर्ने, मेटाउने, फर्काउने
cli-pregnancy-record-add-about = गर्भावस्थामा रेकर्ड थप्ने
cli-pregnancy-record-list-about = गर्भावस्थाका रेकर्ड पुरानो मितिदेखि क्रमैसँग सूचीमा देखाउने
cli-pregnancy-record-edit-about = रेकर्ड परिवर्तन गर्ने। नतोकिएका विवरण जस्ताको तस्तै रहन्छन्, खाली मान ("") ले ऐच्छिक विवरण मेटाउन सकिन्छ। परिवर्तनअघिको विवरण इतिहासमा रहन्छ
cli-pregnancy-record-delete-about = रेकर्ड मेटाउने (30 दिनभित्र फर्काउन सकिन्छ)
cli-pregnancy-record-restore-about = 30 दिनभित्र मेटाइएको रेकर्ड फर्काउने
cli-pregnancy-record-history-about = रेकर्डको परिवर्तनअघिको विवरण पुरानोदेखि क्रमैसँग देखाउने
cli-pregnancy-record-notification-about = गर्भावस्थाको सूचना (妊娠の届出)
cli-pregnancy-record-prenatal-visit-about = गर्भवती जाँच (गर्भको हप्ता मिति र प्रसूतिको अनुमानित मितिबाट गणना गरिन्छ)
cli-pregnancy-record-dental-about = गर्भवतीको दाँत जाँच
cli-pregnancy-record-vaccination-about = गर्भावस्थामा लगाइने खोप (उदाहरण: RS भाइरस आमा-शिशु प्रतिरक्षा खोप)
cli-pregnancy-record-class-about = आमाबुबा कक्षा / आमा कक्षा
cli-pregnancy-record-environment-about = काम वा जीवनको वातावरणको टिपोट
cli-pregnancy-record-postnatal-checkup-about = सुत्केरीपछिको जाँच (आमाको जाँच)
cli-pregnancy-pregnancy-help = गर्भावस्थाको ID ("hagu pregnancy list --json" बाट हेर्न सकिन्छ)
cli-pregnancy-record-id-help = रेकर्डको ID ("hagu pregnancy record list" बाट हेर्न सकिन्छ)
cli-pregnancy-kind-help = यो प्रकारका रेकर्ड मात्र
cli-pregnancy-deleted-help = मेटाइएका रेकर्ड पनि समावेश गर्ने
cli-pregnancy-record-list-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्ने (ढाँचा: docs/export-format.md)
cli-pregnancy-history-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्ने (record_id, change, previous, changed_at)
cli-pregnancy-date-help = मिति (उदाहरण: 2026-11-24)
cli-pregnancy-notification-date-help = सूचना दिएको दिन (उदाहरण: 2026-07-10)
cli-pregnancy-method-help = अनुमानित मिति निकाल्ने तरिका: last-period (अन्तिम महिनावारी), ultrasound (अल्ट्रासाउन्ड), other
cli-pregnancy-weight-help = तौल (kg, उदाहरण: 58.4)
cli-pregnancy-systolic-help = रक्तचाप माथिल्लो (mmHg)
cli-pregnancy-diastolic-help = रक्तचाप तल्लो (mmHg)
cli-pregnancy-urine-protein-help = पिसाबमा प्रोटिन: - ± + ++ +++ (negative, trace, plus1, plus2, plus3 पनि हुन्छ)
cli-pregnancy-urine-sugar-help = पिसाबमा चिनी: - ± + ++ +++ (negative, trace, plus1, plus2, plus3 पनि हुन्छ)
cli-pregnancy-edema-help = सुन्निने: - + ++ (negative, plus1, plus2 पनि हुन्छ)
cli-pregnancy-fundal-height-help = पाठेघरको उचाइ (cm)
cli-pregnancy-abdominal-girth-help = पेटको परिधि (cm)
cli-pregnancy-fetal-heart-help = बच्चाको मुटुको धड्कन: present (छ), absent (पुष्टि हुन सकेन), not-checked (जाँच गरिएको छैन)
cli-pregnancy-heart-rate-help = बच्चाको मुटुको धड्कन दर (प्रति मिनेट)
cli-pregnancy-notes-help = टिपोट
cli-pregnancy-facility-help = स्वास्थ्य संस्था
cli-pregnancy-vaccine-help = खोपको ID (उदाहरण: rsv-maternal)
cli-pregnancy-lot-help = लट नम्बर
cli-pregnancy-findings-help = जाँचको नतिजा
cli-pregnancy-class-name-help = कक्षाको नाम
cli-pregnancy-text-help = टिपोटको विषय
cli-pregnancy-timing-help = जाँचको समय: two-weeks (सुत्केरीपछि 2 हप्ता), one-month (सुत्केरीपछि 1 महिना), other
cli-pregnancy-epds-help = EPDS को कुल अंक (0–30)
cli-pregnancy-line = #{ $id }  { $title }  प्रसूतिको अनुमानित मिति { $expected }  { $status }
cli-pregnancy-added = गर्भावस्था थपियो: { $pregnancy }
cli-pregnancy-none = कुनै गर्भावस्था दर्ता छैन। "hagu pregnancy add" बाट थप्न सकिन्छ।
cli-pregnancy-record-added = रेकर्ड #{ $id } थपियो ({ $title }): { $entry }
cli-pregnancy-record-edited = रेकर्ड #{ $id } परिवर्तन गरियो: { $entry }
cli-pregnancy-record-deleted = रेकर्ड #{ $id } मेटाइयो। { $until } सम्म "hagu pregnancy record restore { $id }" बाट फर्काउन सकिन्छ।
cli-pregnancy-record-restored = रेकर्ड #{ $id } फर्काइयो: { $entry }
cli-pregnancy-record-none = कुनै रेकर्ड छैन। "hagu pregnancy record add" बाट थप्न सकिन्छ।
cli-pregnancy-no-pregnancy = ID { $id } को गर्भावस्था छैन। "hagu pregnancy list --json" बाट जाँच गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-pregnancy-no-record = ID { $id } को रेकर्ड छैन। "hagu pregnancy record list" बाट जाँच गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-pregnancy-record-kind-mismatch = रेकर्ड #{ $id } { $kind } को रेकर्ड हो। "hagu pregnancy record edit { $id } { $kind } …" बाट परिवर्तन गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-pregnancy-record-is-deleted = रेकर्ड #{ $id } मेटाइएको छ। पहिले "hagu pregnancy record restore { $id }" बाट फर्काउनुहोस्। केही परिवर्तन गरिएको छैन।
cli-pregnancy-record-already-deleted = रेकर्ड #{ $id } पहिले नै मेटाइएको छ। केही परिवर्तन गरिएको छैन।
cli-pregnancy-record-not-deleted = रेकर्ड #{ $id } मेटाइएको छैन, त्यसैले फर्काउनुपर्ने केही छैन।
cli-pregnancy-record-too-old = रेकर्ड #{ $id } मेटाएको 30 दिन नाघिसकेकाले फर्काउन सकिँदैन।
cli-pregnancy-photo-about = गर्भावस्था र सुत्केरीपछिका रेकर्डका फोटो थप्ने, सूची हेर्ने, निर्यात गर्ने, मेटाउने, फर्काउने (JPEG वा PNG। एपमा जस्तै, खिचेको ठाउँ जस्ता जानकारी हटाइन्छ)
cli-pregnancy-photo-not-theirs = रेकर्ड #{ $record } "{ $title }" को रेकर्ड होइन। केही सुरक्षित गरिएको छैन।
cli-pregnancy-history-none = रेकर्ड #{ $id } परिवर्तन गरिएको छैन।
