# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## hagu, the command-line tool

## Help

cli-about = Gunakan Buku Kesehatan Ibu dan Anak Hagukumi yang terenkripsi dari baris perintah.
cli-usage-heading = Penggunaan
cli-commands-heading = Perintah
cli-options-heading = Opsi
cli-help-flag = Cetak bantuan ini
cli-version-flag = Cetak versi
cli-data-dir-help = Folder data buku (bawaan: milik aplikasi)
cli-init-new-help = Buat buku baru di sini meskipun keychain masih menyimpan kunci buku yang dipindahkan dari folder ini (kunci itu tetap disimpan)
cli-init-about = Buat buku terenkripsi (atau periksa apakah buku yang ada dapat dibuka)
cli-child-about = Tambah atau tampilkan daftar anak
cli-child-add-about = Tambah anak
cli-child-name-help = Nama anak
cli-child-birth-help = Tanggal lahir (mis. 2025-04-01)
cli-child-list-about = Tampilkan daftar anak di buku
cli-child-list-json-help = Cetak larik JSON yang dapat dibaca mesin (id, name, birth_date)
cli-verify-about = Buka buku yang ada dan periksa enkripsi serta integritasnya (tidak pernah membuat buku baru)
cli-arguments-heading = Argumen
cli-record-about = Tambah, tampilkan, ubah, hapus atau pulihkan catatan anak (imunisasi, pengukuran, perkembangan, catatan, alergi, penyakit, kelahiran, pemeriksaan, pemeriksaan gigi, tes penglihatan, pendengaran dan CMV, obat)
cli-record-add-about = Tambah catatan untuk anak
cli-record-list-about = Tampilkan catatan anak, dari yang terlama
cli-record-edit-about = Ubah catatan. Opsi yang tidak diberikan tetap nilainya; nilai kosong ("") menghapus nilai opsional. Versi sebelumnya disimpan di riwayat catatan
cli-record-delete-about = Hapus catatan (dapat dipulihkan dalam 30 hari)
cli-record-restore-about = Pulihkan catatan yang dihapus dalam 30 hari terakhir
cli-record-history-about = Tampilkan versi sebelumnya dari catatan, dari yang terlama
cli-record-vaccination-about = Imunisasi
cli-record-measurement-about = Pengukuran (setidaknya satu dari berat badan, tinggi badan, lingkar kepala dan lingkar dada)
cli-record-milestone-about = Perkembangan: sesuatu yang sudah dapat dilakukan anak (mis. langkah pertama)
cli-record-note-about = Catatan bebas
cli-record-allergy-about = Alergi (mis. terhadap makanan atau obat)
cli-record-illness-about = Penyakit yang pernah diderita anak
cli-record-child-help = Id anak (lihat "hagu child list --json")
cli-record-id-help = Id catatan (lihat "hagu record list")
cli-record-kind-help = Hanya catatan jenis ini
cli-record-deleted-help = Sertakan catatan yang dihapus
cli-record-list-json-help = Cetak larik JSON yang dapat dibaca mesin (format: docs/export-format.md)
cli-record-history-json-help = Cetak larik JSON yang dapat dibaca mesin (record_id, change, previous, changed_at)
cli-record-date-help = Tanggal (mis. 2025-04-01)
cli-record-vaccine-help = Id vaksin (mis. hib, pcv, mr)
cli-record-dose-help = Dosis ke berapa (1 sampai 10)
cli-record-manufacturer-help = Produsen
cli-record-lot-help = Nomor lot
cli-record-facility-help = Klinik atau rumah sakit
cli-record-funding-help = Biaya: public (imunisasi rutin) atau self-paid
cli-record-weight-help = Berat badan dalam kg (mis. 6.1)
cli-record-height-help = Tinggi badan dalam cm
cli-record-head-help = Lingkar kepala dalam cm
cli-record-chest-help = Lingkar dada dalam cm
cli-record-what-help = Yang dapat dilakukan anak
cli-record-note-help = Catatan tentang hal itu
cli-record-text-help = Isi catatan
cli-record-allergy-date-help = Sejak kapan (mis. 2025-04-01)
cli-record-substance-help = Penyebab (makanan, obat, …)
cli-record-reaction-help = Reaksi
cli-record-illness-help = Penyakit
cli-export-about = Cetak seluruh buku sebagai satu dokumen JSON. TIDAK terenkripsi (format: docs/export-format.md)
cli-export-json-help = Sebagai JSON (wajib; satu-satunya format)
cli-export-output-help = Tulis ke file ini (hanya dapat dibaca oleh Anda), bukan ke output standar
cli-import-about = Pulihkan ekspor JSON ke buku kosong (dibuat jika belum ada). Semua atau tidak sama sekali
cli-import-json-help = File adalah ekspor JSON (wajib; satu-satunya format)
cli-import-file-help = File ekspor, atau - untuk input standar
cli-after-help =
    Variabel lingkungan:
      HAGUKUMI_PASSPHRASE  frasa sandi (jika keychain OS tidak digunakan)
      HAGUKUMI_LANG        bahasa pesan (ja, ja-x-easy, en, zh-Hans,
                           ko, vi, pt-BR, ne, tl, id, th, es)

    Kode keluar:
      0  berhasil
      1  kesalahan lain (mis. file tidak dapat dibaca atau ditulis, atau penyimpanan penuh)
      2  perintah digunakan dengan salah
      3  input tidak valid (tidak ada yang disimpan), juga anak atau catatan yang tidak dikenal, penghapusan yang terlalu lama untuk dibatalkan, ekspor yang tidak dapat diimpor, frasa sandi kurang dari 12 karakter, kode pemulihan yang salah ketik, cadangan yang tidak dapat dipulihkan di sini
      4  buku tidak dapat dibuka (tidak ada buku, kunci salah, bukan database Hagukumi, kunci hilang, tidak ada keychain maupun frasa sandi, frasa sandi diperlukan, kode pemulihan tidak dapat membukanya, buku dipindahkan dari folder ini)
      5  buku ditulis oleh versi Hagukumi yang lebih baru
      6  buku rusak (mis. verify menemukan masalah), atau cadangan rusak
