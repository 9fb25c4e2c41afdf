# Hagukumi — Português (Brasil) (pt-BR), materials.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Materials handed out at the pregnancy notification (hagu materials and the app's Materials screen). $name is the municipality.

materials-kind-guide = Guias e informações
materials-kind-coupons = Lista de fichas de consulta (受診票) e cupons
materials-kind-contacts = Onde pedir orientação e contatos
materials-heading = Materiais de { $name } (entregues na notificação da gravidez)
materials-none = Ainda não há materiais. Ao sincronizar com o portal, os materiais do seu município ficam guardados neste aparelho e podem ser lidos sem internet.
materials-no-match = Nenhum material corresponde a "{ $query }".
materials-count = { $count ->
    [one] { $count } item
   *[other] { $count } itens
}
materials-source = Fonte: { $source }
materials-problem = Parte dos materiais não pôde ser lida (foi deixada de fora): { $problem }
materials-no-municipality = Nenhum município configurado. Configure-o com "hagu municipality set CÓDIGO" e depois receba os materiais com "hagu sync".
cli-materials-about = Mostrar e buscar os materiais entregues na notificação da gravidez (guias, listas de fichas de consulta e cupons, onde pedir orientação)
cli-materials-search-help = Somente materiais que contêm este texto (título, descrição, itens)
cli-materials-json-help = Imprimir JSON (para scripts)

## The app's screen (ui/src/materials.rs)
materials-card-title = Materiais da notificação da gravidez
materials-card-intro = Guias, listas de fichas de consulta e cupons, e onde pedir orientação — podem ser lidos sem internet.
materials-card-open = Ver os materiais
materials-screen-title = Materiais da notificação da gravidez
materials-search-label = Buscar nos materiais
materials-search-placeholder = ex.: ficha de consulta, orientação
materials-back = Voltar à lista
