# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Official data (portal sync): consent, sync, official records, pre-visit questionnaires

portal-category-children = Data dasar anak-anak Anda
portal-category-vaccinations = Catatan imunisasi
portal-category-checkups = Hasil pemeriksaan kehamilan dan anak
portal-category-certificates = Sertifikat subsidi biaya medis
portal-category-benefits = Pengajuan tunjangan dan statusnya
portal-category-notices = Pemberitahuan dari pemerintah kota Anda

portal-benefit-submitted = Diajukan
portal-benefit-under-review = Sedang ditinjau
portal-benefit-returned = Dikembalikan untuk diperbaiki
portal-benefit-approved = Disetujui
portal-benefit-paid = Sudah dibayar
portal-benefit-rejected = Tidak diberikan

sync-error-offline = Portal tidak dapat dijangkau. Coba lagi di tempat yang ada sinyal (sementara itu buku tetap berfungsi seperti biasa).
sync-error-interrupted = Koneksi terputus. Silakan coba lagi nanti.
sync-error-server = Portal sedang bermasalah. Silakan coba lagi sebentar lagi.
sync-error-busy = Portal sedang sibuk. Silakan coba lagi sebentar lagi.
sync-error-refused = Portal tidak menerima permintaan ini.
sync-error-consent-expired = Persetujuan Anda di portal sudah kedaluwarsa atau dicabut. Silakan hubungkan lagi.
sync-error-not-connected = Tidak terhubung ke portal.
sync-error-not-consented = Anda belum menyetujui berbagi data ini.
sync-error-consent-denied = Persetujuan tidak diberikan di browser.
sync-error-consent-timeout = Tidak ada jawaban dari browser tepat waktu. Silakan coba lagi.
sync-error-loopback = Tidak dapat bersiap untuk menerima persetujuan. Silakan coba lagi.
sync-error-consent-foreign = Jawaban itu bukan untuk persetujuan ini, jadi tidak ada yang diubah. Silakan coba lagi.
sync-error-signature = Data dari portal gagal dalam pemeriksaan tanda tangan dan tidak diterima (tidak ada yang disimpan).
sync-error-bad-page = Format data dari portal tidak benar dan tidak diterima (tidak ada yang disimpan).
sync-error-other-account = Data dari portal ditujukan untuk akun lain dan tidak diterima (tidak ada yang disimpan).
sync-error-other-request = Data dari portal menjawab permintaan lain dan tidak diterima (tidak ada yang disimpan).
sync-error-stale-page = Data dari portal lebih lama daripada yang sudah Anda miliki dan tidak diterima (tidak ada yang disimpan).
sync-error-bad-rules = Pembaruan aturan dari portal tidak lolos pemeriksaan dan tidak digunakan; jadwal tetap memakai aturan sebelumnya.
sync-error-too-large = Data dari portal terlalu besar dan tidak diterima (tidak ada yang disimpan).
sync-error-insecure = Alamat portal bukan koneksi aman (https), jadi tidak digunakan.
sync-error-no-portal = Tidak ada portal yang diatur untuk aplikasi ini.
sync-error-development-key = Portal yang diatur memakai kunci pengembangan, yang tidak diterima oleh versi ini.
sync-error-bad-profile = Pengaturan portal tidak dapat dibaca.
sync-error-child-not-linked = Anak ini belum terhubung dengan portal. Sinkronkan dulu.

questionnaire-feels-well = Apakah anak Anda hari ini tidak menunjukkan tanda-tanda sakit?
questionnaire-ill-last-month = Apakah anak Anda pernah sakit dalam sebulan terakhir?
questionnaire-vaccinated-last-month = Apakah anak Anda menerima imunisasi dalam sebulan terakhir?
questionnaire-reaction-before = Apakah anak Anda pernah merasa tidak enak badan setelah imunisasi?
questionnaire-seizures = Apakah anak Anda pernah mengalami kejang?
error-record-official = Catatan resmi dari portal tidak dapat diubah atau dihapus.
error-no-such-conflict = Catatan ini sudah diselesaikan.

## The official data screen (from the card on home)

