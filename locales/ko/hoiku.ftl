# Hagukumi — ko, hoiku.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## The hoiku-index (保育指数) simulator screen and the April intake checklist.

hoiku-sim-link = 보육 지수(保育指数) 시산하기
hoiku-back = ‹ 보육원 검색으로
hoiku-sim-title = 보육 지수 시산
hoiku-sim-intro = 질문에 하나씩 답하면 구시정촌이 공표한 표로 가정의 점수를 시산합니다. 입원을 약속하는 것이 아니며, 결정은 구시정촌이 합니다.
hoiku-q-municipality = 어느 구시정촌에 신청합니까?
# $municipality is its name, $year the table's fiscal year.
hoiku-municipality-option = { $municipality }({ $year } 표)
hoiku-q-guardians = 보호자는 몇 명입니까?
hoiku-guardians-one = 1명
hoiku-guardians-two = 2명
hoiku-q-situation = 보호자 { $guardian }의 상황은?
hoiku-option-not-in-table = 이 표에 없습니다
hoiku-q-hours = 보호자 { $guardian }({ $situation })은(는) 주 몇 시간입니까?
hoiku-q-days = 보호자 { $guardian }({ $situation })은(는) 월 며칠입니까?
hoiku-q-detail = 보호자 { $guardian }({ $situation })에 해당하는 것은?
hoiku-q-household = 가정에 해당하는 것을 모두 선택해 주세요(없으면 아무것도 선택하지 않고 다음으로).
hoiku-household-none-in-table = 이 표에는 조정 지수 행이 없습니다(찾지 못했기 때문입니다). 선택해도 합계에 들어가지 않습니다.
hoiku-option-points = ({ $signed }점)
hoiku-hours-label = 주 시간
hoiku-days-label = 월 일수
hoiku-next = 다음
hoiku-back-step = 하나 뒤로
hoiku-restart = 처음부터
hoiku-answer-hours = 주 { $hours }시간
hoiku-answer-days = 월 { $days }일
hoiku-answer-none = 없음
hoiku-result-title = 시산 결과
# $source is the table's source, $year its fiscal year.
hoiku-line-source = 출처: { $source }({ $year })
hoiku-result-promise = 공표된 표에 의한 시산입니다. 입원을 약속하는 것이 아닙니다.
hoiku-whatif-title = 만약…
hoiku-whatif-intro = 선택하면 지금 답의 합계 옆에 바뀐 합계를 나란히 표시합니다.
hoiku-tweak-hours = 보호자 { $guardian }이(가) 주 { $from }시간 → { $to }시간이라면
hoiku-tweak-days = 보호자 { $guardian }이(가) 월 { $from }일 → { $to }일이라면
hoiku-tweak-add = “{ $rule }”이(가) 추가된다면
hoiku-whatif-none = 이 표에서 점수가 바뀌는 “만약”은 없습니다.
hoiku-whatif-compare = 지금 답 { $before }점 → 만약 { $after }점({ $difference ->
    [0] 변하지 않습니다
   *[other] { $signed }
})
hoiku-tie-none = 이 표에는 계산할 수 있는 동점 시 순위가 없습니다.
hoiku-past-none = 작년 각 원·반의 최저 지수는 이 시산의 출처에 포함되어 있지 않아 표시하지 않습니다.
hoiku-flow-error-detail = 그 답은 이 질문의 선택지에 없습니다.
hoiku-flow-error-unexpected = 그 답은 이 질문에 맞지 않습니다.
hoiku-flow-error-extra = 답이 질문보다 많습니다.

hoiku-checklist-title = 4월 입원 신청 체크리스트
# $municipality is its name, $year the fiscal year, $date the intake day.
hoiku-checklist-heading = { $municipality } { $year } 4월 입원({ $date })
hoiku-checklist-periods = 신청 기간·마감
hoiku-checklist-period-range = { $title }: { $from }–{ $until }
hoiku-checklist-period-until = { $title }: { $until }까지
hoiku-checklist-days-left = { $days ->
    [0] 오늘까지
   *[other] { $days }일 남음
}
hoiku-checklist-passed = 마감이 지났습니다
hoiku-checklist-documents = 서류({ $checked }/{ $total } 준비 완료)
hoiku-checklist-for = { $situation }인 보호자
hoiku-checklist-as-of = { $date } 시점의 정보
hoiku-checklist-source = 출처: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = 이 구시정촌의 신청 체크리스트는 없습니다.
hoiku-checklist-error-document = 그 서류는 이 체크리스트에 없습니다. 변경하지 않았습니다.
hoiku-checklist-error-data = 신청 체크리스트를 읽을 수 없습니다: { $detail }
hoiku-checklist-unknown = 구시정촌 코드 { $code }의 신청 체크리스트는 없습니다(있는 것: { $known }).
cli-nursery-checklist-about = 4월 입원의 신청 기간·마감과 서류 목록
cli-nursery-checklist-municipality-help = 구시정촌 코드(132012 하치오지시, 131083 고토구)
cli-nursery-checklist-json-help = JSON으로 출력(스크립트용)
