# Hagukumi — Español (es), nursery.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Nursery hunt (保活): facility search (hagu nursery search) and the hoiku-index simulation (hagu hoiku-index).

nursery-type-licensed = Guardería autorizada (認可保育所)
nursery-type-kodomoen = Centro de educación infantil certificado (認定こども園)
nursery-type-small_scale = Guardería de pequeña escala (小規模保育事業)
nursery-type-home_based = Cuidado infantil en domicilio (家庭的保育事業)
nursery-type-workplace = Guardería en el lugar de trabajo (事業所内保育事業)
nursery-type-certified = Guardería certificada por Tokio (認証保育所)
nursery-type-unlicensed = Guardería no autorizada (認可外保育施設)

# $no is the number, $name the facility, $type its type, $municipality, $opens and $closes times, $lat and $lon the position.
nursery-hit = { $no }. { $name } ({ $type }, { $municipality }) { $opens }–{ $closes } lat. { $lat } long. { $lon }
nursery-hit-extended = { "  " }Horario extendido hasta las { $until }
nursery-hit-distance = { "  " }Distancia (en línea recta) { $km } km
nursery-hit-openings = { "  " }Plazas en el grupo de { $class } años: { $count }
nursery-hit-needs-extended = { "  " }La hora de recogida requiere horario extendido
nursery-search-heading = { $count ->
    [one] { $count } resultado (plazas para el ingreso del { $date })
   *[other] { $count } resultados (plazas para el ingreso del { $date })
}
nursery-search-class = Grupo de { $class } años (ingreso el { $date })
nursery-search-none = Ninguna guardería cumple las condiciones.
nursery-sample-notice = { $label }
nursery-data-problem = Parte ilegible de los datos de guarderías: { $problem }
nursery-intake-differs = Las plazas en los datos de guarderías son para el ingreso del { $data } (la búsqueda es para el { $asked }).
nursery-origin-portal = { $municipality }: datos recibidos del portal (firma { $signed } verificada; datos al { $as_of })
nursery-origin-embedded = { $municipality }: datos incluidos en la aplicación (todavía sin sincronizar; datos al { $as_of })

nursery-error-within-without-point = Para filtrar por distancia hace falta un punto de referencia (--from latitud,longitud).
nursery-error-distance-without-point = Para ordenar por distancia hace falta un punto de referencia (--from latitud,longitud).
nursery-error-openings-without-class = Para ordenar por plazas hace falta el grupo del niño (--birth o --class).
nursery-error-pick-up-before-drop-off = La hora de recogida debe ser posterior a la hora de entrega.
nursery-error-bad-distance = Indique la distancia como un número mayor que 0 (km).
nursery-error-bad-point = Indique el punto como "latitud,longitud" (p. ej., 35.6727,139.8170).
nursery-error-bad-time = Indique la hora como HH:MM (p. ej., 07:30): { $value }
nursery-error-bad-type = Tipo desconocido: { $value } (posibles: { $known })
nursery-error-no-class = Con esta fecha de nacimiento no hay grupo para ese ingreso (el niño todavía no ha nacido o ya tiene edad escolar).
nursery-error-bad-class = El grupo es de 0 a 5 años: { $value }
nursery-error-bad-sort = El orden es code, distance u openings: { $value }
nursery-error-bad-year = Indique el año de ingreso en el calendario occidental, de 2000 a 2100: { $value }

cli-nursery-about = Guarderías (búsqueda de plaza 保活)
cli-nursery-search-about = Buscar guarderías (sin conexión; sin condiciones, muestra todas las guarderías de muestra)
cli-nursery-birth-help = Fecha de nacimiento del niño (calcula el grupo en el año de ingreso y muestra solo guarderías con plaza)
cli-nursery-class-help = Indicar directamente el grupo (0 a 5 años)
cli-nursery-intake-help = Año de ingreso (1 de abril; por defecto: el próximo abril)
cli-nursery-type-help = Tipo (licensed, kodomoen, small_scale, home_based, workplace, certified, unlicensed; se puede repetir)
cli-nursery-drop-off-help = Hora de entrega (HH:MM)
cli-nursery-pick-up-help = Hora de recogida (HH:MM)
cli-nursery-extended-help = Solo guarderías con horario extendido
cli-nursery-from-help = Punto para medir la distancia (casa, trabajo, estación): latitud,longitud
cli-nursery-within-help = Solo hasta esta distancia (km, en línea recta)
cli-nursery-municipality-help = Solo este municipio (código)
cli-nursery-sort-help = Orden: code (por defecto), distance, openings
cli-nursery-json-help = Imprimir JSON (para scripts)

