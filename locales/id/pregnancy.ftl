# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Pregnancy records and postnatal checkups
# Records of a pregnancy and of the mother after the birth: crates/core/src/pregnancy_records.rs

## Record kinds (PregnancyRecordKind, pregnancy-kind-<kind>)

pregnancy-kind-notification = Pemberitahuan kehamilan (妊娠届)
pregnancy-kind-prenatal-visit = Pemeriksaan kehamilan
pregnancy-kind-dental = Pemeriksaan gigi
pregnancy-kind-class = Kelas persiapan orang tua
pregnancy-kind-environment = Pekerjaan dan kehidupan sehari-hari
pregnancy-kind-postnatal-checkup = Pemeriksaan ibu nifas
pregnancy-kind-vaccination = Imunisasi saat hamil

## The pregnancy's screen

pregnancy-records = Catatan
error-no-such-pregnancy = Kehamilan ini tidak ditemukan.
pregnancy-no-records = Belum ada catatan. Gunakan formulir di bawah untuk mencatat pemeriksaan kehamilan atau hari Anda menyampaikan pemberitahuan kehamilan.
pregnancy-date-week = Pada hari ini: { $week }
pregnancy-stat-blood-pressure = Tekanan darah
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = Dalam mmHg (mis. atas 112, bawah 70)
pregnancy-epds-field-hint = Skor total Edinburgh Postnatal Depression Scale (EPDS), 0–30
# Shown gently under a postnatal checkup whose EPDS is 9 or more (core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD)
pregnancy-epds-hint = Minggu-minggu setelah melahirkan bisa berat bagi tubuh dan pikiran. Jika ada yang mengganjal, Anda tidak perlu menanggungnya sendiri: bidan, perawat kesehatan masyarakat, atau pusat dukungan pengasuhan anak di kota Anda (子育て世代包括支援センター / こども家庭センター) akan senang mendengarkan.

## Choices

