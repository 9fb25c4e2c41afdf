# Official data (portal sync): consent, sync, official records, pre-visit questionnaires

portal-category-children = Your children's basic details
portal-category-vaccinations = Vaccination records
portal-category-checkups = Pregnancy and child checkup results
portal-category-certificates = Medical subsidy certificates
portal-category-benefits = Benefit applications and their status
portal-category-notices = Notices from your municipality

portal-benefit-submitted = Submitted
portal-benefit-under-review = Under review
portal-benefit-returned = Returned for correction
portal-benefit-approved = Approved
portal-benefit-paid = Paid
portal-benefit-rejected = Not granted

sync-error-offline = The portal cannot be reached. Try again where you have a signal (the handbook works as usual meanwhile).
sync-error-interrupted = The connection was cut off. Please try again later.
sync-error-server = The portal has a problem. Please try again in a while.
sync-error-busy = The portal is busy. Please try again in a while.
sync-error-refused = The portal did not accept the request.
sync-error-consent-expired = Your consent at the portal has expired or was withdrawn. Please connect again.
sync-error-not-connected = Not connected to the portal.
sync-error-not-consented = You have not consented to sharing this.
sync-error-consent-denied = Consent was not given in the browser.
sync-error-consent-timeout = No answer came from the browser in time. Please try again.
sync-error-loopback = Could not get ready to receive the consent. Please try again.
sync-error-consent-foreign = That reply was not for this consent, so nothing was changed. Please try again.
sync-error-signature = Data from the portal failed its signature check and was not accepted (nothing was saved).
sync-error-bad-page = Data from the portal was malformed and was not accepted (nothing was saved).
sync-error-other-account = Data from the portal was meant for another account and was not accepted (nothing was saved).
sync-error-other-request = Data from the portal answered another request and was not accepted (nothing was saved).
sync-error-stale-page = Data from the portal was older than what you already have and was not accepted (nothing was saved).
sync-error-bad-rules = A rules update from the portal did not pass its checks and was not used; the schedule stays on the rules it had.
sync-error-too-large = Data from the portal was too large and was not accepted (nothing was saved).
sync-error-insecure = The portal's address is not a secure connection (https), so it was not used.
sync-error-no-portal = No portal is set up for this app.
sync-error-development-key = The portal that is set up uses a development key, which this version does not accept.
sync-error-bad-profile = The portal settings could not be read.
sync-error-child-not-linked = This child is not linked to the portal yet. Sync first.

questionnaire-feels-well = Is your child free of any sign of illness today?
questionnaire-ill-last-month = Has your child been ill in the last month?
questionnaire-vaccinated-last-month = Has your child had a vaccination in the last month?
questionnaire-reaction-before = Has your child ever felt unwell after a vaccination?
questionnaire-seizures = Has your child ever had a seizure (convulsion)?
error-record-official = Official records from the portal cannot be changed or deleted.
error-no-such-conflict = This record has already been settled.

## The official data screen (from the card on home)

portal-title = Official data
portal-card-title = Official data (Mynaportal)
portal-card-intro = Bring official vaccination and checkup records, subsidy certificates and benefit status into this handbook.
portal-card-connected = Connected to the portal
portal-card-conflicts = { $count ->
    [one] One record needs a look from you
   *[other] { $count } records need a look from you
}
portal-card-open = Open official data
portal-intro = Receive records from public services such as Mynaportal. What you have written in the handbook stays as it is.
portal-shared-title = What you will receive (you can check it on the consent page)
portal-scope-questionnaires = Sending pre-visit questionnaires (only when you choose to send one)
portal-connect = Connect to the portal
portal-connect-note = The consent page opens in your browser. Once you have consented, this screen updates by itself. Hagukumi never handles your My Number.
portal-consenting-title = Please consent in your browser
portal-consenting-body = If no browser opened, copy this address and open it in your browser (valid for 5 minutes).
portal-consenting-reopen = Open in the browser again
portal-consenting-wait = Waiting for your consent…
portal-connected-to = Connected to: { $portal }
portal-last-synced = Last synced: { $when }
portal-never-synced = Not synced yet
portal-syncing = Syncing…
portal-pending-writes = Waiting to be sent: { $count }
portal-sync-now = Sync now
portal-synced = Synced
portal-disconnect = Stop sharing
portal-disconnect-confirm = Stop sharing with the portal? The records you have received stay in the handbook.
portal-disconnect-yes = Stop sharing
portal-disconnect-no = Keep sharing
portal-disconnected = Sharing stopped. The records you received are still here.
portal-offline-note = The handbook works as usual. The rest arrives once you are connected.

portal-conflicts-title = Records that need a look
portal-conflicts-intro = Your record and the official one give different dates. Please choose which one to keep.
portal-conflict-mine = Your record: { $date }
portal-conflict-official = Official record: { $date }
portal-keep-mine = Keep mine
portal-use-official = Use the official one
portal-resolved-kept = Your record was kept.
portal-resolved-official = The official record is used now. Yours can be restored from "recently deleted" for 30 days.

portal-certificates-title = Subsidy certificates
portal-certificate-payer = Public payer number
portal-certificate-recipient = Recipient number
portal-certificate-valid = Valid
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = Co-payment limit
portal-copay-per-visit = ¥{ $yen } per visit
portal-copay-monthly = ¥{ $yen } per month
portal-benefits-title = Benefit applications
portal-benefit-applied = Applied { $date }
portal-benefit-updated = Updated { $date }
portal-yen = ¥{ $yen }
portal-notices-title = Notices
portal-checkups-title = Pregnancy and postnatal checkups (official)
portal-child-checkups-title = Checkups (official)
portal-nothing-yet = Nothing has arrived yet
portal-for-child = { $name }
portal-facility = At: { $facility }
portal-findings = Findings: { $findings }
portal-blood-pressure = Blood pressure { $value }
portal-epds = EPDS { $value }
portal-gestation-weeks = Week { $weeks }

portal-badge-official = Official
portal-badge-official-hint = An official record from the portal (it cannot be changed or deleted)
portal-badge-linked = Matches official
portal-badge-linked-hint = The same as the official record
portal-badge-conflict = Check
portal-badge-conflict-hint = The official record gives another date; choose on the official data screen

portal-consent-page-title = All done
portal-consent-page-body = You can close this page and go back to Hagukumi.

## Pre-visit questionnaire

questionnaire-title = Pre-visit questionnaire (before a vaccination)
questionnaire-intro = Before the vaccination, you can send the questionnaire through the portal. On the day, follow the clinic's instructions.
questionnaire-not-linked = Once you are connected to the portal and this child has been synced, you can send a questionnaire.
questionnaire-date = Planned date
questionnaire-note = Anything to tell the doctor (optional)
questionnaire-questions = Questions
questionnaire-answer-all = Please answer every question with yes or no.
questionnaire-submit = Send the questionnaire
questionnaire-queued = Questionnaire saved. Whether it has been sent is shown in the list below.
questionnaire-list-title = Questionnaires sent
questionnaire-entry = { $vaccine } · planned { $date }
questionnaire-pending = Waiting to be sent
questionnaire-sent = Sent
questionnaire-rejected = Not accepted
questionnaire-date-hint = Today up to 90 days ahead
questionnaire-date-range = Enter a date from today up to 90 days ahead.
questionnaire-temperature-range = Enter a temperature between 34 and 42 °C.

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
