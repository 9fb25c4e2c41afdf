# Hagukumi — ne, cli.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Help

cli-about = हागुकुमी (मातृ तथा शिशु स्वास्थ्य पुस्तिका) को इन्क्रिप्ट गरिएको पुस्तिका कमान्ड लाइनबाट चलाउँछ।
cli-usage-heading = प्रयोग
cli-commands-heading = कमान्डहरू
cli-options-heading = विकल्पहरू
cli-help-flag = यो सहायता देखाउँछ
cli-version-flag = संस्करण देखाउँछ
cli-data-dir-help = पुस्तिकाको डाटा फोल्डर (नदिए एपकै ठाउँ)
cli-init-new-help = यो फोल्डरबाट सारिएको पुस्तिकाको साँचो किचेनमा बाँकी भए पनि यहाँ नयाँ पुस्तिका बनाउँछ (त्यो साँचो रहन्छ)
cli-init-about = इन्क्रिप्ट गरिएको पुस्तिका बनाउँछ (पहिले नै भए, खोल्न सकिन्छ कि जाँच गर्छ)
cli-child-about = बच्चा थप्ने वा सूची बनाउने
cli-child-add-about = बच्चा थप्छ
cli-child-name-help = बच्चाको नाम
cli-child-birth-help = जन्म मिति (उदाहरण: 2025-04-01)
cli-child-list-about = दर्ता भएका बच्चाहरूको सूची बनाउँछ
cli-child-list-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्छ (id, name, birth_date)
cli-verify-about = भइरहेको पुस्तिका खोलेर इन्क्रिप्सनको प्रमाणीकरण र अखण्डता जाँच गर्छ (पुस्तिका बनाउँदैन)
cli-arguments-heading = आर्गुमेन्टहरू
cli-record-about = बच्चाका रेकर्ड (खोप, नाप, गर्न सकेको दिन, टिपोट, एलर्जी, रोग, जन्म, स्वास्थ्य जाँच, दाँत जाँच, आँखा-कान आदिको परीक्षण, औषधि) थप्ने, सूची हेर्ने, परिवर्तन गर्ने, मेटाउने, फर्काउने
cli-record-add-about = बच्चामा रेकर्ड थप्छ
cli-record-list-about = बच्चाका रेकर्ड पुरानो मितिदेखि क्रमैसँग सूचीमा देखाउँछ
cli-record-edit-about = रेकर्ड परिवर्तन गर्छ। नतोकिएका विवरण अहिलेकै मानमा रहन्छन्। खाली मान ("") दिँदा ऐच्छिक विवरण मेटिन्छ। परिवर्तनअघिको विवरण इतिहासमा रहन्छ
cli-record-delete-about = रेकर्ड मेटाउँछ (30 दिनभित्र फर्काउन सकिन्छ)
cli-record-restore-about = 30 दिनभित्र मेटाइएको रेकर्ड फर्काउँछ
cli-record-history-about = रेकर्डको परिवर्तनअघिको विवरण पुरानोदेखि क्रमैसँग देखाउँछ
cli-record-vaccination-about = खोप
cli-record-measurement-about = शरीरको नाप (तौल, उचाइ, टाउकोको परिधि, छातीको परिधिमध्ये कम्तीमा एउटा)
cli-record-milestone-about = गर्न सकेको दिन (पहिलो पटक हिँडेको आदि)
cli-record-note-about = स्वतन्त्र टिपोट
cli-record-allergy-about = एलर्जी (खाना, औषधि आदि)
cli-record-illness-about = लागेको रोग
cli-record-child-help = बच्चाको ID ("hagu child list --json" बाट हेर्न सकिन्छ)
cli-record-id-help = रेकर्डको ID ("hagu record list" बाट हेर्न सकिन्छ)
cli-record-kind-help = यो प्रकारका रेकर्ड मात्र
cli-record-deleted-help = मेटाइएका रेकर्ड पनि समावेश गर्छ
cli-record-list-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्छ (ढाँचा: docs/export-format.md)
cli-record-history-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्छ (record_id, change, previous, changed_at)
cli-record-date-help = मिति (उदाहरण: 2025-04-01)
cli-record-vaccine-help = खोपको ID (उदाहरण: hib, pcv, mr)
cli-record-dose-help = कतिऔं पटक (1–10)
cli-record-manufacturer-help = उत्पादक कम्पनी
cli-record-lot-help = लट नम्बर
cli-record-facility-help = स्वास्थ्य संस्था
cli-record-funding-help = खर्च: public (नियमित खोप) वा self-paid (ऐच्छिक खोप, आफ्नै खर्च)
cli-record-weight-help = तौल (kg, उदाहरण: 6.1)
cli-record-height-help = उचाइ (cm)
cli-record-head-help = टाउकोको परिधि (cm)
cli-record-chest-help = छातीको परिधि (cm)
cli-record-what-help = गर्न सकेको कुरा
cli-record-note-help = छोटो टिपोट
cli-record-text-help = टिपोटको विषय
cli-record-allergy-date-help = कहिलेदेखि (उदाहरण: 2025-04-01)
cli-record-substance-help = कारण (खाना, औषधि आदि)
cli-record-reaction-help = लक्षण
cli-record-illness-help = रोगको नाम
cli-export-about = पूरै पुस्तिका एउटा JSON का रूपमा निकाल्छ। इन्क्रिप्ट गरिएको हुँदैन (ढाँचा: docs/export-format.md)
cli-export-json-help = JSON मा निकाल्छ (अनिवार्य। अहिले यही ढाँचा मात्र)
cli-export-output-help = मानक आउटपुटको सट्टा यो फाइलमा लेख्छ (आफूले मात्र पढ्न सक्ने अनुमतिमा बनाइन्छ)
cli-import-about = JSON निर्यात खाली पुस्तिकामा पुनर्स्थापना गर्छ (पुस्तिका नभए बनाउँछ)। सबै ल्याउँछ, वा केही पनि ल्याउँदैन
cli-import-json-help = फाइल JSON निर्यात हो (अनिवार्य। अहिले यही ढाँचा मात्र)
cli-import-file-help = निर्यातको फाइल। - भए मानक इनपुटबाट पढ्छ
cli-after-help =
    वातावरण चरहरू:
      HAGUKUMI_PASSPHRASE  पासफ्रेज (OS को किचेन प्रयोग नगर्दा)
      HAGUKUMI_LANG        देखाउने भाषा (ja, ja-x-easy, en, zh-Hans, ko, vi,
                           pt-BR, ne, tl, id, th, es)

    बाहिरिने कोड (exit code):
      0  सफल
      1  अन्य त्रुटि (फाइल पढ्न वा लेख्न नसकिएको, उपकरणमा खाली ठाउँ नपुगेको आदि)
      2  कमान्डको प्रयोगमा गल्ती
      3  इनपुटमा गल्ती (केही सुरक्षित गरिएको छैन)। नभएको बच्चा वा रेकर्ड, 30 दिन नाघेको मेटाइको फिर्ता, ल्याउन नसकिने निर्यात, 12 वर्णभन्दा छोटो पासफ्रेज, टाइप गल्ती भएको रिकभरी कोड, यहाँ पुनर्स्थापना गर्न नसकिने ब्याकअप पनि समावेश
      4  पुस्तिका खोल्न सकिएन (पुस्तिका छैन, साँचो मिलेन, हागुकुमीको डाटा होइन, साँचो फेला परेन, किचेन पनि पासफ्रेज पनि छैन, पासफ्रेज चाहिन्छ, रिकभरी कोडले खुलेन, पुस्तिका यो फोल्डरबाट सारिएको छ)
      5  हागुकुमीको नयाँ संस्करणले लेखिएको पुस्तिका
      6  पुस्तिका बिग्रिएको छ (verify ले समस्या भेट्दा आदि), वा ब्याकअप बिग्रिएको छ
