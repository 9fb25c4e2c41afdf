# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Lembar pemulihan Hagukumi
recovery-sheet-made = Dibuat pada { $date }
recovery-sheet-family = Buku ini: { $names }
recovery-sheet-qr-label = Kode QR dari kode pemulihan
recovery-sheet-what-title = Apa ini?
recovery-sheet-what = Ini adalah kode pemulihan buku Anda. Jika Anda ganti ponsel, kehilangan ponsel, atau kuncinya terhapus, kode ini membuka buku Anda di perangkat lain. Kode ini juga diperlukan untuk memulihkan cadangan.
recovery-sheet-keep-title = Cara menyimpannya
recovery-sheet-keep-paper = Cetak atau salin ke kertas, lalu simpan bersama dokumen penting Anda (buku kertas, dokumen asuransi).
recovery-sheet-keep-no-photo = Jangan simpan sebagai foto atau catatan di ponsel yang sama: jika ponsel hilang, kodenya ikut hilang.
recovery-sheet-keep-secret = Siapa pun yang memiliki kode ini dapat membaca buku Anda. Jangan tunjukkan kepada siapa pun di luar keluarga.
recovery-sheet-use-title = Kapan diperlukan
recovery-sheet-use-open = Buka Hagukumi di perangkat baru dan pilih "Saya punya kode pemulihan" atau "Pulihkan dari cadangan".
recovery-sheet-use-type = Ketik kode ini (huruf besar atau kecil, dengan atau tanpa tanda hubung).

## A new handbook's recovery code (shown once)

recovery-new-title = Catat kode pemulihan Anda
recovery-new-body = Kode ini membuka buku Anda jika Anda ganti atau kehilangan ponsel. Salin ke kertas atau cetak lembar pemulihan, lalu simpan bersama dokumen penting Anda. Jangan simpan sebagai foto di ponsel yang sama.
recovery-new-sheet = Buka lembar pemulihan (cetak)
recovery-new-confirm = Saya sudah mencatatnya / mencetak lembarnya
recovery-new-restore = Pindah dari perangkat lain? Pulihkan cadangan

## The first screen when the key is missing

recovery-start-title = Perangkat ini tidak memiliki kunci buku
recovery-start-body = Data buku Anda ada di sini, tetapi kunci untuk membukanya tidak ada di perangkat ini (misalnya setelah pindah ke perangkat baru atau keychain direset). Kode pemulihan Anda dapat membukanya. Tidak ada yang diubah.
recovery-start-code-title = Saya punya kode pemulihan
recovery-code-field = Kode pemulihan
recovery-code-hint = 28 huruf dan angka di lembar pemulihan Anda (7 kelompok berisi 4). Tanda hubung dan huruf besar/kecil tidak berpengaruh.
recovery-start-open = Buka buku
recovery-start-opening = Memeriksa…
recovery-start-restore-title = Pulihkan dari file cadangan
recovery-opened = Buku Anda sudah terbuka. Kunci baru disimpan di perangkat ini.

## The backup and moving screen

