# Hagukumi — Español (es), checkups.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Child checkups, birth, dental, screening, medicines

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Registro del nacimiento
record-kind-checkup = Control de salud infantil
record-kind-dental = Control dental
record-kind-screening = Prueba de vista, oído o CMV
record-kind-medicine = Medicamento

## Checkups (ChildCheckup::message_id)

checkup-w2 = Hacia las 2 semanas (registro de los padres)
checkup-m1 = Control de salud de 1 mes
checkup-m2 = Hacia los 2 meses (registro de los padres)
checkup-m3-4 = Control de salud de 3 a 6 meses
checkup-m6-7 = Control de salud de 6 a 7 meses
checkup-m9-10 = Control de salud de 9 a 11 meses
checkup-y1 = Hacia 1 año (registro de los padres)
checkup-y1-6 = Control de salud de 1 año y 6 meses
checkup-y2 = Hacia los 2 años (registro de los padres)
checkup-y3 = Control de salud de 3 años
checkup-y4 = Hacia los 4 años (registro de los padres)
checkup-y5 = Control de salud de 5 años
checkup-y6 = Hacia los 6 años (registro de los padres)

## Pages of the parent's checklist (FormPage::page_message_id)

checklist-page-w2 = hacia las 2 semanas
checklist-page-m1 = hacia 1 mes
checklist-page-m2 = hacia los 2 meses
checklist-page-m3-4 = hacia los 3 a 4 meses
checklist-page-m6-7 = hacia los 6 a 7 meses
checklist-page-m9-10 = hacia los 9 a 10 meses
checklist-page-y1 = hacia 1 año
checklist-page-y1-6 = hacia 1 año y 6 meses
checklist-page-y2 = hacia los 2 años
checklist-page-y3 = hacia los 3 años
checklist-page-y4 = hacia los 4 años
checklist-page-y5 = hacia los 5 años
checklist-page-y6 = hacia los 6 años

## Type of delivery (Delivery::message_id)

delivery-vaginal = Parto vaginal
delivery-cesarean = Cesárea
delivery-vacuum = Parto con ventosa
delivery-forceps = Parto con fórceps
delivery-other = Otro

## Screenings (ScreeningTest, ScreeningResult)

screening-vision = Prueba de vista
screening-hearing = Prueba de audición
screening-newborn-hearing = Tamizaje auditivo neonatal
screening-congenital-cmv = Prueba de citomegalovirus (CMV) congénito
screening-result-pass = Pasó (sin alteraciones)
screening-result-refer = Requiere repetir la prueba
screening-result-not-done = No se hizo
screening-result-negative = Negativo
screening-result-positive = Positivo

## Forms

record-birth-date = Fecha de nacimiento: { $date }
record-checklist-title = Registro de los padres ({ $page })
record-checklist-none = Las preguntas de esta página no se incluyen porque no había material para confirmarlas. Igual puede registrar las mediciones y las observaciones.
record-checklist-hint = Elija la respuesta que corresponda. Puede dejar preguntas sin responder.
record-answer-yes = Sí
record-answer-no = No
record-answer-when = Cuándo (si lo sabe)
record-medicine-start = Día en que empezó a tomarlo
record-screening-note = Nota (opcional)

## Summaries in the list

