# Hagukumi — th, portal.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

portal-category-children = ข้อมูลพื้นฐานของบุตร
portal-category-vaccinations = ประวัติการฉีดวัคซีน
portal-category-checkups = ผลการตรวจครรภ์และตรวจสุขภาพทารกและเด็กเล็ก
portal-category-certificates = บัตรผู้มีสิทธิ์รับเงินช่วยเหลือค่ารักษาพยาบาล (受給者証)
portal-category-benefits = การยื่นขอเงินสวัสดิการและสถานะ
portal-category-notices = ประกาศจากเทศบาล

portal-benefit-submitted = ยื่นแล้ว
portal-benefit-under-review = กำลังพิจารณา
portal-benefit-returned = ส่งกลับให้แก้ไข
portal-benefit-approved = อนุมัติแล้ว
portal-benefit-paid = จ่ายแล้ว
portal-benefit-rejected = ไม่อนุมัติ

sync-error-offline = เชื่อมต่อพอร์ทัลไม่ได้ กรุณาลองอีกครั้งภายหลังในที่ที่มีสัญญาณ (ยังใช้สมุดได้ตามปกติ)
sync-error-interrupted = การเชื่อมต่อขาดกลางคัน กรุณาลองอีกครั้งภายหลัง
sync-error-server = เกิดปัญหาที่ฝั่งพอร์ทัล กรุณาลองใหม่ในอีกสักครู่
sync-error-busy = พอร์ทัลมีผู้ใช้หนาแน่น กรุณาลองใหม่ในอีกสักครู่
sync-error-refused = พอร์ทัลไม่รับคำขอ
sync-error-consent-expired = ความยินยอมต่อพอร์ทัลหมดอายุหรือถูกเพิกถอน กรุณาเชื่อมต่อใหม่
sync-error-not-connected = ยังไม่ได้เชื่อมต่อพอร์ทัล
sync-error-not-consented = ยังไม่ได้ยินยอมให้เชื่อมโยงรายการนี้
sync-error-consent-denied = ไม่ได้ให้ความยินยอมในเบราว์เซอร์
sync-error-consent-timeout = ไม่มีการตอบกลับจากเบราว์เซอร์จนหมดเวลา กรุณาลองอีกครั้ง
sync-error-loopback = เตรียมรับความยินยอมไม่สำเร็จ กรุณาลองอีกครั้ง
sync-error-signature = ตรวจสอบลายเซ็นของข้อมูลจากพอร์ทัลไม่ได้ จึงไม่ได้รับข้อมูล (ไม่มีการบันทึกใด ๆ)
sync-error-bad-page = ข้อมูลจากพอร์ทัลไม่สมบูรณ์ จึงไม่ได้รับข้อมูล (ไม่มีการบันทึกใด ๆ)
sync-error-other-account = ได้รับข้อมูลของผู้ใช้คนอื่นจากพอร์ทัล จึงไม่ได้รับข้อมูล (ไม่มีการบันทึกใด ๆ)
sync-error-other-request = ได้รับคำตอบของคำขออื่นจากพอร์ทัล จึงไม่ได้รับข้อมูล (ไม่มีการบันทึกใด ๆ)
sync-error-stale-page = ได้รับข้อมูลที่เก่ากว่าที่เคยได้รับ จึงไม่ได้รับข้อมูล (ไม่มีการบันทึกใด ๆ)
sync-error-bad-rules = การอัปเดตกฎจากพอร์ทัลไม่ผ่านการตรวจสอบ จึงไม่ได้ใช้ (กำหนดการยังใช้กฎเดิม)
sync-error-too-large = ข้อมูลจากพอร์ทัลใหญ่เกินไป จึงไม่ได้รับข้อมูล (ไม่มีการบันทึกใด ๆ)
sync-error-insecure = ที่อยู่ของพอร์ทัลไม่ใช่การเชื่อมต่อที่ปลอดภัย (https) จึงไม่ได้เชื่อมต่อ
sync-error-no-portal = แอปนี้ยังไม่ได้ตั้งค่าพอร์ทัล
sync-error-development-key = พอร์ทัลที่ตั้งไว้ใช้กุญแจสำหรับการพัฒนา เวอร์ชันนี้จึงไม่เชื่อมต่อ
sync-error-bad-profile = อ่านการตั้งค่าพอร์ทัลไม่ได้
sync-error-child-not-linked = บุตรคนนี้ยังไม่ได้เชื่อมโยงกับข้อมูลในพอร์ทัล กรุณาซิงค์ก่อน

