# Hagukumi — ne, checkups.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Record kinds

record-kind-birth = जन्मको रेकर्ड
record-kind-checkup = शिशु तथा बाल स्वास्थ्य जाँच (乳幼児健診)
record-kind-dental = दाँतको जाँच (歯科健診)
record-kind-screening = आँखा, कान आदिको परीक्षण
record-kind-medicine = औषधि

## Checkups

checkup-w2 = लगभग 2 हप्ता (अभिभावकको रेकर्ड)
checkup-m1 = 1 महिने बाल स्वास्थ्य जाँच (1か月児健診)
checkup-m2 = लगभग 2 महिना (अभिभावकको रेकर्ड)
checkup-m3-4 = 3–6 महिने बाल स्वास्थ्य जाँच
checkup-m6-7 = 6–7 महिने बाल स्वास्थ्य जाँच
checkup-m9-10 = 9–11 महिने बाल स्वास्थ्य जाँच
checkup-y1 = लगभग 1 वर्ष (अभिभावकको रेकर्ड)
checkup-y1-6 = 1 वर्ष 6 महिने बाल स्वास्थ्य जाँच (1歳6か月児健診)
checkup-y2 = लगभग 2 वर्ष (अभिभावकको रेकर्ड)
checkup-y3 = 3 वर्षे बाल स्वास्थ्य जाँच (3歳児健診)
checkup-y4 = लगभग 4 वर्ष (अभिभावकको रेकर्ड)
checkup-y5 = 5 वर्षे बाल स्वास्थ्य जाँच
checkup-y6 = लगभग 6 वर्ष (अभिभावकको रेकर्ड)

## Pages of the parents' record

checklist-page-w2 = लगभग 2 हप्ता
checklist-page-m1 = लगभग 1 महिना
checklist-page-m2 = लगभग 2 महिना
checklist-page-m3-4 = लगभग 3–4 महिना
checklist-page-m6-7 = लगभग 6–7 महिना
checklist-page-m9-10 = लगभग 9–10 महिना
checklist-page-y1 = लगभग 1 वर्ष
checklist-page-y1-6 = लगभग 1 वर्ष 6 महिना
checklist-page-y2 = लगभग 2 वर्ष
checklist-page-y3 = लगभग 3 वर्ष
checklist-page-y4 = लगभग 4 वर्ष
checklist-page-y5 = लगभग 5 वर्ष
checklist-page-y6 = लगभग 6 वर्ष

## Delivery

delivery-vaginal = योनिमार्गबाट प्रसूति (सामान्य प्रसूति)
delivery-cesarean = सिजेरियन (शल्यक्रियाद्वारा प्रसूति)
delivery-vacuum = भ्याकुम (सक्सन) प्रसूति
delivery-forceps = फोरसेप्स प्रसूति
delivery-other = अन्य

## Screening

screening-vision = दृष्टि परीक्षण
screening-hearing = श्रवण परीक्षण
screening-newborn-hearing = नवजात शिशुको श्रवण परीक्षण
screening-congenital-cmv = जन्मजात साइटोमेगालोभाइरस (CMV) परीक्षण
screening-result-pass = पास (असामान्यता छैन)
screening-result-refer = फेरि परीक्षण आवश्यक
screening-result-not-done = गराइएको छैन
screening-result-negative = नेगेटिभ
screening-result-positive = पोजिटिभ

## Form

record-birth-date = जन्म मिति: { $date }
record-checklist-title = अभिभावकको रेकर्ड [{ $page }]
record-checklist-none = यो पानाका प्रश्नहरू पुष्टि गर्न सकिने स्रोत नभएकाले राखिएका छैनन्। नापका मान र जाँचको नतिजा रेकर्ड गर्न सकिन्छ।
record-checklist-hint = मिल्ने उत्तर छान्नुहोस्। उत्तर नदिए पनि हुन्छ।
record-answer-yes = हो
record-answer-no = होइन
record-answer-when = कहिले (थाहा भए)
record-medicine-start = खान सुरु गरेको दिन
record-screening-note = टिपोट (ऐच्छिक)

## List summaries

