# Hagukumi — ne, portal.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

portal-category-children = बच्चाको आधारभूत जानकारी
portal-category-vaccinations = खोपको रेकर्ड
portal-category-checkups = गर्भवती तथा शिशु-बाल स्वास्थ्य जाँचको नतिजा
portal-category-certificates = उपचार खर्च अनुदानको प्रमाणपत्र (受給者証)
portal-category-benefits = सुविधाको आवेदन र अवस्था
portal-category-notices = नगरपालिकाबाट सूचना

portal-benefit-submitted = आवेदन गरिएको
portal-benefit-under-review = जाँच हुँदै
portal-benefit-returned = सच्याउन फिर्ता पठाइएको
portal-benefit-approved = स्वीकृत
portal-benefit-paid = भुक्तानी भएको
portal-benefit-rejected = अस्वीकृत

sync-error-offline = पोर्टलसँग जोडिन सकिएन। नेटवर्क भएको ठाउँमा पछि फेरि प्रयास गर्नुहोस् (पुस्तिका यसै प्रयोग गर्न सकिन्छ)
sync-error-interrupted = सञ्चार बीचमै टुट्यो। पछि फेरि प्रयास गर्नुहोस्
sync-error-server = पोर्टलमा समस्या आएको छ। केही बेरपछि प्रयास गर्नुहोस्
sync-error-busy = पोर्टल व्यस्त छ। केही बेरपछि प्रयास गर्नुहोस्
sync-error-refused = पोर्टलले अनुरोध स्वीकार गरेन
sync-error-consent-expired = पोर्टलको सहमतिको म्याद सकियो वा रद्द गरियो। फेरि जोड्नुहोस्
sync-error-not-connected = पोर्टलसँग जोडिएको छैन
sync-error-not-consented = यो विषयको जोडानमा सहमति दिइएको छैन
sync-error-consent-denied = ब्राउजरमा सहमति दिइएन
sync-error-consent-timeout = ब्राउजरबाट जवाफ नआई समय सकियो। फेरि प्रयास गर्नुहोस्
sync-error-loopback = सहमति लिने तयारी हुन सकेन। फेरि प्रयास गर्नुहोस्
sync-error-consent-foreign = त्यो जवाफ यो सहमतिको थिएन, त्यसैले केही बदलिएन। फेरि प्रयास गर्नुहोस्
sync-error-signature = पोर्टलबाट आएको डाटाको हस्ताक्षर पुष्टि गर्न नसकिएकाले लिइएन (केही सुरक्षित गरिएको छैन)
sync-error-bad-page = पोर्टलबाट आएको डाटामा त्रुटि भएकाले लिइएन (केही सुरक्षित गरिएको छैन)
sync-error-other-account = पोर्टलबाट अर्कै प्रयोगकर्ताको डाटा आएकाले लिइएन (केही सुरक्षित गरिएको छैन)
sync-error-other-request = पोर्टलबाट अर्कै अनुरोधको जवाफ आएकाले लिइएन (केही सुरक्षित गरिएको छैन)
sync-error-stale-page = पहिले नै लिइसकेको भन्दा पुरानो डाटा आएकाले लिइएन (केही सुरक्षित गरिएको छैन)
sync-error-bad-rules = पोर्टलबाट आएको नियमको अद्यावधिक जाँचमा पास नभएकाले प्रयोग गरिएन (तालिका पहिलेकै नियममा छ)
sync-error-too-large = पोर्टलबाट आएको डाटा धेरै ठूलो भएकाले लिइएन (केही सुरक्षित गरिएको छैन)
sync-error-insecure = पोर्टलको ठेगाना सुरक्षित जडान (https) नभएकाले जोडिएन
sync-error-no-portal = यो एपमा पोर्टल सेट गरिएको छैन
sync-error-development-key = सेट गरिएको पोर्टलले विकासका लागि मात्रको साँचो प्रयोग गर्ने भएकाले यो संस्करणमा जोडिँदैन
sync-error-bad-profile = पोर्टलको सेटिङ पढ्न सकिएन
sync-error-child-not-linked = यो बच्चा पोर्टलको जानकारीसँग जोडिएको छैन। पहिले सिंक गर्नुहोस्

