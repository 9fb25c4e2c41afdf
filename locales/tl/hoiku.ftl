# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## The hoiku-index simulator screen (one question at a time) and the April intake checklist (screen and hagu nursery checklist).

hoiku-sim-link = Kalkulahin ang hoiku index (保育指数)
hoiku-back = ‹ Bumalik sa paghahanap ng nursery
hoiku-sim-title = Simulator ng hoiku index (保育指数)
hoiku-sim-intro = Sagutin ang mga tanong isa-isa at kakalkulahin ang puntos ng pamilya mula sa talahanayang inilathala ng munisipyo. Hindi ito pangako ng puwesto: ang munisipyo ang nagpapasya.
hoiku-q-municipality = Saang munisipyo kayo mag-aaplay?
# $municipality is its name, $year the table's fiscal year (令和7年度, …).
hoiku-municipality-option = { $municipality } (talahanayan ng { $year })
hoiku-q-guardians = Ilan ang tagapag-alaga (guardian)?
hoiku-guardians-one = Isa
hoiku-guardians-two = Dalawa
hoiku-q-situation = Ano ang kalagayan ng tagapag-alaga { $guardian }?
hoiku-option-not-in-table = wala sa talahanayang ito
hoiku-q-hours = Ilang oras bawat linggo ang tagapag-alaga { $guardian } ({ $situation })?
hoiku-q-days = Ilang araw bawat buwan ang tagapag-alaga { $guardian } ({ $situation })?
hoiku-q-detail = Alin ang angkop sa tagapag-alaga { $guardian } ({ $situation })?
hoiku-q-household = Piliin ang lahat ng angkop sa sambahayan (o wala, saka susunod).
hoiku-household-none-in-table = Walang adjustment row ang talahanayang ito (hindi nakita ang mga ito). Hindi ito mabibilang sa kabuuan kahit piliin.
hoiku-option-points = ({ $signed } puntos)
hoiku-hours-label = Oras bawat linggo
hoiku-days-label = Araw bawat buwan
hoiku-next = Susunod
hoiku-back-step = Bumalik ng isang hakbang
hoiku-restart = Magsimula muli
hoiku-answer-hours = { $hours } oras bawat linggo
hoiku-answer-days = { $days } araw bawat buwan
hoiku-answer-none = Wala
hoiku-result-title = Ang resulta
# $source is the table's source, $year its fiscal year.
hoiku-line-source = Pinagmulan: { $source } ({ $year })
hoiku-result-promise = Kalkulasyon mula sa inilathalang talahanayan. Hindi ito pangako ng puwesto.
hoiku-whatif-title = Paano kung…
hoiku-whatif-intro = Pumili ng isa at ipapakita ang binagong kabuuan sa tabi ng kabuuan ng inyong mga sagot.
hoiku-tweak-hours = Tagapag-alaga { $guardian } sa { $to } oras bawat linggo sa halip na { $from }
hoiku-tweak-days = Tagapag-alaga { $guardian } sa { $to } araw bawat buwan sa halip na { $from }
hoiku-tweak-add = Kasama ang "{ $rule }"
hoiku-whatif-none = Walang magbabago sa puntos ayon sa talahanayang ito.
hoiku-whatif-compare = Inyong mga sagot { $before } puntos → kung sakali { $after } puntos ({ $difference ->
    [0] walang pagbabago
   *[other] { $signed }
})
hoiku-tie-none = Walang tie-break order na makakalkula sa talahanayang ito.
hoiku-past-none = Wala sa mga pinagmulan ng simulation na ito ang pinakamababang puntos na natanggap noong nakaraang taon bawat nursery at klase, kaya walang ipinapakita.
hoiku-flow-error-detail = Hindi isa sa mga pagpipilian ng tanong na ito ang sagot na iyon.
hoiku-flow-error-unexpected = Hindi angkop ang sagot na iyon sa tanong na ito.
hoiku-flow-error-extra = Mas marami ang sagot kaysa sa tanong.

hoiku-checklist-title = Checklist para sa pagpasok sa Abril
# $municipality is its name, $year the fiscal year (令和9年度, …), $date the intake day.
hoiku-checklist-heading = { $municipality }, pagpasok sa Abril ng { $year } ({ $date })
hoiku-checklist-periods = Panahon ng aplikasyon at mga deadline
hoiku-checklist-period-range = { $title }: { $from } – { $until }
hoiku-checklist-period-until = { $title }: hanggang { $until }
hoiku-checklist-days-left = { $days ->
    [0] huling araw na ngayon
   *[other] { $days } araw na lang
}
hoiku-checklist-passed = lumipas na ang deadline
hoiku-checklist-documents = Mga dokumento ({ $checked } sa { $total } handa na)
hoiku-checklist-for = para sa tagapag-alaga na may kalagayang: { $situation }
hoiku-checklist-as-of = Impormasyon noong { $date }
hoiku-checklist-source = Pinagmulan: { $title } { $url }
hoiku-checklist-document = { "  " }□ { $title }
hoiku-checklist-error-municipality = Walang checklist ng pagpasok para sa munisipyong ito.
hoiku-checklist-error-document = Wala sa checklist na ito ang dokumentong iyon. Walang binago.
hoiku-checklist-error-data = Hindi mabasa ang checklist ng pagpasok: { $detail }
hoiku-checklist-unknown = Walang checklist ng pagpasok para sa munisipyong { $code } (mayroon para sa: { $known }).
cli-nursery-checklist-about = Mga panahon ng aplikasyon, deadline at dokumento para sa pagpasok sa Abril
cli-nursery-checklist-municipality-help = Code ng munisipyo (132012 Hachioji, 131083 Koto)
cli-nursery-checklist-json-help = Mag-print ng JSON (para sa mga script)
