# Hagukumi — ไทย (th). Translated, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).
# `date` and `month-*` are left out on purpose: Thai dates then show as ISO
# (2026-04-01), not in the Buddhist era, until a reviewer decides.

app-name = ฮากุคุมิ (Hagukumi)
app-tagline = สมุดบันทึกสุขภาพแม่และเด็ก
app-loading = กำลังโหลด…

## Ages

age = { $years } ปี { $months } เดือน { $days } วัน
gestational-age = อายุครรภ์ { $weeks } สัปดาห์ { $days } วัน

## Home

home-children = บุตร
home-pregnancies = การตั้งครรภ์
home-empty = ยังไม่มีการลงทะเบียนใคร กรุณาเพิ่มบุตรหรือการตั้งครรภ์จากแบบฟอร์มด้านล่าง
child-born = เกิดวันที่ { $date }
child-age-label = อายุ
pregnancy-untitled = ทารกในครรภ์
pregnancy-expected = กำหนดคลอด { $date }
pregnancy-days-left = อีก { $days } วันถึงกำหนดคลอด
pregnancy-due-today = วันนี้เป็นวันกำหนดคลอด
pregnancy-past-due = เลยกำหนดคลอดมา { $days } วัน
pregnancy-not-started = ยังไม่เข้าสู่ช่วงการตั้งครรภ์

## Forms

form-child-title = เพิ่มบุตร
form-child-name = ชื่อ
form-child-name-placeholder = ตัวอย่าง: Hanako
form-child-birth = วันเกิด
form-pregnancy-title = เพิ่มการตั้งครรภ์
form-pregnancy-label = ชื่อเรียก (ไม่บังคับ)
form-pregnancy-label-placeholder = ตัวอย่าง: ลูกคนที่สอง
form-pregnancy-expected = กำหนดคลอด
form-date-placeholder = ตัวอย่าง: 2025-04-01
form-date-hint = ปี-เดือน-วัน ตามปีคริสต์ศักราช (2025/4/1 ก็ได้)
form-submit-child = เพิ่มบุตร
form-submit-pregnancy = เพิ่มการตั้งครรภ์
form-saving = กำลังบันทึก…
form-saved-child = เพิ่ม { $name } แล้ว
form-saved-pregnancy = เพิ่มการตั้งครรภ์แล้ว

## Child screen and records

child-back = ‹ กลับหน้าแรก
child-records = บันทึก
child-no-records = ยังไม่มีบันทึก สามารถบันทึกการวัดหรือการฉีดวัคซีนได้จากแบบฟอร์มด้านล่าง
child-deleted = บันทึกที่ลบล่าสุด ({ $count } รายการ กู้คืนได้ภายใน 30 วัน)
record-add-title = เพิ่มบันทึก
record-submit = บันทึก
record-saved = บันทึก{ $kind }แล้ว
record-delete = ลบ
record-deleted = ลบบันทึกแล้ว
record-undo = ยกเลิกการลบ
records-more = ดูบันทึกก่อนหน้าเพิ่มเติม
record-edit = แก้ไข
record-edit-title = แก้ไขบันทึก
record-edit-submit = บันทึกการเปลี่ยนแปลง
record-edit-cancel = ยกเลิกการแก้ไข
record-edited = เปลี่ยน{ $kind }แล้ว
record-history = ประวัติ
record-history-title = ข้อมูลที่ผ่านมา
record-history-empty = ยังไม่มีการเปลี่ยนแปลง
record-history-loading = กำลังโหลด…
record-change-edit = แก้ไข
record-change-delete = ลบ
record-change-restore = กู้คืน
record-history-before = ก่อนเปลี่ยน: { $summary }
record-restored = กู้คืนบันทึกแล้ว
record-kind-measurement = การวัดร่างกาย
record-kind-vaccination = การฉีดวัคซีน
record-kind-milestone = วันที่ทำได้
record-kind-note = บันทึกย่อ
record-kind-allergy = ภูมิแพ้
record-kind-illness = การเจ็บป่วย
record-allergy-substance = สาเหตุ (อาหาร ยา ฯลฯ)
record-allergy-reaction = อาการ (ไม่บังคับ)
record-illness-name = ชื่อโรค
record-before = { $date } { $summary }
record-dose = ครั้งที่ { $dose }
record-lot = ล็อต { $lot }
record-line-vaccination = { $vaccine } ครั้งที่ { $dose }
record-line-weight = น้ำหนัก { $value } kg
record-line-height = ส่วนสูง { $value } cm
record-line-head = รอบศีรษะ { $value } cm
record-line-chest = รอบอก { $value } cm
record-line-separator = {", "}
form-choose = กรุณาเลือก
funding-public = วัคซีนตามกำหนด (รัฐออกค่าใช้จ่าย)
funding-self-paid = วัคซีนทางเลือก (ออกค่าใช้จ่ายเอง)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = น้ำหนัก
field-height-short = ส่วนสูง
field-head-circumference-short = รอบศีรษะ
field-chest-circumference-short = รอบอก

