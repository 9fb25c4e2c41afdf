# Hagukumi — ne, lock.ftl: machine-assisted translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## एपको लक (PIN वा पासफ्रेज, आफैं लक हुने, फोनमा बायोमेट्रिक)

## लक स्क्रिन

lock-title = लक गरिएको छ
lock-body = पुस्तिका खोल्न अनलक गर्नुहोस्। लक भएको बेला पुस्तिकाको कुनै कुरा देखाइँदैन।
lock-pin = PIN
lock-pin-hint = 6 देखि 12 अङ्क
lock-passphrase = पासफ्रेज
lock-passphrase-hint = कम्तीमा 8 वर्ण
lock-unlock = अनलक गर्नुहोस्
lock-checking = जाँच गर्दै…
lock-biometric = बायोमेट्रिक वा उपकरणको पासकोडले अनलक गर्नुहोस्
lock-biometric-reason = हागुकुमी अनलक गर्नुहोस्
lock-biometric-cancel = रद्द गर्नुहोस्
lock-wait-seconds = लगातार { $failures } पटक गलत भयो। { $seconds } सेकेन्डपछि फेरि प्रयास गर्नुहोस्। तपाईंको पुस्तिकाको डाटा मेटिँदैन।

## सेटिङ

lock-settings-title = एपको लक
lock-settings-body = पुस्तिका खोल्नुअघि PIN वा पासफ्रेज सोध्छ। केही समय प्रयोग नगर्दा र अर्को एपमा जाँदा पनि आफैं लक हुन्छ। बिर्सिए पनि पुस्तिका कहिल्यै मेटिँदैन (प्रयासहरूबीच मात्र लामो समय पर्खनुपर्छ)।
lock-kind = अनलक गर्ने तरिका
lock-kind-pin = PIN (अङ्क)
lock-kind-passphrase = पासफ्रेज
lock-new-pin = नयाँ PIN
lock-new-pin-again = नयाँ PIN (जाँचका लागि फेरि)
lock-new-passphrase = नयाँ पासफ्रेज
lock-new-passphrase-again = नयाँ पासफ्रेज (जाँचका लागि फेरि)
lock-idle = यति समय प्रयोग नगरे आफैं लक हुन्छ
lock-idle-minutes = { $minutes } मिनेट
lock-enable = लक सेट गर्नुहोस्
lock-enabled = लक सेट भयो।
lock-idle-saved = लक हुनुअघिको समय बदलियो।
lock-on = अनलक गर्ने तरिका: { $kind }। { $minutes } मिनेट प्रयोग नगरे आफैं लक हुन्छ।
lock-now = अहिले लक गर्नुहोस्
lock-disable = लक बन्द गर्नुहोस् (अहिलेको PIN वा पासफ्रेज चाहिन्छ)
lock-disabled = लक बन्द छ।

## त्रुटिहरू

lock-locked = पुस्तिका लक गरिएको छ। पहिले अनलक गर्नुहोस्।
lock-wrong = PIN वा पासफ्रेज मिलेन। कृपया फेरि टाइप गर्नुहोस्।
lock-wait = लगातार धेरै पटक गलत भयो: केही बेर पर्खेर फेरि प्रयास गर्नुहोस्। तपाईंको पुस्तिकाको डाटा मेटिँदैन।
lock-not-set = यो पुस्तिकामा लक छैन।
lock-error-pin = PIN मा 6 देखि 12 अङ्क हुन्छन्।
lock-error-passphrase = पासफ्रेजमा 8 देखि 128 वर्ण हुन्छन्।
lock-error-mismatch = दुई पटक लेखिएका कुरा मिलेनन्। कृपया दुवै पटक उही टाइप गर्नुहोस्।
lock-error-idle = कृपया लक हुनुअघिको समय सूचीबाट छान्नुहोस्।
lock-biometric-failed = बायोमेट्रिक वा पासकोडले एप अनलक भएन। फेरि प्रयास गर्नुहोस्, वा PIN वा पासफ्रेज टाइप गर्नुहोस्।
lock-biometric-unavailable = यो उपकरणमा बायोमेट्रिक प्रयोग गर्न सकिँदैन। कृपया PIN वा पासफ्रेज टाइप गर्नुहोस्।
