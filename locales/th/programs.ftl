# Hagukumi — th, programs.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

programs-reason-child-age = { $years ->
    [0] { $name } อายุ { $months } เดือน
   *[other] { $name } อายุ { $years } ปี { $months } เดือน
}
programs-reason-born-on-or-after = สำหรับเด็กที่เกิดตั้งแต่ { $date }
programs-reason-from = มีสิทธิ์ตั้งแต่ { $date }
programs-reason-until = มีสิทธิ์ถึง { $date }
programs-reason-school-year-end = มีสิทธิ์ถึงวันที่ 31 มีนาคมแรกหลังอายุครบ { $age } ปี ({ $date })
programs-reason-child-order = { $name } นับเป็นบุตรคนที่ { $order }
programs-reason-twins = { $name } เป็นหนึ่งใน { $count } คนที่เกิดวันเดียวกัน: มีสิทธิ์แยกกันคนละสิทธิ์
programs-reason-pregnancy-week = ขณะนี้อายุครรภ์ { $weeks } สัปดาห์ { $days } วัน
programs-reason-pregnancy-week-from = ขอรับได้ตั้งแต่อายุครรภ์ { $week } สัปดาห์ 0 วัน ({ $date })
programs-reason-per-expected-child = จ่ายตามจำนวนทารกในครรภ์
programs-reason-after-birth = มีสิทธิ์หลังคลอด (กำหนดคลอด { $date })
programs-reason-apply-by = กำหนดยื่นคำขอ { $date }

programs-level-national = ประเทศ
programs-level-prefecture = จังหวัด
programs-level-municipality = เทศบาล
programs-now-heading = โครงการที่ใช้ได้ตอนนี้ (ณ { $date }, { $municipality })
programs-coming-heading = ที่จะเริ่มภายใน 3 เดือนข้างหน้า
programs-check-heading = โครงการอื่น ๆ ของ { $municipality } (ไม่มีเงื่อนไขในข้อมูล กรุณาสอบถาม { $municipality })
programs-none = ไม่มี
programs-person-pregnancy = กำลังตั้งครรภ์ (กำหนดคลอด { $date })
programs-person-pregnancy-label = { $label } (กำหนดคลอด { $date })
programs-amount-month = เดือนละ { $yen } เยน
programs-amount-once = { $yen } เยน
programs-amount-per-expected-child = { $amount } × จำนวนทารกในครรภ์
programs-days-left = เหลืออีก { $days } วัน (ถึง { $date })
programs-last-day = วันนี้วันสุดท้าย
programs-until-date = ถึง { $date }
programs-next-payment = เดือนที่จ่ายครั้งถัดไป: { $month }/{ $year }
programs-applied-with = ยื่นพร้อมกับ "{ $name }" ได้
programs-schedule-link = ดูช่วงเวลาฉีดวัคซีนในกำหนดการ (hagu schedule)
programs-how = วิธียื่น: { $text }
programs-where = สถานที่ยื่น: { $text }
programs-bring = สิ่งที่ต้องนำไป: { $text }
programs-link = ข้อมูล: { $uri }
programs-source = ที่มา: { $source }
programs-note = หมายเหตุ: { $note }
programs-sample-notice = ※ เป็นข้อมูลตัวอย่าง (ณ { $date }) ก่อนยื่นคำขอ กรุณาตรวจสอบที่มาและข้อมูลของเทศบาล
programs-no-municipality = ยังไม่ได้ตั้งเทศบาล กรุณาเลือกด้วย "hagu municipality list" แล้วตั้งด้วย "hagu municipality set รหัส"
programs-unknown-municipality = { $code } เป็นเทศบาลที่ไม่มีในข้อมูลโครงการนี้ กรุณาตรวจสอบด้วย "hagu municipality list" ไม่มีการเปลี่ยนแปลงใด ๆ
programs-registry-problem = อ่านข้อมูลโครงการบางส่วนไม่ได้ (ไม่ได้รวมบันทึกนั้น): { $problem }

