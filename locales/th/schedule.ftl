# Hagukumi — th, schedule.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Vaccine names
schedule-vaccine-hepb = ไวรัสตับอักเสบบี (B型肝炎)
schedule-vaccine-rotavirus-rv1 = โรต้าไวรัส (ชนิด 1 สายพันธุ์, Rotarix・ロタリックス)
schedule-vaccine-rotavirus-rv5 = โรต้าไวรัส (ชนิด 5 สายพันธุ์, RotaTeq・ロタテック)
schedule-vaccine-pcv = นิวโมคอคคัสสำหรับเด็ก (小児用肺炎球菌)
schedule-vaccine-dpt-ipv-hib = วัคซีนรวม 5 โรค (五種混合, DPT-IPV-Hib)
schedule-vaccine-dpt-ipv = วัคซีนรวม 4 โรค (四種混合, DPT-IPV)
schedule-vaccine-hib = ฮิบ (Hib)
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = วัคซีนรวมหัดและหัดเยอรมัน (MR, 麻しん風しん混合)
schedule-vaccine-varicella = อีสุกอีใส (水痘)
schedule-vaccine-je = ไข้สมองอักเสบเจอี (日本脳炎)
schedule-vaccine-dt = วัคซีนรวม 2 โรค (二種混合, DT)
schedule-vaccine-hpv = HPV (ป้องกันมะเร็งปากมดลูก)
schedule-vaccine-mumps = คางทูม (おたふくかぜ)
schedule-vaccine-influenza = ไข้หวัดใหญ่
schedule-vaccine-other = วัคซีนอื่น ๆ
schedule-vaccine-pcv15 = นิวโมคอคคัสสำหรับเด็ก (15 สายพันธุ์)
schedule-vaccine-rsv-maternal = วัคซีน RSV สำหรับหญิงตั้งครรภ์เพื่อป้องกันทารก (RSウイルス母子免疫ワクチン)
schedule-cohort-mr-fy2024-period-1 = มาตรการพิเศษ MR ระยะที่ 1: เด็กที่เกิดระหว่าง 2 เมษายน 2022 ถึง 1 เมษายน 2023 ซึ่งไม่ได้รับวัคซีนเพราะวัคซีนขาดแคลนในปีงบประมาณ 2024 หากเทศบาลอนุมัติ สามารถรับเป็นวัคซีนตามกำหนดได้ระหว่าง 1 เมษายน 2025 ถึง 31 มีนาคม 2027
schedule-cohort-mr-fy2024-period-2 = มาตรการพิเศษ MR ระยะที่ 2: เด็กที่เกิดระหว่าง 2 เมษายน 2018 ถึง 1 เมษายน 2019 ซึ่งไม่ได้รับวัคซีนเพราะวัคซีนขาดแคลนในปีงบประมาณ 2024 หากเทศบาลอนุมัติ สามารถรับเป็นวัคซีนตามกำหนดได้ระหว่าง 1 เมษายน 2025 ถึง 31 มีนาคม 2027
schedule-cohort-je-1995-2007 = กรณีพิเศษไข้สมองอักเสบเจอี (เกิดระหว่าง 2 เมษายน 1995 ถึง 1 เมษายน 2007: จนกว่าจะอายุครบ 20 ปี)
schedule-cohort-je-2007-2009 = กรณีพิเศษไข้สมองอักเสบเจอี (เกิดระหว่าง 2 เมษายน 2007 ถึง 1 ตุลาคม 2009: รับส่วนที่เหลือของระยะที่ 1 เมื่ออายุ 9–13 ปี)

## Checkup names
schedule-checkup-child-1m = ตรวจสุขภาพเด็กอายุ 1 เดือน (1か月児健診)
schedule-checkup-child-3-4m = ตรวจสุขภาพเด็กอายุ 3–6 เดือน
schedule-checkup-child-6-7m = ตรวจสุขภาพเด็กอายุ 6–7 เดือน
schedule-checkup-child-9-10m = ตรวจสุขภาพเด็กอายุ 9–11 เดือน
schedule-checkup-child-1y6m = ตรวจสุขภาพเด็กอายุ 1 ปี 6 เดือน (1歳6か月児健診)
schedule-checkup-child-3y = ตรวจสุขภาพเด็กอายุ 3 ปี (3歳児健診)
schedule-checkup-child-5y = ตรวจสุขภาพเด็กอายุ 5 ปี
schedule-checkup-postnatal-2w = ตรวจสุขภาพแม่หลังคลอด (2 สัปดาห์หลังคลอด)
schedule-checkup-postnatal-1m = ตรวจสุขภาพแม่หลังคลอด (1 เดือนหลังคลอด)
schedule-checkup-prenatal = ตรวจครรภ์ (妊婦健診)
schedule-checkup-other = การตรวจสุขภาพอื่น ๆ

## Dose names
schedule-dose-nth = ครั้งที่ { $n }
schedule-dose-primary = ชุดแรก ครั้งที่ { $n }
schedule-dose-booster = เข็มกระตุ้น
schedule-dose-period = ระยะที่ { $period }
schedule-dose-period-primary = ระยะที่ { $period } ชุดแรก ครั้งที่ { $n }
schedule-dose-period-booster = ระยะที่ { $period } เข็มกระตุ้น
schedule-visit-nth = ครั้งที่ { $n }

