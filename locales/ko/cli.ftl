# Hagukumi — ko, cli.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## hagu, the command-line tool

## Help

cli-about = Hagukumi(모자건강수첩)의 암호화된 수첩을 명령줄에서 다룹니다.
cli-usage-heading = 사용법
cli-commands-heading = 명령
cli-options-heading = 옵션
cli-help-flag = 이 도움말을 표시합니다
cli-version-flag = 버전을 표시합니다
cli-data-dir-help = 수첩의 데이터 폴더(생략하면 앱과 같은 위치)
cli-init-new-help = 이 폴더에서 옮겨 간 수첩의 키가 키체인에 남아 있어도 여기에 새 수첩을 만듭니다(그 키는 남겨 둡니다)
cli-init-about = 암호화된 수첩을 만듭니다(이미 있으면 열 수 있는지 확인합니다)
cli-child-about = 자녀를 추가하거나 목록을 표시합니다
cli-child-add-about = 자녀를 추가합니다
cli-child-name-help = 자녀의 이름
cli-child-birth-help = 생년월일(예: 2025-04-01)
cli-child-list-about = 등록된 자녀의 목록을 표시합니다
cli-child-list-json-help = 기계가 읽을 수 있는 JSON 배열로 출력합니다(id, name, birth_date)
cli-verify-about = 기존 수첩을 열어 암호 인증과 무결성을 검사합니다(수첩은 만들지 않습니다)
cli-arguments-heading = 인수
cli-record-about = 자녀의 기록(예방접종·계측·할 수 있게 된 날·메모·알레르기·질병·출생·검진·치과 검진·눈과 귀 등의 검사·약)을 추가·목록·변경·삭제·복원합니다
cli-record-add-about = 자녀에게 기록을 추가합니다
cli-record-list-about = 자녀의 기록을 날짜가 오래된 순으로 목록 표시합니다
cli-record-edit-about = 기록을 변경합니다. 지정하지 않은 항목은 지금 값 그대로입니다. 빈 값("")을 지정하면 선택 항목을 지울 수 있습니다. 변경 전 내용은 이력에 남습니다
cli-record-delete-about = 기록을 삭제합니다(30일 이내라면 되돌릴 수 있습니다)
cli-record-restore-about = 30일 이내에 삭제한 기록을 되돌립니다
cli-record-history-about = 기록의 변경 전 내용을 오래된 순으로 표시합니다
cli-record-vaccination-about = 예방접종
cli-record-measurement-about = 신체 계측(체중·신장·머리둘레·가슴둘레 중 적어도 하나)
cli-record-milestone-about = 할 수 있게 된 날(처음 걸었다 등)
cli-record-note-about = 자유 메모
cli-record-allergy-about = 알레르기(음식·약 등)
cli-record-illness-about = 앓은 질병
cli-record-child-help = 자녀의 ID(“hagu child list --json”으로 확인할 수 있습니다)
cli-record-id-help = 기록의 ID(“hagu record list”로 확인할 수 있습니다)
cli-record-kind-help = 이 종류의 기록만
cli-record-deleted-help = 삭제한 기록도 포함합니다
cli-record-list-json-help = 기계가 읽을 수 있는 JSON 배열로 출력합니다(형식: docs/export-format.md)
cli-record-history-json-help = 기계가 읽을 수 있는 JSON 배열로 출력합니다(record_id, change, previous, changed_at)
cli-record-date-help = 날짜(예: 2025-04-01)
cli-record-vaccine-help = 백신의 ID(예: hib, pcv, mr)
cli-record-dose-help = 몇 회차인지(1–10)
cli-record-manufacturer-help = 제조사
cli-record-lot-help = 로트 번호
cli-record-facility-help = 의료기관
cli-record-funding-help = 비용: public(정기접종) 또는 self-paid(임의접종·자비)
cli-record-weight-help = 체중(kg, 예: 6.1)
cli-record-height-help = 신장(cm)
cli-record-head-help = 머리둘레(cm)
cli-record-chest-help = 가슴둘레(cm)
cli-record-what-help = 할 수 있게 된 것
cli-record-note-help = 한마디 메모
cli-record-text-help = 메모 내용
cli-record-allergy-date-help = 언제부터(예: 2025-04-01)
cli-record-substance-help = 원인(음식·약 등)
cli-record-reaction-help = 증상
cli-record-illness-help = 병명
cli-export-about = 수첩 전체를 하나의 JSON으로 출력합니다. 암호화되어 있지 않습니다(형식: docs/export-format.md)
cli-export-json-help = JSON으로 출력합니다(필수. 현재는 이 형식만)
cli-export-output-help = 표준 출력 대신 이 파일에 씁니다(본인만 읽을 수 있는 권한으로 생성)
cli-import-about = JSON 내보내기를 빈 수첩에 복원합니다(수첩이 없으면 만듭니다). 전부 가져오거나 아무것도 가져오지 않거나 둘 중 하나입니다
cli-import-json-help = 파일은 JSON 내보내기입니다(필수. 현재는 이 형식만)
cli-import-file-help = 내보내기 파일. -이면 표준 입력에서 읽습니다
cli-after-help =
    환경 변수:
      HAGUKUMI_PASSPHRASE  암호문(OS 키체인을 사용하지 않는 경우)
      HAGUKUMI_LANG        표시 언어(ja, ja-x-easy, en, zh-Hans, ko, vi,
                           pt-BR, ne, tl, id, th, es)

    종료 코드:
      0  성공
      1  기타 오류(파일을 읽거나 쓸 수 없음, 기기의 저장 공간 부족 등)
      2  명령 사용법 오류
      3  입력 오류(아무것도 저장하지 않았습니다). 존재하지 않는 자녀나 기록, 30일이 지난 삭제의 취소, 가져올 수 없는 내보내기, 12자 미만의 암호문, 입력 실수가 있는 복구 코드, 여기에는 복원할 수 없는 백업도 포함합니다
      4  수첩을 열 수 없음(수첩이 없음, 키가 다름, Hagukumi 데이터가 아님, 키를 찾을 수 없음, 키체인도 암호문도 없음, 암호문이 필요함, 복구 코드로 열 수 없음, 수첩이 이 폴더에서 이동됨)
      5  새로운 버전의 Hagukumi로 쓰인 수첩
      6  수첩이 손상됨(verify가 문제를 발견했을 때 등) 또는 백업이 손상됨
