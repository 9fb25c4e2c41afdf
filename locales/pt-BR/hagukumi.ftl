# Hagukumi — Português (Brasil) (pt-BR). Machine-assisted translation, NOT yet reviewed by a
# fluent reader (the picker says so). Every id must exist in locales/ja;
# a missing id comes from locales/en (English).

app-name = Hagukumi
app-tagline = Caderneta de Saúde Materno-Infantil
app-loading = Carregando…

## Dates and ages

date = { $day } de { $monthName } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
age = { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    } { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
gestational-age = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } e { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } de gestação

## Home

home-children = Filhos
home-pregnancies = Gestações
home-empty = Ainda não há ninguém cadastrado. Adicione um filho ou uma gestação pelos formulários abaixo.
child-born = Nascido(a) em { $date }
child-age-label = Idade
pregnancy-untitled = Bebê a caminho
pregnancy-expected = Data prevista do parto: { $date }
pregnancy-days-left = { $days ->
        [one] Falta { $days } dia para a data prevista do parto
       *[other] Faltam { $days } dias para a data prevista do parto
    }
pregnancy-due-today = Hoje é a data prevista do parto
pregnancy-past-due = { $days ->
        [one] { $days } dia após a data prevista do parto
       *[other] { $days } dias após a data prevista do parto
    }
pregnancy-not-started = A gestação ainda não começou

## Forms

form-child-title = Adicionar um filho
form-child-name = Nome
form-child-name-placeholder = ex.: Hanako
form-child-birth = Data de nascimento
form-pregnancy-title = Adicionar uma gestação
form-pregnancy-label = Apelido (opcional)
form-pregnancy-label-placeholder = ex.: Segundo filho
form-pregnancy-expected = Data prevista do parto
form-date-placeholder = ex.: 2025-04-01
form-date-hint = Ano-mês-dia (2025/4/1 também funciona)
form-submit-child = Adicionar filho
form-submit-pregnancy = Adicionar gestação
form-saving = Salvando…
form-saved-child = { $name } foi adicionado(a)
form-saved-pregnancy = A gestação foi adicionada


## A child's screen and records

child-back = ‹ Início
child-records = Registros
child-no-records = Ainda não há registros. Use o formulário abaixo para registrar uma medição ou uma vacina.
child-deleted = Excluídos recentemente ({ $count }; podem ser restaurados em até 30 dias)
record-add-title = Adicionar registro
record-submit = Salvar registro
record-saved = Registro salvo: { $kind }
record-delete = Excluir
record-deleted = Registro excluído.
record-undo = Desfazer
records-more = Ver registros mais antigos
record-edit = Editar
record-edit-title = Editar registro
record-edit-submit = Salvar alterações
record-edit-cancel = Parar de editar
record-edited = Registro alterado: { $kind }
record-history = Histórico
record-history-title = Versões anteriores
record-history-empty = Ainda não há alterações
record-history-loading = Carregando…
record-change-edit = Editado
record-change-delete = Excluído
record-change-restore = Restaurado
record-history-before = Antes: { $summary }
record-restored = Registro restaurado
record-kind-measurement = Medição
record-kind-vaccination = Vacinação
record-kind-milestone = Marco do desenvolvimento
record-kind-note = Anotação
record-kind-allergy = Alergia
record-kind-illness = Doença
record-allergy-substance = Causa (alimento, medicamento, …)
record-allergy-reaction = Reação (opcional)
record-illness-name = Nome da doença
record-before = { $date } { $summary }
record-dose = { $dose }ª dose
record-lot = lote { $lot }
# A child's record on one line of `hagu record list` (i18n::records::Style::Line).
record-line-vaccination = { $vaccine } { $dose }ª dose
record-line-weight = peso { $value } kg
record-line-height = altura { $value } cm
record-line-head = cabeça { $value } cm
record-line-chest = tórax { $value } cm
record-line-separator = {", "}
form-choose = Escolha…
funding-public = Vacinação de rotina (custeada pelo poder público)
funding-self-paid = Vacinação voluntária (paga por você)
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = Peso
field-height-short = Altura
field-head-circumference-short = Cabeça
field-chest-circumference-short = Tórax

## Clinic summary

summary-title = Resumo para consulta: { $name }
summary-as-of = em { $date }
summary-allergies = Alergias
summary-measurements = Medições mais recentes
summary-next-due = Próximos previstos
summary-vaccinations = Vacinas
summary-illnesses = Doenças que já teve
summary-none-recorded = Nada registrado
summary-nothing-due = Nada previsto
summary-rules = Calculado com as regras da versão { $version } (de { $as_of }{ $builtin ->
    [yes] , incluídas no aplicativo
   *[no] , recebidas por atualização
})
summary-since = desde { $date }
summary-print = Imprimir
summary-open = Resumo para consulta

