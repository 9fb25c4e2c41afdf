# Hagukumi — ne, programs.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

programs-reason-child-age = { $years ->
    [0] { $name } { $months } महिनाको
   *[other] { $name } { $years } वर्ष { $months } महिनाको
}
programs-reason-born-on-or-after = { $date } वा पछि जन्मेका बच्चाका लागि
programs-reason-from = { $date } देखि लागू
programs-reason-until = { $date } सम्म लागू
programs-reason-school-year-end = { $age } वर्ष पुगेपछिको पहिलो मार्च 31 ({ $date }) सम्म लागू
programs-reason-child-order = { $name } लाई { $order } औं बच्चाका रूपमा गनिन्छ
programs-reason-twins = { $name } एकै दिन जन्मेका { $count } जनामध्ये एक: प्रत्येकलाई छुट्टै लागू हुन्छ
programs-reason-pregnancy-week = अहिले गर्भावस्था { $weeks } हप्ता { $days } दिन
programs-reason-pregnancy-week-from = गर्भावस्थाको { $week } हप्ता 0 दिन ({ $date }) देखि दाबी गर्न सकिन्छ
programs-reason-per-expected-child = गर्भमा भएका बच्चाको सङ्ख्याअनुसार दिइन्छ
programs-reason-after-birth = जन्मेपछि लागू (प्रसूतिको अनुमानित मिति { $date })
programs-reason-apply-by = आवेदनको अन्तिम मिति { $date }

programs-level-national = राष्ट्रिय
programs-level-prefecture = प्रिफेक्चर
programs-level-municipality = नगरपालिका
programs-now-heading = अहिले प्रयोग गर्न सकिने कार्यक्रम ({ $date } सम्म, { $municipality })
programs-coming-heading = आगामी 3 महिनाभित्र सुरु हुने
programs-check-heading = { $municipality } का अन्य कार्यक्रम (सर्तहरू डाटामा छैनन्। { $municipality } मा सोध्नुहोस्)
programs-none = छैन
programs-person-pregnancy = गर्भावस्थामा (प्रसूतिको अनुमानित मिति { $date })
programs-person-pregnancy-label = { $label } (प्रसूतिको अनुमानित मिति { $date })
programs-amount-month = मासिक { $yen } येन
programs-amount-once = { $yen } येन
programs-amount-per-expected-child = { $amount } × गर्भमा भएका बच्चाको सङ्ख्या
programs-days-left = { $days } दिन बाँकी ({ $date } सम्म)
programs-last-day = आज अन्तिम दिन
programs-until-date = { $date } सम्म
programs-next-payment = अर्को भुक्तानी महिना: { $year }/{ $month }
programs-applied-with = "{ $name }" सँगै आवेदन गर्न सकिन्छ
programs-schedule-link = खोपको समय तालिकामा हेर्नुहोस् (hagu schedule)
programs-how = आवेदनको तरिका: { $text }
programs-where = कार्यालय: { $text }
programs-bring = लैजानुपर्ने: { $text }
programs-link = जानकारी: { $uri }
programs-source = स्रोत: { $source }
programs-note = नोट: { $note }
programs-sample-notice = ※ यो नमुना डाटा हो ({ $date } सम्मको)। आवेदनअघि प्रत्येक स्रोत र नगरपालिकाको जानकारी जाँच गर्नुहोस्।
programs-no-municipality = नगरपालिका सेट गरिएको छैन। "hagu municipality list" बाट छानेर "hagu municipality set कोड" बाट सेट गर्नुहोस्।
programs-unknown-municipality = { $code } यो कार्यक्रम डाटामा नभएको नगरपालिका हो। "hagu municipality list" बाट जाँच गर्नुहोस्। केही परिवर्तन गरिएको छैन।
programs-registry-problem = कार्यक्रम डाटाको केही भाग पढ्न सकिएन (ती रेकर्ड हटाइएका छन्): { $problem }

municipality-line = { $code }  { $name }
municipality-set = नगरपालिका { $name } ({ $code }) मा सेट गरियो।
municipality-same = पहिले नै { $name } ({ $code }) मा सेट छ।
municipality-moved = { $from } बाट { $to } मा बसाइँ सरेको रूपमा कार्यक्रमहरू फेरि मिलाइयो ({ $date } सम्मको)।
municipality-ends-heading = { $from } मा सकिने
municipality-apply-heading = { $to } मा आवेदन गर्नुपर्ने
municipality-check-heading = { $to } का अन्य कार्यक्रम (सर्तहरू { $to } मा सोध्नुहोस्)

cli-municipality-about = आफू बस्ने नगरपालिका (कार्यक्रम मिलाउन प्रयोग हुन्छ)
cli-municipality-list-about = कार्यक्रम डाटामा भएका नगरपालिकाको सूची देखाउने
cli-municipality-set-about = आफू बस्ने नगरपालिका सेट गर्ने (बसाइँ सर्दा सकिने र आवेदन गर्नुपर्ने देखाइन्छ)
cli-municipality-code-help = स्थानीय सरकार कोड (6 अङ्क, उदाहरण: 131016)
cli-municipality-json-help = JSON मा निकाल्ने (स्क्रिप्टका लागि)
cli-programs-about = अहिले प्रयोग गर्न सकिने बाल हेरचाह सहायता कार्यक्रम, र 3 महिनाभित्र सुरु हुने
cli-programs-child-help = यो बच्चाको मात्र (ID)
cli-programs-as-of-help = यो मितिमा मिलाउने (पूर्वनिर्धारित आज)
cli-programs-json-help = JSON मा निकाल्ने (स्क्रिप्टका लागि)

programs-card-title = तपाईंको परिवारका लागि, अहिले
programs-card-intro = आफू बस्ने नगरपालिका छान्दा, बच्चाको उमेर (महिना) वा गर्भको हप्तासँग मिल्ने बाल हेरचाह सहायता कार्यक्रमबारे जानकारी दिइन्छ।
programs-card-choose = नगरपालिका छान्नुहोस्
programs-card-open = सबै हेर्नुहोस्
programs-card-more = अरू { $count } वटा
programs-card-where = { $name } का कार्यक्रम
programs-screen-title = बाल हेरचाह सहायता कार्यक्रम
programs-municipality-title = आफू बस्ने नगरपालिका
programs-municipality-hint = एक पटक छानेपछि प्रयोग गर्न सकिन्छ। बसाइँ सरेपछि फेरि छान्नुहोस्। फेरि आवेदन गर्नुपर्ने र सकिने कुराबारे जानकारी दिइन्छ।
programs-municipality-choose = छान्नुहोस्
programs-municipality-submit = यो नगरपालिका राख्नुहोस्
programs-municipality-saving = सेट गर्दै…
programs-moved-title = बसाइँ सर्दा बदलिने कुरा
programs-for-person = { $name }
programs-open-link = नगरपालिकाको जानकारी खोल्नुहोस्
programs-open-source = स्रोत खोल्नुहोस्
programs-open-benefits = आवेदनको अवस्था
programs-schedule-link-app = खोपको समय बच्चाको पृष्ठको तालिकामा हेर्न सकिन्छ।
programs-link-opened = ब्राउजरमा खोलियो।
error-unknown-municipality = त्यो नगरपालिका कार्यक्रम डाटामा छैन। सूचीबाट छान्नुहोस्। केही परिवर्तन गरिएको छैन।
error-program-no-link = यो कार्यक्रमको खोल्न सकिने जानकारी पृष्ठ छैन।
error-no-browser = ब्राउजर खोल्न सकिएन। स्रोतको नाम खोजेर हेर्नुहोस्।
