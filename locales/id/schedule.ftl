# Hagukumi — Bahasa Indonesia (id). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.
## $vaccine / $other are the text of a vaccine name (schedule-vaccine-…).

## Vaccine names
schedule-vaccine-hepb = Hepatitis B
schedule-vaccine-rotavirus-rv1 = Rotavirus (monovalen, Rotarix)
schedule-vaccine-rotavirus-rv5 = Rotavirus (pentavalen, RotaTeq)
schedule-vaccine-pcv = Pneumokokus konjugasi untuk anak (PCV)
schedule-vaccine-dpt-ipv-hib = DPT-IPV-Hib (5 in 1)
schedule-vaccine-dpt-ipv = DPT-IPV (4 in 1)
schedule-vaccine-hib = Hib
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = Campak-rubela (MR)
schedule-vaccine-varicella = Varisela (cacar air)
schedule-vaccine-je = Ensefalitis Jepang (Japanese encephalitis)
schedule-vaccine-dt = Difteri-tetanus (DT)
schedule-vaccine-hpv = HPV (pencegahan kanker serviks)
schedule-vaccine-mumps = Gondongan (mumps)
schedule-vaccine-influenza = Influenza
schedule-vaccine-other = Vaksin lain
schedule-vaccine-pcv15 = Pneumokokus konjugasi untuk anak, 15-valen (PCV15)
schedule-vaccine-rsv-maternal = Vaksin RSV saat hamil (imunisasi maternal)
schedule-cohort-mr-fy2024-period-1 = Tindakan khusus MR tahap 1: anak yang lahir 2 April 2022 – 1 April 2023 yang tidak mendapatkannya karena kekurangan vaksin pada tahun fiskal 2024 dapat menerimanya secara gratis dari 1 April 2025 sampai 31 Maret 2027, jika disetujui pemerintah kota
schedule-cohort-mr-fy2024-period-2 = Tindakan khusus MR tahap 2: anak yang lahir 2 April 2018 – 1 April 2019 yang tidak mendapatkannya karena kekurangan vaksin pada tahun fiskal 2024 dapat menerimanya secara gratis dari 1 April 2025 sampai 31 Maret 2027, jika disetujui pemerintah kota
schedule-cohort-je-1995-2007 = Ketentuan khusus Ensefalitis Jepang (lahir 2 April 1995 – 1 April 2007: sampai usia 20 tahun)
schedule-cohort-je-2007-2009 = Ketentuan khusus Ensefalitis Jepang (lahir 2 April 2007 – 1 Oktober 2009: sisa dosis tahap 1 pada usia 9–13 tahun)

## Checkup names
schedule-checkup-child-1m = Pemeriksaan usia 1 bulan
schedule-checkup-child-3-4m = Pemeriksaan usia 3–6 bulan
schedule-checkup-child-6-7m = Pemeriksaan usia 6–7 bulan
schedule-checkup-child-9-10m = Pemeriksaan usia 9–11 bulan
schedule-checkup-child-1y6m = Pemeriksaan usia 1 tahun 6 bulan
schedule-checkup-child-3y = Pemeriksaan usia 3 tahun
schedule-checkup-child-5y = Pemeriksaan usia 5 tahun
schedule-checkup-postnatal-2w = Pemeriksaan ibu nifas (2 minggu setelah melahirkan)
schedule-checkup-postnatal-1m = Pemeriksaan ibu nifas (1 bulan setelah melahirkan)
schedule-checkup-prenatal = Pemeriksaan kehamilan
schedule-checkup-other = Pemeriksaan lain

## Dose labels
schedule-dose-nth = Dosis ke-{ $n }
schedule-dose-primary = Imunisasi dasar dosis ke-{ $n }
schedule-dose-booster = Booster (penguat)
schedule-dose-period = Tahap { $period }
schedule-dose-period-primary = Tahap { $period }, imunisasi dasar dosis ke-{ $n }
schedule-dose-period-booster = Tahap { $period }, booster
schedule-visit-nth = Kunjungan ke-{ $n }

