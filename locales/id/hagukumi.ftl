# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = Buku Kesehatan Ibu dan Anak
app-loading = Memuat…

## Dates and ages

date = { $day } { $monthName } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = Mei
month-6 = Jun
month-7 = Jul
month-8 = Agu
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Des
age = { $years } tahun { $months } bulan { $days } hari
gestational-age = Usia kehamilan { $weeks } minggu { $days } hari

## Home

home-children = Anak
home-pregnancies = Kehamilan
home-empty = Belum ada yang terdaftar. Tambahkan anak atau kehamilan dengan formulir di bawah.
child-born = Lahir { $date }
child-age-label = Usia
pregnancy-untitled = Bayi dalam kandungan
pregnancy-expected = Perkiraan lahir { $date }
pregnancy-days-left = { $days } hari lagi menuju perkiraan lahir
pregnancy-due-today = Hari ini adalah perkiraan tanggal lahir
pregnancy-past-due = { $days } hari melewati perkiraan lahir
pregnancy-not-started = Masa kehamilan belum dimulai

## Forms

form-child-title = Tambah anak
form-child-name = Nama
form-child-name-placeholder = mis. Hanako
form-child-birth = Tanggal lahir
form-pregnancy-title = Tambah kehamilan
form-pregnancy-label = Nama panggilan (opsional)
form-pregnancy-label-placeholder = mis. Anak kedua
form-pregnancy-expected = Perkiraan tanggal lahir
form-date-placeholder = mis. 2025-04-01
form-date-hint = Tahun-bulan-tanggal (2025/4/1 juga bisa)
form-submit-child = Tambahkan anak
form-submit-pregnancy = Tambahkan kehamilan
form-saving = Menyimpan…
form-saved-child = { $name } telah ditambahkan
form-saved-pregnancy = Kehamilan telah ditambahkan


## A child's screen and records

child-back = ‹ Beranda
child-records = Catatan
child-no-records = Belum ada catatan. Gunakan formulir di bawah untuk mencatat pengukuran atau imunisasi.
child-deleted = Baru dihapus ({ $count }; dapat dipulihkan dalam 30 hari)
record-add-title = Tambah catatan
record-submit = Simpan catatan
record-saved = { $kind } telah dicatat
record-delete = Hapus
record-deleted = Catatan dihapus.
record-undo = Batalkan
records-more = Tampilkan catatan lebih lama
record-edit = Ubah
record-edit-title = Ubah catatan
record-edit-submit = Simpan perubahan
record-edit-cancel = Berhenti mengubah
record-edited = { $kind } telah diubah
record-history = Riwayat
record-history-title = Versi sebelumnya
record-history-empty = Belum ada perubahan
record-history-loading = Memuat…
record-change-edit = Diubah
record-change-delete = Dihapus
record-change-restore = Dipulihkan
record-history-before = Sebelumnya: { $summary }
record-restored = Catatan dipulihkan
record-kind-measurement = Pengukuran
record-kind-vaccination = Imunisasi
record-kind-milestone = Perkembangan
record-kind-note = Catatan
record-kind-allergy = Alergi
record-kind-illness = Penyakit
record-allergy-substance = Penyebab (makanan, obat, …)
record-allergy-reaction = Reaksi (opsional)
record-illness-name = Nama penyakit
record-before = { $date } { $summary }
record-dose = dosis ke-{ $dose }
record-lot = lot { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } dosis ke-{ $dose }
record-line-weight = berat { $value } kg
record-line-height = tinggi { $value } cm
record-line-head = kepala { $value } cm
record-line-chest = dada { $value } cm
record-line-separator = {", "}
form-choose = Pilih…
funding-public = Imunisasi rutin (biaya pemerintah)
funding-self-paid = Imunisasi sukarela (biaya sendiri)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = Berat
field-height-short = Tinggi
field-head-circumference-short = Kepala
field-chest-circumference-short = Dada

## Clinic summary

summary-title = Ringkasan untuk klinik: { $name }
summary-as-of = per { $date }
summary-allergies = Alergi
summary-measurements = Pengukuran terbaru
summary-next-due = Jadwal berikutnya
summary-vaccinations = Imunisasi
summary-illnesses = Penyakit yang pernah diderita
summary-none-recorded = Tidak ada catatan
summary-nothing-due = Tidak ada jadwal
summary-rules = Dihitung dengan aturan versi { $version } (per { $as_of }{ $builtin ->
    [yes] , bawaan aplikasi
   *[no] , diterima sebagai pembaruan
})
summary-since = sejak { $date }
summary-print = Cetak
summary-open = Ringkasan untuk klinik

## Settings

language-label = Bahasa
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (terjemahan belum ditinjau)
language-unreviewed-group = terjemahan belum ditinjau
language-more = Bahasa lain

