# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } berusia { $months } bulan
   *[other] { $name } berusia { $years } tahun { $months } bulan
}
programs-reason-born-on-or-after = Untuk anak yang lahir pada atau setelah { $date }
programs-reason-from = Berlaku mulai { $date }
programs-reason-until = Berlaku sampai { $date }
programs-reason-school-year-end = Berlaku sampai 31 Maret pertama setelah berusia { $age } tahun ({ $date })
programs-reason-child-order = { $name } dihitung sebagai anak ke-{ $order }
programs-reason-twins = { $name } adalah salah satu dari { $count } anak yang lahir di hari yang sama: masing-masing dihitung
programs-reason-pregnancy-week = Saat ini usia kehamilan { $weeks } minggu { $days } hari
programs-reason-pregnancy-week-from = Dapat diklaim mulai minggu ke-{ $week } ({ $date })
programs-reason-per-expected-child = Dibayarkan untuk setiap anak yang dikandung
programs-reason-after-birth = Berlaku setelah bayi lahir (perkiraan lahir { $date })
programs-reason-apply-by = Ajukan paling lambat { $date }

programs-level-national = Nasional
programs-level-prefecture = Prefektur
programs-level-municipality = Pemerintah kota
programs-now-heading = Untuk keluarga Anda sekarang (per { $date }, { $municipality })
programs-coming-heading = Akan datang dalam 3 bulan ke depan
programs-check-heading = Program lain dari { $municipality } (syaratnya tidak ada dalam data: tanyakan ke { $municipality })
programs-none = Tidak ada
programs-person-pregnancy = Kehamilan (perkiraan lahir { $date })
programs-person-pregnancy-label = { $label } (perkiraan lahir { $date })
programs-amount-month = ¥{ $yen } per bulan
programs-amount-once = ¥{ $yen }
programs-amount-per-expected-child = { $amount } per anak yang dikandung
programs-days-left = { $days } hari lagi (sampai { $date })
programs-last-day = hari terakhir hari ini
programs-until-date = sampai { $date }
programs-next-payment = Bulan pembayaran berikutnya: { $month }/{ $year }
programs-applied-with = Dapat diajukan bersama “{ $name }”
programs-schedule-link = Untuk waktunya, lihat jadwal (hagu schedule)
programs-how = Cara mengajukan: { $text }
programs-where = Tempat: { $text }
programs-bring = Yang perlu dibawa: { $text }
programs-link = Informasi: { $uri }
programs-source = Sumber: { $source }
programs-note = Catatan: { $note }
programs-sample-notice = Catatan: data CONTOH (per { $date }). Periksa setiap sumber dan informasi pemerintah kota Anda sebelum mengajukan.
programs-no-municipality = Pemerintah kota belum diatur. Pilih dengan “hagu municipality list”, lalu atur dengan “hagu municipality set CODE”.
programs-unknown-municipality = { $code } bukan pemerintah kota dalam data program. Lihat “hagu municipality list”. Tidak ada yang diubah.
programs-registry-problem = Sebagian data program tidak dapat dibaca (data itu tidak disertakan): { $problem }

municipality-line = { $code }  { $name }
municipality-set = Pemerintah kota diatur ke { $name } ({ $code }).
municipality-same = { $name } ({ $code }) sudah diatur.
municipality-moved = Pindah dari { $from } ke { $to }: program dicocokkan ulang (per { $date }).
municipality-ends-heading = Berakhir bersama { $from }
municipality-apply-heading = Yang perlu diajukan di { $to }
municipality-check-heading = Program lain dari { $to } (tanyakan syaratnya ke { $to })

cli-municipality-about = Tempat tinggal keluarga (dipakai untuk mencocokkan program)
cli-municipality-list-about = Tampilkan pemerintah kota dalam data program
cli-municipality-set-about = Atur tempat tinggal keluarga (saat pindah, ditampilkan yang berakhir dan yang perlu diajukan)
cli-municipality-code-help = Kode pemerintah daerah 6 digit (mis. 131016)
cli-municipality-json-help = Cetak JSON (untuk skrip)
cli-programs-about = Program dukungan anak yang berlaku sekarang, dan yang dimulai dalam 3 bulan
cli-programs-child-help = Hanya anak ini (ID)
cli-programs-as-of-help = Cocokkan pada tanggal ini (bawaan: hari ini)
cli-programs-json-help = Cetak JSON (untuk skrip)

## The app's screens (ui/src/programs.rs). $name is a municipality, $count a number.
programs-card-title = Untuk keluarga Anda sekarang
programs-card-intro = Pilih tempat tinggal Anda, dan Hagukumi akan memberi tahu program dukungan anak yang sesuai dengan usia anak Anda dan kehamilan.
programs-card-choose = Pilih pemerintah kota Anda
programs-card-open = Lihat semua
programs-card-more = { $count } lagi
programs-card-where = Program di { $name }
programs-screen-title = Program dukungan anak
programs-municipality-title = Tempat tinggal Anda
programs-municipality-hint = Pilih sekali. Saat pindah, pilih lagi: Hagukumi menampilkan yang perlu diajukan lagi dan yang berakhir.
programs-municipality-choose = Pilih…
programs-municipality-submit = Gunakan pemerintah kota ini
programs-municipality-saving = Menyimpan…
programs-moved-title = Yang berubah karena pindah
programs-for-person = { $name }
programs-open-link = Buka halaman pemerintah kota
programs-open-source = Buka sumber
programs-open-benefits = Pengajuan tunjangan
programs-schedule-link-app = Lihat waktu imunisasi di jadwal pada layar anak Anda.
programs-link-opened = Dibuka di browser Anda.
error-unknown-municipality = Pemerintah kota itu tidak ada dalam data program. Pilih dari daftar. Tidak ada yang diubah.
error-program-no-link = Program ini tidak punya halaman untuk dibuka.
error-no-browser = Browser tidak dapat dibuka. Cari nama sumbernya saja.
