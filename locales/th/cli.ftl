# Hagukumi — th, cli.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Help

cli-about = จัดการสมุดที่เข้ารหัสของฮากุคุมิ (สมุดบันทึกสุขภาพแม่และเด็ก) ผ่านบรรทัดคำสั่ง
cli-usage-heading = วิธีใช้
cli-commands-heading = คำสั่ง
cli-options-heading = ตัวเลือก
cli-help-flag = แสดงความช่วยเหลือนี้
cli-version-flag = แสดงเวอร์ชัน
cli-data-dir-help = โฟลเดอร์ข้อมูลของสมุด (ถ้าไม่ระบุ ใช้ตำแหน่งเดียวกับแอป)
cli-init-new-help = สร้างสมุดใหม่ที่นี่ แม้ว่ากุญแจของสมุดที่ย้ายออกจากโฟลเดอร์นี้ยังเหลืออยู่ใน Keychain (กุญแจนั้นจะยังอยู่)
cli-init-about = สร้างสมุดที่เข้ารหัส (ถ้ามีอยู่แล้ว จะตรวจสอบว่าเปิดได้)
cli-child-about = เพิ่มบุตรหรือแสดงรายการ
cli-child-add-about = เพิ่มบุตร
cli-child-name-help = ชื่อบุตร
cli-child-birth-help = วันเกิด (ตัวอย่าง: 2025-04-01)
cli-child-list-about = แสดงรายการบุตรที่ลงทะเบียน
cli-child-list-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (id, name, birth_date)
cli-verify-about = เปิดสมุดที่มีอยู่และตรวจสอบการยืนยันการเข้ารหัสและความถูกต้องของข้อมูล (ไม่สร้างสมุด)
cli-arguments-heading = อาร์กิวเมนต์
cli-record-about = เพิ่ม แสดงรายการ แก้ไข ลบ และกู้คืนบันทึกของบุตร (วัคซีน การวัด วันที่ทำได้ บันทึกย่อ ภูมิแพ้ การเจ็บป่วย การเกิด การตรวจสุขภาพ การตรวจฟัน การตรวจตาและหู ยา)
cli-record-add-about = เพิ่มบันทึกให้บุตร
cli-record-list-about = แสดงรายการบันทึกของบุตรเรียงจากวันที่เก่าสุด
cli-record-edit-about = แก้ไขบันทึก รายการที่ไม่ระบุจะคงค่าปัจจุบัน ระบุค่าว่าง ("") เพื่อลบรายการที่ไม่บังคับ ข้อมูลก่อนแก้ไขจะเก็บไว้ในประวัติ
cli-record-delete-about = ลบบันทึก (กู้คืนได้ภายใน 30 วัน)
cli-record-restore-about = กู้คืนบันทึกที่ลบภายใน 30 วัน
cli-record-history-about = แสดงข้อมูลก่อนแก้ไขของบันทึกเรียงจากเก่าสุด
cli-record-vaccination-about = การฉีดวัคซีน
cli-record-measurement-about = การวัดร่างกาย (น้ำหนัก ส่วนสูง รอบศีรษะ รอบอก อย่างน้อย 1 อย่าง)
cli-record-milestone-about = วันที่ทำได้ (เช่น เดินได้ครั้งแรก)
cli-record-note-about = บันทึกย่ออิสระ
cli-record-allergy-about = ภูมิแพ้ (อาหาร ยา ฯลฯ)
cli-record-illness-about = โรคที่เป็น
cli-record-child-help = ID ของบุตร (ดูได้จาก "hagu child list --json")
cli-record-id-help = ID ของบันทึก (ดูได้จาก "hagu record list")
cli-record-kind-help = เฉพาะบันทึกประเภทนี้
cli-record-deleted-help = รวมบันทึกที่ลบแล้วด้วย
cli-record-list-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (รูปแบบ: docs/export-format.md)
cli-record-history-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (record_id, change, previous, changed_at)
cli-record-date-help = วันที่ (ตัวอย่าง: 2025-04-01)
cli-record-vaccine-help = ID ของวัคซีน (ตัวอย่าง: hib, pcv, mr)
cli-record-dose-help = ครั้งที่ (1–10)
cli-record-manufacturer-help = ผู้ผลิต
cli-record-lot-help = หมายเลขล็อต
cli-record-facility-help = สถานพยาบาล
cli-record-funding-help = ค่าใช้จ่าย: public (วัคซีนตามกำหนด) หรือ self-paid (วัคซีนทางเลือก ออกค่าใช้จ่ายเอง)
cli-record-weight-help = น้ำหนัก (kg ตัวอย่าง: 6.1)
cli-record-height-help = ส่วนสูง (cm)
cli-record-head-help = รอบศีรษะ (cm)
cli-record-chest-help = รอบอก (cm)
cli-record-what-help = สิ่งที่ทำได้
cli-record-note-help = บันทึกสั้น ๆ
cli-record-text-help = เนื้อหาบันทึกย่อ
cli-record-allergy-date-help = ตั้งแต่เมื่อไร (ตัวอย่าง: 2025-04-01)
cli-record-substance-help = สาเหตุ (อาหาร ยา ฯลฯ)
cli-record-reaction-help = อาการ
cli-record-illness-help = ชื่อโรค
cli-export-about = ส่งออกสมุดทั้งหมดเป็น JSON ไฟล์เดียว ไม่ได้เข้ารหัส (รูปแบบ: docs/export-format.md)
cli-export-json-help = แสดงผลเป็น JSON (จำเป็น ขณะนี้มีรูปแบบนี้เท่านั้น)
cli-export-output-help = เขียนลงไฟล์นี้แทนเอาต์พุตมาตรฐาน (สร้างด้วยสิทธิ์ที่เจ้าของอ่านได้เท่านั้น)
cli-import-about = กู้คืนไฟล์ส่งออก JSON ลงในสมุดเปล่า (ถ้าไม่มีสมุดจะสร้างใหม่) นำเข้าทั้งหมด หรือไม่นำเข้าเลย
cli-import-json-help = ไฟล์เป็นไฟล์ส่งออก JSON (จำเป็น ขณะนี้มีรูปแบบนี้เท่านั้น)
cli-import-file-help = ไฟล์ส่งออก ถ้าเป็น - จะอ่านจากอินพุตมาตรฐาน
cli-after-help =
    ตัวแปรสภาพแวดล้อม:
      HAGUKUMI_PASSPHRASE  วลีรหัสผ่าน (เมื่อไม่ใช้ Keychain ของ OS)
      HAGUKUMI_LANG        ภาษาที่แสดง (ja, ja-x-easy, en, zh-Hans, ko, vi,
                           pt-BR, ne, tl, id, th, es)

    รหัสการสิ้นสุด (exit code):
      0  สำเร็จ
      1  ข้อผิดพลาดอื่น ๆ (อ่านหรือเขียนไฟล์ไม่ได้ พื้นที่ว่างในอุปกรณ์ไม่พอ ฯลฯ)
      2  ใช้คำสั่งไม่ถูกต้อง
      3  ข้อมูลที่กรอกไม่ถูกต้อง (ไม่มีการบันทึกใด ๆ) รวมถึงบุตรหรือบันทึกที่ไม่มีอยู่ การยกเลิกการลบที่เกิน 30 วัน ไฟล์ส่งออกที่นำเข้าไม่ได้ วลีรหัสผ่านที่สั้นกว่า 12 ตัวอักษร รหัสกู้คืนที่พิมพ์ผิด และข้อมูลสำรองที่กู้คืนที่นี่ไม่ได้
      4  เปิดสมุดไม่ได้ (ไม่มีสมุด กุญแจไม่ถูกต้อง ไม่ใช่ข้อมูลของฮากุคุมิ ไม่พบกุญแจ ไม่มีทั้ง Keychain และวลีรหัสผ่าน ต้องใช้วลีรหัสผ่าน เปิดด้วยรหัสกู้คืนไม่ได้ สมุดถูกย้ายออกจากโฟลเดอร์นี้)
      5  สมุดที่เขียนด้วยฮากุคุมิเวอร์ชันใหม่กว่า
      6  สมุดเสียหาย (เช่น เมื่อ verify พบปัญหา) หรือข้อมูลสำรองเสียหาย
