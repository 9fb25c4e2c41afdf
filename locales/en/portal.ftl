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
sync-error-signature = Data from the portal failed its signature check and was not accepted (nothing was saved).
sync-error-bad-page = Data from the portal was malformed and was not accepted (nothing was saved).
sync-error-child-not-linked = This child is not linked to the portal yet. Sync first.

questionnaire-feels-well = Is your child free of any sign of illness today?
questionnaire-ill-last-month = Has your child been ill in the last month?
questionnaire-vaccinated-last-month = Has your child had a vaccination in the last month?
questionnaire-reaction-before = Has your child ever felt unwell after a vaccination?
questionnaire-seizures = Has your child ever had a seizure (convulsion)?
error-record-official = Official records from the portal cannot be changed or deleted.
