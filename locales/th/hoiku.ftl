# Hagukumi — th, hoiku.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

hoiku-sim-link = คำนวณคะแนนลำดับความสำคัญ (保育指数)
hoiku-back = ‹ กลับไปค้นหาสถานรับเลี้ยงเด็ก (保育園)
hoiku-sim-title = คำนวณคะแนนลำดับความสำคัญ (保育指数) โดยประมาณ
hoiku-sim-intro = เมื่อตอบคำถามทีละข้อ จะคำนวณคะแนนของครอบครัวโดยประมาณตามตารางที่เทศบาลเผยแพร่ ไม่ได้รับประกันการเข้าเรียน เทศบาลเป็นผู้ตัดสิน
hoiku-q-municipality = จะสมัครที่เทศบาลใด
hoiku-municipality-option = { $municipality } (ตารางปี { $year })
hoiku-q-guardians = มีผู้ปกครองกี่คน
hoiku-guardians-one = 1 คน
hoiku-guardians-two = 2 คน
hoiku-q-situation = สถานการณ์ของผู้ปกครองคนที่ { $guardian } คืออะไร
hoiku-option-not-in-table = ไม่มีในตารางนี้
hoiku-q-hours = ผู้ปกครองคนที่ { $guardian } ({ $situation }) สัปดาห์ละกี่ชั่วโมง
hoiku-q-days = ผู้ปกครองคนที่ { $guardian } ({ $situation }) เดือนละกี่วัน
hoiku-q-detail = ข้อใดตรงกับผู้ปกครองคนที่ { $guardian } ({ $situation })
hoiku-q-household = กรุณาเลือกทุกข้อที่ตรงกับครอบครัว (ถ้าไม่มี ไม่ต้องเลือกแล้วไปต่อ)
hoiku-household-none-in-table = ตารางนี้ไม่มีแถวคะแนนปรับ (เพราะหาไม่พบ) แม้เลือกก็ไม่นับรวมในคะแนนรวม
hoiku-option-points = ({ $signed } คะแนน)
hoiku-hours-label = ชั่วโมงต่อสัปดาห์
hoiku-days-label = วันต่อเดือน
hoiku-next = ถัดไป
hoiku-back-step = ย้อนกลับ 1 ขั้น
hoiku-restart = เริ่มใหม่
hoiku-answer-hours = สัปดาห์ละ { $hours } ชั่วโมง
hoiku-answer-days = เดือนละ { $days } วัน
hoiku-answer-none = ไม่มี
hoiku-result-title = ผลการคำนวณโดยประมาณ
hoiku-line-source = ที่มา: { $source } ({ $year })
hoiku-result-promise = เป็นการคำนวณโดยประมาณตามตารางที่เผยแพร่ ไม่ได้รับประกันการเข้าเรียน
hoiku-whatif-title = ถ้าหาก…
hoiku-whatif-intro = เมื่อเลือก จะแสดงคะแนนรวมที่เปลี่ยนไปข้างคะแนนรวมของคำตอบปัจจุบัน
hoiku-tweak-hours = ถ้าผู้ปกครองคนที่ { $guardian } เปลี่ยนจากสัปดาห์ละ { $from } ชั่วโมง → { $to } ชั่วโมง
hoiku-tweak-days = ถ้าผู้ปกครองคนที่ { $guardian } เปลี่ยนจากเดือนละ { $from } วัน → { $to } วัน
hoiku-tweak-add = ถ้าเพิ่ม "{ $rule }"
hoiku-whatif-none = ตารางนี้ไม่มี "ถ้าหาก" ที่ทำให้คะแนนเปลี่ยน
hoiku-whatif-compare = คำตอบปัจจุบัน { $before } คะแนน → ถ้าหาก { $after } คะแนน ({ $difference ->
    [0] ไม่เปลี่ยน
   *[other] { $signed }
})
hoiku-tie-none = ตารางนี้ไม่มีลำดับกรณีคะแนนเท่ากันที่คำนวณได้
hoiku-past-none = ไม่ได้แสดงคะแนนต่ำสุดของแต่ละสถานที่และห้องเรียนในปีที่แล้ว เพราะไม่มีในที่มาของการคำนวณนี้
hoiku-flow-error-detail = คำตอบนั้นไม่อยู่ในตัวเลือกของคำถามนี้
hoiku-flow-error-unexpected = คำตอบนั้นไม่ตรงกับคำถามนี้
hoiku-flow-error-extra = มีคำตอบมากกว่าคำถาม

hoiku-checklist-title = รายการตรวจสอบการสมัครเข้าเรียนเดือนเมษายน
hoiku-checklist-heading = { $municipality } { $year } เข้าเรียนเดือนเมษายน ({ $date })
hoiku-checklist-periods = ช่วงเวลาสมัครและกำหนดส่ง
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: ถึง { $until }
hoiku-checklist-days-left = { $days ->
    [0] วันนี้วันสุดท้าย
   *[other] เหลืออีก { $days } วัน
}
hoiku-checklist-passed = เลยกำหนดส่งแล้ว
hoiku-checklist-documents = เอกสาร (เตรียมแล้ว { $checked }/{ $total })
hoiku-checklist-for = สำหรับผู้ปกครองที่{ $situation }
hoiku-checklist-as-of = ข้อมูล ณ วันที่ { $date }
hoiku-checklist-source = ที่มา: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = ไม่มีรายการตรวจสอบการสมัครของเทศบาลนี้
hoiku-checklist-error-document = เอกสารนั้นไม่อยู่ในรายการตรวจสอบนี้ ไม่มีการเปลี่ยนแปลง
hoiku-checklist-error-data = อ่านรายการตรวจสอบการสมัครไม่ได้: { $detail }
hoiku-checklist-unknown = ไม่มีรายการตรวจสอบการสมัครของรหัสเทศบาล { $code } (ที่มี: { $known })
cli-nursery-checklist-about = รายการช่วงเวลาสมัคร กำหนดส่ง และเอกสารสำหรับการเข้าเรียนเดือนเมษายน
cli-nursery-checklist-municipality-help = รหัสเทศบาล (132012 เมืองฮาจิโอจิ, 131083 เขตโคโต)
cli-nursery-checklist-json-help = แสดงผลเป็น JSON (สำหรับสคริปต์)
