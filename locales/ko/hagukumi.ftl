# Hagukumi — 한국어 (ko). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = 모자건강수첩
app-loading = 불러오는 중…

## Home

home-children = 자녀
home-pregnancies = 임신

## The language picker

language-label = 언어
language-unreviewed = { $name } (번역 미검토)
language-unreviewed-group = 번역 미검토
language-more = 다른 언어
