# Hagukumi — ko, backup.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Hagukumi 복구 시트
recovery-sheet-made = 작성일: { $date }
recovery-sheet-family = 이 수첩: { $names }
recovery-sheet-qr-label = 복구 코드의 QR 코드
recovery-sheet-what-title = 이것은 무엇인가요?
recovery-sheet-what = 이 수첩의 복구 코드입니다. 스마트폰을 바꿨을 때, 잃어버렸을 때, 키가 지워졌을 때 이 코드가 있으면 다른 기기에서 수첩을 열 수 있습니다. 백업에서 복원할 때도 사용합니다.
recovery-sheet-keep-title = 보관 방법
recovery-sheet-keep-paper = 인쇄하거나 종이에 옮겨 적어서, 모자수첩이나 보험증 사본 등 중요한 서류와 함께 보관해 주세요.
recovery-sheet-keep-no-photo = 같은 스마트폰에 사진이나 메모로 남기지 마세요. 스마트폰을 잃어버리면 코드도 함께 잃어버립니다.
recovery-sheet-keep-secret = 이 코드가 있으면 수첩을 읽을 수 있습니다. 가족 외의 사람에게는 보여 주지 마세요.
recovery-sheet-use-title = 사용할 때
recovery-sheet-use-open = 새 기기에서 Hagukumi를 열고 “복구 코드가 있습니다” 또는 “백업에서 복원”을 선택합니다.
recovery-sheet-use-type = 이 코드를 입력합니다(대문자·소문자, 하이픈 유무는 상관없습니다).

## A new handbook's recovery code (shown once)

recovery-new-title = 복구 코드를 적어 두세요
recovery-new-body = 기기를 바꾸거나 스마트폰을 잃어버렸을 때 이 수첩을 열기 위한 코드입니다. 종이에 옮겨 적거나 복구 시트를 인쇄하여 중요한 서류와 함께 보관해 주세요. 같은 스마트폰에 사진으로 남기지 마세요.
recovery-new-sheet = 복구 시트 열기(인쇄)
recovery-new-confirm = 적어 두었음 / 인쇄했음
recovery-new-restore = 다른 기기에서 옮겨 오는 분(백업에서 복원)

## The first screen when the key is missing

recovery-start-title = 이 기기에는 수첩의 키가 없습니다
recovery-start-body = 수첩 데이터는 있지만, 열기 위한 키를 이 기기에서 찾을 수 없습니다(기기 변경이나 키체인 초기화 후 등). 복구 코드가 있으면 열 수 있습니다. 데이터는 아무것도 변경하지 않았습니다.
recovery-start-code-title = 복구 코드가 있습니다
recovery-code-field = 복구 코드
recovery-code-hint = 복구 시트에 있는 28자(4자씩 7묶음). 하이픈이나 대문자·소문자는 상관없습니다.
recovery-start-open = 수첩 열기
recovery-start-opening = 확인하는 중…
recovery-start-restore-title = 백업 파일에서 복원
recovery-opened = 수첩을 열었습니다. 이 기기에 새 키를 보관했습니다.

## The backup and moving screen

