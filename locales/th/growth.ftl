# Hagukumi — th, growth.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

## Growth chart references

growth-reference-who = มาตรฐานการเจริญเติบโตของเด็ก WHO (2006)
growth-reference-japan-2023 = การสำรวจพัฒนาการทางร่างกายของทารกและเด็กเล็กของญี่ปุ่น (2023, 乳幼児身体発育調査)
growth-reference-unavailable = ยังไม่มีข้อมูลของกราฟการเจริญเติบโตนี้
growth-reference-choose = ดูด้วยกราฟการเจริญเติบโตแบบใด
growth-reference-fallback = { $indicator } ไม่มีกราฟของ { $chosen } จึงแสดงด้วยกราฟของ { $used }

## Indicators and sex

growth-indicator-weight = น้ำหนัก
growth-indicator-length-height = ส่วนสูง
growth-indicator-head = รอบศีรษะ
growth-indicator-bmi = BMI (ดัชนีคอป)
growth-sex-male = เด็กผู้ชาย
growth-sex-female = เด็กผู้หญิง

## Where a measurement lies

growth-point-percentile = อยู่ในแถบของกราฟการเจริญเติบโต (ประมาณเปอร์เซ็นไทล์ที่ { $percentile })
growth-outside-band-low = อยู่ต่ำกว่าแถบของกราฟการเจริญเติบโต หากกังวล กรุณาปรึกษาในการตรวจสุขภาพ
growth-outside-band-high = อยู่สูงกว่าแถบของกราฟการเจริญเติบโต หากกังวล กรุณาปรึกษาในการตรวจสุขภาพ

## Kaup index

growth-kaup-within = ดัชนีคอปคือ { $value } อยู่ในเกณฑ์ปกติของวัยนี้ ({ $low }–{ $high })
growth-kaup-below = ดัชนีคอปคือ { $value } ค่อนข้างน้อยกว่าเกณฑ์ปกติของวัยนี้ ({ $low }–{ $high }) รูปร่างของแต่ละคนแตกต่างกัน หากกังวล กรุณาปรึกษาในการตรวจสุขภาพ
growth-kaup-above = ดัชนีคอปคือ { $value } ค่อนข้างมากกว่าเกณฑ์ปกติของวัยนี้ ({ $low }–{ $high }) รูปร่างของแต่ละคนแตกต่างกัน หากกังวล กรุณาปรึกษาในการตรวจสุขภาพ
growth-kaup-note = เกณฑ์ดัชนีคอป (ช่วงปกติตามอายุ ตามหนังสือ "ตำราการเลี้ยงดูเด็กฉบับใหม่" ของ อิมามูระ เอจิ) เป็นเกณฑ์คร่าว ๆ ที่ใช้ตั้งแต่อายุ 3 เดือนถึงประมาณ 5 ปี และเป็นเกณฑ์คนละอย่างกับกราฟการเจริญเติบโต (การสำรวจของญี่ปุ่น, WHO)

## Chart

growth-chart-title = กราฟการเจริญเติบโตของ{ $indicator } ({ $sex })
growth-chart-desc = แถบเปอร์เซ็นไทล์ที่ 3–97 ของ { $reference } (พร้อมเส้นเปอร์เซ็นไทล์ที่ 10, 25, 50, 75, 90) และค่าการวัดที่บันทึกไว้ { $count } ครั้ง
growth-chart-axis-age = อายุ (เดือน)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = แถบเปอร์เซ็นไทล์ที่ 3–97
growth-chart-corrected = จนถึงอายุ 2 ปี แสดงด้วยอายุที่ปรับแก้ (อายุเดือนนับจากกำหนดคลอด)

growth-title = กราฟการเจริญเติบโต
growth-needs-sex = กราฟการเจริญเติบโตแยกตามเด็กผู้ชายและเด็กผู้หญิง เมื่อเลือกเพศแล้วจะแสดงกราฟ
