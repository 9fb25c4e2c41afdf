# Hagukumi — ko, pregnancy.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Pregnancy records and postnatal checkups

## Record kinds

pregnancy-kind-notification = 임신 신고(妊娠の届出)
pregnancy-kind-prenatal-visit = 임산부 검진(妊婦健診)
pregnancy-kind-dental = 임산부 치과 검진
pregnancy-kind-class = 부모 교실·엄마 교실(両親学級・母親学級)
pregnancy-kind-environment = 일·생활 메모
pregnancy-kind-postnatal-checkup = 산후 검진(産後健診)
pregnancy-kind-vaccination = 임산부 예방접종

## The pregnancy's screen

pregnancy-records = 기록
error-no-such-pregnancy = 이 임신 기록을 찾을 수 없습니다
pregnancy-no-records = 아직 기록이 없습니다. 아래 양식에서 임산부 검진이나 신고한 날을 기록할 수 있습니다.
pregnancy-date-week = 이날은 { $week }입니다
pregnancy-stat-blood-pressure = 혈압
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = 단위는 mmHg(예: 최고 112·최저 70)
pregnancy-epds-field-hint = 에든버러 산후 우울증 척도(EPDS) 합계 점수(0–30점)
# Shown gently under a postnatal checkup whose EPDS is 9 or more
pregnancy-epds-hint = 산후에는 몸도 마음도 흔들리기 쉬운 시기입니다. 신경 쓰이는 일이나 이야기하고 싶은 일이 있으면 혼자 안고 있지 말고, 조산사나 보건사, 거주하는 시구정촌의 육아 지원 센터(こども家庭センター／子育て世代包括支援センター)에 편하게 상담해 보세요.

## Choices

