# Hagukumi — ไทย (th). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = สมุดบันทึกสุขภาพแม่และเด็ก
app-loading = กำลังโหลด…

## Home

home-children = บุตร
home-pregnancies = การตั้งครรภ์

## The language picker

language-label = ภาษา
language-unreviewed = { $name } (คำแปลยังไม่ได้ตรวจทาน)
language-unreviewed-group = คำแปลยังไม่ได้ตรวจทาน
language-more = ภาษาอื่น
