# Hagukumi — Português (Brasil) (pt-BR), checkups.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Child checkups, birth, dental, screening, medicines

## Record kinds (RecordKind, record-kind-<kind>)

record-kind-birth = Registro do nascimento
record-kind-checkup = Consulta de saúde infantil
record-kind-dental = Consulta odontológica
record-kind-screening = Exame de visão, audição ou CMV
record-kind-medicine = Medicamento

## Checkups (ChildCheckup::message_id)

checkup-w2 = Por volta de 2 semanas (registro dos pais)
checkup-m1 = Consulta de saúde de 1 mês
checkup-m2 = Por volta de 2 meses (registro dos pais)
checkup-m3-4 = Consulta de saúde de 3 a 6 meses
checkup-m6-7 = Consulta de saúde de 6 a 7 meses
checkup-m9-10 = Consulta de saúde de 9 a 11 meses
checkup-y1 = Por volta de 1 ano (registro dos pais)
checkup-y1-6 = Consulta de saúde de 1 ano e 6 meses
checkup-y2 = Por volta de 2 anos (registro dos pais)
checkup-y3 = Consulta de saúde de 3 anos
checkup-y4 = Por volta de 4 anos (registro dos pais)
checkup-y5 = Consulta de saúde de 5 anos
checkup-y6 = Por volta de 6 anos (registro dos pais)

## Pages of the parent's checklist (FormPage::page_message_id)

checklist-page-w2 = por volta de 2 semanas
checklist-page-m1 = por volta de 1 mês
checklist-page-m2 = por volta de 2 meses
checklist-page-m3-4 = por volta de 3 a 4 meses
checklist-page-m6-7 = por volta de 6 a 7 meses
checklist-page-m9-10 = por volta de 9 a 10 meses
checklist-page-y1 = por volta de 1 ano
checklist-page-y1-6 = por volta de 1 ano e 6 meses
checklist-page-y2 = por volta de 2 anos
checklist-page-y3 = por volta de 3 anos
checklist-page-y4 = por volta de 4 anos
checklist-page-y5 = por volta de 5 anos
checklist-page-y6 = por volta de 6 anos

## Type of delivery (Delivery::message_id)

delivery-vaginal = Parto normal (vaginal)
delivery-cesarean = Cesariana
delivery-vacuum = Parto com vácuo-extrator
delivery-forceps = Parto com fórceps
delivery-other = Outro

## Screenings (ScreeningTest, ScreeningResult)

screening-vision = Exame de visão
screening-hearing = Exame de audição
screening-newborn-hearing = Triagem auditiva neonatal (teste da orelhinha)
screening-congenital-cmv = Exame de citomegalovírus (CMV) congênito
screening-result-pass = Passou (sem alterações)
screening-result-refer = Precisa repetir o exame
screening-result-not-done = Não foi feito
screening-result-negative = Negativo
screening-result-positive = Positivo

## Forms

record-birth-date = Data de nascimento: { $date }
record-checklist-title = Registro dos pais ({ $page })
record-checklist-none = As perguntas desta página não estão incluídas porque não havia material para confirmá-las. Você ainda pode registrar as medições e as observações.
record-checklist-hint = Escolha a resposta que se aplica. Não há problema em deixar perguntas sem resposta.
record-answer-yes = Sim
record-answer-no = Não
record-answer-when = Quando (se souber)
record-medicine-start = Dia em que começou a tomar
record-screening-note = Anotação (opcional)

## Summaries in the list