questionnaire-feels-well = आज शरीरमा कतै अस्वस्थ छैन?
questionnaire-ill-last-month = पछिल्लो 1 महिनाभित्र कुनै रोग लाग्यो?
questionnaire-vaccinated-last-month = 1 महिनाभित्र कुनै खोप लगाउनुभयो?
questionnaire-reaction-before = अहिलेसम्मका खोपपछि कहिल्यै अस्वस्थ हुनुभएको छ?
questionnaire-seizures = अहिलेसम्म कहिल्यै कम्पन (छारे रोग जस्तो झट्का) आएको छ?

error-record-official = पोर्टलबाट आएको आधिकारिक रेकर्ड परिवर्तन गर्न वा मेटाउन सकिँदैन
error-no-such-conflict = यो रेकर्ड पहिले नै जाँच गरिसकिएको छ

## Official data screen

portal-title = आधिकारिक डाटा
portal-card-title = आधिकारिक डाटा (माइनापोर्टल マイナポータル सँग जोडान)
portal-card-intro = खोप र स्वास्थ्य जाँचका आधिकारिक रेकर्ड, प्रमाणपत्र, सुविधाको अवस्था यो पुस्तिकामा ल्याउन सकिन्छ।
portal-card-connected = पोर्टलसँग जोडिएको छ
portal-card-conflicts = जाँच गर्नुपर्ने रेकर्ड { $count } वटा छन्
portal-card-open = आधिकारिक डाटा हेर्नुहोस्
portal-intro = माइनापोर्टल जस्ता सार्वजनिक सेवाबाट रेकर्ड लिन सकिन्छ। तपाईंले पुस्तिकामा लेखेका रेकर्ड जस्ताको तस्तै रहन्छन्।
portal-shared-title = लिइने कुरा (सहमतिको पृष्ठमा हेर्न सकिन्छ)
portal-scope-questionnaires = खोपअघिको प्रश्नावली (予診票) पठाउने (तपाईंले पठाउने निर्णय गर्दा मात्र)
portal-connect = पोर्टलसँग जोड्नुहोस्
portal-connect-note = ब्राउजरमा सहमतिको पृष्ठ खुल्छ। सहमति सकिएपछि यो पृष्ठमा आफैं देखिन्छ। हागुकुमीले माइ नम्बर कहिल्यै प्रयोग गर्दैन।
portal-consenting-title = ब्राउजरमा सहमति दिनुहोस्
portal-consenting-body = ब्राउजर नखुलेमा, तलको ठेगाना प्रतिलिपि गरेर ब्राउजरमा खोल्नुहोस् (5 मिनेटसम्म मान्य)।
portal-consenting-reopen = ब्राउजरमा फेरि खोल्नुहोस्
portal-consenting-wait = सहमति सकिने प्रतीक्षा गर्दै…
portal-connected-to = जोडिएको: { $portal }
portal-last-synced = पछिल्लो सिंक: { $when }
portal-never-synced = अहिलेसम्म सिंक गरिएको छैन
portal-syncing = सिंक गर्दै…
portal-pending-writes = पठाउन बाँकी: { $count } वटा
portal-sync-now = अहिले नै सिंक गर्नुहोस्
portal-synced = सिंक भयो
portal-disconnect = जोडान बन्द गर्नुहोस्
portal-disconnect-confirm = जोडान बन्द गर्ने? अहिलेसम्म लिइएका रेकर्ड पुस्तिकामा रहन्छन्।
portal-disconnect-yes = जोडान बन्द गर्नुहोस्
portal-disconnect-no = यसै जारी राख्नुहोस्
portal-disconnected = जोडान बन्द गरियो। लिइएका रेकर्ड जस्ताको तस्तै छन्।
portal-offline-note = पुस्तिका यसै प्रयोग गर्न सकिन्छ। जोडिएपछि बाँकी लिइन्छ।

portal-conflicts-title = जाँच गर्नुपर्ने रेकर्ड
portal-conflicts-intro = तपाईंको रेकर्ड र आधिकारिक रेकर्डमा खोप लगाएको मिति फरक छ। कुन राख्ने छान्नुहोस्।
portal-conflict-mine = तपाईंको रेकर्ड: { $date }
portal-conflict-official = आधिकारिक रेकर्ड: { $date }
portal-keep-mine = आफ्नो रेकर्ड राख्नुहोस्
portal-use-official = आधिकारिक रेकर्ड राख्नुहोस्
portal-resolved-kept = तपाईंको रेकर्ड राखियो।
portal-resolved-official = आधिकारिक रेकर्ड राखियो। तपाईंको रेकर्ड 30 दिनभित्र "हालै मेटाइएका रेकर्ड" बाट फर्काउन सकिन्छ।

