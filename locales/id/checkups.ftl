# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Child checkups, birth, dental, screening, medicines
# The checklist questions translate the handbook's (省令様式) questions.

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Kelahiran
record-kind-checkup = Pemeriksaan
record-kind-dental = Pemeriksaan gigi
record-kind-screening = Tes penglihatan, pendengaran atau CMV
record-kind-medicine = Obat

## Checkups (ChildCheckup::message_id)

checkup-w2 = Sekitar 2 minggu (catatan orang tua)
checkup-m1 = Pemeriksaan usia 1 bulan
checkup-m2 = Sekitar 2 bulan (catatan orang tua)
checkup-m3-4 = Pemeriksaan usia 3–6 bulan
checkup-m6-7 = Pemeriksaan usia 6–7 bulan
checkup-m9-10 = Pemeriksaan usia 9–11 bulan
checkup-y1 = Sekitar 1 tahun (catatan orang tua)
checkup-y1-6 = Pemeriksaan usia 1 tahun 6 bulan
checkup-y2 = Sekitar 2 tahun (catatan orang tua)
checkup-y3 = Pemeriksaan usia 3 tahun
checkup-y4 = Sekitar 4 tahun (catatan orang tua)
checkup-y5 = Pemeriksaan usia 5 tahun
checkup-y6 = Sekitar 6 tahun (catatan orang tua)

## Pages of the parent's checklist (FormPage::page_message_id)

checklist-page-w2 = sekitar 2 minggu
checklist-page-m1 = sekitar 1 bulan
checklist-page-m2 = sekitar 2 bulan
checklist-page-m3-4 = sekitar 3–4 bulan
checklist-page-m6-7 = sekitar 6–7 bulan
checklist-page-m9-10 = sekitar 9–10 bulan
checklist-page-y1 = sekitar 1 tahun
checklist-page-y1-6 = sekitar 1 tahun 6 bulan
checklist-page-y2 = sekitar 2 tahun
checklist-page-y3 = sekitar 3 tahun
checklist-page-y4 = sekitar 4 tahun
checklist-page-y5 = sekitar 5 tahun
checklist-page-y6 = sekitar 6 tahun

## Type of delivery (Delivery::message_id)

delivery-vaginal = Persalinan normal (pervaginam)
delivery-cesarean = Operasi caesar
delivery-vacuum = Vakum
delivery-forceps = Forsep
delivery-other = Lainnya

## Screenings (ScreeningTest, ScreeningResult)

screening-vision = Tes penglihatan
screening-hearing = Tes pendengaran
screening-newborn-hearing = Skrining pendengaran bayi baru lahir
screening-congenital-cmv = Tes sitomegalovirus kongenital (CMV)
screening-result-pass = Lulus (pass)
screening-result-refer = Refer (perlu tes ulang)
screening-result-not-done = Tidak dilakukan
screening-result-negative = Negatif
screening-result-positive = Positif

## Forms

record-birth-date = Tanggal lahir: { $date }
record-checklist-title = Catatan orang tua ({ $page })
record-checklist-none = Pertanyaan halaman ini tidak ditampilkan: sumber untuk memeriksanya tidak dapat dijangkau. Anda tetap dapat mencatat hasil pengukuran dan temuan.
record-checklist-hint = Pilih jawaban yang sesuai. Pertanyaan boleh tidak dijawab.
record-answer-yes = Ya
record-answer-no = Tidak
record-answer-when = Kapan (jika tahu)
record-medicine-start = Hari pertama
record-screening-note = Catatan (opsional)

## Summaries in the list

record-gestation = Lahir pada usia kehamilan { $weeks } minggu { $days } hari
record-born-at = pukul { $time }
record-birth-weight = Berat lahir { $value } g
record-apgar = Apgar { $one }/{ $five }
record-answered = Catatan orang tua: { $count } dijawab
record-teeth = { $count } gigi
record-caries = { $count } berlubang
record-fluoride-yes = Diolesi fluorida
record-fluoride-no = Tanpa fluorida
record-until = sampai { $date }

## The parent's checklist questions (message of checklists-jp.json)

