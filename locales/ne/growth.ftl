# Hagukumi — ne, growth.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Growth chart references

growth-reference-who = WHO बाल वृद्धि मापदण्ड (2006)
growth-reference-japan-2023 = जापानको शिशु तथा बाल शारीरिक वृद्धि सर्वेक्षण (2023, 乳幼児身体発育調査)
growth-reference-unavailable = यो वृद्धि वक्रको डाटा अझै समावेश गरिएको छैन।
growth-reference-choose = कुन वृद्धि वक्रमा हेर्ने
growth-reference-fallback = { $indicator } का लागि { $chosen } को वक्र नभएकाले { $used } को वक्रमा देखाइएको छ।

## Indicators and sex

growth-indicator-weight = तौल
growth-indicator-length-height = उचाइ
growth-indicator-head = टाउकोको परिधि
growth-indicator-bmi = BMI (काउप सूचकांक)
growth-sex-male = केटा
growth-sex-female = केटी

## Where a measurement lies

growth-point-percentile = वृद्धि वक्रको पट्टीभित्र छ (लगभग { $percentile } पर्सेन्टाइल)।
growth-outside-band-low = वृद्धि वक्रको पट्टीभन्दा तल छ। चिन्ता लागेमा स्वास्थ्य जाँचमा सल्लाह लिनुहोस्।
growth-outside-band-high = वृद्धि वक्रको पट्टीभन्दा माथि छ। चिन्ता लागेमा स्वास्थ्य जाँचमा सल्लाह लिनुहोस्।

## Kaup index

growth-kaup-within = काउप सूचकांक { $value } छ, यो उमेरको सामान्य दायरा ({ $low }–{ $high }) भित्र छ।
growth-kaup-below = काउप सूचकांक { $value } छ, यो उमेरको सामान्य दायरा ({ $low }–{ $high }) भन्दा अलि कम छ। शरीरको बनावट व्यक्तिअनुसार फरक हुन्छ। चिन्ता लागेमा स्वास्थ्य जाँचमा सल्लाह लिनुहोस्।
growth-kaup-above = काउप सूचकांक { $value } छ, यो उमेरको सामान्य दायरा ({ $low }–{ $high }) भन्दा अलि बढी छ। शरीरको बनावट व्यक्तिअनुसार फरक हुन्छ। चिन्ता लागेमा स्वास्थ्य जाँचमा सल्लाह लिनुहोस्।
growth-kaup-note = काउप सूचकांकको मापदण्ड (इमामुरा एइइचीको "नयाँ बाल हेरचाह पाठ्यपुस्तक" अनुसार, उमेरअनुसारको सामान्य दायरा) जन्मेको 3 महिनादेखि लगभग 5 वर्षसम्म प्रयोग हुने मोटामोटी मापदण्ड हो। यो वृद्धि वक्र (जापानको सर्वेक्षण, WHO) भन्दा छुट्टै मापदण्ड हो।

## Chart

growth-chart-title = { $indicator } को वृद्धि वक्र ({ $sex })
growth-chart-desc = { $reference } को 3–97 पर्सेन्टाइल पट्टी (10, 25, 50, 75, 90 पर्सेन्टाइलका रेखासहित) र रेकर्ड गरिएका { $count } पटकका नापहरू।
growth-chart-axis-age = उमेर (महिना)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = 3–97 पर्सेन्टाइल पट्टी
growth-chart-corrected = 2 वर्षसम्म सच्याइएको उमेर (प्रसूतिको अनुमानित मितिदेखि गनिएको महिना) मा देखाइएको छ।

growth-title = वृद्धि वक्र
growth-needs-sex = वृद्धि वक्र केटा र केटीका लागि छुट्टाछुट्टै छ। एउटा छान्नुभयो भने देखाइन्छ।
