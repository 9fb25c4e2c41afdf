# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = Clinic card
clinic-card-title = Clinic card
clinic-card-back = ‹ Bumalik
clinic-card-intro = Ipakita ang screen na ito sa reception ng klinika. Gumagana ito kahit walang network.
clinic-card-as-of = Noong { $date }
clinic-card-born = Petsa ng kapanganakan
clinic-card-certificates = Sertipiko ng tulong-medikal (受給者証)
clinic-card-no-certificates = Wala pang sertipiko. Kumonekta sa portal at dito ipapakita ang mga sertipikong matatanggap ninyo.
clinic-card-valid-current = May bisa
clinic-card-valid-not-yet = Wala pang bisa
clinic-card-valid-expired = Expired na
clinic-card-date-era = { $date } ({ $era } { $year }, { $monthName } { $day })
era-showa = Shōwa
era-heisei = Heisei
era-reiwa = Reiwa
clinic-card-insurance = Tala sa insurance
clinic-card-insurance-none = Wala pa. Puwede ninyong itala rito ang insurer number at ang symbol at number ng health insurance.
clinic-card-insurance-edit = Magsulat ng tala
clinic-card-insurance-label = Tala sa insurance (huwag kailanman isulat dito ang My Number)
clinic-card-insurance-save = I-save
clinic-card-insurance-cancel = Kanselahin
clinic-card-insurance-saved = Na-save ang tala sa insurance
clinic-card-allergies = Mga allergy
clinic-card-no-allergies = Walang naitalang allergy
clinic-card-vaccinations = Mga bakuna
clinic-card-no-vaccinations = Walang naitalang bakuna
clinic-card-dose = ika-{ $dose } dosis, { $date }
error-insurance-note-too-long = Hanggang 300 character lamang ang tala sa insurance
error-insurance-note-individual-number = Hindi puwedeng i-save ang 12-digit na numero. Huwag kailanman isulat ang My Number (individual number) sa handbook.
cli-clinic-card-about = Ipakita ang clinic card (mga sertipiko, tala sa insurance, allergy, bakuna). Ang handbook lang ang binabasa nito, kaya gumagana ito kahit walang network
cli-clinic-card-child-help = Ang batang ito lamang (tingnan ang ID sa hagu child list)
cli-clinic-card-json-help = Mag-print ng JSON (para sa mga script)
cli-clinic-card-no-children = Wala pang anak. Magdagdag gamit ang hagu child add
cli-clinic-card-fact = { $label }: { $value }