## Reasons
schedule-reason-given = Diberikan pada { $date }
schedule-reason-given-as = Diberikan pada { $date } sebagai { $vaccine }
schedule-reason-record-before-interval = Diberikan lebih cepat setelah dosis ke-{ $after } daripada yang diizinkan aturan (mulai { $date })
schedule-reason-record-live-too-close = Diberikan kurang dari 27 hari penuh setelah vaksin hidup suntik lain ({ $vaccine }, { $date })
schedule-reason-record-not-routine = Diberikan di luar masa imunisasi rutin
schedule-reason-age-from = Bisa mulai { $date }
schedule-reason-min-interval = Dosis ke-{ $dose }: paling sedikit { $days } hari penuh setelah dosis ke-{ $after } ({ $date })
schedule-reason-min-interval-months = Dosis ke-{ $dose }: paling sedikit { $months } bulan setelah dosis ke-{ $after } ({ $date })
schedule-reason-after-previous = Dosis ke-{ $dose }: setelah dosis ke-{ $after }
schedule-reason-live-interval = Paling sedikit { $days } hari penuh setelah vaksin hidup suntik lain ({ $vaccine }, { $date }); di hari yang sama juga bisa
schedule-reason-recommended-from = Biasanya diberikan mulai { $date }
schedule-reason-recommended-by = Biasanya diberikan sampai { $date }
schedule-reason-funded-until = Gratis (biaya pemerintah) sampai { $date }
schedule-reason-funded-window-closing = Gratis { $days } hari lagi (sampai { $date })
schedule-reason-funded-window-closed = Tidak bisa lagi dengan biaya pemerintah (berakhir { $date }); menjadi imunisasi sukarela dengan biaya sendiri
schedule-reason-age-limit = Tidak bisa setelah { $date }
schedule-reason-dose-skipped = Tidak diberikan setelah { $date } lewat; rangkaian dilanjutkan dengan dosis berikutnya
schedule-reason-dose-skipped-previous-late = Tidak diberikan karena dosis ke-{ $after } diberikan pada atau setelah { $date }
schedule-reason-previous-missed = Tidak bisa karena dosis ke-{ $after } tidak dapat diberikan lagi
schedule-reason-later-dose-recorded = Tidak dijadwalkan: dosis ke-{ $later } sudah tercatat
schedule-reason-dose-count = Total { $count } dosis, berdasarkan usia saat dosis pertama ({ $date })
schedule-reason-product-choice = { $other } dapat dipilih sebagai gantinya (rangkaian diselesaikan dengan vaksin yang sama)
schedule-reason-replaced-by = Tidak dijual lagi: sisa dosis dapat diganti dengan { $vaccine } (tanyakan dokter)
schedule-reason-chronological-age = Bayi yang lahir prematur diimunisasi berdasarkan usia sebenarnya sejak lahir
schedule-reason-girls-only = Imunisasi rutin ini untuk anak perempuan
schedule-reason-voluntary = Imunisasi sukarela (biaya sendiri; pemerintah kota mungkin membantu)
schedule-reason-season = Musim ini: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = Imunisasi rutin (gratis) mulai { $date }
schedule-reason-checkup-done = Diikuti pada { $date }
schedule-reason-checkup-window = Antara { $from } dan { $until }
schedule-reason-checkup-law = Diwajibkan oleh Undang-Undang Kesehatan Ibu dan Anak (Maternal and Child Health Act)
schedule-reason-checkup-municipal = Dilaksanakan atau disubsidi oleh pemerintah kota Anda (waktu dan tempat berbeda-beda)
schedule-reason-checkup-window-passed = Masanya berakhir pada { $date }
schedule-reason-prenatal-week = Sekitar minggu ke-{ $week } kehamilan
schedule-reason-pregnancy-ended = Berakhir dengan kelahiran pada { $date }
schedule-reason-from-expected-date = Dihitung dari perkiraan lahir ({ $date }) sampai tanggal lahir dicatat
