# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Benefit applications and their state (018 Support, Baby First, child allowance, …)

benefits-title = Pengajuan tunjangan
benefits-open = Lihat pengajuan dan ajukan
benefits-back = Kembali
benefits-none = Belum ada pengajuan. Mulai dengan "Ajukan sekaligus" atau "Lacak pengajuan" di bawah.
benefits-list-heading = Pengajuan
benefits-next-payment-heading = Pembayaran berikutnya
benefits-no-payment = Belum ada pembayaran yang dijadwalkan.
benefit-state-not-applied = Belum diajukan
benefit-state-applied = Sudah diajukan
benefit-state-approved = Disetujui
benefit-state-paid = Sudah dibayar
benefit-state-needs-action = Perlu tindakan
benefit-source-official = Resmi
benefit-source-tracked = Dilacak oleh Anda
benefit-source-registry = Anda memenuhi syarat
benefit-portal-status = Status di kantor: { $status }
benefit-applied-on = Diajukan { $date }
benefit-deadline = Batas waktu { $date } ({ $days } hari lagi)
benefit-deadline-passed = Batas waktu { $date } (sudah lewat)
benefit-amount = ¥{ $yen }
benefit-next-payment = ¥{ $yen } pada { $date }
benefit-next-payment-of = Pembayaran berikutnya: { $program }, ¥{ $yen } pada { $date }
benefit-delete = Hapus
benefit-reminder-title = { $who }: batas waktu sudah dekat
benefit-reminder-body = Batas waktu untuk { $who } adalah { $date } ({ $days } hari lagi). Silakan ajukan atau selesaikan yang diperlukan.
benefit-error-already-pending = Sudah ada pengajuan yang menunggu dikirim. Pengajuan akan terkirim sendiri saat online, jadi tidak perlu mengajukan lagi.
benefit-error-refused = Portal tidak menerima pengajuan ini. Periksa nama dan tanggal lahir anak lalu ajukan lagi, atau tanyakan ke kantor pemerintah kota Anda.
benefit-error-no-children = Belum ada anak di buku. Tambahkan dulu dengan "Tambah anak" di layar beranda.
benefit-no-such-application = Tidak ada pengajuan terlacak seperti itu. Periksa nomornya dengan `hagu benefits`.

once-only-title = Ajukan 018 Support (018サポート) dan Baby First (赤ちゃんファースト) sekaligus
once-only-intro = Sudah diisi dari data anak di buku Anda. Periksa lalu kirim. My Number tidak diminta.
once-only-programs = Program: 018 Support (018サポート, ¥5.000 per bulan per anak) dan Baby First (赤ちゃんファースト, poin hadiah senilai ¥100.000 per anak yang lahir pada atau setelah 1 April 2025). Portal yang menentukan siapa yang memenuhi syarat.
once-only-child = { $name } (lahir { $date })
once-only-confirm = Ajukan dengan data di atas (saya sudah memeriksanya)
once-only-confirm-needed = Periksa data dan centang "saya sudah memeriksanya" sebelum mengirim
once-only-send = Kirim pengajuan
once-only-queued = Pengajuan diterima. Sedang dikirim ke portal.
once-only-sent = Pengajuan sudah dikirim ke portal. Statusnya ditampilkan di layar ini.
once-only-not-connected = Tidak terhubung ke portal, jadi pengajuan menunggu dikirim. Hubungkan di "Data resmi" pada layar beranda, dan pengajuan akan terkirim.
submission-pending = Menunggu dikirim: { $children }
submission-pending-problem = Menunggu dikirim: { $children } ({ $problem } Akan terkirim sendiri saat online.)
submission-sent = Terkirim, mengambil status: { $children }
submission-refused = Tidak diterima: { $children }

track-title = Lacak pengajuan sendiri
track-intro = Tunjangan yang diajukan di loket atau lewat pos: simpan status, batas waktu dan pembayaran berikutnya di sini.
track-save = Simpan
track-saved = Tersimpan

## hagu benefits
cli-benefits-about = Tampilkan pengajuan tunjangan dan statusnya (018 Support dan Baby First yang diajukan sekaligus, serta yang Anda lacak sendiri)
cli-benefits-json-help = Cetak JSON (untuk skrip)
cli-benefits-apply-about = Ajukan 018 Support dan Baby First sekaligus (diantrekan; dikirim oleh `hagu sync`). My Number tidak digunakan
cli-benefits-guardian-help = Nama wali (diisi sekali, lalu diingat)
cli-benefits-child-help = Anak yang diajukan (dapat diulang; semua anak di buku jika tidak diisi)
cli-benefits-track-about = Lacak pengajuan yang dibuat di loket atau lewat pos
cli-benefits-program-help = Nama program (mis. tunjangan anak)
cli-benefits-state-help = Status: not-applied, applied, approved, paid atau needs-action
cli-benefits-applied-on-help = Tanggal pengajuan
cli-benefits-deadline-help = Batas waktu (Anda diingatkan sebelumnya)
cli-benefits-payment-date-help = Tanggal pembayaran berikutnya
cli-benefits-payment-yen-help = Jumlah pembayaran berikutnya (yen)
cli-benefits-note-help = Catatan
cli-benefits-delete-about = Hapus pengajuan yang Anda lacak
cli-benefits-id-help = Nomor pengajuan (setelah # di `hagu benefits`)
cli-benefits-deleted = Dihapus
cli-benefits-tracked = Tersimpan (#{ $id })
cli-benefits-queued = Pengajuan diantrekan (#{ $id }). `hagu sync` akan mengirimnya ke portal.
benefits-to-apply = Ada { $count } tunjangan yang Anda penuhi syaratnya tetapi belum diajukan
