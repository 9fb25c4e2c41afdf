# Hagukumi — ne, benefits.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Benefit applications and their state

benefits-title = सुविधा (भत्ता) को आवेदन र अवस्था
benefits-open = आवेदन र अवस्था हेर्नुहोस्
benefits-back = फर्कनुहोस्
benefits-none = अहिलेसम्म कुनै आवेदन छैन। तलको "एकैसाथ आवेदन" वा "आफैं रेकर्ड" बाट सुरु गर्न सकिन्छ।
benefits-list-heading = आवेदन
benefits-next-payment-heading = अर्को भुक्तानी
benefits-no-payment = तय भएको भुक्तानी अझै छैन।
benefit-state-not-applied = आवेदन नगरिएको
benefit-state-applied = आवेदन गरिएको
benefit-state-approved = स्वीकृत
benefit-state-paid = भुक्तानी भएको
benefit-state-needs-action = कारबाही आवश्यक
benefit-source-official = आधिकारिक
benefit-source-tracked = आफैं रेकर्ड
benefit-source-registry = पाउन सकिने कार्यक्रम
benefit-portal-status = कार्यालयको अवस्था: { $status }
benefit-applied-on = आवेदन मिति { $date }
benefit-deadline = अन्तिम मिति { $date } ({ $days } दिन बाँकी)
benefit-deadline-passed = अन्तिम मिति { $date } (नाघिसक्यो)
benefit-amount = { $yen } येन
benefit-next-payment = { $date } मा { $yen } येन
benefit-next-payment-of = अर्को भुक्तानी: { $program } { $date } मा { $yen } येन
benefit-delete = मेटाउनुहोस्
benefit-reminder-title = { $who } को अन्तिम मिति नजिकिँदैछ
benefit-reminder-body = { $who } को अन्तिम मिति { $date } हो ({ $days } दिन बाँकी)। आवेदन वा आवश्यक प्रक्रिया पूरा गर्नुहोस्।
benefit-error-already-pending = पठाउन बाँकी आवेदन छ। सञ्चार सम्भव भएपछि आफैं पठाइन्छ, त्यसैले फेरि आवेदन गर्नु पर्दैन।
benefit-error-refused = पोर्टलले यो आवेदन स्वीकार गरेन। बच्चाको नाम र जन्म मिति जाँच गरेर फेरि आवेदन गर्नुहोस्, वा नगरपालिकाको कार्यालयमा सोध्नुहोस्।
benefit-error-no-children = पुस्तिकामा कुनै बच्चा दर्ता छैन। पहिले गृहपृष्ठको "बच्चा थप्नुहोस्" बाट दर्ता गर्नुहोस्।
benefit-no-such-application = त्यो रेकर्ड फेला परेन। `hagu benefits` बाट नम्बर जाँच गर्नुहोस्।

once-only-title = 018 सपोर्ट (018サポート) र आकाचान फर्स्ट (赤ちゃんファースト) एकैसाथ आवेदन
once-only-intro = पुस्तिकाको बच्चाको जानकारीबाट भरिएको छ। विवरण जाँच गरेर पठाउनुहोस्। माइ नम्बर (マイナンバー) लेखिँदैन।
once-only-programs = आवेदन गर्ने कार्यक्रम: 018 सपोर्ट (018サポート, प्रति बच्चा मासिक 5,000 येन) र आकाचान फर्स्ट (赤ちゃんファースト, 2025 अप्रिल 1 वा पछि जन्मेका बच्चा, 1 लाख येन बराबरको गिफ्ट पोइन्ट)। योग्यता पोर्टलले निर्धारण गर्छ।
once-only-child = { $name } ({ $date } मा जन्म)
once-only-confirm = माथिको विवरणमा आवेदन गर्छु (जाँच गरें)
once-only-confirm-needed = पठाउनुअघि विवरण जाँच गरेर "जाँच गरें" मा चिनो लगाउनुहोस्
once-only-send = आवेदन पठाउनुहोस्
once-only-queued = आवेदन स्वीकार गरियो। पोर्टलमा पठाउँदै।
once-only-sent = आवेदन पोर्टलमा पठाइयो। अवस्था यो पृष्ठमा देखाइन्छ।
once-only-not-connected = पोर्टलसँग जोडिएको नभएकाले आवेदन पठाउन बाँकी छ। गृहपृष्ठको "आधिकारिक डाटा" बाट पोर्टलमा जोडेपछि पठाइन्छ।
submission-pending = पठाउन बाँकी: { $children }
submission-pending-problem = पठाउन बाँकी: { $children } ({ $problem } सञ्चार सम्भव भएपछि आफैं पठाइन्छ)
submission-sent = पठाइयो, अवस्था लिँदै: { $children }
submission-refused = स्वीकार गरिएन: { $children }

track-title = आवेदन आफैं रेकर्ड गर्नुहोस्
track-intro = कार्यालयमा वा हुलाकबाट आवेदन गरेका सुविधाको पनि अवस्था, अन्तिम मिति र अर्को भुक्तानी यहाँ व्यवस्थापन गर्न सकिन्छ।
track-save = रेकर्ड गर्नुहोस्
track-saved = रेकर्ड गरियो

## hagu benefits
cli-benefits-about = सुविधाको आवेदन र अवस्था देखाउँछ (018 सपोर्ट र आकाचान फर्स्टको एकैसाथ आवेदन, आफैं रेकर्ड गरेका आवेदन)
cli-benefits-json-help = JSON मा निकाल्छ (स्क्रिप्टका लागि)
cli-benefits-apply-about = 018 सपोर्ट र आकाचान फर्स्टमा एकैसाथ आवेदन गर्छ (पठाउन बाँकीमा राखेर `hagu sync` ले पठाउँछ)। माइ नम्बर प्रयोग गरिँदैन
cli-benefits-guardian-help = अभिभावकको नाम (एक पटक लेखेपछि अर्को पटकदेखि छोड्न सकिन्छ)
cli-benefits-child-help = आवेदन गर्ने बच्चाको नम्बर (धेरै पटक दिन सकिन्छ। छोडे पुस्तिकाका सबै बच्चा)
cli-benefits-track-about = कार्यालयमा वा हुलाकबाट आवेदन गरेका सुविधा आफैं रेकर्ड गर्छ
cli-benefits-program-help = कार्यक्रमको नाम (उदाहरण: बाल भत्ता 児童手当)
cli-benefits-state-help = अवस्था: not-applied (आवेदन नगरिएको), applied (आवेदन गरिएको), approved (स्वीकृत), paid (भुक्तानी भएको), needs-action (कारबाही आवश्यक)
cli-benefits-applied-on-help = आवेदन मिति
cli-benefits-deadline-help = अन्तिम मिति (यो दिनअघि सूचना दिइन्छ)
cli-benefits-payment-date-help = अर्को भुक्तानी मिति
cli-benefits-payment-yen-help = अर्को भुक्तानी रकम (येन)
cli-benefits-note-help = टिपोट
cli-benefits-delete-about = आफैं रेकर्ड गरेको आवेदन मेटाउँछ
cli-benefits-id-help = रेकर्डको नम्बर (`hagu benefits` को # को अङ्क)
cli-benefits-deleted = मेटाइयो
cli-benefits-tracked = रेकर्ड गरियो (#{ $id })
cli-benefits-queued = आवेदन पठाउन बाँकीमा राखियो (#{ $id })। `hagu sync` ले पोर्टलमा पठाउँछ।
benefits-to-apply = अझै आवेदन नगरिएका सुविधा { $count } वटा छन्