## Settings

language-label = Idioma
language-ja = 日本語
language-en = English
language-unreviewed = { $name } (Tradução não revisada)
language-unreviewed-group = Tradução não revisada
language-more = Outros idiomas

## Field names

field-name = Nome
field-birth-date = Data de nascimento
field-label = Apelido
field-expected-date = Data prevista do parto
field-date = Data
field-vaccine = Vacina
field-dose = Dose
field-manufacturer = Fabricante
field-lot = Número do lote
field-facility = Clínica ou hospital
field-funding = Custo
field-weight = Peso (kg)
field-height = Altura (cm)
field-head-circumference = Perímetro cefálico (cm)
field-chest-circumference = Perímetro torácico (cm)
field-measurements = Medições
field-sex = Sexo
sex-unset = Não informado
field-what = O que a criança conseguiu fazer
field-text = Anotação
field-expected-date-method = Como a data prevista do parto foi definida
field-systolic = Pressão arterial (máxima)
field-diastolic = Pressão arterial (mínima)
field-urine-protein = Proteína na urina
field-urine-sugar = Glicose na urina
field-edema = Inchaço (edema)
field-fundal-height = Altura uterina (cm)
field-abdominal-girth = Circunferência abdominal (cm)
field-fetal-heart = Batimentos do bebê
field-fetal-heart-rate = Frequência cardíaca (batimentos/min)
field-findings = Observações do médico
field-class-name = Nome do curso
field-checkup-timing = Qual consulta
field-epds = EPDS (pontuação total)
field-time = Hora do nascimento
field-gestation-weeks = Idade gestacional ao nascer (semanas)
field-gestation-days = Idade gestacional ao nascer (dias)
field-delivery = Tipo de parto
field-birth-weight = Peso ao nascer (g)
field-apgar-1min = Apgar (1 min)
field-apgar-5min = Apgar (5 min)
field-complications = Complicações ou procedimentos
field-checkup = Consulta
field-answers = Registro dos pais
field-teeth = Número de dentes
field-caries = Dentes cariados
field-fluoride = Aplicação de flúor
field-screening-test = Exame
field-screening-result = Resultado
field-end-date = Último dia
field-medicine = Nome do medicamento
field-instructions = Como tomar e dose

## Input errors

error-invalid-input = Verifique o que você digitou.
error-required = Preencha este campo
error-too-long = Use no máximo { $max } caracteres
error-control-characters = Contém caracteres que não podem ser usados
error-malformed-date = Escreva a data no formato 2025-04-01
error-birth-in-future = A data de nascimento não pode estar no futuro
error-birth-before-1900 = Digite uma data a partir de 1º de janeiro de 1900
error-expected-too-far = A data prevista do parto está a mais de 280 dias de hoje
error-expected-long-past = A data prevista do parto foi há mais de 4 semanas. Cadastre o bebê que já nasceu em "Adicionar um filho"
error-date-in-future = A data não pode estar no futuro.
error-date-before-birth = A data é anterior ao nascimento da criança.
error-malformed-number = Digite um número (ex.: 3.25).
error-out-of-range = O valor está fora da faixa possível. Verifique a unidade (kg, cm).
error-no-measurement = Digite pelo menos um destes: peso, altura, perímetro cefálico ou torácico.
error-unknown-choice = Escolha uma das opções.
error-blood-pressure-order = A pressão mínima deve ser menor que a máxima. Verifique se os valores não foram trocados.
error-date-before-pregnancy = Esta data é anterior ao início da gestação. Verifique a data ou a data prevista do parto.
error-heart-rate-without-heartbeat = Digite a frequência cardíaca só quando os batimentos foram ouvidos.
error-malformed-time = Escreva a hora no formato 14:05
error-not-the-birth-date = Use a data de nascimento da criança.
error-not-in-checklist = Há uma resposta que não é de uma pergunta desta consulta.
error-answered-twice = A mesma pergunta foi respondida duas vezes.
error-more-than-teeth = Há mais dentes cariados do que dentes.
error-end-before-start = Esta data é anterior ao primeiro dia.

## When the handbook cannot be opened