portal-certificates-title = प्रमाणपत्र (受給者証)
portal-certificate-payer = सार्वजनिक खर्च व्यहोर्ने नम्बर (公費負担者番号)
portal-certificate-recipient = प्राप्तकर्ता नम्बर (受給者番号)
portal-certificate-valid = मान्य अवधि
portal-certificate-valid-range = { $from } देखि { $to } सम्म
portal-certificate-copay = आफैंले तिर्ने रकमको सीमा
portal-copay-per-visit = प्रति पटक { $yen } येन
portal-copay-monthly = मासिक { $yen } येन
portal-benefits-title = सुविधाको आवेदन र अवस्था
portal-benefit-applied = आवेदन मिति { $date }
portal-benefit-updated = अद्यावधिक मिति { $date }
portal-yen = { $yen } येन
portal-notices-title = सूचना
portal-checkups-title = गर्भवती र सुत्केरी जाँचको रेकर्ड (आधिकारिक)
portal-child-checkups-title = स्वास्थ्य जाँचको रेकर्ड (आधिकारिक)
portal-nothing-yet = अहिलेसम्म आएको छैन
portal-for-child = { $name }
portal-facility = गर्ने संस्था: { $facility }
portal-findings = जाँचको नतिजा: { $findings }
portal-blood-pressure = रक्तचाप { $value }
portal-epds = EPDS { $value } अंक
portal-gestation-weeks = गर्भावस्था { $weeks } हप्ता

portal-badge-official = आधिकारिक
portal-badge-official-hint = पोर्टलबाट आएको आधिकारिक रेकर्ड हो (परिवर्तन वा मेटाउन सकिँदैन)
portal-badge-linked = आधिकारिकसँग मिल्छ
portal-badge-linked-hint = आधिकारिक रेकर्डसँग एउटै विवरण छ
portal-badge-conflict = जाँच आवश्यक
portal-badge-conflict-hint = आधिकारिक रेकर्डसँग खोप लगाएको मिति फरक छ। आधिकारिक डाटाको पृष्ठमा छान्न सकिन्छ

portal-consent-page-title = प्रक्रिया सकियो
portal-consent-page-body = यो पृष्ठ बन्द गरेर हागुकुमीमा फर्कनुहोस्।

## Pre-vaccination questionnaire

questionnaire-title = खोपअघिको प्रश्नावली (予診票)
questionnaire-intro = खोप लगाउनुअघि, प्रश्नावलीको विवरण पोर्टलमार्फत पठाउन सकिन्छ। त्यस दिन स्वास्थ्य संस्थाको निर्देशन पालना गर्नुहोस्।
questionnaire-not-linked = पोर्टलसँग जोडेर यो बच्चाको जानकारी सिंक भएपछि प्रश्नावली पठाउन सकिन्छ।
questionnaire-date = खोप लगाउने तय मिति
questionnaire-note = डाक्टरलाई भन्न चाहेको कुरा (ऐच्छिक)
questionnaire-questions = प्रश्न
questionnaire-answer-all = सबै प्रश्नको "हो" वा "होइन" मा उत्तर दिनुहोस्
questionnaire-submit = प्रश्नावली पठाउनुहोस्
questionnaire-queued = प्रश्नावली स्वीकार गरियो। पठाएको अवस्था तलको सूचीमा देखाइन्छ।
questionnaire-list-title = पठाइएका प्रश्नावली
questionnaire-entry = { $vaccine } · खोप लगाउने तय मिति { $date }
questionnaire-pending = पठाउन बाँकी
questionnaire-sent = पठाइयो
questionnaire-rejected = स्वीकार गरिएन
questionnaire-date-hint = आजदेखि 90 दिनसम्म
questionnaire-date-range = आजदेखि 90 दिनभित्रको मिति लेख्नुहोस्
questionnaire-temperature-range = 34–42℃ भित्र लेख्नुहोस्

portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
