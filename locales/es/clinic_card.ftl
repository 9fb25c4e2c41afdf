# Hagukumi — Español (es), clinic_card.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = Tarjeta para la recepción
clinic-card-title = Tarjeta para la recepción
clinic-card-back = ‹ Volver
clinic-card-intro = Muestre esta pantalla en la recepción de la clínica u hospital. Funciona sin conexión.
clinic-card-as-of = Al { $date }
clinic-card-born = Fecha de nacimiento
clinic-card-certificates = Certificados de subsidio de gastos médicos (受給者証)
clinic-card-no-certificates = Todavía no hay certificados. Conéctese al portal y los certificados que reciba aparecerán aquí.
clinic-card-valid-current = Válido
clinic-card-valid-not-yet = Todavía no es válido
clinic-card-valid-expired = Vencido
clinic-card-date-era = { $date } ({ $era } { $year }, { $day } de { $monthName })
era-showa = Shōwa (昭和)
era-heisei = Heisei (平成)
era-reiwa = Reiwa (令和)
clinic-card-insurance = Notas del seguro médico
clinic-card-insurance-none = Todavía no hay. Puede anotar aquí el número de la aseguradora (保険者番号) y el símbolo y número (記号・番号) de la tarjeta del seguro médico.
clinic-card-insurance-edit = Escribir una nota
clinic-card-insurance-label = Notas del seguro médico (nunca escriba aquí el My Number)
clinic-card-insurance-save = Guardar
clinic-card-insurance-cancel = Cancelar
clinic-card-insurance-saved = Notas del seguro médico guardadas
clinic-card-allergies = Alergias
clinic-card-no-allergies = No hay alergias registradas
clinic-card-vaccinations = Vacunas
clinic-card-no-vaccinations = No hay vacunas registradas
clinic-card-dose = { $dose }.ª dosis, { $date }
error-insurance-note-too-long = Las notas del seguro médico deben tener como máximo 300 caracteres
error-insurance-note-individual-number = No se puede guardar un número de 12 dígitos. Nunca escriba el My Number (マイナンバー, número individual) en la libreta.
cli-clinic-card-about = Mostrar la tarjeta para la recepción (certificados, notas del seguro, alergias, vacunas). Solo lee la libreta, así que funciona sin conexión
cli-clinic-card-child-help = Solo este niño (vea el ID con hagu child list)
cli-clinic-card-json-help = Imprimir JSON (para scripts)
cli-clinic-card-no-children = Todavía no hay hijos registrados. Agregue uno con hagu child add
cli-clinic-card-fact = { $label }: { $value }