backups-card-title = 백업과 기기 이전
backups-card-intro = 기기 변경이나 스마트폰 분실에 대비해 수첩을 지킵니다.
backups-card-last = 마지막 백업: { $when }
backups-card-never = 아직 백업하지 않았습니다
backups-card-open = 백업과 기기 이전
backups-title = 백업과 기기 이전
backups-help-title = 구조(간단한 설명)
backups-help-key = 수첩 데이터는 암호화하여 이 스마트폰 안에만 저장합니다. 여는 키는 OS의 키 보관 장소(키체인)에 있습니다. Hagukumi 회사의 서버에는 아무것도 보내지 않습니다.
backups-help-code = 복구 코드는 키를 잃어버렸을 때의 보조 키입니다. 수첩을 만들 때 표시됩니다. 종이에 적어 두면 다른 기기에서도 수첩을 열 수 있습니다.
backups-help-backup = 백업은 수첩 전체를 암호화한 하나의 파일입니다. 복구 코드가 없으면 열 수 없으므로 클라우드 드라이브에 두어도 내용은 읽히지 않습니다.
backups-help-move = 기기 변경 방법: 이전 기기에서 백업을 만들고 그 파일을 새 기기로 옮깁니다(클라우드 드라이브, 컴퓨터 경유 등). 새 기기에서 Hagukumi를 열고 “백업에서 복원”에서 파일과 복구 코드를 입력합니다.
backups-now-title = 지금 백업
backups-file-field = 저장할 파일
backups-file-hint = 예: /home/hanako/hagukumi-2026-12-03.hagukumi-backup(새 파일 이름을 지정해 주세요)
backups-now-submit = 백업 만들기
backups-working = 만드는 중…
backups-written = 백업을 저장했습니다: { $file }({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = 자동 백업
backups-auto-intro = 선택한 폴더에 하루 한 번 백업을 만듭니다. 자신의 클라우드 드라이브와 동기화되는 폴더를 선택하면 기기를 잃어버려도 안심입니다. 폴더에는 암호화된 파일만 둡니다.
backups-folder-field = 폴더
backups-folder-hint = 예: /home/hanako/Dropbox/hagukumi(비워 두면 자동 백업을 멈춥니다)
backups-keep-field = 남길 개수
backups-keep-hint = 최신 것부터 이 개수만큼 남기고 오래된 것은 지웁니다(1–{ $max })
backups-auto-save = 설정 저장
backups-auto-saved = 자동 백업 설정을 저장했습니다
backups-auto-off = 자동 백업이 멈춰 있습니다
backups-auto-on = { $folder }에 최신 것부터 { $keep }개 남깁니다
backups-auto-last = 마지막 자동 백업: { $when }
backups-auto-never = 자동 백업이 아직 만들어지지 않았습니다
backups-auto-problem = 지난번 자동 백업에 실패했습니다: { $problem }
backups-restore-title = 백업에서 복원
backups-restore-body = 백업 파일 전체를 확인한 후 지금의 수첩과 바꿉니다. 확인하는 동안이나 실패했을 때는 지금의 수첩이 그대로 남습니다.
backups-restore-file = 백업 파일
backups-restore-file-hint = 예: /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = 복원하기
backups-restore-working = 파일을 확인하는 중…
backups-restored = 복원했습니다. 수첩이 백업의 내용으로 바뀌었습니다.
backups-code-title = 복구 코드
backups-code-body = 복구 시트를 잃어버렸을 때는 여기에서 다시 표시·인쇄할 수 있습니다.
backups-code-show = 복구 코드 표시
backups-code-confirm = 주위에 사람이 없는지 확인해 주세요. 복구 코드를 표시할까요?
backups-code-confirm-yes = 표시하기
backups-code-cancel = 취소
backups-code-hide = 숨기기
backups-sheet-open = 복구 시트 열기
backups-sheet-print = 인쇄하기
backups-sheet-close = 닫기
backups-setting-problem-folder-required = 폴더를 입력해 주세요
backups-setting-problem-folder-relative = 폴더는 처음부터의 전체 경로(예: /home/… 또는 C:\…)로 입력해 주세요
backups-setting-problem-folder-missing = 이 폴더를 찾을 수 없습니다. 먼저 폴더를 만들어 주세요
backups-setting-problem-keep = 남길 개수는 1–60의 숫자로 입력해 주세요
backups-file-required = 파일 위치를 입력해 주세요
error-no-recovery-code = 이 수첩에는 아직 복구 코드가 없습니다. 앱을 다시 시작하면 만들어집니다

## hagu recovery-sheet

cli-recovery-sheet-about = 복구 시트(복구 코드와 그 QR 코드, 보관 방법)를 인쇄용 HTML로 출력합니다
cli-recovery-sheet-output-help = 표준 출력 대신 이 파일에 씁니다(새 파일, 본인만 읽을 수 있음)
cli-recovery-sheet-written = 복구 시트를 출력했습니다. 인쇄한 후에는 이 파일을 삭제해 주세요.

## The first screen when only an earlier handbook's key is left

elsewhere-title = 이 위치에는 수첩이 없습니다
elsewhere-body = 예전에 여기 있던 수첩의 키가 이 기기에 남아 있습니다(수첩 폴더를 옮겼거나 앱을 다시 설치한 경우 등). 수첩의 백업이 있으면 여기에 복원할 수 있습니다.
elsewhere-new-title = 새 수첩 시작하기
elsewhere-new-body = 백업이 없어 새로 시작하는 경우에는 이쪽을 선택하세요. 이전 수첩의 키는 지우지 않고 남겨 둡니다.
elsewhere-new-confirm = 새로운 빈 수첩을 만듭니다. 이전 수첩은 이 화면에서는 열 수 없게 됩니다. 괜찮습니까?
elsewhere-new-yes = 새 수첩 만들기
