# Hagukumi — Português (Brasil) (pt-BR), schedule.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.
## $vaccine / $other are the text of a vaccine name (schedule-vaccine-…).

## Vaccine names
schedule-vaccine-hepb = Hepatite B
schedule-vaccine-rotavirus-rv1 = Rotavírus (monovalente, Rotarix)
schedule-vaccine-rotavirus-rv5 = Rotavírus (pentavalente, RotaTeq)
schedule-vaccine-pcv = Pneumocócica conjugada infantil (PCV)
schedule-vaccine-dpt-ipv-hib = Pentavalente (DPT-IPV-Hib)
schedule-vaccine-dpt-ipv = Tetravalente (DPT-IPV)
schedule-vaccine-hib = Hib
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = Sarampo e rubéola (MR)
schedule-vaccine-varicella = Varicela (catapora)
schedule-vaccine-je = Encefalite japonesa
schedule-vaccine-dt = Difteria e tétano (DT)
schedule-vaccine-hpv = HPV (prevenção do câncer do colo do útero)
schedule-vaccine-mumps = Caxumba
schedule-vaccine-influenza = Gripe (influenza)
schedule-vaccine-other = Outra vacina
schedule-vaccine-pcv15 = Pneumocócica conjugada infantil, 15-valente (PCV15)
schedule-vaccine-rsv-maternal = Vacina contra o VSR na gestação (imunização materna)
schedule-cohort-mr-fy2024-period-1 = Medida especial da MR, 1º período: crianças nascidas entre 2 de abril de 2022 e 1º de abril de 2023 que não puderam tomar a vacina por falta dela no ano fiscal de 2024 podem tomá-la como vacinação de rotina de 1º de abril de 2025 a 31 de março de 2027, se o município autorizar
schedule-cohort-mr-fy2024-period-2 = Medida especial da MR, 2º período: crianças nascidas entre 2 de abril de 2018 e 1º de abril de 2019 que não puderam tomar a vacina por falta dela no ano fiscal de 2024 podem tomá-la como vacinação de rotina de 1º de abril de 2025 a 31 de março de 2027, se o município autorizar
schedule-cohort-je-1995-2007 = Regra especial da encefalite japonesa (nascidos entre 2 de abril de 1995 e 1º de abril de 2007: até completar 20 anos)
schedule-cohort-je-2007-2009 = Regra especial da encefalite japonesa (nascidos entre 2 de abril de 2007 e 1º de outubro de 2009: doses restantes do 1º período entre 9 e 13 anos)

## Checkup names
schedule-checkup-child-1m = Consulta de saúde de 1 mês
schedule-checkup-child-3-4m = Consulta de saúde de 3 a 6 meses
schedule-checkup-child-6-7m = Consulta de saúde de 6 a 7 meses
schedule-checkup-child-9-10m = Consulta de saúde de 9 a 11 meses
schedule-checkup-child-1y6m = Consulta de saúde de 1 ano e 6 meses
schedule-checkup-child-3y = Consulta de saúde de 3 anos
schedule-checkup-child-5y = Consulta de saúde de 5 anos
schedule-checkup-postnatal-2w = Consulta pós-parto (2 semanas após o parto)
schedule-checkup-postnatal-1m = Consulta pós-parto (1 mês após o parto)
schedule-checkup-prenatal = Consulta pré-natal
schedule-checkup-other = Outra consulta de saúde

## Dose labels
schedule-dose-nth = { $n }ª dose
schedule-dose-primary = { $n }ª dose inicial
schedule-dose-booster = Reforço
schedule-dose-period = { $period }º período
schedule-dose-period-primary = { $period }º período, { $n }ª dose inicial
schedule-dose-period-booster = { $period }º período, reforço
schedule-visit-nth = { $n }ª consulta

## Reasons
schedule-reason-given = Aplicada em { $date }
schedule-reason-given-as = Aplicada em { $date } como { $vaccine }
schedule-reason-record-before-interval = Aplicada antes do intervalo mínimo após a { $after }ª dose (pelas regras, a partir de { $date })
schedule-reason-record-live-too-close = Aplicada menos de 27 dias completos após outra vacina injetável de vírus vivo ({ $vaccine }, { $date })
schedule-reason-record-not-routine = Aplicada fora do período da vacinação de rotina
schedule-reason-age-from = Pode ser feita a partir de { $date }
schedule-reason-min-interval = { $dose }ª dose: pelo menos { $days ->
        [one] { $days } dia completo
       *[other] { $days } dias completos
    } após a { $after }ª dose ({ $date })
schedule-reason-min-interval-months = { $dose }ª dose: pelo menos { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } após a { $after }ª dose ({ $date })
schedule-reason-after-previous = { $dose }ª dose: depois da { $after }ª dose
schedule-reason-live-interval = Pelo menos { $days } dias completos após outra vacina injetável de vírus vivo ({ $vaccine }, { $date }); no mesmo dia também é possível (aplicação simultânea)
schedule-reason-recommended-from = Época padrão de vacinação: a partir de { $date }
schedule-reason-recommended-by = Época padrão de vacinação: até { $date }
schedule-reason-funded-until = Gratuita (custeada pelo poder público) até { $date }
schedule-reason-funded-window-closing = Gratuita por mais { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } (até { $date })
schedule-reason-funded-window-closed = Não é mais possível com custeio público (terminou em { $date }); seria uma vacinação voluntária, paga por você
schedule-reason-age-limit = Não é possível depois de { $date }
schedule-reason-dose-skipped = Como não foi aplicada até { $date }, esta dose não é feita (segue-se para a próxima)
schedule-reason-dose-skipped-previous-late = Esta dose não é feita porque a { $after }ª dose foi em { $date } ou depois
schedule-reason-previous-missed = Não é possível porque a { $after }ª dose não pode mais ser aplicada
schedule-reason-later-dose-recorded = Não incluída na programação: a { $later }ª dose já está registrada
schedule-reason-dose-count = { $count ->
        [one] { $count } dose
       *[other] { $count } doses
    } no total, conforme a idade na 1ª dose ({ $date })
schedule-reason-product-choice = Também é possível escolher { $other } (a série é concluída com a mesma vacina)
schedule-reason-replaced-by = Não é mais vendida: as doses restantes podem ser trocadas por { $vaccine } (consulte o médico)
schedule-reason-chronological-age = Bebês prematuros também são vacinados pela idade contada a partir do dia real do nascimento
schedule-reason-girls-only = A vacinação de rotina é para meninas
schedule-reason-voluntary = Vacinação voluntária (paga por você; o município pode oferecer auxílio)
schedule-reason-season = Esta temporada: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = Vacinação de rotina (gratuita) a partir de { $date }
schedule-reason-checkup-done = Consulta feita em { $date }
schedule-reason-checkup-window = Entre { $from } e { $until }
schedule-reason-checkup-law = Consulta prevista na Lei de Saúde Materno-Infantil (母子保健法)
schedule-reason-checkup-municipal = Consulta realizada ou subsidiada pelo município (a época e a forma variam conforme o município)
schedule-reason-checkup-window-passed = O período terminou em { $date }
schedule-reason-prenatal-week = Por volta da { $week }ª semana de gestação
schedule-reason-pregnancy-ended = Terminou com o parto em { $date }
schedule-reason-from-expected-date = Calculado a partir da data prevista do parto ({ $date }) até a data de nascimento ser registrada