questionnaire-feels-well = วันนี้ร่างกายมีส่วนใดไม่สบายหรือไม่
questionnaire-ill-last-month = ภายใน 1 เดือนที่ผ่านมา เคยเจ็บป่วยหรือไม่
questionnaire-vaccinated-last-month = ภายใน 1 เดือน ได้รับวัคซีนหรือไม่
questionnaire-reaction-before = เคยไม่สบายหลังฉีดวัคซีนครั้งก่อน ๆ หรือไม่
questionnaire-seizures = เคยมีอาการชักหรือไม่

error-record-official = บันทึกทางการที่ได้รับจากพอร์ทัลแก้ไขหรือลบไม่ได้
error-no-such-conflict = บันทึกนี้ได้รับการตรวจสอบแล้ว

## Official data screen

portal-title = ข้อมูลทางการ
portal-card-title = ข้อมูลทางการ (เชื่อมต่อกับ Mynaportal マイナポータル)
portal-card-intro = นำบันทึกทางการของการฉีดวัคซีนและการตรวจสุขภาพ บัตรผู้มีสิทธิ์ และสถานะเงินสวัสดิการ เข้ามาในสมุดนี้ได้
portal-card-connected = เชื่อมต่อกับพอร์ทัลแล้ว
portal-card-conflicts = มีบันทึกที่ขอให้ตรวจสอบ { $count } รายการ
portal-card-open = ดูข้อมูลทางการ
portal-intro = รับบันทึกจากบริการของรัฐ เช่น Mynaportal ได้ บันทึกที่คุณเขียนในสมุดจะยังคงอยู่
portal-shared-title = สิ่งที่จะได้รับ (ตรวจสอบได้ในหน้าความยินยอม)
portal-scope-questionnaires = การส่งแบบสอบถามก่อนฉีดวัคซีน (予診票) (เฉพาะเมื่อคุณตัดสินใจส่ง)
portal-connect = เชื่อมต่อพอร์ทัล
portal-connect-note = หน้าความยินยอมจะเปิดในเบราว์เซอร์ เมื่อให้ความยินยอมเสร็จ จะแสดงผลในหน้านี้โดยอัตโนมัติ ฮากุคุมิไม่จัดการหมายเลข My Number
portal-consenting-title = กรุณาให้ความยินยอมในเบราว์เซอร์
portal-consenting-body = หากเบราว์เซอร์ไม่เปิด กรุณาคัดลอกที่อยู่ด้านล่างไปเปิดในเบราว์เซอร์ (ใช้ได้ 5 นาที)
portal-consenting-reopen = เปิดในเบราว์เซอร์อีกครั้ง
portal-consenting-wait = กำลังรอให้ความยินยอมเสร็จ…
portal-connected-to = เชื่อมต่อกับ: { $portal }
portal-last-synced = ซิงค์ล่าสุด: { $when }
portal-never-synced = ยังไม่ได้ซิงค์
portal-syncing = กำลังซิงค์…
portal-pending-writes = รอส่ง: { $count } รายการ
portal-sync-now = ซิงค์ตอนนี้
portal-synced = ซิงค์แล้ว
portal-disconnect = เลิกเชื่อมต่อ
portal-disconnect-confirm = ต้องการเลิกเชื่อมต่อหรือไม่ บันทึกที่ได้รับมาแล้วจะยังอยู่ในสมุด
portal-disconnect-yes = เลิกเชื่อมต่อ
portal-disconnect-no = เชื่อมต่อต่อไป
portal-disconnected = เลิกเชื่อมต่อแล้ว บันทึกที่ได้รับยังคงอยู่
portal-offline-note = ยังใช้สมุดได้ตามปกติ เมื่อเชื่อมต่อได้จะรับข้อมูลที่เหลือต่อ

portal-conflicts-title = บันทึกที่ขอให้ตรวจสอบ
portal-conflicts-intro = วันที่ฉีดวัคซีนในบันทึกของคุณกับบันทึกทางการไม่ตรงกัน กรุณาเลือกว่าจะเก็บอันไหน
portal-conflict-mine = บันทึกของคุณ: { $date }
portal-conflict-official = บันทึกทางการ: { $date }
portal-keep-mine = เก็บบันทึกของตัวเอง
portal-use-official = ใช้บันทึกทางการ
portal-resolved-kept = เก็บบันทึกของคุณไว้แล้ว
portal-resolved-official = ใช้บันทึกทางการแล้ว บันทึกของคุณกู้คืนได้จาก "บันทึกที่ลบล่าสุด" ภายใน 30 วัน

