# Hagukumi — Português (Brasil) (pt-BR), programs.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } tem { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }
   *[other] { $name } tem { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    } e { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    }
}
programs-reason-born-on-or-after = Para crianças nascidas a partir de { $date }
programs-reason-from = Válido a partir de { $date }
programs-reason-until = Válido até { $date }
programs-reason-school-year-end = Válido até o primeiro 31 de março depois de completar { $age } anos ({ $date })
programs-reason-child-order = { $name } conta como { $order }º filho
programs-reason-twins = { $name } é um dos { $count } nascidos no mesmo dia: cada um conta
programs-reason-pregnancy-week = Agora com { $weeks } semanas e { $days } dias de gestação
programs-reason-pregnancy-week-from = Pode ser solicitado a partir da { $week }ª semana ({ $date })
programs-reason-per-expected-child = Pago para cada bebê esperado
programs-reason-after-birth = Válido quando o bebê nascer (data prevista { $date })
programs-reason-apply-by = Solicitar até { $date }

programs-level-national = Nacional
programs-level-prefecture = Província (都道府県)
programs-level-municipality = Município (区市町村)
programs-now-heading = Para a sua família agora (em { $date }, { $municipality })
programs-coming-heading = Começam nos próximos 3 meses
programs-check-heading = Outros programas de { $municipality } (as condições não estão nos dados: pergunte a { $municipality })
programs-none = Nenhum
programs-person-pregnancy = Gestação (data prevista { $date })
programs-person-pregnancy-label = { $label } (data prevista { $date })
programs-amount-month = ¥{ $yen } por mês
programs-amount-once = ¥{ $yen }
programs-amount-per-expected-child = { $amount } por bebê esperado
programs-days-left = { $days ->
    [one] Falta { $days } dia (até { $date })
   *[other] Faltam { $days } dias (até { $date })
}
programs-last-day = último dia hoje
programs-until-date = até { $date }
programs-next-payment = Mês do próximo pagamento: { $month }/{ $year }
programs-applied-with = Pode ser solicitado junto com "{ $name }"
programs-schedule-link = Para a época das vacinas, veja a programação (hagu schedule)
programs-how = Como solicitar: { $text }
programs-where = Onde: { $text }
programs-bring = O que levar: { $text }
programs-link = Informações: { $uri }
programs-source = Fonte: { $source }
programs-note = Observação: { $note }
programs-sample-notice = Observação: dados de AMOSTRA (de { $date }). Confira cada fonte e as informações do seu município antes de solicitar.
programs-no-municipality = Nenhum município configurado. Escolha um com "hagu municipality list" e configure-o com "hagu municipality set CÓDIGO".
programs-unknown-municipality = { $code } não é um município dos dados de programas. Veja "hagu municipality list". Nada foi alterado.
programs-registry-problem = Parte dos dados de programas não pôde ser lida (esse registro foi deixado de fora): { $problem }

municipality-line = { $code }  { $name }
municipality-set = Município configurado: { $name } ({ $code }).
municipality-same = { $name } ({ $code }) já está configurado.
municipality-moved = Mudança de { $from } para { $to }: programas verificados novamente (em { $date }).
municipality-ends-heading = O que termina em { $from }
municipality-apply-heading = O que solicitar em { $to }
municipality-check-heading = Outros programas de { $to } (pergunte a { $to } sobre as condições)

cli-municipality-about = Onde a família mora (usado para verificar os programas)
cli-municipality-list-about = Listar os municípios dos dados de programas
cli-municipality-set-about = Configurar onde a família mora (na mudança, mostra o que termina e o que solicitar)
cli-municipality-code-help = O código de governo local de 6 dígitos (ex.: 131016)
cli-municipality-json-help = Imprimir JSON (para scripts)
cli-programs-about = Programas de apoio à criação dos filhos válidos agora e os que começam em até 3 meses
cli-programs-child-help = Somente esta criança (ID)
cli-programs-as-of-help = Verificar nesta data (padrão: hoje)
cli-programs-json-help = Imprimir JSON (para scripts)

## The app's screens (ui/src/programs.rs). $name is a municipality, $count a number.
programs-card-title = Para a sua família agora
programs-card-intro = Escolha onde você mora e o Hagukumi mostra os programas de apoio à criação dos filhos que combinam com a idade dos seus filhos e com a gestação.
programs-card-choose = Escolher o município
programs-card-open = Ver todos
programs-card-more = { $count ->
    [one] mais { $count }
   *[other] mais { $count }
}
programs-card-where = Programas de { $name }
programs-screen-title = Programas de apoio à criação dos filhos
programs-municipality-title = Onde você mora
programs-municipality-hint = Escolha uma vez. Se mudar de endereço, escolha de novo: o Hagukumi mostra o que solicitar de novo e o que termina.
programs-municipality-choose = Escolha…
programs-municipality-submit = Usar este município
programs-municipality-saving = Salvando…
programs-moved-title = O que muda com a mudança de endereço
programs-for-person = { $name }
programs-open-link = Abrir a página do município
programs-open-source = Abrir a fonte
programs-open-benefits = Solicitações de benefícios
programs-schedule-link-app = Veja a época das vacinas na programação da tela do seu filho.
programs-link-opened = Aberto no navegador.
error-unknown-municipality = Esse município não está nos dados de programas. Escolha um da lista. Nada foi alterado.
error-program-no-link = Este programa não tem uma página para abrir.
error-no-browser = Não foi possível abrir o navegador. Pesquise pelo nome da fonte.
