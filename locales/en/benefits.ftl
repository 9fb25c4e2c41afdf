## Benefit applications and their state (018 Support, Baby First, child allowance, …)

benefits-title = Benefit applications
benefits-open = See applications and apply
benefits-back = Back
benefits-none = No applications yet. Start with "Apply together" or "Track an application" below.
benefits-list-heading = Applications
benefits-next-payment-heading = Next payment
benefits-no-payment = No payment is scheduled yet.
benefit-state-not-applied = Not applied
benefit-state-applied = Applied
benefit-state-approved = Approved
benefit-state-paid = Paid
benefit-state-needs-action = Needs action
benefit-source-official = Official
benefit-source-tracked = Tracked by you
benefit-source-registry = You qualify
benefit-portal-status = Office status: { $status }
benefit-applied-on = Applied { $date }
benefit-deadline = Deadline { $date } ({ $days } days left)
benefit-deadline-passed = Deadline { $date } (passed)
benefit-amount = ¥{ $yen }
benefit-next-payment = ¥{ $yen } on { $date }
benefit-next-payment-of = Next payment: { $program }, ¥{ $yen } on { $date }
benefit-delete = Delete
benefit-reminder-title = { $who }: the deadline is near
benefit-reminder-body = The deadline for { $who } is { $date } ({ $days } days left). Please apply or finish what is needed.
benefit-error-already-pending = An application is already waiting to be sent. It goes out by itself once online, so there is no need to apply again.
benefit-error-refused = The portal did not accept this application. Check the children's names and birth dates and apply again, or ask your municipality's office.
benefit-error-no-children = There is no child in the handbook yet. Add one first with "Add a child" on the home screen.
benefit-no-such-application = No such tracked application. Check its number with `hagu benefits`.

once-only-title = Apply for 018 Support and Baby First together
once-only-intro = Filled in from the children in your handbook. Check it and send. No My Number is asked for.
once-only-programs = Programs: 018 Support (¥5,000 a month per child) and Baby First (¥100,000 in gift points per child born on or after 1 April 2025). The portal decides who qualifies.
once-only-child = { $name } (born { $date })
once-only-confirm = Apply with the details above (I have checked them)
once-only-confirm-needed = Check the details and tick "I have checked them" before sending
once-only-send = Send the application
once-only-queued = Application accepted. Sending it to the portal.
once-only-sent = The application was sent to the portal. Its state shows on this screen.
once-only-not-connected = Not connected to the portal, so the application is waiting to be sent. Connect under "Official data" on the home screen and it goes out.
submission-pending = Waiting to be sent: { $children }
submission-pending-problem = Waiting to be sent: { $children } ({ $problem } It goes out by itself once online.)
submission-sent = Sent, fetching its state: { $children }
submission-refused = Not accepted: { $children }

track-title = Track an application yourself
track-intro = Benefits applied for at the counter or by post: keep their state, deadline and next payment here.
track-save = Save
track-saved = Saved

## hagu benefits
cli-benefits-about = Show benefit applications and their state (018 Support with Baby First applied for together, and those you track yourself)
cli-benefits-json-help = Print JSON (for scripts)
cli-benefits-apply-about = Apply for 018 Support and Baby First together (queued; `hagu sync` sends it). No My Number is used
cli-benefits-guardian-help = The guardian's name (entered once, then remembered)
cli-benefits-child-help = A child to apply for (repeatable; every child of the handbook when left out)
cli-benefits-track-about = Track an application made at the counter or by post
cli-benefits-program-help = The program's name (e.g. child allowance)
cli-benefits-state-help = State: not-applied, applied, approved, paid or needs-action
cli-benefits-applied-on-help = The date applied
cli-benefits-deadline-help = The deadline (you are reminded before it)
cli-benefits-payment-date-help = The next payment's date
cli-benefits-payment-yen-help = The next payment's amount (yen)
cli-benefits-note-help = A note
cli-benefits-delete-about = Delete an application you tracked
cli-benefits-id-help = The application's number (after # in `hagu benefits`)
cli-benefits-deleted = Deleted
cli-benefits-tracked = Saved (#{ $id })
cli-benefits-queued = The application is queued (#{ $id }). `hagu sync` sends it to the portal.
benefits-to-apply = { $count ->
    [one] One benefit you qualify for is not applied for yet
   *[other] { $count } benefits you qualify for are not applied for yet
}
