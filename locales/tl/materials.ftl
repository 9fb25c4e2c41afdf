# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Materials handed out at the pregnancy notification (hagu materials and the app's Materials screen). $name is the municipality.

materials-kind-guide = Gabay
materials-kind-coupons = Mga form at coupon ng checkup
materials-kind-contacts = Saan magtatanong
materials-heading = Mga materyales ng { $name } (ibinibigay kapag nag-abiso ng pagbubuntis)
materials-none = Wala pang materyales. Kapag nag-sync kayo sa portal, itatago sa device na ito ang mga materyales ng inyong munisipyo at mababasa kahit offline.
materials-no-match = Walang materyales na tugma sa “{ $query }”.
materials-count = { $count } item
materials-source = Pinagmulan: { $source }
materials-problem = May bahagi ng materyales na hindi mabasa (hindi isinama): { $problem }
materials-no-municipality = Walang nakatakdang munisipyo. Itakda ito gamit ang “hagu municipality set CODE”, saka kunin ang mga materyales gamit ang “hagu sync”.
cli-materials-about = Ipakita at hanapin ang mga materyales na ibinibigay kapag nag-abiso ng pagbubuntis (mga gabay, listahan ng form at coupon ng checkup, saan magtatanong)
cli-materials-search-help = Mga materyales lamang na may ganitong teksto (pamagat, paglalarawan, nilalaman)
cli-materials-json-help = Mag-print ng JSON (para sa mga script)

## The app's screen (ui/src/materials.rs)
materials-card-title = Mga materyales sa abiso ng pagbubuntis
materials-card-intro = Mga gabay, listahan ng form at coupon ng checkup, at saan magtatanong — mababasa kahit offline.
materials-card-open = Tingnan ang mga materyales
materials-screen-title = Mga materyales sa abiso ng pagbubuntis
materials-search-label = Hanapin sa mga materyales
materials-search-placeholder = hal. checkup, kontak
materials-back = Bumalik sa listahan
