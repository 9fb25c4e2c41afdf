# Hagukumi — ne, booking.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

portal-category-nursery = नर्सरी (保育施設) भ्रमण र परामर्शको बुकिङ तथा भर्ना आवेदन

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = भ्रमण
booking-kind-consult-counter = नर्सरी खोज (保活) परामर्श (कार्यालयमा)
booking-kind-consult-online = नर्सरी खोज (保活) परामर्श (अनलाइन)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = बुक गर्न सकिने समय छैन (सिंक गर्दा स्थानीय सरकारको नयाँ समय आउँछ)।
booking-sample = नमुना: भ्रमण र परामर्शका सबै समय काल्पनिक हुन्।
booking-none = अहिलेसम्म कुनै बुकिङ छैन।

nursery-booking-pending = पठाउन बाँकी
nursery-booking-confirmed = पक्का भयो
nursery-booking-declined = अस्वीकार
nursery-booking-cancelling = रद्द गर्ने अनुरोध पठाउन बाँकी
nursery-booking-cancelled = रद्द भयो
nursery-booking-refused = स्वीकार गरिएन

nursery-decline-slot-full = सबै ठाउँ भरिएको छ
nursery-decline-slot-changed = समयको विवरण परिवर्तन भयो
nursery-decline-unknown-slot = यो समय अब छैन
nursery-decline-slot-past = सुरु हुने समय नाघिसक्यो
nursery-decline-already-booked = पहिले नै बुक गरिसकिएको छ
nursery-decline-other = कारण दिइएको छैन

nursery-reminder-title = भोलि { $kind ->
    [visit] नर्सरी भ्रमण
   *[other] नर्सरी खोज (保活) परामर्श
} छ ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = स्वीकार गरियो (प्रयोग समायोजन 利用調整 को नतिजा पर्खँदै)
nursery-decision-offered = भर्ना स्वीकृत (内定)
nursery-decision-waitlisted = प्रतीक्षामा (保留, यस पटक स्वीकृत भएन)
nursery-decision-offered-at = भर्ना स्वीकृत: { $facility } ({ $rank } औं रोजाइ)
nursery-outcome-offered = भर्ना स्वीकृत
nursery-outcome-no-opening = खाली ठाउँ छैन
nursery-outcome-not-reached = माथिल्लो रोजाइमा स्वीकृत
nursery-adjustment-line = { $rank } औं रोजाइ { $facility }: { $outcome }
nursery-application-none = अहिलेसम्म कुनै भर्ना आवेदन छैन।
nursery-application-pending = पठाउन बाँकी
nursery-application-refused = स्वीकार गरिएन

nursery-error-bad-intake = भर्ना मिति अप्रिल 1 लाई YYYY-04-01 को ढाँचामा लेख्नुहोस्।
nursery-error-intake-past = त्यो भर्ना मिति नाघिसक्यो।
nursery-error-no-preferences = रोजेको संस्था कम्तीमा एउटा छान्नुहोस्।
nursery-error-too-many-preferences = रोजाइ 20 संस्थासम्म मात्र हुन्छ।
nursery-error-preference-twice = एउटै संस्था दुई पटक छानिएको छ: { $value }
nursery-error-unknown-slot = त्यो समय फेला परेन (सिंक गरेर फेरि प्रयास गर्नुहोस्): { $value }
nursery-error-already-booked = यो समय पहिले नै बुक गरिसकिएको छ।
nursery-error-not-cancellable = रद्द गर्न सकिने बुकिङ होइन: { $value }
nursery-error-already-pending = भर्ना आवेदन पहिले नै पठाउन बाँकी छ।
nursery-error-unknown-child = त्यो बच्चा फेला परेन: { $value }

cli-booking-slots-about = भ्रमण र नर्सरी खोज परामर्शका बुकिङ समय (अघिल्लो सिंकमा आएका)
cli-booking-municipality-help = स्थानीय सरकारको कोड (पूर्वनिर्धारित: सेट गरिएको स्थानीय सरकार)
cli-booking-facility-help = संस्थाको ID (उदाहरण: 131083-1)
cli-booking-json-help = JSON मा निकाल्ने
cli-booking-book-about = भ्रमण (visit) वा नर्सरी खोज परामर्श (consult) बुक गर्ने (अर्को सिंकमा पठाइन्छ)
cli-booking-kind-help = visit (भ्रमण) वा consult (नर्सरी खोज परामर्श)
cli-booking-slot-help = समयको ID (hagu nursery slots मा देखाइन्छ)
cli-booking-at-help = सुरु हुने मिति र समय (--slot को सट्टा)
cli-booking-mode-help = परामर्शको तरिका: counter (कार्यालयमा) वा online
cli-booking-bookings-about = बुकिङ र तिनको अवस्था
cli-booking-cancel-about = बुकिङ रद्द गर्ने (अर्को सिंकमा पठाइन्छ)
cli-booking-id-help = बुकिङको नम्बर (hagu nursery bookings को #)
cli-booking-apply-about = भर्ना आवेदन (रोजाइको क्रममा संस्थाहरू राखेर। अर्को सिंकमा पठाइन्छ)
cli-booking-child-help = बच्चाको नम्बर
cli-booking-prefer-help = रोजेका संस्थाका ID रोजाइको क्रममा अल्पविरामले छुट्याएर
cli-booking-intake-help = भर्ना मिति (अप्रिल 1)
cli-booking-application-about = भर्ना आवेदन र नतिजा (स्वीकृत वा प्रतीक्षा, प्रयोग समायोजनको नतिजा)
cli-booking-queued = बुकिङ #{ $id } पठाउन बाँकीमा राखियो: { $slot }
cli-booking-cancel-queued = बुकिङ #{ $id } रद्द गर्ने अनुरोध पठाउन बाँकीमा राखियो।
cli-booking-apply-queued = भर्ना आवेदन #{ $id } ({ $count } संस्था) पठाउन बाँकीमा राखियो।
cli-booking-application-line = आवेदन #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = भर्ना आवेदन: { $status }

nursery-decision-notice-title = भर्ना आवेदनको नतिजा आयो
booking-timeline-heading = नर्सरी खोजका बुकिङ

booking-pick = भ्रमण / आवेदन
booking-title = भ्रमण र नर्सरी खोज परामर्शको बुकिङ
booking-pick-hint = संस्थाको "भ्रमण / आवेदन" थिच्दा भ्रमण र नर्सरी खोज परामर्शका समय देखिन्छन्।
booking-list-title = बुकिङ
booking-book = बुक गर्नुहोस्
booking-booked = बुक भयो
booking-cancel = रद्द गर्नुहोस्
nursery-apply-title = भर्ना आवेदन
nursery-prefer-add = { $facility } लाई रोजाइमा थप्नुहोस्
nursery-prefs-from-bookmarks = बुकमार्कको क्रमअनुसार रोजाइ राख्नुहोस् ({ $count } वटा)
nursery-prefs-none = रोजेका संस्था खोज नतिजाबाट थप्नुहोस्।
nursery-pref-line = { $rank } औं रोजाइ { $facility }
nursery-pref-up = क्रम माथि सार्नुहोस्
nursery-pref-down = क्रम तल सार्नुहोस्
nursery-pref-remove = रोजाइबाट हटाउनुहोस्
nursery-apply-child = बच्चा
nursery-apply-intake = भर्ना मिति (अप्रिल 1)
nursery-apply-submit = आवेदन दिनुहोस्
nursery-apply-sent = आवेदन पठाउन बाँकीमा राखियो। सिंकमा पठाइन्छ, र नतिजा पनि सिंकमै आउँछ।
