# Hagukumi — Português (Brasil) (pt-BR), cli.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## hagu, the command-line tool

## Help

cli-about = Gerencia pela linha de comando a caderneta criptografada do Hagukumi (Caderneta de Saúde Materno-Infantil).
cli-usage-heading = Uso
cli-commands-heading = Comandos
cli-options-heading = Opções
cli-help-flag = Mostrar esta ajuda
cli-version-flag = Mostrar a versão
cli-data-dir-help = Pasta de dados da caderneta (padrão: o mesmo local do aplicativo)
cli-init-new-help = Criar uma caderneta nova aqui mesmo que o chaveiro ainda tenha a chave de uma caderneta que foi movida desta pasta (essa chave é mantida)
cli-init-about = Criar a caderneta criptografada (se já existir, verifica se abre)
cli-child-about = Adicionar ou listar filhos
cli-child-add-about = Adicionar um filho
cli-child-name-help = O nome da criança
cli-child-birth-help = Data de nascimento (ex.: 2025-04-01)
cli-child-list-about = Listar os filhos cadastrados
cli-child-list-json-help = Imprimir um array JSON legível por máquina (id, name, birth_date)
cli-verify-about = Abrir a caderneta existente e verificar a autenticação da criptografia e a integridade (não cria caderneta)
cli-arguments-heading = Argumentos
cli-record-about = Adicionar, listar, alterar, excluir ou restaurar os registros de um filho (vacinas, medições, marcos, anotações, alergias, doenças, nascimento, consultas, consultas odontológicas, exames de visão e audição, medicamentos)
cli-record-add-about = Adicionar um registro a um filho
cli-record-list-about = Listar os registros de um filho, do mais antigo ao mais recente
cli-record-edit-about = Alterar um registro. Opções não informadas mantêm o valor atual; um valor vazio ("") apaga um campo opcional. A versão anterior fica no histórico do registro
cli-record-delete-about = Excluir um registro (pode ser restaurado em até 30 dias)
cli-record-restore-about = Restaurar um registro excluído nos últimos 30 dias
cli-record-history-about = Mostrar as versões anteriores de um registro, da mais antiga à mais recente
cli-record-vaccination-about = Vacinação
cli-record-measurement-about = Medição (pelo menos um destes: peso, altura, perímetro cefálico, perímetro torácico)
cli-record-milestone-about = Marco do desenvolvimento (primeiros passos etc.)
cli-record-note-about = Anotação livre
cli-record-allergy-about = Alergia (alimento, medicamento etc.)
cli-record-illness-about = Doença que teve
cli-record-child-help = O ID da criança (veja "hagu child list --json")
cli-record-id-help = O ID do registro (veja "hagu record list")
cli-record-kind-help = Somente registros deste tipo
cli-record-deleted-help = Incluir registros excluídos
cli-record-list-json-help = Imprimir um array JSON legível por máquina (formato: docs/export-format.md)
cli-record-history-json-help = Imprimir um array JSON legível por máquina (record_id, change, previous, changed_at)
cli-record-date-help = Data (ex.: 2025-04-01)
cli-record-vaccine-help = ID da vacina (ex.: hib, pcv, mr)
cli-record-dose-help = Número da dose (1–10)
cli-record-manufacturer-help = Fabricante
cli-record-lot-help = Número do lote
cli-record-facility-help = Clínica ou hospital
cli-record-funding-help = Custo: public (vacinação de rotina) ou self-paid (vacinação voluntária, paga)
cli-record-weight-help = Peso (kg, ex.: 6.1)
cli-record-height-help = Altura (cm)
cli-record-head-help = Perímetro cefálico (cm)
cli-record-chest-help = Perímetro torácico (cm)
cli-record-what-help = O que a criança conseguiu fazer
cli-record-note-help = Uma anotação curta
cli-record-text-help = O texto da anotação
cli-record-allergy-date-help = Desde quando (ex.: 2025-04-01)
cli-record-substance-help = Causa (alimento, medicamento etc.)
cli-record-reaction-help = Reação
cli-record-illness-help = Nome da doença
cli-export-about = Exportar a caderneta inteira como um único JSON. NÃO é criptografado (formato: docs/export-format.md)
cli-export-json-help = Imprimir em JSON (obrigatório; por enquanto é o único formato)
cli-export-output-help = Gravar neste arquivo em vez da saída padrão (criado com permissão só para você)
cli-import-about = Restaurar uma exportação JSON numa caderneta vazia (cria a caderneta se não existir). Ou tudo é importado, ou nada
cli-import-json-help = O arquivo é uma exportação JSON (obrigatório; por enquanto é o único formato)
cli-import-file-help = O arquivo exportado; - lê da entrada padrão
cli-after-help =
    Variáveis de ambiente:
      HAGUKUMI_PASSPHRASE  Frase-senha (quando não se usa o chaveiro do sistema)
      HAGUKUMI_LANG        Idioma de exibição (ja, ja-x-easy, en, zh-Hans, ko, vi,
                           pt-BR, ne, tl, id, th, es)

    Códigos de saída:
      0  Sucesso
      1  Outro erro (não foi possível ler ou gravar um arquivo, armazenamento do aparelho cheio etc.)
      2  Uso incorreto do comando
      3  Entrada inválida (nada foi salvo). Inclui criança ou registro inexistente, desfazer exclusão após 30 dias, exportação que não pode ser importada, frase-senha com menos de 12 caracteres, código de recuperação com erro de digitação, backup que não pode ser restaurado aqui
      4  Não foi possível abrir a caderneta (não existe, chave errada, não são dados do Hagukumi, chave não encontrada, sem chaveiro nem frase-senha, frase-senha necessária, o código de recuperação não abre, a caderneta foi movida desta pasta)
      5  Caderneta gravada por uma versão mais nova do Hagukumi
      6  Caderneta danificada (por exemplo, quando verify encontra problemas) ou backup danificado
