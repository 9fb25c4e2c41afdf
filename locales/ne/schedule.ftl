# Hagukumi — ne, schedule.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Vaccine names
schedule-vaccine-hepb = हेपाटाइटिस बी (B型肝炎)
schedule-vaccine-rotavirus-rv1 = रोटाभाइरस (१ प्रकार, Rotarix・ロタリックス)
schedule-vaccine-rotavirus-rv5 = रोटाभाइरस (५ प्रकार, RotaTeq・ロタテック)
schedule-vaccine-pcv = बाल न्युमोकोकल (小児用肺炎球菌)
schedule-vaccine-dpt-ipv-hib = पाँच-मिश्रित खोप (五種混合, DPT-IPV-Hib)
schedule-vaccine-dpt-ipv = चार-मिश्रित खोप (四種混合, DPT-IPV)
schedule-vaccine-hib = हिब (Hib)
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = दादुरा-रुबेला मिश्रित (MR, 麻しん風しん混合)
schedule-vaccine-varicella = ठेउला (水痘, Varicella)
schedule-vaccine-je = जापानी इन्सेफलाइटिस (日本脳炎)
schedule-vaccine-dt = दुई-मिश्रित खोप (二種混合, DT)
schedule-vaccine-hpv = HPV (पाठेघरको मुखको क्यान्सर रोकथाम)
schedule-vaccine-mumps = हाँडे (おたふくかぜ, Mumps)
schedule-vaccine-influenza = इन्फ्लुएन्जा
schedule-vaccine-other = अन्य खोप
schedule-vaccine-pcv15 = बाल न्युमोकोकल (१५ प्रकार)
schedule-vaccine-rsv-maternal = RS भाइरस आमा-शिशु प्रतिरक्षा खोप (RSウイルス母子免疫ワクチン)
schedule-cohort-mr-fy2024-period-1 = MR पहिलो चरणको विशेष व्यवस्था: आर्थिक वर्ष 2024 मा खोपको अभावले लिन नपाएका 2022 अप्रिल 2 देखि 2023 अप्रिल 1 सम्म जन्मेका बच्चाले, नगरपालिकाले स्वीकृत गरेमा, 2025 अप्रिल 1 देखि 2027 मार्च 31 सम्म नियमित खोपका रूपमा लिन सक्छन्
schedule-cohort-mr-fy2024-period-2 = MR दोस्रो चरणको विशेष व्यवस्था: आर्थिक वर्ष 2024 मा खोपको अभावले लिन नपाएका 2018 अप्रिल 2 देखि 2019 अप्रिल 1 सम्म जन्मेका बच्चाले, नगरपालिकाले स्वीकृत गरेमा, 2025 अप्रिल 1 देखि 2027 मार्च 31 सम्म नियमित खोपका रूपमा लिन सक्छन्
schedule-cohort-je-1995-2007 = जापानी इन्सेफलाइटिसको विशेष व्यवस्था (1995 अप्रिल 2 देखि 2007 अप्रिल 1 सम्म जन्मेका: 20 वर्ष नपुगुन्जेल)
schedule-cohort-je-2007-2009 = जापानी इन्सेफलाइटिसको विशेष व्यवस्था (2007 अप्रिल 2 देखि 2009 अक्टोबर 1 सम्म जन्मेका: पहिलो चरणको बाँकी 9 देखि 13 वर्षमा)

## Checkup names
schedule-checkup-child-1m = 1 महिने बाल स्वास्थ्य जाँच (1か月児健診)
schedule-checkup-child-3-4m = 3–6 महिने बाल स्वास्थ्य जाँच
schedule-checkup-child-6-7m = 6–7 महिने बाल स्वास्थ्य जाँच
schedule-checkup-child-9-10m = 9–11 महिने बाल स्वास्थ्य जाँच
schedule-checkup-child-1y6m = 1 वर्ष 6 महिने बाल स्वास्थ्य जाँच (1歳6か月児健診)
schedule-checkup-child-3y = 3 वर्षे बाल स्वास्थ्य जाँच (3歳児健診)
schedule-checkup-child-5y = 5 वर्षे बाल स्वास्थ्य जाँच
schedule-checkup-postnatal-2w = सुत्केरी आमाको जाँच (प्रसूतिपछि 2 हप्ता)
schedule-checkup-postnatal-1m = सुत्केरी आमाको जाँच (प्रसूतिपछि 1 महिना)
schedule-checkup-prenatal = गर्भवती जाँच (妊婦健診)
schedule-checkup-other = अन्य स्वास्थ्य जाँच

## Dose names
schedule-dose-nth = { $n } औं पटक
schedule-dose-primary = प्रारम्भिक { $n } औं पटक
schedule-dose-booster = बुस्टर खोप
schedule-dose-period = चरण { $period }
schedule-dose-period-primary = चरण { $period } प्रारम्भिक { $n } औं पटक
schedule-dose-period-booster = चरण { $period } बुस्टर
schedule-visit-nth = { $n } औं पटक

