# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = Kartu klinik
clinic-card-title = Kartu klinik
clinic-card-back = ‹ Kembali
clinic-card-intro = Tunjukkan layar ini di bagian pendaftaran klinik. Berfungsi tanpa jaringan.
clinic-card-as-of = Per { $date }
clinic-card-born = Tanggal lahir
clinic-card-certificates = Sertifikat subsidi biaya medis (受給者証)
clinic-card-no-certificates = Belum ada sertifikat. Hubungkan ke portal, dan sertifikat yang Anda terima akan ditampilkan di sini.
clinic-card-valid-current = Berlaku
clinic-card-valid-not-yet = Belum berlaku
clinic-card-valid-expired = Kedaluwarsa
clinic-card-date-era = { $date } ({ $era } { $year }, { $day } { $monthName })
era-showa = Shōwa
era-heisei = Heisei
era-reiwa = Reiwa
clinic-card-insurance = Catatan asuransi
clinic-card-insurance-none = Belum ada. Anda dapat mencatat nomor penanggung (insurer number) serta simbol dan nomor asuransi kesehatan di sini.
clinic-card-insurance-edit = Tulis catatan
clinic-card-insurance-label = Catatan asuransi (jangan pernah menulis My Number di sini)
clinic-card-insurance-save = Simpan
clinic-card-insurance-cancel = Batal
clinic-card-insurance-saved = Catatan asuransi tersimpan
clinic-card-allergies = Alergi
clinic-card-no-allergies = Tidak ada alergi yang tercatat
clinic-card-vaccinations = Imunisasi
clinic-card-no-vaccinations = Tidak ada imunisasi yang tercatat
clinic-card-dose = dosis ke-{ $dose }, { $date }
error-insurance-note-too-long = Catatan asuransi maksimal 300 karakter
error-insurance-note-individual-number = Angka 12 digit tidak dapat disimpan. Jangan pernah menulis My Number (nomor individu) di buku ini.
cli-clinic-card-about = Tampilkan kartu klinik (sertifikat, catatan asuransi, alergi, imunisasi). Hanya membaca buku, jadi berfungsi tanpa jaringan
cli-clinic-card-child-help = Hanya anak ini (lihat ID dengan hagu child list)
cli-clinic-card-json-help = Cetak JSON (untuk skrip)
cli-clinic-card-no-children = Belum ada anak. Tambahkan dengan hagu child add
cli-clinic-card-fact = { $label }: { $value }