## Field names

field-name = Nama
field-birth-date = Tanggal lahir
field-label = Nama panggilan
field-expected-date = Perkiraan tanggal lahir
field-date = Tanggal
field-vaccine = Vaksin
field-dose = Dosis
field-manufacturer = Produsen
field-lot = Nomor lot
field-facility = Klinik atau rumah sakit
field-funding = Biaya
field-weight = Berat badan (kg)
field-height = Tinggi badan (cm)
field-head-circumference = Lingkar kepala (cm)
field-chest-circumference = Lingkar dada (cm)
field-measurements = Hasil pengukuran
field-sex = Jenis kelamin
sex-unset = Tidak dipilih
field-what = Yang dapat dilakukan anak
field-text = Catatan
field-expected-date-method = Cara menentukan perkiraan lahir
field-systolic = Tekanan darah (atas)
field-diastolic = Tekanan darah (bawah)
field-urine-protein = Protein urine
field-urine-sugar = Gula urine
field-edema = Bengkak (edema)
field-fundal-height = Tinggi fundus uteri (cm)
field-abdominal-girth = Lingkar perut (cm)
field-fetal-heart = Detak jantung janin
field-fetal-heart-rate = Denyut jantung (kali/menit)
field-findings = Temuan
field-class-name = Nama kelas
field-checkup-timing = Pemeriksaan yang mana
field-epds = EPDS (skor total)
field-time = Jam lahir
field-gestation-weeks = Usia kehamilan saat lahir (minggu)
field-gestation-days = Hari (setelah minggu)
field-delivery = Cara persalinan
field-birth-weight = Berat lahir (g)
field-apgar-1min = Apgar (1 menit)
field-apgar-5min = Apgar (5 menit)
field-complications = Komplikasi atau tindakan
field-checkup = Pemeriksaan
field-answers = Daftar periksa orang tua
field-teeth = Jumlah gigi
field-caries = Gigi berlubang
field-fluoride = Pengolesan fluorida
field-screening-test = Skrining
field-screening-result = Hasil
field-end-date = Hari terakhir
field-medicine = Obat
field-instructions = Dosis dan cara minum

## Input errors

error-invalid-input = Periksa kembali isian Anda.
error-required = Harap diisi
error-too-long = Maksimal { $max } karakter
error-control-characters = Ada karakter yang tidak dapat digunakan
error-malformed-date = Tulis tanggal dalam bentuk 2025-04-01
error-birth-in-future = Tanggal lahir tidak boleh di masa depan
error-birth-before-1900 = Masukkan tanggal mulai 1 Januari 1900
error-expected-too-far = Perkiraan lahir lebih dari 280 hari dari hari ini
error-expected-long-past = Perkiraan lahir sudah lebih dari 4 minggu yang lalu. Bayi yang sudah lahir didaftarkan melalui "Tambah anak"
error-date-in-future = Tanggal tidak boleh di masa depan.
error-date-before-birth = Tanggal ini sebelum anak lahir.
error-malformed-number = Masukkan angka (mis. 3.25).
error-out-of-range = Nilai ini di luar rentang yang wajar. Periksa satuannya (kg, cm).
error-no-measurement = Isi setidaknya satu: berat badan, tinggi badan, lingkar kepala atau lingkar dada.
error-unknown-choice = Pilih salah satu pilihan.
error-blood-pressure-order = Tekanan darah bawah harus lebih rendah dari yang atas. Periksa apakah keduanya tertukar.
error-date-before-pregnancy = Tanggal ini sebelum kehamilan dimulai. Periksa tanggal atau perkiraan lahir.
error-heart-rate-without-heartbeat = Isi denyut jantung hanya jika detak jantung terdengar.
error-malformed-time = Tulis jam dalam bentuk 14:05
error-not-the-birth-date = Gunakan tanggal lahir anak.
error-not-in-checklist = Ada jawaban yang bukan untuk pertanyaan pemeriksaan ini.
error-answered-twice = Pertanyaan yang sama dijawab dua kali.
error-more-than-teeth = Jumlah gigi berlubang lebih banyak dari jumlah gigi.
error-end-before-start = Tanggal ini sebelum hari pertama.

## When the handbook cannot be opened