record-gestation = गर्भ अवधि { $weeks } हप्ता { $days } दिन
record-born-at = { $time } मा जन्म
record-birth-weight = जन्मँदाको तौल { $value } g
record-apgar = एप्गार { $one }/{ $five }
record-answered = अभिभावकको रेकर्ड { $count } प्रश्न
record-teeth = दाँत { $count } वटा
record-caries = कुहिएको दाँत { $count } वटा
record-fluoride-yes = फ्लोराइड लगाइएको
record-fluoride-no = फ्लोराइड नलगाइएको
record-until = { $date } सम्म

## Parents' record questions

checklist-w2-weak = बच्चाको रुवाइ वा दूध चुस्ने शक्ति कमजोर छ जस्तो लाग्छ?
checklist-sleeps-on-back = सुताउँदा बच्चालाई उत्तानो (ढाड तल पारेर) सुताउनुहुन्छ?
checklist-child-seat = गाडीमा चढ्दा चाइल्ड सिट प्रयोग गर्नुहुन्छ?
checklist-own-sleep = अभिभावक आफ्नै निद्रामा कुनै समस्या छ?
checklist-someone-to-ask = बच्चा हुर्काउने बारेमा सजिलै सल्लाह लिन सकिने कोही छ?
checklist-m1-moves-limbs = नाङ्गो पार्दा हात खुट्टा राम्ररी चलाउँछ?
checklist-feeds-well = दूध राम्ररी खान्छ?
checklist-m1-startles = ठूलो आवाजमा झस्केर हात खुट्टा तन्काउने वा रुन थाल्ने गर्छ?
checklist-m1-navel-dry = नाइटो सुकेको छ?
checklist-m2-follows-with-eyes = आँखा चलाएर वस्तुलाई पछ्याएर हेर्छ?
checklist-m3-4-head-steady = घाँटी (टाउको) कहिले अडियो?
checklist-m3-4-smiles = खेलाउँदा राम्ररी हाँस्छ?
checklist-m3-4-eyes = आँखाको हेराइ वा आँखाको चाल अनौठो छ कि भनी चिन्ता लाग्छ?
checklist-m3-4-turns-to-voice = नदेखिने दिशाबाट बोलाउँदा त्यतातिर हेर्न खोज्छ?
checklist-m3-4-outdoor-air = बाहिरको हावामा लैजानुहुन्छ?
checklist-m3-4-child-sleep = बच्चाको निद्रामा कुनै समस्या छ?
checklist-m6-7-rolls-over = कोल्टे फेर्न कहिले थाल्यो?
checklist-m6-7-sits = एक्लै बस्न कहिले थाल्यो?
checklist-m6-7-reaches = शरीरको नजिक भएको खेलौनातिर हात बढाएर समात्छ?
checklist-m6-7-voice = परिवारसँग हुँदा कुरा गरेजस्तो आवाज निकाल्छ?
checklist-m6-7-looks-at-sound = टिभी वा रेडियोको आवाज आउन थाल्नेबित्तिकै त्यतातिर हेर्छ?
checklist-m6-7-solids = ठोस आहार (बाल आहार) सुरु गर्नुभयो?
checklist-m6-7-pupils = आँखाको नानी सेतो देखिने वा पहेंलो-हरियो चम्केको देखिने हुन्छ?
checklist-m9-10-crawls = बामे सर्न कहिले थाल्यो?
checklist-m9-10-pulls-to-stand = केही समातेर उभिन कहिले थाल्यो?
checklist-m9-10-pinches = औंलाले साना वस्तु च्याप्छ?
checklist-m9-10-plays-alone = खुसी भएर एक्लै खेल्न सक्छ?
checklist-weaning-going-well = ठोस आहार (दूध छुटाउने क्रम) ठीकसँग अघि बढिरहेको छ?
checklist-m9-10-whisper = बिस्तारै नजिक गएर सुस्त आवाजमा बोलाउँदा फर्केर हेर्छ?
checklist-m9-10-follows-you = तपाईंको पछि-पछि लाग्छ?
checklist-m9-10-teeth = दाँत आउने तरिका, आकार, रङ, गिजा आदिबारे कुनै चिन्ता छ?
checklist-y1-cruises = केही समातेर हिँड्न कहिले थाल्यो?
checklist-y1-gestures = बाइबाइ, नमस्ते जस्ता इशारा गर्छ?
checklist-y1-music = सङ्गीतसँगै रमाउँदै शरीर चलाउँछ?
checklist-y1-weaning = ठोस आहार (दूध छुटाउने क्रम) ठीकसँग अघि बढिरहेको छ?
checklist-y1-simple-words = ठूलाले भनेका सजिला शब्द (यता आऊ, देऊ आदि) बुझ्छ?
checklist-y1-looks-where-pointed = कोठाको टाढाको खेलौनातिर औंल्याउँदा त्यतातिर हेर्छ?
checklist-y1-enjoys-play = सँगै खेल्दा खुसी हुन्छ?
checklist-y1-three-meals = दिनमा 3 पटक खाना खाने बानी बस्यो?
checklist-y1-brushing-practice = दाँत माझ्ने अभ्यास सुरु गर्नुभएको छ?
checklist-y1-6-walks = एक्लै हिँड्न कहिले थाल्यो?
checklist-y1-6-words = आमा, गाडी जस्ता अर्थ भएका केही शब्द बोल्छ?
checklist-y1-6-cup = आफैं कप समातेर पानी पिउन सक्छ?
checklist-y1-6-bottle = दूधको बोतल प्रयोग गर्छ?
checklist-y1-6-meal-times = खाना र खाजाको समय लगभग तोकिएको छ?
checklist-finishing-brush = बच्चाको दाँत अन्त्यमा तपाईं माझिदिनुहुन्छ?
checklist-y1-6-eyes = अत्यधिक चमक नसहने, वा आँखाको चाल अनौठो छ कि भनी चिन्ता लाग्छ?
checklist-y1-6-turns-when-called = पछाडिबाट नाम लिएर बोलाउँदा फर्केर हेर्छ?
checklist-fluoride = दाँतमा फ्लोराइड लगाउने वा फ्लोराइड भएको टुथपेस्ट प्रयोग गर्नुहुन्छ?
checklist-y2-runs = दौडन सक्छ?
checklist-y2-spoon = चम्चा प्रयोग गरेर आफैं खान्छ?
checklist-y2-blocks = ब्लकले टावर जस्तो बनाउने, वा लहरै राखेर रेल जस्तो बनाएर खेल्छ?
checklist-y2-imitates = टिभी वा ठूलाका इशाराको नक्कल गर्छ?
checklist-y2-two-words = दुई शब्दका वाक्य (कुकुर आयो, खाना देऊ आदि) बोल्छ?
checklist-y2-meat-vegetables = मासु वा रेसा भएका तरकारी खान्छ?
checklist-y3-stairs = हात प्रयोग नगरी एक्लै भर्‍याङ चढ्न सक्छ?
checklist-y3-circle = क्रेयन आदिले गोलो (वृत्त) कोर्छ?
checklist-y3-dressing = लुगा लगाउने र फुकाल्ने काम आफैं गर्न चाहन्छ?
checklist-y3-own-name = आफ्नो नाम भन्न सक्छ?
checklist-y3-brush-wash = दाँत माझ्ने र हात धुने गर्छ?
checklist-y3-thumb = सधैं औंला चुस्छ?
checklist-y3-chews = राम्ररी चपाएर खाने बानी छ?
checklist-y3-squint = डेडो आँखा (तिर्यक दृष्टि) छ?
checklist-y3-narrows-eyes = कुनै वस्तु हेर्दा आँखा चिम्सा पार्ने, वा धेरै नजिक लगेर हेर्ने गर्छ?
checklist-y3-hearing = कान राम्ररी सुन्दैन कि भनी चिन्ता लाग्छ?
checklist-y3-bite = दाँतको मिलान वा दाँतको लहरबारे कुनै चिन्ता छ?
checklist-y3-pretend-play = भान्साको खेल, हिरोको खेल जस्ता नक्कली खेल खेल्न सक्छ?
checklist-y3-playmates = खेल्ने साथी छन्?
checklist-y5-somersault = गुल्टिन (कोल्टो फन्को मार्न) सक्छ?
checklist-y5-draws-from-memory = सम्झेर चित्र बनाउन सक्छ?
checklist-y5-colours = रङ (रातो, पहेंलो, हरियो, नीलो) चिन्छ?
checklist-y5-clear-speech = स्पष्ट उच्चारणमा कुरा गर्न सक्छ?
checklist-y6-one-leg = एउटा खुट्टामा 5–10 सेकेन्ड उभिन सक्छ?
checklist-y6-square = चारकुने आकार हेरेर कोर्न सक्छ?
checklist-y6-directions = आफ्नो "अगाडि-पछाडि", "दायाँ-बायाँ" लगभग बुझ्छ?
checklist-y6-name-hiragana = हिरागानामा लेखिएको आफ्नो नाम पढ्न वा लेख्न सक्छ?
checklist-y6-can-wait = खेलौना वा मिठाई चाहिए पनि धैर्य गर्न सक्ने भयो?
checklist-y6-rules = वाचा र नियम पालना गरेर खेल्न सक्छ?
checklist-y6-first-molar = पहिलो स्थायी बङ्गारा (दूधे दाँतको लहरको पछाडि आउने स्थायी दाँत) आयो?
checklist-y6-breakfast = हरेक दिन बिहानको खाना खान्छ?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = जन्मको रेकर्ड (एक जनाको एउटा। जन्म मिति, गर्भ अवधि, जन्मँदाको तौल आदि)
cli-record-checkup-about = शिशु तथा बाल स्वास्थ्य जाँच (नापका मान, जाँचको नतिजा, अभिभावकको रेकर्ड)
cli-record-dental-about = दाँतको जाँच
cli-record-screening-about = आँखा, कान आदिको परीक्षण (दृष्टि, श्रवण, नवजात श्रवण, जन्मजात साइटोमेगालोभाइरस)
cli-record-medicine-about = औषधि
cli-record-birth-date-help = जन्म मिति (नदिए दर्ता गरिएको जन्म मिति)
cli-record-time-help = जन्मेको समय (24 घण्टा, उदाहरण: 14:05)
cli-record-weeks-help = गर्भ अवधिको हप्ता (22–44)
cli-record-days-help = गर्भ अवधिको दिन (0–6, नदिए 0)
cli-record-delivery-help = प्रसूतिको तरिका: vaginal (योनिमार्ग), cesarean (सिजेरियन), vacuum (भ्याकुम), forceps (फोरसेप्स), other
cli-record-weight-g-help = जन्मँदाको तौल (g, उदाहरण: 3120)
cli-record-length-help = उचाइ (cm)
cli-record-apgar1-help = एप्गार स्कोर (1 मिनेट, 0–10)
cli-record-apgar5-help = एप्गार स्कोर (5 मिनेट, 0–10)
cli-record-complications-help = असामान्यता, उपचार आदि
cli-record-checkup-help = कुन जाँच वा अभिभावकको रेकर्डको पाना: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5, y6
cli-record-findings-help = जाँचको नतिजा
cli-record-answer-help = अभिभावकको रेकर्डको उत्तर (प्रश्नको ID=yes, no वा मिति। "=" छोडे yes। जति पटक पनि दिन सकिन्छ। परिवर्तन गर्दा "ID=" ले उत्तर मेटाउन सकिन्छ)
cli-record-teeth-help = दाँतको सङ्ख्या (0–32)
cli-record-caries-help = कुहिएको दाँतको सङ्ख्या (0–20)
cli-record-fluoride-help = फ्लोराइड लगाइएको: yes वा no
cli-record-test-help = परीक्षण: vision (दृष्टि), hearing (श्रवण), newborn-hearing (नवजात श्रवण), congenital-cmv (जन्मजात साइटोमेगालोभाइरस)
cli-record-result-help = नतिजा: pass (पास), refer (फेरि परीक्षण आवश्यक), not-done (गराइएको छैन)। जन्मजात साइटोमेगालोभाइरस परीक्षणका लागि negative (नेगेटिभ), positive (पोजिटिभ), not-done
cli-record-start-help = खान सुरु गरेको दिन (उदाहरण: 2025-04-01)
cli-record-end-help = खान सकिएको दिन (ऐच्छिक)
cli-record-medicine-name-help = औषधिको नाम
cli-record-instructions-help = खाने तरिका र मात्रा
cli-record-birth-exists = जन्मको रेकर्ड पहिले नै छ (रेकर्ड #{ $id })। सच्याउन "hagu record edit { $id } birth …" प्रयोग गर्नुहोस्। केही परिवर्तन गरिएको छैन।
