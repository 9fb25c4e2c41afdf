## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.
## $vaccine / $other are the text of a vaccine name (schedule-vaccine-…).

## Vaccine names
schedule-vaccine-hepb = Hepatitis B
schedule-vaccine-rotavirus-rv1 = Rotavirus (monovalent, Rotarix)
schedule-vaccine-rotavirus-rv5 = Rotavirus (pentavalent, RotaTeq)
schedule-vaccine-pcv = Pneumococcal conjugate (PCV)
schedule-vaccine-dpt-ipv-hib = DTaP-IPV-Hib (5-in-1)
schedule-vaccine-dpt-ipv = DTaP-IPV (4-in-1)
schedule-vaccine-hib = Hib
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = Measles-rubella (MR)
schedule-vaccine-varicella = Varicella (chickenpox)
schedule-vaccine-je = Japanese encephalitis
schedule-vaccine-dt = Diphtheria-tetanus (DT)
schedule-vaccine-hpv = HPV (cervical cancer prevention)
schedule-vaccine-mumps = Mumps
schedule-vaccine-influenza = Influenza
schedule-vaccine-other = Other vaccine
schedule-vaccine-pcv15 = Pneumococcal conjugate, 15-valent (PCV15)
schedule-vaccine-rsv-maternal = RSV vaccine in pregnancy (maternal immunisation)
schedule-cohort-mr-fy2024-period-1 = MR period 1 special measure: children born 2 April 2022 – 1 April 2023 who missed it in the FY2024 vaccine shortage may have it free from 1 April 2025 to 31 March 2027, when the municipality agrees
schedule-cohort-mr-fy2024-period-2 = MR period 2 special measure: children born 2 April 2018 – 1 April 2019 who missed it in the FY2024 vaccine shortage may have it free from 1 April 2025 to 31 March 2027, when the municipality agrees
schedule-cohort-je-1995-2007 = Japanese encephalitis special rule (born 2 April 1995 – 1 April 2007: until age 20)
schedule-cohort-je-2007-2009 = Japanese encephalitis special rule (born 2 April 2007 – 1 October 2009: remaining period 1 doses at 9–13)

## Checkup names
schedule-checkup-child-1m = 1-month checkup
schedule-checkup-child-3-4m = 3–6-month checkup
schedule-checkup-child-6-7m = 6–7-month checkup
schedule-checkup-child-9-10m = 9–11-month checkup
schedule-checkup-child-1y6m = 18-month checkup
schedule-checkup-child-3y = 3-year checkup
schedule-checkup-child-5y = 5-year checkup
schedule-checkup-postnatal-2w = Postnatal checkup (2 weeks)
schedule-checkup-postnatal-1m = Postnatal checkup (1 month)
schedule-checkup-prenatal = Prenatal checkup
schedule-checkup-other = Other checkup

## Dose labels
schedule-dose-nth = Dose { $n }
schedule-dose-primary = Primary dose { $n }
schedule-dose-booster = Booster
schedule-dose-period = Period { $period }
schedule-dose-period-primary = Period { $period }, primary dose { $n }
schedule-dose-period-booster = Period { $period }, booster
schedule-visit-nth = Visit { $n }

## Reasons
schedule-reason-given = Given on { $date }
schedule-reason-given-as = Given on { $date } as { $vaccine }
schedule-reason-record-before-interval = Given sooner after dose { $after } than the rules allow (from { $date })
schedule-reason-record-live-too-close = Given less than 27 full days after another injected live vaccine ({ $vaccine }, { $date })
schedule-reason-record-not-routine = Given outside the routine vaccination period
schedule-reason-age-from = Possible from { $date }
schedule-reason-min-interval = Dose { $dose }: at least { $days ->
        [one] 1 full day
       *[other] { $days } full days
    } after dose { $after } ({ $date })
schedule-reason-min-interval-months = Dose { $dose }: at least { $months ->
        [one] 1 month
       *[other] { $months } months
    } after dose { $after } ({ $date })
schedule-reason-after-previous = Dose { $dose }: after dose { $after }
schedule-reason-live-interval = At least { $days } full days after another injected live vaccine ({ $vaccine }, { $date }); the same day also works
schedule-reason-recommended-from = Usually given from { $date }
schedule-reason-recommended-by = Usually given by { $date }
schedule-reason-funded-until = Free (publicly funded) until { $date }
schedule-reason-funded-window-closing = Free for { $days ->
        [one] 1 more day
       *[other] { $days } more days
    } (until { $date })
schedule-reason-funded-window-closed = No longer possible with public funding (ended { $date }); it would be a voluntary vaccination at your own cost
schedule-reason-age-limit = Not possible after { $date }
schedule-reason-dose-skipped = Not given once { $date } has passed; the series goes on with the next dose
schedule-reason-dose-skipped-previous-late = Not given because dose { $after } was on or after { $date }
schedule-reason-previous-missed = Not possible because dose { $after } can no longer be given
schedule-reason-later-dose-recorded = Not planned: dose { $later } is already recorded
schedule-reason-dose-count = { $count ->
        [one] 1 dose
       *[other] { $count } doses
    } in all, by the age at the first dose ({ $date })
schedule-reason-product-choice = { $other } may be chosen instead (the series is finished with the same vaccine)
schedule-reason-replaced-by = No longer sold: the remaining doses can be switched to { $vaccine } (ask your doctor)
schedule-reason-chronological-age = Babies born early are vaccinated by their actual age since birth
schedule-reason-girls-only = The routine vaccination is for girls
schedule-reason-voluntary = Voluntary vaccination (at your own cost; your municipality may help)
schedule-reason-season = This season: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = Routine (free) from { $date }
schedule-reason-checkup-done = Attended on { $date }
schedule-reason-checkup-window = Between { $from } and { $until }
schedule-reason-checkup-law = Required by the Maternal and Child Health Act
schedule-reason-checkup-municipal = Run or subsidised by your municipality (timing and place vary)
schedule-reason-checkup-window-passed = Its period ended on { $date }
schedule-reason-prenatal-week = Around week { $week } of pregnancy
schedule-reason-pregnancy-ended = Ended with the birth on { $date }
schedule-reason-from-expected-date = Counted from the expected date ({ $date }) until the birth date is recorded
