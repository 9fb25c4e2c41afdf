# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.
## $vaccine / $other are the text of a vaccine name (schedule-vaccine-…).

## Vaccine names
schedule-vaccine-hepb = Hepatitis B
schedule-vaccine-rotavirus-rv1 = Rotavirus (monovalent, Rotarix)
schedule-vaccine-rotavirus-rv5 = Rotavirus (pentavalent, RotaTeq)
schedule-vaccine-pcv = Pneumococcal conjugate para sa bata (PCV)
schedule-vaccine-dpt-ipv-hib = DPT-IPV-Hib (5-in-1)
schedule-vaccine-dpt-ipv = DPT-IPV (4-in-1)
schedule-vaccine-hib = Hib
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = Tigdas at rubella (MR)
schedule-vaccine-varicella = Varicella (bulutong-tubig)
schedule-vaccine-je = Japanese encephalitis
schedule-vaccine-dt = Diphtheria at tetanus (DT)
schedule-vaccine-hpv = HPV (pag-iwas sa kanser sa cervix)
schedule-vaccine-mumps = Beke (mumps)
schedule-vaccine-influenza = Trangkaso (influenza)
schedule-vaccine-other = Ibang bakuna
schedule-vaccine-pcv15 = Pneumococcal conjugate para sa bata, 15-valent (PCV15)
schedule-vaccine-rsv-maternal = Bakuna laban sa RSV habang buntis (maternal immunization)
schedule-cohort-mr-fy2024-period-1 = Espesyal na hakbang para sa MR unang yugto: ang mga batang ipinanganak mula Abril 2, 2022 hanggang Abril 1, 2023 na hindi nabakunahan dahil sa kakulangan ng bakuna noong FY2024 ay maaaring mabakunahan nang libre mula Abril 1, 2025 hanggang Marso 31, 2027, kung papayag ang munisipyo
schedule-cohort-mr-fy2024-period-2 = Espesyal na hakbang para sa MR ikalawang yugto: ang mga batang ipinanganak mula Abril 2, 2018 hanggang Abril 1, 2019 na hindi nabakunahan dahil sa kakulangan ng bakuna noong FY2024 ay maaaring mabakunahan nang libre mula Abril 1, 2025 hanggang Marso 31, 2027, kung papayag ang munisipyo
schedule-cohort-je-1995-2007 = Espesyal na patakaran sa Japanese encephalitis (ipinanganak Abril 2, 1995 – Abril 1, 2007: hanggang 20 taong gulang)
schedule-cohort-je-2007-2009 = Espesyal na patakaran sa Japanese encephalitis (ipinanganak Abril 2, 2007 – Oktubre 1, 2009: ang natitirang dosis ng unang yugto sa edad 9–13)

## Checkup names
schedule-checkup-child-1m = Checkup sa 1 buwan
schedule-checkup-child-3-4m = Checkup sa 3–6 na buwan
schedule-checkup-child-6-7m = Checkup sa 6–7 buwan
schedule-checkup-child-9-10m = Checkup sa 9–11 buwan
schedule-checkup-child-1y6m = Checkup sa 1 taon at 6 na buwan
schedule-checkup-child-3y = Checkup sa 3 taon
schedule-checkup-child-5y = Checkup sa 5 taon
schedule-checkup-postnatal-2w = Checkup ng ina pagkapanganak (2 linggo)
schedule-checkup-postnatal-1m = Checkup ng ina pagkapanganak (1 buwan)
schedule-checkup-prenatal = Prenatal checkup
schedule-checkup-other = Ibang checkup

## Dose labels
schedule-dose-nth = Ika-{ $n } dosis
schedule-dose-primary = Unang serye, ika-{ $n } dosis
schedule-dose-booster = Booster
schedule-dose-period = Yugto { $period }
schedule-dose-period-primary = Yugto { $period }, unang serye ika-{ $n } dosis
schedule-dose-period-booster = Yugto { $period }, booster
schedule-visit-nth = Ika-{ $n } pagbisita

