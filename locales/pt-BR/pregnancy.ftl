# Hagukumi — Português (Brasil) (pt-BR), pregnancy.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Pregnancy records and postnatal checkups

## Record kinds (PregnancyRecordKind, pregnancy-kind-<kind>)

pregnancy-kind-notification = Notificação da gravidez (妊娠の届出)
pregnancy-kind-prenatal-visit = Consulta pré-natal
pregnancy-kind-dental = Consulta odontológica da gestante
pregnancy-kind-class = Curso para pais e mães
pregnancy-kind-environment = Anotações sobre trabalho e vida diária
pregnancy-kind-postnatal-checkup = Consulta pós-parto
pregnancy-kind-vaccination = Vacinação na gestação

## The pregnancy's screen

pregnancy-records = Registros
error-no-such-pregnancy = Esta gestação não foi encontrada.
pregnancy-no-records = Ainda não há registros. Use o formulário abaixo para registrar as consultas pré-natais ou o dia da notificação da gravidez.
pregnancy-date-week = Neste dia: { $week }
pregnancy-stat-blood-pressure = Pressão arterial
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = Em mmHg (ex.: máxima 112, mínima 70)
pregnancy-epds-field-hint = Pontuação total da Escala de Depressão Pós-Parto de Edimburgo (EPDS), de 0 a 30
# Shown gently under a postnatal checkup whose EPDS is 9 or more (core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD)
pregnancy-epds-hint = Depois do parto, o corpo e as emoções ficam mais sensíveis. Se algo estiver preocupando você ou se quiser conversar, não carregue isso sozinha: fale à vontade com uma parteira, uma enfermeira de saúde pública ou o centro de apoio à criação dos filhos do seu município (子育て世代包括支援センター / こども家庭センター).

## Choices