cli-usage-error = ใช้คำสั่งไม่ถูกต้อง ดูได้ด้วย "hagu --help"

## Handbook

cli-init-created = สร้างสมุดแล้ว: { $path }
cli-init-exists = มีสมุดอยู่แล้ว และเปิดได้โดยไม่มีปัญหา: { $path }
cli-key-os = ที่เก็บกุญแจ: ที่เก็บข้อมูลรับรองของ OS (Keychain)
cli-key-passphrase = ที่เก็บกุญแจ: วลีรหัสผ่าน (ตัวแปรสภาพแวดล้อม HAGUKUMI_PASSPHRASE)
cli-no-handbook = ไม่มีสมุดที่ { $path } กรุณาสร้างก่อนด้วย "hagu init"
cli-no-data-dir = กำหนดโฟลเดอร์ข้อมูลไม่ได้ กรุณาระบุด้วย --data-dir

## Children

cli-child-line = { $name }  เกิด { $birth }  { $age }
cli-child-added = เพิ่มบุตรแล้ว: { $child }
cli-child-none = ยังไม่มีบุตรลงทะเบียน เพิ่มได้ด้วย "hagu child add"
cli-age-unknown = ไม่ทราบอายุ
cli-field-error = { $field }: { $message }
cli-nothing-saved = ไม่มีการบันทึกใด ๆ

