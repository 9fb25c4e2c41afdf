# Hagukumi — ne, backup.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Recovery sheet (printed page)

recovery-sheet-title = हागुकुमी रिकभरी पाना
recovery-sheet-made = बनाएको मिति: { $date }
recovery-sheet-family = यो पुस्तिका: { $names }
recovery-sheet-qr-label = रिकभरी कोडको QR कोड
recovery-sheet-what-title = यो के हो?
recovery-sheet-what = यो यस पुस्तिकाको रिकभरी कोड हो। स्मार्टफोन फेर्दा, हराउँदा, वा साँचो मेटिँदा, यो कोड भए पुस्तिका अर्को उपकरणमा खोल्न सकिन्छ। ब्याकअपबाट पुनर्स्थापना गर्दा पनि प्रयोग हुन्छ।
recovery-sheet-keep-title = सुरक्षित राख्ने तरिका
recovery-sheet-keep-paper = छापेर वा कागजमा सारेर, मातृ तथा शिशु स्वास्थ्य पुस्तिका वा बीमा कार्डको प्रतिलिपि जस्ता महत्त्वपूर्ण कागजातसँगै राख्नुहोस्।
recovery-sheet-keep-no-photo = उही स्मार्टफोनमा फोटो वा टिपोटका रूपमा नराख्नुहोस्। स्मार्टफोन हरायो भने कोड पनि सँगै हराउँछ।
recovery-sheet-keep-secret = यो कोड भए पुस्तिका पढ्न सकिन्छ। परिवारबाहेक अरूलाई नदेखाउनुहोस्।
recovery-sheet-use-title = प्रयोग गर्दा
recovery-sheet-use-open = नयाँ उपकरणमा हागुकुमी खोलेर "रिकभरी कोड छ" वा "ब्याकअपबाट पुनर्स्थापना" छान्नुहोस्।
recovery-sheet-use-type = यो कोड लेख्नुहोस् (ठूलो-सानो अक्षर, हाइफन भए पनि नभए पनि हुन्छ)।

## Recovery code of a new handbook (shown once)

recovery-new-title = रिकभरी कोड टिपेर राख्नुहोस्
recovery-new-body = फोन फेर्दा वा स्मार्टफोन हराउँदा यो पुस्तिका खोल्ने कोड हो। कागजमा सार्नुहोस् वा रिकभरी पाना छापेर महत्त्वपूर्ण कागजातसँगै राख्नुहोस्। उही स्मार्टफोनमा फोटो खिचेर नराख्नुहोस्।
recovery-new-sheet = रिकभरी पाना खोल्नुहोस् (छाप्न)
recovery-new-confirm = टिपें / छापें
recovery-new-restore = अर्को उपकरणबाट सार्ने हो भने (ब्याकअपबाट पुनर्स्थापना)

## First screen when the key is missing

recovery-start-title = यो उपकरणमा पुस्तिकाको साँचो छैन
recovery-start-body = पुस्तिकाको डाटा छ, तर खोल्ने साँचो यो उपकरणमा फेला परेन (फोन फेरेपछि वा किचेन रिसेट गरेपछि आदि)। रिकभरी कोड भए खोल्न सकिन्छ। डाटामा केही परिवर्तन गरिएको छैन।
recovery-start-code-title = रिकभरी कोड छ
recovery-code-field = रिकभरी कोड
recovery-code-hint = रिकभरी पानामा भएका 28 वर्ण (4-4 वर्णका 7 समूह)। हाइफन वा ठूलो-सानो अक्षर जे भए पनि हुन्छ।
recovery-start-open = पुस्तिका खोल्नुहोस्
recovery-start-opening = जाँच गर्दै…
recovery-start-restore-title = ब्याकअप फाइलबाट पुनर्स्थापना
recovery-opened = पुस्तिका खोलियो। यो उपकरणमा नयाँ साँचो सुरक्षित गरियो।

