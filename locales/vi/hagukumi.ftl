# Hagukumi — Tiếng Việt (vi). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = Sổ tay sức khỏe mẹ và bé
app-loading = Đang tải…

## Home

home-children = Con
home-pregnancies = Thai kỳ

## The language picker

language-label = Ngôn ngữ
language-unreviewed = { $name } (Bản dịch chưa được kiểm tra)
language-unreviewed-group = Bản dịch chưa được kiểm tra
language-more = Ngôn ngữ khác