municipality-line = { $code }  { $name }
municipality-set = ตั้งเทศบาลเป็น { $name } ({ $code }) แล้ว
municipality-same = ตั้งเป็น { $name } ({ $code }) อยู่แล้ว
municipality-moved = ตรวจสอบโครงการใหม่ในฐานะการย้ายจาก { $from } ไป { $to } แล้ว (ณ { $date })
municipality-ends-heading = สิ่งที่สิ้นสุดที่ { $from }
municipality-apply-heading = สิ่งที่ต้องยื่นที่ { $to }
municipality-check-heading = โครงการอื่น ๆ ของ { $to } (กรุณาสอบถามเงื่อนไขที่ { $to })

cli-municipality-about = เทศบาลที่อาศัยอยู่ (ใช้ตรวจสอบโครงการ)
cli-municipality-list-about = แสดงรายการเทศบาลที่มีในข้อมูลโครงการ
cli-municipality-set-about = ตั้งเทศบาลที่อาศัยอยู่ (เมื่อย้าย จะแสดงสิ่งที่สิ้นสุดและสิ่งที่ต้องยื่น)
cli-municipality-code-help = รหัสองค์กรปกครองส่วนท้องถิ่น (6 หลัก ตัวอย่าง: 131016)
cli-municipality-json-help = แสดงผลเป็น JSON (สำหรับสคริปต์)
cli-programs-about = โครงการสนับสนุนการเลี้ยงดูบุตรที่ใช้ได้ตอนนี้ และที่จะเริ่มภายใน 3 เดือน
cli-programs-child-help = เฉพาะบุตรคนนี้ (ID)
cli-programs-as-of-help = ตรวจสอบ ณ วันที่นี้ (ค่าเริ่มต้นคือวันนี้)
cli-programs-json-help = แสดงผลเป็น JSON (สำหรับสคริปต์)

programs-card-title = สำหรับครอบครัวของคุณตอนนี้
programs-card-intro = เมื่อเลือกเทศบาลที่อาศัยอยู่ จะแจ้งโครงการสนับสนุนการเลี้ยงดูบุตรที่ตรงกับอายุของบุตรหรืออายุครรภ์
programs-card-choose = เลือกเทศบาล
programs-card-open = ดูทั้งหมด
programs-card-more = อีก { $count } รายการ
programs-card-where = โครงการของ { $name }
programs-screen-title = โครงการสนับสนุนการเลี้ยงดูบุตร
programs-municipality-title = เทศบาลที่อาศัยอยู่
programs-municipality-hint = เลือกครั้งเดียวก็ใช้ได้ เมื่อย้ายบ้านกรุณาเลือกใหม่ จะแจ้งสิ่งที่ต้องยื่นใหม่และสิ่งที่สิ้นสุด
programs-municipality-choose = กรุณาเลือก
programs-municipality-submit = ใช้เทศบาลนี้
programs-municipality-saving = กำลังตั้งค่า…
programs-moved-title = สิ่งที่เปลี่ยนไปเมื่อย้ายบ้าน
programs-for-person = { $name }
programs-open-link = เปิดข้อมูลของเทศบาล
programs-open-source = เปิดที่มา
programs-open-benefits = สถานะการยื่นคำขอ
programs-schedule-link-app = ดูช่วงเวลาฉีดวัคซีนได้ในกำหนดการบนหน้าของบุตร
programs-link-opened = เปิดในเบราว์เซอร์แล้ว
error-unknown-municipality = เทศบาลนั้นไม่มีในข้อมูลโครงการ กรุณาเลือกจากรายการ ไม่มีการเปลี่ยนแปลงใด ๆ
error-program-no-link = โครงการนี้ไม่มีหน้าข้อมูลที่เปิดได้
error-no-browser = เปิดเบราว์เซอร์ไม่ได้ กรุณาค้นหาด้วยชื่อที่มา
