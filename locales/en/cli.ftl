## hagu, the command-line tool
# English. Must hold every id (with the same arguments) of locales/ja/cli.ftl.

## Help

cli-about = Work with Hagukumi's encrypted Maternal and Child Health Handbook from the command line.
cli-usage-heading = Usage
cli-commands-heading = Commands
cli-options-heading = Options
cli-help-flag = Print this help
cli-version-flag = Print the version
cli-data-dir-help = The handbook's data folder (default: the app's)
cli-init-new-help = Make a new handbook here even if the keychain still keeps the key of one that was moved away from this folder (that key is kept)
cli-init-about = Create the encrypted handbook (or check that the existing one opens)
cli-child-about = Add or list children
cli-child-add-about = Add a child
cli-child-name-help = The child's name
cli-child-birth-help = Date of birth (e.g. 2025-04-01)
cli-child-list-about = List the children in the handbook
cli-child-list-json-help = Print a machine-readable JSON array (id, name, birth_date)
cli-verify-about = Open an existing handbook and check its encryption and integrity (never creates one)
cli-arguments-heading = Arguments
cli-record-about = Add, list, change, delete or restore a child's records (vaccinations, measurements, milestones, notes, allergies, illnesses, birth, checkups, dental checkups, vision, hearing and CMV tests, medicines)
cli-record-add-about = Add a record to a child
cli-record-list-about = List a child's records, oldest first
cli-record-edit-about = Change a record. Flags not given keep their value; an empty value ("") clears an optional one. The previous version is kept in the record's history
cli-record-delete-about = Delete a record (it can be restored for 30 days)
cli-record-restore-about = Restore a record deleted in the last 30 days
cli-record-history-about = Show a record's earlier versions, oldest first
cli-record-vaccination-about = A vaccination
cli-record-measurement-about = A measurement (at least one of weight, height, head and chest circumference)
cli-record-milestone-about = A milestone: something the child did (e.g. first steps)
cli-record-note-about = A free note
cli-record-allergy-about = An allergy (e.g. to a food or a medicine)
cli-record-illness-about = An illness the child had
cli-record-child-help = The child's id (see "hagu child list --json")
cli-record-id-help = The record's id (see "hagu record list")
cli-record-kind-help = Only records of this kind
cli-record-deleted-help = Include deleted records
cli-record-list-json-help = Print a machine-readable JSON array (format: docs/export-format.md)
cli-record-history-json-help = Print a machine-readable JSON array (record_id, change, previous, changed_at)
cli-record-date-help = Date (e.g. 2025-04-01)
cli-record-vaccine-help = Vaccine id (e.g. hib, pcv, mr)
cli-record-dose-help = Which dose (1 to 10)
cli-record-manufacturer-help = Manufacturer
cli-record-lot-help = Lot number
cli-record-facility-help = Clinic or hospital
cli-record-funding-help = Paid by: public (routine vaccination) or self-paid
cli-record-weight-help = Weight in kg (e.g. 6.1)
cli-record-height-help = Height in cm
cli-record-head-help = Head circumference in cm
cli-record-chest-help = Chest circumference in cm
cli-record-what-help = What the child did
cli-record-note-help = A note about it
cli-record-text-help = The note
cli-record-allergy-date-help = Since when (e.g. 2025-04-01)
cli-record-substance-help = The cause (a food, a medicine, …)
cli-record-reaction-help = The reaction
cli-record-illness-help = The illness
cli-export-about = Print the whole handbook as one JSON document. It is NOT encrypted (format: docs/export-format.md)
cli-export-json-help = As JSON (required; the only format)
cli-export-output-help = Write it to this file (readable by you only) instead of standard output
cli-import-about = Restore a JSON export into an empty handbook (created if there is none). All or nothing
cli-import-json-help = The file is a JSON export (required; the only format)
cli-import-file-help = The export file, or - for standard input
cli-after-help =
    Environment:
      HAGUKUMI_PASSPHRASE  passphrase (when the OS keychain is not used)
      HAGUKUMI_LANG        language of messages (ja, ja-x-easy, en, zh-Hans,
                           ko, vi, pt-BR, ne, tl, id, th, es)

    Exit codes:
      0  success
      1  other error (e.g. files cannot be read or written, or the storage is full)
      2  the command was used wrongly
      3  invalid input (nothing was saved), also an unknown child or record, a deletion too old to undo, an export that cannot be imported, a passphrase shorter than 12 characters, a mistyped recovery code, a backup that cannot be restored here
      4  the handbook cannot be opened (no handbook, wrong key, not a Hagukumi database, key missing, no keychain and no passphrase, passphrase required, a recovery code that does not open it, a handbook moved away from this folder)
      5  the handbook was written by a newer version of Hagukumi
      6  the handbook is damaged (e.g. verify found problems), or a damaged backup
