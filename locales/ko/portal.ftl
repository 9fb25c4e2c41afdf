# Hagukumi — ko, portal.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Official data (portal sync, マイナポータル): consent, sync, official records, pre-visit questionnaires

portal-category-children = 자녀의 기본 정보
portal-category-vaccinations = 예방접종 기록
portal-category-checkups = 임산부·영유아 검진 결과
portal-category-certificates = 의료비 지원 수급자증(受給者証)
portal-category-benefits = 급부 신청과 상황
portal-category-notices = 시구정촌의 알림

portal-benefit-submitted = 신청 완료
portal-benefit-under-review = 심사 중
portal-benefit-returned = 반려(수정 필요)
portal-benefit-approved = 결정
portal-benefit-paid = 지급 완료
portal-benefit-rejected = 부지급

sync-error-offline = 포털에 연결할 수 없습니다. 신호가 있는 곳에서 나중에 다시 시도해 주세요(수첩은 그대로 사용할 수 있습니다)
sync-error-interrupted = 통신이 도중에 끊겼습니다. 나중에 다시 시도해 주세요
sync-error-server = 포털 측에 문제가 생겼습니다. 잠시 후 시도해 주세요
sync-error-busy = 포털이 혼잡합니다. 잠시 후 시도해 주세요
sync-error-refused = 포털이 요청을 받아들이지 않았습니다
sync-error-consent-expired = 포털에 대한 동의 기한이 지났거나 취소되었습니다. 다시 연결해 주세요
sync-error-not-connected = 포털에 연결되어 있지 않습니다
sync-error-not-consented = 이 항목의 연계에 동의하지 않았습니다
sync-error-consent-denied = 브라우저에서 동의가 이루어지지 않았습니다
sync-error-consent-timeout = 브라우저의 응답 없이 시간이 지났습니다. 다시 시도해 주세요
sync-error-loopback = 동의를 받을 준비를 하지 못했습니다. 다시 시도해 주세요
sync-error-consent-foreign = 이번 동의에 대한 응답이 아니어서 아무것도 바꾸지 않았습니다. 다시 시도해 주세요
sync-error-signature = 포털 데이터의 서명을 확인할 수 없어 받지 않았습니다(아무것도 저장하지 않았습니다)
sync-error-bad-page = 포털 데이터에 결함이 있어 받지 않았습니다(아무것도 저장하지 않았습니다)
sync-error-other-account = 포털에서 다른 이용자 앞의 데이터가 도착하여 받지 않았습니다(아무것도 저장하지 않았습니다)
sync-error-other-request = 포털에서 다른 요청에 대한 답이 도착하여 받지 않았습니다(아무것도 저장하지 않았습니다)
sync-error-stale-page = 이미 받은 것보다 오래된 데이터가 도착하여 받지 않았습니다(아무것도 저장하지 않았습니다)
sync-error-bad-rules = 포털의 규칙 업데이트가 확인을 통과하지 못해 사용하지 않았습니다(일정은 기존 규칙 그대로입니다)
sync-error-too-large = 포털 데이터가 너무 커서 받지 않았습니다(아무것도 저장하지 않았습니다)
sync-error-insecure = 포털 주소가 안전한 연결(https)이 아니어서 연결하지 않았습니다
sync-error-no-portal = 이 앱에는 포털이 설정되어 있지 않습니다
sync-error-development-key = 설정된 포털이 개발용 키를 사용하므로 이 버전에서는 연결하지 않습니다
sync-error-bad-profile = 포털 설정을 읽을 수 없었습니다
sync-error-child-not-linked = 이 자녀는 포털의 정보와 연결되어 있지 않습니다. 먼저 동기화해 주세요

questionnaire-feels-well = 오늘 몸에 불편한 곳은 없습니까
questionnaire-ill-last-month = 최근 1개월 이내에 병에 걸린 적이 있습니까
questionnaire-vaccinated-last-month = 1개월 이내에 예방접종을 받았습니까
questionnaire-reaction-before = 지금까지의 예방접종으로 몸이 안 좋아진 적이 있습니까
questionnaire-seizures = 지금까지 경련을 일으킨 적이 있습니까

error-record-official = 포털에서 온 공식 기록은 변경·삭제할 수 없습니다
error-no-such-conflict = 이 기록은 이미 확인했습니다

## The official data screen

