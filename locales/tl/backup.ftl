# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Recovery sheet ng Hagukumi
recovery-sheet-made = Ginawa noong { $date }
recovery-sheet-family = Ang handbook na ito: { $names }
recovery-sheet-qr-label = QR code ng recovery code
recovery-sheet-what-title = Ano ito?
recovery-sheet-what = Ito ang recovery code ng inyong handbook. Kung magpapalit kayo ng phone, mawala ang phone, o mabura ang susi nito, mabubuksan ng code na ito ang handbook sa ibang device. Kailangan din ito para mag-restore ng backup.
recovery-sheet-keep-title = Paano ito itatago
recovery-sheet-keep-paper = I-print ito o kopyahin sa papel, at itago kasama ng mahahalagang papeles (ang papel na handbook, mga papeles ng insurance).
recovery-sheet-keep-no-photo = Huwag itong itago bilang larawan o tala sa parehong phone: kapag nawala ang phone, mawawala rin ang code.
recovery-sheet-keep-secret = Mababasa ng sinumang may code na ito ang inyong handbook. Huwag itong ipakita sa sinuman sa labas ng pamilya.
recovery-sheet-use-title = Kailan ito kailangan
recovery-sheet-use-open = Buksan ang Hagukumi sa bagong device at piliin ang "May recovery code ako" o "I-restore mula sa backup".
recovery-sheet-use-type = I-type ang code na ito (malaki o maliit na titik, may gitling man o wala).

## A new handbook's recovery code (shown once)

recovery-new-title = Isulat ang inyong recovery code
recovery-new-body = Binubuksan ng code na ito ang inyong handbook kung magpapalit o mawawalan kayo ng phone. Kopyahin ito sa papel o i-print ang recovery sheet, at itago kasama ng mahahalagang papeles. Huwag itong itago bilang larawan sa parehong phone.
recovery-new-sheet = Buksan ang recovery sheet (i-print)
recovery-new-confirm = Naisulat ko na ito / na-print ko na ang sheet
recovery-new-restore = Lilipat mula sa ibang device? Mag-restore ng backup

## The first screen when the key is missing

recovery-start-title = Wala sa device na ito ang susi ng handbook
recovery-start-body = Nandito ang data ng inyong handbook, pero wala sa device na ito ang susi para buksan ito (halimbawa, pagkalipat sa bagong device o pag-reset ng keychain). Mabubuksan ito ng inyong recovery code. Walang binago.
recovery-start-code-title = May recovery code ako
recovery-code-field = Recovery code
recovery-code-hint = Ang 28 titik at numero sa inyong recovery sheet (7 grupo na tig-4). Hindi mahalaga ang gitling at malaki o maliit na titik.
recovery-start-open = Buksan ang handbook
recovery-start-opening = Sinusuri…
recovery-start-restore-title = I-restore mula sa backup file
recovery-opened = Nakabukas na ang inyong handbook. May bagong susing itinago sa device na ito.

## The backup and moving screen