error-store-cannot-open = Não foi possível abrir a caderneta: chave errada, ou não são dados do Hagukumi. O arquivo não foi alterado.
error-store-no-key = Não há um local para guardar a chave (chaveiro do sistema) disponível. Defina uma frase-senha na variável de ambiente HAGUKUMI_PASSPHRASE e inicie novamente.
error-store-passphrase = Esta caderneta está protegida por uma frase-senha. Defina-a na variável de ambiente HAGUKUMI_PASSPHRASE e inicie novamente.
error-store-keystore = Ocorreu um erro no armazenamento de credenciais do sistema (chaveiro): { $detail }
error-store-key-missing = A chave desta caderneta não foi encontrada. Abra-a com o mesmo usuário e o mesmo chaveiro que a criaram, ou com o seu código de recuperação.
error-store-newer = Esta caderneta foi criada por uma versão mais nova do Hagukumi. Atualize o aplicativo.
error-store-io = Não foi possível ler ou gravar os arquivos da caderneta: { $detail }
error-store-corrupt = Os dados da caderneta estão danificados: { $detail }
error-store-full = O armazenamento do aparelho está cheio, por isso não foi possível salvar. Nada foi salvo (a caderneta está como antes). Libere espaço (apague fotos, vídeos ou aplicativos que não usa) e tente novamente.
error-recovery-code-length = O código de recuperação tem 28 letras e números, em 7 grupos de 4. Verifique se todos os grupos foram digitados.
error-recovery-code-character = O código de recuperação usa apenas as letras A–Z (sem I, L, O, U) e os números 0–9. Verifique os caracteres digitados.
error-recovery-code-checksum = O código de recuperação tem um erro de digitação (o último grupo não combina com os outros). Compare cada grupo com a sua folha de recuperação.
error-store-handbook-elsewhere = Havia uma caderneta nesta pasta e a chave dela ainda está guardada (a caderneta foi movida ou renomeada). Nenhuma caderneta nova foi criada. Abra a caderneta onde ela está agora, ou coloque a pasta de volta aqui. Se você a apagou de propósito, pode criar uma caderneta nova aqui.
error-store-passphrase-short = A frase-senha é curta demais: use pelo menos 12 caracteres (algumas palavras sem relação entre si são fáceis de lembrar). Nenhuma caderneta foi criada.
error-store-in-use = Esta caderneta está aberta no aplicativo. Feche o aplicativo e tente novamente. Nada foi alterado.
error-recovery-wrong-code = Este código de recuperação não abre esta caderneta. Compare-o com a sua folha de recuperação e digite novamente. Nada foi alterado.
error-recovery-no-file = O arquivo de recuperação (hagukumi.recovery) não está ao lado da caderneta. Copie-o de volta do local de origem da pasta da caderneta, ou restaure um backup.
error-recovery-other-handbook = O arquivo de recuperação ao lado da caderneta pertence a outra caderneta. Copie novamente a pasta inteira da caderneta, ou restaure um backup.
error-recovery-format = O arquivo de recuperação está danificado ou não está no formato do Hagukumi. Restaure um backup.
error-backup-not-a-backup = Este arquivo não é um backup do Hagukumi. Escolha um arquivo cujo nome termina em .hagukumi-backup. Nada foi alterado.
error-backup-version = Este backup foi criado por outra versão do Hagukumi. Atualize o aplicativo e tente novamente. Nada foi alterado.
error-backup-damaged = O arquivo de backup está danificado ou incompleto. Nada foi alterado. Use outro backup, ou copie este arquivo novamente.
error-backup-wrong-code = Este código de recuperação não abre este backup. Compare-o com a folha de recuperação da caderneta que foi copiada. Nada foi alterado.
error-backup-other-handbook = Este backup é de uma caderneta diferente da que está nesta pasta. Nada foi alterado. Restaure-o em uma pasta vazia.
error-backup-no-code = Esta caderneta ainda não tem código de recuperação. Abra-a uma vez (o código será criado) e depois faça o backup novamente.
error-backup-would-replace-other-file = Já existe no destino um arquivo que não é um backup do Hagukumi. Ele foi mantido como está e nada foi gravado. Escolha outro nome de arquivo ou outro local.
error-backup-inside-handbook-folder = Não é possível salvar o backup dentro da própria pasta da caderneta (ele poderia substituir a caderneta ou ser perdido junto com ela). Nada foi gravado. Escolha outra pasta, como um disco externo ou uma pasta na nuvem.
error-backup-folder-missing = A pasta dos backups automáticos não foi encontrada (um disco externo ou uma pasta na nuvem pode não estar conectado). Conecte-a novamente, ou escolha outra pasta na tela de backup. Até lá, nenhum backup automático será salvo.
error-no-such-child = Esta criança não foi encontrada.
error-no-such-record = Este registro não foi encontrado.
error-cannot-restore = Foi excluído há mais de 30 dias e não pode mais ser restaurado.
error-birth-already-recorded = Esta criança já tem um registro de nascimento (um por criança). Para reescrevê-lo, exclua primeiro o registro atual e depois adicione o novo.
photo-count = Fotos ({ $count })
photo-add = Adicionar foto
photo-delete = Excluir foto
photo-deleted = Excluída (pode ser restaurada em até 30 dias)
photo-alt = Foto do registro
photo-privacy = O local e outros dados da foto são removidos; a foto fica guardada dentro da caderneta criptografada.
error-photo-format = Só é possível adicionar fotos JPEG ou PNG.
error-photo-malformed = O arquivo da foto está danificado ou incompleto.
error-photo-too-large = A foto é grande demais (até 8 MB).
error-photo-too-many = Não é possível adicionar mais fotos a este registro (até 10).
error-photo-too-many-pixels = A foto tem pixels demais (até 64 megapixels). Compartilhe ou salve-a em tamanho menor no celular e adicione novamente.
error-no-such-photo = Esta foto não foi encontrada.
error-photo-cannot-restore = Esta foto foi excluída há mais de 30 dias e não pode mais ser restaurada.
error-internal = Ocorreu um erro inesperado: { $detail }
error-retry-hint = Se reiniciar o aplicativo não resolver, faça um backup da pasta de dados e entre em contato com o suporte.

