# Hagukumi — ko, booking.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Nursery hunt (保活): visit and consultation bookings, the nursery application

portal-category-nursery = 보육 시설 견학·상담 예약과 입원 신청

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = 견학
booking-kind-consult-counter = 보육 상담(창구)
booking-kind-consult-online = 보육 상담(온라인)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state }({ $reason })
booking-no-slots = 예약할 수 있는 시간대가 없습니다(동기화하면 지자체의 최신 시간대가 도착합니다).
booking-sample = 샘플: 견학·상담 시간대는 모두 가상입니다.
booking-none = 예약이 아직 없습니다.

nursery-booking-pending = 전송 대기
nursery-booking-confirmed = 확정
nursery-booking-declined = 거절됨
nursery-booking-cancelling = 취소 전송 대기
nursery-booking-cancelled = 취소 완료
nursery-booking-refused = 접수되지 않았습니다

nursery-decline-slot-full = 만석입니다
nursery-decline-slot-changed = 시간대 내용이 바뀌었습니다
nursery-decline-unknown-slot = 이 시간대는 더 이상 없습니다
nursery-decline-slot-past = 시작 시각이 지났습니다
nursery-decline-already-booked = 이미 예약했습니다
nursery-decline-other = 이유가 제시되지 않았습니다

nursery-reminder-title = 내일은 { $kind ->
    [visit] 견학
   *[other] 보육 상담
}입니다({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = 접수 완료(이용 조정 결과 대기)
nursery-decision-offered = 내정
nursery-decision-waitlisted = 보류(이번에는 내정 없음)
nursery-decision-offered-at = 내정: { $facility }(제{ $rank }희망)
nursery-outcome-offered = 내정
nursery-outcome-no-opening = 빈자리 없음
nursery-outcome-not-reached = 상위 희망에서 내정
nursery-adjustment-line = 제{ $rank }희망 { $facility }: { $outcome }
nursery-application-none = 입원 신청이 아직 없습니다.
nursery-application-pending = 전송 대기
nursery-application-refused = 접수되지 않았습니다

nursery-error-bad-intake = 입원일은 4월 1일을 YYYY-04-01 형식으로 입력해 주세요.
nursery-error-intake-past = 그 입원일은 이미 지났습니다.
nursery-error-no-preferences = 희망하는 시설을 하나 이상 선택해 주세요.
nursery-error-too-many-preferences = 희망은 20개 시설까지입니다.
nursery-error-preference-twice = 같은 시설이 두 번 선택되었습니다: { $value }
nursery-error-unknown-slot = 그 시간대를 찾을 수 없습니다(동기화한 후 다시): { $value }
nursery-error-already-booked = 이 시간대는 이미 예약했습니다.
nursery-error-not-cancellable = 취소할 수 있는 예약이 아닙니다: { $value }
nursery-error-already-pending = 입원 신청이 이미 전송 대기 중입니다.
nursery-error-unknown-child = 그 자녀를 찾을 수 없습니다: { $value }

cli-booking-slots-about = 견학·보육 상담의 예약 시간대(지난번 동기화에서 받은 것)
cli-booking-municipality-help = 지자체 코드(기본: 설정한 지자체)
cli-booking-facility-help = 시설 ID(예: 131083-1)
cli-booking-json-help = JSON으로 출력
cli-booking-book-about = 견학(visit) 또는 보육 상담(consult)을 예약(다음 동기화 때 전송)
cli-booking-kind-help = visit(견학) 또는 consult(보육 상담)
cli-booking-slot-help = 시간대 ID(hagu nursery slots로 표시)
cli-booking-at-help = 시작 일시(--slot 대신)
cli-booking-mode-help = 상담 방법: counter(창구) 또는 online(온라인)
cli-booking-bookings-about = 예약과 그 상태
cli-booking-cancel-about = 예약 취소(다음 동기화 때 전송)
cli-booking-id-help = 예약 번호(hagu nursery bookings의 #)
cli-booking-apply-about = 입원 신청(희망 순서대로 시설을 나열. 다음 동기화 때 전송)
cli-booking-child-help = 자녀의 번호
cli-booking-prefer-help = 희망하는 시설 ID를 희망 순서대로 쉼표로 구분하여
cli-booking-intake-help = 입원일(4월 1일)
cli-booking-application-about = 입원 신청과 결과(내정·보류, 이용 조정 결과)
cli-booking-queued = 예약 #{ $id }을(를) 전송 대기에 넣었습니다: { $slot }
cli-booking-cancel-queued = 예약 #{ $id }의 취소를 전송 대기에 넣었습니다.
cli-booking-apply-queued = 입원 신청 #{ $id }({ $count }개 시설)을(를) 전송 대기에 넣었습니다.
cli-booking-application-line = 신청 #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = 입원 신청: { $status }

nursery-decision-notice-title = 입원 신청 결과가 도착했습니다
booking-timeline-heading = 보육 관련 예약

booking-pick = 견학·신청
booking-title = 견학·보육 상담 예약
booking-pick-hint = 시설의 “견학·신청”을 누르면 견학 시간대와 보육 상담 시간대가 표시됩니다.
booking-list-title = 예약
booking-book = 예약하기
booking-booked = 예약 완료
booking-cancel = 취소하기
nursery-apply-title = 입원 신청
nursery-prefer-add = { $facility }을(를) 희망에 추가
nursery-prefs-from-bookmarks = 북마크 순위대로 희망 넣기({ $count }건)
nursery-prefs-none = 희망하는 시설을 검색 결과에서 추가해 주세요.
nursery-pref-line = 제{ $rank }희망 { $facility }
nursery-pref-up = 순위 올리기
nursery-pref-down = 순위 내리기
nursery-pref-remove = 희망에서 빼기
nursery-apply-child = 자녀
nursery-apply-intake = 입원일(4월 1일)
nursery-apply-submit = 신청하기
nursery-apply-sent = 신청을 전송 대기에 넣었습니다. 동기화로 보내지고, 결과도 동기화로 도착합니다.
