# Hagukumi — th, checkups.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Record kinds

record-kind-birth = บันทึกการเกิด
record-kind-checkup = ตรวจสุขภาพทารกและเด็กเล็ก (乳幼児健診)
record-kind-dental = ตรวจสุขภาพฟัน (歯科健診)
record-kind-screening = การตรวจตา หู ฯลฯ
record-kind-medicine = ยา

## Checkups

checkup-w2 = ประมาณ 2 สัปดาห์ (บันทึกของผู้ปกครอง)
checkup-m1 = ตรวจสุขภาพเด็กอายุ 1 เดือน (1か月児健診)
checkup-m2 = ประมาณ 2 เดือน (บันทึกของผู้ปกครอง)
checkup-m3-4 = ตรวจสุขภาพเด็กอายุ 3–6 เดือน
checkup-m6-7 = ตรวจสุขภาพเด็กอายุ 6–7 เดือน
checkup-m9-10 = ตรวจสุขภาพเด็กอายุ 9–11 เดือน
checkup-y1 = ประมาณ 1 ปี (บันทึกของผู้ปกครอง)
checkup-y1-6 = ตรวจสุขภาพเด็กอายุ 1 ปี 6 เดือน (1歳6か月児健診)
checkup-y2 = ประมาณ 2 ปี (บันทึกของผู้ปกครอง)
checkup-y3 = ตรวจสุขภาพเด็กอายุ 3 ปี (3歳児健診)
checkup-y4 = ประมาณ 4 ปี (บันทึกของผู้ปกครอง)
checkup-y5 = ตรวจสุขภาพเด็กอายุ 5 ปี
checkup-y6 = ประมาณ 6 ปี (บันทึกของผู้ปกครอง)

## Pages of the parents' record

checklist-page-w2 = ประมาณ 2 สัปดาห์
checklist-page-m1 = ประมาณ 1 เดือน
checklist-page-m2 = ประมาณ 2 เดือน
checklist-page-m3-4 = ประมาณ 3–4 เดือน
checklist-page-m6-7 = ประมาณ 6–7 เดือน
checklist-page-m9-10 = ประมาณ 9–10 เดือน
checklist-page-y1 = ประมาณ 1 ปี
checklist-page-y1-6 = ประมาณ 1 ปี 6 เดือน
checklist-page-y2 = ประมาณ 2 ปี
checklist-page-y3 = ประมาณ 3 ปี
checklist-page-y4 = ประมาณ 4 ปี
checklist-page-y5 = ประมาณ 5 ปี
checklist-page-y6 = ประมาณ 6 ปี

## Delivery

delivery-vaginal = คลอดทางช่องคลอด
delivery-cesarean = ผ่าตัดคลอด
delivery-vacuum = คลอดโดยใช้เครื่องดูดสุญญากาศ
delivery-forceps = คลอดโดยใช้คีม
delivery-other = อื่น ๆ

## Screening

screening-vision = การตรวจการมองเห็น
screening-hearing = การตรวจการได้ยิน
screening-newborn-hearing = การตรวจการได้ยินทารกแรกเกิด
screening-congenital-cmv = การตรวจการติดเชื้อไซโตเมกาโลไวรัสแต่กำเนิด (CMV)
screening-result-pass = ผ่าน (ไม่พบความผิดปกติ)
screening-result-refer = ต้องตรวจซ้ำ
screening-result-not-done = ไม่ได้ตรวจ
screening-result-negative = ผลลบ
screening-result-positive = ผลบวก

## Form

record-birth-date = วันเกิด: { $date }
record-checklist-title = บันทึกของผู้ปกครอง [{ $page }]
record-checklist-none = ไม่ได้แสดงคำถามของหน้านี้ เพราะไม่มีเอกสารที่ตรวจสอบได้ ยังบันทึกค่าการวัดและผลการตรวจได้
record-checklist-hint = กรุณาเลือกคำตอบที่ตรงที่สุด ไม่ตอบก็ได้
record-answer-yes = ใช่
record-answer-no = ไม่ใช่
record-answer-when = ประมาณเมื่อไร (ถ้าทราบ)
record-medicine-start = วันที่เริ่มใช้ยา
record-screening-note = บันทึกย่อ (ไม่บังคับ)

## List summaries

record-gestation = อายุครรภ์ { $weeks } สัปดาห์ { $days } วัน
record-born-at = เกิดเวลา { $time }
record-birth-weight = น้ำหนักแรกเกิด { $value } g
record-apgar = แอปการ์ { $one }/{ $five }
record-answered = บันทึกของผู้ปกครอง { $count } ข้อ
record-teeth = ฟัน { $count } ซี่
record-caries = ฟันผุ { $count } ซี่
record-fluoride-yes = เคลือบฟลูออไรด์แล้ว
record-fluoride-no = ไม่ได้เคลือบฟลูออไรด์
record-until = ถึง { $date }