## Verify

cli-verify-ok = สมุดไม่มีปัญหา: { $path }
cli-verify-schema = เวอร์ชันสคีมา: { $version }
cli-verify-cipher = เวอร์ชัน SQLCipher: { $version }
cli-verify-problems = พบปัญหาในสมุด ({ $count } รายการ): { $path }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (ลบแล้ว กู้คืนได้ถึง { $until })
cli-record-mark-gone = (ลบแล้ว)
cli-datetime = { $date } { $time }
cli-record-none = ยังไม่มีบันทึก เพิ่มได้ด้วย "hagu record add"
cli-record-added = เพิ่มบันทึก #{ $id } ของ { $name } แล้ว: { $entry }
cli-record-edited = แก้ไขบันทึก #{ $id } แล้ว: { $entry }
cli-record-deleted = ลบบันทึก #{ $id } แล้ว กู้คืนได้ด้วย "hagu record restore { $id }" จนถึง { $until }
cli-record-restored = กู้คืนบันทึก #{ $id } แล้ว: { $entry }
cli-record-no-child = ไม่มีบุตร ID { $id } กรุณาตรวจสอบด้วย "hagu child list --json" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-record-no-record = ไม่มีบันทึก ID { $id } กรุณาตรวจสอบด้วย "hagu record list" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-record-kind-mismatch = บันทึก #{ $id } เป็นประเภท { $kind } กรุณาแก้ไขด้วย "hagu record edit { $id } { $kind } …" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-record-is-deleted = บันทึก #{ $id } ถูกลบแล้ว กรุณากู้คืนก่อนด้วย "hagu record restore { $id }" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-record-already-deleted = บันทึก #{ $id } ถูกลบไปแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
cli-record-not-deleted = บันทึก #{ $id } ไม่ได้ถูกลบ จึงไม่มีอะไรต้องกู้คืน
cli-record-too-old = บันทึก #{ $id } ลบไปเกิน 30 วันแล้ว จึงกู้คืนไม่ได้
cli-record-official = บันทึก #{ $id } เป็นบันทึกทางการที่ได้รับจากพอร์ทัล จึงแก้ไขหรือลบไม่ได้
cli-history-line = { $at }  { $change } ก่อนเปลี่ยน: { $entry }
cli-history-edit = แก้ไข
cli-history-delete = ลบ
cli-history-restore = กู้คืน
cli-history-none = บันทึก #{ $id } ไม่มีการเปลี่ยนแปลง

## Record photos

