# Hagukumi — th, benefits.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Benefit applications and their state

benefits-title = การยื่นขอเงินสวัสดิการและสถานะ
benefits-open = ดูการยื่นคำขอและสถานะ
benefits-back = กลับ
benefits-none = ยังไม่มีการยื่นคำขอ เริ่มได้จาก "ยื่นคำขอรวม" หรือ "บันทึกเอง" ด้านล่าง
benefits-list-heading = การยื่นคำขอ
benefits-next-payment-heading = การจ่ายเงินครั้งถัดไป
benefits-no-payment = ยังไม่มีการจ่ายเงินที่กำหนดไว้
benefit-state-not-applied = ยังไม่ยื่น
benefit-state-applied = ยื่นแล้ว
benefit-state-approved = อนุมัติแล้ว
benefit-state-paid = จ่ายแล้ว
benefit-state-needs-action = ต้องดำเนินการ
benefit-source-official = ทางการ
benefit-source-tracked = บันทึกเอง
benefit-source-registry = โครงการที่มีสิทธิ์
benefit-portal-status = สถานะที่สำนักงาน: { $status }
benefit-applied-on = วันที่ยื่น { $date }
benefit-deadline = กำหนดส่ง { $date } (เหลืออีก { $days } วัน)
benefit-deadline-passed = กำหนดส่ง { $date } (เลยกำหนดแล้ว)
benefit-amount = { $yen } เยน
benefit-next-payment = { $yen } เยน เมื่อ { $date }
benefit-next-payment-of = การจ่ายเงินครั้งถัดไป: { $program } { $yen } เยน เมื่อ { $date }
benefit-delete = ลบ
benefit-reminder-title = ใกล้ถึงกำหนดส่งของ { $who } แล้ว
benefit-reminder-body = กำหนดส่งของ { $who } คือ { $date } (เหลืออีก { $days } วัน) กรุณายื่นคำขอหรือดำเนินการที่จำเป็นให้เรียบร้อย
benefit-error-already-pending = มีคำขอที่รอส่งอยู่ เมื่อเชื่อมต่อได้จะส่งโดยอัตโนมัติ จึงไม่ต้องยื่นซ้ำ
benefit-error-refused = พอร์ทัลไม่รับคำขอนี้ กรุณาตรวจสอบชื่อและวันเกิดของบุตรแล้วยื่นใหม่ หรือสอบถามที่สำนักงานเทศบาล
benefit-error-no-children = ยังไม่มีบุตรลงทะเบียนในสมุด กรุณาลงทะเบียนก่อนจาก "เพิ่มบุตร" ที่หน้าแรก
benefit-no-such-application = ไม่พบบันทึกนั้น กรุณาตรวจสอบหมายเลขด้วย `hagu benefits`

once-only-title = ยื่นคำขอรวม 018 Support (018サポート) และ Akachan First (赤ちゃんファースト)
once-only-intro = กรอกข้อมูลจากข้อมูลบุตรในสมุดไว้แล้ว กรุณาตรวจสอบแล้วส่ง ไม่ต้องกรอกหมายเลข My Number (マイナンバー)
once-only-programs = โครงการที่ยื่น: 018 Support (018サポート เดือนละ 5,000 เยนต่อบุตร 1 คน) และ Akachan First (赤ちゃんファースト สำหรับเด็กที่เกิดตั้งแต่ 1 เมษายน 2025 คะแนนของขวัญมูลค่า 100,000 เยน) พอร์ทัลเป็นผู้ตัดสินสิทธิ์
once-only-child = { $name } (เกิด { $date })
once-only-confirm = ยื่นคำขอตามข้อมูลด้านบน (ตรวจสอบแล้ว)
once-only-confirm-needed = ก่อนส่ง กรุณาตรวจสอบข้อมูลแล้วทำเครื่องหมายที่ "ตรวจสอบแล้ว"
once-only-send = ส่งคำขอ
once-only-queued = รับคำขอแล้ว กำลังส่งไปยังพอร์ทัล
once-only-sent = ส่งคำขอไปยังพอร์ทัลแล้ว สถานะจะแสดงในหน้านี้
once-only-not-connected = ยังไม่ได้เชื่อมต่อพอร์ทัล คำขอจึงรอส่งอยู่ เมื่อเชื่อมต่อพอร์ทัลจาก "ข้อมูลทางการ" ที่หน้าแรก คำขอจะถูกส่ง
submission-pending = รอส่ง: { $children }
submission-pending-problem = รอส่ง: { $children } ({ $problem } เมื่อเชื่อมต่อได้จะส่งโดยอัตโนมัติ)
submission-sent = ส่งแล้ว กำลังดึงสถานะ: { $children }
submission-refused = ไม่ได้รับการยอมรับ: { $children }

track-title = บันทึกการยื่นคำขอเอง
track-intro = เงินสวัสดิการที่ยื่นที่สำนักงานหรือทางไปรษณีย์ ก็จัดการสถานะ กำหนดส่ง และการจ่ายเงินครั้งถัดไปได้ที่นี่
track-save = บันทึก
track-saved = บันทึกแล้ว

## hagu benefits
cli-benefits-about = แสดงการยื่นขอเงินสวัสดิการและสถานะ (การยื่นคำขอรวม 018 Support และ Akachan First และคำขอที่บันทึกเอง)
cli-benefits-json-help = แสดงผลเป็น JSON (สำหรับสคริปต์)
cli-benefits-apply-about = ยื่นคำขอรวม 018 Support และ Akachan First (ใส่ไว้ในรายการรอส่ง แล้วส่งด้วย `hagu sync`) ไม่ใช้หมายเลข My Number
cli-benefits-guardian-help = ชื่อผู้ปกครอง (กรอกครั้งเดียว ครั้งต่อไปละได้)
cli-benefits-child-help = หมายเลขบุตรที่ยื่น (ระบุซ้ำได้ ถ้าไม่ระบุคือบุตรทุกคนในสมุด)
cli-benefits-track-about = บันทึกเงินสวัสดิการที่ยื่นที่สำนักงานหรือทางไปรษณีย์ด้วยตนเอง
cli-benefits-program-help = ชื่อโครงการ (ตัวอย่าง: เงินช่วยเหลือบุตร 児童手当)
cli-benefits-state-help = สถานะ: not-applied (ยังไม่ยื่น), applied (ยื่นแล้ว), approved (อนุมัติแล้ว), paid (จ่ายแล้ว), needs-action (ต้องดำเนินการ)
cli-benefits-applied-on-help = วันที่ยื่น
cli-benefits-deadline-help = กำหนดส่ง (จะแจ้งเตือนก่อนวันนี้)
cli-benefits-payment-date-help = วันจ่ายเงินครั้งถัดไป
cli-benefits-payment-yen-help = จำนวนเงินครั้งถัดไป (เยน)
cli-benefits-note-help = บันทึกย่อ
cli-benefits-delete-about = ลบคำขอที่บันทึกเอง
cli-benefits-id-help = หมายเลขบันทึก (ตัวเลขหลัง # ใน `hagu benefits`)
cli-benefits-deleted = ลบแล้ว
cli-benefits-tracked = บันทึกแล้ว (#{ $id })
cli-benefits-queued = ใส่คำขอไว้ในรายการรอส่งแล้ว (#{ $id }) จะส่งไปยังพอร์ทัลด้วย `hagu sync`
benefits-to-apply = มีเงินสวัสดิการที่ยังไม่ได้ยื่น { $count } รายการ