error-store-cannot-open = Buku tidak dapat dibuka: kuncinya salah, atau ini bukan database Hagukumi. File tidak diubah.
error-store-no-key = Tempat penyimpanan kunci (keychain OS) tidak tersedia. Atur frasa sandi di variabel lingkungan HAGUKUMI_PASSPHRASE lalu jalankan lagi.
error-store-passphrase = Buku ini dilindungi frasa sandi. Atur di variabel lingkungan HAGUKUMI_PASSPHRASE lalu jalankan lagi.
error-store-keystore = Terjadi kesalahan pada penyimpanan kredensial OS (keychain): { $detail }
error-store-key-missing = Kunci buku ini tidak ditemukan. Buka dengan pengguna dan keychain yang sama seperti saat membuatnya, atau buka dengan kode pemulihan Anda.
error-store-newer = Buku ini dibuat oleh versi Hagukumi yang lebih baru. Perbarui aplikasi.
error-store-io = File buku tidak dapat dibaca atau ditulis: { $detail }
error-store-corrupt = Data buku rusak: { $detail }
error-store-full = Penyimpanan perangkat penuh sehingga tidak dapat disimpan. Tidak ada yang disimpan: buku tetap seperti semula. Kosongkan ruang (hapus foto, video, atau aplikasi yang tidak diperlukan) lalu coba lagi.
error-recovery-code-length = Kode pemulihan terdiri dari 28 huruf dan angka, dalam 7 kelompok berisi 4. Periksa apakah setiap kelompok sudah diketik.
error-recovery-code-character = Kode pemulihan hanya berisi huruf A–Z (tanpa I, L, O, U) dan angka 0–9. Periksa karakter yang Anda ketik.
error-recovery-code-checksum = Ada salah ketik pada kode pemulihan: kelompok terakhir tidak cocok dengan yang lain. Bandingkan setiap kelompok dengan lembar pemulihan Anda.
error-store-handbook-elsewhere = Dulu ada buku di folder ini dan kuncinya masih tersimpan: buku itu dipindahkan atau namanya diubah. Tidak ada yang dibuat. Buka buku di tempatnya sekarang, atau kembalikan foldernya ke sini. Jika Anda sengaja menghapusnya, Anda dapat membuat buku baru di sini.
error-store-passphrase-short = Frasa sandi terlalu pendek: gunakan setidaknya 12 karakter (beberapa kata yang tidak saling berhubungan mudah diingat). Tidak ada buku yang dibuat.
error-store-in-use = Buku ini sedang terbuka di aplikasi. Tutup aplikasi lalu coba lagi. Tidak ada yang diubah.
error-recovery-wrong-code = Kode pemulihan ini tidak dapat membuka buku ini. Bandingkan dengan lembar pemulihan Anda lalu coba lagi. Tidak ada yang diubah.
error-recovery-no-file = File pemulihan (hagukumi.recovery) tidak ada di samping buku. Salin kembali dari asal folder buku, atau pulihkan dari cadangan.
error-recovery-other-handbook = File pemulihan di samping buku milik buku lain. Salin ulang seluruh folder buku, atau pulihkan dari cadangan.
error-recovery-format = File pemulihan rusak atau bukan format Hagukumi. Pulihkan dari cadangan saja.
error-backup-not-a-backup = File ini bukan cadangan Hagukumi. Pilih file yang namanya berakhiran .hagukumi-backup. Tidak ada yang diubah.
error-backup-version = Cadangan ini dibuat oleh versi Hagukumi yang lain. Perbarui aplikasi lalu coba lagi. Tidak ada yang diubah.
error-backup-damaged = File cadangan rusak atau tidak lengkap. Tidak ada yang diubah. Coba file cadangan lain, atau salin ulang file ini.
error-backup-wrong-code = Kode pemulihan ini tidak dapat membuka cadangan ini. Bandingkan dengan lembar pemulihan buku yang dicadangkan. Tidak ada yang diubah.
error-backup-other-handbook = Cadangan ini milik buku lain, bukan buku di folder ini. Tidak ada yang diubah. Pulihkan ke folder kosong saja.
error-backup-no-code = Buku ini belum punya kode pemulihan. Buka sekali (kode akan dibuat), lalu cadangkan lagi.
error-backup-would-replace-other-file = Di sana sudah ada file yang bukan cadangan Hagukumi. File itu dibiarkan dan tidak ada yang ditulis. Pilih nama file atau tempat lain.
error-backup-inside-handbook-folder = Cadangan tidak dapat disimpan di dalam folder buku itu sendiri (bisa menimpa buku, atau hilang bersamanya). Tidak ada yang ditulis. Pilih folder lain, seperti drive eksternal atau folder cloud.
error-backup-folder-missing = Folder untuk cadangan otomatis tidak ditemukan (drive eksternal atau folder cloud mungkin tidak terhubung). Hubungkan lagi, atau pilih folder lain di layar cadangan. Sampai saat itu, cadangan otomatis tidak disimpan.
error-no-such-child = Anak ini tidak ditemukan.
error-no-such-record = Catatan ini tidak ditemukan.
error-cannot-restore = Ini dihapus lebih dari 30 hari yang lalu dan tidak dapat dipulihkan lagi.
error-birth-already-recorded = Anak ini sudah punya catatan kelahiran (satu per anak). Untuk menulis ulang, hapus dulu catatan itu, lalu tambahkan yang baru.
photo-count = Foto ({ $count })
photo-add = Tambah foto
photo-delete = Hapus foto
photo-deleted = Dihapus (dapat dipulihkan dalam 30 hari)
photo-alt = Foto catatan
photo-privacy = Lokasi dan detail lainnya dihapus; foto disimpan di dalam buku yang terenkripsi.
error-photo-format = Hanya foto JPEG atau PNG yang dapat ditambahkan.
error-photo-malformed = File foto rusak atau tidak lengkap.
error-photo-too-large = Foto terlalu besar (maksimal 8 MB).
error-photo-too-many = Catatan ini tidak dapat menampung foto lagi (maksimal 10).
error-photo-too-many-pixels = Piksel foto terlalu banyak (maksimal 64 megapiksel). Bagikan atau simpan dalam ukuran lebih kecil dari ponsel Anda, lalu tambahkan lagi.
error-no-such-photo = Foto ini tidak ditemukan.
error-photo-cannot-restore = Foto ini dihapus lebih dari 30 hari yang lalu dan tidak dapat dipulihkan lagi.
error-internal = Terjadi kesalahan tak terduga: { $detail }
error-retry-hint = Jika memulai ulang aplikasi tidak membantu, cadangkan folder data lalu hubungi dukungan.