portal-title = 공식 데이터
portal-card-title = 공식 데이터(마이나포털 연계)
portal-card-intro = 예방접종과 검진의 공식 기록, 수급자증, 급부 상황을 이 수첩으로 가져올 수 있습니다.
portal-card-connected = 포털과 연결되어 있습니다
portal-card-conflicts = 확인이 필요한 기록이 { $count }건 있습니다
portal-card-open = 공식 데이터 보기
portal-intro = 마이나포털(マイナポータル) 등 공공 서비스에서 기록을 받을 수 있습니다. 당신이 수첩에 쓴 기록은 그대로 남습니다.
portal-shared-title = 받는 것(동의 화면에서 확인할 수 있습니다)
portal-scope-questionnaires = 예진표 보내기(당신이 보내기로 했을 때만)
portal-connect = 포털에 연결
portal-connect-note = 브라우저에서 동의 화면이 열립니다. 동의가 끝나면 이 화면에 자동으로 반영됩니다. Hagukumi는 마이넘버를 다루지 않습니다.
portal-consenting-title = 브라우저에서 동의해 주세요
portal-consenting-body = 브라우저가 열리지 않으면 다음 주소를 복사하여 브라우저에서 열어 주세요(5분간 유효).
portal-consenting-reopen = 브라우저에서 다시 열기
portal-consenting-wait = 동의가 끝나기를 기다리는 중…
portal-connected-to = 연계 대상: { $portal }
portal-last-synced = 마지막 동기화: { $when }
portal-never-synced = 아직 동기화하지 않았습니다
portal-syncing = 동기화하는 중…
portal-pending-writes = 전송 대기: { $count }건
portal-sync-now = 지금 동기화
portal-synced = 동기화했습니다
portal-disconnect = 연계 그만두기
portal-disconnect-confirm = 연계를 그만두시겠습니까? 지금까지 받은 기록은 수첩에 남습니다.
portal-disconnect-yes = 연계 그만두기
portal-disconnect-no = 그대로 계속하기
portal-disconnected = 연계를 그만두었습니다. 받은 기록은 그대로 남아 있습니다.
portal-offline-note = 수첩은 그대로 사용할 수 있습니다. 연결되면 나머지를 받습니다.

portal-conflicts-title = 확인이 필요한 기록
portal-conflicts-intro = 당신의 기록과 공식 기록의 접종일이 다릅니다. 어느 쪽을 남길지 선택해 주세요.
portal-conflict-mine = 당신의 기록: { $date }
portal-conflict-official = 공식 기록: { $date }
portal-keep-mine = 내 기록 남기기
portal-use-official = 공식 기록으로 하기
portal-resolved-kept = 당신의 기록을 남겼습니다.
portal-resolved-official = 공식 기록으로 했습니다. 당신의 기록은 30일 이내라면 “최근 삭제한 기록”에서 되돌릴 수 있습니다.

portal-certificates-title = 수급자증
portal-certificate-payer = 공비 부담자 번호(公費負担者番号)
portal-certificate-recipient = 수급자 번호(受給者番号)
portal-certificate-valid = 유효 기간
portal-certificate-valid-range = { $from }–{ $to }
portal-certificate-copay = 자기 부담 상한
portal-copay-per-visit = 1회 { $yen }엔
portal-copay-monthly = 월 { $yen }엔
portal-benefits-title = 급부 신청과 상황
portal-benefit-applied = 신청일 { $date }
portal-benefit-updated = 갱신일 { $date }
portal-yen = { $yen }엔
portal-notices-title = 알림
portal-checkups-title = 임산부 검진·산모 검진 기록(공식)
portal-child-checkups-title = 검진 기록(공식)
portal-nothing-yet = 아직 도착하지 않았습니다
portal-for-child = { $name }
portal-facility = 실시: { $facility }
portal-findings = 소견: { $findings }
portal-blood-pressure = 혈압 { $value }
portal-epds = EPDS { $value }점
portal-gestation-weeks = 임신 { $weeks }주

portal-badge-official = 공식
portal-badge-official-hint = 포털에서 온 공식 기록입니다(변경·삭제할 수 없습니다)
portal-badge-linked = 공식과 일치
portal-badge-linked-hint = 공식 기록과 같은 내용입니다
portal-badge-conflict = 확인 필요
portal-badge-conflict-hint = 공식 기록과 접종일이 다릅니다. 공식 데이터 화면에서 선택할 수 있습니다

portal-consent-page-title = 절차가 끝났습니다
portal-consent-page-body = 이 페이지를 닫고 Hagukumi로 돌아가 주세요.

## Pre-visit questionnaire (予診票)

questionnaire-title = 예진표(예방접종 전에, 予診票)
questionnaire-intro = 접종 전에 예진표 내용을 포털을 통해 보낼 수 있습니다. 당일에는 의료기관의 지시에 따라 주세요.
questionnaire-not-linked = 포털과 연결되고 이 자녀의 정보가 동기화되면 예진표를 보낼 수 있습니다.
questionnaire-date = 접종 예정일
questionnaire-note = 의사에게 전하고 싶은 것(선택)
questionnaire-questions = 질문
questionnaire-answer-all = 모든 질문에 “예” 또는 “아니요”로 답해 주세요
questionnaire-submit = 예진표 보내기
questionnaire-queued = 예진표를 접수했습니다. 전송 상황은 아래 목록에 표시됩니다.
questionnaire-list-title = 보낸 예진표
questionnaire-entry = { $vaccine } · 접종 예정 { $date }
questionnaire-pending = 전송 대기
questionnaire-sent = 전송 완료
questionnaire-rejected = 접수되지 않았습니다
questionnaire-date-hint = 오늘부터 90일 후까지
questionnaire-date-range = 오늘부터 90일 후까지의 날짜를 입력해 주세요
questionnaire-temperature-range = 34–42℃ 범위로 입력해 주세요

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