cli-usage-error = The command was not used correctly. See "hagu --help".

## Handbook

cli-init-created = Created the handbook: { $path }
cli-init-exists = The handbook is already there and opens fine: { $path }
cli-key-os = Key kept in: the OS credential store (keychain)
cli-key-passphrase = Key kept as: a passphrase (environment variable HAGUKUMI_PASSPHRASE)
cli-no-handbook = There is no handbook at { $path }. Create one first with "hagu init".
cli-no-data-dir = Cannot determine the data folder. Please give one with --data-dir.

## Children

cli-child-line = { $name }  born { $birth }  { $age }
cli-child-added = Added a child: { $child }
cli-child-none = No children yet. Add one with "hagu child add".
cli-age-unknown = age unknown
cli-field-error = { $field }: { $message }
cli-nothing-saved = Nothing was saved.

## Verify

cli-verify-ok = The handbook is sound: { $path }
cli-verify-schema = Schema version: { $version }
cli-verify-cipher = SQLCipher version: { $version }
cli-verify-problems = { $count ->
        [one] 1 problem found in the handbook: { $path }
       *[other] { $count } problems found in the handbook: { $path }
    }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (deleted; can be restored until { $until })
cli-record-mark-gone = (deleted)
cli-datetime = { $date } { $time }
cli-record-none = No records. Add one with "hagu record add".
cli-record-added = Added record #{ $id } for { $name }: { $entry }
cli-record-edited = Changed record #{ $id }: { $entry }
cli-record-deleted = Deleted record #{ $id }. It can be restored until { $until } with "hagu record restore { $id }".
cli-record-restored = Restored record #{ $id }: { $entry }
cli-record-no-child = There is no child with id { $id }. See "hagu child list --json". Nothing was changed.
cli-record-no-record = There is no record with id { $id }. See "hagu record list". Nothing was changed.
cli-record-kind-mismatch = Record #{ $id } is a { $kind } record; change it with "hagu record edit { $id } { $kind } …". Nothing was changed.
cli-record-is-deleted = Record #{ $id } is deleted. Restore it first with "hagu record restore { $id }". Nothing was changed.
cli-record-already-deleted = Record #{ $id } is already deleted. Nothing was changed.
cli-record-not-deleted = Record #{ $id } is not deleted; there is nothing to restore.
cli-record-too-old = Record #{ $id } was deleted more than 30 days ago and can no longer be restored.
cli-record-official = Record #{ $id } came from the portal and is read-only.
cli-history-line = { $at }  { $change }; before: { $entry }
cli-history-edit = changed
cli-history-delete = deleted
cli-history-restore = restored
cli-history-none = Record #{ $id } has not been changed.

## Photos on records

