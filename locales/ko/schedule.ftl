# Hagukumi — ko, schedule.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.

## Vaccine names
schedule-vaccine-hepb = B형 간염
schedule-vaccine-rotavirus-rv1 = 로타바이러스(1가·로타릭스)
schedule-vaccine-rotavirus-rv5 = 로타바이러스(5가·로타텍)
schedule-vaccine-pcv = 소아용 폐렴구균
schedule-vaccine-dpt-ipv-hib = 5종 혼합(DPT-IPV-Hib)
schedule-vaccine-dpt-ipv = 4종 혼합(DPT-IPV)
schedule-vaccine-hib = 히브(Hib)
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = 홍역·풍진 혼합(MR)
schedule-vaccine-varicella = 수두
schedule-vaccine-je = 일본뇌염
schedule-vaccine-dt = 2종 혼합(DT)
schedule-vaccine-hpv = HPV(자궁경부암 예방)
schedule-vaccine-mumps = 유행성 이하선염(볼거리)
schedule-vaccine-influenza = 인플루엔자
schedule-vaccine-other = 기타 백신
schedule-vaccine-pcv15 = 소아용 폐렴구균(15가)
schedule-vaccine-rsv-maternal = RS 바이러스 모자 면역 백신(임신 중 접종)
schedule-cohort-mr-fy2024-period-1 = MR 제1기 특별 조치: 2024년도 백신 부족으로 접종하지 못한 2022년 4월 2일–2023년 4월 1일생은, 시구정촌이 인정하면 2025년 4월 1일–2027년 3월 31일에 정기접종으로 받을 수 있습니다
schedule-cohort-mr-fy2024-period-2 = MR 제2기 특별 조치: 2024년도 백신 부족으로 접종하지 못한 2018년 4월 2일–2019년 4월 1일생은, 시구정촌이 인정하면 2025년 4월 1일–2027년 3월 31일에 정기접종으로 받을 수 있습니다
schedule-cohort-je-1995-2007 = 일본뇌염 특례(1995년 4월 2일–2007년 4월 1일생: 20세가 될 때까지)
schedule-cohort-je-2007-2009 = 일본뇌염 특례(2007년 4월 2일–2009년 10월 1일생: 제1기의 남은 회차를 9–13세에)

## Checkup names
schedule-checkup-child-1m = 1개월 아기 검진
schedule-checkup-child-3-4m = 3–6개월 아기 검진
schedule-checkup-child-6-7m = 6–7개월 아기 검진
schedule-checkup-child-9-10m = 9–11개월 아기 검진
schedule-checkup-child-1y6m = 1세 6개월 유아 검진
schedule-checkup-child-3y = 3세 유아 검진
schedule-checkup-child-5y = 5세 유아 검진
schedule-checkup-postnatal-2w = 산모 검진(산후 2주)
schedule-checkup-postnatal-1m = 산모 검진(산후 1개월)
schedule-checkup-prenatal = 임산부 검진
schedule-checkup-other = 기타 검진

## Dose labels
schedule-dose-nth = { $n }회차
schedule-dose-primary = 초회 { $n }회차
schedule-dose-booster = 추가 접종
schedule-dose-period = 제{ $period }기
schedule-dose-period-primary = 제{ $period }기 초회 { $n }회차
schedule-dose-period-booster = 제{ $period }기 추가
schedule-visit-nth = { $n }회차

## Reasons
schedule-reason-given = { $date }에 접종 완료
schedule-reason-given-as = { $date }에 { $vaccine }(으)로 접종 완료
schedule-reason-record-before-interval = { $after }회차와의 간격이 규정보다 짧은 접종입니다(규정상 { $date } 이후)
schedule-reason-record-live-too-close = 주사 생백신({ $vaccine }, { $date })과 27일 이상 간격을 두지 않은 접종입니다
schedule-reason-record-not-routine = 정기접종 대상 기간 외의 접종입니다
schedule-reason-age-from = { $date }부터 받을 수 있습니다
schedule-reason-min-interval = { $dose }회차: { $after }회차({ $date })로부터 { $days }일 이상 간격을 두고
schedule-reason-min-interval-months = { $dose }회차: { $after }회차({ $date })로부터 { $months }개월 이상 간격을 두고
schedule-reason-after-previous = { $dose }회차: { $after }회차 이후에
schedule-reason-live-interval = 주사 생백신({ $vaccine }, { $date })으로부터 { $days }일 이상 간격을 두고(같은 날이라면 동시 접종할 수 있습니다)
schedule-reason-recommended-from = 표준 접종 시기는 { $date }부터
schedule-reason-recommended-by = 표준 접종 시기는 { $date }까지
schedule-reason-funded-until = 공비(무료)로 받을 수 있는 것은 { $date }까지
schedule-reason-funded-window-closing = 공비로 받을 수 있는 기간이 { $days }일 남았습니다({ $date }까지)
schedule-reason-funded-window-closed = 공비 기간({ $date }까지)에는 받을 수 없습니다. 받는 경우 임의접종(자비)이 됩니다
schedule-reason-age-limit = { $date }이(가) 지나면 받을 수 없습니다
schedule-reason-dose-skipped = { $date }까지 받지 않았으므로 이 회차는 하지 않습니다(다음 회차로 넘어갑니다)
schedule-reason-dose-skipped-previous-late = { $after }회차가 { $date } 이후였으므로 이 회차는 하지 않습니다
schedule-reason-previous-missed = { $after }회차를 받을 수 없으므로 이 회차도 받을 수 없습니다
schedule-reason-later-dose-recorded = { $later }회차가 기록되어 있으므로 이 회차는 일정에 넣지 않습니다
schedule-reason-dose-count = 1회차({ $date }) 때의 월령에 따라 총 { $count }회입니다
schedule-reason-product-choice = { $other }을(를) 선택할 수도 있습니다(끝까지 같은 백신으로 받습니다)
schedule-reason-replaced-by = 판매가 종료되어 남은 회차는 { $vaccine }(으)로 바꿀 수 있습니다(의사와 상담해 주세요)
schedule-reason-chronological-age = 일찍 태어난 아기도 예방접종은 실제로 태어난 날부터의 월령으로 받습니다
schedule-reason-girls-only = 정기접종 대상은 여자아이입니다
schedule-reason-voluntary = 임의접종입니다(자비. 지자체의 지원이 있는 경우도 있습니다)
schedule-reason-season = 이번 시즌: { $from }–{ $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = { $date }부터 정기접종입니다
schedule-reason-checkup-done = { $date }에 진찰 완료
schedule-reason-checkup-window = { $from }부터 { $until }까지 받습니다
schedule-reason-checkup-law = 모자보건법에서 정한 검진입니다
schedule-reason-checkup-municipal = 시구정촌이 실시·지원하는 검진입니다(시기나 방법은 시구정촌마다 다릅니다)
schedule-reason-checkup-window-passed = 대상 기간({ $date }까지)이 지났습니다
schedule-reason-prenatal-week = 임신 { $week }주경
schedule-reason-pregnancy-ended = { $date }의 출산으로 끝났습니다
schedule-reason-from-expected-date = 출산일이 등록되지 않아 출산 예정일({ $date })로 계산하고 있습니다
