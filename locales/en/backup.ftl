# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Hagukumi recovery sheet
recovery-sheet-made = Made on { $date }
recovery-sheet-family = This handbook: { $names }
recovery-sheet-qr-label = QR code of the recovery code
recovery-sheet-what-title = What is this?
recovery-sheet-what = This is your handbook's recovery code. If you get a new phone, lose your phone or its key is wiped, this code opens your handbook on another device. You also need it to restore a backup.
recovery-sheet-keep-title = How to keep it
recovery-sheet-keep-paper = Print it or copy it onto paper, and keep it with your important papers (the paper handbook, insurance papers).
recovery-sheet-keep-no-photo = Do not keep it as a photo or a note on the same phone: if you lose the phone, you lose the code with it.
recovery-sheet-keep-secret = Anyone with this code can read your handbook. Show it to no one outside your family.
recovery-sheet-use-title = When you need it
recovery-sheet-use-open = Open Hagukumi on the new device and choose "I have a recovery code" or "Restore from a backup".
recovery-sheet-use-type = Type this code (upper or lower case, with or without hyphens).

## A new handbook's recovery code (shown once)

recovery-new-title = Write down your recovery code
recovery-new-body = This code opens your handbook if you change or lose your phone. Copy it onto paper or print the recovery sheet, and keep it with your important papers. Do not keep it as a photo on the same phone.
recovery-new-sheet = Open the recovery sheet (print)
recovery-new-confirm = I have written it down / printed the sheet
recovery-new-restore = Moving from another device? Restore a backup

## The first screen when the key is missing

recovery-start-title = This device does not have the handbook's key
recovery-start-body = Your handbook's data is here, but the key to open it is not on this device (after moving to a new device or a keychain reset, for example). Your recovery code opens it. Nothing has been changed.
recovery-start-code-title = I have a recovery code
recovery-code-field = Recovery code
recovery-code-hint = The 28 letters and digits on your recovery sheet (7 groups of 4). Hyphens and upper or lower case do not matter.
recovery-start-open = Open the handbook
recovery-start-opening = Checking…
recovery-start-restore-title = Restore from a backup file
recovery-opened = Your handbook is open. A new key is kept on this device.

## The backup and moving screen

backups-card-title = Backup and moving to a new phone
backups-card-intro = Keep your handbook safe if you change or lose your phone.
backups-card-last = Last backup: { $when }
backups-card-never = No backup yet
backups-card-open = Backup and moving
backups-title = Backup and moving to a new phone
backups-help-title = How it works, in short
backups-help-key = Your handbook is encrypted and kept only on this phone. The key that opens it is in the system's key storage (the keychain). Nothing is sent to any Hagukumi server.
backups-help-code = The recovery code is a spare key for when the key is lost. It is shown when the handbook is made. Keep it on paper and you can open the handbook on any device.
backups-help-backup = A backup is one file with your whole handbook, encrypted. Without the recovery code nobody can open it, so it is safe in your own cloud drive.
backups-help-move = To move to a new phone: make a backup on the old phone and bring the file to the new one (through your cloud drive or a computer). On the new phone open Hagukumi, choose "Restore from a backup" and enter the file and your recovery code.
backups-now-title = Back up now
backups-file-field = File to save
backups-file-hint = For example /home/hanako/hagukumi-2026-12-03.hagukumi-backup (a new file name)
backups-now-submit = Make a backup
backups-working = Working…
backups-written = Backup saved: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = Automatic backups
backups-auto-intro = Once a day, a backup goes into a folder you choose. Choose a folder your own cloud drive syncs and you are safe even if you lose the phone. Only encrypted files are put in the folder.
backups-folder-field = Folder
backups-folder-hint = For example /home/hanako/Dropbox/hagukumi (leave empty to stop automatic backups)
backups-keep-field = How many to keep
backups-keep-hint = The newest ones are kept, older ones are deleted (1 to { $max })
backups-auto-save = Save settings
backups-auto-saved = Automatic backup settings saved
backups-auto-off = Automatic backups are off
backups-auto-on = Into { $folder }, keeping the newest { $keep }
backups-auto-last = Last automatic backup: { $when }
backups-auto-never = No automatic backup has been made yet
backups-auto-problem = The last automatic backup failed: { $problem }
backups-restore-title = Restore from a backup
backups-restore-body = The whole backup file is checked before it replaces your handbook. While it is checked, or if anything fails, your current handbook stays as it is.
backups-restore-file = Backup file
backups-restore-file-hint = For example /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = Restore
backups-restore-working = Checking the file…
backups-restored = Restored. Your handbook is now the one in the backup.
backups-code-title = Recovery code
backups-code-body = If you lost the recovery sheet, you can show and print it again here.
backups-code-show = Show the recovery code
backups-code-confirm = Make sure nobody is looking over your shoulder. Show the recovery code?
backups-code-confirm-yes = Show it
backups-code-cancel = Cancel
backups-code-hide = Hide
backups-sheet-open = Open the recovery sheet
backups-sheet-print = Print
backups-sheet-close = Close
backups-setting-problem-folder-required = Enter a folder
backups-setting-problem-folder-relative = Enter the folder as a full path (for example /home/… or C:\…)
backups-setting-problem-folder-missing = This folder does not exist. Create it first
backups-setting-problem-keep = Enter a number from 1 to 60 for how many to keep
backups-file-required = Enter where the file is
error-no-recovery-code = This handbook has no recovery code yet. Restart the app to make one

## hagu recovery-sheet

cli-recovery-sheet-about = Print the recovery sheet (the recovery code, its QR code and how to keep it) as HTML
cli-recovery-sheet-output-help = Write it to this file instead of standard output (a new file, readable only by you)
cli-recovery-sheet-written = Recovery sheet written. Delete the file once it is printed.

## The first screen when only an earlier handbook's key is left

elsewhere-title = There is no handbook here
elsewhere-body = The key of a handbook that used to be here is still on this device (after its folder was moved or the app was reinstalled, for example). If you have a backup of it, you can restore it here.
elsewhere-new-title = Start a new handbook
elsewhere-new-body = If you have no backup and want to start afresh. The earlier handbook's key is kept.
elsewhere-new-confirm = This makes a new, empty handbook. The earlier handbook can no longer be opened from this screen. Continue?
elsewhere-new-yes = Make a new handbook