cli-usage-error = कमान्डको प्रयोग सही छैन। "hagu --help" बाट हेर्न सकिन्छ।

## Handbook

cli-init-created = पुस्तिका बनाइयो: { $path }
cli-init-exists = पुस्तिका पहिले नै छ, र समस्या बिना खुल्यो: { $path }
cli-key-os = साँचो राख्ने ठाउँ: OS को प्रमाणपत्र भण्डार (किचेन)
cli-key-passphrase = साँचो राख्ने ठाउँ: पासफ्रेज (वातावरण चर HAGUKUMI_PASSPHRASE)
cli-no-handbook = { $path } मा पुस्तिका छैन। पहिले "hagu init" बाट बनाउनुहोस्।
cli-no-data-dir = डाटा फोल्डर निर्धारण गर्न सकिएन। --data-dir बाट दिनुहोस्।

## Children

cli-child-line = { $name }  { $birth } मा जन्म  { $age }
cli-child-added = बच्चा थपियो: { $child }
cli-child-none = अहिलेसम्म कुनै बच्चा दर्ता छैन। "hagu child add" बाट थप्न सकिन्छ।
cli-age-unknown = उमेर थाहा छैन
cli-field-error = { $field }: { $message }
cli-nothing-saved = केही सुरक्षित गरिएको छैन।

