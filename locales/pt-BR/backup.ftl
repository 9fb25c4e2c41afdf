# Hagukumi — Português (Brasil) (pt-BR), backup.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Folha de recuperação do Hagukumi
recovery-sheet-made = Criada em { $date }
recovery-sheet-family = Esta caderneta: { $names }
recovery-sheet-qr-label = Código QR do código de recuperação
recovery-sheet-what-title = O que é isto?
recovery-sheet-what = Este é o código de recuperação da sua caderneta. Se você trocar de celular, perdê-lo ou se a chave for apagada, este código abre a caderneta em outro aparelho. Ele também é necessário para restaurar um backup.
recovery-sheet-keep-title = Como guardar
recovery-sheet-keep-paper = Imprima ou copie em papel e guarde junto com seus documentos importantes (a caderneta em papel, cópias do seguro-saúde).
recovery-sheet-keep-no-photo = Não guarde como foto ou anotação no mesmo celular: se perder o celular, você perde o código junto.
recovery-sheet-keep-secret = Quem tiver este código pode ler a sua caderneta. Não mostre a ninguém fora da família.
recovery-sheet-use-title = Quando precisar
recovery-sheet-use-open = Abra o Hagukumi no aparelho novo e escolha "Tenho um código de recuperação" ou "Restaurar de um backup".
recovery-sheet-use-type = Digite este código (maiúsculas ou minúsculas, com ou sem hífens).

## A new handbook's recovery code (shown once)

recovery-new-title = Anote o seu código de recuperação
recovery-new-body = Este código abre a sua caderneta se você trocar ou perder o celular. Copie-o em papel ou imprima a folha de recuperação e guarde-a com seus documentos importantes. Não guarde como foto no mesmo celular.
recovery-new-sheet = Abrir a folha de recuperação (imprimir)
recovery-new-confirm = Já anotei / imprimi
recovery-new-restore = Vindo de outro aparelho? Restaure um backup

## The first screen when the key is missing

recovery-start-title = Este aparelho não tem a chave da caderneta
recovery-start-body = Os dados da caderneta estão aqui, mas a chave para abri-la não está neste aparelho (por exemplo, depois de trocar de aparelho ou de redefinir o chaveiro). O código de recuperação a abre. Nada foi alterado.
recovery-start-code-title = Tenho um código de recuperação
recovery-code-field = Código de recuperação
recovery-code-hint = As 28 letras e números da sua folha de recuperação (7 grupos de 4). Hífens e maiúsculas ou minúsculas não importam.
recovery-start-open = Abrir a caderneta
recovery-start-opening = Verificando…
recovery-start-restore-title = Restaurar de um arquivo de backup
recovery-opened = A caderneta está aberta. Uma chave nova foi guardada neste aparelho.

## The backup and moving screen