## Visit summary

summary-title = สรุปข้อมูลสำหรับพบแพทย์ของ { $name }
summary-as-of = ณ วันที่ { $date }
summary-allergies = ภูมิแพ้
summary-measurements = การวัดล่าสุด
summary-next-due = สิ่งที่ต้องทำถัดไป
summary-vaccinations = ประวัติการฉีดวัคซีน
summary-illnesses = โรคที่เคยเป็น
summary-none-recorded = ไม่มีบันทึก
summary-nothing-due = ไม่มีกำหนดการ
summary-rules = กฎที่ใช้คำนวณกำหนดการ: ฉบับที่ { $version } (ณ { $as_of }{ $builtin ->
    [yes] , มีอยู่ในแอป
   *[no] , ได้รับจากการอัปเดต
})
summary-since = ตั้งแต่ { $date }
summary-print = พิมพ์
summary-open = สรุปข้อมูลสำหรับพบแพทย์

## Settings

language-label = ภาษา
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (คำแปลยังไม่ได้ตรวจทาน)
language-unreviewed-group = คำแปลยังไม่ได้ตรวจทาน
language-more = ภาษาอื่น

## Field names

field-name = ชื่อ
field-birth-date = วันเกิด
field-label = ชื่อเรียก
field-expected-date = กำหนดคลอด
field-date = วันที่
field-vaccine = วัคซีน
field-dose = ครั้งที่
field-manufacturer = ผู้ผลิต
field-lot = หมายเลขล็อต
field-facility = สถานพยาบาล
field-funding = ค่าใช้จ่าย
field-weight = น้ำหนัก (kg)
field-height = ส่วนสูง (cm)
field-head-circumference = รอบศีรษะ (cm)
field-chest-circumference = รอบอก (cm)
field-measurements = ค่าการวัด
field-sex = เพศ
sex-unset = ไม่ระบุ
field-what = สิ่งที่ทำได้
field-text = บันทึกย่อ
field-expected-date-method = วิธีกำหนดวันคลอด
field-systolic = ความดันโลหิต (ตัวบน)
field-diastolic = ความดันโลหิต (ตัวล่าง)
field-urine-protein = โปรตีนในปัสสาวะ
field-urine-sugar = น้ำตาลในปัสสาวะ
field-edema = อาการบวม
field-fundal-height = ความสูงยอดมดลูก (cm)
field-abdominal-girth = รอบท้อง (cm)
field-fetal-heart = การเต้นของหัวใจทารก
field-fetal-heart-rate = อัตราการเต้นของหัวใจ (ครั้ง/นาที)
field-findings = ผลการตรวจ
field-class-name = ชื่อชั้นเรียน
field-checkup-timing = ช่วงเวลาตรวจสุขภาพ
field-epds = EPDS (คะแนนรวม)
field-time = เวลาเกิด
field-gestation-weeks = อายุครรภ์ตอนคลอด (สัปดาห์)
field-gestation-days = อายุครรภ์ตอนคลอด (วัน)
field-delivery = วิธีคลอด
field-birth-weight = น้ำหนักแรกเกิด (g)
field-apgar-1min = คะแนนแอปการ์ (1 นาที)
field-apgar-5min = คะแนนแอปการ์ (5 นาที)
field-complications = ความผิดปกติ การรักษา ฯลฯ
field-checkup = การตรวจสุขภาพ
field-answers = บันทึกของผู้ปกครอง
field-teeth = จำนวนฟัน (ซี่)
field-caries = จำนวนฟันผุ (ซี่)
field-fluoride = การเคลือบฟลูออไรด์
field-screening-test = การตรวจ
field-screening-result = ผล
field-end-date = วันที่สิ้นสุด
field-medicine = ชื่อยา
field-instructions = วิธีใช้และปริมาณ