## Backup and transfer screen

backups-card-title = ब्याकअप र स्थानान्तरण
backups-card-intro = फोन फेर्दा वा स्मार्टफोन हराउँदाका लागि पुस्तिका सुरक्षित राख्छ।
backups-card-last = पछिल्लो ब्याकअप: { $when }
backups-card-never = अहिलेसम्म ब्याकअप गरिएको छैन
backups-card-open = ब्याकअप र स्थानान्तरण
backups-title = ब्याकअप र स्थानान्तरण
backups-help-title = यसरी काम गर्छ (सजिलो व्याख्या)
backups-help-key = पुस्तिकाको डाटा इन्क्रिप्ट गरेर यही स्मार्टफोनभित्र मात्र राखिएको छ। खोल्ने साँचो OS को साँचो राख्ने ठाउँ (किचेन) मा छ। हागुकुमी कम्पनीको सर्भरमा केही पनि पठाइँदैन।
backups-help-code = रिकभरी कोड साँचो हराउँदाको अतिरिक्त साँचो हो। पुस्तिका बनाउँदा देखाइन्छ। कागजमा टिपेर राख्नुभयो भने अर्को उपकरणमा पनि पुस्तिका खोल्न सकिन्छ।
backups-help-backup = ब्याकअप भनेको पूरै पुस्तिका इन्क्रिप्ट गरिएको एउटा फाइल हो। रिकभरी कोड बिना खोल्न सकिँदैन, त्यसैले क्लाउड ड्राइभमा राखे पनि भित्रको कुरा पढिँदैन।
backups-help-move = फोन फेर्ने तरिका: पुरानो उपकरणमा ब्याकअप बनाएर, त्यो फाइल नयाँ उपकरणमा सार्नुहोस् (क्लाउड ड्राइभ, कम्प्युटर आदि मार्फत)। नयाँ उपकरणमा हागुकुमी खोलेर "ब्याकअपबाट पुनर्स्थापना" मा फाइल र रिकभरी कोड लेख्नुहोस्।
backups-now-title = अहिले नै ब्याकअप
backups-file-field = सुरक्षित गर्ने फाइल
backups-file-hint = उदाहरण: /home/hanako/hagukumi-2026-12-03.hagukumi-backup (नयाँ फाइल नाम दिनुहोस्)
backups-now-submit = ब्याकअप बनाउनुहोस्
backups-working = बनाउँदै…
backups-written = ब्याकअप सुरक्षित गरियो: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = स्वचालित ब्याकअप
backups-auto-intro = छानेको फोल्डरमा दिनमा एक पटक ब्याकअप बनाइन्छ। आफ्नो क्लाउड ड्राइभसँग सिंक हुने फोल्डर छान्नुभयो भने उपकरण हराए पनि ढुक्क हुनुहुन्छ। फोल्डरमा इन्क्रिप्ट गरिएका फाइल मात्र राखिन्छ।
backups-folder-field = फोल्डर
backups-folder-hint = उदाहरण: /home/hanako/Dropbox/hagukumi (खाली छोडे स्वचालित ब्याकअप रोकिन्छ)
backups-keep-field = राख्ने सङ्ख्या
backups-keep-hint = नयाँदेखि यति वटा राखिन्छ, पुराना मेटाइन्छन् (1–{ $max })
backups-auto-save = सेटिङ सुरक्षित गर्नुहोस्
backups-auto-saved = स्वचालित ब्याकअपको सेटिङ सुरक्षित गरियो
backups-auto-off = स्वचालित ब्याकअप रोकिएको छ
backups-auto-on = { $folder } मा, नयाँदेखि { $keep } वटा राखिन्छ
backups-auto-last = पछिल्लो स्वचालित ब्याकअप: { $when }
backups-auto-never = अहिलेसम्म स्वचालित ब्याकअप बनेको छैन
backups-auto-problem = अघिल्लो स्वचालित ब्याकअप असफल भयो: { $problem }
backups-restore-title = ब्याकअपबाट पुनर्स्थापना
backups-restore-body = पूरै ब्याकअप फाइल जाँच गरेपछि मात्र अहिलेको पुस्तिकासँग साटिन्छ। जाँच गर्दा वा असफल हुँदा अहिलेको पुस्तिका जस्ताको तस्तै रहन्छ।
backups-restore-file = ब्याकअप फाइल
backups-restore-file-hint = उदाहरण: /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = पुनर्स्थापना गर्नुहोस्
backups-restore-working = फाइल जाँच गर्दै…
backups-restored = पुनर्स्थापना भयो। पुस्तिका अब ब्याकअपको विवरणमा छ।
backups-code-title = रिकभरी कोड
backups-code-body = रिकभरी पाना हराएमा यहाँबाट फेरि देखाउन वा छाप्न सकिन्छ।
backups-code-show = रिकभरी कोड देखाउनुहोस्
backups-code-confirm = वरिपरि कोही छैन भनी निश्चित गर्नुहोस्। रिकभरी कोड देखाउने?
backups-code-confirm-yes = देखाउनुहोस्
backups-code-cancel = रद्द गर्नुहोस्
backups-code-hide = लुकाउनुहोस्
backups-sheet-open = रिकभरी पाना खोल्नुहोस्
backups-sheet-print = छाप्नुहोस्
backups-sheet-close = बन्द गर्नुहोस्
backups-setting-problem-folder-required = फोल्डर लेख्नुहोस्
backups-setting-problem-folder-relative = फोल्डर सुरुदेखिको पूरा ठेगाना (उदाहरण: /home/… वा C:\…) मा लेख्नुहोस्
backups-setting-problem-folder-missing = यो फोल्डर फेला परेन। पहिले फोल्डर बनाउनुहोस्
backups-setting-problem-keep = राख्ने सङ्ख्या 1 देखि 60 सम्मको अङ्कमा लेख्नुहोस्
backups-file-required = फाइलको ठेगाना लेख्नुहोस्
error-no-recovery-code = यो पुस्तिकामा अझै रिकभरी कोड छैन। एप फेरि सुरु गर्दा बन्छ