backups-card-title = Backup e troca de celular
backups-card-intro = Proteja a sua caderneta caso troque ou perca o celular.
backups-card-last = Último backup: { $when }
backups-card-never = Nenhum backup ainda
backups-card-open = Backup e troca de celular
backups-title = Backup e troca de celular
backups-help-title = Como funciona, em resumo
backups-help-key = A sua caderneta é criptografada e fica guardada só neste celular. A chave que a abre fica no armazenamento de chaves do sistema (chaveiro). Nada é enviado a servidores do Hagukumi.
backups-help-code = O código de recuperação é uma chave reserva para quando a chave for perdida. Ele é mostrado quando a caderneta é criada. Guarde-o em papel e você poderá abrir a caderneta em qualquer aparelho.
backups-help-backup = Um backup é um único arquivo com toda a sua caderneta, criptografado. Sem o código de recuperação ninguém consegue abri-lo, então ele fica seguro no seu próprio armazenamento em nuvem.
backups-help-move = Para trocar de celular: faça um backup no celular antigo e leve o arquivo para o novo (pela nuvem ou por um computador). No celular novo, abra o Hagukumi, escolha "Restaurar de um backup" e informe o arquivo e o código de recuperação.
backups-now-title = Fazer backup agora
backups-file-field = Arquivo para salvar
backups-file-hint = Por exemplo /home/hanako/hagukumi-2026-12-03.hagukumi-backup (um nome de arquivo novo)
backups-now-submit = Fazer backup
backups-working = Criando…
backups-written = Backup salvo: { $file } ({ $size })
backups-size-kb = { $kb } KB
backups-auto-title = Backups automáticos
backups-auto-intro = Uma vez por dia, um backup é salvo na pasta que você escolher. Escolha uma pasta sincronizada pela sua própria nuvem e você estará seguro mesmo se perder o celular. Somente arquivos criptografados são colocados na pasta.
backups-folder-field = Pasta
backups-folder-hint = Por exemplo /home/hanako/Dropbox/hagukumi (deixe vazio para parar os backups automáticos)
backups-keep-field = Quantos manter
backups-keep-hint = Os mais novos são mantidos e os mais antigos são apagados (1 a { $max })
backups-auto-save = Salvar configurações
backups-auto-saved = Configurações de backup automático salvas
backups-auto-off = Os backups automáticos estão desligados
backups-auto-on = Em { $folder }, mantendo os { $keep } mais novos
backups-auto-last = Último backup automático: { $when }
backups-auto-never = Nenhum backup automático foi feito ainda
backups-auto-problem = O último backup automático falhou: { $problem }
backups-restore-title = Restaurar de um backup
backups-restore-body = O arquivo de backup inteiro é verificado antes de substituir a sua caderneta. Durante a verificação, ou se algo falhar, a caderneta atual continua como está.
backups-restore-file = Arquivo de backup
backups-restore-file-hint = Por exemplo /home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = Restaurar
backups-restore-working = Verificando o arquivo…
backups-restored = Restaurado. A sua caderneta agora é a do backup.
backups-code-title = Código de recuperação
backups-code-body = Se você perdeu a folha de recuperação, pode mostrá-la e imprimi-la de novo aqui.
backups-code-show = Mostrar o código de recuperação
backups-code-confirm = Verifique se não há ninguém olhando. Mostrar o código de recuperação?
backups-code-confirm-yes = Mostrar
backups-code-cancel = Cancelar
backups-code-hide = Ocultar
backups-sheet-open = Abrir a folha de recuperação
backups-sheet-print = Imprimir
backups-sheet-close = Fechar
backups-setting-problem-folder-required = Informe uma pasta
backups-setting-problem-folder-relative = Informe a pasta como caminho completo (por exemplo /home/… ou C:\…)
backups-setting-problem-folder-missing = Esta pasta não existe. Crie-a primeiro
backups-setting-problem-keep = Informe um número de 1 a 60 para quantos manter
backups-file-required = Informe onde está o arquivo
error-no-recovery-code = Esta caderneta ainda não tem código de recuperação. Reinicie o aplicativo para criar um

## hagu recovery-sheet

cli-recovery-sheet-about = Imprimir a folha de recuperação (o código de recuperação, o código QR e como guardá-lo) em HTML
cli-recovery-sheet-output-help = Gravar neste arquivo em vez da saída padrão (arquivo novo, legível só por você)
cli-recovery-sheet-written = Folha de recuperação gravada. Apague o arquivo depois de imprimi-la.

## The first screen when only an earlier handbook's key is left

elsewhere-title = Não há caderneta aqui
elsewhere-body = A chave de uma caderneta que ficava aqui ainda está neste aparelho (por exemplo, depois que a pasta foi movida ou o aplicativo foi reinstalado). Se você tiver um backup dela, pode restaurá-lo aqui.
elsewhere-new-title = Começar uma caderneta nova
elsewhere-new-body = Se você não tem backup e quer começar do zero. A chave da caderneta anterior é mantida.
elsewhere-new-confirm = Isto cria uma caderneta nova e vazia. A caderneta anterior não poderá mais ser aberta por esta tela. Continuar?
elsewhere-new-yes = Criar uma caderneta nova
