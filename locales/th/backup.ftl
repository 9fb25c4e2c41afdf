# Hagukumi — th, backup.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Recovery sheet (printed page)

recovery-sheet-title = ฮากุคุมิ แผ่นกู้คืน
recovery-sheet-made = วันที่สร้าง: { $date }
recovery-sheet-family = สมุดนี้: { $names }
recovery-sheet-qr-label = QR โค้ดของรหัสกู้คืน
recovery-sheet-what-title = นี่คืออะไร
recovery-sheet-what = นี่คือรหัสกู้คืนของสมุดนี้ เมื่อเปลี่ยนสมาร์ทโฟน ทำหาย หรือกุญแจถูกลบ หากมีรหัสนี้จะเปิดสมุดในอุปกรณ์อื่นได้ ใช้ตอนกู้คืนจากข้อมูลสำรองด้วย
recovery-sheet-keep-title = วิธีเก็บรักษา
recovery-sheet-keep-paper = พิมพ์ออกมาหรือคัดลอกลงกระดาษ แล้วเก็บไว้กับเอกสารสำคัญ เช่น สมุดบันทึกสุขภาพแม่และเด็ก หรือสำเนาบัตรประกันสุขภาพ
recovery-sheet-keep-no-photo = อย่าเก็บไว้เป็นรูปภาพหรือบันทึกในสมาร์ทโฟนเครื่องเดียวกัน หากสมาร์ทโฟนหาย รหัสก็จะหายไปด้วย
recovery-sheet-keep-secret = ผู้ที่มีรหัสนี้สามารถอ่านสมุดได้ อย่าให้คนนอกครอบครัวเห็น
recovery-sheet-use-title = เมื่อต้องใช้
recovery-sheet-use-open = เปิดฮากุคุมิในอุปกรณ์ใหม่ แล้วเลือก "มีรหัสกู้คืน" หรือ "กู้คืนจากข้อมูลสำรอง"
recovery-sheet-use-type = กรอกรหัสนี้ (ตัวพิมพ์ใหญ่หรือเล็ก มีหรือไม่มีขีดกลางก็ได้)

## Recovery code of a new handbook (shown once)

recovery-new-title = กรุณาจดรหัสกู้คืนไว้
recovery-new-body = รหัสนี้ใช้เปิดสมุดนี้เมื่อเปลี่ยนเครื่องหรือทำสมาร์ทโฟนหาย กรุณาคัดลอกลงกระดาษหรือพิมพ์แผ่นกู้คืน แล้วเก็บไว้กับเอกสารสำคัญ อย่าถ่ายรูปเก็บไว้ในสมาร์ทโฟนเครื่องเดียวกัน
recovery-new-sheet = เปิดแผ่นกู้คืน (พิมพ์)
recovery-new-confirm = จดไว้แล้ว / พิมพ์แล้ว
recovery-new-restore = สำหรับผู้ที่ย้ายมาจากอุปกรณ์อื่น (กู้คืนจากข้อมูลสำรอง)

## First screen when the key is missing

recovery-start-title = อุปกรณ์นี้ไม่มีกุญแจของสมุด
recovery-start-body = มีข้อมูลสมุดอยู่ แต่ไม่พบกุญแจสำหรับเปิดในอุปกรณ์นี้ (เช่น หลังเปลี่ยนเครื่องหรือรีเซ็ต Keychain) หากมีรหัสกู้คืนจะเปิดได้ ข้อมูลไม่ได้ถูกเปลี่ยนแปลง
recovery-start-code-title = มีรหัสกู้คืน
recovery-code-field = รหัสกู้คืน
recovery-code-hint = 28 ตัวอักษรในแผ่นกู้คืน (7 กลุ่ม กลุ่มละ 4 ตัว) มีขีดกลางหรือไม่ ตัวพิมพ์ใหญ่หรือเล็กก็ได้
recovery-start-open = เปิดสมุด
recovery-start-opening = กำลังตรวจสอบ…
recovery-start-restore-title = กู้คืนจากไฟล์ข้อมูลสำรอง
recovery-opened = เปิดสมุดแล้ว และเก็บกุญแจใหม่ไว้ในอุปกรณ์นี้แล้ว