## Hoiku index
cli-hoiku-index-about = Simular el índice de prioridad para guardería (保育指数, 利用調整基準指数) con la tabla publicada
cli-hoiku-index-municipality-help = Código del municipio (132012 Hachioji, 131083 Koto)
cli-hoiku-index-answers-help = El archivo de respuestas (JSON; docs/hoiku-index.md)
cli-hoiku-index-json-help = Imprimir JSON (para scripts)

hoiku-heading = Índice de prioridad para guardería de { $municipality }, { $year } (simulación con la tabla publicada; quien decide es el municipio)
hoiku-line-guardian = Tutor { $guardian }: { $rule } … { $points } puntos
hoiku-line-guardian-not-in-table = Tutor { $guardian }: { $situation } … no está en esta tabla (fila no encontrada)
hoiku-line-household = Ajuste: { $rule } … { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
hoiku-line-household-not-in-table = Ajuste: { $adjustment } … no está en esta tabla (fila no encontrada)
hoiku-total = Total { $points } puntos
hoiku-incomplete = Algunas respuestas no están en esta tabla, así que el total es solo una parte de los puntos.
hoiku-note = Sobre la tabla: { $note }
hoiku-tie-heading = En caso de empate:
hoiku-tie-step = { "  " }{ $n }. { $rule }
hoiku-tie-note = { "  " }{ $note }
hoiku-source = Fuente: { $title } { $url }
hoiku-what-if = Y si "{ $label }": { $before } → { $after } puntos ({ $difference ->
    [0] sin cambio
   *[other] { $signed }
})
hoiku-unknown-municipality = No hay tabla del índice de prioridad para el municipio { $code } (hay: { $known }).
hoiku-error-read = No se puede leer el archivo de respuestas { $file }: { $detail }
hoiku-error-answers-json = El archivo de respuestas { $file } tiene un formato incorrecto: { $detail }
hoiku-error-answers = Archivo de respuestas { $file }, campo { $field }: { $problem }
hoiku-error-table = No se puede leer la tabla del índice de prioridad: { $detail }
hoiku-error-guardians = Hay 1 o 2 tutores.
hoiku-error-hours = Las horas por semana van de 0 a 168.
hoiku-error-days = Los días al mes van de 0 a 31.
hoiku-error-household-twice = El mismo ajuste aparece dos veces.
hoiku-error-change-guardian = El número de tutor del "y si" no está en las respuestas.

hoiku-situation-work = Trabajo
hoiku-situation-self-employed-helper = Trabajo (ayudante en el negocio familiar)
hoiku-situation-pregnancy-birth = Embarazo y parto
hoiku-situation-illness = Enfermedad
hoiku-situation-disability = Discapacidad
hoiku-situation-care = Cuidado de un familiar (mayor o enfermo)
hoiku-situation-job-seeking = Búsqueda de empleo
hoiku-situation-study = Estudios
hoiku-adjustment-single-parent = Familia monoparental
hoiku-adjustment-parental-leave-return = Regreso de la licencia por crianza
hoiku-adjustment-sibling-enrolled = Un hermano o hermana ya asiste a la guardería
hoiku-adjustment-unlicensed-care = Usa una guardería no autorizada u otra similar
hoiku-adjustment-small-scale-graduate = Egreso de una guardería de pequeña escala u otra similar
hoiku-adjustment-nursery-teacher = El tutor trabaja como educador de guardería (保育士)

## Search conditions, map, facility details (ui/src/nursery/)
nursery-drop-off-label = Hora de entrega
nursery-pick-up-label = Hora de recogida
nursery-time-hint = Según su trayecto al trabajo (p. ej., 07:30). En blanco, no se tiene en cuenta.
nursery-from-kind-label = Punto para medir la distancia
nursery-from-none = No medir
nursery-from-home = Casa
nursery-from-work = Trabajo
nursery-from-station = Estación
nursery-from-label = Latitud,longitud de ese punto
nursery-from-hint = Son los números que aparecen al mantener pulsado el lugar en la aplicación de mapas (p. ej., 35.6727,139.8170). No se envían fuera del dispositivo.
nursery-within-label = Hasta esta distancia (km, en línea recta)
nursery-sort-label = Ordenar por
nursery-sort-code = Número
nursery-sort-distance = Más cercanas primero
nursery-sort-openings = Más plazas primero
nursery-view-label = Vista
nursery-view-list = Lista
nursery-view-map = Mapa
nursery-map-title = Posición desde { $centre } ({ $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
})
nursery-map-centre-results = Centro de los resultados
nursery-map-note = No se dibujan calles ni vías de tren. Los círculos son distancias en línea recta. Los números son los mismos de la lista.
nursery-map-ring-m = { $m } m
nursery-map-ring-km = { $km } km
nursery-map-mark = { $no }. { $name } ({ $km } km en línea recta)
nursery-map-mark-beyond = { $no }. { $name } ({ $km } km en línea recta; fuera del círculo, por eso aparece en el borde)
nursery-row-distance = { $km } km en línea recta
nursery-detail-close = Cerrar
nursery-detail-address = Dirección
nursery-detail-access = Cómo llegar
nursery-detail-phone = Teléfono
nursery-detail-ages = Edades que acepta
nursery-detail-capacity = Capacidad
nursery-detail-capacity-value = { $count ->
    [one] { $count } niño
   *[other] { $count } niños
}
nursery-detail-days = Días de la semana de funcionamiento
nursery-detail-hours = Horario de apertura
nursery-detail-openings = Plazas para el ingreso del { $date }
nursery-detail-class = { $class } años
nursery-detail-openings-unknown = Ninguna / no publicado
nursery-detail-temporary = Cuidado temporal
nursery-detail-sick = Cuidado de niños enfermos
nursery-detail-fees = Cuota
nursery-detail-url = Sitio web
nursery-detail-updated = Actualizado el
nursery-detail-note = Observaciones
nursery-detail-distance = Distancia
nursery-yes = Sí
nursery-no = No
nursery-unknown = Desconocido

## The app's screen (ui/src/nursery.rs)
nursery-card-title = Búsqueda de plaza (保活): encontrar guarderías
nursery-card-intro = Con la fecha de nacimiento del niño, la aplicación determina el grupo para el ingreso de abril y busca guarderías con plaza (sin conexión; por ahora con datos de muestra).
nursery-card-open = Buscar guarderías
nursery-screen-title = Buscar guarderías
nursery-birth-label = Fecha de nacimiento del niño
nursery-birth-hint = En blanco, se muestran todas las guarderías.
nursery-type-label = Tipo
nursery-type-any = Todos
nursery-extended-label = Solo guarderías con horario extendido
nursery-search-submit = Buscar
nursery-row-kind = { $type }, { $municipality }
nursery-row-hours = Abierta { $opens }–{ $closes }
nursery-row-extended = (extendido hasta las { $until })
nursery-row-openings = Plazas en el grupo de { $class } años: { $count }
nursery-row-position = Lat. { $lat }, long. { $lon }

## Bookmarks, preference order, comparison (hagu nursery bookmark / compare, ui/src/nursery/)
nursery-error-bad-facility = Indique el código de la guardería como "código del municipio-número" (p. ej., 131083-1): { $value }
nursery-error-unknown-facility = La guardería { $value } no está en los datos de guarderías. Busque la guardería y revise el código.
nursery-error-not-bookmarked = La guardería { $value } no está en favoritos.
nursery-error-compare-too-few = Para comparar, elija al menos 2 guarderías.
nursery-error-compare-too-many = Se pueden comparar como máximo 4 guarderías a la vez (las guarderías con estrella se pueden comparar todas juntas).
nursery-error-compare-too-few-starred = No hay al menos 2 guarderías con estrella.
nursery-error-compare-twice = La misma guardería está elegida dos veces: { $value }
nursery-error-cannot-move = No se puede mover más.
nursery-error-bad-rank = La posición es up, down o un número de 1 al número de favoritos: { $value }

nursery-stars-none = Sin valoración
nursery-bookmark-missing-name = { $name } (no está en los datos de guarderías)
nursery-compare-yes = Sí
nursery-compare-no = No
nursery-compare-unknown = —
nursery-compare-type = Tipo
nursery-compare-distance = Distancia (en línea recta)
nursery-compare-km = { $km } km
nursery-compare-hours = Horario de apertura
nursery-compare-hours-value = { $opens }–{ $closes }
nursery-compare-extended = Horario extendido
nursery-compare-until = hasta las { $until }
nursery-compare-openings = Plazas en el grupo de { $class } años (ingreso el { $date })
nursery-compare-class-not-taken = No acepta
nursery-compare-count = { $count }
nursery-compare-fees = Cuota
nursery-compare-temporary = Cuidado temporal
nursery-compare-sick = Cuidado de niños enfermos
nursery-compare-capacity = Capacidad
nursery-compare-people = { $count ->
    [one] { $count } niño
   *[other] { $count } niños
}
nursery-compare-stars = Valoración
nursery-compare-note = Nota

cli-bookmark-about = Guarderías favoritas (notas, valoración, fotos de la visita, orden de preferencia)
cli-bookmark-facility-help = Código de la guardería (lo muestra "hagu nursery search"; p. ej., 131083-1)
cli-bookmark-photo-id-help = Número de la foto (lo muestra "hagu nursery bookmark photo list")
cli-bookmark-add-about = Agregar una guardería a favoritos (al final del orden de preferencia)
cli-bookmark-note-help = Nota (impresiones de la visita, etc.)
cli-bookmark-stars-help = Valoración (1 a 5 estrellas)
cli-bookmark-list-about = Mostrar los favoritos en orden de preferencia
cli-bookmark-json-help = Imprimir JSON (para scripts)
cli-bookmark-note-about = Reescribir la nota (texto vacío para borrarla)
cli-bookmark-text-help = El texto de la nota
cli-bookmark-star-about = Dar una valoración (estrellas)
cli-bookmark-star-help = Número de estrellas de 1 a 5, o none (sin valoración)
cli-bookmark-rank-about = Cambiar el orden de preferencia
cli-bookmark-place-help = up (subir 1), down (bajar 1) o el número de la posición
cli-bookmark-remove-about = Quitar de favoritos (si la vuelve a agregar en 30 días, regresan la nota y las fotos)
cli-bookmark-photo-about = Fotos de la visita (se guardan sin la ubicación ni otros datos)
cli-compare-about = Comparar lado a lado las guarderías favoritas (2 a 4 guarderías, o todas las que tienen estrella)
cli-compare-facilities-help = Códigos de las guarderías a comparar (2 a 4)
cli-compare-starred-help = Comparar todas las guarderías con estrella
cli-compare-from-help = Punto para medir la distancia (casa, etc.): latitud,longitud
cli-compare-json-help = Imprimir JSON (para scripts)
cli-bookmark-added = { $name } ({ $id }) se agregó a favoritos. Es la { $rank }.ª opción.
cli-bookmark-none = Todavía no hay favoritos. Agregue con "hagu nursery bookmark add CÓDIGO".
cli-bookmark-line = { $rank }.ª opción  { $name } ({ $id }) { $stars }  fotos { $photos }
cli-bookmark-note-line = { "  " }Nota: { $note }
cli-bookmark-changed = { $name } guardada ({ $stars }).
cli-bookmark-rank-line = { $rank }.ª opción  { $name } ({ $id })
cli-bookmark-removed = { $name } ({ $id }) se quitó de favoritos.
cli-bookmark-photo-added = Foto #{ $id } agregada a { $name } ({ $mime }, { $size } bytes). Se quitaron el lugar y otros datos.
cli-bookmark-photo-line = #{ $id }  { $mime }  { $size } bytes  agregada el { $at }
cli-compare-column = { $rank }.ª opción { $name } ({ $id })
cli-compare-row = { $label }: { $cells }

nursery-bookmark-on = ★ En favoritos
nursery-bookmark-off = ☆ Agregar a favoritos
nursery-bookmark-toggle-label = Agregar { $name } a favoritos
nursery-open-bookmarks = Favoritos y comparación ({ $count })
nursery-bookmarks-title = Favoritos y orden de preferencia
nursery-bookmarks-intro = Guarde sus impresiones y valoraciones de las visitas y ordene las guarderías según su preferencia. Este orden será el orden de preferencia de la solicitud.
nursery-bookmarks-none = Todavía no hay favoritos. Agregue con "☆ Agregar a favoritos" en los resultados de búsqueda de guarderías.
nursery-bookmark-rank = { $rank }.ª opción
nursery-drag-hint = Arrastre para cambiar el orden
nursery-bookmark-up = ↑ Subir
nursery-bookmark-down = ↓ Bajar
nursery-bookmark-up-label = Subir { $name } una posición
nursery-bookmark-down-label = Bajar { $name } una posición
nursery-bookmark-star-label = Dar { $stars } estrellas a { $name }
nursery-bookmark-stars-clear = Sin valoración
nursery-bookmark-stars-clear-label = Borrar la valoración de { $name }
nursery-bookmark-note-label = Nota (impresiones de la visita, etc.)
nursery-bookmark-note-save = Guardar nota
nursery-bookmark-note-saved = Nota guardada.
nursery-bookmark-remove = Quitar
nursery-bookmark-remove-label = Quitar { $name } de favoritos
nursery-bookmark-pick = Incluir en la comparación
nursery-bookmark-pick-label = Incluir { $name } en la comparación
nursery-compare-selected = Comparar las guarderías elegidas ({ $count })
nursery-compare-starred = Comparar todas las guarderías con estrella
nursery-compare-hint = Elija de 2 a 4 guarderías, o compare todas las que tienen estrella.
nursery-compare-title = Comparación de guarderías
nursery-compare-birth-hint = Si la indica, también se comparan las plazas del grupo al ingresar.
nursery-compare-from-label = Punto para medir la distancia (latitud,longitud)
nursery-compare-from-hint = P. ej., 35.6727,139.8170 (casa, etc.). En blanco, no se muestra la distancia.
nursery-compare-submit = Comparar
nursery-compare-scroll-hint = La tabla se puede desplazar hacia el lado.
nursery-compare-facility = Guardería