record-gestation = Nasceu com { $weeks } semanas e { $days } dias de gestação
record-born-at = às { $time }
record-birth-weight = Peso ao nascer { $value } g
record-apgar = Apgar { $one }/{ $five }
record-answered = Registro dos pais: { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
record-teeth = { $count ->
    [one] { $count } dente
   *[other] { $count } dentes
}
record-caries = { $count ->
    [one] { $count } cariado
   *[other] { $count } cariados
}
record-fluoride-yes = Com aplicação de flúor
record-fluoride-no = Sem aplicação de flúor
record-until = até { $date }

## The parent's checklist questions (message of checklists-jp.json)

checklist-w2-weak = Você acha que o choro do bebê ou a força dele para mamar é fraca?
checklist-sleeps-on-back = Ao colocar o bebê para dormir, você o deita de barriga para cima?
checklist-child-seat = Ao andar de carro, você usa a cadeirinha (assento infantil)?
checklist-own-sleep = Você, mãe ou pai, tem alguma dificuldade com o seu próprio sono?
checklist-someone-to-ask = Você tem alguém com quem possa conversar facilmente sobre a criação do filho?
checklist-m1-moves-limbs = Quando está sem roupa, o bebê mexe bem os braços e as pernas?
checklist-feeds-well = O bebê mama bem?
checklist-m1-startles = Com um barulho alto, o bebê se assusta e estica os braços e as pernas, ou começa a chorar?
checklist-m1-navel-dry = O umbigo está seco?
checklist-m2-follows-with-eyes = O bebê acompanha os objetos com os olhos?
checklist-m3-4-head-steady = Quando o bebê começou a firmar o pescoço (sustentar a cabeça)?
checklist-m3-4-smiles = O bebê sorri bastante quando você brinca com ele?
checklist-m3-4-eyes = Você se preocupa que o olhar ou o movimento dos olhos do bebê pareça estranho?
checklist-m3-4-turns-to-voice = Quando você fala de um lado que o bebê não vê, ele tenta olhar naquela direção?
checklist-m3-4-outdoor-air = O bebê toma um pouco de ar livre fora de casa?
checklist-m3-4-child-sleep = Você tem alguma dificuldade com o sono do seu filho?
checklist-m6-7-rolls-over = Quando o bebê rolou pela primeira vez?
checklist-m6-7-sits = Quando o bebê sentou sozinho pela primeira vez?
checklist-m6-7-reaches = O bebê estende a mão e pega um brinquedo que está perto?
checklist-m6-7-voice = Quando está com a família, o bebê faz sons como se estivesse conversando?
checklist-m6-7-looks-at-sound = Quando a TV ou o rádio começa a tocar, o bebê olha logo naquela direção?
checklist-m6-7-solids = Você já começou a introdução alimentar (papinhas)?
checklist-m6-7-pupils = As pupilas do bebê às vezes parecem brancas ou brilham em verde-amarelado?
checklist-m9-10-crawls = Quando o bebê engatinhou pela primeira vez?
checklist-m9-10-pulls-to-stand = Quando o bebê ficou de pé apoiando-se em algo pela primeira vez?
checklist-m9-10-pinches = O bebê pega objetos pequenos com os dedos (em pinça)?
checklist-m9-10-plays-alone = O bebê consegue brincar sozinho e de bom humor?
checklist-weaning-going-well = A introdução alimentar está indo bem?
checklist-m9-10-whisper = Se você se aproxima devagar e chama sussurrando, o bebê se vira?
checklist-m9-10-follows-you = O bebê vai atrás de você quando você se afasta?
checklist-m9-10-teeth = Algo na forma como os dentes estão nascendo, no formato, na cor ou na gengiva preocupa você?
checklist-y1-cruises = Quando a criança andou apoiando-se nos móveis pela primeira vez?
checklist-y1-gestures = A criança faz gestos como dar tchau ou cumprimentar?
checklist-y1-music = A criança mexe o corpo alegremente ao som de música?
checklist-y1-weaning = A introdução alimentar está indo bem?
checklist-y1-simple-words = A criança entende palavras simples ditas pelos adultos (como "vem cá" ou "me dá")?
checklist-y1-looks-where-pointed = Quando você aponta para um brinquedo do outro lado do quarto, a criança olha naquela direção?
checklist-y1-enjoys-play = A criança fica contente quando vocês brincam juntos?
checklist-y1-three-meals = A criança já pegou o ritmo de três refeições por dia?
checklist-y1-brushing-practice = Você já começou a treinar a escovação dos dentes?
checklist-y1-6-walks = Quando a criança andou sozinha pela primeira vez?
checklist-y1-6-words = A criança fala algumas palavras com sentido, como "mamã" ou "vrum-vrum"?
checklist-y1-6-cup = A criança consegue segurar um copo e beber água sozinha?
checklist-y1-6-bottle = A criança usa mamadeira?
checklist-y1-6-meal-times = Os horários das refeições e dos lanches são mais ou menos fixos?
checklist-finishing-brush = Você faz a escovação final dos dentes da criança?
checklist-y1-6-eyes = A criança se incomoda demais com a luz, ou você se preocupa que o movimento dos olhos dela pareça estranho?
checklist-y1-6-turns-when-called = Quando você chama a criança pelo nome por trás, ela se vira?
checklist-fluoride = A criança recebe aplicação de flúor nos dentes ou usa creme dental com flúor?
checklist-y2-runs = A criança consegue correr?
checklist-y2-spoon = A criança come sozinha usando a colher?
checklist-y2-blocks = A criança brinca de montar torres com blocos, ou de enfileirá-los como um trem?
checklist-y2-imitates = A criança imita gestos da TV ou dos adultos?
checklist-y2-two-words = A criança fala frases de duas palavras (como "au-au veio" ou "qué papá")?
checklist-y2-meat-vegetables = A criança come carne e verduras com fibras?
checklist-y3-stairs = A criança consegue subir escadas sozinha sem usar as mãos?
checklist-y3-circle = A criança desenha um círculo com giz de cera ou algo parecido?
checklist-y3-dressing = A criança quer se vestir e se despir sozinha?
checklist-y3-own-name = A criança consegue dizer o próprio nome?
checklist-y3-brush-wash = A criança escova os dentes e lava as mãos?
checklist-y3-thumb = A criança chupa o dedo o tempo todo?
checklist-y3-chews = A criança tem o hábito de mastigar bem os alimentos?
checklist-y3-squint = A criança tem estrabismo (olho vesgo)?
checklist-y3-narrows-eyes = Ao olhar para as coisas, a criança aperta os olhos ou olha de muito perto?
checklist-y3-hearing = Você se preocupa que a criança possa não ouvir bem?
checklist-y3-bite = Algo na mordida ou no alinhamento dos dentes da criança preocupa você?
checklist-y3-pretend-play = A criança consegue brincar de faz de conta, como casinha ou super-herói?
checklist-y3-playmates = A criança tem amigos para brincar?
checklist-y5-somersault = A criança consegue dar uma cambalhota?
checklist-y5-draws-from-memory = A criança consegue desenhar algo de memória?
checklist-y5-colours = A criança conhece as cores (vermelho, amarelo, verde, azul)?
checklist-y5-clear-speech = A criança fala com pronúncia clara?
checklist-y6-one-leg = A criança consegue ficar em um pé só por 5 a 10 segundos?
checklist-y6-square = A criança consegue copiar a forma de um quadrado?
checklist-y6-directions = A criança entende mais ou menos a sua própria "frente e trás" e "esquerda e direita"?
checklist-y6-name-hiragana = A criança consegue ler ou escrever o próprio nome em hiragana?
checklist-y6-can-wait = A criança já consegue se controlar mesmo quando quer um brinquedo ou um doce?
checklist-y6-rules = A criança consegue brincar cumprindo combinados e regras?
checklist-y6-first-molar = O primeiro molar permanente (dente definitivo que nasce atrás dos dentes de leite) já nasceu?
checklist-y6-breakfast = A criança toma café da manhã todos os dias?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = Registro do nascimento (um por criança: data de nascimento, idade gestacional, peso ao nascer, …)
cli-record-checkup-about = Consulta de saúde infantil (medições, observações, registro dos pais)
cli-record-dental-about = Consulta odontológica
cli-record-screening-about = Exame de visão, audição ou CMV (visão, audição, audição neonatal, citomegalovírus congênito)
cli-record-medicine-about = Medicamento
cli-record-birth-date-help = Data de nascimento (padrão: a data de nascimento cadastrada)
cli-record-time-help = Hora do nascimento (24 horas, ex.: 14:05)
cli-record-weeks-help = Semanas de gestação ao nascer (22–44)
cli-record-days-help = Dias além das semanas (0–6; padrão 0)
cli-record-delivery-help = Tipo de parto: vaginal (normal), cesarean (cesariana), vacuum (vácuo-extrator), forceps (fórceps) ou other (outro)
cli-record-weight-g-help = Peso ao nascer (g, ex.: 3120)
cli-record-length-help = Comprimento (cm)
cli-record-apgar1-help = Índice de Apgar com 1 minuto (0–10)
cli-record-apgar5-help = Índice de Apgar com 5 minutos (0–10)
cli-record-complications-help = Complicações ou procedimentos
cli-record-checkup-help = Qual consulta ou página do registro dos pais: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5 ou y6
cli-record-findings-help = Observações
cli-record-answer-help = Uma resposta do registro dos pais: ID da pergunta=yes, no ou uma data (sem "=" significa yes). Pode ser repetido; ao editar, "ID=" apaga a resposta
cli-record-teeth-help = Número de dentes (0–32)
cli-record-caries-help = Número de dentes cariados (0–20)
cli-record-fluoride-help = Aplicação de flúor: yes ou no
cli-record-test-help = Exame: vision (visão), hearing (audição), newborn-hearing (audição neonatal) ou congenital-cmv (CMV congênito)
cli-record-result-help = Resultado: pass (passou), refer (repetir o exame) ou not-done (não feito); para o exame de CMV congênito: negative, positive ou not-done
cli-record-start-help = Dia em que começou a tomar (ex.: 2025-04-01)
cli-record-end-help = Último dia (opcional)
cli-record-medicine-name-help = Nome do medicamento
cli-record-instructions-help = Como tomar e dose
cli-record-birth-exists = Já existe um registro de nascimento (registro #{ $id }). Para alterá-lo, use "hagu record edit { $id } birth …". Nada foi alterado.
