# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Nursery hunt: visit and consultation bookings, the nursery application (crates/i18n/src/booking.rs)

portal-category-nursery = Booking ng pagbisita at konsultasyon sa nursery, at mga aplikasyon

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = Pagbisita
booking-kind-consult-counter = Konsultasyon (sa counter)
booking-kind-consult-online = Konsultasyon (online)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = Walang slot na mabu-book (dinadala ng sync ang pinakabago mula sa munisipyo).
booking-sample = SAMPLE: gawa-gawa lamang ang lahat ng slot ng pagbisita at konsultasyon.
booking-none = Wala pang booking.

nursery-booking-pending = Naghihintay na maipadala
nursery-booking-confirmed = Kumpirmado
nursery-booking-declined = Tinanggihan
nursery-booking-cancelling = Naghihintay na maipadala ang pagkansela
nursery-booking-cancelled = Kinansela
nursery-booking-refused = Hindi tinanggap

nursery-decline-slot-full = puno na ang slot
nursery-decline-slot-changed = nagbago ang slot
nursery-decline-unknown-slot = wala na ang slot
nursery-decline-slot-past = nagsimula na ang slot
nursery-decline-already-booked = naka-book na
nursery-decline-other = walang ibinigay na dahilan

nursery-reminder-title = Bukas: { $kind ->
    [visit] pagbisita sa nursery
   *[other] konsultasyon tungkol sa nursery
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = Natanggap (naghihintay ng paglalaan)
nursery-decision-offered = May inialok na puwesto
nursery-decision-waitlisted = Nasa waitlist (walang puwesto sa pagkakataong ito)
nursery-decision-offered-at = Inialok na puwesto: { $facility } (ika-{ $rank } na pinili)
nursery-outcome-offered = inialok
nursery-outcome-no-opening = walang bakante
nursery-outcome-not-reached = inialok ang mas mataas na pinili
nursery-adjustment-line = Ika-{ $rank } na pinili { $facility }: { $outcome }
nursery-application-none = Wala pang aplikasyon sa nursery.
nursery-application-pending = Naghihintay na maipadala
nursery-application-refused = Hindi tinanggap

nursery-error-bad-intake = Ilagay ang petsa ng pagpasok bilang Abril 1, YYYY-04-01.
nursery-error-intake-past = Lumipas na ang petsa ng pagpasok na iyon.
nursery-error-no-preferences = Pumili ng kahit isang pasilidad.
nursery-error-too-many-preferences = Hanggang 20 pinili lamang.
nursery-error-preference-twice = Dalawang beses napili ang iisang pasilidad: { $value }
nursery-error-unknown-slot = Walang ganitong slot (mag-sync, saka subukang muli): { $value }
nursery-error-already-booked = Naka-book na ang slot na ito.
nursery-error-not-cancellable = Hindi ito booking na puwedeng kanselahin: { $value }
nursery-error-already-pending = May aplikasyon sa nursery nang naghihintay na maipadala.
nursery-error-unknown-child = Walang ganitong bata: { $value }

cli-booking-slots-about = Mga slot ng pagbisita at konsultasyon (mula sa huling sync)
cli-booking-municipality-help = Code ng munisipyo (default: ang nakatakda)
cli-booking-facility-help = Id ng pasilidad (hal. 131083-1)
cli-booking-json-help = Mag-print ng JSON
cli-booking-book-about = Mag-book ng pagbisita (visit) o konsultasyon (consult), ipapadala sa susunod na sync
cli-booking-kind-help = visit o consult
cli-booking-slot-help = Id ng slot (ipinapakita ng hagu nursery slots)
cli-booking-at-help = Simula (sa halip na --slot)
cli-booking-mode-help = Paano gagawin ang konsultasyon: counter o online
cli-booking-bookings-about = Mga booking at ang kalagayan nito
cli-booking-cancel-about = Kanselahin ang booking (ipapadala sa susunod na sync)
cli-booking-id-help = Numero ng booking (# sa hagu nursery bookings)
cli-booking-apply-about = Mag-aplay para sa puwesto sa nursery (mga pasilidad ayon sa pagkakasunod ng pinili; ipapadala sa susunod na sync)
cli-booking-child-help = Numero ng bata
cli-booking-prefer-help = Mga id ng pasilidad ayon sa pagkakasunod ng pinili, pinaghihiwalay ng kuwit
cli-booking-intake-help = Pagpasok (isang Abril 1)
cli-booking-application-about = Ang aplikasyon sa nursery at ang resulta nito (inialok na puwesto o waitlist, ang paglalaan)
cli-booking-queued = Naghihintay na maipadala ang booking #{ $id }: { $slot }
cli-booking-cancel-queued = Naghihintay na maipadala ang pagkansela ng booking #{ $id }.
cli-booking-apply-queued = Naghihintay na maipadala ang aplikasyon sa nursery #{ $id } ({ $count } pasilidad).
cli-booking-application-line = Aplikasyon #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = Aplikasyon sa nursery: { $status }

nursery-decision-notice-title = May resulta na ang aplikasyon sa nursery
booking-timeline-heading = Mga booking sa nursery

booking-pick = Bisitahin · mag-aplay
booking-title = Booking ng pagbisita at konsultasyon
booking-pick-hint = Pindutin ang "Bisitahin · mag-aplay" sa isang pasilidad para makita ang mga slot ng pagbisita at konsultasyon.
booking-list-title = Mga booking
booking-book = I-book
booking-booked = Naka-book
booking-cancel = Kanselahin
nursery-apply-title = Aplikasyon sa nursery
nursery-prefer-add = Idagdag ang { $facility } sa mga pinili
nursery-prefs-from-bookmarks = Gamitin ang aking mga bookmark ayon sa pagkakasunod ({ $count } pasilidad)
nursery-prefs-none = Idagdag ang mga gustong pasilidad mula sa resulta ng paghahanap.
nursery-pref-line = Ika-{ $rank } na pinili: { $facility }
nursery-pref-up = Itaas
nursery-pref-down = Ibaba
nursery-pref-remove = Alisin sa mga pinili
nursery-apply-child = Bata
nursery-apply-intake = Pagpasok (Abril 1)
nursery-apply-submit = Mag-aplay
nursery-apply-sent = Naghihintay na maipadala ang aplikasyon. Ipapadala ito ng sync at dadalhin ang resulta.