## Input errors

error-invalid-input = กรุณาตรวจสอบข้อมูลที่กรอก
error-required = กรุณากรอกข้อมูล
error-too-long = กรุณากรอกไม่เกิน { $max } ตัวอักษร
error-control-characters = มีตัวอักษรที่ใช้ไม่ได้
error-malformed-date = กรุณากรอกวันที่ในรูปแบบ "2025-04-01" (ปีคริสต์ศักราช)
error-birth-in-future = ไม่สามารถใช้วันในอนาคตเป็นวันเกิดได้
error-birth-before-1900 = กรุณากรอกวันที่ตั้งแต่ 1 มกราคม 1900 เป็นต้นไป
error-expected-too-far = กำหนดคลอดอยู่เกิน 280 วันนับจากวันนี้
error-expected-long-past = กำหนดคลอดผ่านมาแล้วเกิน 4 สัปดาห์ ทารกที่คลอดแล้วกรุณาลงทะเบียนจาก "เพิ่มบุตร"
error-date-in-future = ไม่สามารถกรอกวันในอนาคตได้
error-date-before-birth = เป็นวันที่ก่อนเกิด
error-malformed-number = กรุณากรอกเป็นตัวเลข (ตัวอย่าง: 3.25)
error-out-of-range = ค่าเกินช่วงที่เป็นไปได้ กรุณาตรวจสอบหน่วย (kg, cm)
error-no-measurement = กรุณากรอกน้ำหนัก ส่วนสูง รอบศีรษะ หรือรอบอก อย่างน้อย 1 อย่าง
error-unknown-choice = กรุณาเลือกจากตัวเลือก
error-blood-pressure-order = ความดันโลหิตตัวล่างต้องต่ำกว่าตัวบน กรุณาตรวจสอบว่าไม่ได้สลับกัน
error-date-before-pregnancy = เป็นวันที่ก่อนทราบว่าตั้งครรภ์ กรุณาตรวจสอบวันที่หรือกำหนดคลอด
error-heart-rate-without-heartbeat = กรุณากรอกอัตราการเต้นของหัวใจเฉพาะเมื่อเลือก "มีการเต้นของหัวใจ"
error-malformed-time = กรุณากรอกเวลาในรูปแบบ "14:05"
error-not-the-birth-date = กรุณาใช้วันเดียวกับวันเกิด
error-not-in-checklist = มีคำตอบที่ไม่ใช่คำถามของการตรวจนี้
error-answered-twice = ตอบคำถามเดียวกัน 2 ครั้ง
error-more-than-teeth = จำนวนฟันผุมากกว่าจำนวนฟัน
error-end-before-start = เป็นวันที่ก่อนวันที่เริ่ม

## When the handbook cannot open

