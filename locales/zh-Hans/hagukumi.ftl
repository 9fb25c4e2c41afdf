# Hagukumi — 中文（简体） (zh-Hans). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = 母子健康手册
app-loading = 正在加载…

## Home

home-children = 孩子
home-pregnancies = 妊娠

## The language picker

language-label = 语言
language-unreviewed = { $name }（翻译未经审核）
language-unreviewed-group = 翻译未经审核
language-more = 其他语言