checklist-w2-weak = Apakah menurut Anda tangisan bayi, atau kekuatannya saat menyusu, lemah?
checklist-sleeps-on-back = Saat menidurkan bayi, apakah Anda membaringkannya telentang?
checklist-child-seat = Saat naik mobil, apakah Anda memakai kursi mobil anak (child seat)?
checklist-own-sleep = Apakah Anda sebagai orang tua mengalami masalah dengan tidur Anda sendiri?
checklist-someone-to-ask = Apakah ada orang yang mudah Anda ajak bicara tentang mengasuh anak?
checklist-m1-moves-limbs = Saat tidak berpakaian, apakah bayi banyak menggerakkan tangan dan kakinya?
checklist-feeds-well = Apakah bayi menyusu dengan baik?
checklist-m1-startles = Saat ada suara keras, apakah bayi terkejut dan merentangkan tangan dan kakinya, atau mulai menangis?
checklist-m1-navel-dry = Apakah pusarnya sudah kering?
checklist-m2-follows-with-eyes = Apakah mata bayi mengikuti benda yang bergerak?
checklist-m3-4-head-steady = Kapan leher (kepala) bayi mulai tegak?
checklist-m3-4-smiles = Apakah bayi sering tersenyum saat Anda mengajaknya bermain?
checklist-m3-4-eyes = Apakah Anda khawatir pandangan atau gerakan mata bayi tampak tidak biasa?
checklist-m3-4-turns-to-voice = Saat Anda berbicara dari tempat yang tidak terlihat oleh bayi, apakah ia mencoba melihat ke arah Anda?
checklist-m3-4-outdoor-air = Apakah bayi sudah diajak menghirup udara segar di luar rumah?
checklist-m3-4-child-sleep = Apakah Anda mengalami masalah dengan tidur anak?
checklist-m6-7-rolls-over = Kapan bayi pertama kali tengkurap (berguling)?
checklist-m6-7-sits = Kapan bayi pertama kali duduk tanpa dibantu?
checklist-m6-7-reaches = Apakah bayi meraih dan menggenggam mainan di dekatnya?
checklist-m6-7-voice = Saat bersama keluarga, apakah bayi mengeluarkan suara seperti sedang berbicara?
checklist-m6-7-looks-at-sound = Saat TV atau radio mulai berbunyi, apakah bayi langsung melihat ke arah itu?
checklist-m6-7-solids = Apakah bayi sudah mulai diberi makanan pendamping ASI (MPASI)?
checklist-m6-7-pupils = Apakah bagian hitam mata bayi pernah tampak putih, atau bersinar kuning kehijauan?
checklist-m9-10-crawls = Kapan bayi pertama kali merangkak?
checklist-m9-10-pulls-to-stand = Kapan bayi pertama kali berdiri sambil berpegangan?
checklist-m9-10-pinches = Apakah bayi mengambil benda kecil dengan jari-jarinya?
checklist-m9-10-plays-alone = Apakah bayi bisa bermain sendiri dengan senang?
checklist-weaning-going-well = Apakah pemberian MPASI berjalan lancar?
checklist-m9-10-whisper = Jika Anda mendekat diam-diam dan memanggil dengan berbisik, apakah bayi menoleh?
checklist-m9-10-follows-you = Apakah bayi mengikuti Anda saat Anda menjauh?
checklist-m9-10-teeth = Apakah ada yang Anda khawatirkan tentang tumbuhnya gigi, bentuk atau warnanya, atau gusinya?
checklist-y1-cruises = Kapan anak pertama kali berjalan sambil berpegangan pada perabot?
checklist-y1-gestures = Apakah anak membuat gerakan seperti melambai "dadah" atau membungkuk memberi salam?
checklist-y1-music = Apakah anak bergerak dengan gembira mengikuti musik?
checklist-y1-weaning = Apakah pemberian MPASI berjalan lancar?
checklist-y1-simple-words = Apakah anak memahami kata-kata sederhana orang dewasa (seperti "sini" atau "berikan")?
checklist-y1-looks-where-pointed = Saat Anda menunjuk mainan di seberang ruangan, apakah anak melihat ke arah itu?
checklist-y1-enjoys-play = Apakah anak senang saat Anda bermain bersama?
checklist-y1-three-meals = Apakah anak sudah terbiasa dengan pola makan tiga kali sehari?
checklist-y1-brushing-practice = Apakah Anda sudah mulai melatih menyikat gigi?
checklist-y1-6-walks = Kapan anak pertama kali berjalan sendiri?
checklist-y1-6-words = Apakah anak mengucapkan beberapa kata yang bermakna, seperti "mama" atau "brum-brum"?
checklist-y1-6-cup = Apakah anak bisa memegang gelas dan minum sendiri?
checklist-y1-6-bottle = Apakah anak masih memakai botol susu?
checklist-y1-6-meal-times = Apakah waktu makan dan camilan kurang lebih tetap?
checklist-finishing-brush = Apakah Anda menyikat ulang gigi anak sebagai penyelesaian?
checklist-y1-6-eyes = Apakah anak sangat silau terhadap cahaya, atau Anda khawatir gerakan matanya tampak tidak biasa?
checklist-y1-6-turns-when-called = Saat Anda memanggil namanya dari belakang, apakah anak menoleh?
checklist-fluoride = Apakah gigi anak diolesi fluorida, atau apakah ia memakai pasta gigi berfluorida?
checklist-y2-runs = Apakah anak bisa berlari?
checklist-y2-spoon = Apakah anak makan sendiri dengan sendok?
checklist-y2-blocks = Apakah anak bermain balok, misalnya menyusunnya menjadi menara atau menjajarkannya seperti kereta?
checklist-y2-imitates = Apakah anak meniru gerakan yang dilihat di TV atau dilakukan orang dewasa?
checklist-y2-two-words = Apakah anak mengucapkan kalimat dua kata (seperti "guguk datang" atau "mau makan")?
checklist-y2-meat-vegetables = Apakah anak makan daging dan sayuran berserat?
checklist-y3-stairs = Apakah anak bisa naik tangga sendiri tanpa memakai tangan?
checklist-y3-circle = Apakah anak menggambar lingkaran dengan krayon atau sejenisnya?
checklist-y3-dressing = Apakah anak ingin memakai dan melepas baju sendiri?
checklist-y3-own-name = Apakah anak bisa menyebutkan namanya sendiri?
checklist-y3-brush-wash = Apakah anak menyikat gigi dan mencuci tangan?
checklist-y3-thumb = Apakah anak selalu mengisap ibu jari atau jarinya?
checklist-y3-chews = Apakah anak terbiasa mengunyah makanan dengan baik?
checklist-y3-squint = Apakah mata anak juling?
checklist-y3-narrows-eyes = Saat melihat sesuatu, apakah anak menyipitkan mata atau melihat dari jarak sangat dekat?
checklist-y3-hearing = Apakah Anda khawatir pendengaran anak kurang baik?
checklist-y3-bite = Apakah ada yang Anda khawatirkan tentang gigitan atau susunan gigi anak?
checklist-y3-pretend-play = Apakah anak bisa bermain pura-pura, seperti main rumah-rumahan atau main pahlawan?
checklist-y3-playmates = Apakah anak punya teman bermain?
checklist-y5-somersault = Apakah anak bisa berguling ke depan (roll depan)?
checklist-y5-draws-from-memory = Apakah anak bisa menggambar dari ingatan?
checklist-y5-colours = Apakah anak tahu warna merah, kuning, hijau dan biru?
checklist-y5-clear-speech = Apakah pengucapan anak jelas saat berbicara?
checklist-y6-one-leg = Apakah anak bisa berdiri dengan satu kaki selama 5 sampai 10 detik?
checklist-y6-square = Apakah anak bisa meniru bentuk persegi?
checklist-y6-directions = Apakah anak kurang lebih tahu depan dan belakang, kiri dan kanan dirinya?
checklist-y6-name-hiragana = Apakah anak bisa membaca atau menulis namanya sendiri dalam hiragana?
checklist-y6-can-wait = Apakah anak sudah bisa menunggu, meskipun ia menginginkan mainan atau permen?
checklist-y6-rules = Apakah anak bisa bermain dengan menepati janji dan aturan?
checklist-y6-first-molar = Apakah gigi geraham tetap pertama (gigi dewasa yang tumbuh di belakang gigi susu) sudah tumbuh?
checklist-y6-breakfast = Apakah anak sarapan setiap hari?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Catatan kelahiran (satu per anak: tanggal lahir, usia kehamilan, berat lahir, ...)
cli-record-checkup-about = Pemeriksaan anak (hasil pengukuran, temuan, catatan orang tua)
cli-record-dental-about = Pemeriksaan gigi
cli-record-screening-about = Tes penglihatan, pendengaran atau CMV (penglihatan, pendengaran, pendengaran bayi baru lahir, sitomegalovirus kongenital)
cli-record-medicine-about = Obat
cli-record-birth-date-help = Tanggal lahir (bawaan: tanggal lahir anak yang terdaftar)
cli-record-time-help = Jam lahir (24 jam, mis. 14:05)
cli-record-weeks-help = Usia kehamilan saat lahir dalam minggu (22-44)
cli-record-days-help = Hari setelah minggu (0-6, bawaan 0)
cli-record-delivery-help = Cara persalinan: vaginal, cesarean, vacuum, forceps atau other
cli-record-weight-g-help = Berat lahir (g, mis. 3120)
cli-record-length-help = Panjang badan (cm)
cli-record-apgar1-help = Skor Apgar pada 1 menit (0-10)
cli-record-apgar5-help = Skor Apgar pada 5 menit (0-10)
cli-record-complications-help = Komplikasi atau tindakan
cli-record-checkup-help = Pemeriksaan atau halaman catatan orang tua: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5 atau y6
cli-record-findings-help = Temuan
cli-record-answer-help = Jawaban catatan orang tua: ID pertanyaan=yes, no atau tanggal (tanpa "=" berarti yes). Ulangi untuk jawaban lain; saat mengubah, "ID=" menghapus jawaban
cli-record-teeth-help = Jumlah gigi (0-32)
cli-record-caries-help = Jumlah gigi berlubang (0-20)
cli-record-fluoride-help = Pengolesan fluorida: yes atau no
cli-record-test-help = Tes: vision, hearing, newborn-hearing atau congenital-cmv
cli-record-result-help = Hasil: pass, refer atau not-done; untuk tes CMV kongenital: negative, positive atau not-done
cli-record-start-help = Hari pertama (mis. 2025-04-01)
cli-record-end-help = Hari terakhir (opsional)
cli-record-medicine-name-help = Nama obat
cli-record-instructions-help = Dosis dan cara minum
cli-record-birth-exists = Sudah ada catatan kelahiran (catatan #{ $id }). Untuk mengubahnya, gunakan "hagu record edit { $id } birth …". Tidak ada yang diubah.