error-store-cannot-open = เปิดสมุดไม่ได้: กุญแจไม่ถูกต้อง หรือไม่ใช่ข้อมูลของฮากุคุมิ ไฟล์ไม่ได้ถูกเปลี่ยนแปลง
error-store-no-key = ไม่สามารถใช้ที่เก็บกุญแจ (Keychain ของ OS) ได้ กรุณาตั้งวลีรหัสผ่านในตัวแปรสภาพแวดล้อม HAGUKUMI_PASSPHRASE แล้วเริ่มใหม่
error-store-passphrase = สมุดนี้ป้องกันด้วยวลีรหัสผ่าน กรุณาตั้งค่าในตัวแปรสภาพแวดล้อม HAGUKUMI_PASSPHRASE แล้วเริ่มใหม่อีกครั้ง
error-store-keystore = เกิดข้อผิดพลาดที่ที่เก็บข้อมูลรับรองของ OS (Keychain): { $detail }
error-store-key-missing = ไม่พบกุญแจของสมุดนี้ กรุณาเปิดด้วยผู้ใช้และ Keychain เดียวกับตอนสร้าง หรือเปิดด้วยรหัสกู้คืน
error-store-newer = สมุดนี้สร้างด้วยฮากุคุมิเวอร์ชันใหม่กว่า กรุณาอัปเดตแอป
error-store-io = อ่านหรือเขียนไฟล์สมุดไม่ได้: { $detail }
error-store-corrupt = ข้อมูลสมุดเสียหาย: { $detail }
error-store-full = พื้นที่ว่างในอุปกรณ์ไม่พอ จึงบันทึกไม่ได้ ไม่มีการบันทึกใด ๆ (สมุดยังเหมือนเดิม) กรุณาลบรูปภาพ วิดีโอ หรือแอปที่ไม่ใช้เพื่อเพิ่มพื้นที่ แล้วลองอีกครั้ง
error-recovery-code-length = รหัสกู้คืนมี 28 ตัวอักษรภาษาอังกฤษและตัวเลข (7 กลุ่ม กลุ่มละ 4 ตัว) กรุณาตรวจสอบว่ากรอกครบทุกกลุ่ม
error-recovery-code-character = รหัสกู้คืนใช้เฉพาะตัวอักษร A–Z (ยกเว้น I, L, O, U) และตัวเลข 0–9 กรุณาตรวจสอบตัวอักษรที่กรอก
error-recovery-code-checksum = รหัสกู้คืนพิมพ์ผิด (กลุ่มสุดท้ายไม่ตรงกับกลุ่มอื่น) กรุณาเทียบกับแผ่นกู้คืนทีละตัว
error-store-handbook-elsewhere = โฟลเดอร์นี้เคยมีสมุด และกุญแจของสมุดนั้นยังถูกเก็บอยู่ (สมุดถูกย้ายหรือเปลี่ยนชื่อ) ยังไม่ได้สร้างสมุดใหม่ กรุณาเปิดสมุดจากที่อยู่ปัจจุบัน หรือย้ายโฟลเดอร์กลับมาที่นี่ หากตั้งใจลบไป สามารถสร้างสมุดใหม่ที่นี่ได้
error-store-passphrase-short = วลีรหัสผ่านสั้นเกินไป กรุณาใช้ 12 ตัวอักษรขึ้นไป (การเรียงคำที่ไม่เกี่ยวข้องกันหลายคำช่วยให้จำง่าย) ยังไม่ได้สร้างสมุด
error-store-in-use = สมุดนี้เปิดอยู่ในแอป กรุณาปิดแอปแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด ๆ
error-recovery-wrong-code = รหัสกู้คืนนี้เปิดสมุดนี้ไม่ได้ กรุณาเทียบกับแผ่นกู้คืนแล้วกรอกใหม่ ไม่มีการเปลี่ยนแปลงใด ๆ
error-recovery-no-file = ไม่มีไฟล์กู้คืน (hagukumi.recovery) อยู่ข้างสมุด กรุณาคัดลอกกลับจากต้นทางของโฟลเดอร์สมุด หรือกู้คืนจากข้อมูลสำรอง
error-recovery-other-handbook = ไฟล์กู้คืนที่อยู่ข้างสมุดเป็นของสมุดเล่มอื่น กรุณาคัดลอกโฟลเดอร์สมุดทั้งหมดอีกครั้ง หรือกู้คืนจากข้อมูลสำรอง
error-recovery-format = ไฟล์กู้คืนเสียหายหรือไม่ใช่รูปแบบของฮากุคุมิ กรุณากู้คืนจากข้อมูลสำรอง
error-backup-not-a-backup = ไฟล์นี้ไม่ใช่ข้อมูลสำรองของฮากุคุมิ กรุณาเลือกไฟล์ที่ชื่อลงท้ายด้วย .hagukumi-backup ไม่มีการเปลี่ยนแปลงใด ๆ
error-backup-version = ข้อมูลสำรองนี้สร้างด้วยฮากุคุมิเวอร์ชันอื่น กรุณาอัปเดตแอปแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด ๆ
error-backup-damaged = ไฟล์ข้อมูลสำรองเสียหายหรือมีไม่ครบ ไม่มีการเปลี่ยนแปลงใด ๆ กรุณาใช้ข้อมูลสำรองอื่น หรือคัดลอกไฟล์นี้อีกครั้ง
error-backup-wrong-code = รหัสกู้คืนนี้เปิดข้อมูลสำรองนี้ไม่ได้ กรุณาเทียบกับแผ่นกู้คืนของสมุดที่สำรองไว้ ไม่มีการเปลี่ยนแปลงใด ๆ
error-backup-other-handbook = ข้อมูลสำรองนี้เป็นของสมุดเล่มอื่น ไม่ใช่สมุดในโฟลเดอร์นี้ ไม่มีการเปลี่ยนแปลงใด ๆ กรุณากู้คืนลงในโฟลเดอร์ว่าง
error-backup-no-code = สมุดนี้ยังไม่มีรหัสกู้คืน เมื่อเปิดหนึ่งครั้งรหัสจะถูกสร้าง หลังจากนั้นกรุณาสำรองข้อมูลอีกครั้ง
error-backup-would-replace-other-file = ที่บันทึกมีไฟล์ที่ไม่ใช่ข้อมูลสำรองของฮากุคุมิอยู่แล้ว ไฟล์นั้นยังคงเดิม และไม่ได้เขียนอะไรลงไป กรุณาเลือกชื่อไฟล์หรือที่บันทึกอื่น
error-backup-inside-handbook-folder = ไม่สามารถบันทึกข้อมูลสำรองในโฟลเดอร์ของสมุดเองได้ (เพราะอาจเขียนทับสมุด หรือสูญหายไปพร้อมสมุด) ไม่ได้เขียนอะไรลงไป กรุณาเลือกโฟลเดอร์อื่น (เช่น ไดรฟ์ภายนอกหรือโฟลเดอร์คลาวด์)
error-backup-folder-missing = ไม่พบโฟลเดอร์สำหรับเก็บข้อมูลสำรองอัตโนมัติ (ไดรฟ์ภายนอกหรือโฟลเดอร์คลาวด์อาจไม่ได้เชื่อมต่อ) กรุณาเชื่อมต่อใหม่ หรือเลือกโฟลเดอร์อื่นในหน้าข้อมูลสำรอง ระหว่างนี้ข้อมูลสำรองอัตโนมัติจะไม่ถูกบันทึก
error-no-such-child = ไม่พบบุตรคนนี้
error-no-such-record = ไม่พบบันทึกนี้
error-cannot-restore = ลบไปเกิน 30 วันแล้ว จึงกู้คืนไม่ได้
error-birth-already-recorded = มีบันทึกการเกิดอยู่แล้ว (คนละ 1 รายการ) หากต้องการเขียนใหม่ กรุณาลบบันทึกปัจจุบันก่อนแล้วจึงบันทึก
photo-count = รูปภาพ ({ $count } รูป)
photo-add = เพิ่มรูปภาพ
photo-delete = ลบรูปภาพ
photo-deleted = ลบแล้ว (กู้คืนได้ภายใน 30 วัน)
photo-alt = รูปภาพของบันทึก
photo-privacy = ข้อมูลเช่นสถานที่ถ่ายจะถูกลบออก และรูปจะถูกเก็บไว้ในสมุดที่เข้ารหัส
error-photo-format = เพิ่มได้เฉพาะรูป JPEG หรือ PNG
error-photo-malformed = ไฟล์รูปภาพเสียหายหรือมีไม่ครบ
error-photo-too-large = รูปภาพใหญ่เกินไป (สูงสุด 8MB)
error-photo-too-many = เพิ่มรูปในบันทึกนี้ไม่ได้อีกแล้ว (สูงสุด 10 รูป)
error-photo-too-many-pixels = รูปภาพมีจำนวนพิกเซลมากเกินไป (สูงสุด 64 ล้านพิกเซล) กรุณาย่อขนาดด้วยการแชร์หรือแก้ไขในสมาร์ทโฟน แล้วเพิ่มอีกครั้ง
error-no-such-photo = ไม่พบรูปภาพนี้
error-photo-cannot-restore = รูปภาพนี้ลบไปเกิน 30 วันแล้ว จึงกู้คืนไม่ได้
error-internal = เกิดข้อผิดพลาดที่ไม่คาดคิด: { $detail }
error-retry-hint = หากเริ่มแอปใหม่แล้วยังไม่หาย กรุณาสำรองโฟลเดอร์ข้อมูลแล้วติดต่อเรา

