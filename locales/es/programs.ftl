# Hagukumi — Español (es), programs.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Child-support programs (hagu programs / hagu municipality)
## Dates ($date) are formatted by the caller. $name is the child's name.

programs-reason-child-age = { $years ->
    [0] { $name } tiene { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }
   *[other] { $name } tiene { $years ->
        [one] { $years } año
       *[other] { $years } años
    } y { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }
}
programs-reason-born-on-or-after = Para niños nacidos a partir del { $date }
programs-reason-from = Válido desde el { $date }
programs-reason-until = Válido hasta el { $date }
programs-reason-school-year-end = Válido hasta el primer 31 de marzo después de cumplir { $age } años ({ $date })
programs-reason-child-order = { $name } cuenta como { $order }.º hijo
programs-reason-twins = { $name } es uno de los { $count } nacidos el mismo día: cada uno cuenta
programs-reason-pregnancy-week = Ahora con { $weeks } semanas y { $days } días de embarazo
programs-reason-pregnancy-week-from = Se puede solicitar desde la semana { $week } ({ $date })
programs-reason-per-expected-child = Se paga por cada bebé esperado
programs-reason-after-birth = Válido cuando nazca el bebé (fecha probable { $date })
programs-reason-apply-by = Solicitar antes del { $date }

programs-level-national = Nacional
programs-level-prefecture = Prefectura (都道府県)
programs-level-municipality = Municipio (区市町村)
programs-now-heading = Para su familia ahora (al { $date }, { $municipality })
programs-coming-heading = Empiezan en los próximos 3 meses
programs-check-heading = Otros programas de { $municipality } (las condiciones no están en los datos: consulte a { $municipality })
programs-none = Ninguno
programs-person-pregnancy = Embarazo (fecha probable { $date })
programs-person-pregnancy-label = { $label } (fecha probable { $date })
programs-amount-month = ¥{ $yen } al mes
programs-amount-once = ¥{ $yen }
programs-amount-per-expected-child = { $amount } por cada bebé esperado
programs-days-left = { $days ->
    [one] Queda { $days } día (hasta el { $date })
   *[other] Quedan { $days } días (hasta el { $date })
}
programs-last-day = hoy es el último día
programs-until-date = hasta el { $date }
programs-next-payment = Mes del próximo pago: { $month }/{ $year }
programs-applied-with = Se puede solicitar junto con "{ $name }"
programs-schedule-link = Para el momento de las vacunas, vea el calendario (hagu schedule)
programs-how = Cómo solicitar: { $text }
programs-where = Dónde: { $text }
programs-bring = Qué llevar: { $text }
programs-link = Información: { $uri }
programs-source = Fuente: { $source }
programs-note = Nota: { $note }
programs-sample-notice = Nota: datos de MUESTRA (al { $date }). Revise cada fuente y la información de su municipio antes de solicitar.
programs-no-municipality = No hay municipio configurado. Elija uno con "hagu municipality list" y configúrelo con "hagu municipality set CÓDIGO".
programs-unknown-municipality = { $code } no es un municipio de los datos de programas. Vea "hagu municipality list". No se cambió nada.
programs-registry-problem = No se pudo leer una parte de los datos de programas (ese registro se dejó fuera): { $problem }

municipality-line = { $code }  { $name }
municipality-set = Municipio configurado: { $name } ({ $code }).
municipality-same = { $name } ({ $code }) ya está configurado.
municipality-moved = Mudanza de { $from } a { $to }: programas revisados de nuevo (al { $date }).
municipality-ends-heading = Lo que termina en { $from }
municipality-apply-heading = Lo que hay que solicitar en { $to }
municipality-check-heading = Otros programas de { $to } (consulte las condiciones a { $to })

cli-municipality-about = Dónde vive la familia (se usa para revisar los programas)
cli-municipality-list-about = Listar los municipios de los datos de programas
cli-municipality-set-about = Configurar dónde vive la familia (en una mudanza, muestra lo que termina y lo que hay que solicitar)
cli-municipality-code-help = El código de gobierno local de 6 dígitos (p. ej., 131016)
cli-municipality-json-help = Imprimir JSON (para scripts)
cli-programs-about = Programas de apoyo a la crianza válidos ahora y los que empiezan en los próximos 3 meses
cli-programs-child-help = Solo este niño (ID)
cli-programs-as-of-help = Revisar en esta fecha (por defecto: hoy)
cli-programs-json-help = Imprimir JSON (para scripts)

## The app's screens (ui/src/programs.rs). $name is a municipality, $count a number.
programs-card-title = Para su familia ahora
programs-card-intro = Elija dónde vive y Hagukumi le indicará los programas de apoyo a la crianza que corresponden a la edad de sus hijos y al embarazo.
programs-card-choose = Elegir el municipio
programs-card-open = Ver todos
programs-card-more = { $count ->
    [one] { $count } más
   *[other] { $count } más
}
programs-card-where = Programas de { $name }
programs-screen-title = Programas de apoyo a la crianza
programs-municipality-title = Dónde vive
programs-municipality-hint = Elíjalo una vez. Si se muda, vuelva a elegir: Hagukumi le indica lo que hay que volver a solicitar y lo que termina.
programs-municipality-choose = Elija…
programs-municipality-submit = Usar este municipio
programs-municipality-saving = Guardando…
programs-moved-title = Lo que cambia con la mudanza
programs-for-person = { $name }
programs-open-link = Abrir la página del municipio
programs-open-source = Abrir la fuente
programs-open-benefits = Solicitudes de prestaciones
programs-schedule-link-app = Vea el momento de las vacunas en el calendario de la pantalla de su hijo.
programs-link-opened = Se abrió en el navegador.
error-unknown-municipality = Ese municipio no está en los datos de programas. Elija uno de la lista. No se cambió nada.
error-program-no-link = Este programa no tiene una página para abrir.
error-no-browser = No se pudo abrir el navegador. Busque por el nombre de la fuente.