## Reasons
schedule-reason-given = { $date } मा खोप लगाइसकियो
schedule-reason-given-as = { $date } मा { $vaccine } का रूपमा खोप लगाइसकियो
schedule-reason-record-before-interval = यो खोप { $after } औं पटकदेखिको तोकिएको अन्तरभन्दा छिटो लगाइएको हो (नियमअनुसार { $date } वा पछि)
schedule-reason-record-live-too-close = यो खोप सुईबाट दिइने जीवित खोप ({ $vaccine }, { $date }) देखि 27 दिन नबिताई लगाइएको हो
schedule-reason-record-not-routine = यो खोप नियमित खोपको लक्षित अवधिबाहिर लगाइएको हो
schedule-reason-age-from = { $date } देखि लिन सकिन्छ
schedule-reason-min-interval = { $dose } औं पटक: { $after } औं पटक ({ $date }) देखि कम्तीमा { $days } दिन बिताएर
schedule-reason-min-interval-months = { $dose } औं पटक: { $after } औं पटक ({ $date }) देखि कम्तीमा { $months } महिना बिताएर
schedule-reason-after-previous = { $dose } औं पटक: { $after } औं पटकपछि
schedule-reason-live-interval = सुईबाट दिइने जीवित खोप ({ $vaccine }, { $date }) देखि कम्तीमा { $days } दिन बिताएर (एउटै दिन भए एकैसाथ लगाउन सकिन्छ)
schedule-reason-recommended-from = सामान्य खोप लगाउने समय { $date } देखि
schedule-reason-recommended-by = सामान्य खोप लगाउने समय { $date } सम्म
schedule-reason-funded-until = सार्वजनिक खर्चमा (निःशुल्क) { $date } सम्म लिन सकिन्छ
schedule-reason-funded-window-closing = निःशुल्क लिन सकिने अवधि { $days } दिन बाँकी छ ({ $date } सम्म)
schedule-reason-funded-window-closed = निःशुल्क अवधि ({ $date } सम्म) भित्र लिन सकिँदैन। लिने भए ऐच्छिक खोप (आफ्नै खर्चमा) हुन्छ
schedule-reason-age-limit = { $date } नाघेपछि लिन सकिँदैन
schedule-reason-dose-skipped = { $date } सम्म नलिएकाले यो पटक दिइँदैन (अर्को पटकमा जान्छ)
schedule-reason-dose-skipped-previous-late = { $after } औं पटक { $date } वा पछि भएकाले यो पटक दिइँदैन
schedule-reason-previous-missed = { $after } औं पटक लिन नसकिने भएकाले यो पटक पनि लिन सकिँदैन
schedule-reason-later-dose-recorded = { $later } औं पटक रेकर्ड भइसकेकाले यो पटक तालिकामा राखिँदैन
schedule-reason-dose-count = पहिलो पटक ({ $date }) को उमेर (महिना) अनुसार जम्मा { $count } पटक
schedule-reason-product-choice = { $other } पनि छान्न सकिन्छ (अन्त्यसम्म एउटै खोप लिइन्छ)
schedule-reason-replaced-by = बिक्री बन्द भएकाले बाँकी पटक { $vaccine } मा बदल्न सकिन्छ (डाक्टरसँग सल्लाह गर्नुहोस्)
schedule-reason-chronological-age = समयअगावै जन्मेका बच्चाले पनि खोप वास्तविक जन्म मितिदेखिको उमेर (महिना) अनुसार लिन्छन्
schedule-reason-girls-only = नियमित खोपको लक्षित समूह केटीहरू हुन्
schedule-reason-voluntary = ऐच्छिक खोप हो (आफ्नै खर्चमा। स्थानीय सरकारको अनुदान हुन सक्छ)
schedule-reason-season = यो सिजन: { $from } देखि { $until } सम्म
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = { $date } देखि नियमित खोप हो
schedule-reason-checkup-done = { $date } मा जाँच गराइसकियो
schedule-reason-checkup-window = { $from } देखि { $until } भित्र गराउनुहोस्
schedule-reason-checkup-law = मातृ तथा शिशु स्वास्थ्य ऐन (母子保健法) ले तोकेको जाँच हो
schedule-reason-checkup-municipal = नगरपालिकाले सञ्चालन वा अनुदान गर्ने जाँच हो (समय र तरिका नगरपालिकाअनुसार फरक हुन्छ)
schedule-reason-checkup-window-passed = लक्षित अवधि ({ $date } सम्म) नाघिसक्यो
schedule-reason-prenatal-week = गर्भावस्थाको { $week } औं हप्तातिर
schedule-reason-pregnancy-ended = { $date } को प्रसूतिसँगै सकियो
schedule-reason-from-expected-date = प्रसूति मिति दर्ता नभएकाले प्रसूतिको अनुमानित मिति ({ $date }) बाट गणना गरिएको छ