## Schedule screen

schedule-next-title = สิ่งที่ต้องทำถัดไป
schedule-plan-title = กำหนดการฉีดวัคซีนและตรวจสุขภาพ
schedule-none = ขณะนี้ไม่มีกำหนดการ
schedule-month = { $month }/{ $year }
schedule-why = รายละเอียด
schedule-closing-soon = ช่วงที่รับได้ฟรี (รัฐออกค่าใช้จ่าย) ใกล้จะสิ้นสุดแล้ว
schedule-record-given = ได้รับแล้ว
schedule-record-save = บันทึก
schedule-record-cancel = ยกเลิก
schedule-status-done = เสร็จแล้ว
schedule-status-due-now = ตอนนี้
schedule-status-upcoming = กำหนดการ
schedule-status-overdue = ล่าช้า
schedule-status-missed = นอกช่วงรับฟรี
schedule-status-not-eligible = ไม่อยู่ในเกณฑ์
schedule-status-funded-window-missed = ไม่สามารถรับในช่วงที่รัฐออกค่าใช้จ่ายได้ (จะเป็นวัคซีนทางเลือก)
schedule-when-done = เสร็จแล้วเมื่อ { $date }
schedule-when-due = รับได้ตั้งแต่ตอนนี้
schedule-when-due-by = รับได้ตั้งแต่ตอนนี้ (ตามปกติภายใน { $date })
schedule-when-from = ตั้งแต่ { $date }
schedule-when-overdue = เลยช่วงเวลาปกติแล้ว ควรรับโดยเร็ว
schedule-when-overdue-funded = เลยช่วงเวลาปกติแล้ว (รับฟรีได้ถึง { $date })
ics-calendar-name = ฮากุคุมิ วัคซีนและการตรวจสุขภาพ