cli-usage-error = Uso incorreto do comando. Veja "hagu --help".

## The handbook

cli-init-created = Caderneta criada: { $path }
cli-init-exists = A caderneta já existe e abriu sem problemas: { $path }
cli-key-os = Chave guardada em: armazenamento de credenciais do sistema (chaveiro)
cli-key-passphrase = Chave guardada em: frase-senha (variável de ambiente HAGUKUMI_PASSPHRASE)
cli-no-handbook = Não há caderneta em { $path }. Crie uma primeiro com "hagu init".
cli-no-data-dir = Não foi possível determinar a pasta de dados. Informe-a com --data-dir.

## Children

cli-child-line = { $name }  nascido(a) em { $birth }  { $age }
cli-child-added = Filho adicionado: { $child }
cli-child-none = Ainda não há filhos cadastrados. Adicione com "hagu child add".
cli-age-unknown = idade desconhecida
cli-field-error = { $field }: { $message }
cli-nothing-saved = Nada foi salvo.

## Verify

cli-verify-ok = A caderneta está em ordem: { $path }
cli-verify-schema = Versão do esquema: { $version }
cli-verify-cipher = Versão do SQLCipher: { $version }
cli-verify-problems = { $count ->
        [one] { $count } problema encontrado na caderneta: { $path }
       *[other] { $count } problemas encontrados na caderneta: { $path }
    }
cli-verify-problem = - { $problem }

## Records

cli-record-entry = { $date }  { $kind }: { $summary }
cli-record-line = #{ $id }  { $entry }
cli-record-mark-deleted = (excluído; pode ser restaurado até { $until })
cli-record-mark-gone = (excluído)
cli-datetime = { $date } { $time }
cli-record-none = Ainda não há registros. Adicione com "hagu record add".
cli-record-added = Registro #{ $id } de { $name } adicionado: { $entry }
cli-record-edited = Registro #{ $id } alterado: { $entry }
cli-record-deleted = Registro #{ $id } excluído. Pode ser restaurado até { $until } com "hagu record restore { $id }".
cli-record-restored = Registro #{ $id } restaurado: { $entry }
cli-record-no-child = Não há criança com o ID { $id }. Veja "hagu child list --json". Nada foi alterado.
cli-record-no-record = Não há registro com o ID { $id }. Veja "hagu record list". Nada foi alterado.
cli-record-kind-mismatch = O registro #{ $id } é do tipo { $kind }; altere-o com "hagu record edit { $id } { $kind } …". Nada foi alterado.
cli-record-is-deleted = O registro #{ $id } está excluído. Restaure-o primeiro com "hagu record restore { $id }". Nada foi alterado.
cli-record-already-deleted = O registro #{ $id } já está excluído. Nada foi alterado.
cli-record-not-deleted = O registro #{ $id } não está excluído; não há nada para restaurar.
cli-record-too-old = O registro #{ $id } foi excluído há mais de 30 dias e não pode mais ser restaurado.
cli-record-official = O registro #{ $id } é um registro oficial do portal e não pode ser alterado nem excluído.
cli-history-line = { $at }  { $change }. Antes: { $entry }
cli-history-edit = Editado
cli-history-delete = Excluído
cli-history-restore = Restaurado
cli-history-none = O registro #{ $id } não foi alterado.

