# Hagukumi — ne, materials.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

materials-kind-guide = पुस्तिका र जानकारी
materials-kind-coupons = जाँच फारम (受診票) र कुपनको सूची
materials-kind-contacts = परामर्श र सम्पर्क ठाउँ
materials-heading = { $name } का सामग्री (गर्भावस्थाको सूचना दिँदा दिइने)
materials-none = अहिलेसम्म कुनै सामग्री छैन। पोर्टलसँग सिंक गर्दा, आफू बस्ने नगरपालिकाका सामग्री यो उपकरणमा सुरक्षित हुन्छन् र अफलाइनमा पनि पढ्न सकिन्छ।
materials-no-match = "{ $query }" सँग मिल्ने सामग्री छैन।
materials-count = { $count } वटा
materials-source = स्रोत: { $source }
materials-problem = केही सामग्री पढ्न सकिएन (ती सामग्री हटाइएका छन्): { $problem }
materials-no-municipality = नगरपालिका सेट गरिएको छैन। "hagu municipality set कोड" बाट सेट गरेर, "hagu sync" बाट सामग्री लिनुहोस्।
cli-materials-about = गर्भावस्थाको सूचना दिँदा दिइने सामग्री (पुस्तिका, जाँच फारम र कुपनको सूची, परामर्श ठाउँ) देखाउने र खोज्ने
cli-materials-search-help = यो शब्द भएका सामग्री मात्र (शीर्षक, विवरण, विषय)
cli-materials-json-help = JSON मा निकाल्ने (स्क्रिप्टका लागि)

materials-card-title = गर्भावस्थाको सूचनाका सामग्री
materials-card-intro = पुस्तिका, जाँच फारम र कुपनको सूची, परामर्श ठाउँ अफलाइनमा पनि पढ्न सकिन्छ।
materials-card-open = सामग्री हेर्नुहोस्
materials-screen-title = गर्भावस्थाको सूचनाका सामग्री
materials-search-label = सामग्री खोज्नुहोस्
materials-search-placeholder = उदाहरण: जाँच फारम, परामर्श
materials-back = सूचीमा फर्कनुहोस्