## Reminders and their settings

field-days-before-open = แจ้งเตือนกี่วันก่อนถึงช่วงที่รับได้
field-days-before-close = แจ้งเตือนกี่วันก่อนหมดช่วงรับฟรี
field-temperature = อุณหภูมิร่างกาย (℃)
error-days-out-of-range = กรุณากรอกในช่วง 0–60 วัน
field-program = โครงการ
field-benefit-state = สถานะ
field-deadline = กำหนดส่ง
field-payment-date = วันจ่ายเงินครั้งถัดไป
field-payment-amount = จำนวนเงินครั้งถัดไป (เยน)
field-guardian = ชื่อผู้ปกครอง
field-children = บุตรที่ยื่นคำขอ
error-individual-number = ไม่สามารถกรอกตัวเลข 12 หลักแบบหมายเลข My Number (マイナンバー) ได้ ฮากุคุมิไม่จัดการหมายเลข My Number กรุณาลบตัวเลขออก
field-stars = คะแนน (ดาว)
error-stars-out-of-range = คะแนนคือ 1–5 ดาว (เลือก "ไม่มี" ก็ได้)
reminder-opening-title = ใกล้ถึงช่วงของ { $item } แล้ว
reminder-opening-body = { $who } สามารถรับ { $item } ได้ตั้งแต่ { $date } ลองพิจารณานัดหมายในเวลาที่สะดวกนะ
reminder-closing-title = ใกล้หมดช่วงรับฟรีของ { $item } แล้ว
reminder-closing-body = { $who } สามารถรับ { $item } ได้ฟรีถึง { $date } (เหลืออีก { $days } วัน) หากยังไม่ได้รับ ลองปรึกษาแพทย์ประจำนะ
reminder-digest-title = กำหนดการของครอบครัวเดือนนี้
reminder-digest-body = เดือนนี้มีกำหนดการ { $count } รายการ
reminder-digest-line = { $who }: { $item } (ประมาณ { $date })
reminder-settings-title = ตั้งค่าการแจ้งเตือน
reminder-settings-open = แจ้งเตือนกี่วันก่อนถึงช่วงที่รับได้
reminder-settings-close = แจ้งเตือนกี่วันก่อนหมดช่วงรับฟรี
reminder-settings-note = ตั้งได้ 0–60 วัน ทุกวันที่ 1 ของเดือนจะแจ้งกำหนดการของครอบครัวในเดือนนั้นด้วย
reminder-settings-save = บันทึก
reminder-settings-saved = บันทึกแล้ว
