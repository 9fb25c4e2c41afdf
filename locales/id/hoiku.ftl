# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## The hoiku-index simulator screen (one question at a time) and the April intake checklist (screen and hagu nursery checklist).

hoiku-sim-link = Simulasikan indeks hoiku (保育指数)
hoiku-back = ‹ Kembali ke pencarian tempat penitipan anak
hoiku-sim-title = Simulasi indeks hoiku (保育指数)
hoiku-sim-intro = Jawab pertanyaan satu per satu, dan poin keluarga dihitung dari tabel yang diumumkan pemerintah kota. Ini bukan jaminan mendapat tempat: pemerintah kota yang memutuskan.
hoiku-q-municipality = Ke pemerintah kota mana Anda mendaftar?
# $municipality is its name, $year the table's fiscal year (令和7年度, …).
hoiku-municipality-option = { $municipality } (tabel { $year })
hoiku-q-guardians = Berapa jumlah wali?
hoiku-guardians-one = Satu
hoiku-guardians-two = Dua
hoiku-q-situation = Bagaimana keadaan wali { $guardian }?
hoiku-option-not-in-table = tidak ada di tabel ini
hoiku-q-hours = Berapa jam per minggu untuk wali { $guardian } ({ $situation })?
hoiku-q-days = Berapa hari per bulan untuk wali { $guardian } ({ $situation })?
hoiku-q-detail = Mana yang sesuai untuk wali { $guardian } ({ $situation })?
hoiku-q-household = Pilih semua yang sesuai dengan rumah tangga (atau tidak ada, lalu lanjut).
hoiku-household-none-in-table = Tabel ini tidak punya baris penyesuaian (tidak ditemukan). Jika dipilih, tidak dihitung dalam total.
hoiku-option-points = ({ $signed } poin)
hoiku-hours-label = Jam per minggu
hoiku-days-label = Hari per bulan
hoiku-next = Lanjut
hoiku-back-step = Kembali satu langkah
hoiku-restart = Mulai lagi
hoiku-answer-hours = { $hours } jam per minggu
hoiku-answer-days = { $days } hari per bulan
hoiku-answer-none = Tidak ada
hoiku-result-title = Hasil
# $source is the table's source, $year its fiscal year.
hoiku-line-source = Sumber: { $source } ({ $year })
hoiku-result-promise = Simulasi dari tabel yang diumumkan. Ini bukan jaminan mendapat tempat.
hoiku-whatif-title = Bagaimana jika…
hoiku-whatif-intro = Pilih salah satu, dan total yang berubah ditampilkan di samping total jawaban Anda.
hoiku-tweak-hours = Wali { $guardian } { $to } jam per minggu, bukan { $from }
hoiku-tweak-days = Wali { $guardian } { $to } hari per bulan, bukan { $from }
hoiku-tweak-add = Dengan "{ $rule }"
hoiku-whatif-none = Tidak ada yang akan mengubah poin menurut tabel ini.
hoiku-whatif-compare = Jawaban Anda { $before } poin → jika begitu { $after } poin ({ $difference ->
    [0] tidak berubah
   *[other] { $signed }
})
hoiku-tie-none = Tabel ini tidak punya urutan penentu untuk poin yang sama yang dapat dihitung.
hoiku-past-none = Poin terendah yang diterima tahun lalu per tempat penitipan dan kelas tidak ada dalam sumber simulasi ini, jadi tidak ditampilkan.
hoiku-flow-error-detail = Jawaban itu bukan salah satu pilihan pertanyaan ini.
hoiku-flow-error-unexpected = Jawaban itu tidak sesuai dengan pertanyaan ini.
hoiku-flow-error-extra = Jawaban lebih banyak daripada pertanyaan.

hoiku-checklist-title = Daftar periksa masuk bulan April
# $municipality is its name, $year the fiscal year (令和9年度, …), $date the intake day.
hoiku-checklist-heading = { $municipality }, masuk April { $year } ({ $date })
hoiku-checklist-periods = Masa pendaftaran dan batas waktu
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: sampai { $until }
hoiku-checklist-days-left = { $days ->
    [0] hari terakhir hari ini
   *[other] { $days } hari lagi
}
hoiku-checklist-passed = batas waktu sudah lewat
hoiku-checklist-documents = Dokumen ({ $checked } dari { $total } siap)
hoiku-checklist-for = untuk wali dengan keadaan: { $situation }
hoiku-checklist-as-of = Informasi per { $date }
hoiku-checklist-source = Sumber: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = Tidak ada daftar periksa masuk untuk pemerintah kota ini.
hoiku-checklist-error-document = Dokumen itu tidak ada di daftar periksa ini. Tidak ada yang diubah.
hoiku-checklist-error-data = Daftar periksa masuk tidak dapat dibaca: { $detail }
hoiku-checklist-unknown = Tidak ada daftar periksa masuk untuk pemerintah kota { $code } (yang ada: { $known }).
cli-nursery-checklist-about = Masa pendaftaran, batas waktu dan dokumen untuk masuk bulan April
cli-nursery-checklist-municipality-help = Kode pemerintah kota (132012 Hachioji, 131083 Koto)
cli-nursery-checklist-json-help = Cetak JSON (untuk skrip)