pregnancy-method-last-period = Pela última menstruação
pregnancy-method-ultrasound = Por ultrassom
pregnancy-method-other = Outro
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = − (negativo)
pregnancy-urine-trace-option = ± (traços)
pregnancy-urine-plus1-option = + (positivo)
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = − (nenhum)
pregnancy-edema-plus1-option = + (presente)
pregnancy-edema-plus2-option = ++ (forte)
pregnancy-heart-present = Batimentos ouvidos
pregnancy-heart-absent = Batimentos não detectados
pregnancy-heart-not-checked = Batimentos não verificados
pregnancy-timing-two-weeks = Consulta pós-parto de 2 semanas
pregnancy-timing-one-month = Consulta pós-parto de 1 mês
pregnancy-timing-other = Outra consulta pós-parto

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = peso { $value } kg
pregnancy-value-lot = Lote { $lot }
pregnancy-value-blood-pressure = PA { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = proteína na urina { $value }
pregnancy-value-urine-sugar = glicose na urina { $value }
pregnancy-value-edema = inchaço { $value }
pregnancy-value-fundal-height = altura uterina { $value } cm
pregnancy-value-abdominal-girth = circunferência abdominal { $value } cm
pregnancy-value-heart-rate = batimentos { $bpm }/min
pregnancy-value-method = data prevista definida: { $method }
pregnancy-value-epds = EPDS { $score ->
    [one] { $score } ponto
   *[other] { $score } pontos
}

## hagu pregnancy (command line)

cli-pregnancy-about = Adicionar e listar gestações e seus registros (consultas pré-natais e pós-parto, …)
cli-pregnancy-add-about = Adicionar uma gestação
cli-pregnancy-label-help = Um apelido (ex.: segundo filho; opcional)
cli-pregnancy-expected-help = A data prevista do parto (ex.: 2027-03-01)
cli-pregnancy-list-about = Listar as gestações da caderneta
cli-pregnancy-list-json-help = Imprimir um array JSON legível por máquina (id, label, expected_date)
cli-pregnancy-record-about = Adicionar, listar, alterar, excluir ou restaurar os registros da gestação e do pós-parto da mãe
cli-pregnancy-record-add-about = Adicionar um registro a uma gestação
cli-pregnancy-record-list-about = Listar os registros de uma gestação, do mais antigo ao mais recente
cli-pregnancy-record-edit-about = Alterar um registro. Opções não informadas mantêm o valor; um valor vazio ("") apaga um campo opcional. A versão anterior fica no histórico do registro
cli-pregnancy-record-delete-about = Excluir um registro (pode ser restaurado em até 30 dias)
cli-pregnancy-record-restore-about = Restaurar um registro excluído nos últimos 30 dias
cli-pregnancy-record-history-about = Mostrar as versões anteriores de um registro, da mais antiga à mais recente
cli-pregnancy-record-notification-about = A notificação da gravidez
cli-pregnancy-record-prenatal-visit-about = Uma consulta pré-natal (a semana é calculada pela data e pela data prevista do parto)
cli-pregnancy-record-dental-about = Uma consulta odontológica durante a gestação
cli-pregnancy-record-vaccination-about = Uma vacinação durante a gestação (ex.: a vacina materna contra o VSR)
cli-pregnancy-record-class-about = Um curso para pais e mães
cli-pregnancy-record-environment-about = Uma anotação sobre trabalho e ambiente de vida
cli-pregnancy-record-postnatal-checkup-about = Uma consulta pós-parto da mãe
cli-pregnancy-pregnancy-help = O ID da gestação (veja "hagu pregnancy list --json")
cli-pregnancy-record-id-help = O ID do registro (veja "hagu pregnancy record list")
cli-pregnancy-kind-help = Somente registros deste tipo
cli-pregnancy-deleted-help = Incluir registros excluídos
cli-pregnancy-record-list-json-help = Imprimir um array JSON legível por máquina (formato: docs/export-format.md)
cli-pregnancy-history-json-help = Imprimir um array JSON legível por máquina (record_id, change, previous, changed_at)
cli-pregnancy-date-help = Data (ex.: 2026-11-24)
cli-pregnancy-notification-date-help = O dia da notificação (ex.: 2026-07-10)
cli-pregnancy-method-help = Como a data prevista do parto foi definida: last-period (última menstruação), ultrasound (ultrassom) ou other
cli-pregnancy-weight-help = Peso em kg (ex.: 58.4)
cli-pregnancy-systolic-help = Pressão arterial máxima (mmHg)
cli-pregnancy-diastolic-help = Pressão arterial mínima (mmHg)
cli-pregnancy-urine-protein-help = Proteína na urina: - ± + ++ +++ (ou negative, trace, plus1, plus2, plus3)
cli-pregnancy-urine-sugar-help = Glicose na urina: - ± + ++ +++ (ou negative, trace, plus1, plus2, plus3)
cli-pregnancy-edema-help = Inchaço: - + ++ (ou negative, plus1, plus2)
cli-pregnancy-fundal-height-help = Altura uterina em cm
cli-pregnancy-abdominal-girth-help = Circunferência abdominal em cm
cli-pregnancy-fetal-heart-help = Batimentos do bebê: present (ouvidos), absent (não detectados) ou not-checked (não verificados)
cli-pregnancy-heart-rate-help = Frequência cardíaca do bebê (batimentos por minuto)
cli-pregnancy-notes-help = Uma anotação
cli-pregnancy-facility-help = Clínica ou hospital
cli-pregnancy-vaccine-help = ID da vacina (ex.: rsv-maternal)
cli-pregnancy-lot-help = Número do lote
cli-pregnancy-findings-help = Observações
cli-pregnancy-class-name-help = O nome do curso
cli-pregnancy-text-help = A anotação
cli-pregnancy-timing-help = Qual consulta: two-weeks (2 semanas após o parto), one-month (1 mês após o parto) ou other
cli-pregnancy-epds-help = Pontuação total da EPDS (0 a 30)
cli-pregnancy-line = #{ $id }  { $title }  data prevista { $expected }  { $status }
cli-pregnancy-added = Gestação adicionada: { $pregnancy }
cli-pregnancy-none = Ainda não há gestações. Adicione uma com "hagu pregnancy add".
cli-pregnancy-record-added = Registro #{ $id } adicionado ({ $title }): { $entry }
cli-pregnancy-record-edited = Registro #{ $id } alterado: { $entry }
cli-pregnancy-record-deleted = Registro #{ $id } excluído. Pode ser restaurado até { $until } com "hagu pregnancy record restore { $id }".
cli-pregnancy-record-restored = Registro #{ $id } restaurado: { $entry }
cli-pregnancy-record-none = Não há registros. Adicione um com "hagu pregnancy record add".
cli-pregnancy-no-pregnancy = Não há gestação com o ID { $id }. Veja "hagu pregnancy list --json". Nada foi alterado.
cli-pregnancy-no-record = Não há registro de gestação com o ID { $id }. Veja "hagu pregnancy record list". Nada foi alterado.
cli-pregnancy-record-kind-mismatch = O registro #{ $id } é do tipo { $kind }; altere-o com "hagu pregnancy record edit { $id } { $kind } …". Nada foi alterado.
cli-pregnancy-record-is-deleted = O registro #{ $id } está excluído. Restaure-o primeiro com "hagu pregnancy record restore { $id }". Nada foi alterado.
cli-pregnancy-record-already-deleted = O registro #{ $id } já está excluído. Nada foi alterado.
cli-pregnancy-record-not-deleted = O registro #{ $id } não está excluído; não há nada para restaurar.
cli-pregnancy-record-too-old = O registro #{ $id } foi excluído há mais de 30 dias e não pode mais ser restaurado.
cli-pregnancy-photo-about = Adicionar, listar, exportar, excluir ou restaurar as fotos dos registros da gestação e do pós-parto (JPEG ou PNG; o local e outros dados são removidos, como no aplicativo)
cli-pregnancy-photo-not-theirs = O registro #{ $record } não é um dos registros de "{ $title }". Nada foi salvo.
cli-pregnancy-history-none = O registro #{ $id } não foi alterado.