## Parents' record questions

checklist-w2-weak = คิดว่าเสียงร้องหรือแรงดูดนมของลูกอ่อนหรือไม่
checklist-sleeps-on-back = เวลาให้ลูกนอน ให้นอนหงายหรือไม่
checklist-child-seat = เวลานั่งรถยนต์ ใช้คาร์ซีทสำหรับเด็กหรือไม่
checklist-own-sleep = ผู้ปกครองมีปัญหาเรื่องการนอนของตนเองหรือไม่
checklist-someone-to-ask = มีคนที่ปรึกษาเรื่องการเลี้ยงลูกได้อย่างสบายใจหรือไม่
checklist-m1-moves-limbs = เมื่อถอดเสื้อผ้า ลูกขยับแขนขาได้ดีหรือไม่
checklist-feeds-well = ลูกดูดนมได้ดีหรือไม่
checklist-m1-startles = เมื่อได้ยินเสียงดัง ลูกสะดุ้งเหยียดแขนขาหรือร้องไห้หรือไม่
checklist-m1-navel-dry = สะดือแห้งแล้วหรือไม่
checklist-m2-follows-with-eyes = ลูกกลอกตามองตามสิ่งของหรือไม่
checklist-m3-4-head-steady = ลูกคอแข็งเมื่อไร
checklist-m3-4-smiles = เมื่อเล่นด้วย ลูกยิ้มบ่อยหรือไม่
checklist-m3-4-eyes = กังวลว่าการมองหรือการเคลื่อนไหวของตาลูกผิดปกติหรือไม่
checklist-m3-4-turns-to-voice = เมื่อเรียกจากทิศที่ลูกมองไม่เห็น ลูกพยายามหันไปมองทางนั้นหรือไม่
checklist-m3-4-outdoor-air = พาลูกออกไปรับอากาศนอกบ้านหรือไม่
checklist-m3-4-child-sleep = มีปัญหาเรื่องการนอนของลูกหรือไม่
checklist-m6-7-rolls-over = ลูกพลิกคว่ำได้เมื่อไร
checklist-m6-7-sits = ลูกนั่งได้เองเมื่อไร
checklist-m6-7-reaches = ลูกเอื้อมมือไปคว้าของเล่นที่อยู่ใกล้ตัวหรือไม่
checklist-m6-7-voice = เมื่ออยู่กับครอบครัว ลูกส่งเสียงเหมือนพูดคุยหรือไม่
checklist-m6-7-looks-at-sound = เมื่อมีเสียงทีวีหรือวิทยุดังขึ้น ลูกหันไปมองทันทีหรือไม่
checklist-m6-7-solids = เริ่มให้อาหารตามวัยแล้วหรือยัง
checklist-m6-7-pupils = เคยเห็นรูม่านตาของลูกเป็นสีขาว หรือสะท้อนแสงสีเหลืองอมเขียวหรือไม่
checklist-m9-10-crawls = ลูกคลานได้เมื่อไร
checklist-m9-10-pulls-to-stand = ลูกเกาะยืนได้เมื่อไร
checklist-m9-10-pinches = ลูกใช้นิ้วหยิบของชิ้นเล็กได้หรือไม่
checklist-m9-10-plays-alone = ลูกเล่นคนเดียวได้อย่างอารมณ์ดีหรือไม่
checklist-weaning-going-well = การให้อาหารตามวัยเป็นไปด้วยดีหรือไม่
checklist-m9-10-whisper = เมื่อค่อย ๆ เข้าไปใกล้แล้วกระซิบเรียก ลูกหันมาหรือไม่
checklist-m9-10-follows-you = ลูกคอยตามติดผู้ปกครองหรือไม่
checklist-m9-10-teeth = มีสิ่งที่กังวลเกี่ยวกับการขึ้นของฟัน รูปร่าง สี หรือเหงือกหรือไม่
checklist-y1-cruises = ลูกเกาะเดินได้เมื่อไร
checklist-y1-gestures = ลูกทำท่าทาง เช่น บ๊ายบาย สวัสดี หรือไม่
checklist-y1-music = ลูกขยับตัวตามเสียงเพลงอย่างสนุกสนานหรือไม่
checklist-y1-weaning = การให้อาหารตามวัยเป็นไปด้วยดีหรือไม่
checklist-y1-simple-words = ลูกเข้าใจคำง่าย ๆ ที่ผู้ใหญ่พูด (มานี่ ขอหน่อย ฯลฯ) หรือไม่
checklist-y1-looks-where-pointed = เมื่อชี้ไปที่ของเล่นที่อยู่ไกลในห้อง ลูกมองไปทางนั้นหรือไม่
checklist-y1-enjoys-play = ลูกดีใจเมื่อได้เล่นด้วยกันหรือไม่
checklist-y1-three-meals = ลูกกินอาหารวันละ 3 มื้อเป็นเวลาแล้วหรือยัง
checklist-y1-brushing-practice = เริ่มฝึกแปรงฟันแล้วหรือยัง
checklist-y1-6-walks = ลูกเดินได้เองเมื่อไร
checklist-y1-6-words = ลูกพูดคำที่มีความหมายได้หลายคำ เช่น แม่ รถ หรือไม่
checklist-y1-6-cup = ลูกถือแก้วดื่มน้ำเองได้หรือไม่
checklist-y1-6-bottle = ยังใช้ขวดนมอยู่หรือไม่
checklist-y1-6-meal-times = เวลามื้ออาหารและอาหารว่างค่อนข้างแน่นอนหรือไม่
checklist-finishing-brush = ผู้ปกครองแปรงฟันซ้ำให้ลูกหรือไม่
checklist-y1-6-eyes = ลูกแพ้แสงมากผิดปกติ หรือกังวลว่าการเคลื่อนไหวของตาผิดปกติหรือไม่
checklist-y1-6-turns-when-called = เมื่อเรียกชื่อจากด้านหลัง ลูกหันมาหรือไม่
checklist-fluoride = เคลือบฟลูออไรด์ที่ฟัน หรือใช้ยาสีฟันที่มีฟลูออไรด์หรือไม่
checklist-y2-runs = ลูกวิ่งได้หรือไม่
checklist-y2-spoon = ลูกใช้ช้อนกินเองหรือไม่
checklist-y2-blocks = ลูกเล่นต่อบล็อกเป็นหอคอย หรือเรียงเป็นแถวสมมติเป็นรถไฟหรือไม่
checklist-y2-imitates = ลูกเลียนแบบท่าทางจากทีวีหรือผู้ใหญ่หรือไม่
checklist-y2-two-words = ลูกพูดประโยค 2 คำ (เช่น หมามา ขอข้าว) หรือไม่
checklist-y2-meat-vegetables = ลูกกินเนื้อสัตว์หรือผักที่มีเส้นใยหรือไม่
checklist-y3-stairs = ลูกขึ้นบันไดเองได้โดยไม่ใช้มือหรือไม่
checklist-y3-circle = ลูกวาดวงกลมด้วยสีเทียน ฯลฯ ได้หรือไม่
checklist-y3-dressing = ลูกอยากใส่และถอดเสื้อผ้าเองหรือไม่
checklist-y3-own-name = ลูกบอกชื่อตัวเองได้หรือไม่
checklist-y3-brush-wash = ลูกแปรงฟันและล้างมือหรือไม่
checklist-y3-thumb = ลูกดูดนิ้วเป็นประจำหรือไม่
checklist-y3-chews = ลูกมีนิสัยเคี้ยวอาหารให้ละเอียดหรือไม่
checklist-y3-squint = ลูกมีตาเหล่หรือไม่
checklist-y3-narrows-eyes = เวลามองสิ่งของ ลูกหรี่ตาหรือเอาเข้าไปดูใกล้มากผิดปกติหรือไม่
checklist-y3-hearing = กังวลว่าลูกได้ยินไม่ชัดหรือไม่
checklist-y3-bite = มีสิ่งที่กังวลเกี่ยวกับการสบฟันหรือการเรียงตัวของฟันหรือไม่
checklist-y3-pretend-play = ลูกเล่นบทบาทสมมติ เช่น เล่นขายของ เล่นเป็นฮีโร่ ได้หรือไม่
checklist-y3-playmates = ลูกมีเพื่อนเล่นหรือไม่
checklist-y5-somersault = ลูกตีลังกาได้หรือไม่
checklist-y5-draws-from-memory = ลูกวาดรูปจากความจำได้หรือไม่
checklist-y5-colours = ลูกรู้จักสี (แดง เหลือง เขียว น้ำเงิน) หรือไม่
checklist-y5-clear-speech = ลูกพูดออกเสียงได้ชัดเจนหรือไม่
checklist-y6-one-leg = ลูกยืนขาเดียวได้ 5–10 วินาทีหรือไม่
checklist-y6-square = ลูกวาดสี่เหลี่ยมตามแบบได้หรือไม่
checklist-y6-directions = ลูกเข้าใจ "หน้า-หลัง" "ซ้าย-ขวา" ของตัวเองได้คร่าว ๆ หรือไม่
checklist-y6-name-hiragana = ลูกอ่านหรือเขียนชื่อตัวเองด้วยฮิรางานะได้หรือไม่
checklist-y6-can-wait = ลูกอดทนรอได้แม้อยากได้ของเล่นหรือขนมหรือไม่
checklist-y6-rules = ลูกเล่นโดยทำตามข้อตกลงและกติกาได้หรือไม่
checklist-y6-first-molar = ฟันกรามแท้ซี่แรก (ฟันแท้ที่ขึ้นด้านในถัดจากฟันน้ำนม) ขึ้นแล้วหรือยัง
checklist-y6-breakfast = ลูกกินอาหารเช้าทุกวันหรือไม่

