# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] Si { $name } ay { $months } buwang gulang
   *[other] Si { $name } ay { $years } taon { $months } buwang gulang
}
programs-reason-born-on-or-after = Para sa mga batang ipinanganak noong { $date } o pagkatapos
programs-reason-from = May bisa mula { $date }
programs-reason-until = May bisa hanggang { $date }
programs-reason-school-year-end = May bisa hanggang sa unang Marso 31 pagkatapos maging { $age } taong gulang ({ $date })
programs-reason-child-order = Si { $name } ay binibilang na ika-{ $order } anak
programs-reason-twins = Si { $name } ay isa sa { $count } na ipinanganak sa parehong araw: binibilang ang bawat isa
programs-reason-pregnancy-week = Ngayon ay { $weeks } linggo { $days } araw na buntis
programs-reason-pregnancy-week-from = Maaaring i-claim mula ika-{ $week } linggo ({ $date })
programs-reason-per-expected-child = Ibinabayad para sa bawat inaasahang anak
programs-reason-after-birth = May bisa kapag naipanganak na ang sanggol (takdang araw { $date })
programs-reason-apply-by = Mag-aplay hanggang { $date }

programs-level-national = Pambansa
programs-level-prefecture = Prefecture
programs-level-municipality = Munisipyo
programs-now-heading = Para sa inyong pamilya ngayon (noong { $date }, { $municipality })
programs-coming-heading = Paparating sa susunod na 3 buwan
programs-check-heading = Iba pang programa ng { $municipality } (wala sa data ang mga kondisyon: magtanong sa { $municipality })
programs-none = Wala
programs-person-pregnancy = Pagbubuntis (takdang araw { $date })
programs-person-pregnancy-label = { $label } (takdang araw { $date })
programs-amount-month = ¥{ $yen } bawat buwan
programs-amount-once = ¥{ $yen }
programs-amount-per-expected-child = { $amount } bawat inaasahang anak
programs-days-left = { $days } araw na lang (hanggang { $date })
programs-last-day = huling araw na ngayon
programs-until-date = hanggang { $date }
programs-next-payment = Buwan ng susunod na bayad: { $month }/{ $year }
programs-applied-with = Maaaring iaplay kasabay ng “{ $name }”
programs-schedule-link = Para sa panahon, tingnan ang iskedyul (hagu schedule)
programs-how = Paano mag-aplay: { $text }
programs-where = Saan: { $text }
programs-bring = Mga dadalhin: { $text }
programs-link = Impormasyon: { $uri }
programs-source = Pinagmulan: { $source }
programs-note = Tala: { $note }
programs-sample-notice = Tala: SAMPLE na data (noong { $date }). Suriin ang bawat pinagmulan at ang impormasyon ng inyong munisipyo bago mag-aplay.
programs-no-municipality = Walang nakatakdang munisipyo. Pumili gamit ang “hagu municipality list”, saka itakda gamit ang “hagu municipality set CODE”.
programs-unknown-municipality = Ang { $code } ay hindi munisipyo sa data ng mga programa. Tingnan ang “hagu municipality list”. Walang binago.
programs-registry-problem = May bahagi ng data ng programa na hindi mabasa (hindi isinama ang talang iyon): { $problem }

municipality-line = { $code }  { $name }
municipality-set = Itinakda ang munisipyo sa { $name } ({ $code }).
municipality-same = Nakatakda na ang { $name } ({ $code }).
municipality-moved = Paglipat mula { $from } papuntang { $to }: muling itinugma ang mga programa (noong { $date }).
municipality-ends-heading = Matatapos kasabay ng { $from }
municipality-apply-heading = Iaaplay sa { $to }
municipality-check-heading = Iba pang programa ng { $to } (magtanong sa { $to } tungkol sa mga kondisyon)

cli-municipality-about = Kung saan nakatira ang pamilya (ginagamit para itugma ang mga programa)
cli-municipality-list-about = Ilista ang mga munisipyo sa data ng mga programa
cli-municipality-set-about = Itakda kung saan nakatira ang pamilya (kapag lumipat, ipinapakita kung ano ang matatapos at ano ang iaaplay)
cli-municipality-code-help = Ang 6-digit na local government code (hal. 131016)
cli-municipality-json-help = Mag-print ng JSON (para sa mga script)
cli-programs-about = Mga programang suporta sa bata na may bisa ngayon, at ang mga magsisimula sa loob ng 3 buwan
cli-programs-child-help = Ang batang ito lamang (ID)
cli-programs-as-of-help = Itugma sa petsang ito (default: ngayon)
cli-programs-json-help = Mag-print ng JSON (para sa mga script)

## The app's screens (ui/src/programs.rs). $name is a municipality, $count a number.
programs-card-title = Para sa inyong pamilya ngayon
programs-card-intro = Piliin kung saan kayo nakatira at sasabihin ng Hagukumi kung aling mga programang suporta sa bata ang angkop sa edad ng inyong mga anak at sa pagbubuntis.
programs-card-choose = Piliin ang inyong munisipyo
programs-card-open = Tingnan lahat
programs-card-more = { $count } pa
programs-card-where = Mga programa sa { $name }
programs-screen-title = Mga programang suporta sa bata
programs-municipality-title = Kung saan kayo nakatira
programs-municipality-hint = Pumili nang isang beses. Kapag lumipat kayo, pumili muli: ililista ng Hagukumi ang muling iaaplay at ang matatapos.
programs-municipality-choose = Pumili…
programs-municipality-submit = Gamitin ang munisipyong ito
programs-municipality-saving = Sine-save…
programs-moved-title = Ano ang nagbabago sa paglipat
programs-for-person = { $name }
programs-open-link = Buksan ang pahina ng munisipyo
programs-open-source = Buksan ang pinagmulan
programs-open-benefits = Mga aplikasyon sa benepisyo
programs-schedule-link-app = Tingnan kung kailan magpapabakuna sa plano sa screen ng inyong anak.
programs-link-opened = Binuksan sa inyong browser.
error-unknown-municipality = Wala sa data ng mga programa ang munisipyong iyon. Pumili mula sa listahan. Walang binago.
error-program-no-link = Walang pahinang mabubuksan ang programang ito.
error-no-browser = Hindi mabuksan ang browser. Hanapin na lang ang pangalan ng pinagmulan.