## Photos on records

cli-photo-about = Adicionar, listar, exportar, excluir ou restaurar fotos nos registros de um filho (JPEG ou PNG; o local e outros dados são removidos, como no aplicativo)
cli-photo-add-about = Adicionar uma foto a um registro (JPEG ou PNG, até 8 MB, até 10 por registro). O local, a câmera e outros dados são removidos antes de salvar
cli-photo-list-about = Listar as fotos (ID, registro, formato, tamanho, data em que foi adicionada), de todos os registros ou de um só
cli-photo-export-about = Gravar uma foto num arquivo exatamente como está guardada na caderneta
cli-photo-delete-about = Excluir uma foto (pode ser restaurada em até 30 dias)
cli-photo-restore-about = Restaurar uma foto excluída nos últimos 30 dias
cli-photo-file-help = O arquivo da foto (JPEG ou PNG)
cli-photo-output-help = Arquivo de destino ("-" é a saída padrão). Um arquivo com o mesmo nome é substituído
cli-photo-id-help = O ID da foto (veja "{ $command } list")
cli-photo-list-record-help = Somente as fotos deste registro
cli-photo-list-deleted-help = Incluir fotos excluídas
cli-photo-list-json-help = Imprimir um array JSON legível por máquina (id, record_id, mime, size, created_at, deleted_at)
cli-photo-added = Foto #{ $id } adicionada ao registro #{ $record } ({ $mime }, { $size } bytes). O local e outros dados foram removidos.
cli-photo-line = #{ $id }  registro #{ $record }  { $mime }  { $size } bytes  adicionada em { $at }
cli-photo-none = Ainda não há fotos. Adicione com "{ $command } add".
cli-photo-exported = Foto #{ $id } ({ $mime }, { $size } bytes) gravada em: { $path }
cli-photo-deleted = Foto #{ $id } excluída. Pode ser restaurada até { $until } com "{ $command } restore { $id }".
cli-photo-restored = Foto #{ $id } do registro #{ $record } restaurada.
cli-photo-already-deleted = A foto #{ $id } já está excluída. Nada foi alterado.
cli-photo-not-deleted = A foto #{ $id } não está excluída; não há nada para restaurar.
cli-photo-too-old = A foto #{ $id } foi excluída há mais de 30 dias e não pode mais ser restaurada.
cli-photo-is-deleted = A foto #{ $id } está excluída. Restaure-a primeiro com "{ $command } restore { $id }". Nada foi gravado.
cli-photo-no-photo = Não há foto com o ID { $id }. Veja "{ $command } list". Nada foi alterado.
cli-photo-not-theirs = O registro #{ $record } não é de { $name }. Nada foi salvo.
cli-photo-cannot-read = Não foi possível ler { $path }: { $detail }

## Export and import

cli-export-plaintext = Atenção: a exportação NÃO é criptografada. Quem puder lê-la poderá ler toda a caderneta. Guarde-a com cuidado e apague-a quando não precisar mais.
cli-export-written = Exportação gravada: { $path }
cli-export-cannot-write = Não foi possível gravar em { $path }: { $detail }
cli-import-cannot-read = Não foi possível ler { $path }: { $detail }
cli-import-too-large = { $path } é grande demais (limite de { $limit } MB). Uma exportação do Hagukumi não fica tão grande. Verifique se é o arquivo certo.
cli-import-not-json = Não é um documento JSON: { $detail }
cli-import-not-an-export = Não é uma exportação do Hagukumi ("format" não é "hagukumi-export").
cli-import-version = O formato desta exportação é a versão { $version }. Este hagu lê a versão { $supported }. Atualize o Hagukumi.
cli-import-invalid = A exportação é inconsistente ou está danificada: { $detail }
cli-import-not-empty = A caderneta em { $path } já tem dados. Uma exportação só pode ser importada numa caderneta vazia (por exemplo, um novo --data-dir).
cli-import-nothing = Nada foi importado.
cli-import-done = Importado em { $path }: { $children ->
        [one] { $children } filho
       *[other] { $children } filhos
    }, { $pregnancies ->
        [one] { $pregnancies } gestação
       *[other] { $pregnancies } gestações
    }, { $records ->
        [one] { $records } registro
       *[other] { $records } registros
    }