cli-usage-error = 명령 사용법이 올바르지 않습니다. “hagu --help”로 확인할 수 있습니다.

## The handbook

cli-init-created = 수첩을 만들었습니다: { $path }
cli-init-exists = 수첩이 이미 있으며 문제없이 열렸습니다: { $path }
cli-key-os = 키 보관: OS 자격 증명 저장소(키체인)
cli-key-passphrase = 키 보관: 암호문(환경 변수 HAGUKUMI_PASSPHRASE)
cli-no-handbook = { $path }에 수첩이 없습니다. 먼저 “hagu init”으로 만들어 주세요.
cli-no-data-dir = 데이터 폴더를 정할 수 없습니다. --data-dir로 지정해 주세요.

## Children

cli-child-line = { $name }  { $birth } 출생  { $age }
cli-child-added = 자녀를 추가했습니다: { $child }
cli-child-none = 아직 자녀가 등록되지 않았습니다. “hagu child add”로 추가할 수 있습니다.
cli-age-unknown = 나이 불명
cli-field-error = { $field }: { $message }
cli-nothing-saved = 아무것도 저장하지 않았습니다.

## Verify

cli-verify-ok = 수첩에 문제가 없습니다: { $path }
cli-verify-schema = 스키마 버전: { $version }
cli-verify-cipher = SQLCipher 버전: { $version }
cli-verify-problems = 수첩에서 문제가 발견되었습니다({ $count }건): { $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (삭제됨. { $until }까지 되돌릴 수 있습니다)
cli-record-mark-gone = (삭제됨)
cli-datetime = { $date } { $time }
cli-record-none = 기록이 아직 없습니다. “hagu record add”로 추가할 수 있습니다.
cli-record-added = { $name }의 기록 #{ $id }을(를) 추가했습니다: { $entry }
cli-record-edited = 기록 #{ $id }을(를) 변경했습니다: { $entry }
cli-record-deleted = 기록 #{ $id }을(를) 삭제했습니다. { $until }까지는 “hagu record restore { $id }”로 되돌릴 수 있습니다.
cli-record-restored = 기록 #{ $id }을(를) 되돌렸습니다: { $entry }
cli-record-no-child = ID { $id }인 자녀가 없습니다. “hagu child list --json”으로 확인해 주세요. 아무것도 변경하지 않았습니다.
cli-record-no-record = ID { $id }인 기록이 없습니다. “hagu record list”로 확인해 주세요. 아무것도 변경하지 않았습니다.
cli-record-kind-mismatch = 기록 #{ $id }의 종류는 { $kind }입니다. “hagu record edit { $id } { $kind } …”로 변경해 주세요. 아무것도 변경하지 않았습니다.
cli-record-is-deleted = 기록 #{ $id }은(는) 삭제되었습니다. 먼저 “hagu record restore { $id }”로 되돌려 주세요. 아무것도 변경하지 않았습니다.
cli-record-already-deleted = 기록 #{ $id }은(는) 이미 삭제되었습니다. 아무것도 변경하지 않았습니다.
cli-record-not-deleted = 기록 #{ $id }은(는) 삭제되지 않았으므로 되돌릴 것이 없습니다.
cli-record-too-old = 기록 #{ $id }은(는) 삭제 후 30일이 지나서 되돌릴 수 없습니다.
cli-record-official = 기록 #{ $id }은(는) 포털에서 온 공식 기록이므로 변경·삭제할 수 없습니다.
cli-history-line = { $at }  { $change }. 변경 전: { $entry }
cli-history-edit = 변경
cli-history-delete = 삭제
cli-history-restore = 복원
cli-history-none = 기록 #{ $id }은(는) 변경되지 않았습니다.

## Photos of records

cli-photo-about = 자녀 기록의 사진을 추가·목록·내보내기·삭제·복원합니다(JPEG 또는 PNG. 앱과 마찬가지로 촬영 장소 등의 정보는 제거합니다)
cli-photo-add-about = 기록에 사진을 추가합니다(JPEG 또는 PNG, 8MB까지, 기록 하나에 10장까지). 촬영 장소나 카메라 등의 정보는 저장하기 전에 제거합니다
cli-photo-list-about = 사진(ID·기록·형식·크기·추가 일시) 목록을 표시합니다. 모든 기록의 사진 또는 하나의 기록의 사진
cli-photo-export-about = 수첩에 저장된 그대로의 사진을 파일로 내보냅니다
cli-photo-delete-about = 사진을 삭제합니다(30일 이내라면 되돌릴 수 있습니다)
cli-photo-restore-about = 30일 이내에 삭제한 사진을 되돌립니다
cli-photo-file-help = 사진 파일(JPEG 또는 PNG)
cli-photo-output-help = 내보낼 파일(“-”는 표준 출력). 같은 이름의 파일은 바꿉니다
cli-photo-id-help = 사진의 ID(“{ $command } list”로 확인할 수 있습니다)
cli-photo-list-record-help = 이 기록의 사진만
cli-photo-list-deleted-help = 삭제한 사진도 포함합니다
cli-photo-list-json-help = 기계가 읽을 수 있는 JSON 배열로 출력합니다(id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = 기록 #{ $record }에 사진 #{ $id }을(를) 추가했습니다({ $mime }, { $size }바이트). 촬영 장소 등의 정보는 제거했습니다.
cli-photo-line = #{ $id }  기록 #{ $record }  { $mime }  { $size }바이트  { $at } 추가
cli-photo-none = 사진이 아직 없습니다. “{ $command } add”로 추가할 수 있습니다.
cli-photo-exported = 사진 #{ $id }({ $mime }, { $size }바이트)을(를) 내보냈습니다: { $path }
cli-photo-deleted = 사진 #{ $id }을(를) 삭제했습니다. { $until }까지는 “{ $command } restore { $id }”로 되돌릴 수 있습니다.
cli-photo-restored = 기록 #{ $record }의 사진 #{ $id }을(를) 되돌렸습니다.
cli-photo-already-deleted = 사진 #{ $id }은(는) 이미 삭제되었습니다. 아무것도 변경하지 않았습니다.
cli-photo-not-deleted = 사진 #{ $id }은(는) 삭제되지 않았으므로 되돌릴 것이 없습니다.
cli-photo-too-old = 사진 #{ $id }은(는) 삭제 후 30일이 지나서 되돌릴 수 없습니다.
cli-photo-is-deleted = 사진 #{ $id }은(는) 삭제되었습니다. 먼저 “{ $command } restore { $id }”로 되돌려 주세요. 아무것도 내보내지 않았습니다.
cli-photo-no-photo = ID { $id }인 사진이 없습니다. “{ $command } list”로 확인해 주세요. 아무것도 변경하지 않았습니다.
cli-photo-not-theirs = 기록 #{ $record }은(는) { $name }의 기록이 아닙니다. 아무것도 저장하지 않았습니다.
cli-photo-cannot-read = { $path }을(를) 읽을 수 없습니다: { $detail }

## Export and import

cli-export-plaintext = 주의: 내보내기는 암호화되어 있지 않습니다. 읽을 수 있는 사람은 수첩의 모든 내용을 읽을 수 있습니다. 소중히 보관하고, 필요 없어지면 삭제해 주세요.
cli-export-written = 내보내기를 썼습니다: { $path }
cli-export-cannot-write = { $path }에 쓸 수 없습니다: { $detail }
cli-import-cannot-read = { $path }을(를) 읽을 수 없습니다: { $detail }
cli-import-too-large = { $path }은(는) 너무 큽니다(상한 { $limit } MB). Hagukumi의 내보내기는 이렇게 커지지 않습니다. 올바른 파일인지 확인해 주세요.
cli-import-not-json = JSON 문서가 아닙니다: { $detail }
cli-import-not-an-export = Hagukumi 내보내기가 아닙니다(“format”이 “hagukumi-export”가 아닙니다).
cli-import-version = 이 내보내기의 형식은 버전 { $version }입니다. 이 hagu가 읽을 수 있는 것은 버전 { $supported }입니다. Hagukumi를 업데이트해 주세요.
cli-import-invalid = 내보내기 내용에 모순이 있거나 손상되었습니다: { $detail }
cli-import-not-empty = { $path }의 수첩에는 이미 데이터가 있습니다. 내보내기는 빈 수첩에만 가져올 수 있습니다(새 --data-dir 등을 사용해 주세요).
cli-import-nothing = 아무것도 가져오지 않았습니다.
cli-import-done = { $path }에 가져왔습니다: 자녀 { $children }명, 임신 { $pregnancies }건, 기록 { $records }건
cli-import-unverified = 공식 데이터 { $count }건은 서명을 확인할 수 없어 본인의 기록으로 가져왔습니다(편집·삭제할 수 있습니다. 다음 동기화 때 포털에서 다시 도착합니다).
cli-import-reference-portal-help = 공식 데이터의 서명을 참조용 포털(개발용 키)로도 확인합니다(데모와 테스트용)

## hagu schedule / hagu summary

cli-schedule-about = 예방접종과 검진 일정을 표시합니다(텍스트, JSON, 캘린더용 ICS)
cli-schedule-child-help = 이 자녀만(생략하면 전원)
cli-schedule-as-of-help = 이 날을 “오늘”로 계산합니다(예: 2026-12-01)
cli-schedule-json-help = JSON으로 출력합니다(형식은 docs/cli-schedule.md)
cli-schedule-ics-help = 캘린더로 가져올 수 있는 iCalendar(.ics) 형식으로 출력합니다
cli-schedule-person = { $name }
cli-summary-about = 진료용 요약(1페이지 HTML)을 출력합니다
cli-summary-child-help = 요약을 만들 자녀의 ID
cli-summary-output-help = 표준 출력이 아니라 이 파일에 씁니다
cli-summary-written = 진료용 요약을 썼습니다(암호화되지 않은 파일입니다. 취급에 주의해 주세요)

## hagu sync
cli-sync-about = 포털(마이나포털형)에서 공식 기록을 가져옵니다. 하위 명령 없이 실행하면 지금 동기화합니다
cli-sync-portal-help = 포털 주소(생략하면 연결된 포털)
cli-sync-reference-portal-help = 참조용 포털(개발용 키·가상 데이터)을 사용(데모와 테스트용)
cli-sync-reference-hint = 참조용 포털(개발용·가상 데이터)에 연결하려면 --reference-portal을 붙여 주세요.
cli-sync-page-limit-help = 한 번에 받을 건수(1–200)
cli-sync-json-help = 기계가 읽을 수 있는 JSON으로 출력합니다
cli-sync-connect-about = 포털에 연결합니다(표시되는 주소를 브라우저에서 열어 동의합니다)
cli-sync-timeout-help = 브라우저에서의 동의를 기다리는 초 수
cli-sync-status-about = 동기화 상황(마지막 동기화, 전송 대기, 확인이 필요한 기록)을 표시합니다
cli-sync-official-about = 포털에서 온 공식 기록 목록을 표시합니다
cli-sync-child-help = 자녀의 번호
cli-sync-resolve-about = 포털 기록과 본인의 기록이 다를 때 어느 쪽을 남길지 정합니다
cli-sync-resolve-id-help = 포털 기록의 ID(“hagu sync official”로 표시)
cli-sync-keep-mine-help = 본인의 기록을 남깁니다
cli-sync-use-official-help = 포털 기록을 사용합니다(본인의 기록은 삭제 처리되며 30일간 되돌릴 수 있습니다)
cli-sync-questionnaire-about = 예방접종 예진표를 전송 대기에 넣습니다(다음 동기화 때 보냅니다)
cli-sync-vaccine-help = 백신의 ID(예: mr)
cli-sync-date-help = 접종 예정일
cli-sync-temperature-help = 체온(℃)
cli-sync-answer-help = 질문에 대한 답(예: feels-well=yes). 모든 질문에 답해 주세요
cli-sync-note-help = 의사에게 전하고 싶은 것
cli-sync-disconnect-about = 포털과의 연결을 그만두고 동의를 취소합니다(가져온 기록은 남습니다)
cli-sync-open-this = 다음 주소를 브라우저에서 열고 연계할 항목에 동의해 주세요:
cli-sync-browser-done = Hagukumi와의 연계가 완료되었습니다. 이 페이지를 닫고 터미널로 돌아가 주세요.
cli-sync-connected = { $portal }에 연결했습니다(동의한 항목: { $scopes }). “hagu sync”로 가져옵니다.
cli-sync-scope-questionnaires = 예진표 전송
cli-sync-done = 동기화했습니다: 새 기록 { $added }건, 본인 기록과 일치 { $linked }건, 확인 필요 { $conflicts }건, 갱신 { $updated }건, 변경 없는 항목 { $unchanged }, 전송 { $sent }건
cli-sync-conflicts-waiting = 본인의 기록과 다른 공식 기록이 { $count }건 있습니다. “hagu sync official”로 확인하고 “hagu sync resolve”로 정해 주세요.
cli-sync-connect-hint = “hagu sync connect --portal URL”로 연결해 주세요.
cli-sync-never = 아직 없습니다
cli-sync-status-line = 포털: { $portal }　마지막 동기화: { $last }　전송 대기: { $pending }건　확인 필요: { $conflicts }건
cli-sync-last-error = 지난번 동기화: { $error }
cli-sync-no-official = 포털에서 온 기록이 아직 없습니다.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what }({ $state })
cli-sync-item-vaccination = { $vaccine } { $dose }회차
cli-sync-item-checkup = 검진({ $kind })
cli-sync-item-certificate = { $name }(공비 부담자 번호 { $payer }, 수급자 번호 { $recipient }, { $to }까지)
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = 공식 기록으로 추가
cli-sync-state-linked = 본인 기록과 일치
cli-sync-state-conflict = 확인 필요
cli-sync-state-kept-mine = 본인의 기록을 남겼습니다
cli-sync-state-info = 참고용
cli-sync-no-conflict = 확인이 필요한 기록 { $id }을(를) 찾을 수 없습니다. 아무것도 변경하지 않았습니다.
cli-sync-questions = 질문의 ID: { $ids }
cli-sync-queued = 예진표를 전송 대기에 넣었습니다(#{ $id }). 다음 동기화 때 보냅니다.
cli-sync-disconnected = 포털과의 연결을 그만두고 동의를 취소했습니다. 가져온 기록은 수첩에 남아 있습니다.

## Recovery code and backups

cli-recovery-code-about = 수첩의 복구 코드를 다시 표시합니다(이 코드로 어느 기기에서든 수첩을 열 수 있습니다)
cli-recover-about = 키를 잃어버린 수첩을 복구 코드로 열고, 키를 이 기기의 자격 증명 저장소에 보관합니다(HAGUKUMI_PASSPHRASE를 설정한 경우에는 그 새 암호문으로 보호합니다)
cli-backup-about = 수첩 전체의 암호화 백업을 하나의 파일로 씁니다(복구 코드로 봉인합니다)
cli-backup-output-help = 백업을 이 파일에 씁니다(지정하지 않으면 현재 폴더에 hagukumi-날짜-시각.hagukumi-backup)
cli-restore-about = 백업 파일에서 수첩을 복원합니다(무엇이든 바꾸기 전에 모두 확인합니다)
cli-restore-file-help = 백업 파일(.hagukumi-backup)
cli-recovery-code-flag-help = 복구 코드(지정하지 않으면 입력을 요청합니다)
cli-recovery-code-line = 복구 코드: { $code }
cli-recovery-code-advice = 이 코드를 종이에 옮겨 적어 이 기기와는 다른 안전한 곳에 보관해 주세요. 새 스마트폰이나 컴퓨터에서 수첩을 열 때, 키를 잃어버렸을 때는 이 코드만이 유일한 방법입니다.
cli-recovery-code-new = 이 수첩에 복구 코드가 만들어졌습니다. 여기서 한 번만 표시합니다(“hagu recovery-code”로 다시 볼 수 있습니다).
cli-recovery-code-prompt = 복구 코드:
cli-recovery-code-required = --recovery-code로 복구 코드를 지정해 주세요(입력할 수 있는 터미널이 없습니다). 아무것도 변경하지 않았습니다.
cli-recover-done = 수첩을 다시 열 수 있게 되었습니다: { $path }. 키는 이 기기의 자격 증명 저장소에 보관했습니다.
cli-recover-done-passphrase = 수첩을 다시 열 수 있게 되었습니다: { $path }. 앞으로는 HAGUKUMI_PASSPHRASE의 새 암호문으로 엽니다(이전 암호문은 사용할 수 없습니다).
cli-backup-written = 암호화한 백업을 썼습니다: { $path }({ $size }바이트). 복구 코드가 없으면 열 수 없습니다.
cli-restore-done = { $created }의 백업에서 수첩을 복원했습니다: { $path }
cli-hint-init-new = 여기에 새 수첩을 만들려면: hagu init --new
cli-hint-recover = 복구 코드로 열려면: hagu recover
cli-hint-restore = 백업에서 복원하려면: hagu restore 파일
cli-hint-open-moved = 지금 있는 위치에서 열려면: hagu --data-dir 폴더 …