## hagu record add|edit <kind> (command line)

cli-record-birth-about = บันทึกการเกิด (คนละ 1 รายการ วันเกิด อายุครรภ์ตอนคลอด น้ำหนักแรกเกิด ฯลฯ)
cli-record-checkup-about = ตรวจสุขภาพทารกและเด็กเล็ก (ค่าการวัด ผลการตรวจ บันทึกของผู้ปกครอง)
cli-record-dental-about = ตรวจสุขภาพฟัน
cli-record-screening-about = การตรวจตา หู ฯลฯ (การมองเห็น การได้ยิน การได้ยินทารกแรกเกิด ไซโตเมกาโลไวรัสแต่กำเนิด)
cli-record-medicine-about = ยา
cli-record-birth-date-help = วันเกิด (ถ้าไม่ระบุ ใช้วันเกิดที่ลงทะเบียนไว้)
cli-record-time-help = เวลาเกิด (ระบบ 24 ชั่วโมง ตัวอย่าง: 14:05)
cli-record-weeks-help = อายุครรภ์ตอนคลอด สัปดาห์ (22–44)
cli-record-days-help = อายุครรภ์ตอนคลอด วัน (0–6 ถ้าไม่ระบุเป็น 0)
cli-record-delivery-help = วิธีคลอด: vaginal (ทางช่องคลอด), cesarean (ผ่าตัดคลอด), vacuum (เครื่องดูดสุญญากาศ), forceps (คีม), other
cli-record-weight-g-help = น้ำหนักแรกเกิด (g ตัวอย่าง: 3120)
cli-record-length-help = ส่วนสูง (cm)
cli-record-apgar1-help = คะแนนแอปการ์ (1 นาที, 0–10)
cli-record-apgar5-help = คะแนนแอปการ์ (5 นาที, 0–10)
cli-record-complications-help = ความผิดปกติ การรักษา ฯลฯ
cli-record-checkup-help = การตรวจหรือหน้าบันทึกของผู้ปกครองใด: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5, y6
cli-record-findings-help = ผลการตรวจ
cli-record-answer-help = คำตอบในบันทึกของผู้ปกครอง (ID คำถาม=yes, no หรือวันที่ ถ้าไม่มี "=" เป็น yes ระบุได้หลายครั้ง เวลาแก้ไขใช้ "ID=" เพื่อลบคำตอบ)
cli-record-teeth-help = จำนวนฟัน (0–32)
cli-record-caries-help = จำนวนฟันผุ (0–20)
cli-record-fluoride-help = การเคลือบฟลูออไรด์: yes หรือ no
cli-record-test-help = การตรวจ: vision (การมองเห็น), hearing (การได้ยิน), newborn-hearing (การได้ยินทารกแรกเกิด), congenital-cmv (ไซโตเมกาโลไวรัสแต่กำเนิด)
cli-record-result-help = ผล: pass (ผ่าน), refer (ต้องตรวจซ้ำ), not-done (ไม่ได้ตรวจ) สำหรับการตรวจไซโตเมกาโลไวรัสแต่กำเนิดใช้ negative (ผลลบ), positive (ผลบวก), not-done
cli-record-start-help = วันที่เริ่มใช้ยา (ตัวอย่าง: 2025-04-01)
cli-record-end-help = วันที่หยุดใช้ยา (ไม่บังคับ)
cli-record-medicine-name-help = ชื่อยา
cli-record-instructions-help = วิธีใช้และปริมาณ
cli-record-birth-exists = มีบันทึกการเกิดอยู่แล้ว (บันทึก #{ $id }) หากต้องการแก้ไข ใช้ "hagu record edit { $id } birth …" ไม่มีการเปลี่ยนแปลงใด ๆ
