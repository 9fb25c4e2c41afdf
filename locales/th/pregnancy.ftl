# Hagukumi — th, pregnancy.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Record kinds

pregnancy-kind-notification = การแจ้งการตั้งครรภ์ (妊娠の届出)
pregnancy-kind-prenatal-visit = ตรวจครรภ์ (妊婦健診)
pregnancy-kind-dental = ตรวจสุขภาพฟันหญิงตั้งครรภ์
pregnancy-kind-class = ชั้นเรียนสำหรับพ่อแม่ / คุณแม่
pregnancy-kind-environment = บันทึกเรื่องงานและการใช้ชีวิต
pregnancy-kind-postnatal-checkup = ตรวจสุขภาพหลังคลอด (産後健診)
pregnancy-kind-vaccination = การฉีดวัคซีนของหญิงตั้งครรภ์

## Pregnancy screen

pregnancy-records = บันทึก
error-no-such-pregnancy = ไม่พบบันทึกการตั้งครรภ์นี้
pregnancy-no-records = ยังไม่มีบันทึก สามารถบันทึกการตรวจครรภ์หรือวันที่แจ้งการตั้งครรภ์ได้จากแบบฟอร์มด้านล่าง
pregnancy-date-week = วันนี้คือ { $week }
pregnancy-stat-blood-pressure = ความดันโลหิต
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = หน่วยเป็น mmHg (ตัวอย่าง: ตัวบน 112 ตัวล่าง 70)
pregnancy-epds-field-hint = คะแนนรวมของแบบสอบถามภาวะซึมเศร้าหลังคลอดเอดินบะระ (EPDS) (0–30 คะแนน)
pregnancy-epds-hint = ช่วงหลังคลอดเป็นช่วงที่ทั้งจิตใจและร่างกายเปลี่ยนแปลงได้ง่าย หากมีเรื่องที่กังวลหรืออยากพูดคุย อย่าเก็บไว้คนเดียว ลองปรึกษาผดุงครรภ์ พยาบาลสาธารณสุข หรือศูนย์สนับสนุนครอบครัวและเด็ก (こども家庭センター) ของเทศบาลที่อาศัยอยู่ได้ตามสบายนะ

## Options

pregnancy-method-last-period = จากประจำเดือนครั้งสุดท้าย
pregnancy-method-ultrasound = จากการตรวจอัลตราซาวนด์
pregnancy-method-other = อื่น ๆ
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (ผลลบ)
pregnancy-urine-trace-option = ± (ผลบวกอ่อน)
pregnancy-urine-plus1-option = + (ผลบวก)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (ไม่มี)
pregnancy-edema-plus1-option = + (มี)
pregnancy-edema-plus2-option = ++ (มาก)
pregnancy-heart-present = มีการเต้นของหัวใจ
pregnancy-heart-absent = ตรวจไม่พบการเต้นของหัวใจ
pregnancy-heart-not-checked = ยังไม่ได้ตรวจการเต้นของหัวใจ
pregnancy-timing-two-weeks = ตรวจสุขภาพ 2 สัปดาห์หลังคลอด
pregnancy-timing-one-month = ตรวจสุขภาพ 1 เดือนหลังคลอด
pregnancy-timing-other = ตรวจสุขภาพหลังคลอดอื่น ๆ

## Summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = น้ำหนัก { $value } kg
pregnancy-value-lot = ล็อต { $lot }
pregnancy-value-blood-pressure = ความดันโลหิต { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = โปรตีนในปัสสาวะ { $value }
pregnancy-value-urine-sugar = น้ำตาลในปัสสาวะ { $value }
pregnancy-value-edema = อาการบวม { $value }
pregnancy-value-fundal-height = ความสูงยอดมดลูก { $value } cm
pregnancy-value-abdominal-girth = รอบท้อง { $value } cm
pregnancy-value-heart-rate = การเต้นของหัวใจ { $bpm } ครั้ง/นาที
pregnancy-value-method = กำหนดคลอด: { $method }
pregnancy-value-epds = EPDS { $score } คะแนน

## hagu pregnancy (command line)

cli-pregnancy-about = เพิ่มและแสดงรายการการตั้งครรภ์ และบันทึกระหว่างตั้งครรภ์และหลังคลอด (ตรวจครรภ์ ตรวจหลังคลอด ฯลฯ)
cli-pregnancy-add-about = เพิ่มการตั้งครรภ์
cli-pregnancy-label-help = ชื่อเรียก (ตัวอย่าง: ลูกคนที่สอง ไม่บังคับ)
cli-pregnancy-expected-help = กำหนดคลอด (ตัวอย่าง: 2027-03-01)
cli-pregnancy-list-about = แสดงรายการการตั้งครรภ์ในสมุด
cli-pregnancy-list-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (id, label, expected_date)
cli-pregnancy-record-about = เพิ่ม แสดงรายการ แก้ไข ลบ และกู้คืนบันทึกระหว่างตั้งครรภ์และหลังคลอด
cli-pregnancy-record-add-about = เพิ่มบันทึกให้การตั้งครรภ์
cli-pregnancy-record-list-about = แสดงรายการบันทึกการตั้งครรภ์เรียงจากวันที่เก่าสุด
cli-pregnancy-record-edit-about = แก้ไขบันทึก รายการที่ไม่ระบุจะคงเดิม ค่าว่าง ("") ใช้ลบรายการที่ไม่บังคับได้ ข้อมูลก่อนแก้ไขจะเก็บไว้ในประวัติ
cli-pregnancy-record-delete-about = ลบบันทึก (กู้คืนได้ภายใน 30 วัน)
cli-pregnancy-record-restore-about = กู้คืนบันทึกที่ลบภายใน 30 วัน
cli-pregnancy-record-history-about = แสดงข้อมูลก่อนแก้ไขของบันทึก เรียงจากเก่าสุด
cli-pregnancy-record-notification-about = การแจ้งการตั้งครรภ์ (妊娠の届出)
cli-pregnancy-record-prenatal-visit-about = ตรวจครรภ์ (อายุครรภ์คำนวณจากวันที่และกำหนดคลอด)
cli-pregnancy-record-dental-about = ตรวจสุขภาพฟันหญิงตั้งครรภ์
cli-pregnancy-record-vaccination-about = การฉีดวัคซีนระหว่างตั้งครรภ์ (ตัวอย่าง: วัคซีน RSV สำหรับหญิงตั้งครรภ์)
cli-pregnancy-record-class-about = ชั้นเรียนสำหรับพ่อแม่ / คุณแม่
cli-pregnancy-record-environment-about = บันทึกเรื่องงานและสภาพแวดล้อมการใช้ชีวิต
cli-pregnancy-record-postnatal-checkup-about = ตรวจสุขภาพหลังคลอด (ตรวจสุขภาพของแม่)
cli-pregnancy-pregnancy-help = ID ของการตั้งครรภ์ (ดูได้จาก "hagu pregnancy list --json")
cli-pregnancy-record-id-help = ID ของบันทึก (ดูได้จาก "hagu pregnancy record list")
cli-pregnancy-kind-help = เฉพาะบันทึกประเภทนี้
cli-pregnancy-deleted-help = รวมบันทึกที่ลบแล้วด้วย
cli-pregnancy-record-list-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (รูปแบบ: docs/export-format.md)
cli-pregnancy-history-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (record_id, change, previous, changed_at)
cli-pregnancy-date-help = วันที่ (ตัวอย่าง: 2026-11-24)
cli-pregnancy-notification-date-help = วันที่แจ้ง (ตัวอย่าง: 2026-07-10)
cli-pregnancy-method-help = วิธีกำหนดวันคลอด: last-period (ประจำเดือนครั้งสุดท้าย), ultrasound (อัลตราซาวนด์), other
cli-pregnancy-weight-help = น้ำหนัก (kg ตัวอย่าง: 58.4)
cli-pregnancy-systolic-help = ความดันโลหิตตัวบน (mmHg)
cli-pregnancy-diastolic-help = ความดันโลหิตตัวล่าง (mmHg)
cli-pregnancy-urine-protein-help = โปรตีนในปัสสาวะ: - ± + ++ +++ (ใช้ negative, trace, plus1, plus2, plus3 ก็ได้)
cli-pregnancy-urine-sugar-help = น้ำตาลในปัสสาวะ: - ± + ++ +++ (ใช้ negative, trace, plus1, plus2, plus3 ก็ได้)
cli-pregnancy-edema-help = อาการบวม: - + ++ (ใช้ negative, plus1, plus2 ก็ได้)
cli-pregnancy-fundal-height-help = ความสูงยอดมดลูก (cm)
cli-pregnancy-abdominal-girth-help = รอบท้อง (cm)
cli-pregnancy-fetal-heart-help = การเต้นของหัวใจทารก: present (มี), absent (ตรวจไม่พบ), not-checked (ยังไม่ได้ตรวจ)
cli-pregnancy-heart-rate-help = อัตราการเต้นของหัวใจทารก (ครั้ง/นาที)
cli-pregnancy-notes-help = บันทึกย่อ
cli-pregnancy-facility-help = สถานพยาบาล
cli-pregnancy-vaccine-help = ID ของวัคซีน (ตัวอย่าง: rsv-maternal)
cli-pregnancy-lot-help = หมายเลขล็อต
cli-pregnancy-findings-help = ผลการตรวจ
cli-pregnancy-class-name-help = ชื่อชั้นเรียน
cli-pregnancy-text-help = เนื้อหาบันทึกย่อ
cli-pregnancy-timing-help = ช่วงเวลาตรวจ: two-weeks (2 สัปดาห์หลังคลอด), one-month (1 เดือนหลังคลอด), other
cli-pregnancy-epds-help = คะแนนรวม EPDS (0–30)
cli-pregnancy-line = #{ $id }  { $title }  กำหนดคลอด { $expected }  { $status }
cli-pregnancy-added = เพิ่มการตั้งครรภ์แล้ว: { $pregnancy }
cli-pregnancy-none = ไม่มีการตั้งครรภ์ที่ลงทะเบียนไว้ เพิ่มได้ด้วย "hagu pregnancy add"
cli-pregnancy-record-added = เพิ่มบันทึก #{ $id } แล้ว ({ $title }): { $entry }
cli-pregnancy-record-edited = แก้ไขบันทึก #{ $id } แล้ว: { $entry }
cli-pregnancy-record-deleted = ลบบันทึก #{ $id } แล้ว กู้คืนได้ด้วย "hagu pregnancy record restore { $id }" จนถึง { $until }
cli-pregnancy-record-restored = กู้คืนบันทึก #{ $id } แล้ว: { $entry }
cli-pregnancy-record-none = ไม่มีบันทึก เพิ่มได้ด้วย "hagu pregnancy record add"
cli-pregnancy-no-pregnancy = ไม่มีการตั้งครรภ์ ID { $id } กรุณาตรวจสอบด้วย "hagu pregnancy list --json" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-pregnancy-no-record = ไม่มีบันทึก ID { $id } กรุณาตรวจสอบด้วย "hagu pregnancy record list" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-pregnancy-record-kind-mismatch = บันทึก #{ $id } เป็นบันทึกประเภท { $kind } กรุณาแก้ไขด้วย "hagu pregnancy record edit { $id } { $kind } …" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-pregnancy-record-is-deleted = บันทึก #{ $id } ถูกลบแล้ว กรุณากู้คืนก่อนด้วย "hagu pregnancy record restore { $id }" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-pregnancy-record-already-deleted = บันทึก #{ $id } ถูกลบไปแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
cli-pregnancy-record-not-deleted = บันทึก #{ $id } ไม่ได้ถูกลบ จึงไม่มีอะไรต้องกู้คืน
cli-pregnancy-record-too-old = บันทึก #{ $id } ลบไปเกิน 30 วันแล้ว จึงกู้คืนไม่ได้
cli-pregnancy-photo-about = เพิ่ม แสดงรายการ ส่งออก ลบ และกู้คืนรูปภาพของบันทึกระหว่างตั้งครรภ์และหลังคลอด (JPEG หรือ PNG ข้อมูลเช่นสถานที่ถ่ายจะถูกลบออกเหมือนในแอป)
cli-pregnancy-photo-not-theirs = บันทึก #{ $record } ไม่ใช่บันทึกของ "{ $title }" ไม่มีการบันทึกใด ๆ
cli-pregnancy-history-none = บันทึก #{ $id } ไม่มีการเปลี่ยนแปลง
