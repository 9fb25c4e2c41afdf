# Hagukumi — ko, clinic_card.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = 접수용 카드
clinic-card-title = 접수용 카드
clinic-card-back = ‹ 돌아가기
clinic-card-intro = 병원 접수처에서 이 화면을 보여 주세요. 통신 없이도 표시할 수 있습니다.
clinic-card-as-of = { $date } 현재
clinic-card-born = 생년월일
clinic-card-certificates = 의료비 지원 수급자증(受給者証)
clinic-card-no-certificates = 수급자증이 아직 없습니다. 포털과 연결하면 도착한 수급자증이 여기에 표시됩니다.
clinic-card-valid-current = 사용할 수 있습니다
clinic-card-valid-not-yet = 유효 기간 전입니다
clinic-card-valid-expired = 유효 기한이 지났습니다
clinic-card-date-era = { $date }({ $era } { $year }년 { $month }월 { $day }일)
era-showa = 쇼와(昭和)
era-heisei = 헤이세이(平成)
era-reiwa = 레이와(令和)
clinic-card-insurance = 보험 메모
clinic-card-insurance-none = 아직 없습니다. 보험증의 보험자 번호나 기호·번호 등을 적어 둘 수 있습니다.
clinic-card-insurance-edit = 메모 쓰기
clinic-card-insurance-label = 보험 메모(마이넘버는 쓰지 마세요)
clinic-card-insurance-save = 저장하기
clinic-card-insurance-cancel = 취소
clinic-card-insurance-saved = 보험 메모를 저장했습니다
clinic-card-allergies = 알레르기
clinic-card-no-allergies = 기록된 알레르기가 없습니다
clinic-card-vaccinations = 예방접종
clinic-card-no-vaccinations = 기록된 예방접종이 없습니다
clinic-card-dose = { $dose }회차 { $date }
error-insurance-note-too-long = 보험 메모는 300자 이내로 해 주세요
error-insurance-note-individual-number = 12자리 번호는 저장할 수 없습니다. 마이넘버(개인번호)는 수첩에 쓰지 마세요.
cli-clinic-card-about = 접수용 카드(수급자증·보험 메모·알레르기·예방접종)를 표시합니다. 수첩 안만 읽으므로 통신 없이 사용할 수 있습니다
cli-clinic-card-child-help = 이 자녀만(ID는 hagu child list로 확인)
cli-clinic-card-json-help = JSON으로 출력(스크립트용)
cli-clinic-card-no-children = 아직 자녀가 등록되지 않았습니다. hagu child add로 추가해 주세요
cli-clinic-card-fact = { $label }: { $value }
