# Hagukumi — Tagalog (tl). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = Handbook sa Kalusugan ng Ina at Bata
app-loading = Naglo-load…

## Home

home-children = Mga anak
home-pregnancies = Pagbubuntis

## The language picker

language-label = Wika
language-unreviewed = { $name } (Hindi pa nasusuri ang salin)
language-unreviewed-group = Hindi pa nasusuri ang salin
language-more = Iba pang wika
