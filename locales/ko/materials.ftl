# Hagukumi — ko, materials.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Materials handed out at the pregnancy notification (妊娠届). $name is the municipality.

materials-kind-guide = 안내서·안내
materials-kind-coupons = 진찰표(受診票)·쿠폰 목록
materials-kind-contacts = 상담처·연락처
materials-heading = { $name }의 자료(임신 신고 때 받는 것)
materials-none = 아직 자료가 없습니다. 포털과 동기화하면 거주하는 시구정촌의 자료가 이 기기에 저장되어 오프라인에서도 읽을 수 있습니다.
materials-no-match = “{ $query }”에 맞는 자료가 없습니다.
materials-count = { $count }건
materials-source = 출처: { $source }
materials-problem = 자료의 일부를 읽지 못했습니다(그 자료는 제외했습니다): { $problem }
materials-no-municipality = 시구정촌이 설정되지 않았습니다. “hagu municipality set 코드”로 설정하고 “hagu sync”로 자료를 받아 주세요.
cli-materials-about = 임신 신고 때 받는 자료(안내서, 진찰표·쿠폰 목록, 상담처)를 표시·검색
cli-materials-search-help = 이 말을 포함한 자료만(제목·설명·항목)
cli-materials-json-help = JSON으로 출력(스크립트용)

## The app's screen
materials-card-title = 임신 신고 자료
materials-card-intro = 안내서, 진찰표·쿠폰 목록, 상담처를 오프라인에서도 읽을 수 있습니다.
materials-card-open = 자료 보기
materials-screen-title = 임신 신고 자료
materials-search-label = 자료 검색
materials-search-placeholder = 예: 진찰표, 상담
materials-back = 목록으로 돌아가기
