# Hagukumi — ne, hoiku.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

hoiku-sim-link = नर्सरी प्राथमिकता अंक (保育指数) अनुमान गर्नुहोस्
hoiku-back = ‹ नर्सरी (保育園) खोजमा
hoiku-sim-title = नर्सरी प्राथमिकता अंक (保育指数) को अनुमान
hoiku-sim-intro = प्रश्नहरूको एक-एक गरी उत्तर दिँदा, नगरपालिकाले सार्वजनिक गरेको तालिकाअनुसार परिवारको अंक अनुमान गरिन्छ। यसले भर्नाको ग्यारेन्टी गर्दैन, निर्णय नगरपालिकाले गर्छ।
hoiku-q-municipality = कुन नगरपालिकामा आवेदन दिनुहुन्छ?
hoiku-municipality-option = { $municipality } ({ $year } को तालिका)
hoiku-q-guardians = अभिभावक कति जना हुनुहुन्छ?
hoiku-guardians-one = 1 जना
hoiku-guardians-two = 2 जना
hoiku-q-situation = अभिभावक { $guardian } को अवस्था के हो?
hoiku-option-not-in-table = यो तालिकामा छैन
hoiku-q-hours = अभिभावक { $guardian } ({ $situation }) हप्तामा कति घण्टा?
hoiku-q-days = अभिभावक { $guardian } ({ $situation }) महिनामा कति दिन?
hoiku-q-detail = अभिभावक { $guardian } ({ $situation }) लाई कुन लागू हुन्छ?
hoiku-q-household = परिवारमा लागू हुने सबै छान्नुहोस् (नभए केही नछानी अर्कोमा जानुहोस्)।
hoiku-household-none-in-table = यो तालिकामा समायोजन अंकको पङ्क्ति छैन (फेला नपरेकाले)। छाने पनि कुल अंकमा जोडिँदैन।
hoiku-option-points = ({ $signed } अंक)
hoiku-hours-label = हप्ताको घण्टा
hoiku-days-label = महिनाको दिन
hoiku-next = अर्को
hoiku-back-step = एक कदम पछाडि
hoiku-restart = सुरुदेखि
hoiku-answer-hours = हप्तामा { $hours } घण्टा
hoiku-answer-days = महिनामा { $days } दिन
hoiku-answer-none = छैन
hoiku-result-title = अनुमानको नतिजा
hoiku-line-source = स्रोत: { $source } ({ $year })
hoiku-result-promise = सार्वजनिक तालिकाअनुसारको अनुमान हो। यसले भर्नाको ग्यारेन्टी गर्दैन।
hoiku-whatif-title = यदि…
hoiku-whatif-intro = छान्दा, अहिलेको उत्तरको कुल अंकको छेउमा बदलिएको कुल अंक देखाइन्छ।
hoiku-tweak-hours = अभिभावक { $guardian } हप्तामा { $from } घण्टा → { $to } घण्टा भए
hoiku-tweak-days = अभिभावक { $guardian } महिनामा { $from } दिन → { $to } दिन भए
hoiku-tweak-add = "{ $rule }" थपिए
hoiku-whatif-none = यो तालिकामा अंक बदलिने "यदि" छैन।
hoiku-whatif-compare = अहिलेको उत्तर { $before } अंक → यदि { $after } अंक ({ $difference ->
    [0] परिवर्तन हुँदैन
   *[other] { $signed }
})
hoiku-tie-none = यो तालिकामा गणना गर्न सकिने बराबर अंक हुँदाको क्रम छैन।
hoiku-past-none = गत वर्षको प्रत्येक नर्सरी र कक्षाको न्यूनतम अंक यस अनुमानको स्रोतमा नभएकाले देखाइएको छैन।
hoiku-flow-error-detail = त्यो उत्तर यस प्रश्नका विकल्पमा छैन।
hoiku-flow-error-unexpected = त्यो उत्तर यस प्रश्नसँग मिल्दैन।
hoiku-flow-error-extra = प्रश्नभन्दा उत्तर बढी छन्।

hoiku-checklist-title = अप्रिल भर्नाको आवेदन चेकलिस्ट
hoiku-checklist-heading = { $municipality } { $year } अप्रिल भर्ना ({ $date })
hoiku-checklist-periods = आवेदन अवधि र अन्तिम मिति
hoiku-checklist-period-range = { $title }: { $from } देखि { $until } सम्म
hoiku-checklist-period-until = { $title }: { $until } सम्म
hoiku-checklist-days-left = { $days ->
    [0] आज अन्तिम दिन
   *[other] { $days } दिन बाँकी
}
hoiku-checklist-passed = अन्तिम मिति नाघिसक्यो
hoiku-checklist-documents = कागजात ({ $checked }/{ $total } तयार)
hoiku-checklist-for = { $situation } अभिभावकका लागि
hoiku-checklist-as-of = { $date } सम्मको जानकारी
hoiku-checklist-source = स्रोत: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = यो नगरपालिकाको आवेदन चेकलिस्ट छैन।
hoiku-checklist-error-document = त्यो कागजात यो चेकलिस्टमा छैन। केही परिवर्तन गरिएको छैन।
hoiku-checklist-error-data = आवेदन चेकलिस्ट पढ्न सकिएन: { $detail }
hoiku-checklist-unknown = नगरपालिका कोड { $code } को आवेदन चेकलिस्ट छैन (उपलब्ध: { $known })।
cli-nursery-checklist-about = अप्रिल भर्नाको आवेदन अवधि, अन्तिम मिति र कागजातको सूची
cli-nursery-checklist-municipality-help = नगरपालिका कोड (132012 हाचिओजी शहर, 131083 कोतो वडा)
cli-nursery-checklist-json-help = JSON मा निकाल्ने (स्क्रिप्टका लागि)
