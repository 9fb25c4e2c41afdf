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
cli-init-about = Create the encrypted handbook (or check that the existing one opens)
cli-child-about = Add or list children
cli-child-add-about = Add a child
cli-child-name-help = The child's name
cli-child-birth-help = Date of birth (e.g. 2025-04-01)
cli-child-list-about = List the children in the handbook
cli-child-list-json-help = Print a machine-readable JSON array (id, name, birth_date)
cli-verify-about = Open an existing handbook and check its encryption and integrity (never creates one)
cli-after-help =
    Environment:
      HAGUKUMI_PASSPHRASE  passphrase (when the OS keychain is not used)
      HAGUKUMI_LANG        language of messages (ja or en)

    Exit codes:
      0  success
      1  other error (e.g. files cannot be read or written)
      2  the command was used wrongly
      3  invalid input (nothing was saved)
      4  the handbook cannot be opened (no handbook, wrong key, not a Hagukumi database, key missing, no keychain and no passphrase, passphrase required)
      5  the handbook was written by a newer version of Hagukumi
      6  the handbook is damaged (e.g. verify found problems)
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
