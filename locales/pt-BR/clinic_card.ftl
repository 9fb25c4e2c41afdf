# Hagukumi — Português (Brasil) (pt-BR), clinic_card.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
# Clinic card: a large-type screen to show at a clinic's reception (shown without a network)

child-open-clinic-card = Cartão para a recepção
clinic-card-title = Cartão para a recepção
clinic-card-back = ‹ Voltar
clinic-card-intro = Mostre esta tela na recepção da clínica ou do hospital. Funciona sem internet.
clinic-card-as-of = Em { $date }
clinic-card-born = Data de nascimento
clinic-card-certificates = Certificados de subsídio de despesas médicas (受給者証)
clinic-card-no-certificates = Ainda não há certificados. Conecte-se ao portal e os certificados recebidos aparecerão aqui.
clinic-card-valid-current = Válido
clinic-card-valid-not-yet = Ainda não está na validade
clinic-card-valid-expired = Vencido
clinic-card-date-era = { $date } ({ $era } { $year }, { $day } de { $monthName })
era-showa = Shōwa (昭和)
era-heisei = Heisei (平成)
era-reiwa = Reiwa (令和)
clinic-card-insurance = Anotações do seguro-saúde
clinic-card-insurance-none = Ainda não há. Você pode anotar aqui o número da seguradora (保険者番号) e o símbolo e número (記号・番号) do cartão do seguro-saúde.
clinic-card-insurance-edit = Escrever anotação
clinic-card-insurance-label = Anotações do seguro-saúde (nunca escreva o My Number aqui)
clinic-card-insurance-save = Salvar
clinic-card-insurance-cancel = Cancelar
clinic-card-insurance-saved = Anotações do seguro-saúde salvas
clinic-card-allergies = Alergias
clinic-card-no-allergies = Nenhuma alergia registrada
clinic-card-vaccinations = Vacinas
clinic-card-no-vaccinations = Nenhuma vacina registrada
clinic-card-dose = { $dose }ª dose, { $date }
error-insurance-note-too-long = As anotações do seguro-saúde devem ter no máximo 300 caracteres
error-insurance-note-individual-number = Não é possível salvar um número de 12 dígitos. Nunca escreva o My Number (マイナンバー, número individual) na caderneta.
cli-clinic-card-about = Mostrar o cartão para a recepção (certificados, anotações do seguro, alergias, vacinas). Lê apenas a caderneta, por isso funciona sem internet
cli-clinic-card-child-help = Somente esta criança (veja o ID com hagu child list)
cli-clinic-card-json-help = Imprimir JSON (para scripts)
cli-clinic-card-no-children = Ainda não há filhos cadastrados. Adicione um com hagu child add
cli-clinic-card-fact = { $label }: { $value }