cli-usage-error = Perintah tidak digunakan dengan benar. Lihat "hagu --help".

## Handbook

cli-init-created = Buku dibuat: { $path }
cli-init-exists = Buku sudah ada dan dapat dibuka dengan baik: { $path }
cli-key-os = Kunci disimpan di: penyimpanan kredensial OS (keychain)
cli-key-passphrase = Kunci disimpan sebagai: frasa sandi (variabel lingkungan HAGUKUMI_PASSPHRASE)
cli-no-handbook = Tidak ada buku di { $path }. Buat dulu dengan "hagu init".
cli-no-data-dir = Folder data tidak dapat ditentukan. Berikan dengan --data-dir.

## Children

cli-child-line = { $name }  lahir { $birth }  { $age }
cli-child-added = Anak ditambahkan: { $child }
cli-child-none = Belum ada anak. Tambahkan dengan "hagu child add".
cli-age-unknown = usia tidak diketahui
cli-field-error = { $field }: { $message }
cli-nothing-saved = Tidak ada yang disimpan.

## Verify

cli-verify-ok = Buku dalam keadaan baik: { $path }
cli-verify-schema = Versi skema: { $version }
cli-verify-cipher = Versi SQLCipher: { $version }
cli-verify-problems = Ditemukan { $count } masalah pada buku: { $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (dihapus; dapat dipulihkan sampai { $until })
cli-record-mark-gone = (dihapus)
cli-datetime = { $date } { $time }
cli-record-none = Tidak ada catatan. Tambahkan dengan "hagu record add".
cli-record-added = Catatan #{ $id } ditambahkan untuk { $name }: { $entry }
cli-record-edited = Catatan #{ $id } diubah: { $entry }
cli-record-deleted = Catatan #{ $id } dihapus. Dapat dipulihkan sampai { $until } dengan "hagu record restore { $id }".
cli-record-restored = Catatan #{ $id } dipulihkan: { $entry }
cli-record-no-child = Tidak ada anak dengan id { $id }. Lihat "hagu child list --json". Tidak ada yang diubah.
cli-record-no-record = Tidak ada catatan dengan id { $id }. Lihat "hagu record list". Tidak ada yang diubah.
cli-record-kind-mismatch = Catatan #{ $id } adalah catatan { $kind }; ubah dengan "hagu record edit { $id } { $kind } …". Tidak ada yang diubah.
cli-record-is-deleted = Catatan #{ $id } sudah dihapus. Pulihkan dulu dengan "hagu record restore { $id }". Tidak ada yang diubah.
cli-record-already-deleted = Catatan #{ $id } sudah dihapus. Tidak ada yang diubah.
cli-record-not-deleted = Catatan #{ $id } tidak dihapus; tidak ada yang perlu dipulihkan.
cli-record-too-old = Catatan #{ $id } dihapus lebih dari 30 hari yang lalu dan tidak dapat dipulihkan lagi.
cli-record-official = Catatan #{ $id } berasal dari portal dan hanya dapat dibaca.
cli-history-line = { $at }  { $change }; sebelumnya: { $entry }
cli-history-edit = diubah
cli-history-delete = dihapus
cli-history-restore = dipulihkan
cli-history-none = Catatan #{ $id } belum pernah diubah.

## Photos on records

cli-photo-about = Tambah, tampilkan, ekspor, hapus atau pulihkan foto pada catatan anak (JPEG atau PNG; lokasi dan detail lain dihapus, seperti di aplikasi)
cli-photo-add-about = Tambah foto ke catatan (JPEG atau PNG, maksimal 8 MB, maksimal 10 per catatan). Lokasi, kamera dan detail lain dihapus sebelum disimpan
cli-photo-list-about = Tampilkan foto (id, catatan, jenis, ukuran, waktu ditambahkan): dari semua catatan, atau dari satu catatan
cli-photo-export-about = Tulis foto ke file sebagaimana disimpan di buku
cli-photo-delete-about = Hapus foto (dapat dipulihkan dalam 30 hari)
cli-photo-restore-about = Pulihkan foto yang dihapus dalam 30 hari terakhir
cli-photo-file-help = File foto (JPEG atau PNG)
cli-photo-output-help = File tujuan ("-": output standar). File yang sudah ada akan diganti
cli-photo-id-help = Id foto (lihat "{ $command } list")
cli-photo-list-record-help = Hanya foto dari catatan ini
cli-photo-list-deleted-help = Sertakan foto yang dihapus
cli-photo-list-json-help = Cetak larik JSON yang dapat dibaca mesin (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = Foto #{ $id } ditambahkan ke catatan #{ $record } ({ $mime }, { $size } byte). Lokasi dan detail lain dihapus.
cli-photo-line = #{ $id }  catatan #{ $record }  { $mime }  { $size } byte  ditambahkan { $at }
cli-photo-none = Tidak ada foto. Tambahkan dengan "{ $command } add".
cli-photo-exported = Foto #{ $id } ({ $mime }, { $size } byte) ditulis ke { $path }
cli-photo-deleted = Foto #{ $id } dihapus. Sampai { $until } dapat dipulihkan dengan "{ $command } restore { $id }".
cli-photo-restored = Foto #{ $id } pada catatan #{ $record } dipulihkan.
cli-photo-already-deleted = Foto #{ $id } sudah dihapus. Tidak ada yang diubah.
cli-photo-not-deleted = Foto #{ $id } tidak dihapus, jadi tidak ada yang perlu dipulihkan.
cli-photo-too-old = Foto #{ $id } dihapus lebih dari 30 hari yang lalu dan tidak dapat dipulihkan lagi.
cli-photo-is-deleted = Foto #{ $id } sudah dihapus. Pulihkan dulu dengan "{ $command } restore { $id }". Tidak ada yang ditulis.
cli-photo-no-photo = Tidak ada foto dengan id { $id }. Lihat "{ $command } list". Tidak ada yang diubah.
cli-photo-not-theirs = Catatan #{ $record } bukan salah satu catatan { $name }. Tidak ada yang disimpan.
cli-photo-cannot-read = Tidak dapat membaca { $path }: { $detail }

## Export and import

cli-export-plaintext = Peringatan: ekspor TIDAK terenkripsi. Siapa pun yang dapat membacanya dapat membaca seluruh buku; simpan dengan aman dan hapus jika tidak diperlukan lagi.
cli-export-written = Ekspor ditulis ke { $path }
cli-export-cannot-write = Tidak dapat menulis { $path }: { $detail }
cli-import-cannot-read = Tidak dapat membaca { $path }: { $detail }
cli-import-too-large = { $path } terlalu besar (batasnya { $limit } MB). Ekspor Hagukumi tidak pernah sebesar itu; periksa apakah ini file yang benar.
cli-import-not-json = Ini bukan dokumen JSON: { $detail }
cli-import-not-an-export = Ini bukan ekspor Hagukumi ("format"-nya bukan "hagukumi-export").
cli-import-version = Ekspor ini memakai versi format { $version }; versi hagu ini membaca versi { $supported }. Perbarui Hagukumi.
cli-import-invalid = Ekspor tidak konsisten atau rusak: { $detail }
cli-import-not-empty = Buku di { $path } sudah berisi data. Ekspor hanya dapat diimpor ke buku kosong (mis. --data-dir baru).
cli-import-nothing = Tidak ada yang diimpor.
cli-import-done = Diimpor ke { $path }: { $children } anak, { $pregnancies } kehamilan, { $records } catatan
cli-import-unverified = { $count } item resmi tidak dapat diverifikasi tanda tangannya dan masuk sebagai catatan Anda sendiri (dapat diubah dan dihapus; sinkronisasi berikutnya akan membawanya lagi dari portal).
cli-import-reference-portal-help = Periksa juga data resmi dengan kunci pengembangan portal referensi (untuk demo dan pengujian)

## hagu schedule / hagu summary

cli-schedule-about = Tampilkan kapan imunisasi dan pemeriksaan dijadwalkan (teks, JSON atau kalender ICS)
cli-schedule-child-help = Hanya anak ini (bawaan: semua anak)
cli-schedule-as-of-help = Rencanakan seolah-olah hari ini adalah tanggal ini (mis. 2026-12-01)
cli-schedule-json-help = Cetak JSON (format: docs/cli-schedule.md)
cli-schedule-ics-help = Cetak file iCalendar (.ics) untuk kalender ponsel
cli-schedule-person = { $name }
cli-summary-about = Tulis ringkasan untuk klinik (satu halaman HTML)
cli-summary-child-help = Anak yang dibuatkan ringkasan (ID)
cli-summary-output-help = Tulis ke file ini, bukan ke output standar
cli-summary-written = Ringkasan untuk klinik sudah ditulis (file tidak terenkripsi; tangani dengan hati-hati).

## hagu sync
cli-sync-about = Bawa catatan resmi dari portal (seperti Mynaportal) ke dalam buku. Tanpa subperintah: sinkronkan sekarang
cli-sync-portal-help = Alamat portal (bawaan: portal yang terhubung)
cli-sync-reference-portal-help = Gunakan portal referensi (kunci pengembangan, data CONTOH), untuk demo dan pengujian
cli-sync-reference-hint = Untuk memakai portal referensi (kunci pengembangan, data CONTOH), tambahkan --reference-portal.
cli-sync-page-limit-help = Jumlah item per permintaan (1–200)
cli-sync-json-help = Cetak JSON yang dapat dibaca mesin
cli-sync-connect-about = Hubungkan ke portal (buka alamat yang dicetak di browser dan beri persetujuan di sana)
cli-sync-timeout-help = Detik menunggu persetujuan di browser
cli-sync-status-about = Tampilkan status sinkronisasi (sinkronisasi terakhir, yang menunggu dikirim, catatan yang perlu diperiksa)
cli-sync-official-about = Tampilkan catatan resmi yang diterima dari portal
cli-sync-child-help = Nomor anak
cli-sync-resolve-about = Jika catatan portal berbeda dengan catatan Anda, pilih mana yang disimpan
cli-sync-resolve-id-help = Id catatan portal (ditampilkan oleh "hagu sync official")
cli-sync-keep-mine-help = Simpan catatan Anda sendiri
cli-sync-use-official-help = Gunakan catatan portal (catatan Anda dihapus dan dapat dipulihkan dalam 30 hari)
cli-sync-questionnaire-about = Antrekan kuesioner sebelum imunisasi (dikirim pada sinkronisasi berikutnya)
cli-sync-vaccine-help = Id vaksin (mis. mr)
cli-sync-date-help = Tanggal rencana imunisasi
cli-sync-temperature-help = Suhu tubuh (°C)
cli-sync-answer-help = Jawaban atas pertanyaan (mis. feels-well=yes). Jawab setiap pertanyaan
cli-sync-note-help = Hal yang ingin disampaikan kepada dokter
cli-sync-disconnect-about = Putuskan dari portal dan cabut persetujuan (catatan yang diterima tetap ada)
cli-sync-open-this = Buka alamat ini di browser dan setujui apa yang ingin Anda bagikan:
cli-sync-browser-done = Hagukumi sekarang terhubung. Anda dapat menutup halaman ini dan kembali ke terminal.
cli-sync-connected = Terhubung ke { $portal } (dibagikan: { $scopes }). Jalankan "hagu sync" untuk membawa catatan.
cli-sync-scope-questionnaires = Mengirim kuesioner
cli-sync-done = Tersinkron: { $added } catatan baru, { $linked } cocok dengan milik Anda, { $conflicts } perlu diperiksa, { $updated } diperbarui, { $unchanged } kategori tidak berubah, { $sent } terkirim
cli-sync-conflicts-waiting = { $count } catatan resmi berbeda dengan catatan Anda. Lihat dengan "hagu sync official" dan putuskan dengan "hagu sync resolve".
cli-sync-connect-hint = Hubungkan dulu dengan "hagu sync connect --portal URL".
cli-sync-never = belum
cli-sync-status-line = Portal: { $portal }  Sinkronisasi terakhir: { $last }  Menunggu dikirim: { $pending }  Perlu diperiksa: { $conflicts }
cli-sync-last-error = Sinkronisasi terakhir: { $error }
cli-sync-no-official = Belum ada catatan dari portal.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } dosis ke-{ $dose }
cli-sync-item-checkup = Pemeriksaan ({ $kind })
cli-sync-item-certificate = { $name } (penanggung { $payer }, penerima { $recipient }, sampai { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = ditambahkan sebagai catatan resmi
cli-sync-state-linked = cocok dengan catatan Anda
cli-sync-state-conflict = perlu diperiksa
cli-sync-state-kept-mine = Anda menyimpan catatan Anda sendiri
cli-sync-state-info = sebagai referensi
cli-sync-no-conflict = Tidak ada catatan { $id } yang perlu diperiksa. Tidak ada yang diubah.
cli-sync-questions = Id pertanyaan: { $ids }
cli-sync-queued = Kuesioner menunggu dikirim (#{ $id }). Akan dikirim pada sinkronisasi berikutnya.
cli-sync-disconnected = Terputus dari portal dan persetujuan dicabut. Catatan yang diterima tetap ada di buku.

## Recovery code and backups

cli-recovery-code-about = Tampilkan lagi kode pemulihan buku (membuka buku di perangkat mana pun)
cli-recover-about = Buka buku dengan kode pemulihannya saat kuncinya hilang, dan simpan kuncinya di penyimpanan kredensial perangkat ini (atau, jika HAGUKUMI_PASSPHRASE diatur, lindungi dengan frasa sandi baru itu)
cli-backup-about = Tulis cadangan terenkripsi seluruh buku ke satu file (disegel dengan kode pemulihan)
cli-backup-output-help = Tulis cadangan ke file ini (bawaan: hagukumi-DATE-TIME.hagukumi-backup di folder saat ini)
cli-restore-about = Pulihkan buku dari file cadangan (diperiksa sepenuhnya sebelum ada yang diganti)
cli-restore-file-help = File cadangan (.hagukumi-backup)
cli-recovery-code-flag-help = Kode pemulihan (jika tidak diberikan, Anda diminta mengetiknya)
cli-recovery-code-line = Kode pemulihan: { $code }
cli-recovery-code-advice = Catat kode ini dan simpan di tempat aman, jauh dari perangkat ini. Dengan kode ini, dan hanya dengan kode ini, buku Anda dapat dibuka di ponsel atau komputer baru, atau setelah kuncinya hilang.
cli-recovery-code-new = Buku ini sekarang punya kode pemulihan. Kode ditampilkan sekali di sini (lihat lagi dengan "hagu recovery-code").
cli-recovery-code-prompt = Kode pemulihan:
cli-recovery-code-required = Berikan kode pemulihan dengan --recovery-code CODE (tidak ada terminal untuk mengetiknya). Tidak ada yang diubah.
cli-recover-done = Buku dapat dibuka lagi: { $path }. Kuncinya sekarang disimpan di penyimpanan kredensial perangkat ini.
cli-recover-done-passphrase = Buku dapat dibuka lagi: { $path }. Mulai sekarang buku dibuka dengan frasa sandi baru di HAGUKUMI_PASSPHRASE (yang lama tidak berlaku lagi).
cli-backup-written = Cadangan terenkripsi ditulis: { $path } ({ $size } byte). Hanya dapat dibuka dengan kode pemulihan.
cli-restore-done = Buku dipulihkan dari cadangan tanggal { $created }: { $path }
cli-hint-init-new = Untuk memulai buku baru di sini: hagu init --new
cli-hint-recover = Dengan kode pemulihan Anda: hagu recover
cli-hint-restore = Untuk memulihkan cadangan: hagu restore FILE
cli-hint-open-moved = Untuk membukanya di tempatnya sekarang: hagu --data-dir FOLDER …