## Reasons
schedule-reason-given = Ibinigay noong { $date }
schedule-reason-given-as = Ibinigay noong { $date } bilang { $vaccine }
schedule-reason-record-before-interval = Ibinigay nang mas maaga pagkatapos ng ika-{ $after } dosis kaysa pinapayagan ng patakaran (mula { $date })
schedule-reason-record-live-too-close = Ibinigay nang wala pang 27 buong araw pagkatapos ng ibang live vaccine na itinurok ({ $vaccine }, { $date })
schedule-reason-record-not-routine = Ibinigay sa labas ng panahon ng regular na bakuna
schedule-reason-age-from = Puwede mula { $date }
schedule-reason-min-interval = Ika-{ $dose } dosis: hindi bababa sa { $days } buong araw pagkatapos ng ika-{ $after } dosis ({ $date })
schedule-reason-min-interval-months = Ika-{ $dose } dosis: hindi bababa sa { $months } buwan pagkatapos ng ika-{ $after } dosis ({ $date })
schedule-reason-after-previous = Ika-{ $dose } dosis: pagkatapos ng ika-{ $after } dosis
schedule-reason-live-interval = Hindi bababa sa { $days } buong araw pagkatapos ng ibang live vaccine na itinurok ({ $vaccine }, { $date }); puwede rin sa parehong araw
schedule-reason-recommended-from = Karaniwang ibinibigay mula { $date }
schedule-reason-recommended-by = Karaniwang ibinibigay hanggang { $date }
schedule-reason-funded-until = Libre (pondo ng gobyerno) hanggang { $date }
schedule-reason-funded-window-closing = Libre pa nang { $days } araw (hanggang { $date })
schedule-reason-funded-window-closed = Hindi na puwede nang libre (natapos noong { $date }); magiging boluntaryong bakuna ito sa sariling gastos
schedule-reason-age-limit = Hindi na puwede pagkatapos ng { $date }
schedule-reason-dose-skipped = Hindi na ibibigay pagkalampas ng { $date }; itutuloy ang serye sa susunod na dosis
schedule-reason-dose-skipped-previous-late = Hindi ibibigay dahil ang ika-{ $after } dosis ay noong { $date } o pagkatapos nito
schedule-reason-previous-missed = Hindi puwede dahil hindi na maibibigay ang ika-{ $after } dosis
schedule-reason-later-dose-recorded = Hindi nakatakda: naitala na ang ika-{ $later } dosis
schedule-reason-dose-count = { $count } dosis lahat, batay sa edad sa unang dosis ({ $date })
schedule-reason-product-choice = Maaaring piliin ang { $other } sa halip nito (tinatapos ang serye gamit ang parehong bakuna)
schedule-reason-replaced-by = Hindi na ibinebenta: maaaring ilipat sa { $vaccine } ang natitirang dosis (magtanong sa doktor)
schedule-reason-chronological-age = Ang mga sanggol na ipinanganak nang maaga ay binabakunahan ayon sa aktuwal na edad mula kapanganakan
schedule-reason-girls-only = Para sa mga batang babae ang regular na bakunang ito
schedule-reason-voluntary = Boluntaryong bakuna (sariling gastos; maaaring tumulong ang inyong munisipyo)
schedule-reason-season = Ngayong season: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = Regular na bakuna (libre) mula { $date }
schedule-reason-checkup-done = Dumalo noong { $date }
schedule-reason-checkup-window = Mula { $from } hanggang { $until }
schedule-reason-checkup-law = Itinatakda ng Batas sa Kalusugan ng Ina at Bata (Maternal and Child Health Act)
schedule-reason-checkup-municipal = Isinasagawa o sinusuportahan ng inyong munisipyo (iba-iba ang panahon at lugar)
schedule-reason-checkup-window-passed = Natapos ang panahon nito noong { $date }
schedule-reason-prenatal-week = Bandang ika-{ $week } linggo ng pagbubuntis
schedule-reason-pregnancy-ended = Natapos sa panganganak noong { $date }
schedule-reason-from-expected-date = Binibilang mula sa takdang araw ({ $date }) hanggang maitala ang petsa ng kapanganakan
