# Hagukumi — ko, benefits.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Benefit applications and their state (018サポート, 赤ちゃんファースト, 児童手当, …)

benefits-title = 급부 신청과 상황
benefits-open = 신청과 상황 보기
benefits-back = 돌아가기
benefits-none = 아직 신청이 없습니다. 아래의 “함께 신청” 또는 “직접 기록”에서 시작할 수 있습니다.
benefits-list-heading = 신청
benefits-next-payment-heading = 다음 지급
benefits-no-payment = 예정된 지급이 아직 없습니다.
benefit-state-not-applied = 미신청
benefit-state-applied = 신청 완료
benefit-state-approved = 결정
benefit-state-paid = 지급 완료
benefit-state-needs-action = 대응 필요
benefit-source-official = 공식
benefit-source-tracked = 직접 기록
benefit-source-registry = 받을 수 있는 제도
benefit-portal-status = 창구 상황: { $status }
benefit-applied-on = 신청일 { $date }
benefit-deadline = 기한 { $date }({ $days }일 남음)
benefit-deadline-passed = 기한 { $date }(지났습니다)
benefit-amount = { $yen }엔
benefit-next-payment = { $date }에 { $yen }엔
benefit-next-payment-of = 다음 지급: { $program } { $date }에 { $yen }엔
benefit-delete = 삭제
benefit-reminder-title = { $who }의 기한이 다가오고 있습니다
benefit-reminder-body = { $who }의 기한은 { $date }입니다({ $days }일 남음). 신청이나 필요한 절차를 마쳐 주세요.
benefit-error-already-pending = 전송 대기 중인 신청이 있습니다. 통신할 수 있게 되면 자동으로 보내지므로 다시 신청할 필요는 없습니다.
benefit-error-refused = 포털이 이 신청을 받아들이지 않았습니다. 자녀의 이름과 생년월일을 확인하고 다시 신청하거나, 구시정촌 창구에 문의해 주세요.
benefit-error-no-children = 수첩에 자녀가 등록되어 있지 않습니다. 먼저 홈의 “자녀 추가”에서 등록해 주세요.
benefit-no-such-application = 그 기록을 찾을 수 없습니다. `hagu benefits`로 번호를 확인해 주세요.

once-only-title = 018서포트(018サポート)·아카짱 퍼스트(赤ちゃんファースト) 함께 신청
once-only-intro = 수첩의 자녀 정보로 입력되어 있습니다. 내용을 확인한 후 보내 주세요. 마이넘버는 입력하지 않습니다.
once-only-programs = 신청할 제도: 018서포트(자녀 1명당 월 5,000엔)와 아카짱 퍼스트(2025년 4월 1일 이후 출생아, 10만 엔 상당의 기프트 포인트). 대상 여부는 포털이 결정합니다.
once-only-child = { $name }({ $date } 출생)
once-only-confirm = 위의 내용으로 신청합니다(확인했습니다)
once-only-confirm-needed = 보내기 전에 내용을 확인하고 “확인했습니다”에 체크해 주세요
once-only-send = 신청 보내기
once-only-queued = 신청을 접수했습니다. 포털로 보내는 중입니다.
once-only-sent = 신청을 포털로 보냈습니다. 상황은 이 화면에 표시됩니다.
once-only-not-connected = 포털에 연결되어 있지 않아 신청이 전송 대기 중입니다. 홈의 “공식 데이터”에서 포털에 연결하면 보내집니다.
submission-pending = 전송 대기: { $children }
submission-pending-problem = 전송 대기: { $children }({ $problem } 통신할 수 있게 되면 자동으로 보냅니다)
submission-sent = 전송 완료·상황 확인 중: { $children }
submission-refused = 접수되지 않았습니다: { $children }

track-title = 신청을 직접 기록
track-intro = 창구나 우편으로 신청한 급부도 여기에서 상황·기한·다음 지급을 관리할 수 있습니다.
track-save = 기록하기
track-saved = 기록했습니다

## hagu benefits
cli-benefits-about = 급부 신청과 상황을 표시합니다(018서포트·아카짱 퍼스트 함께 신청, 직접 기록한 신청)
cli-benefits-json-help = JSON으로 출력합니다(스크립트용)
cli-benefits-apply-about = 018서포트와 아카짱 퍼스트를 함께 신청합니다(전송 대기에 넣고 `hagu sync`로 보냅니다). 마이넘버는 사용하지 않습니다
cli-benefits-guardian-help = 보호자 이름(한 번 입력하면 다음부터는 생략할 수 있습니다)
cli-benefits-child-help = 신청할 자녀의 번호(여러 번 지정할 수 있습니다. 생략하면 수첩의 자녀 전원)
cli-benefits-track-about = 창구나 우편으로 신청한 급부를 직접 기록합니다
cli-benefits-program-help = 제도 이름(예: 아동수당 児童手当)
cli-benefits-state-help = 상황: not-applied(미신청), applied(신청 완료), approved(결정), paid(지급 완료), needs-action(대응 필요)
cli-benefits-applied-on-help = 신청일
cli-benefits-deadline-help = 기한(이날 전에 알려 드립니다)
cli-benefits-payment-date-help = 다음 지급일
cli-benefits-payment-yen-help = 다음 지급액(엔)
cli-benefits-note-help = 메모
cli-benefits-delete-about = 직접 기록한 신청을 삭제합니다
cli-benefits-id-help = 기록 번호(`hagu benefits`의 # 뒤 숫자)
cli-benefits-deleted = 삭제했습니다
cli-benefits-tracked = 기록했습니다(#{ $id })
cli-benefits-queued = 신청을 전송 대기에 넣었습니다(#{ $id }). `hagu sync`로 포털에 보냅니다.
benefits-to-apply = 아직 신청하지 않은 급부가 { $count }건 있습니다