## The schedule on screen

schedule-next-title = Berikutnya untuk keluarga Anda
schedule-plan-title = Jadwal imunisasi dan pemeriksaan
schedule-none = Belum ada jadwal untuk saat ini.
schedule-month = { $month }/{ $year }
schedule-why = Rincian
schedule-closing-soon = Masa gratis (biaya pemerintah) akan segera berakhir.
schedule-record-given = Sudah diberikan
schedule-record-save = Simpan
schedule-record-cancel = Batal
schedule-status-done = Selesai
schedule-status-due-now = Sekarang
schedule-status-upcoming = Akan datang
schedule-status-overdue = Terlambat
schedule-status-missed = Di luar masa gratis
schedule-status-not-eligible = Tidak memenuhi syarat
schedule-status-funded-window-missed = Lewat masa gratis (kini sukarela, biaya sendiri)
schedule-when-done = selesai pada { $date }
schedule-when-due = dapat diberikan sekarang
schedule-when-due-by = dapat diberikan sekarang (standar: sampai { $date })
schedule-when-from = mulai { $date }
schedule-when-overdue = lewat waktu standar; sebaiknya segera diberikan
schedule-when-overdue-funded = lewat waktu standar (gratis sampai { $date })
ics-calendar-name = Imunisasi dan pemeriksaan Hagukumi

## Reminders (local notifications) and their settings
field-days-before-open = Berapa hari sebelum masa dibuka diberi tahu
field-days-before-close = Berapa hari sebelum masa gratis berakhir diberi tahu
field-temperature = Suhu tubuh (°C)
error-days-out-of-range = Masukkan jumlah hari dari 0 sampai 60
field-program = Program
field-benefit-state = Status
field-deadline = Batas waktu
field-payment-date = Tanggal pembayaran berikutnya
field-payment-amount = Pembayaran berikutnya (yen)
field-guardian = Nama wali
field-children = Anak yang diajukan
error-individual-number = Angka 12 digit seperti My Number tidak dapat dimasukkan. Hagukumi tidak pernah menangani My Number; hapus angkanya
field-stars = Penilaian (bintang)
error-stars-out-of-range = Penilaian adalah 1 sampai 5 bintang (atau tidak ada)
reminder-opening-title = { $item } akan segera tiba
reminder-opening-body = { $who } dapat menerima { $item } mulai { $date }. Kapan pun sempat, Anda bisa mulai memikirkan untuk membuat janji.
reminder-closing-title = { $item } gratis akan segera berakhir
reminder-closing-body = { $who } dapat menerima { $item } secara gratis sampai { $date } ({ $days } hari lagi). Jika belum, Anda bisa bertanya ke klinik Anda.
reminder-digest-title = Bulan ini untuk keluarga Anda
reminder-digest-body = Ada { $count } jadwal bulan ini.
reminder-digest-line = { $who }: { $item } (sekitar { $date })
reminder-settings-title = Pengingat
reminder-settings-open = Berapa hari sebelum masa dibuka diberi tahu
reminder-settings-close = Berapa hari sebelum masa gratis berakhir diberi tahu
reminder-settings-note = Dari 0 sampai 60 hari. Setiap tanggal 1, Anda juga menerima jadwal keluarga untuk bulan itu.
reminder-settings-save = Simpan
reminder-settings-saved = Tersimpan
