# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Growth: measurements, percentiles, charts
# Positions are told gently: never "abnormal", "warning" or similar.

## Growth references (hagukumi_core::growth::Reference::message_id)

growth-reference-who = Standar Pertumbuhan Anak WHO (2006)
growth-reference-japan-2023 = Survei pertumbuhan bayi dan balita Jepang (2023)
growth-reference-unavailable = Data untuk acuan pertumbuhan ini belum tersedia.
growth-reference-choose = Kurva pertumbuhan yang ditampilkan
growth-reference-fallback = { $indicator }: { $chosen } tidak punya kurva untuk ini, jadi ditampilkan kurva { $used }.

## Indicators and sex (Indicator::message_id, Sex::message_id)

growth-indicator-weight = Berat badan
growth-indicator-length-height = Panjang/tinggi badan
growth-indicator-head = Lingkar kepala
growth-indicator-bmi = IMT (indeks Kaup)
growth-sex-male = laki-laki
growth-sex-female = perempuan

## Where a measurement sits (growth::assess)

growth-point-percentile = Di dalam pita kurva pertumbuhan (sekitar persentil ke-{ $percentile }).
growth-outside-band-low = Di bawah pita kurva pertumbuhan. Jika Anda khawatir, tanyakan saat pemeriksaan kesehatan.
growth-outside-band-high = Di atas pita kurva pertumbuhan. Jika Anda khawatir, tanyakan saat pemeriksaan kesehatan.

## Kaup index (growth::kaup_assessment)

growth-kaup-within = Indeks Kaup { $value }, dalam rentang biasa untuk usia ini ({ $low }–{ $high }).
growth-kaup-below = Indeks Kaup { $value }, sedikit di bawah rentang biasa untuk usia ini ({ $low }–{ $high }). Bentuk tubuh setiap anak berbeda; jika Anda khawatir, tanyakan saat pemeriksaan kesehatan.
growth-kaup-above = Indeks Kaup { $value }, sedikit di atas rentang biasa untuk usia ini ({ $low }–{ $high }). Bentuk tubuh setiap anak berbeda; jika Anda khawatir, tanyakan saat pemeriksaan kesehatan.
growth-kaup-note = Rentang biasa indeks Kaup (menurut usia, dari “Shin Ikuji-gaku Dokuhon” karya Imamura Eiichi) adalah panduan kasar, dipakai dari usia 3 bulan sampai sekitar 5 tahun. Ini terpisah dari kurva pertumbuhan (survei Jepang, WHO).

## Charts (labels passed to growth::chart_svg)

growth-chart-title = Kurva pertumbuhan { $indicator } ({ $sex })
growth-chart-desc = Pita dari persentil ke-3 sampai ke-97 { $reference }, dengan garis pada persentil ke-10, 25, 50, 75 dan 90, serta { $count } hasil pengukuran yang tercatat.
growth-chart-axis-age = Usia (bulan)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = Pita persentil ke-3 sampai ke-97
growth-chart-corrected = Sampai usia 2 tahun, usia dikoreksi untuk kelahiran prematur (dihitung dari perkiraan lahir).

growth-title = Kurva pertumbuhan
growth-needs-sex = Kurva pertumbuhan berbeda untuk laki-laki dan perempuan. Pilih salah satu untuk melihat kurvanya.
