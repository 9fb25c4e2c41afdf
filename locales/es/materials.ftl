# Hagukumi — Español (es), materials.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Materials handed out at the pregnancy notification (hagu materials and the app's Materials screen). $name is the municipality.

materials-kind-guide = Guías e información
materials-kind-coupons = Lista de fichas de consulta (受診票) y cupones
materials-kind-contacts = Dónde consultar y contactos
materials-heading = Materiales de { $name } (entregados al notificar el embarazo)
materials-none = Todavía no hay materiales. Al sincronizar con el portal, los materiales de su municipio se guardan en este dispositivo y se pueden leer sin conexión.
materials-no-match = Ningún material coincide con "{ $query }".
materials-count = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
materials-source = Fuente: { $source }
materials-problem = No se pudo leer una parte de los materiales (se dejó fuera): { $problem }
materials-no-municipality = No hay municipio configurado. Configúrelo con "hagu municipality set CÓDIGO" y luego reciba los materiales con "hagu sync".
cli-materials-about = Mostrar y buscar los materiales entregados al notificar el embarazo (guías, listas de fichas de consulta y cupones, dónde consultar)
cli-materials-search-help = Solo materiales que contienen este texto (título, descripción, elementos)
cli-materials-json-help = Imprimir JSON (para scripts)

## The app's screen (ui/src/materials.rs)
materials-card-title = Materiales de la notificación del embarazo
materials-card-intro = Guías, listas de fichas de consulta y cupones, y dónde consultar — se pueden leer sin conexión.
materials-card-open = Ver los materiales
materials-screen-title = Materiales de la notificación del embarazo
materials-search-label = Buscar en los materiales
materials-search-placeholder = p. ej., ficha de consulta, consulta
materials-back = Volver a la lista
