# Nursery hunt: visit and consultation bookings, the nursery application (crates/i18n/src/booking.rs)

portal-category-nursery = Nursery visit and consultation bookings and applications

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = Visit
booking-kind-consult-counter = Consultation (at the counter)
booking-kind-consult-online = Consultation (online)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = No slots to book (a sync brings the municipality's latest ones).
booking-sample = SAMPLE: every visit and consultation slot is made up.
booking-none = No bookings yet.

nursery-booking-pending = Waiting to be sent
nursery-booking-confirmed = Confirmed
nursery-booking-declined = Declined
nursery-booking-cancelling = Cancellation waiting to be sent
nursery-booking-cancelled = Cancelled
nursery-booking-refused = Not accepted

nursery-decline-slot-full = the slot is full
nursery-decline-slot-changed = the slot has changed
nursery-decline-unknown-slot = the slot no longer exists
nursery-decline-slot-past = the slot has started
nursery-decline-already-booked = already booked
nursery-decline-other = no reason given

nursery-reminder-title = Tomorrow: { $kind ->
    [visit] nursery visit
   *[other] nursery consultation
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = Received (waiting for the allocation)
nursery-decision-offered = Place offered
nursery-decision-waitlisted = Waitlisted (no place this time)
nursery-decision-offered-at = Place offered: { $facility } (preference { $rank })
nursery-outcome-offered = offered
nursery-outcome-no-opening = no opening
nursery-outcome-not-reached = a higher preference was offered
nursery-adjustment-line = Preference { $rank } { $facility }: { $outcome }
nursery-application-none = No nursery application yet.
nursery-application-pending = Waiting to be sent
nursery-application-refused = Not accepted

nursery-error-bad-intake = Enter the intake as an April 1, YYYY-04-01.
nursery-error-intake-past = That intake has passed.
nursery-error-no-preferences = Choose at least one facility.
nursery-error-too-many-preferences = At most 20 preferences.
nursery-error-preference-twice = The same facility is chosen twice: { $value }
nursery-error-unknown-slot = No such slot (sync, then try again): { $value }
nursery-error-already-booked = This slot is already booked.
nursery-error-not-cancellable = Not a booking that can be cancelled: { $value }
nursery-error-already-pending = A nursery application is already waiting to be sent.
nursery-error-unknown-child = No such child: { $value }

cli-booking-slots-about = Visit and consultation slots (from the last sync)
cli-booking-municipality-help = Municipality code (default: the one set)
cli-booking-facility-help = Facility id (e.g. 131083-1)
cli-booking-json-help = Print JSON
cli-booking-book-about = Book a visit (visit) or a consultation (consult), sent at the next sync
cli-booking-kind-help = visit or consult
cli-booking-slot-help = The slot's id (shown by hagu nursery slots)
cli-booking-at-help = Start (instead of --slot)
cli-booking-mode-help = How the consultation takes place: counter or online
cli-booking-bookings-about = Bookings and their state
cli-booking-cancel-about = Cancel a booking (sent at the next sync)
cli-booking-id-help = The booking's number (# in hagu nursery bookings)
cli-booking-apply-about = Apply for a nursery place (facilities in order of preference; sent at the next sync)
cli-booking-child-help = The child's number
cli-booking-prefer-help = Facility ids in order of preference, comma-separated
cli-booking-intake-help = Intake (an April 1)
cli-booking-application-about = The nursery application and its result (place offered or waitlisted, the allocation)
cli-booking-queued = Booking #{ $id } is waiting to be sent: { $slot }
cli-booking-cancel-queued = The cancellation of booking #{ $id } is waiting to be sent.
cli-booking-apply-queued = Nursery application #{ $id } ({ $count } facilities) is waiting to be sent.
cli-booking-application-line = Application #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = Nursery application: { $status }

nursery-decision-notice-title = The nursery application has a result
booking-timeline-heading = Nursery bookings

booking-pick = Visit · apply
booking-title = Visit and consultation bookings
booking-pick-hint = Press "Visit · apply" on a facility to see its visit slots and the consultation slots.
booking-list-title = Bookings
booking-book = Book
booking-booked = Booked
booking-cancel = Cancel
nursery-apply-title = Nursery application
nursery-prefer-add = Add { $facility } to the preferences
nursery-prefs-from-bookmarks = Use my bookmarks in their order ({ $count ->
    [one] one facility
   *[other] { $count } facilities
})
nursery-prefs-none = Add the facilities you want from the search results.
nursery-pref-line = Preference { $rank }: { $facility }
nursery-pref-up = Move up
nursery-pref-down = Move down
nursery-pref-remove = Remove from the preferences
nursery-apply-child = Child
nursery-apply-intake = Intake (April 1)
nursery-apply-submit = Apply
nursery-apply-sent = The application is waiting to be sent. A sync sends it and brings the result.