## Backup and transfer screen

backups-card-title = สำรองข้อมูลและย้ายเครื่อง
backups-card-intro = ปกป้องสมุดไว้สำหรับกรณีเปลี่ยนเครื่องหรือทำสมาร์ทโฟนหาย
backups-card-last = สำรองข้อมูลล่าสุด: { $when }
backups-card-never = ยังไม่ได้สำรองข้อมูล
backups-card-open = สำรองข้อมูลและย้ายเครื่อง
backups-title = สำรองข้อมูลและย้ายเครื่อง
backups-help-title = วิธีการทำงาน (คำอธิบายอย่างง่าย)
backups-help-key = ข้อมูลสมุดถูกเข้ารหัสและเก็บไว้ในสมาร์ทโฟนเครื่องนี้เท่านั้น กุญแจสำหรับเปิดอยู่ในที่เก็บกุญแจของ OS (Keychain) ไม่มีการส่งข้อมูลใด ๆ ไปยังเซิร์ฟเวอร์ของบริษัทฮากุคุมิ
backups-help-code = รหัสกู้คืนคือกุญแจสำรองเมื่อกุญแจหาย จะแสดงตอนสร้างสมุด หากจดไว้บนกระดาษ ก็เปิดสมุดในอุปกรณ์อื่นได้
backups-help-backup = ข้อมูลสำรองคือไฟล์เดียวที่เข้ารหัสสมุดทั้งเล่ม เปิดไม่ได้หากไม่มีรหัสกู้คืน จึงเก็บไว้ในคลาวด์ไดรฟ์ก็ไม่มีใครอ่านเนื้อหาได้
backups-help-move = วิธีเปลี่ยนเครื่อง: สร้างข้อมูลสำรองในเครื่องเก่า แล้วย้ายไฟล์นั้นไปเครื่องใหม่ (ผ่านคลาวด์ไดรฟ์ คอมพิวเตอร์ ฯลฯ) เปิดฮากุคุมิในเครื่องใหม่ แล้วกรอกไฟล์และรหัสกู้คืนใน "กู้คืนจากข้อมูลสำรอง"
backups-now-title = สำรองข้อมูลตอนนี้
backups-file-field = ไฟล์ที่จะบันทึก
backups-file-hint = ตัวอย่าง: /home/hanako/hagukumi-2026-12-03.hagukumi-backup (กรุณาระบุชื่อไฟล์ใหม่)
backups-now-submit = สร้างข้อมูลสำรอง
backups-working = กำลังสร้าง…
backups-written = บันทึกข้อมูลสำรองแล้ว: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = สำรองข้อมูลอัตโนมัติ
backups-auto-intro = สร้างข้อมูลสำรองวันละครั้งในโฟลเดอร์ที่เลือก หากเลือกโฟลเดอร์ที่ซิงค์กับคลาวด์ไดรฟ์ของคุณ แม้อุปกรณ์หายก็วางใจได้ ในโฟลเดอร์จะมีเฉพาะไฟล์ที่เข้ารหัสแล้ว
backups-folder-field = โฟลเดอร์
backups-folder-hint = ตัวอย่าง: /home/hanako/Dropbox/hagukumi (ปล่อยว่างเพื่อหยุดการสำรองอัตโนมัติ)
backups-keep-field = จำนวนที่เก็บไว้
backups-keep-hint = เก็บไฟล์ใหม่สุดตามจำนวนนี้ และลบไฟล์เก่า (1–{ $max })
backups-auto-save = บันทึกการตั้งค่า
backups-auto-saved = บันทึกการตั้งค่าสำรองข้อมูลอัตโนมัติแล้ว
backups-auto-off = การสำรองข้อมูลอัตโนมัติหยุดอยู่
backups-auto-on = เก็บไฟล์ใหม่สุด { $keep } ไฟล์ไว้ที่ { $folder }
backups-auto-last = สำรองข้อมูลอัตโนมัติล่าสุด: { $when }
backups-auto-never = ยังไม่มีการสำรองข้อมูลอัตโนมัติ
backups-auto-problem = การสำรองข้อมูลอัตโนมัติครั้งก่อนล้มเหลว: { $problem }
backups-restore-title = กู้คืนจากข้อมูลสำรอง
backups-restore-body = ตรวจสอบไฟล์ข้อมูลสำรองทั้งหมดก่อน แล้วจึงแทนที่สมุดปัจจุบัน ระหว่างตรวจสอบหรือหากล้มเหลว สมุดปัจจุบันจะยังคงเดิม
backups-restore-file = ไฟล์ข้อมูลสำรอง
backups-restore-file-hint = ตัวอย่าง: /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = กู้คืน
backups-restore-working = กำลังตรวจสอบไฟล์…
backups-restored = กู้คืนแล้ว สมุดเป็นข้อมูลตามข้อมูลสำรองแล้ว
backups-code-title = รหัสกู้คืน
backups-code-body = หากทำแผ่นกู้คืนหาย สามารถแสดงและพิมพ์ใหม่ได้ที่นี่
backups-code-show = แสดงรหัสกู้คืน
backups-code-confirm = กรุณาตรวจสอบว่าไม่มีใครอยู่รอบ ๆ ต้องการแสดงรหัสกู้คืนหรือไม่
backups-code-confirm-yes = แสดง
backups-code-cancel = ยกเลิก
backups-code-hide = ซ่อน
backups-sheet-open = เปิดแผ่นกู้คืน
backups-sheet-print = พิมพ์
backups-sheet-close = ปิด
backups-setting-problem-folder-required = กรุณากรอกโฟลเดอร์
backups-setting-problem-folder-relative = กรุณากรอกโฟลเดอร์เป็นตำแหน่งเต็มตั้งแต่ต้น (ตัวอย่าง: /home/… หรือ C:\…)
backups-setting-problem-folder-missing = ไม่พบโฟลเดอร์นี้ กรุณาสร้างโฟลเดอร์ก่อน
backups-setting-problem-keep = กรุณากรอกจำนวนที่เก็บไว้เป็นตัวเลข 1–60
backups-file-required = กรุณากรอกตำแหน่งไฟล์
error-no-recovery-code = สมุดนี้ยังไม่มีรหัสกู้คืน เมื่อเริ่มแอปใหม่รหัสจะถูกสร้าง

