# Hagukumi — Español (es), schedule.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.
## $vaccine / $other are the text of a vaccine name (schedule-vaccine-…).

## Vaccine names
schedule-vaccine-hepb = Hepatitis B
schedule-vaccine-rotavirus-rv1 = Rotavirus (monovalente, Rotarix)
schedule-vaccine-rotavirus-rv5 = Rotavirus (pentavalente, RotaTeq)
schedule-vaccine-pcv = Neumococo conjugada infantil (PCV)
schedule-vaccine-dpt-ipv-hib = Pentavalente (DPT-IPV-Hib)
schedule-vaccine-dpt-ipv = Tetravalente (DPT-IPV)
schedule-vaccine-hib = Hib
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = Sarampión y rubéola (MR)
schedule-vaccine-varicella = Varicela
schedule-vaccine-je = Encefalitis japonesa
schedule-vaccine-dt = Difteria y tétanos (DT)
schedule-vaccine-hpv = VPH (prevención del cáncer de cuello uterino)
schedule-vaccine-mumps = Paperas
schedule-vaccine-influenza = Gripe (influenza)
schedule-vaccine-other = Otra vacuna
schedule-vaccine-pcv15 = Neumococo conjugada infantil, 15-valente (PCV15)
schedule-vaccine-rsv-maternal = Vacuna contra el VRS durante el embarazo (inmunización materna)
schedule-cohort-mr-fy2024-period-1 = Medida especial de la MR, 1.er período: los niños nacidos entre el 2 de abril de 2022 y el 1 de abril de 2023 que no pudieron vacunarse por la escasez de vacunas del año fiscal 2024 pueden recibirla como vacunación de rutina del 1 de abril de 2025 al 31 de marzo de 2027, si el municipio lo autoriza
schedule-cohort-mr-fy2024-period-2 = Medida especial de la MR, 2.º período: los niños nacidos entre el 2 de abril de 2018 y el 1 de abril de 2019 que no pudieron vacunarse por la escasez de vacunas del año fiscal 2024 pueden recibirla como vacunación de rutina del 1 de abril de 2025 al 31 de marzo de 2027, si el municipio lo autoriza
schedule-cohort-je-1995-2007 = Regla especial de la encefalitis japonesa (nacidos entre el 2 de abril de 1995 y el 1 de abril de 2007: hasta cumplir 20 años)
schedule-cohort-je-2007-2009 = Regla especial de la encefalitis japonesa (nacidos entre el 2 de abril de 2007 y el 1 de octubre de 2009: dosis restantes del 1.er período entre los 9 y los 13 años)

## Checkup names
schedule-checkup-child-1m = Control de salud de 1 mes
schedule-checkup-child-3-4m = Control de salud de 3 a 6 meses
schedule-checkup-child-6-7m = Control de salud de 6 a 7 meses
schedule-checkup-child-9-10m = Control de salud de 9 a 11 meses
schedule-checkup-child-1y6m = Control de salud de 1 año y 6 meses
schedule-checkup-child-3y = Control de salud de 3 años
schedule-checkup-child-5y = Control de salud de 5 años
schedule-checkup-postnatal-2w = Control posparto (2 semanas después del parto)
schedule-checkup-postnatal-1m = Control posparto (1 mes después del parto)
schedule-checkup-prenatal = Control prenatal
schedule-checkup-other = Otro control de salud

## Dose labels
schedule-dose-nth = { $n }.ª dosis
schedule-dose-primary = { $n }.ª dosis inicial
schedule-dose-booster = Refuerzo
schedule-dose-period = { $period }.º período
schedule-dose-period-primary = { $period }.º período, { $n }.ª dosis inicial
schedule-dose-period-booster = { $period }.º período, refuerzo
schedule-visit-nth = { $n }.ª consulta

## Reasons
schedule-reason-given = Aplicada el { $date }
schedule-reason-given-as = Aplicada el { $date } como { $vaccine }
schedule-reason-record-before-interval = Aplicada antes del intervalo mínimo después de la { $after }.ª dosis (según las reglas, desde el { $date })
schedule-reason-record-live-too-close = Aplicada menos de 27 días completos después de otra vacuna inyectable de virus vivos ({ $vaccine }, { $date })
schedule-reason-record-not-routine = Aplicada fuera del período de la vacunación de rutina
schedule-reason-age-from = Se puede recibir desde el { $date }
schedule-reason-min-interval = { $dose }.ª dosis: al menos { $days ->
        [one] { $days } día completo
       *[other] { $days } días completos
    } después de la { $after }.ª dosis ({ $date })
schedule-reason-min-interval-months = { $dose }.ª dosis: al menos { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después de la { $after }.ª dosis ({ $date })
schedule-reason-after-previous = { $dose }.ª dosis: después de la { $after }.ª dosis
schedule-reason-live-interval = Al menos { $days } días completos después de otra vacuna inyectable de virus vivos ({ $vaccine }, { $date }); el mismo día también es posible (aplicación simultánea)
schedule-reason-recommended-from = Momento habitual de vacunación: desde el { $date }
schedule-reason-recommended-by = Momento habitual de vacunación: hasta el { $date }
schedule-reason-funded-until = Gratis (con fondos públicos) hasta el { $date }
schedule-reason-funded-window-closing = Gratis durante { $days ->
        [one] { $days } día más
       *[other] { $days } días más
    } (hasta el { $date })
schedule-reason-funded-window-closed = Ya no es posible con fondos públicos (terminó el { $date }); sería una vacunación voluntaria pagada por usted
schedule-reason-age-limit = No es posible después del { $date }
schedule-reason-dose-skipped = Como no se aplicó antes del { $date }, esta dosis no se hace (se sigue con la siguiente)
schedule-reason-dose-skipped-previous-late = Esta dosis no se hace porque la { $after }.ª dosis fue el { $date } o después
schedule-reason-previous-missed = No es posible porque la { $after }.ª dosis ya no se puede aplicar
schedule-reason-later-dose-recorded = No se incluye en el calendario: la { $later }.ª dosis ya está registrada
schedule-reason-dose-count = { $count ->
        [one] { $count } dosis
       *[other] { $count } dosis
    } en total, según la edad en la 1.ª dosis ({ $date })
schedule-reason-product-choice = También se puede elegir { $other } (la serie se completa con la misma vacuna)
schedule-reason-replaced-by = Ya no se vende: las dosis restantes se pueden cambiar a { $vaccine } (consulte al médico)
schedule-reason-chronological-age = Los bebés prematuros también se vacunan según la edad contada desde el día real de nacimiento
schedule-reason-girls-only = La vacunación de rutina es para niñas
schedule-reason-voluntary = Vacunación voluntaria (pagada por usted; el municipio puede ofrecer ayuda)
schedule-reason-season = Esta temporada: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = Vacunación de rutina (gratis) desde el { $date }
schedule-reason-checkup-done = Control hecho el { $date }
schedule-reason-checkup-window = Entre el { $from } y el { $until }
schedule-reason-checkup-law = Control establecido por la Ley de Salud Materno-Infantil (母子保健法)
schedule-reason-checkup-municipal = Control realizado o subvencionado por el municipio (el momento y la forma varían según el municipio)
schedule-reason-checkup-window-passed = El período terminó el { $date }
schedule-reason-prenatal-week = Hacia la semana { $week } de embarazo
schedule-reason-pregnancy-ended = Terminó con el parto el { $date }
schedule-reason-from-expected-date = Calculado desde la fecha probable de parto ({ $date }) hasta que se registre la fecha de nacimiento