record-gestation = Nació con { $weeks } semanas y { $days } días de gestación
record-born-at = a las { $time }
record-birth-weight = Peso al nacer { $value } g
record-apgar = Apgar { $one }/{ $five }
record-answered = Registro de los padres: { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
record-teeth = { $count ->
    [one] { $count } diente
   *[other] { $count } dientes
}
record-caries = { $count ->
    [one] { $count } con caries
   *[other] { $count } con caries
}
record-fluoride-yes = Con aplicación de flúor
record-fluoride-no = Sin aplicación de flúor
record-until = hasta el { $date }

## The parent's checklist questions (message of checklists-jp.json)

checklist-w2-weak = ¿Le parece que el llanto del bebé o su fuerza para mamar es débil?
checklist-sleeps-on-back = Cuando acuesta al bebé a dormir, ¿lo pone boca arriba?
checklist-child-seat = Cuando viajan en auto, ¿usa una silla de seguridad infantil?
checklist-own-sleep = ¿Usted, como padre o madre, tiene alguna dificultad con su propio sueño?
checklist-someone-to-ask = ¿Tiene a alguien con quien pueda hablar fácilmente sobre la crianza?
checklist-m1-moves-limbs = Cuando está desnudo, ¿el bebé mueve mucho los brazos y las piernas?
checklist-feeds-well = ¿El bebé mama bien?
checklist-m1-startles = Ante un ruido fuerte, ¿el bebé se sobresalta y estira los brazos y las piernas, o se pone a llorar?
checklist-m1-navel-dry = ¿El ombligo está seco?
checklist-m2-follows-with-eyes = ¿El bebé sigue los objetos con la mirada?
checklist-m3-4-head-steady = ¿Cuándo empezó el bebé a sostener la cabeza?
checklist-m3-4-smiles = ¿El bebé sonríe mucho cuando juega con él?
checklist-m3-4-eyes = ¿Le preocupa que la mirada o el movimiento de los ojos del bebé parezcan extraños?
checklist-m3-4-turns-to-voice = Cuando le habla desde un lado donde no lo ve, ¿el bebé intenta mirar hacia allí?
checklist-m3-4-outdoor-air = ¿El bebé sale a tomar un poco de aire fresco?
checklist-m3-4-child-sleep = ¿Tiene alguna dificultad con el sueño de su hijo?
checklist-m6-7-rolls-over = ¿Cuándo se dio vuelta el bebé por primera vez?
checklist-m6-7-sits = ¿Cuándo se sentó solo el bebé por primera vez?
checklist-m6-7-reaches = ¿El bebé estira la mano y agarra un juguete que está cerca?
checklist-m6-7-voice = Cuando está con la familia, ¿el bebé hace sonidos como si hablara?
checklist-m6-7-looks-at-sound = Cuando la tele o la radio empieza a sonar, ¿el bebé mira enseguida hacia allí?
checklist-m6-7-solids = ¿Ya empezó con la alimentación complementaria (papillas)?
checklist-m6-7-pupils = ¿Las pupilas del bebé a veces se ven blancas o brillan de color verde amarillento?
checklist-m9-10-crawls = ¿Cuándo gateó el bebé por primera vez?
checklist-m9-10-pulls-to-stand = ¿Cuándo se paró el bebé agarrándose de algo por primera vez?
checklist-m9-10-pinches = ¿El bebé agarra cosas pequeñas con los dedos (en pinza)?
checklist-m9-10-plays-alone = ¿El bebé puede jugar solo y de buen humor?
checklist-weaning-going-well = ¿La alimentación complementaria va bien?
checklist-m9-10-whisper = Si se acerca en silencio y lo llama en voz muy baja, ¿el bebé se da vuelta?
checklist-m9-10-follows-you = ¿El bebé lo sigue cuando usted se aleja?
checklist-m9-10-teeth = ¿Le preocupa algo de cómo salen los dientes, su forma, su color o las encías?
checklist-y1-cruises = ¿Cuándo caminó el niño agarrándose de los muebles por primera vez?
checklist-y1-gestures = ¿El niño hace gestos como decir adiós con la mano o saludar?
checklist-y1-music = ¿El niño mueve el cuerpo con alegría al ritmo de la música?
checklist-y1-weaning = ¿La alimentación complementaria va bien?
checklist-y1-simple-words = ¿El niño entiende palabras sencillas que dicen los adultos (como "ven" o "dame")?
checklist-y1-looks-where-pointed = Cuando señala un juguete al otro lado de la habitación, ¿el niño mira hacia allí?
checklist-y1-enjoys-play = ¿El niño se alegra cuando juegan juntos?
checklist-y1-three-meals = ¿El niño ya tiene el ritmo de tres comidas al día?
checklist-y1-brushing-practice = ¿Ya empezó a practicar el cepillado de dientes?
checklist-y1-6-walks = ¿Cuándo caminó solo el niño por primera vez?
checklist-y1-6-words = ¿El niño dice algunas palabras con sentido, como "mamá" o "brum"?
checklist-y1-6-cup = ¿El niño puede sostener un vaso y beber agua solo?
checklist-y1-6-bottle = ¿El niño usa biberón?
checklist-y1-6-meal-times = ¿Los horarios de las comidas y las meriendas son más o menos fijos?
checklist-finishing-brush = ¿Usted le repasa el cepillado de los dientes al niño?
checklist-y1-6-eyes = ¿Al niño le molesta demasiado la luz, o le preocupa que el movimiento de sus ojos parezca extraño?
checklist-y1-6-turns-when-called = Cuando lo llama por su nombre desde atrás, ¿el niño se da vuelta?
checklist-fluoride = ¿Al niño le aplican flúor en los dientes o usa pasta dental con flúor?
checklist-y2-runs = ¿El niño puede correr?
checklist-y2-spoon = ¿El niño come solo con cuchara?
checklist-y2-blocks = ¿El niño juega con bloques haciendo torres, o poniéndolos en fila como un tren?
checklist-y2-imitates = ¿El niño imita gestos que ve en la tele o que hacen los adultos?
checklist-y2-two-words = ¿El niño dice frases de dos palabras (como "guau vino" o "dame comida")?
checklist-y2-meat-vegetables = ¿El niño come carne y verduras con fibra?
checklist-y3-stairs = ¿El niño puede subir escaleras solo sin usar las manos?
checklist-y3-circle = ¿El niño dibuja un círculo con crayones o algo similar?
checklist-y3-dressing = ¿El niño quiere vestirse y desvestirse solo?
checklist-y3-own-name = ¿El niño puede decir su propio nombre?
checklist-y3-brush-wash = ¿El niño se cepilla los dientes y se lava las manos?
checklist-y3-thumb = ¿El niño se chupa el dedo todo el tiempo?
checklist-y3-chews = ¿El niño tiene el hábito de masticar bien la comida?
checklist-y3-squint = ¿El niño tiene estrabismo (ojos bizcos)?
checklist-y3-narrows-eyes = Al mirar las cosas, ¿el niño entrecierra los ojos o mira desde muy cerca?
checklist-y3-hearing = ¿Le preocupa que el niño no oiga bien?
checklist-y3-bite = ¿Le preocupa algo de la mordida o de la posición de los dientes del niño?
checklist-y3-pretend-play = ¿El niño puede jugar a juegos de imaginación, como a la casita o a los superhéroes?
checklist-y3-playmates = ¿El niño tiene amigos con quienes jugar?
checklist-y5-somersault = ¿El niño puede dar una voltereta?
checklist-y5-draws-from-memory = ¿El niño puede hacer un dibujo de memoria?
checklist-y5-colours = ¿El niño conoce los colores (rojo, amarillo, verde, azul)?
checklist-y5-clear-speech = ¿El niño habla con una pronunciación clara?
checklist-y6-one-leg = ¿El niño puede pararse en un pie durante 5 a 10 segundos?
checklist-y6-square = ¿El niño puede copiar la forma de un cuadrado?
checklist-y6-directions = ¿El niño entiende más o menos su propio "adelante y atrás" y "izquierda y derecha"?
checklist-y6-name-hiragana = ¿El niño puede leer o escribir su propio nombre en hiragana?
checklist-y6-can-wait = ¿El niño ya puede aguantarse aunque quiera un juguete o un dulce?
checklist-y6-rules = ¿El niño puede jugar respetando acuerdos y reglas?
checklist-y6-first-molar = ¿Ya le salió el primer molar permanente (diente definitivo que sale detrás de los dientes de leche)?
checklist-y6-breakfast = ¿El niño desayuna todos los días?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Registro del nacimiento (uno por niño: fecha de nacimiento, semanas de gestación, peso al nacer, …)
cli-record-checkup-about = Control de salud infantil (mediciones, observaciones, registro de los padres)
cli-record-dental-about = Control dental
cli-record-screening-about = Prueba de vista, oído o CMV (vista, audición, audición neonatal, citomegalovirus congénito)
cli-record-medicine-about = Medicamento
cli-record-birth-date-help = Fecha de nacimiento (por defecto: la fecha de nacimiento registrada)
cli-record-time-help = Hora de nacimiento (24 horas, p. ej., 14:05)
cli-record-weeks-help = Semanas de gestación al nacer (22–44)
cli-record-days-help = Días además de las semanas (0–6; por defecto 0)
cli-record-delivery-help = Tipo de parto: vaginal, cesarean (cesárea), vacuum (ventosa), forceps (fórceps) u other (otro)
cli-record-weight-g-help = Peso al nacer (g, p. ej., 3120)
cli-record-length-help = Talla (cm)
cli-record-apgar1-help = Puntuación de Apgar al minuto (0–10)
cli-record-apgar5-help = Puntuación de Apgar a los 5 minutos (0–10)
cli-record-complications-help = Complicaciones o tratamiento
cli-record-checkup-help = Qué control o página del registro de los padres: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5 o y6
cli-record-findings-help = Observaciones
cli-record-answer-help = Una respuesta del registro de los padres: ID de la pregunta=yes, no o una fecha (sin "=" significa yes). Se puede repetir; al editar, "ID=" borra una respuesta
cli-record-teeth-help = Número de dientes (0–32)
cli-record-caries-help = Número de dientes con caries (0–20)
cli-record-fluoride-help = Aplicación de flúor: yes o no
cli-record-test-help = Prueba: vision (vista), hearing (audición), newborn-hearing (audición neonatal) o congenital-cmv (CMV congénito)
cli-record-result-help = Resultado: pass (pasó), refer (repetir la prueba) o not-done (no se hizo); para la prueba de CMV congénito: negative, positive o not-done
cli-record-start-help = Día en que empezó a tomarlo (p. ej., 2025-04-01)
cli-record-end-help = Último día (opcional)
cli-record-medicine-name-help = Nombre del medicamento
cli-record-instructions-help = Cómo tomarlo y dosis
cli-record-birth-exists = Ya existe un registro de nacimiento (registro #{ $id }). Para cambiarlo, use "hagu record edit { $id } birth …". No se cambió nada.