## hagu recovery-sheet

cli-recovery-sheet-about = สร้างแผ่นกู้คืน (รหัสกู้คืน QR โค้ด และวิธีเก็บรักษา) เป็น HTML สำหรับพิมพ์
cli-recovery-sheet-output-help = เขียนลงไฟล์นี้แทนเอาต์พุตมาตรฐาน (ไฟล์ใหม่ อ่านได้เฉพาะเจ้าของ)
cli-recovery-sheet-written = เขียนแผ่นกู้คืนแล้ว เมื่อพิมพ์เสร็จกรุณาลบไฟล์นี้

## First screen when only an earlier handbook's key remains

elsewhere-title = ไม่มีสมุดในตำแหน่งนี้
elsewhere-body = กุญแจของสมุดที่เคยอยู่ที่นี่ยังเหลืออยู่ในอุปกรณ์นี้ (เช่น หลังย้ายโฟลเดอร์สมุดหรือติดตั้งแอปใหม่) หากมีข้อมูลสำรองของสมุด สามารถกู้คืนที่นี่ได้
elsewhere-new-title = เริ่มสมุดใหม่
elsewhere-new-body = หากไม่มีข้อมูลสำรองและต้องการเริ่มใหม่ เลือกที่นี่ กุญแจของสมุดเดิมจะไม่ถูกลบ
elsewhere-new-confirm = จะสร้างสมุดเปล่าเล่มใหม่ สมุดเดิมจะเปิดจากหน้านี้ไม่ได้อีก ตกลงหรือไม่
elsewhere-new-yes = สร้างสมุดใหม่
