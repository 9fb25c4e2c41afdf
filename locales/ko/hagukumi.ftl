# Hagukumi — 한국어 (ko). A draft translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = 모자건강수첩
app-loading = 불러오는 중…

## Dates and ages

date = { $year }년 { $month }월 { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
age = { $years }세 { $months }개월 { $days }일
gestational-age = 임신 { $weeks }주 { $days }일

## Home

home-children = 자녀
home-pregnancies = 임신
home-empty = 아직 아무도 등록되지 않았습니다. 아래 양식에서 자녀나 임신을 추가해 주세요.
child-born = { $date } 출생
child-age-label = 나이
pregnancy-untitled = 배 속의 아기
pregnancy-expected = 출산 예정일 { $date }
pregnancy-days-left = 예정일까지 { $days }일
pregnancy-due-today = 오늘이 출산 예정일입니다
pregnancy-past-due = 예정일로부터 { $days }일 지남
pregnancy-not-started = 아직 임신 기간이 시작되지 않았습니다

## Forms

form-child-title = 자녀 추가
form-child-name = 이름
form-child-name-placeholder = 예: 하나코
form-child-birth = 생년월일
form-pregnancy-title = 임신 추가
form-pregnancy-label = 호칭(선택)
form-pregnancy-label-placeholder = 예: 둘째
form-pregnancy-expected = 출산 예정일
form-date-placeholder = 예: 2025-04-01
form-date-hint = 연-월-일(2025/4/1도 가능)
form-submit-child = 자녀 추가하기
form-submit-pregnancy = 임신 추가하기
form-saving = 저장 중…
form-saved-child = { $name } 님을 추가했습니다
form-saved-pregnancy = 임신을 추가했습니다


## A child's screen and records

child-back = ‹ 홈으로
child-records = 기록
child-no-records = 아직 기록이 없습니다. 아래 양식에서 신체 계측이나 예방접종을 기록할 수 있습니다.
child-deleted = 최근 삭제한 기록({ $count }건, 30일 이내라면 되돌릴 수 있습니다)
record-add-title = 기록 추가
record-submit = 기록하기
record-saved = { $kind }을(를) 기록했습니다
record-delete = 삭제
record-deleted = 기록을 삭제했습니다.
record-undo = 되돌리기
records-more = 이전 기록 더 보기
record-edit = 편집
record-edit-title = 기록 편집
record-edit-submit = 변경 사항 저장
record-edit-cancel = 편집 그만두기
record-edited = { $kind }을(를) 변경했습니다
record-history = 이력
record-history-title = 이전 내용
record-history-empty = 아직 변경이 없습니다
record-history-loading = 불러오는 중…
record-change-edit = 변경
record-change-delete = 삭제
record-change-restore = 되돌림
record-history-before = 변경 전: { $summary }
record-restored = 기록을 되돌렸습니다
record-kind-measurement = 신체 계측
record-kind-vaccination = 예방접종
record-kind-milestone = 할 수 있게 된 날
record-kind-note = 메모
record-kind-allergy = 알레르기
record-kind-illness = 질병
record-allergy-substance = 원인(음식·약 등)
record-allergy-reaction = 증상(선택)
record-illness-name = 병명
record-before = { $date } { $summary }
record-dose = { $dose }회차
record-lot = 로트 { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } { $dose }회차
record-line-weight = 체중 { $value } kg
record-line-height = 신장 { $value } cm
record-line-head = 머리둘레 { $value } cm
record-line-chest = 가슴둘레 { $value } cm
record-line-separator = {", "}
form-choose = 선택해 주세요
funding-public = 정기접종(공비)
funding-self-paid = 임의접종(자비)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = 체중
field-height-short = 신장
field-head-circumference-short = 머리둘레
field-chest-circumference-short = 가슴둘레

## Clinic summary

summary-title = { $name } 님의 진료용 요약
summary-as-of = { $date } 현재
summary-allergies = 알레르기
summary-measurements = 최근 계측
summary-next-due = 다음 예정
summary-vaccinations = 예방접종 기록
summary-illnesses = 앓은 질병
summary-none-recorded = 기록이 없습니다
summary-nothing-due = 예정이 없습니다
summary-rules = 일정 계산에 사용한 규칙: 제{ $version }판({ $as_of } 시점{ $builtin ->
    [yes] , 앱에 내장
   *[no] , 업데이트로 받은 것
})
summary-since = { $date }부터
summary-print = 인쇄하기
summary-open = 진료용 요약

## Settings

language-label = 언어
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (번역 미검토)
language-unreviewed-group = 번역 미검토
language-more = 다른 언어

## Field names

field-name = 이름
field-birth-date = 생년월일
field-label = 호칭
field-expected-date = 출산 예정일
field-date = 날짜
field-vaccine = 백신
field-dose = 회차
field-manufacturer = 제조사
field-lot = 로트 번호
field-facility = 의료기관
field-funding = 비용
field-weight = 체중(kg)
field-height = 신장(cm)
field-head-circumference = 머리둘레(cm)
field-chest-circumference = 가슴둘레(cm)
field-measurements = 계측값
field-sex = 성별
sex-unset = 선택 안 함
field-what = 할 수 있게 된 것
field-text = 메모
field-expected-date-method = 예정일 결정 방법
field-systolic = 혈압(최고)
field-diastolic = 혈압(최저)
field-urine-protein = 소변 단백
field-urine-sugar = 소변 당
field-edema = 부종
field-fundal-height = 자궁저 높이(cm)
field-abdominal-girth = 복부 둘레(cm)
field-fetal-heart = 아기의 심박
field-fetal-heart-rate = 심박수(회/분)
field-findings = 소견
field-class-name = 교실 이름
field-checkup-timing = 검진 시기
field-epds = EPDS(합계 점수)
field-time = 출생 시각
field-gestation-weeks = 출생 시 임신 주수(주)
field-gestation-days = 출생 시 임신 주수(일)
field-delivery = 분만 방법
field-birth-weight = 출생 체중(g)
field-apgar-1min = 아프가(1분)
field-apgar-5min = 아프가(5분)
field-complications = 이상·처치 등
field-checkup = 검진
field-answers = 보호자 기록
field-teeth = 치아 수(개)
field-caries = 충치 수(개)
field-fluoride = 불소 도포
field-screening-test = 검사
field-screening-result = 결과
field-end-date = 끝난 날
field-medicine = 약 이름
field-instructions = 복용 방법·양

## Input errors

error-invalid-input = 입력 내용을 확인해 주세요
error-required = 입력해 주세요
error-too-long = { $max }자 이내로 입력해 주세요
error-control-characters = 사용할 수 없는 문자가 포함되어 있습니다
error-malformed-date = 날짜는 “2025-04-01” 형식으로 입력해 주세요
error-birth-in-future = 미래의 날짜는 생년월일로 할 수 없습니다
error-birth-before-1900 = 1900년 1월 1일 이후의 날짜를 입력해 주세요
error-expected-too-far = 출산 예정일이 오늘부터 280일보다 뒤입니다
error-expected-long-past = 출산 예정일이 4주 이상 지났습니다. 태어난 아기는 “자녀 추가”에서 등록해 주세요
error-date-in-future = 미래의 날짜는 입력할 수 없습니다
error-date-before-birth = 태어나기 전의 날짜입니다
error-malformed-number = 숫자로 입력해 주세요(예: 3.25)
error-out-of-range = 값이 생각할 수 있는 범위를 벗어났습니다. 단위(kg·cm)를 확인해 주세요
error-no-measurement = 체중·신장·머리둘레·가슴둘레 중 적어도 하나를 입력해 주세요
error-unknown-choice = 선택지 중에서 골라 주세요
error-blood-pressure-order = 혈압(최저)은 혈압(최고)보다 낮은 값입니다. 서로 바뀌지 않았는지 확인해 주세요
error-date-before-pregnancy = 임신을 알기 전의 날짜입니다. 날짜나 출산 예정일을 확인해 주세요
error-heart-rate-without-heartbeat = 심박수는 “심박 있음”일 때 입력해 주세요
error-malformed-time = 시각은 “14:05” 형식으로 입력해 주세요
error-not-the-birth-date = 생년월일과 같은 날로 해 주세요
error-not-in-checklist = 이 검진의 질문이 아닌 답이 있습니다
error-answered-twice = 같은 질문에 두 번 답했습니다
error-more-than-teeth = 충치 수가 치아 수보다 많습니다
error-end-before-start = 시작한 날보다 앞의 날짜입니다

## When the handbook cannot be opened

error-store-cannot-open = 수첩을 열 수 없습니다. 키가 다르거나 Hagukumi 데이터가 아닙니다. 파일은 변경하지 않았습니다.
error-store-no-key = 키 보관 장소(OS 키체인)를 사용할 수 없습니다. 환경 변수 HAGUKUMI_PASSPHRASE에 암호문을 설정한 후 시작해 주세요.
error-store-passphrase = 이 수첩은 암호문으로 보호되어 있습니다. 환경 변수 HAGUKUMI_PASSPHRASE에 설정한 후 다시 시작해 주세요.
error-store-keystore = OS 자격 증명 저장소(키체인)에서 오류가 발생했습니다: { $detail }
error-store-key-missing = 이 수첩의 키를 찾을 수 없습니다. 만들었을 때와 같은 사용자와 키체인으로 열거나, 복구 코드로 열어 주세요.
error-store-newer = 이 수첩은 더 새로운 버전의 Hagukumi로 만들어졌습니다. 앱을 업데이트해 주세요.
error-store-io = 수첩 파일을 읽거나 쓸 수 없습니다: { $detail }
error-store-corrupt = 수첩 데이터가 손상되었습니다: { $detail }
error-store-full = 기기의 저장 공간이 부족하여 저장하지 못했습니다. 아무것도 저장하지 않았습니다(수첩은 변경 전 그대로입니다). 사용하지 않는 사진, 동영상, 앱을 삭제하여 공간을 늘린 후 다시 시도해 주세요.
error-recovery-code-length = 복구 코드는 영문자와 숫자 28자(4자씩 7묶음)입니다. 모든 묶음을 입력했는지 확인해 주세요.
error-recovery-code-character = 복구 코드에는 영문자 A–Z(I·L·O·U 제외)와 숫자 0–9만 사용됩니다. 입력한 문자를 확인해 주세요.
error-recovery-code-checksum = 복구 코드에 입력 실수가 있습니다(마지막 묶음이 다른 묶음과 맞지 않습니다). 복구 시트와 하나씩 비교해 보세요.
error-store-handbook-elsewhere = 이 폴더에는 예전에 수첩이 있었고 그 키가 아직 보관되어 있습니다(수첩이 이동되었거나 이름이 바뀌었습니다). 새 수첩은 만들지 않았습니다. 지금 있는 위치에서 수첩을 열거나 폴더를 여기로 되돌려 주세요. 일부러 삭제한 경우에는 여기에 새 수첩을 만들 수 있습니다.
error-store-passphrase-short = 암호문이 너무 짧습니다. 12자 이상으로 해 주세요(관계없는 단어를 몇 개 늘어놓으면 기억하기 쉽습니다). 수첩은 만들지 않았습니다.
error-store-in-use = 이 수첩은 앱에서 열려 있습니다. 앱을 닫은 후 다시 시도해 주세요. 아무것도 변경하지 않았습니다.
error-recovery-wrong-code = 이 복구 코드로는 이 수첩을 열 수 없습니다. 복구 시트와 비교한 후 다시 입력해 주세요. 아무것도 변경하지 않았습니다.
error-recovery-no-file = 수첩 옆에 복구 파일(hagukumi.recovery)이 없습니다. 수첩 폴더를 복사해 온 곳에서 다시 가져오거나, 백업에서 복원해 주세요.
error-recovery-other-handbook = 수첩 옆에 있는 복구 파일은 다른 수첩의 것입니다. 수첩 폴더를 통째로 다시 복사하거나, 백업에서 복원해 주세요.
error-recovery-format = 복구 파일이 손상되었거나 Hagukumi 형식이 아닙니다. 백업에서 복원해 주세요.
error-backup-not-a-backup = 이 파일은 Hagukumi 백업이 아닙니다. 이름이 .hagukumi-backup으로 끝나는 파일을 선택해 주세요. 아무것도 변경하지 않았습니다.
error-backup-version = 이 백업은 다른 버전의 Hagukumi로 만들어졌습니다. 앱을 업데이트한 후 다시 시도해 주세요. 아무것도 변경하지 않았습니다.
error-backup-damaged = 백업 파일이 손상되었거나 일부만 있습니다. 아무것도 변경하지 않았습니다. 다른 백업을 사용하거나 이 파일을 다시 복사해 주세요.
error-backup-wrong-code = 이 복구 코드로는 이 백업을 열 수 없습니다. 백업한 수첩의 복구 시트와 비교해 주세요. 아무것도 변경하지 않았습니다.
error-backup-other-handbook = 이 백업은 이 폴더에 있는 수첩과 다른 수첩의 것입니다. 아무것도 변경하지 않았습니다. 빈 폴더에 복원해 주세요.
error-backup-no-code = 이 수첩에는 아직 복구 코드가 없습니다. 한 번 열면 코드가 만들어지니, 그 후에 다시 백업해 주세요.
error-backup-would-replace-other-file = 저장 위치에 Hagukumi 백업이 아닌 파일이 이미 있습니다. 그 파일은 그대로 두었고 아무것도 쓰지 않았습니다. 다른 파일 이름이나 다른 위치를 선택해 주세요.
error-backup-inside-handbook-folder = 수첩 자체의 폴더 안에는 백업을 저장할 수 없습니다(수첩을 덮어쓰거나 수첩과 함께 잃어버릴 수 있기 때문입니다). 아무것도 쓰지 않았습니다. 다른 폴더(외장 드라이브나 클라우드 폴더 등)를 선택해 주세요.
error-backup-folder-missing = 자동 백업을 저장할 폴더를 찾을 수 없습니다(외장 드라이브나 클라우드 폴더가 연결되지 않았을 수 있습니다). 다시 연결하거나 백업 화면에서 다른 폴더를 선택해 주세요. 그때까지 자동 백업은 저장되지 않습니다.
error-no-such-child = 이 자녀를 찾을 수 없습니다
error-no-such-record = 이 기록을 찾을 수 없습니다
error-cannot-restore = 삭제 후 30일이 지나서 되돌릴 수 없습니다
error-birth-already-recorded = 출생 기록이 이미 있습니다(한 명당 하나). 다시 쓰려면 지금의 기록을 삭제한 후 기록해 주세요
photo-count = 사진({ $count }장)
photo-add = 사진 추가
photo-delete = 사진 삭제
photo-deleted = 삭제했습니다(30일 이내라면 되돌릴 수 있습니다)
photo-alt = 기록의 사진
photo-privacy = 촬영 장소 등의 정보는 제거하고, 암호화된 수첩 안에 저장합니다.
error-photo-format = 추가할 수 있는 것은 JPEG 또는 PNG 사진뿐입니다
error-photo-malformed = 사진 파일이 손상되었거나 일부만 있습니다
error-photo-too-large = 사진이 너무 큽니다(8MB까지)
error-photo-too-many = 이 기록에는 더 이상 사진을 추가할 수 없습니다(10장까지)
error-photo-too-many-pixels = 사진의 화소 수가 너무 많습니다(6,400만 화소까지). 스마트폰의 공유나 편집으로 작은 크기로 만든 후 다시 추가해 주세요
error-no-such-photo = 이 사진을 찾을 수 없습니다
error-photo-cannot-restore = 이 사진은 삭제 후 30일이 지나서 되돌릴 수 없습니다
error-internal = 예기치 않은 오류가 발생했습니다: { $detail }
error-retry-hint = 앱을 다시 시작해도 해결되지 않으면, 데이터 폴더를 백업한 후 문의해 주세요.

## The schedule on screen

schedule-next-title = 다음에 할 일
schedule-plan-title = 예방접종과 검진 일정
schedule-none = 현재 예정이 없습니다
schedule-month = { $year }년 { $month }월
schedule-why = 자세히
schedule-closing-soon = 공비로 받을 수 있는 기간이 곧 끝납니다
schedule-record-given = 접종함
schedule-record-save = 기록하기
schedule-record-cancel = 취소
schedule-status-done = 완료
schedule-status-due-now = 지금
schedule-status-upcoming = 예정
schedule-status-overdue = 늦음
schedule-status-missed = 공비 기간 외
schedule-status-not-eligible = 대상 외
schedule-status-funded-window-missed = 공비 기간에는 받을 수 없습니다(임의접종이 됩니다)
schedule-when-done = { $date } 완료
schedule-when-due = 지금부터 받을 수 있습니다
schedule-when-due-by = 지금부터 받을 수 있습니다(표준은 { $date }까지)
schedule-when-from = { $date }부터
schedule-when-overdue = 표준 시기가 지났습니다. 빨리 받으세요
schedule-when-overdue-funded = 표준 시기가 지났습니다(공비는 { $date }까지)
ics-calendar-name = Hagukumi 예방접종·검진

## Reminders (local notifications) and their settings
field-days-before-open = 받을 수 있는 시기의 며칠 전에 알릴지
field-days-before-close = 공비 기한의 며칠 전에 알릴지
field-temperature = 체온(℃)
error-days-out-of-range = 0–60일 범위로 입력해 주세요
field-program = 제도
field-benefit-state = 상황
field-deadline = 기한
field-payment-date = 다음 지급일
field-payment-amount = 다음 지급액(엔)
field-guardian = 보호자 이름
field-children = 신청할 자녀
error-individual-number = 마이넘버(개인번호) 같은 12자리 숫자는 입력할 수 없습니다. Hagukumi는 마이넘버를 다루지 않습니다. 숫자를 지워 주세요
field-stars = 평가(별)
error-stars-out-of-range = 평가는 별 1–5개입니다(없음도 선택할 수 있습니다)
reminder-opening-title = 곧 { $item } 시기입니다
reminder-opening-body = { $who }의 { $item }은(는) { $date }부터 받을 수 있습니다. 편하실 때 예약을 생각해 보세요.
reminder-closing-title = { $item }의 공비 기한이 다가오고 있습니다
reminder-closing-body = { $who }의 { $item }은(는) { $date }까지 공비로 받을 수 있습니다({ $days }일 남음). 아직이라면 단골 의료기관에 상담해 보세요.
reminder-digest-title = { $month }월 가족 일정
reminder-digest-body = 이번 달에는 { $count }건의 일정이 있습니다.
reminder-digest-line = { $who }: { $item }({ $date }경)
reminder-settings-title = 알림 설정
reminder-settings-open = 받을 수 있는 시기의 며칠 전에 알림
reminder-settings-close = 공비 기한의 며칠 전에 알림
reminder-settings-note = 0–60일로 설정할 수 있습니다. 매월 1일에는 그 달의 가족 일정도 알려 드립니다.
reminder-settings-save = 저장
reminder-settings-saved = 저장했습니다