cli-photo-about = Add, list, export, delete or restore the photos on a child's records (JPEG or PNG; location and other details are removed, as in the app)
cli-photo-add-about = Add a photo to a record (JPEG or PNG, up to 8 MB, up to 10 per record). Location, camera and other details are removed before it is saved
cli-photo-list-about = List photos (id, record, type, size, when added): of every record, or of one record
cli-photo-export-about = Write a photo as it is stored in the handbook to a file
cli-photo-delete-about = Delete a photo (it can be restored for 30 days)
cli-photo-restore-about = Restore a photo deleted in the last 30 days
cli-photo-file-help = The photo file (JPEG or PNG)
cli-photo-output-help = The file to write ("-": standard output). An existing file is replaced
cli-photo-id-help = The photo's id (see "{ $command } list")
cli-photo-list-record-help = Only the photos of this record
cli-photo-list-deleted-help = Include deleted photos
cli-photo-list-json-help = Print a machine-readable JSON array (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = Added photo #{ $id } to record #{ $record } ({ $mime }, { $size } bytes). Location and other details were removed.
cli-photo-line = #{ $id }  record #{ $record }  { $mime }  { $size } bytes  added { $at }
cli-photo-none = No photos. Add one with "{ $command } add".
cli-photo-exported = Wrote photo #{ $id } ({ $mime }, { $size } bytes) to { $path }
cli-photo-deleted = Deleted photo #{ $id }. Until { $until } it can be restored with "{ $command } restore { $id }".
cli-photo-restored = Restored photo #{ $id } on record #{ $record }.
cli-photo-already-deleted = Photo #{ $id } is already deleted. Nothing was changed.
cli-photo-not-deleted = Photo #{ $id } is not deleted, so there is nothing to restore.
cli-photo-too-old = Photo #{ $id } was deleted more than 30 days ago and can no longer be restored.
cli-photo-is-deleted = Photo #{ $id } is deleted. Restore it first with "{ $command } restore { $id }". Nothing was written.
cli-photo-no-photo = There is no photo with id { $id }. See "{ $command } list". Nothing was changed.
cli-photo-not-theirs = Record #{ $record } is not one of { $name }'s records. Nothing was saved.
cli-photo-cannot-read = Cannot read { $path }: { $detail }

## Export and import

cli-export-plaintext = Warning: the export is NOT encrypted. Anyone who can read it can read the whole handbook; keep it safe and delete it when you no longer need it.
cli-export-written = Wrote the export to { $path }
cli-export-cannot-write = Cannot write { $path }: { $detail }
cli-import-cannot-read = Cannot read { $path }: { $detail }
cli-import-too-large = { $path } is too large (the limit is { $limit } MB). A Hagukumi export is never that large; check that this is the right file.
cli-import-not-json = This is not a JSON document: { $detail }
cli-import-not-an-export = This is not a Hagukumi export (its "format" is not "hagukumi-export").
cli-import-version = This export has format version { $version }; this version of hagu reads version { $supported }. Please update Hagukumi.
cli-import-invalid = The export is inconsistent or damaged: { $detail }
cli-import-not-empty = The handbook at { $path } already has data. An export can only be imported into an empty handbook (e.g. a new --data-dir).
cli-import-nothing = Nothing was imported.
cli-import-done = Imported into { $path }: { $children ->
        [one] 1 child
       *[other] { $children } children
    }, { $pregnancies ->
        [one] 1 pregnancy
       *[other] { $pregnancies } pregnancies
    }, { $records ->
        [one] 1 record
       *[other] { $records } records
    }
cli-import-unverified = { $count ->
        [one] 1 official item
       *[other] { $count } official items
    } could not be verified by their signature and came in as your own records (editable and deletable; the next sync brings them from the portal again).
cli-import-reference-portal-help = Also check official data against the reference portal's development key (for demos and tests)

## hagu schedule / hagu summary

cli-schedule-about = Show what vaccinations and checkups are due when (text, JSON or an ICS calendar)
cli-schedule-child-help = Only this child (default: every child)
cli-schedule-as-of-help = Plan as if today were this day (e.g. 2026-12-01)
cli-schedule-json-help = Print JSON (format: docs/cli-schedule.md)
cli-schedule-ics-help = Print an iCalendar (.ics) file for phone calendars
cli-schedule-person = { $name }
cli-summary-about = Write the clinic summary (one HTML page)
cli-summary-child-help = The child the summary is for (ID)
cli-summary-output-help = Write to this file instead of standard output
cli-summary-written = Clinic summary written (the file is not encrypted; handle it with care).

## hagu sync
cli-sync-about = Bring official records from a (Mynaportal-style) portal into the handbook. Without a subcommand: sync now
cli-sync-portal-help = The portal's address (default: the connected portal)
cli-sync-reference-portal-help = Use the reference portal (development key, SAMPLE data), for demos and tests
cli-sync-reference-hint = To use the reference portal (development key, SAMPLE data), add --reference-portal.
cli-sync-page-limit-help = Items per request (1–200)
cli-sync-json-help = Print machine-readable JSON
cli-sync-connect-about = Connect to a portal (open the printed address in a browser and consent there)
cli-sync-timeout-help = Seconds to wait for the consent in the browser
cli-sync-status-about = Show the sync status (last sync, writes waiting, records to check)
cli-sync-official-about = List the official records received from the portal
cli-sync-child-help = The child's number
cli-sync-resolve-about = When a portal record disagrees with your own, choose which to keep
cli-sync-resolve-id-help = The portal record's id (shown by "hagu sync official")
cli-sync-keep-mine-help = Keep your own record
cli-sync-use-official-help = Use the portal's record (yours is deleted and can be restored for 30 days)
cli-sync-questionnaire-about = Queue a pre-vaccination questionnaire (sent on the next sync)
cli-sync-vaccine-help = The vaccine's id (e.g. mr)
cli-sync-date-help = The planned date of the vaccination
cli-sync-temperature-help = Temperature (°C)
cli-sync-answer-help = An answer to a question (e.g. feels-well=yes). Answer every question
cli-sync-note-help = Anything to tell the doctor
cli-sync-disconnect-about = Disconnect from the portal and withdraw the consent (the records received stay)
cli-sync-open-this = Open this address in a browser and consent to what you want to share:
cli-sync-browser-done = Hagukumi is now connected. You can close this page and return to the terminal.
cli-sync-connected = Connected to { $portal } (shared: { $scopes }). Run "hagu sync" to bring the records in.
cli-sync-scope-questionnaires = Sending questionnaires
cli-sync-done = Synced: { $added } new records, { $linked } matching your own, { $conflicts } to check, { $updated } updated, { $unchanged } categories unchanged, { $sent } sent
cli-sync-conflicts-waiting = { $count } official records disagree with your own. See them with "hagu sync official" and decide with "hagu sync resolve".
cli-sync-connect-hint = Connect first with "hagu sync connect --portal URL".
cli-sync-never = not yet
cli-sync-status-line = Portal: { $portal }  Last sync: { $last }  Waiting to send: { $pending }  To check: { $conflicts }
cli-sync-last-error = Last sync: { $error }
cli-sync-no-official = No records from the portal yet.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } dose { $dose }
cli-sync-item-checkup = Checkup ({ $kind })
cli-sync-item-certificate = { $name } (payer { $payer }, recipient { $recipient }, until { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = added as an official record
cli-sync-state-linked = matches your own record
cli-sync-state-conflict = to check
cli-sync-state-kept-mine = you kept your own record
cli-sync-state-info = for reference
cli-sync-no-conflict = There is no record { $id } to check. Nothing was changed.
cli-sync-questions = Question ids: { $ids }
cli-sync-queued = The questionnaire is waiting to be sent (#{ $id }). It goes out with the next sync.
cli-sync-disconnected = Disconnected from the portal and the consent withdrawn. The records received stay in the handbook.

## Recovery code and backups

cli-recovery-code-about = Show the handbook's recovery code again (it opens the handbook on any device)
cli-recover-about = Open the handbook with its recovery code when its key is lost, and keep its key in this device's credential store (or, with HAGUKUMI_PASSPHRASE set, protect it with that new passphrase)
cli-backup-about = Write an encrypted backup of the whole handbook to one file (sealed with the recovery code)
cli-backup-output-help = Write the backup to this file (default: hagukumi-DATE-TIME.hagukumi-backup in the current folder)
cli-restore-about = Restore the handbook from a backup file (checked completely before anything is replaced)
cli-restore-file-help = The backup file (.hagukumi-backup)
cli-recovery-code-flag-help = The recovery code (without it, you are asked to type it)
cli-recovery-code-line = Recovery code: { $code }
cli-recovery-code-advice = Write this code down and keep it somewhere safe, away from this device. With it, and only with it, your handbook opens on a new phone or computer, or after the key is lost.
cli-recovery-code-new = This handbook now has a recovery code. It is shown once here (see it again with "hagu recovery-code").
cli-recovery-code-prompt = Recovery code:
cli-recovery-code-required = Give the recovery code with --recovery-code CODE (there is no terminal to type it in). Nothing was changed.
cli-recover-done = The handbook opens again: { $path }. Its key is now kept in this device's credential store.
cli-recover-done-passphrase = The handbook opens again: { $path }. From now on it opens with the new passphrase in HAGUKUMI_PASSPHRASE (the old one no longer works).
cli-backup-written = Wrote an encrypted backup: { $path } ({ $size } bytes). It opens only with the recovery code.
cli-restore-done = Restored the handbook from the backup of { $created }: { $path }
cli-hint-init-new = To start a new handbook here: hagu init --new
cli-hint-recover = With your recovery code: hagu recover
cli-hint-restore = To restore a backup: hagu restore FILE
cli-hint-open-moved = To open it where it is now: hagu --data-dir FOLDER …
