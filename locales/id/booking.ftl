# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Nursery hunt: visit and consultation bookings, the nursery application (crates/i18n/src/booking.rs)

portal-category-nursery = Reservasi kunjungan dan konsultasi tempat penitipan anak, serta pendaftaran

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = Kunjungan
booking-kind-consult-counter = Konsultasi (di loket)
booking-kind-consult-online = Konsultasi (online)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = Tidak ada slot yang dapat dipesan (sinkronisasi membawa slot terbaru dari pemerintah kota).
booking-sample = CONTOH: semua slot kunjungan dan konsultasi adalah rekaan.
booking-none = Belum ada reservasi.

nursery-booking-pending = Menunggu dikirim
nursery-booking-confirmed = Dikonfirmasi
nursery-booking-declined = Ditolak
nursery-booking-cancelling = Pembatalan menunggu dikirim
nursery-booking-cancelled = Dibatalkan
nursery-booking-refused = Tidak diterima

nursery-decline-slot-full = slot sudah penuh
nursery-decline-slot-changed = slot telah berubah
nursery-decline-unknown-slot = slot sudah tidak ada
nursery-decline-slot-past = slot sudah dimulai
nursery-decline-already-booked = sudah dipesan
nursery-decline-other = tanpa alasan

nursery-reminder-title = Besok: { $kind ->
    [visit] kunjungan ke tempat penitipan anak
   *[other] konsultasi tempat penitipan anak
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = Diterima (menunggu penempatan)
nursery-decision-offered = Mendapat tempat
nursery-decision-waitlisted = Daftar tunggu (tidak mendapat tempat kali ini)
nursery-decision-offered-at = Mendapat tempat: { $facility } (pilihan ke-{ $rank })
nursery-outcome-offered = mendapat tempat
nursery-outcome-no-opening = tidak ada tempat kosong
nursery-outcome-not-reached = pilihan yang lebih tinggi sudah didapat
nursery-adjustment-line = Pilihan ke-{ $rank } { $facility }: { $outcome }
nursery-application-none = Belum ada pendaftaran tempat penitipan anak.
nursery-application-pending = Menunggu dikirim
nursery-application-refused = Tidak diterima

nursery-error-bad-intake = Masukkan tanggal masuk sebagai 1 April, YYYY-04-01.
nursery-error-intake-past = Tanggal masuk itu sudah lewat.
nursery-error-no-preferences = Pilih setidaknya satu fasilitas.
nursery-error-too-many-preferences = Maksimal 20 pilihan.
nursery-error-preference-twice = Fasilitas yang sama dipilih dua kali: { $value }
nursery-error-unknown-slot = Slot tidak ada (sinkronkan, lalu coba lagi): { $value }
nursery-error-already-booked = Slot ini sudah dipesan.
nursery-error-not-cancellable = Bukan reservasi yang dapat dibatalkan: { $value }
nursery-error-already-pending = Sudah ada pendaftaran tempat penitipan anak yang menunggu dikirim.
nursery-error-unknown-child = Anak tidak ditemukan: { $value }

cli-booking-slots-about = Slot kunjungan dan konsultasi (dari sinkronisasi terakhir)
cli-booking-municipality-help = Kode pemerintah kota (bawaan: yang sudah diatur)
cli-booking-facility-help = Id fasilitas (mis. 131083-1)
cli-booking-json-help = Cetak JSON
cli-booking-book-about = Pesan kunjungan (visit) atau konsultasi (consult), dikirim pada sinkronisasi berikutnya
cli-booking-kind-help = visit atau consult
cli-booking-slot-help = Id slot (ditampilkan oleh hagu nursery slots)
cli-booking-at-help = Waktu mulai (sebagai ganti --slot)
cli-booking-mode-help = Cara konsultasi: counter atau online
cli-booking-bookings-about = Reservasi dan statusnya
cli-booking-cancel-about = Batalkan reservasi (dikirim pada sinkronisasi berikutnya)
cli-booking-id-help = Nomor reservasi (# di hagu nursery bookings)
cli-booking-apply-about = Daftar tempat di penitipan anak (fasilitas sesuai urutan pilihan; dikirim pada sinkronisasi berikutnya)
cli-booking-child-help = Nomor anak
cli-booking-prefer-help = Id fasilitas sesuai urutan pilihan, dipisahkan koma
cli-booking-intake-help = Tanggal masuk (1 April)
cli-booking-application-about = Pendaftaran tempat penitipan anak dan hasilnya (mendapat tempat atau daftar tunggu, penempatan)
cli-booking-queued = Reservasi #{ $id } menunggu dikirim: { $slot }
cli-booking-cancel-queued = Pembatalan reservasi #{ $id } menunggu dikirim.
cli-booking-apply-queued = Pendaftaran tempat penitipan anak #{ $id } ({ $count } fasilitas) menunggu dikirim.
cli-booking-application-line = Pendaftaran #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = Pendaftaran tempat penitipan anak: { $status }

nursery-decision-notice-title = Pendaftaran tempat penitipan anak sudah ada hasilnya
booking-timeline-heading = Reservasi tempat penitipan anak

booking-pick = Kunjungi · daftar
booking-title = Reservasi kunjungan dan konsultasi
booking-pick-hint = Tekan "Kunjungi · daftar" pada fasilitas untuk melihat slot kunjungan dan konsultasi.
booking-list-title = Reservasi
booking-book = Pesan
booking-booked = Sudah dipesan
booking-cancel = Batalkan
nursery-apply-title = Pendaftaran tempat penitipan anak
nursery-prefer-add = Tambahkan { $facility } ke pilihan
nursery-prefs-from-bookmarks = Gunakan bookmark saya sesuai urutannya ({ $count } fasilitas)
nursery-prefs-none = Tambahkan fasilitas yang diinginkan dari hasil pencarian.
nursery-pref-line = Pilihan ke-{ $rank }: { $facility }
nursery-pref-up = Naikkan
nursery-pref-down = Turunkan
nursery-pref-remove = Hapus dari pilihan
nursery-apply-child = Anak
nursery-apply-intake = Tanggal masuk (1 April)
nursery-apply-submit = Daftar
nursery-apply-sent = Pendaftaran menunggu dikirim. Sinkronisasi akan mengirimnya dan membawa hasilnya.
