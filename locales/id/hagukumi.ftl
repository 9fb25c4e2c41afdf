# Hagukumi — Bahasa Indonesia (id). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = Buku Kesehatan Ibu dan Anak
app-loading = Memuat…

## Home

home-children = Anak
home-pregnancies = Kehamilan

## The language picker

language-label = Bahasa
language-unreviewed = { $name } (Terjemahan belum ditinjau)
language-unreviewed-group = Terjemahan belum ditinjau
language-more = Bahasa lain
