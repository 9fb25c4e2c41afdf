# Hagukumi — ko, programs.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } { $months }개월
   *[other] { $name } { $years }세 { $months }개월
}
programs-reason-born-on-or-after = { $date } 이후 출생아가 대상
programs-reason-from = { $date }부터 대상
programs-reason-until = { $date }까지 대상
programs-reason-school-year-end = { $age }세가 된 후 첫 3월 31일({ $date })까지 대상
programs-reason-child-order = { $name }은(는) 제{ $order }자로 셉니다
programs-reason-twins = { $name }은(는) 같은 날 태어난 { $count }명 중 한 명: 한 명씩 대상입니다
programs-reason-pregnancy-week = 현재 임신 { $weeks }주 { $days }일
programs-reason-pregnancy-week-from = 임신 { $week }주 0일({ $date })부터 청구할 수 있습니다
programs-reason-per-expected-child = 태아 수만큼 지급됩니다
programs-reason-after-birth = 태어나면 대상(출산 예정일 { $date })
programs-reason-apply-by = 신청 기한 { $date }

programs-level-national = 국가
programs-level-prefecture = 도도부현
programs-level-municipality = 구시정촌
programs-now-heading = 지금 이용할 수 있는 제도({ $date } 시점·{ $municipality })
programs-coming-heading = 앞으로 3개월 이내에 시작되는 것
programs-check-heading = { $municipality }의 기타 제도(조건은 데이터에 없습니다. { $municipality }에 확인해 주세요)
programs-none = 없음
programs-person-pregnancy = 임신 중(출산 예정일 { $date })
programs-person-pregnancy-label = { $label }(출산 예정일 { $date })
programs-amount-month = 월 { $yen }엔
programs-amount-once = { $yen }엔
programs-amount-per-expected-child = { $amount }×태아 수
programs-days-left = { $days }일 남음({ $date }까지)
programs-last-day = 오늘까지
programs-until-date = { $date }까지
programs-next-payment = 다음 지급월: { $year }년 { $month }월
programs-applied-with = “{ $name }”와(과) 함께 신청할 수 있습니다
programs-schedule-link = 접종 시기는 일정을 확인해 주세요(hagu schedule)
programs-how = 신청 방법: { $text }
programs-where = 창구: { $text }
programs-bring = 준비물: { $text }
programs-link = 안내: { $uri }
programs-source = 출처: { $source }
programs-note = 주: { $note }
programs-sample-notice = ※ 샘플 데이터입니다({ $date } 시점). 신청하기 전에 각 출처와 시구정촌의 안내를 확인해 주세요.
programs-no-municipality = 시구정촌이 설정되지 않았습니다. “hagu municipality list”로 고르고 “hagu municipality set 코드”로 설정해 주세요.
programs-unknown-municipality = { $code }은(는) 이 제도 데이터에 없는 시구정촌입니다. “hagu municipality list”로 확인해 주세요. 아무것도 변경하지 않았습니다.
programs-registry-problem = 제도 데이터의 일부를 읽지 못했습니다(그 기록은 제외했습니다): { $problem }

municipality-line = { $code }  { $name }
municipality-set = 시구정촌을 { $name }({ $code })(으)로 설정했습니다.
municipality-same = 이미 { $name }({ $code })(으)로 설정되어 있습니다.
municipality-moved = { $from }에서 { $to }(으)로의 이사로 제도를 다시 대조했습니다({ $date } 시점).
municipality-ends-heading = { $from }에서 끝나는 것
municipality-apply-heading = { $to }에서 신청할 것
municipality-check-heading = { $to }의 기타 제도(조건은 { $to }에 확인해 주세요)

cli-municipality-about = 거주하는 시구정촌(제도 대조에 사용합니다)
cli-municipality-list-about = 제도 데이터에 있는 시구정촌 목록 표시
cli-municipality-set-about = 거주하는 시구정촌 설정(이사할 때는 끝나는 것과 신청할 것을 표시)
cli-municipality-code-help = 전국 지방 공공 단체 코드(6자리, 예: 131016)
cli-municipality-json-help = JSON으로 출력(스크립트용)
cli-programs-about = 지금 이용할 수 있는 육아 지원 제도와 3개월 이내에 시작되는 것
cli-programs-child-help = 이 자녀만(ID)
cli-programs-as-of-help = 이 날짜로 대조(기본은 오늘)
cli-programs-json-help = JSON으로 출력(스크립트용)

## The app's screens. $name is a municipality, $count a number.
programs-card-title = 지금 당신의 가족에게
programs-card-intro = 거주하는 시구정촌을 선택하면 자녀의 월령이나 임신 주수에 맞는 육아 지원 제도를 알려 드립니다.
programs-card-choose = 시구정촌 선택
programs-card-open = 모두 보기
programs-card-more = 그 밖에 { $count }건
programs-card-where = { $name }의 제도
programs-screen-title = 육아 지원 제도
programs-municipality-title = 거주하는 시구정촌
programs-municipality-hint = 한 번 선택하면 사용할 수 있습니다. 이사하면 다시 선택해 주세요. 다시 신청할 것과 끝나는 것을 알려 드립니다.
programs-municipality-choose = 선택해 주세요
programs-municipality-submit = 이 시구정촌으로 하기
programs-municipality-saving = 설정하는 중…
programs-moved-title = 이사로 바뀌는 것
programs-for-person = { $name }
programs-open-link = 구시정촌 안내 열기
programs-open-source = 출처 열기
programs-open-benefits = 신청 상황
programs-schedule-link-app = 접종 시기는 자녀 화면의 일정에서 확인할 수 있습니다.
programs-link-opened = 브라우저에서 열었습니다.
error-unknown-municipality = 그 시구정촌은 제도 데이터에 없습니다. 목록에서 선택해 주세요. 아무것도 변경하지 않았습니다.
error-program-no-link = 이 제도에는 열 수 있는 안내 페이지가 없습니다.
error-no-browser = 브라우저를 열 수 없었습니다. 출처 이름으로 검색해 주세요.