cli-import-unverified = { $count ->
        [one] { $count } item oficial não pôde ser verificado pela assinatura e entrou como registro seu
       *[other] { $count } itens oficiais não puderam ser verificados pela assinatura e entraram como registros seus
    } (podem ser editados e excluídos; a próxima sincronização os traz de novo do portal).
cli-import-reference-portal-help = Verificar também os dados oficiais com a chave de desenvolvimento do portal de referência (para demonstrações e testes)

## hagu schedule / hagu summary

cli-schedule-about = Mostrar a programação de vacinas e consultas de saúde (texto, JSON ou ICS para calendário)
cli-schedule-child-help = Somente esta criança (padrão: todas)
cli-schedule-as-of-help = Calcular considerando esta data como "hoje" (ex.: 2026-12-01)
cli-schedule-json-help = Imprimir em JSON (formato: docs/cli-schedule.md)
cli-schedule-ics-help = Imprimir no formato iCalendar (.ics), que pode ser importado num calendário
cli-schedule-person = { $name }
cli-summary-about = Gerar o resumo para consulta (HTML de uma página)
cli-summary-child-help = O ID da criança do resumo
cli-summary-output-help = Gravar neste arquivo em vez da saída padrão
cli-summary-written = Resumo para consulta gravado (o arquivo NÃO é criptografado; manuseie com cuidado)

## hagu sync
cli-sync-about = Receber registros oficiais do portal (tipo Mynaportal). Sem subcomando, sincroniza agora
cli-sync-portal-help = O endereço do portal (padrão: o portal já conectado)
cli-sync-reference-portal-help = Usar o portal de referência (chave de desenvolvimento, dados fictícios) (para demonstrações e testes)
cli-sync-reference-hint = Para se conectar ao portal de referência (desenvolvimento, dados fictícios), acrescente --reference-portal.
cli-sync-page-limit-help = Quantos itens receber por vez (1–200)
cli-sync-json-help = Imprimir em JSON legível por máquina
cli-sync-connect-about = Conectar ao portal (abra no navegador o endereço mostrado e dê o consentimento)
cli-sync-timeout-help = Segundos de espera pelo consentimento no navegador
cli-sync-status-about = Mostrar a situação da sincronização (última sincronização, aguardando envio, registros a verificar)
cli-sync-official-about = Listar os registros oficiais recebidos do portal
cli-sync-child-help = O número da criança
cli-sync-resolve-about = Quando um registro do portal e um registro seu não coincidem, decidir qual manter
cli-sync-resolve-id-help = O ID do registro do portal (mostrado em "hagu sync official")
cli-sync-keep-mine-help = Manter o seu registro
cli-sync-use-official-help = Usar o registro do portal (o seu fica como excluído e pode ser restaurado por 30 dias)
cli-sync-questionnaire-about = Colocar um questionário pré-vacinação na fila de envio (enviado na próxima sincronização)
cli-sync-vaccine-help = ID da vacina (ex.: mr)
cli-sync-date-help = Data prevista da vacinação
cli-sync-temperature-help = Temperatura (°C)
cli-sync-answer-help = Resposta a uma pergunta (ex.: feels-well=yes). Responda todas as perguntas
cli-sync-note-help = Algo a dizer ao médico
cli-sync-disconnect-about = Desconectar do portal e revogar o consentimento (os registros recebidos são mantidos)
cli-sync-open-this = Abra este endereço no navegador e consinta com os itens a compartilhar:
cli-sync-browser-done = A conexão com o Hagukumi foi concluída. Feche esta página e volte ao terminal.
cli-sync-connected = Conectado a { $portal } (itens consentidos: { $scopes }). Receba os dados com "hagu sync".
cli-sync-scope-questionnaires = envio de questionários pré-vacinação
cli-sync-done = Sincronizado: { $added } registros novos, { $linked } iguais aos seus, { $conflicts } a verificar, { $updated } atualizados, { $unchanged } sem mudança, { $sent } enviados
cli-sync-conflicts-waiting = { $count ->
        [one] { $count } registro oficial não coincide com o seu
       *[other] { $count } registros oficiais não coincidem com os seus
    }. Verifique com "hagu sync official" e decida com "hagu sync resolve".