portal-certificates-title = บัตรผู้มีสิทธิ์ (受給者証)
portal-certificate-payer = หมายเลขผู้รับภาระค่าใช้จ่ายภาครัฐ (公費負担者番号)
portal-certificate-recipient = หมายเลขผู้มีสิทธิ์ (受給者番号)
portal-certificate-valid = ระยะเวลาที่ใช้ได้
portal-certificate-valid-range = { $from } – { $to }
portal-certificate-copay = ค่าใช้จ่ายส่วนตัวสูงสุด
portal-copay-per-visit = ครั้งละ { $yen } เยน
portal-copay-monthly = เดือนละ { $yen } เยน
portal-benefits-title = การยื่นขอเงินสวัสดิการและสถานะ
portal-benefit-applied = วันที่ยื่น { $date }
portal-benefit-updated = วันที่อัปเดต { $date }
portal-yen = { $yen } เยน
portal-notices-title = ประกาศ
portal-checkups-title = บันทึกการตรวจครรภ์และตรวจหลังคลอด (ทางการ)
portal-child-checkups-title = บันทึกการตรวจสุขภาพ (ทางการ)
portal-nothing-yet = ยังไม่ได้รับ
portal-for-child = { $name }
portal-facility = สถานที่ตรวจ: { $facility }
portal-findings = ผลการตรวจ: { $findings }
portal-blood-pressure = ความดันโลหิต { $value }
portal-epds = EPDS { $value } คะแนน
portal-gestation-weeks = อายุครรภ์ { $weeks } สัปดาห์

portal-badge-official = ทางการ
portal-badge-official-hint = เป็นบันทึกทางการที่ได้รับจากพอร์ทัล (แก้ไขหรือลบไม่ได้)
portal-badge-linked = ตรงกับทางการ
portal-badge-linked-hint = เนื้อหาเหมือนกับบันทึกทางการ
portal-badge-conflict = ต้องตรวจสอบ
portal-badge-conflict-hint = วันที่ฉีดวัคซีนไม่ตรงกับบันทึกทางการ เลือกได้ในหน้าข้อมูลทางการ

portal-consent-page-title = ดำเนินการเสร็จแล้ว
portal-consent-page-body = กรุณาปิดหน้านี้แล้วกลับไปที่ฮากุคุมิ

## Pre-vaccination questionnaire

questionnaire-title = แบบสอบถามก่อนฉีดวัคซีน (予診票)
questionnaire-intro = ก่อนฉีดวัคซีน สามารถส่งข้อมูลแบบสอบถามผ่านพอร์ทัลได้ ในวันฉีด กรุณาปฏิบัติตามคำแนะนำของสถานพยาบาล
questionnaire-not-linked = เมื่อเชื่อมต่อพอร์ทัลและซิงค์ข้อมูลของบุตรคนนี้แล้ว จะส่งแบบสอบถามได้
questionnaire-date = วันที่นัดฉีดวัคซีน
questionnaire-note = สิ่งที่อยากบอกแพทย์ (ไม่บังคับ)
questionnaire-questions = คำถาม
questionnaire-answer-all = กรุณาตอบทุกคำถามด้วย "ใช่" หรือ "ไม่ใช่"
questionnaire-submit = ส่งแบบสอบถาม
questionnaire-queued = รับแบบสอบถามแล้ว สถานะการส่งจะแสดงในรายการด้านล่าง
questionnaire-list-title = แบบสอบถามที่ส่งแล้ว
questionnaire-entry = { $vaccine } · นัดฉีด { $date }
questionnaire-pending = รอส่ง
questionnaire-sent = ส่งแล้ว
questionnaire-rejected = ไม่ได้รับการยอมรับ
questionnaire-date-hint = ตั้งแต่วันนี้ถึง 90 วันข้างหน้า
questionnaire-date-range = กรุณากรอกวันที่ตั้งแต่วันนี้ถึง 90 วันข้างหน้า
questionnaire-temperature-range = กรุณากรอกในช่วง 34–42℃

portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