## hagu recovery-sheet

cli-recovery-sheet-about = रिकभरी पाना (रिकभरी कोड, त्यसको QR कोड, सुरक्षित राख्ने तरिका) छाप्नका लागि HTML मा निकाल्छ
cli-recovery-sheet-output-help = मानक आउटपुटको सट्टा यो फाइलमा लेख्ने (नयाँ फाइल, आफूले मात्र पढ्न सक्ने)
cli-recovery-sheet-written = रिकभरी पाना लेखियो। छापिसकेपछि यो फाइल मेटाउनुहोस्।

## First screen when only an earlier handbook's key remains

elsewhere-title = यो ठाउँमा पुस्तिका छैन
elsewhere-body = पहिले यहाँ भएको पुस्तिकाको साँचो यो उपकरणमा बाँकी छ (पुस्तिकाको फोल्डर सारेपछि वा एप फेरि इन्स्टल गरेपछि आदि)। पुस्तिकाको ब्याकअप भए यहाँ पुनर्स्थापना गर्न सकिन्छ।
elsewhere-new-title = नयाँ पुस्तिका सुरु गर्नुहोस्
elsewhere-new-body = ब्याकअप छैन र नयाँ सुरु गर्ने हो भने यहाँ। पहिलेको पुस्तिकाको साँचो नमेटाई राखिन्छ।
elsewhere-new-confirm = नयाँ खाली पुस्तिका बनाइन्छ। पहिलेको पुस्तिका यो पृष्ठबाट खोल्न सकिने छैन। ठीक छ?
elsewhere-new-yes = नयाँ पुस्तिका बनाउनुहोस्