backups-card-title = Backup at paglipat sa bagong phone
backups-card-intro = Panatilihing ligtas ang inyong handbook kung magpapalit o mawawalan kayo ng phone.
backups-card-last = Huling backup: { $when }
backups-card-never = Wala pang backup
backups-card-open = Backup at paglipat
backups-title = Backup at paglipat sa bagong phone
backups-help-title = Paano ito gumagana, sa madaling salita
backups-help-key = Naka-encrypt ang inyong handbook at sa phone na ito lamang nakatago. Ang susi na nagbubukas nito ay nasa lalagyan ng susi ng system (keychain). Walang ipinapadala sa anumang server ng Hagukumi.
backups-help-code = Ang recovery code ay ekstrang susi para kapag nawala ang susi. Ipinapakita ito kapag ginawa ang handbook. Itago ito sa papel at mabubuksan ninyo ang handbook sa anumang device.
backups-help-backup = Ang backup ay isang file na naglalaman ng buong handbook, naka-encrypt. Walang makakabukas nito kung walang recovery code, kaya ligtas ito sa sarili ninyong cloud drive.
backups-help-move = Para lumipat sa bagong phone: gumawa ng backup sa lumang phone at dalhin ang file sa bago (sa pamamagitan ng cloud drive o computer). Sa bagong phone, buksan ang Hagukumi, piliin ang "I-restore mula sa backup" at ilagay ang file at ang inyong recovery code.
backups-now-title = Mag-backup ngayon
backups-file-field = File na ise-save
backups-file-hint = Halimbawa /home/hanako/hagukumi-2026-12-03.hagukumi-backup (bagong pangalan ng file)
backups-now-submit = Gumawa ng backup
backups-working = Ginagawa…
backups-written = Na-save ang backup: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = Awtomatikong backup
backups-auto-intro = Isang beses sa isang araw, may backup na mapupunta sa folder na pinili ninyo. Pumili ng folder na sine-sync ng sarili ninyong cloud drive at ligtas kayo kahit mawala ang phone. Mga naka-encrypt na file lamang ang inilalagay sa folder.
backups-folder-field = Folder
backups-folder-hint = Halimbawa /home/hanako/Dropbox/hagukumi (iwanang walang laman para itigil ang awtomatikong backup)
backups-keep-field = Ilan ang itatago
backups-keep-hint = Itinatago ang pinakabago, binubura ang mas luma (1 hanggang { $max })
backups-auto-save = I-save ang settings
backups-auto-saved = Na-save ang settings ng awtomatikong backup
backups-auto-off = Naka-off ang awtomatikong backup
backups-auto-on = Sa { $folder }, itinatago ang pinakabagong { $keep }
backups-auto-last = Huling awtomatikong backup: { $when }
backups-auto-never = Wala pang nagawang awtomatikong backup
backups-auto-problem = Nabigo ang huling awtomatikong backup: { $problem }
backups-restore-title = I-restore mula sa backup
backups-restore-body = Sinusuri ang buong backup file bago nito palitan ang inyong handbook. Habang sinusuri, o kung may pumalya, mananatili ang kasalukuyang handbook.
backups-restore-file = Backup file
backups-restore-file-hint = Halimbawa /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = I-restore
backups-restore-working = Sinusuri ang file…
backups-restored = Na-restore na. Ang handbook ninyo ngayon ay ang nasa backup.
backups-code-title = Recovery code
backups-code-body = Kung nawala ang recovery sheet, puwede ninyo itong ipakita at i-print muli rito.
backups-code-show = Ipakita ang recovery code
backups-code-confirm = Siguraduhing walang nakasilip sa inyong balikat. Ipakita ang recovery code?
backups-code-confirm-yes = Ipakita
backups-code-cancel = Kanselahin
backups-code-hide = Itago
backups-sheet-open = Buksan ang recovery sheet
backups-sheet-print = I-print
backups-sheet-close = Isara
backups-setting-problem-folder-required = Maglagay ng folder
backups-setting-problem-folder-relative = Ilagay ang buong path ng folder (halimbawa /home/… o C:\…)
backups-setting-problem-folder-missing = Wala ang folder na ito. Gawin muna ito
backups-setting-problem-keep = Maglagay ng numero mula 1 hanggang 60 para sa bilang na itatago
backups-file-required = Ilagay kung nasaan ang file
error-no-recovery-code = Wala pang recovery code ang handbook na ito. I-restart ang app para gumawa nito

## hagu recovery-sheet

cli-recovery-sheet-about = I-print ang recovery sheet (ang recovery code, ang QR code nito at kung paano ito itatago) bilang HTML
cli-recovery-sheet-output-help = Isulat ito sa file na ito sa halip na sa standard output (bagong file, kayo lamang ang makakabasa)
cli-recovery-sheet-written = Naisulat ang recovery sheet. Burahin ang file kapag na-print na.

## The first screen when only an earlier handbook's key is left

elsewhere-title = Walang handbook dito
elsewhere-body = Nasa device na ito pa ang susi ng handbook na dating narito (halimbawa, pagkalipat ng folder nito o pag-reinstall ng app). Kung may backup kayo nito, puwede ninyo itong i-restore dito.
elsewhere-new-title = Magsimula ng bagong handbook
elsewhere-new-body = Kung wala kayong backup at gusto ninyong magsimula muli. Itatago ang susi ng naunang handbook.
elsewhere-new-confirm = Gagawa ito ng bago at walang lamang handbook. Hindi na mabubuksan mula sa screen na ito ang naunang handbook. Ituloy?
elsewhere-new-yes = Gumawa ng bagong handbook
