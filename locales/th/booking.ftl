# Hagukumi — th, booking.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

portal-category-nursery = จองเยี่ยมชมและปรึกษาสถานรับเลี้ยงเด็ก (保育施設) และสมัครเข้าเรียน

booking-when = { $date } { $from }–{ $to }
booking-kind-visit = เยี่ยมชม
booking-kind-consult-counter = ปรึกษาเรื่องหาที่รับเลี้ยงเด็ก (保活) (ที่สำนักงาน)
booking-kind-consult-online = ปรึกษาเรื่องหาที่รับเลี้ยงเด็ก (保活) (ออนไลน์)
booking-slot-line = { $kind } · { $place } · { $when }
booking-state-with-reason = { $state } ({ $reason })
booking-no-slots = ไม่มีช่วงเวลาที่จองได้ (เมื่อซิงค์จะได้รับช่วงเวลาล่าสุดจากท้องถิ่น)
booking-sample = ตัวอย่าง: ช่วงเวลาเยี่ยมชมและปรึกษาทั้งหมดเป็นข้อมูลสมมติ
booking-none = ยังไม่มีการจอง

nursery-booking-pending = รอส่ง
nursery-booking-confirmed = ยืนยันแล้ว
nursery-booking-declined = ถูกปฏิเสธ
nursery-booking-cancelling = รอส่งการยกเลิก
nursery-booking-cancelled = ยกเลิกแล้ว
nursery-booking-refused = ไม่ได้รับการยอมรับ

nursery-decline-slot-full = เต็มแล้ว
nursery-decline-slot-changed = รายละเอียดช่วงเวลาเปลี่ยนไป
nursery-decline-unknown-slot = ช่วงเวลานี้ไม่มีแล้ว
nursery-decline-slot-past = เลยเวลาเริ่มแล้ว
nursery-decline-already-booked = จองไว้แล้ว
nursery-decline-other = ไม่ได้ระบุเหตุผล

nursery-reminder-title = พรุ่งนี้มี{ $kind ->
    [visit] การเยี่ยมชมสถานรับเลี้ยงเด็ก
   *[other] การปรึกษาเรื่องหาที่รับเลี้ยงเด็ก
} ({ $time })
nursery-reminder-body = { $date } { $time } · { $place }

nursery-decision-received = รับเรื่องแล้ว (รอผลการจัดสรร 利用調整)
nursery-decision-offered = ได้รับการตอบรับเบื้องต้น (内定)
nursery-decision-waitlisted = รอ (保留 ครั้งนี้ไม่ได้รับการตอบรับ)
nursery-decision-offered-at = ได้รับการตอบรับ: { $facility } (ลำดับที่ต้องการ { $rank })
nursery-outcome-offered = ได้รับการตอบรับ
nursery-outcome-no-opening = ไม่มีที่ว่าง
nursery-outcome-not-reached = ได้รับการตอบรับในลำดับที่สูงกว่า
nursery-adjustment-line = ลำดับที่ต้องการ { $rank } { $facility }: { $outcome }
nursery-application-none = ยังไม่มีการสมัครเข้าเรียน
nursery-application-pending = รอส่ง
nursery-application-refused = ไม่ได้รับการยอมรับ

nursery-error-bad-intake = กรุณากรอกวันเข้าเรียน 1 เมษายน ในรูปแบบ YYYY-04-01
nursery-error-intake-past = วันเข้าเรียนนั้นผ่านไปแล้ว
nursery-error-no-preferences = กรุณาเลือกสถานที่ที่ต้องการอย่างน้อย 1 แห่ง
nursery-error-too-many-preferences = เลือกได้สูงสุด 20 แห่ง
nursery-error-preference-twice = เลือกสถานที่เดียวกัน 2 ครั้ง: { $value }
nursery-error-unknown-slot = ไม่พบช่วงเวลานั้น (กรุณาซิงค์แล้วลองอีกครั้ง): { $value }
nursery-error-already-booked = ช่วงเวลานี้จองไว้แล้ว
nursery-error-not-cancellable = ไม่ใช่การจองที่ยกเลิกได้: { $value }
nursery-error-already-pending = มีการสมัครเข้าเรียนที่รอส่งอยู่แล้ว
nursery-error-unknown-child = ไม่พบบุตรคนนั้น: { $value }

