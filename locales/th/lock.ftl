# Hagukumi — th, lock.ftl: machine-assisted translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## การล็อกแอป (PIN หรือวลีรหัสผ่าน ล็อกอัตโนมัติ และการยืนยันตัวตนด้วยไบโอเมตริกบนสมาร์ตโฟน)

## หน้าจอล็อก

lock-title = ล็อกอยู่
lock-body = กรุณาปลดล็อกเพื่อเปิดสมุด ระหว่างที่ล็อกอยู่จะไม่แสดงเนื้อหาในสมุด
lock-pin = PIN
lock-pin-hint = ตัวเลข 6–12 หลัก
lock-passphrase = วลีรหัสผ่าน
lock-passphrase-hint = อย่างน้อย 8 ตัวอักษร
lock-unlock = ปลดล็อก
lock-checking = กำลังตรวจสอบ…
lock-biometric = ปลดล็อกด้วยไบโอเมตริกหรือรหัสผ่านของอุปกรณ์
lock-biometric-reason = ปลดล็อกฮากุคุมิ
lock-biometric-cancel = ยกเลิก
lock-wait-seconds = ป้อนผิดติดต่อกัน { $failures } ครั้ง กรุณาลองอีกครั้งในอีก { $seconds } วินาที ข้อมูลในสมุดจะไม่ถูกลบ

## การตั้งค่า

lock-settings-title = การล็อกแอป
lock-settings-body = ถาม PIN หรือวลีรหัสผ่านก่อนเปิดสมุด และจะล็อกเองโดยอัตโนมัติเมื่อไม่ได้ใช้งานสักพักหรือเมื่อสลับไปใช้แอปอื่น แม้จะลืม ข้อมูลในสมุดก็จะไม่ถูกลบ (เพียงแต่ต้องรอนานขึ้นก่อนลองใหม่)
lock-kind = วิธีปลดล็อก
lock-kind-pin = PIN (ตัวเลข)
lock-kind-passphrase = วลีรหัสผ่าน
lock-new-pin = PIN ใหม่
lock-new-pin-again = PIN ใหม่ (ป้อนอีกครั้งเพื่อยืนยัน)
lock-new-passphrase = วลีรหัสผ่านใหม่
lock-new-passphrase-again = วลีรหัสผ่านใหม่ (ป้อนอีกครั้งเพื่อยืนยัน)
lock-idle = ล็อกอัตโนมัติเมื่อไม่ได้ใช้งานนาน
lock-idle-minutes = { $minutes ->
   *[other] { $minutes } นาที
}
lock-enable = ตั้งการล็อก
lock-enabled = ตั้งการล็อกแล้ว
lock-idle-saved = เปลี่ยนเวลาก่อนล็อกอัตโนมัติแล้ว
lock-on = ปลดล็อกด้วย: { $kind } จะล็อกอัตโนมัติเมื่อไม่ได้ใช้งานครบ { $minutes ->
   *[other] { $minutes } นาที
}
lock-now = ล็อกทันที
lock-disable = เลิกใช้การล็อก (ต้องใช้ PIN หรือวลีรหัสผ่านปัจจุบัน)
lock-disabled = เลิกใช้การล็อกแล้ว

## ข้อผิดพลาด

lock-locked = สมุดล็อกอยู่ กรุณาปลดล็อกก่อน
lock-wrong = PIN หรือวลีรหัสผ่านไม่ถูกต้อง กรุณาป้อนอีกครั้ง
lock-wait = ป้อนผิดติดต่อกันหลายครั้ง กรุณารอสักครู่แล้วลองอีกครั้ง ข้อมูลในสมุดจะไม่ถูกลบ
lock-not-set = สมุดนี้ยังไม่ได้ตั้งการล็อก
lock-error-pin = PIN ต้องเป็นตัวเลข 6–12 หลัก
lock-error-passphrase = วลีรหัสผ่านต้องมี 8–128 ตัวอักษร
lock-error-mismatch = ข้อมูลที่ป้อนทั้งสองครั้งไม่ตรงกัน กรุณาป้อนให้เหมือนกันอีกครั้ง
lock-error-idle = กรุณาเลือกเวลาก่อนล็อกอัตโนมัติจากรายการ
lock-biometric-failed = ปลดล็อกด้วยไบโอเมตริกหรือรหัสผ่านของอุปกรณ์ไม่สำเร็จ กรุณาลองอีกครั้ง หรือป้อน PIN หรือวลีรหัสผ่าน
lock-biometric-unavailable = อุปกรณ์นี้ใช้ไบโอเมตริกไม่ได้ กรุณาป้อน PIN หรือวลีรหัสผ่าน