backups-card-title = Cadangan dan pindah ke ponsel baru
backups-card-intro = Jaga buku Anda tetap aman jika Anda ganti atau kehilangan ponsel.
backups-card-last = Cadangan terakhir: { $when }
backups-card-never = Belum ada cadangan
backups-card-open = Cadangan dan pindah
backups-title = Cadangan dan pindah ke ponsel baru
backups-help-title = Cara kerjanya, secara singkat
backups-help-key = Buku Anda terenkripsi dan hanya disimpan di ponsel ini. Kunci untuk membukanya ada di penyimpanan kunci sistem (keychain). Tidak ada yang dikirim ke server Hagukumi mana pun.
backups-help-code = Kode pemulihan adalah kunci cadangan untuk saat kunci hilang. Kode ini ditampilkan saat buku dibuat. Simpan di kertas, dan Anda dapat membuka buku di perangkat mana pun.
backups-help-backup = Cadangan adalah satu file berisi seluruh buku Anda, terenkripsi. Tanpa kode pemulihan tidak ada yang dapat membukanya, jadi aman disimpan di penyimpanan cloud Anda sendiri.
backups-help-move = Untuk pindah ke ponsel baru: buat cadangan di ponsel lama dan bawa filenya ke ponsel baru (melalui penyimpanan cloud atau komputer). Di ponsel baru, buka Hagukumi, pilih "Pulihkan dari cadangan", lalu masukkan file dan kode pemulihan Anda.
backups-now-title = Cadangkan sekarang
backups-file-field = File yang akan disimpan
backups-file-hint = Misalnya /home/hanako/hagukumi-2026-12-03.hagukumi-backup (nama file baru)
backups-now-submit = Buat cadangan
backups-working = Sedang diproses…
backups-written = Cadangan tersimpan: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = Cadangan otomatis
backups-auto-intro = Sekali sehari, cadangan dimasukkan ke folder yang Anda pilih. Pilih folder yang disinkronkan oleh penyimpanan cloud Anda sendiri, dan Anda tetap aman meskipun ponsel hilang. Hanya file terenkripsi yang dimasukkan ke folder itu.
backups-folder-field = Folder
backups-folder-hint = Misalnya /home/hanako/Dropbox/hagukumi (kosongkan untuk menghentikan cadangan otomatis)
backups-keep-field = Jumlah yang disimpan
backups-keep-hint = Yang terbaru disimpan, yang lebih lama dihapus (1 sampai { $max })
backups-auto-save = Simpan pengaturan
backups-auto-saved = Pengaturan cadangan otomatis tersimpan
backups-auto-off = Cadangan otomatis nonaktif
backups-auto-on = Ke { $folder }, menyimpan { $keep } terbaru
backups-auto-last = Cadangan otomatis terakhir: { $when }
backups-auto-never = Belum ada cadangan otomatis yang dibuat
backups-auto-problem = Cadangan otomatis terakhir gagal: { $problem }
backups-restore-title = Pulihkan dari cadangan
backups-restore-body = Seluruh file cadangan diperiksa sebelum menggantikan buku Anda. Selama pemeriksaan, atau jika ada yang gagal, buku Anda saat ini tetap seperti semula.
backups-restore-file = File cadangan
backups-restore-file-hint = Misalnya /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = Pulihkan
backups-restore-working = Memeriksa file…
backups-restored = Berhasil dipulihkan. Buku Anda sekarang adalah buku dari cadangan.
backups-code-title = Kode pemulihan
backups-code-body = Jika lembar pemulihan hilang, Anda dapat menampilkan dan mencetaknya lagi di sini.
backups-code-show = Tampilkan kode pemulihan
backups-code-confirm = Pastikan tidak ada yang melihat dari balik bahu Anda. Tampilkan kode pemulihan?
backups-code-confirm-yes = Tampilkan
backups-code-cancel = Batal
backups-code-hide = Sembunyikan
backups-sheet-open = Buka lembar pemulihan
backups-sheet-print = Cetak
backups-sheet-close = Tutup
backups-setting-problem-folder-required = Masukkan folder
backups-setting-problem-folder-relative = Masukkan folder sebagai path lengkap (misalnya /home/… atau C:\…)
backups-setting-problem-folder-missing = Folder ini tidak ada. Buat dulu
backups-setting-problem-keep = Masukkan angka 1 sampai 60 untuk jumlah yang disimpan
backups-file-required = Masukkan lokasi file
error-no-recovery-code = Buku ini belum punya kode pemulihan. Mulai ulang aplikasi untuk membuatnya

## hagu recovery-sheet

cli-recovery-sheet-about = Cetak lembar pemulihan (kode pemulihan, kode QR-nya dan cara menyimpannya) sebagai HTML
cli-recovery-sheet-output-help = Tulis ke file ini, bukan ke output standar (file baru, hanya dapat dibaca oleh Anda)
cli-recovery-sheet-written = Lembar pemulihan sudah ditulis. Hapus filenya setelah dicetak.

## The first screen when only an earlier handbook's key is left

elsewhere-title = Tidak ada buku di sini
elsewhere-body = Kunci buku yang dulu ada di sini masih ada di perangkat ini (misalnya setelah foldernya dipindahkan atau aplikasi dipasang ulang). Jika Anda punya cadangannya, Anda dapat memulihkannya di sini.
elsewhere-new-title = Mulai buku baru
elsewhere-new-body = Jika Anda tidak punya cadangan dan ingin memulai dari awal. Kunci buku sebelumnya tetap disimpan.
elsewhere-new-confirm = Ini akan membuat buku baru yang kosong. Buku sebelumnya tidak dapat dibuka lagi dari layar ini. Lanjutkan?
elsewhere-new-yes = Buat buku baru
