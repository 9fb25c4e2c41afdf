# Hagukumi — th, materials.ftl: translated, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).

materials-kind-guide = คู่มือและคำแนะนำ
materials-kind-coupons = รายการใบรับการตรวจ (受診票) และคูปอง
materials-kind-contacts = สถานที่ปรึกษาและติดต่อ
materials-heading = เอกสารของ { $name } (ที่ได้รับตอนแจ้งการตั้งครรภ์)
materials-none = ยังไม่มีเอกสาร เมื่อซิงค์กับพอร์ทัล เอกสารของเทศบาลที่อาศัยอยู่จะถูกบันทึกในอุปกรณ์นี้ และอ่านได้แม้ออฟไลน์
materials-no-match = ไม่มีเอกสารที่ตรงกับ "{ $query }"
materials-count = { $count } รายการ
materials-source = ที่มา: { $source }
materials-problem = อ่านเอกสารบางส่วนไม่ได้ (ไม่ได้รวมเอกสารนั้น): { $problem }
materials-no-municipality = ยังไม่ได้ตั้งเทศบาล กรุณาตั้งด้วย "hagu municipality set รหัส" แล้วรับเอกสารด้วย "hagu sync"
cli-materials-about = แสดงและค้นหาเอกสารที่ได้รับตอนแจ้งการตั้งครรภ์ (คู่มือ รายการใบรับการตรวจและคูปอง สถานที่ปรึกษา)
cli-materials-search-help = เฉพาะเอกสารที่มีคำนี้ (ชื่อเรื่อง คำอธิบาย หัวข้อ)
cli-materials-json-help = แสดงผลเป็น JSON (สำหรับสคริปต์)

materials-card-title = เอกสารการแจ้งการตั้งครรภ์
materials-card-intro = อ่านคู่มือ รายการใบรับการตรวจและคูปอง และสถานที่ปรึกษาได้แม้ออฟไลน์
materials-card-open = ดูเอกสาร
materials-screen-title = เอกสารการแจ้งการตั้งครรภ์
materials-search-label = ค้นหาเอกสาร
materials-search-placeholder = ตัวอย่าง: ใบรับการตรวจ, ปรึกษา
materials-back = กลับไปที่รายการ
