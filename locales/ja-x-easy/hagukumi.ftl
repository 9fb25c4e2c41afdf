# Hagukumi — やさしい日本語 (ja-x-easy). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/ja (Japanese).

app-tagline = ぼしけんこうてちょう（母子健康手帳）
app-loading = よみこんで います…

## Home

home-children = こども
home-pregnancies = おなかの あかちゃん

## The language picker

language-label = ことば
language-unreviewed = { $name }（ほんやくは まだ チェックして いません）
language-unreviewed-group = ほんやくは まだ チェックして いません
language-more = ほかの ことば