pregnancy-method-last-period = 마지막 월경으로부터
pregnancy-method-ultrasound = 초음파 검사(에코)로
pregnancy-method-other = 기타
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = −(음성)
pregnancy-urine-trace-option = ±(약양성)
pregnancy-urine-plus1-option = +(양성)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = −(없음)
pregnancy-edema-plus1-option = +(있음)
pregnancy-edema-plus2-option = ++(심함)
pregnancy-heart-present = 심박 있음
pregnancy-heart-absent = 심박을 확인하지 못함
pregnancy-heart-not-checked = 심박 미확인
pregnancy-timing-two-weeks = 산후 2주 검진
pregnancy-timing-one-month = 산후 1개월 검진
pregnancy-timing-other = 기타 산후 검진

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = 체중 { $value } kg
pregnancy-value-lot = 로트 { $lot }
pregnancy-value-blood-pressure = 혈압 { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = 소변 단백 { $value }
pregnancy-value-urine-sugar = 소변 당 { $value }
pregnancy-value-edema = 부종 { $value }
pregnancy-value-fundal-height = 자궁저 높이 { $value } cm
pregnancy-value-abdominal-girth = 복부 둘레 { $value } cm
pregnancy-value-heart-rate = 심박 { $bpm }회/분
pregnancy-value-method = 예정일: { $method }
pregnancy-value-epds = EPDS { $score }점

## hagu pregnancy (command line)

cli-pregnancy-about = 임신과 임신 중·산후 기록(임산부 검진, 산후 검진 등)의 추가와 목록
cli-pregnancy-add-about = 임신 추가하기
cli-pregnancy-label-help = 호칭(예: 둘째, 선택)
cli-pregnancy-expected-help = 출산 예정일(예: 2027-03-01)
cli-pregnancy-list-about = 수첩의 임신 목록 보기
cli-pregnancy-list-json-help = 기계가 읽을 수 있는 JSON 배열로 출력(id, label, expected_date)
cli-pregnancy-record-about = 임신 중·산후 기록을 추가·목록·변경·삭제·복원
cli-pregnancy-record-add-about = 임신에 기록 추가하기
cli-pregnancy-record-list-about = 임신 기록을 날짜가 오래된 순으로 목록 보기
cli-pregnancy-record-edit-about = 기록을 변경합니다. 지정하지 않은 항목은 그대로이고, 빈 값("")으로 선택 항목을 지울 수 있습니다. 변경 전 내용은 이력에 남습니다
cli-pregnancy-record-delete-about = 기록 삭제(30일 이내라면 되돌릴 수 있습니다)
cli-pregnancy-record-restore-about = 30일 이내에 삭제한 기록을 되돌리기
cli-pregnancy-record-history-about = 기록의 변경 전 내용을 오래된 순으로 표시
cli-pregnancy-record-notification-about = 임신 신고
cli-pregnancy-record-prenatal-visit-about = 임산부 검진(임신 주수는 날짜와 출산 예정일로 계산합니다)
cli-pregnancy-record-dental-about = 임산부 치과 검진
cli-pregnancy-record-vaccination-about = 임신 중 예방접종(예: RS 바이러스 모자 면역 백신)
cli-pregnancy-record-class-about = 부모 교실·엄마 교실
cli-pregnancy-record-environment-about = 일이나 생활 환경 메모
cli-pregnancy-record-postnatal-checkup-about = 산후 검진(엄마의 검진)
cli-pregnancy-pregnancy-help = 임신의 ID(“hagu pregnancy list --json”으로 확인할 수 있습니다)
cli-pregnancy-record-id-help = 기록의 ID(“hagu pregnancy record list”로 확인할 수 있습니다)
cli-pregnancy-kind-help = 이 종류의 기록만
cli-pregnancy-deleted-help = 삭제한 기록도 포함
cli-pregnancy-record-list-json-help = 기계가 읽을 수 있는 JSON 배열로 출력(형식: docs/export-format.md)
cli-pregnancy-history-json-help = 기계가 읽을 수 있는 JSON 배열로 출력(record_id, change, previous, changed_at)
cli-pregnancy-date-help = 날짜(예: 2026-11-24)
cli-pregnancy-notification-date-help = 신고한 날(예: 2026-07-10)
cli-pregnancy-method-help = 예정일 결정 방법: last-period(마지막 월경), ultrasound(초음파 검사), other(기타)
cli-pregnancy-weight-help = 체중(kg, 예: 58.4)
cli-pregnancy-systolic-help = 혈압·최고(mmHg)
cli-pregnancy-diastolic-help = 혈압·최저(mmHg)
cli-pregnancy-urine-protein-help = 소변 단백: - ± + ++ +++(negative, trace, plus1, plus2, plus3도 가능)
cli-pregnancy-urine-sugar-help = 소변 당: - ± + ++ +++(negative, trace, plus1, plus2, plus3도 가능)
cli-pregnancy-edema-help = 부종: - + ++(negative, plus1, plus2도 가능)
cli-pregnancy-fundal-height-help = 자궁저 높이(cm)
cli-pregnancy-abdominal-girth-help = 복부 둘레(cm)
cli-pregnancy-fetal-heart-help = 아기의 심박: present(있음), absent(확인하지 못함), not-checked(미확인)
cli-pregnancy-heart-rate-help = 아기의 심박수(회/분)
cli-pregnancy-notes-help = 메모
cli-pregnancy-facility-help = 의료기관
cli-pregnancy-vaccine-help = 백신의 ID(예: rsv-maternal)
cli-pregnancy-lot-help = 로트 번호
cli-pregnancy-findings-help = 소견
cli-pregnancy-class-name-help = 교실 이름
cli-pregnancy-text-help = 메모 내용
cli-pregnancy-timing-help = 검진 시기: two-weeks(산후 2주), one-month(산후 1개월), other(기타)
cli-pregnancy-epds-help = EPDS 합계 점수(0–30)
cli-pregnancy-line = #{ $id }  { $title }  출산 예정일 { $expected }  { $status }
cli-pregnancy-added = 임신을 추가했습니다: { $pregnancy }
cli-pregnancy-none = 등록된 임신이 없습니다. “hagu pregnancy add”로 추가할 수 있습니다.
cli-pregnancy-record-added = 기록 #{ $id }을(를) 추가했습니다({ $title }): { $entry }
cli-pregnancy-record-edited = 기록 #{ $id }을(를) 변경했습니다: { $entry }
cli-pregnancy-record-deleted = 기록 #{ $id }을(를) 삭제했습니다. { $until }까지는 “hagu pregnancy record restore { $id }”로 되돌릴 수 있습니다.
cli-pregnancy-record-restored = 기록 #{ $id }을(를) 되돌렸습니다: { $entry }
cli-pregnancy-record-none = 기록이 없습니다. “hagu pregnancy record add”로 추가할 수 있습니다.
cli-pregnancy-no-pregnancy = ID { $id }인 임신이 없습니다. “hagu pregnancy list --json”으로 확인해 주세요. 아무것도 변경하지 않았습니다.
cli-pregnancy-no-record = ID { $id }인 기록이 없습니다. “hagu pregnancy record list”로 확인해 주세요. 아무것도 변경하지 않았습니다.
cli-pregnancy-record-kind-mismatch = 기록 #{ $id }은(는) { $kind } 기록입니다. “hagu pregnancy record edit { $id } { $kind } …”로 변경해 주세요. 아무것도 변경하지 않았습니다.
cli-pregnancy-record-is-deleted = 기록 #{ $id }은(는) 삭제되었습니다. 먼저 “hagu pregnancy record restore { $id }”로 되돌려 주세요. 아무것도 변경하지 않았습니다.
cli-pregnancy-record-already-deleted = 기록 #{ $id }은(는) 이미 삭제되었습니다. 아무것도 변경하지 않았습니다.
cli-pregnancy-record-not-deleted = 기록 #{ $id }은(는) 삭제되지 않았으므로 되돌릴 것이 없습니다.
cli-pregnancy-record-too-old = 기록 #{ $id }은(는) 삭제 후 30일이 지나서 되돌릴 수 없습니다.
cli-pregnancy-photo-about = 임신 중·산후 기록의 사진을 추가·목록·내보내기·삭제·복원합니다(JPEG 또는 PNG. 앱과 마찬가지로 촬영 장소 등의 정보는 제거합니다)
cli-pregnancy-photo-not-theirs = 기록 #{ $record }은(는) “{ $title }”의 기록이 아닙니다. 아무것도 저장하지 않았습니다.
cli-pregnancy-history-none = 기록 #{ $id }은(는) 변경되지 않았습니다.
