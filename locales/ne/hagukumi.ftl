# Hagukumi — नेपाली (ne). A first set only, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-tagline = मातृ तथा शिशु स्वास्थ्य पुस्तिका
app-loading = लोड हुँदैछ…

## Home

home-children = बच्चाहरू
home-pregnancies = गर्भावस्था

## The language picker

language-label = भाषा
language-unreviewed = { $name } (अनुवाद समीक्षा गरिएको छैन)
language-unreviewed-group = अनुवाद समीक्षा गरिएको छैन
language-more = अन्य भाषाहरू
