# Hagukumi — Español (es). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = Libreta de Salud Materno-Infantil
app-loading = Cargando…

## Home

home-children = Hijos
home-pregnancies = Embarazos

## The language picker

language-label = Idioma
language-unreviewed = { $name } (Traducción no revisada)
language-unreviewed-group = Traducción no revisada
language-more = Otros idiomas