## Reasons
schedule-reason-given = ฉีดแล้วเมื่อ { $date }
schedule-reason-given-as = ฉีดแล้วเมื่อ { $date } ในชื่อ { $vaccine }
schedule-reason-record-before-interval = เป็นการฉีดที่ห่างจากครั้งที่ { $after } น้อยกว่าที่กำหนด (ตามกำหนดต้องตั้งแต่ { $date })
schedule-reason-record-live-too-close = เป็นการฉีดที่ห่างจากวัคซีนเชื้อเป็นชนิดฉีด ({ $vaccine }, { $date }) ไม่ถึง 27 วัน
schedule-reason-record-not-routine = เป็นการฉีดนอกช่วงของวัคซีนตามกำหนด
schedule-reason-age-from = รับได้ตั้งแต่ { $date }
schedule-reason-min-interval = ครั้งที่ { $dose }: เว้นห่างจากครั้งที่ { $after } ({ $date }) อย่างน้อย { $days } วัน
schedule-reason-min-interval-months = ครั้งที่ { $dose }: เว้นห่างจากครั้งที่ { $after } ({ $date }) อย่างน้อย { $months } เดือน
schedule-reason-after-previous = ครั้งที่ { $dose }: หลังครั้งที่ { $after }
schedule-reason-live-interval = เว้นห่างจากวัคซีนเชื้อเป็นชนิดฉีด ({ $vaccine }, { $date }) อย่างน้อย { $days } วัน (ถ้าเป็นวันเดียวกันสามารถฉีดพร้อมกันได้)
schedule-reason-recommended-from = ช่วงเวลาฉีดตามปกติตั้งแต่ { $date }
schedule-reason-recommended-by = ช่วงเวลาฉีดตามปกติภายใน { $date }
schedule-reason-funded-until = รับได้ฟรี (รัฐออกค่าใช้จ่าย) ถึง { $date }
schedule-reason-funded-window-closing = ช่วงรับฟรีเหลืออีก { $days } วัน (ถึง { $date })
schedule-reason-funded-window-closed = ไม่สามารถรับในช่วงรับฟรี (ถึง { $date }) ได้ หากจะรับจะเป็นวัคซีนทางเลือก (ออกค่าใช้จ่ายเอง)
schedule-reason-age-limit = รับไม่ได้หลัง { $date }
schedule-reason-dose-skipped = ไม่ได้รับภายใน { $date } จึงข้ามครั้งนี้ (ไปครั้งถัดไป)
schedule-reason-dose-skipped-previous-late = ครั้งที่ { $after } ได้รับตั้งแต่ { $date } เป็นต้นไป จึงข้ามครั้งนี้
schedule-reason-previous-missed = รับครั้งที่ { $after } ไม่ได้ จึงรับครั้งนี้ไม่ได้เช่นกัน
schedule-reason-later-dose-recorded = มีบันทึกครั้งที่ { $later } แล้ว จึงไม่ใส่ครั้งนี้ในกำหนดการ
schedule-reason-dose-count = ทั้งหมด { $count } ครั้ง ตามอายุ (เดือน) ตอนรับครั้งแรก ({ $date })
schedule-reason-product-choice = เลือก { $other } ได้เช่นกัน (ใช้วัคซีนเดียวกันจนครบ)
schedule-reason-replaced-by = เลิกจำหน่ายแล้ว ครั้งที่เหลือสามารถเปลี่ยนเป็น { $vaccine } ได้ (กรุณาปรึกษาแพทย์)
schedule-reason-chronological-age = เด็กที่คลอดก่อนกำหนดก็รับวัคซีนตามอายุ (เดือน) นับจากวันเกิดจริง
schedule-reason-girls-only = วัคซีนตามกำหนดนี้สำหรับเด็กผู้หญิง
schedule-reason-voluntary = เป็นวัคซีนทางเลือก (ออกค่าใช้จ่ายเอง ท้องถิ่นบางแห่งอาจมีเงินอุดหนุน)
schedule-reason-season = ฤดูกาลนี้: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = เป็นวัคซีนตามกำหนดตั้งแต่ { $date }
schedule-reason-checkup-done = ตรวจแล้วเมื่อ { $date }
schedule-reason-checkup-window = รับการตรวจระหว่าง { $from } ถึง { $until }
schedule-reason-checkup-law = เป็นการตรวจสุขภาพตามกฎหมายอนามัยแม่และเด็ก (母子保健法)
schedule-reason-checkup-municipal = เป็นการตรวจสุขภาพที่เทศบาลจัดหรืออุดหนุน (ช่วงเวลาและวิธีต่างกันไปตามเทศบาล)
schedule-reason-checkup-window-passed = เลยช่วงเวลาที่กำหนด (ถึง { $date }) แล้ว
schedule-reason-prenatal-week = ประมาณอายุครรภ์ { $week } สัปดาห์
schedule-reason-pregnancy-ended = สิ้นสุดด้วยการคลอดเมื่อ { $date }
schedule-reason-from-expected-date = ยังไม่ได้ลงทะเบียนวันคลอด จึงคำนวณจากกำหนดคลอด ({ $date })