cli-sync-connect-hint = Conecte-se com "hagu sync connect --portal URL".
cli-sync-never = ainda não
cli-sync-status-line = Portal: { $portal }   Última sincronização: { $last }   Aguardando envio: { $pending }   A verificar: { $conflicts }
cli-sync-last-error = Última sincronização: { $error }
cli-sync-no-official = Ainda não chegou nenhum registro do portal.
cli-sync-item-line = { $id }  { $category }  { $date }  { $what } ({ $state })
cli-sync-item-vaccination = { $vaccine } { $dose }ª dose
cli-sync-item-checkup = Consulta de saúde ({ $kind })
cli-sync-item-certificate = { $name } (número do pagador público { $payer }, número do beneficiário { $recipient }, até { $to })
cli-sync-item-benefit = { $program }: { $status }
cli-sync-item-notice = { $municipality }: { $title }
cli-sync-state-added = adicionado como registro oficial
cli-sync-state-linked = igual ao seu registro
cli-sync-state-conflict = a verificar
cli-sync-state-kept-mine = o seu registro foi mantido
cli-sync-state-info = para consulta
cli-sync-no-conflict = Não foi encontrado o registro a verificar { $id }. Nada foi alterado.
cli-sync-questions = IDs das perguntas: { $ids }
cli-sync-queued = Questionário na fila de envio (#{ $id }). Será enviado na próxima sincronização.
cli-sync-disconnected = Desconectado do portal e consentimento revogado. Os registros recebidos continuam na caderneta.

## Recovery code and backups

cli-recovery-code-about = Mostrar de novo o código de recuperação da caderneta (este código abre a caderneta em qualquer aparelho)
cli-recover-about = Abrir com o código de recuperação uma caderneta cuja chave foi perdida e guardar a chave no armazenamento de credenciais deste aparelho (se HAGUKUMI_PASSPHRASE estiver definida, a caderneta passa a ser protegida por essa nova frase-senha)
cli-backup-about = Gravar num único arquivo um backup criptografado da caderneta inteira (selado com o código de recuperação)
cli-backup-output-help = Gravar o backup neste arquivo (padrão: hagukumi-data-hora.hagukumi-backup na pasta atual)
cli-restore-about = Restaurar a caderneta a partir de um arquivo de backup (tudo é verificado antes de substituir qualquer coisa)
cli-restore-file-help = O arquivo de backup (.hagukumi-backup)
cli-recovery-code-flag-help = O código de recuperação (se não for informado, será pedido)
cli-recovery-code-line = Código de recuperação: { $code }
cli-recovery-code-advice = Copie este código em papel e guarde-o num lugar seguro, separado deste aparelho. Ao abrir a caderneta num celular ou computador novo, ou se a chave for perdida, só este código pode ajudar.
cli-recovery-code-new = Esta caderneta agora tem um código de recuperação. Ele é mostrado aqui só uma vez (veja-o de novo com "hagu recovery-code").
cli-recovery-code-prompt = Código de recuperação:
cli-recovery-code-required = Informe o código de recuperação com --recovery-code (não há terminal para digitá-lo). Nada foi alterado.
cli-recover-done = A caderneta pode ser aberta de novo: { $path }. A chave foi guardada no armazenamento de credenciais deste aparelho.
cli-recover-done-passphrase = A caderneta pode ser aberta de novo: { $path }. A partir de agora ela abre com a nova frase-senha de HAGUKUMI_PASSPHRASE (a anterior não funciona mais).
cli-backup-written = Backup criptografado gravado: { $path } ({ $size } bytes). Sem o código de recuperação ele não pode ser aberto.
cli-restore-done = Caderneta restaurada a partir do backup de { $created }: { $path }
cli-hint-init-new = Para criar uma caderneta nova aqui: hagu init --new
cli-hint-recover = Para abrir com o código de recuperação: hagu recover
cli-hint-restore = Para restaurar de um backup: hagu restore ARQUIVO
cli-hint-open-moved = Para abrir onde ela está agora: hagu --data-dir PASTA …