cli-booking-slots-about = ช่วงเวลาจองเยี่ยมชมและปรึกษาเรื่องหาที่รับเลี้ยงเด็ก (ที่ได้รับจากการซิงค์ครั้งก่อน)
cli-booking-municipality-help = รหัสท้องถิ่น (ค่าเริ่มต้น: ท้องถิ่นที่ตั้งไว้)
cli-booking-facility-help = ID สถานที่ (ตัวอย่าง: 131083-1)
cli-booking-json-help = แสดงผลเป็น JSON
cli-booking-book-about = จองเยี่ยมชม (visit) หรือปรึกษาเรื่องหาที่รับเลี้ยงเด็ก (consult) (ส่งในการซิงค์ครั้งถัดไป)
cli-booking-kind-help = visit (เยี่ยมชม) หรือ consult (ปรึกษา)
cli-booking-slot-help = ID ช่วงเวลา (แสดงใน hagu nursery slots)
cli-booking-at-help = วันและเวลาเริ่ม (แทน --slot)
cli-booking-mode-help = วิธีปรึกษา: counter (ที่สำนักงาน) หรือ online
cli-booking-bookings-about = การจองและสถานะ
cli-booking-cancel-about = ยกเลิกการจอง (ส่งในการซิงค์ครั้งถัดไป)
cli-booking-id-help = หมายเลขการจอง (# ใน hagu nursery bookings)
cli-booking-apply-about = สมัครเข้าเรียน (เรียงสถานที่ตามลำดับที่ต้องการ ส่งในการซิงค์ครั้งถัดไป)
cli-booking-child-help = หมายเลขบุตร
cli-booking-prefer-help = ID สถานที่ที่ต้องการ เรียงตามลำดับ คั่นด้วยจุลภาค
cli-booking-intake-help = วันเข้าเรียน (1 เมษายน)
cli-booking-application-about = การสมัครเข้าเรียนและผล (ตอบรับ รอ ผลการจัดสรร)
cli-booking-queued = ใส่การจอง #{ $id } ไว้ในรายการรอส่งแล้ว: { $slot }
cli-booking-cancel-queued = ใส่การยกเลิกการจอง #{ $id } ไว้ในรายการรอส่งแล้ว
cli-booking-apply-queued = ใส่การสมัครเข้าเรียน #{ $id } ({ $count } แห่ง) ไว้ในรายการรอส่งแล้ว
cli-booking-application-line = การสมัคร #{ $id } · { $preferences } · { $state }
cli-sync-item-nursery = การสมัครเข้าเรียน: { $status }

nursery-decision-notice-title = ได้รับผลการสมัครเข้าเรียนแล้ว
booking-timeline-heading = การจองเรื่องหาที่รับเลี้ยงเด็ก

booking-pick = เยี่ยมชม / สมัคร
booking-title = จองเยี่ยมชมและปรึกษาเรื่องหาที่รับเลี้ยงเด็ก
booking-pick-hint = กด "เยี่ยมชม / สมัคร" ของสถานที่ จะแสดงช่วงเวลาเยี่ยมชมและช่วงเวลาปรึกษา
booking-list-title = การจอง
booking-book = จอง
booking-booked = จองแล้ว
booking-cancel = ยกเลิก
nursery-apply-title = สมัครเข้าเรียน
nursery-prefer-add = เพิ่ม { $facility } ในรายการที่ต้องการ
nursery-prefs-from-bookmarks = ใส่ลำดับที่ต้องการตามลำดับบุ๊กมาร์ก ({ $count } แห่ง)
nursery-prefs-none = กรุณาเพิ่มสถานที่ที่ต้องการจากผลการค้นหา
nursery-pref-line = ลำดับที่ต้องการ { $rank } { $facility }
nursery-pref-up = เลื่อนลำดับขึ้น
nursery-pref-down = เลื่อนลำดับลง
nursery-pref-remove = นำออกจากรายการที่ต้องการ
nursery-apply-child = บุตร
nursery-apply-intake = วันเข้าเรียน (1 เมษายน)
nursery-apply-submit = สมัคร
nursery-apply-sent = ใส่การสมัครไว้ในรายการรอส่งแล้ว จะส่งเมื่อซิงค์ และผลก็จะมาเมื่อซิงค์