## Verify

cli-verify-ok = पुस्तिकामा कुनै समस्या छैन: { $path }
cli-verify-schema = स्किमाको संस्करण: { $version }
cli-verify-cipher = SQLCipher को संस्करण: { $version }
cli-verify-problems = पुस्तिकामा समस्या भेटियो ({ $count } वटा): { $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (मेटाइएको। { $until } सम्म फर्काउन सकिन्छ)
cli-record-mark-gone = (मेटाइएको)
cli-datetime = { $date } { $time }
cli-record-none = अहिलेसम्म कुनै रेकर्ड छैन। "hagu record add" बाट थप्न सकिन्छ।
cli-record-added = { $name } को रेकर्ड #{ $id } थपियो: { $entry }
cli-record-edited = रेकर्ड #{ $id } परिवर्तन गरियो: { $entry }
cli-record-deleted = रेकर्ड #{ $id } मेटाइयो। { $until } सम्म "hagu record restore { $id }" बाट फर्काउन सकिन्छ।
cli-record-restored = रेकर्ड #{ $id } फर्काइयो: { $entry }
cli-record-no-child = ID { $id } को बच्चा छैन। "hagu child list --json" बाट जाँच गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-record-no-record = ID { $id } को रेकर्ड छैन। "hagu record list" बाट जाँच गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-record-kind-mismatch = रेकर्ड #{ $id } को प्रकार { $kind } हो। "hagu record edit { $id } { $kind } …" बाट परिवर्तन गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-record-is-deleted = रेकर्ड #{ $id } मेटाइएको छ। पहिले "hagu record restore { $id }" बाट फर्काउनुहोस्। केही परिवर्तन गरिएको छैन।
cli-record-already-deleted = रेकर्ड #{ $id } पहिले नै मेटाइएको छ। केही परिवर्तन गरिएको छैन।
cli-record-not-deleted = रेकर्ड #{ $id } मेटाइएको छैन, त्यसैले फर्काउनुपर्ने केही छैन।
cli-record-too-old = रेकर्ड #{ $id } मेटाएको 30 दिन नाघिसकेकाले फर्काउन सकिँदैन।
cli-record-official = रेकर्ड #{ $id } पोर्टलबाट आएको आधिकारिक रेकर्ड भएकाले परिवर्तन वा मेटाउन सकिँदैन।
cli-history-line = { $at }  { $change }। परिवर्तनअघि: { $entry }
cli-history-edit = परिवर्तन
cli-history-delete = मेटाइ
cli-history-restore = पुनर्स्थापना
cli-history-none = रेकर्ड #{ $id } परिवर्तन गरिएको छैन।

## Record photos

cli-photo-about = बच्चाका रेकर्डका फोटो थप्ने, सूची हेर्ने, निर्यात गर्ने, मेटाउने, फर्काउने (JPEG वा PNG। एपमा जस्तै, खिचेको ठाउँ जस्ता जानकारी हटाइन्छ)
cli-photo-add-about = रेकर्डमा फोटो थप्छ (JPEG वा PNG, 8MB सम्म, एउटा रेकर्डमा 10 वटासम्म)। खिचेको ठाउँ, क्यामेरा जस्ता जानकारी सुरक्षित गर्नुअघि हटाइन्छ
cli-photo-list-about = फोटो (ID, रेकर्ड, ढाँचा, साइज, थपेको मिति-समय) को सूची बनाउँछ। सबै रेकर्डका वा एउटा रेकर्डका फोटो
cli-photo-export-about = पुस्तिकामा सुरक्षित गरिएकै रूपमा फोटो फाइलमा निकाल्छ
cli-photo-delete-about = फोटो मेटाउँछ (30 दिनभित्र फर्काउन सकिन्छ)
cli-photo-restore-about = 30 दिनभित्र मेटाइएको फोटो फर्काउँछ
cli-photo-file-help = फोटोको फाइल (JPEG वा PNG)
cli-photo-output-help = निकाल्ने फाइल ("-" भए मानक आउटपुट)। उही नामको फाइल भए साटिन्छ
cli-photo-id-help = फोटोको ID ("{ $command } list" बाट हेर्न सकिन्छ)
cli-photo-list-record-help = यो रेकर्डका फोटो मात्र
cli-photo-list-deleted-help = मेटाइएका फोटो पनि समावेश गर्छ
cli-photo-list-json-help = मेसिनले पढ्न सक्ने JSON एरेमा निकाल्छ (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = रेकर्ड #{ $record } मा फोटो #{ $id } थपियो ({ $mime }, { $size } बाइट)। खिचेको ठाउँ जस्ता जानकारी हटाइयो।
cli-photo-line = #{ $id }  रेकर्ड #{ $record }  { $mime }  { $size } बाइट  { $at } मा थपिएको
cli-photo-none = अहिलेसम्म कुनै फोटो छैन। "{ $command } add" बाट थप्न सकिन्छ।
cli-photo-exported = फोटो #{ $id } ({ $mime }, { $size } बाइट) निकालियो: { $path }
cli-photo-deleted = फोटो #{ $id } मेटाइयो। { $until } सम्म "{ $command } restore { $id }" बाट फर्काउन सकिन्छ।
cli-photo-restored = रेकर्ड #{ $record } को फोटो #{ $id } फर्काइयो।
cli-photo-already-deleted = फोटो #{ $id } पहिले नै मेटाइएको छ। केही परिवर्तन गरिएको छैन।
cli-photo-not-deleted = फोटो #{ $id } मेटाइएको छैन, त्यसैले फर्काउनुपर्ने केही छैन।
cli-photo-too-old = फोटो #{ $id } मेटाएको 30 दिन नाघिसकेकाले फर्काउन सकिँदैन।
cli-photo-is-deleted = फोटो #{ $id } मेटाइएको छ। पहिले "{ $command } restore { $id }" बाट फर्काउनुहोस्। केही निकालिएको छैन।
cli-photo-no-photo = ID { $id } को फोटो छैन। "{ $command } list" बाट जाँच गर्नुहोस्। केही परिवर्तन गरिएको छैन।
cli-photo-not-theirs = रेकर्ड #{ $record } { $name } को रेकर्ड होइन। केही सुरक्षित गरिएको छैन।
cli-photo-cannot-read = { $path } पढ्न सकिएन: { $detail }

## Export and import

cli-export-plaintext = ध्यान दिनुहोस्: निर्यात इन्क्रिप्ट गरिएको छैन। पढ्न सक्ने जो कोहीले पुस्तिकाका सबै कुरा पढ्न सक्छ। सुरक्षित राख्नुहोस्, र आवश्यक नपरेपछि मेटाउनुहोस्।
cli-export-written = निर्यात लेखियो: { $path }
cli-export-cannot-write = { $path } मा लेख्न सकिएन: { $detail }
cli-import-cannot-read = { $path } पढ्न सकिएन: { $detail }
cli-import-too-large = { $path } धेरै ठूलो छ (सीमा { $limit } MB)। हागुकुमीको निर्यात यति ठूलो हुँदैन। सही फाइल हो कि जाँच गर्नुहोस्।
cli-import-not-json = JSON कागजात होइन: { $detail }
cli-import-not-an-export = हागुकुमीको निर्यात होइन ("format" "hagukumi-export" होइन)।
cli-import-version = यो निर्यातको ढाँचा संस्करण { $version } हो। यो hagu ले संस्करण { $supported } मात्र पढ्न सक्छ। हागुकुमी अद्यावधिक गर्नुहोस्।
cli-import-invalid = निर्यातको विवरणमा विरोधाभास छ, वा बिग्रिएको छ: { $detail }
cli-import-not-empty = { $path } को पुस्तिकामा पहिले नै डाटा छ। निर्यात खाली पुस्तिकामा मात्र ल्याउन सकिन्छ (नयाँ --data-dir आदि प्रयोग गर्नुहोस्)।
cli-import-nothing = केही ल्याइएको छैन।
cli-import-done = { $path } मा ल्याइयो: बच्चा { $children } जना, गर्भावस्था { $pregnancies } वटा, रेकर्ड { $records } वटा
cli-import-unverified = आधिकारिक डाटा { $count } वटाको हस्ताक्षर पुष्टि गर्न नसकिएकाले, तपाईंकै रेकर्डका रूपमा ल्याइयो (सम्पादन वा मेटाउन सकिन्छ। अर्को सिंकमा पोर्टलबाट फेरि आउँछ)।
cli-import-reference-portal-help = आधिकारिक डाटाको हस्ताक्षर सन्दर्भ पोर्टल (विकासको साँचो) बाट पनि जाँच गर्छ (डेमो र परीक्षणका लागि)

## hagu schedule / hagu summary

cli-schedule-about = खोप र स्वास्थ्य जाँचको तालिका देखाउँछ (पाठ, JSON, क्यालेन्डरका लागि ICS)
cli-schedule-child-help = यो बच्चाको मात्र (नदिए सबै)
cli-schedule-as-of-help = यो दिनलाई "आज" मानेर गणना गर्छ (उदाहरण: 2026-12-01)
cli-schedule-json-help = JSON मा निकाल्छ (ढाँचा docs/cli-schedule.md)
cli-schedule-ics-help = क्यालेन्डरमा ल्याउन सकिने iCalendar (.ics) ढाँचामा निकाल्छ
cli-schedule-person = { $name }
cli-summary-about = जाँचका लागि सारांश (एक पानाको HTML) निकाल्छ
cli-summary-child-help = सारांश बनाउने बच्चाको ID
cli-summary-output-help = मानक आउटपुटको सट्टा यो फाइलमा लेख्छ
cli-summary-written = जाँचका लागि सारांश लेखियो (इन्क्रिप्ट नगरिएको फाइल हो। सावधानीपूर्वक राख्नुहोस्)

## hagu sync
cli-sync-about = पोर्टल (माइनापोर्टल प्रकारको) बाट आधिकारिक रेकर्ड ल्याउँछ। सब-कमान्ड बिना चलाए अहिले नै सिंक गर्छ
cli-sync-portal-help = पोर्टलको ठेगाना (नदिए जोडिएको पोर्टल)
cli-sync-reference-portal-help = सन्दर्भ पोर्टल (विकासको साँचो, काल्पनिक डाटा) प्रयोग गर्ने (डेमो र परीक्षणका लागि)
cli-sync-reference-hint = सन्दर्भ पोर्टल (विकासका लागि, काल्पनिक डाटा) मा जोड्न --reference-portal थप्नुहोस्।
cli-sync-page-limit-help = एक पटकमा लिने सङ्ख्या (1–200)
cli-sync-json-help = मेसिनले पढ्न सक्ने JSON मा निकाल्छ
cli-sync-connect-about = पोर्टलसँग जोड्छ (देखाइएको ठेगाना ब्राउजरमा खोलेर सहमति दिनुहोस्)
cli-sync-timeout-help = ब्राउजरमा सहमतिको प्रतीक्षा गर्ने सेकेन्ड
cli-sync-status-about = सिंकको अवस्था (पछिल्लो सिंक, पठाउन बाँकी, जाँच गर्नुपर्ने रेकर्ड) देखाउँछ
cli-sync-official-about = पोर्टलबाट आएका आधिकारिक रेकर्डको सूची बनाउँछ
cli-sync-child-help = बच्चाको नम्बर
cli-sync-resolve-about = पोर्टलको रेकर्ड र तपाईंको रेकर्ड नमिल्दा कुन राख्ने निर्णय गर्छ
cli-sync-resolve-id-help = पोर्टलको रेकर्डको ID ("hagu sync official" मा देखिने)
cli-sync-keep-mine-help = तपाईंको रेकर्ड राख्छ
cli-sync-use-official-help = पोर्टलको रेकर्ड प्रयोग गर्छ (तपाईंको रेकर्ड मेटाइएको मानिन्छ, 30 दिनसम्म फर्काउन सकिन्छ)
cli-sync-questionnaire-about = खोपअघिको प्रश्नावली पठाउन बाँकीमा राख्छ (अर्को सिंकमा पठाइन्छ)
cli-sync-vaccine-help = खोपको ID (उदाहरण: mr)
cli-sync-date-help = खोप लगाउने तय मिति
cli-sync-temperature-help = शरीरको तापक्रम (℃)
cli-sync-answer-help = प्रश्नको उत्तर (उदाहरण: feels-well=yes)। सबै प्रश्नको उत्तर दिनुहोस्
cli-sync-note-help = डाक्टरलाई भन्न चाहेको कुरा
cli-sync-disconnect-about = पोर्टलसँगको जोडान बन्द गरी सहमति रद्द गर्छ (ल्याइएका रेकर्ड रहन्छन्)
cli-sync-open-this = तलको ठेगाना ब्राउजरमा खोलेर जोड्ने विषयमा सहमति दिनुहोस्:
cli-sync-browser-done = हागुकुमीसँगको जोडान पूरा भयो। यो पृष्ठ बन्द गरेर टर्मिनलमा फर्कनुहोस्।
cli-sync-connected = { $portal } सँग जोडियो (सहमति दिइएका विषय: { $scopes })। "hagu sync" बाट ल्याउनुहोस्।
cli-sync-scope-questionnaires = खोपअघिको प्रश्नावली पठाउने
cli-sync-done = सिंक भयो: नयाँ रेकर्ड { $added } वटा, तपाईंको रेकर्डसँग मिलेको { $linked } वटा, जाँच आवश्यक { $conflicts } वटा, अद्यावधिक { $updated } वटा, परिवर्तन नभएका { $unchanged }, पठाइएको { $sent } वटा
cli-sync-conflicts-waiting = तपाईंको रेकर्डसँग नमिल्ने आधिकारिक रेकर्ड { $count } वटा छन्। "hagu sync official" बाट हेरेर "hagu sync resolve" बाट निर्णय गर्नुहोस्।
cli-sync-connect-hint = "hagu sync connect --portal URL" बाट जोड्नुहोस्।
cli-sync-never = अहिलेसम्म छैन
cli-sync-status-line = पोर्टल: { $portal }  पछिल्लो सिंक: { $last }  पठाउन बाँकी: { $pending } वटा  जाँच आवश्यक: { $conflicts } वटा
cli-sync-last-error = अघिल्लो सिंक: { $error }
cli-sync-no-official = पोर्टलबाट अहिलेसम्म कुनै रेकर्ड आएको छैन।
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } { $dose } औं पटक
cli-sync-item-checkup = स्वास्थ्य जाँच ({ $kind })
cli-sync-item-certificate = { $name } (सार्वजनिक खर्च व्यहोर्ने नम्बर { $payer }, प्राप्तकर्ता नम्बर { $recipient }, { $to } सम्म)
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = आधिकारिक रेकर्डका रूपमा थपियो
cli-sync-state-linked = तपाईंको रेकर्डसँग मिल्छ
cli-sync-state-conflict = जाँच आवश्यक
cli-sync-state-kept-mine = तपाईंको रेकर्ड राखियो
cli-sync-state-info = सन्दर्भका लागि
cli-sync-no-conflict = जाँच आवश्यक रेकर्ड { $id } फेला परेन। केही परिवर्तन गरिएको छैन।
cli-sync-questions = प्रश्नका ID: { $ids }
cli-sync-queued = खोपअघिको प्रश्नावली पठाउन बाँकीमा राखियो (#{ $id })। अर्को सिंकमा पठाइन्छ।
cli-sync-disconnected = पोर्टलसँगको जोडान बन्द गरी सहमति रद्द गरियो। ल्याइएका रेकर्ड पुस्तिकामा छन्।

## Recovery code and backup

cli-recovery-code-about = पुस्तिकाको रिकभरी कोड फेरि देखाउँछ (यो कोडले जुनसुकै उपकरणमा पुस्तिका खोल्न सकिन्छ)
cli-recover-about = साँचो हराएको पुस्तिका रिकभरी कोडले खोलेर साँचो यो उपकरणको प्रमाणपत्र भण्डारमा राख्छ (HAGUKUMI_PASSPHRASE सेट गरिएको भए त्यही नयाँ पासफ्रेजले सुरक्षित गर्छ)
cli-backup-about = पूरै पुस्तिकाको इन्क्रिप्ट गरिएको ब्याकअप एउटा फाइलमा लेख्छ (रिकभरी कोडले बन्द गरिन्छ)
cli-backup-output-help = ब्याकअप यो फाइलमा लेख्छ (नदिए अहिलेको फोल्डरमा hagukumi-मिति-समय.hagukumi-backup)
cli-restore-about = ब्याकअप फाइलबाट पुस्तिका पुनर्स्थापना गर्छ (केही साट्नुअघि सबै जाँच गर्छ)
cli-restore-file-help = ब्याकअप फाइल (.hagukumi-backup)
cli-recovery-code-flag-help = रिकभरी कोड (नदिए लेख्न सोधिन्छ)
cli-recovery-code-line = रिकभरी कोड: { $code }
cli-recovery-code-advice = यो कोड कागजमा सारेर, यो उपकरणभन्दा छुट्टै सुरक्षित ठाउँमा राख्नुहोस्। नयाँ स्मार्टफोन वा कम्प्युटरमा पुस्तिका खोल्दा, वा साँचो हराउँदा, यही कोड मात्र भरोसा हो।
cli-recovery-code-new = यो पुस्तिकाको रिकभरी कोड बन्यो। यहाँ एक पटक मात्र देखाइन्छ ("hagu recovery-code" बाट फेरि हेर्न सकिन्छ)।
cli-recovery-code-prompt = रिकभरी कोड:
cli-recovery-code-required = --recovery-code बाट रिकभरी कोड दिनुहोस् (लेख्न सकिने टर्मिनल छैन)। केही परिवर्तन गरिएको छैन।
cli-recover-done = पुस्तिका फेरि खोल्न सकिने भयो: { $path }। साँचो यो उपकरणको प्रमाणपत्र भण्डारमा राखियो।
cli-recover-done-passphrase = पुस्तिका फेरि खोल्न सकिने भयो: { $path }। अबदेखि HAGUKUMI_PASSPHRASE को नयाँ पासफ्रेजले खुल्छ (पुरानो पासफ्रेज चल्दैन)।
cli-backup-written = इन्क्रिप्ट गरिएको ब्याकअप लेखियो: { $path } ({ $size } बाइट)। रिकभरी कोड बिना खोल्न सकिँदैन।
cli-restore-done = { $created } को ब्याकअपबाट पुस्तिका पुनर्स्थापना गरियो: { $path }
cli-hint-init-new = यहाँ नयाँ पुस्तिका बनाउन: hagu init --new
cli-hint-recover = रिकभरी कोडले खोल्न: hagu recover
cli-hint-restore = ब्याकअपबाट पुनर्स्थापना गर्न: hagu restore फाइल
cli-hint-open-moved = अहिले भएकै ठाउँमा खोल्न: hagu --data-dir फोल्डर …
