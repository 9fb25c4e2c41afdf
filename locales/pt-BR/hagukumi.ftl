# Hagukumi — Português (Brasil) (pt-BR). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = Caderneta de Saúde Materno-Infantil
app-loading = Carregando…

## Home

home-children = Filhos
home-pregnancies = Gestações

## The language picker

language-label = Idioma
language-unreviewed = { $name } (Tradução não revisada)
language-unreviewed-group = Tradução não revisada
language-more = Outros idiomas