## The schedule on screen

schedule-next-title = Próximos passos
schedule-plan-title = Vacinas e consultas de saúde
schedule-none = Nada previsto por enquanto.
schedule-month = { $month }/{ $year }
schedule-why = Detalhes
schedule-closing-soon = O período gratuito (custeado pelo poder público) termina em breve.
schedule-record-given = Aplicada
schedule-record-save = Salvar
schedule-record-cancel = Cancelar
schedule-status-done = Feito
schedule-status-due-now = Agora
schedule-status-upcoming = Em breve
schedule-status-overdue = Atrasado
schedule-status-missed = Fora do período gratuito
schedule-status-not-eligible = Não elegível
schedule-status-funded-window-missed = Passou o período gratuito (agora é vacinação voluntária, paga)
schedule-when-done = feito em { $date }
schedule-when-due = pode ser feito agora
schedule-when-due-by = pode ser feito agora (padrão: até { $date })
schedule-when-from = a partir de { $date }
schedule-when-overdue = passou do período padrão; faça o quanto antes
schedule-when-overdue-funded = passou do período padrão (gratuito até { $date })
ics-calendar-name = Hagukumi – vacinas e consultas de saúde

## Reminders (local notifications) and their settings
field-days-before-open = Avisar quantos dias antes de o período começar
field-days-before-close = Avisar quantos dias antes de o período gratuito terminar
field-temperature = Temperatura (°C)
error-days-out-of-range = Digite um número de dias de 0 a 60
field-program = Programa
field-benefit-state = Situação
field-deadline = Prazo
field-payment-date = Data do próximo pagamento
field-payment-amount = Valor do próximo pagamento (ienes)
field-guardian = Nome do responsável
field-children = Filhos para os quais solicitar
error-individual-number = Não é possível digitar um número de 12 dígitos como o My Number (マイナンバー). O Hagukumi nunca lida com o My Number; apague o número
field-stars = Avaliação (estrelas)
error-stars-out-of-range = A avaliação é de 1 a 5 estrelas (ou nenhuma)
reminder-opening-title = Está chegando a época de: { $item }
reminder-opening-body = { $who } pode fazer { $item } a partir de { $date }. Quando for conveniente, pense em marcar um horário.
reminder-closing-title = O período gratuito de { $item } termina em breve
reminder-closing-body = { $who } pode fazer { $item } gratuitamente até { $date } ({ $days ->
        [one] falta { $days } dia
       *[other] faltam { $days } dias
    }). Se ainda não fez, converse com a sua clínica.
reminder-digest-title = Este mês para a sua família
reminder-digest-body = { $count ->
        [one] Há { $count } compromisso previsto este mês.
       *[other] Há { $count } compromissos previstos este mês.
    }
reminder-digest-line = { $who }: { $item } (por volta de { $date })
reminder-settings-title = Lembretes
reminder-settings-open = Avisar quantos dias antes de o período começar
reminder-settings-close = Avisar quantos dias antes de o período gratuito terminar
reminder-settings-note = De 0 a 60 dias. No dia 1º de cada mês, você também recebe o que está previsto para a sua família naquele mês.
reminder-settings-save = Salvar
reminder-settings-saved = Salvo