cli-photo-about = เพิ่ม แสดงรายการ ส่งออก ลบ และกู้คืนรูปภาพของบันทึกของบุตร (JPEG หรือ PNG ข้อมูลเช่นสถานที่ถ่ายจะถูกลบออกเหมือนในแอป)
cli-photo-add-about = เพิ่มรูปภาพให้บันทึก (JPEG หรือ PNG ไม่เกิน 8MB บันทึกละไม่เกิน 10 รูป) ข้อมูลเช่นสถานที่ถ่ายและกล้องจะถูกลบก่อนบันทึก
cli-photo-list-about = แสดงรายการรูปภาพ (ID บันทึก รูปแบบ ขนาด วันเวลาที่เพิ่ม) ของทุกบันทึกหรือของบันทึกเดียว
cli-photo-export-about = ส่งออกรูปภาพเป็นไฟล์ตามที่เก็บไว้ในสมุด
cli-photo-delete-about = ลบรูปภาพ (กู้คืนได้ภายใน 30 วัน)
cli-photo-restore-about = กู้คืนรูปภาพที่ลบภายใน 30 วัน
cli-photo-file-help = ไฟล์รูปภาพ (JPEG หรือ PNG)
cli-photo-output-help = ไฟล์ที่จะส่งออก ("-" คือเอาต์พุตมาตรฐาน) ไฟล์ชื่อเดียวกันจะถูกแทนที่
cli-photo-id-help = ID ของรูปภาพ (ดูได้จาก "{ $command } list")
cli-photo-list-record-help = เฉพาะรูปภาพของบันทึกนี้
cli-photo-list-deleted-help = รวมรูปภาพที่ลบแล้วด้วย
cli-photo-list-json-help = แสดงผลเป็นอาร์เรย์ JSON ที่เครื่องอ่านได้ (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = เพิ่มรูป #{ $id } ในบันทึก #{ $record } แล้ว ({ $mime }, { $size } ไบต์) ลบข้อมูลเช่นสถานที่ถ่ายออกแล้ว
cli-photo-line = #{ $id }  บันทึก #{ $record }  { $mime }  { $size } ไบต์  เพิ่มเมื่อ { $at }
cli-photo-none = ยังไม่มีรูปภาพ เพิ่มได้ด้วย "{ $command } add"
cli-photo-exported = ส่งออกรูป #{ $id } ({ $mime }, { $size } ไบต์) แล้ว: { $path }
cli-photo-deleted = ลบรูป #{ $id } แล้ว กู้คืนได้ด้วย "{ $command } restore { $id }" จนถึง { $until }
cli-photo-restored = กู้คืนรูป #{ $id } ของบันทึก #{ $record } แล้ว
cli-photo-already-deleted = รูป #{ $id } ถูกลบไปแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
cli-photo-not-deleted = รูป #{ $id } ไม่ได้ถูกลบ จึงไม่มีอะไรต้องกู้คืน
cli-photo-too-old = รูป #{ $id } ลบไปเกิน 30 วันแล้ว จึงกู้คืนไม่ได้
cli-photo-is-deleted = รูป #{ $id } ถูกลบแล้ว กรุณากู้คืนก่อนด้วย "{ $command } restore { $id }" ไม่ได้ส่งออกอะไร
cli-photo-no-photo = ไม่มีรูป ID { $id } กรุณาตรวจสอบด้วย "{ $command } list" ไม่มีการเปลี่ยนแปลงใด ๆ
cli-photo-not-theirs = บันทึก #{ $record } ไม่ใช่บันทึกของ { $name } ไม่มีการบันทึกใด ๆ
cli-photo-cannot-read = อ่าน { $path } ไม่ได้: { $detail }

## Export and import

cli-export-plaintext = คำเตือน: ไฟล์ส่งออกไม่ได้เข้ารหัส ใครก็ตามที่อ่านได้จะอ่านสมุดได้ทั้งหมด กรุณาเก็บรักษาอย่างดี และลบเมื่อไม่ต้องการแล้ว
cli-export-written = เขียนไฟล์ส่งออกแล้ว: { $path }
cli-export-cannot-write = เขียนไปที่ { $path } ไม่ได้: { $detail }
cli-import-cannot-read = อ่าน { $path } ไม่ได้: { $detail }
cli-import-too-large = { $path } ใหญ่เกินไป (สูงสุด { $limit } MB) ไฟล์ส่งออกของฮากุคุมิไม่ใหญ่ขนาดนี้ กรุณาตรวจสอบว่าเป็นไฟล์ที่ถูกต้อง
cli-import-not-json = ไม่ใช่เอกสาร JSON: { $detail }
cli-import-not-an-export = ไม่ใช่ไฟล์ส่งออกของฮากุคุมิ ("format" ไม่ใช่ "hagukumi-export")
cli-import-version = รูปแบบของไฟล์ส่งออกนี้เป็นเวอร์ชัน { $version } hagu นี้อ่านได้เวอร์ชัน { $supported } กรุณาอัปเดตฮากุคุมิ
cli-import-invalid = เนื้อหาของไฟล์ส่งออกขัดแย้งกันหรือเสียหาย: { $detail }
cli-import-not-empty = สมุดที่ { $path } มีข้อมูลอยู่แล้ว ไฟล์ส่งออกนำเข้าได้เฉพาะสมุดเปล่า (กรุณาใช้ --data-dir ใหม่ ฯลฯ)
cli-import-nothing = ไม่ได้นำเข้าอะไร
cli-import-done = นำเข้าไปที่ { $path } แล้ว: บุตร { $children } คน การตั้งครรภ์ { $pregnancies } รายการ บันทึก { $records } รายการ
cli-import-unverified = ข้อมูลทางการ { $count } รายการตรวจสอบลายเซ็นไม่ได้ จึงนำเข้าเป็นบันทึกของคุณเอง (แก้ไขหรือลบได้ จะได้รับจากพอร์ทัลอีกครั้งในการซิงค์ครั้งถัดไป)
cli-import-reference-portal-help = ตรวจสอบลายเซ็นของข้อมูลทางการด้วยพอร์ทัลอ้างอิง (กุญแจสำหรับการพัฒนา) ด้วย (สำหรับเดโมและการทดสอบ)

## hagu schedule / hagu summary

cli-schedule-about = แสดงกำหนดการฉีดวัคซีนและตรวจสุขภาพ (ข้อความ JSON หรือ ICS สำหรับปฏิทิน)
cli-schedule-child-help = เฉพาะบุตรคนนี้ (ถ้าไม่ระบุคือทุกคน)
cli-schedule-as-of-help = คำนวณโดยถือวันนี้เป็น "วันนี้" (ตัวอย่าง: 2026-12-01)
cli-schedule-json-help = แสดงผลเป็น JSON (รูปแบบ docs/cli-schedule.md)
cli-schedule-ics-help = แสดงผลในรูปแบบ iCalendar (.ics) ที่นำเข้าปฏิทินได้
cli-schedule-person = { $name }
cli-summary-about = สร้างสรุปข้อมูลสำหรับพบแพทย์ (HTML หน้าเดียว)
cli-summary-child-help = ID ของบุตรที่จะสร้างสรุป
cli-summary-output-help = เขียนลงไฟล์นี้แทนเอาต์พุตมาตรฐาน
cli-summary-written = เขียนสรุปข้อมูลสำหรับพบแพทย์แล้ว (เป็นไฟล์ที่ไม่ได้เข้ารหัส กรุณาจัดการอย่างระมัดระวัง)

## hagu sync
cli-sync-about = นำเข้าบันทึกทางการจากพอร์ทัล (แบบ Mynaportal) ถ้าเรียกโดยไม่มีคำสั่งย่อยจะซิงค์ทันที
cli-sync-portal-help = ที่อยู่ของพอร์ทัล (ถ้าไม่ระบุ ใช้พอร์ทัลที่เชื่อมต่อไว้)
cli-sync-reference-portal-help = ใช้พอร์ทัลอ้างอิง (กุญแจสำหรับการพัฒนา ข้อมูลสมมติ) (สำหรับเดโมและการทดสอบ)
cli-sync-reference-hint = หากต้องการเชื่อมต่อพอร์ทัลอ้างอิง (สำหรับการพัฒนา ข้อมูลสมมติ) กรุณาเพิ่ม --reference-portal
cli-sync-page-limit-help = จำนวนที่รับต่อครั้ง (1–200)
cli-sync-json-help = แสดงผลเป็น JSON ที่เครื่องอ่านได้
cli-sync-connect-about = เชื่อมต่อพอร์ทัล (เปิดที่อยู่ที่แสดงในเบราว์เซอร์แล้วให้ความยินยอม)
cli-sync-timeout-help = จำนวนวินาทีที่รอความยินยอมในเบราว์เซอร์
cli-sync-status-about = แสดงสถานะการซิงค์ (ซิงค์ล่าสุด รอส่ง บันทึกที่ต้องตรวจสอบ)
cli-sync-official-about = แสดงรายการบันทึกทางการที่ได้รับจากพอร์ทัล
cli-sync-child-help = หมายเลขบุตร
cli-sync-resolve-about = เลือกว่าจะเก็บอันไหน เมื่อบันทึกจากพอร์ทัลกับบันทึกของคุณไม่ตรงกัน
cli-sync-resolve-id-help = ID ของบันทึกจากพอร์ทัล (แสดงใน "hagu sync official")
cli-sync-keep-mine-help = เก็บบันทึกของคุณ
cli-sync-use-official-help = ใช้บันทึกจากพอร์ทัล (บันทึกของคุณจะถือว่าถูกลบ และกู้คืนได้ภายใน 30 วัน)
cli-sync-questionnaire-about = ใส่แบบสอบถามก่อนฉีดวัคซีนไว้ในรายการรอส่ง (ส่งในการซิงค์ครั้งถัดไป)
cli-sync-vaccine-help = ID ของวัคซีน (ตัวอย่าง: mr)
cli-sync-date-help = วันที่นัดฉีด
cli-sync-temperature-help = อุณหภูมิร่างกาย (℃)
cli-sync-answer-help = คำตอบของคำถาม (ตัวอย่าง: feels-well=yes) กรุณาตอบทุกคำถาม
cli-sync-note-help = สิ่งที่อยากบอกแพทย์
cli-sync-disconnect-about = เลิกเชื่อมต่อพอร์ทัลและเพิกถอนความยินยอม (บันทึกที่นำเข้าแล้วจะยังอยู่)
cli-sync-open-this = กรุณาเปิดที่อยู่ต่อไปนี้ในเบราว์เซอร์ แล้วให้ความยินยอมในรายการที่จะเชื่อมโยง:
cli-sync-browser-done = เชื่อมโยงกับฮากุคุมิเสร็จแล้ว กรุณาปิดหน้านี้แล้วกลับไปที่เทอร์มินัล
cli-sync-connected = เชื่อมต่อกับ { $portal } แล้ว (รายการที่ยินยอม: { $scopes }) นำเข้าได้ด้วย "hagu sync"
cli-sync-scope-questionnaires = การส่งแบบสอบถามก่อนฉีดวัคซีน
cli-sync-done = ซิงค์แล้ว: บันทึกใหม่ { $added } รายการ ตรงกับบันทึกของคุณ { $linked } รายการ ต้องตรวจสอบ { $conflicts } รายการ อัปเดต { $updated } รายการ ไม่เปลี่ยนแปลง { $unchanged } ส่งแล้ว { $sent } รายการ
cli-sync-conflicts-waiting = มีบันทึกทางการที่ไม่ตรงกับบันทึกของคุณ { $count } รายการ กรุณาตรวจสอบด้วย "hagu sync official" แล้วตัดสินใจด้วย "hagu sync resolve"
cli-sync-connect-hint = กรุณาเชื่อมต่อด้วย "hagu sync connect --portal URL"
cli-sync-never = ยังไม่มี
cli-sync-status-line = พอร์ทัล: { $portal }  ซิงค์ล่าสุด: { $last }  รอส่ง: { $pending } รายการ  ต้องตรวจสอบ: { $conflicts } รายการ
cli-sync-last-error = การซิงค์ครั้งก่อน: { $error }
cli-sync-no-official = ยังไม่มีบันทึกจากพอร์ทัล
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } ครั้งที่ { $dose }
cli-sync-item-checkup = การตรวจสุขภาพ ({ $kind })
cli-sync-item-certificate = { $name } (หมายเลขผู้รับภาระค่าใช้จ่ายภาครัฐ { $payer }, หมายเลขผู้มีสิทธิ์ { $recipient }, ถึง { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = เพิ่มเป็นบันทึกทางการ
cli-sync-state-linked = ตรงกับบันทึกของคุณ
cli-sync-state-conflict = ต้องตรวจสอบ
cli-sync-state-kept-mine = เก็บบันทึกของคุณไว้
cli-sync-state-info = เพื่ออ้างอิง
cli-sync-no-conflict = ไม่พบบันทึกที่ต้องตรวจสอบ { $id } ไม่มีการเปลี่ยนแปลงใด ๆ
cli-sync-questions = ID ของคำถาม: { $ids }
cli-sync-queued = ใส่แบบสอบถามก่อนฉีดวัคซีนไว้ในรายการรอส่งแล้ว (#{ $id }) จะส่งในการซิงค์ครั้งถัดไป
cli-sync-disconnected = เลิกเชื่อมต่อพอร์ทัลและเพิกถอนความยินยอมแล้ว บันทึกที่นำเข้ายังอยู่ในสมุด

## Recovery code and backup

cli-recovery-code-about = แสดงรหัสกู้คืนของสมุดอีกครั้ง (รหัสนี้เปิดสมุดได้ในทุกอุปกรณ์)
cli-recover-about = เปิดสมุดที่กุญแจหายด้วยรหัสกู้คืน และเก็บกุญแจไว้ในที่เก็บข้อมูลรับรองของอุปกรณ์นี้ (หากตั้ง HAGUKUMI_PASSPHRASE ไว้ จะป้องกันด้วยวลีรหัสผ่านใหม่นั้น)
cli-backup-about = เขียนข้อมูลสำรองที่เข้ารหัสของสมุดทั้งหมดเป็นไฟล์เดียว (ปิดผนึกด้วยรหัสกู้คืน)
cli-backup-output-help = เขียนข้อมูลสำรองลงไฟล์นี้ (ถ้าไม่ระบุ จะเป็น hagukumi-วันที่-เวลา.hagukumi-backup ในโฟลเดอร์ปัจจุบัน)
cli-restore-about = กู้คืนสมุดจากไฟล์ข้อมูลสำรอง (ตรวจสอบทั้งหมดก่อนแทนที่สิ่งใด)
cli-restore-file-help = ไฟล์ข้อมูลสำรอง (.hagukumi-backup)
cli-recovery-code-flag-help = รหัสกู้คืน (ถ้าไม่ระบุ จะถามให้กรอก)
cli-recovery-code-line = รหัสกู้คืน: { $code }
cli-recovery-code-advice = กรุณาคัดลอกรหัสนี้ลงกระดาษ และเก็บไว้ในที่ปลอดภัยแยกจากอุปกรณ์นี้ เมื่อเปิดสมุดในสมาร์ทโฟนหรือคอมพิวเตอร์เครื่องใหม่ หรือเมื่อกุญแจหาย รหัสนี้เป็นสิ่งเดียวที่พึ่งได้
cli-recovery-code-new = สมุดนี้มีรหัสกู้คืนแล้ว จะแสดงที่นี่เพียงครั้งเดียว (ดูอีกครั้งได้ด้วย "hagu recovery-code")
cli-recovery-code-prompt = รหัสกู้คืน:
cli-recovery-code-required = กรุณาระบุรหัสกู้คืนด้วย --recovery-code (ไม่มีเทอร์มินัลให้กรอก) ไม่มีการเปลี่ยนแปลงใด ๆ
cli-recover-done = เปิดสมุดได้อีกครั้งแล้ว: { $path } เก็บกุญแจไว้ในที่เก็บข้อมูลรับรองของอุปกรณ์นี้แล้ว
cli-recover-done-passphrase = เปิดสมุดได้อีกครั้งแล้ว: { $path } ต่อไปจะเปิดด้วยวลีรหัสผ่านใหม่ใน HAGUKUMI_PASSPHRASE (วลีรหัสผ่านเดิมใช้ไม่ได้)
cli-backup-written = เขียนข้อมูลสำรองที่เข้ารหัสแล้ว: { $path } ({ $size } ไบต์) เปิดไม่ได้หากไม่มีรหัสกู้คืน
cli-restore-done = กู้คืนสมุดจากข้อมูลสำรองของ { $created } แล้ว: { $path }
cli-hint-init-new = หากต้องการสร้างสมุดใหม่ที่นี่: hagu init --new
cli-hint-recover = หากต้องการเปิดด้วยรหัสกู้คืน: hagu recover
cli-hint-restore = หากต้องการกู้คืนจากข้อมูลสำรอง: hagu restore ไฟล์
cli-hint-open-moved = หากต้องการเปิดจากตำแหน่งปัจจุบัน: hagu --data-dir โฟลเดอร์ …
