# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Materials handed out at the pregnancy notification (hagu materials and the app's Materials screen). $name is the municipality.

materials-kind-guide = Panduan
materials-kind-coupons = Formulir dan kupon pemeriksaan
materials-kind-contacts = Tempat bertanya
materials-heading = Materi dari { $name } (dibagikan saat pemberitahuan kehamilan)
materials-none = Belum ada materi. Saat Anda menyinkronkan dengan portal, materi dari pemerintah kota Anda disimpan di perangkat ini dan dapat dibaca secara offline.
materials-no-match = Tidak ada materi yang cocok dengan “{ $query }”.
materials-count = { $count } item
materials-source = Sumber: { $source }
materials-problem = Sebagian materi tidak dapat dibaca (tidak disertakan): { $problem }
materials-no-municipality = Pemerintah kota belum diatur. Atur dengan “hagu municipality set CODE”, lalu ambil materi dengan “hagu sync”.
cli-materials-about = Tampilkan dan cari materi yang dibagikan saat pemberitahuan kehamilan (panduan, daftar formulir dan kupon pemeriksaan, tempat bertanya)
cli-materials-search-help = Hanya materi yang berisi teks ini (judul, deskripsi, isi)
cli-materials-json-help = Cetak JSON (untuk skrip)

## The app's screen (ui/src/materials.rs)
materials-card-title = Materi pemberitahuan kehamilan
materials-card-intro = Panduan, daftar formulir dan kupon pemeriksaan, dan tempat bertanya — dapat dibaca offline.
materials-card-open = Lihat materi
materials-screen-title = Materi pemberitahuan kehamilan
materials-search-label = Cari dalam materi
materials-search-placeholder = mis. pemeriksaan, kontak
materials-back = Kembali ke daftar