portal-title = Data resmi
portal-card-title = Data resmi (Mynaportal / マイナポータル)
portal-card-intro = Bawa catatan resmi imunisasi dan pemeriksaan, sertifikat subsidi, dan status tunjangan ke dalam buku ini.
portal-card-connected = Terhubung ke portal
portal-card-conflicts = { $count } catatan perlu Anda periksa
portal-card-open = Buka data resmi
portal-intro = Terima catatan dari layanan publik seperti Mynaportal. Apa yang sudah Anda tulis di buku tetap seperti semula.
portal-shared-title = Yang akan Anda terima (dapat diperiksa di halaman persetujuan)
portal-scope-questionnaires = Mengirim kuesioner sebelum kunjungan (hanya jika Anda memilih untuk mengirim)
portal-connect = Hubungkan ke portal
portal-connect-note = Halaman persetujuan akan terbuka di browser Anda. Setelah Anda setuju, layar ini diperbarui sendiri. Hagukumi tidak pernah menangani My Number Anda.
portal-consenting-title = Silakan beri persetujuan di browser
portal-consenting-body = Jika browser tidak terbuka, salin alamat ini dan buka di browser Anda (berlaku 5 menit).
portal-consenting-reopen = Buka lagi di browser
portal-consenting-wait = Menunggu persetujuan Anda…
portal-connected-to = Terhubung ke: { $portal }
portal-last-synced = Sinkronisasi terakhir: { $when }
portal-never-synced = Belum disinkronkan
portal-syncing = Menyinkronkan…
portal-pending-writes = Menunggu dikirim: { $count }
portal-sync-now = Sinkronkan sekarang
portal-synced = Tersinkron
portal-disconnect = Berhenti berbagi
portal-disconnect-confirm = Berhenti berbagi dengan portal? Catatan yang sudah diterima tetap ada di buku.
portal-disconnect-yes = Berhenti berbagi
portal-disconnect-no = Tetap berbagi
portal-disconnected = Berbagi dihentikan. Catatan yang sudah diterima masih ada di sini.
portal-offline-note = Buku berfungsi seperti biasa. Sisanya akan datang saat Anda terhubung.

portal-conflicts-title = Catatan yang perlu diperiksa
portal-conflicts-intro = Catatan Anda dan catatan resmi menunjukkan tanggal yang berbeda. Silakan pilih mana yang disimpan.
portal-conflict-mine = Catatan Anda: { $date }
portal-conflict-official = Catatan resmi: { $date }
portal-keep-mine = Simpan milik saya
portal-use-official = Gunakan yang resmi
portal-resolved-kept = Catatan Anda disimpan.
portal-resolved-official = Catatan resmi sekarang digunakan. Catatan Anda dapat dipulihkan dari "baru dihapus" selama 30 hari.

portal-certificates-title = Sertifikat subsidi
portal-certificate-payer = Nomor penanggung biaya publik (公費負担者番号)
portal-certificate-recipient = Nomor penerima (受給者番号)
portal-certificate-valid = Berlaku
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = Batas biaya yang ditanggung sendiri
portal-copay-per-visit = ¥{ $yen } per kunjungan
portal-copay-monthly = ¥{ $yen } per bulan
portal-benefits-title = Pengajuan tunjangan
portal-benefit-applied = Diajukan { $date }
portal-benefit-updated = Diperbarui { $date }
portal-yen = ¥{ $yen }
portal-notices-title = Pemberitahuan
portal-checkups-title = Pemeriksaan kehamilan dan nifas (resmi)
portal-child-checkups-title = Pemeriksaan (resmi)
portal-nothing-yet = Belum ada yang diterima
portal-for-child = { $name }
portal-facility = Di: { $facility }
portal-findings = Temuan: { $findings }
portal-blood-pressure = Tekanan darah { $value }
portal-epds = EPDS { $value }
portal-gestation-weeks = Minggu ke-{ $weeks }

portal-badge-official = Resmi
portal-badge-official-hint = Catatan resmi dari portal (tidak dapat diubah atau dihapus)
portal-badge-linked = Cocok dengan resmi
portal-badge-linked-hint = Sama dengan catatan resmi
portal-badge-conflict = Periksa
portal-badge-conflict-hint = Catatan resmi menunjukkan tanggal lain; pilih di layar data resmi

portal-consent-page-title = Selesai
portal-consent-page-body = Anda dapat menutup halaman ini dan kembali ke Hagukumi.

## Pre-visit questionnaire

questionnaire-title = Kuesioner sebelum kunjungan (sebelum imunisasi)
questionnaire-intro = Sebelum imunisasi, Anda dapat mengirim kuesioner melalui portal. Pada harinya, ikuti petunjuk klinik.
questionnaire-not-linked = Setelah Anda terhubung ke portal dan anak ini sudah disinkronkan, Anda dapat mengirim kuesioner.
questionnaire-date = Tanggal rencana
questionnaire-note = Hal yang ingin disampaikan kepada dokter (opsional)
questionnaire-questions = Pertanyaan
questionnaire-answer-all = Jawab setiap pertanyaan dengan ya atau tidak.
questionnaire-submit = Kirim kuesioner
questionnaire-queued = Kuesioner tersimpan. Apakah sudah terkirim ditampilkan di daftar di bawah.
questionnaire-list-title = Kuesioner yang dikirim
questionnaire-entry = { $vaccine } · rencana { $date }
questionnaire-pending = Menunggu dikirim
questionnaire-sent = Terkirim
questionnaire-rejected = Tidak diterima
questionnaire-date-hint = Hari ini sampai 90 hari ke depan
questionnaire-date-range = Masukkan tanggal dari hari ini sampai 90 hari ke depan.
questionnaire-temperature-range = Masukkan suhu antara 34 dan 42 °C.

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