pregnancy-method-last-period = Dari haid terakhir
pregnancy-method-ultrasound = Dengan USG
pregnancy-method-other = Lainnya
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (negatif)
pregnancy-urine-trace-option = ± (samar)
pregnancy-urine-plus1-option = + (positif)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (tidak ada)
pregnancy-edema-plus1-option = + (sedikit)
pregnancy-edema-plus2-option = ++ (jelas)
pregnancy-heart-present = Detak jantung terdengar
pregnancy-heart-absent = Detak jantung tidak terdengar
pregnancy-heart-not-checked = Detak jantung tidak diperiksa
pregnancy-timing-two-weeks = Pemeriksaan ibu 2 minggu setelah melahirkan
pregnancy-timing-one-month = Pemeriksaan ibu 1 bulan setelah melahirkan
pregnancy-timing-other = Pemeriksaan ibu nifas lainnya

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = berat { $value } kg
pregnancy-value-lot = Lot { $lot }
pregnancy-value-blood-pressure = TD { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = protein urine { $value }
pregnancy-value-urine-sugar = gula urine { $value }
pregnancy-value-edema = bengkak { $value }
pregnancy-value-fundal-height = tinggi fundus { $value } cm
pregnancy-value-abdominal-girth = lingkar perut { $value } cm
pregnancy-value-heart-rate = denyut jantung { $bpm }/menit
pregnancy-value-method = cara menentukan perkiraan lahir: { $method }
pregnancy-value-epds = EPDS { $score } poin

## hagu pregnancy (command line)

cli-pregnancy-about = Tambah dan tampilkan kehamilan beserta catatannya (pemeriksaan kehamilan dan nifas, …)
cli-pregnancy-add-about = Tambah kehamilan
cli-pregnancy-label-help = Nama panggilan (mis. anak kedua; opsional)
cli-pregnancy-expected-help = Perkiraan tanggal lahir (mis. 2027-03-01)
cli-pregnancy-list-about = Tampilkan daftar kehamilan dalam buku
cli-pregnancy-list-json-help = Cetak larik JSON yang dapat dibaca mesin (id, label, expected_date)
cli-pregnancy-record-about = Tambah, tampilkan, ubah, hapus atau pulihkan catatan kehamilan dan catatan ibu setelah melahirkan
cli-pregnancy-record-add-about = Tambah catatan pada kehamilan
cli-pregnancy-record-list-about = Tampilkan catatan kehamilan, dari yang terlama
cli-pregnancy-record-edit-about = Ubah catatan. Opsi yang tidak diberikan tetap nilainya; nilai kosong ("") menghapus nilai opsional. Versi sebelumnya disimpan di riwayat catatan
cli-pregnancy-record-delete-about = Hapus catatan (dapat dipulihkan dalam 30 hari)
cli-pregnancy-record-restore-about = Pulihkan catatan yang dihapus dalam 30 hari terakhir
cli-pregnancy-record-history-about = Tampilkan versi sebelumnya dari catatan, dari yang terlama
cli-pregnancy-record-notification-about = Pemberitahuan kehamilan
cli-pregnancy-record-prenatal-visit-about = Pemeriksaan kehamilan (minggu kehamilan dihitung dari tanggal dan perkiraan lahir)
cli-pregnancy-record-dental-about = Pemeriksaan gigi selama kehamilan
cli-pregnancy-record-vaccination-about = Imunisasi selama kehamilan (mis. vaksin RSV maternal)
cli-pregnancy-record-class-about = Kelas persiapan orang tua
cli-pregnancy-record-environment-about = Catatan tentang pekerjaan dan kehidupan sehari-hari
cli-pregnancy-record-postnatal-checkup-about = Pemeriksaan ibu setelah melahirkan
cli-pregnancy-pregnancy-help = Id kehamilan (lihat "hagu pregnancy list --json")
cli-pregnancy-record-id-help = Id catatan (lihat "hagu pregnancy record list")
cli-pregnancy-kind-help = Hanya catatan jenis ini
cli-pregnancy-deleted-help = Sertakan catatan yang dihapus
cli-pregnancy-record-list-json-help = Cetak larik JSON yang dapat dibaca mesin (format: docs/export-format.md)
cli-pregnancy-history-json-help = Cetak larik JSON yang dapat dibaca mesin (record_id, change, previous, changed_at)
cli-pregnancy-date-help = Tanggal (mis. 2026-11-24)
cli-pregnancy-notification-date-help = Hari pemberitahuan (mis. 2026-07-10)
cli-pregnancy-method-help = Cara menentukan perkiraan lahir: last-period, ultrasound atau other
cli-pregnancy-weight-help = Berat badan dalam kg (mis. 58.4)
cli-pregnancy-systolic-help = Tekanan darah atas (mmHg)
cli-pregnancy-diastolic-help = Tekanan darah bawah (mmHg)
cli-pregnancy-urine-protein-help = Protein urine: - ± + ++ +++ (atau negative, trace, plus1, plus2, plus3)
cli-pregnancy-urine-sugar-help = Gula urine: - ± + ++ +++ (atau negative, trace, plus1, plus2, plus3)
cli-pregnancy-edema-help = Bengkak: - + ++ (atau negative, plus1, plus2)
cli-pregnancy-fundal-height-help = Tinggi fundus uteri dalam cm
cli-pregnancy-abdominal-girth-help = Lingkar perut dalam cm
cli-pregnancy-fetal-heart-help = Detak jantung janin: present, absent atau not-checked
cli-pregnancy-heart-rate-help = Denyut jantung janin (kali per menit)
cli-pregnancy-notes-help = Catatan
cli-pregnancy-facility-help = Klinik atau rumah sakit
cli-pregnancy-vaccine-help = Id vaksin (mis. rsv-maternal)
cli-pregnancy-lot-help = Nomor lot
cli-pregnancy-findings-help = Temuan
cli-pregnancy-class-name-help = Nama kelas
cli-pregnancy-text-help = Isi catatan
cli-pregnancy-timing-help = Pemeriksaan yang mana: two-weeks, one-month atau other
cli-pregnancy-epds-help = Skor total EPDS (0 sampai 30)
cli-pregnancy-line = #{ $id }  { $title }  perkiraan lahir { $expected }  { $status }
cli-pregnancy-added = Kehamilan ditambahkan: { $pregnancy }
cli-pregnancy-none = Belum ada kehamilan. Tambahkan dengan "hagu pregnancy add".
cli-pregnancy-record-added = Catatan #{ $id } ditambahkan ({ $title }): { $entry }
cli-pregnancy-record-edited = Catatan #{ $id } diubah: { $entry }
cli-pregnancy-record-deleted = Catatan #{ $id } dihapus. Dapat dipulihkan sampai { $until } dengan "hagu pregnancy record restore { $id }".
cli-pregnancy-record-restored = Catatan #{ $id } dipulihkan: { $entry }
cli-pregnancy-record-none = Tidak ada catatan. Tambahkan dengan "hagu pregnancy record add".
cli-pregnancy-no-pregnancy = Tidak ada kehamilan dengan id { $id }. Lihat "hagu pregnancy list --json". Tidak ada yang diubah.
cli-pregnancy-no-record = Tidak ada catatan kehamilan dengan id { $id }. Lihat "hagu pregnancy record list". Tidak ada yang diubah.
cli-pregnancy-record-kind-mismatch = Catatan #{ $id } adalah catatan { $kind }; ubah dengan "hagu pregnancy record edit { $id } { $kind } …". Tidak ada yang diubah.
cli-pregnancy-record-is-deleted = Catatan #{ $id } sudah dihapus. Pulihkan dulu dengan "hagu pregnancy record restore { $id }". Tidak ada yang diubah.
cli-pregnancy-record-already-deleted = Catatan #{ $id } sudah dihapus. Tidak ada yang diubah.
cli-pregnancy-record-not-deleted = Catatan #{ $id } tidak dihapus; tidak ada yang perlu dipulihkan.
cli-pregnancy-record-too-old = Catatan #{ $id } dihapus lebih dari 30 hari yang lalu dan tidak dapat dipulihkan lagi.
cli-pregnancy-photo-about = Tambah, tampilkan, ekspor, hapus atau pulihkan foto pada catatan kehamilan (JPEG atau PNG; lokasi dan detail lain dihapus, seperti di aplikasi)
cli-pregnancy-photo-not-theirs = Catatan #{ $record } bukan salah satu catatan { $title }. Tidak ada yang disimpan.
cli-pregnancy-history-none = Catatan #{ $id } belum pernah diubah.
