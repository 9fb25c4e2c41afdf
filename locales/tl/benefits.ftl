# Hagukumi — Tagalog (tl). Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Benefit applications and their state (018 Support, Baby First, child allowance, …)

benefits-title = Mga aplikasyon sa benepisyo
benefits-open = Tingnan ang mga aplikasyon at mag-aplay
benefits-back = Bumalik
benefits-none = Wala pang aplikasyon. Magsimula sa "Sabay na mag-aplay" o "Subaybayan ang aplikasyon" sa ibaba.
benefits-list-heading = Mga aplikasyon
benefits-next-payment-heading = Susunod na bayad
benefits-no-payment = Wala pang nakatakdang bayad.
benefit-state-not-applied = Hindi pa nag-aaplay
benefit-state-applied = Nag-aplay na
benefit-state-approved = Naaprubahan
benefit-state-paid = Nabayaran na
benefit-state-needs-action = Kailangan ng aksiyon
benefit-source-official = Opisyal
benefit-source-tracked = Sinusubaybayan ninyo
benefit-source-registry = Kwalipikado kayo
benefit-portal-status = Kalagayan sa opisina: { $status }
benefit-applied-on = Nag-aplay noong { $date }
benefit-deadline = Deadline { $date } ({ $days } araw na lang)
benefit-deadline-passed = Deadline { $date } (lumipas na)
benefit-amount = ¥{ $yen }
benefit-next-payment = ¥{ $yen } sa { $date }
benefit-next-payment-of = Susunod na bayad: { $program }, ¥{ $yen } sa { $date }
benefit-delete = Burahin
benefit-reminder-title = { $who }: malapit na ang deadline
benefit-reminder-body = Ang deadline para sa { $who } ay { $date } ({ $days } araw na lang). Mag-aplay o tapusin ang kailangang gawin.
benefit-error-already-pending = May aplikasyon nang naghihintay na maipadala. Kusa itong ipapadala kapag online na, kaya hindi na kailangang mag-aplay muli.
benefit-error-refused = Hindi tinanggap ng portal ang aplikasyong ito. Suriin ang mga pangalan at petsa ng kapanganakan ng mga anak at mag-aplay muli, o magtanong sa opisina ng inyong munisipyo.
benefit-error-no-children = Wala pang anak sa handbook. Magdagdag muna gamit ang "Magdagdag ng anak" sa home screen.
benefit-no-such-application = Walang ganitong sinusubaybayang aplikasyon. Suriin ang numero nito gamit ang `hagu benefits`.

once-only-title = Sabay na mag-aplay sa 018 Support (018サポート) at Baby First (赤ちゃんファースト)
once-only-intro = Napunan na mula sa mga anak sa inyong handbook. Suriin at ipadala. Hindi hinihingi ang My Number.
once-only-programs = Mga programa: 018 Support (018サポート, ¥5,000 bawat buwan bawat anak) at Baby First (赤ちゃんファースト, ¥100,000 na gift points bawat anak na ipinanganak noong Abril 1, 2025 o pagkatapos). Ang portal ang nagpapasya kung sino ang kwalipikado.
once-only-child = { $name } (ipinanganak noong { $date })
once-only-confirm = Mag-aplay gamit ang mga detalye sa itaas (nasuri ko na ang mga ito)
once-only-confirm-needed = Suriin ang mga detalye at lagyan ng tsek ang "nasuri ko na ang mga ito" bago ipadala
once-only-send = Ipadala ang aplikasyon
once-only-queued = Tinanggap ang aplikasyon. Ipinapadala ito sa portal.
once-only-sent = Naipadala na sa portal ang aplikasyon. Makikita ang kalagayan nito sa screen na ito.
once-only-not-connected = Hindi nakakonekta sa portal, kaya naghihintay na maipadala ang aplikasyon. Kumonekta sa "Opisyal na data" sa home screen at ipapadala ito.
submission-pending = Naghihintay na maipadala: { $children }
submission-pending-problem = Naghihintay na maipadala: { $children } ({ $problem } Kusa itong ipapadala kapag online na.)
submission-sent = Naipadala, kinukuha ang kalagayan: { $children }
submission-refused = Hindi tinanggap: { $children }

track-title = Subaybayan ang aplikasyon nang kayo mismo
track-intro = Mga benepisyong inaplayan sa counter o sa koreo: itago rito ang kalagayan, deadline at susunod na bayad.
track-save = I-save
track-saved = Na-save

## hagu benefits
cli-benefits-about = Ipakita ang mga aplikasyon sa benepisyo at ang kalagayan nito (018 Support kasama ang Baby First na sabay inaplayan, at ang mga sinusubaybayan ninyo)
cli-benefits-json-help = Mag-print ng JSON (para sa mga script)
cli-benefits-apply-about = Sabay na mag-aplay sa 018 Support at Baby First (nakapila; ipinapadala ng `hagu sync`). Hindi ginagamit ang My Number
cli-benefits-guardian-help = Pangalan ng tagapag-alaga (ilalagay nang isang beses, saka tatandaan)
cli-benefits-child-help = Anak na iaaplay (puwedeng ulitin; lahat ng anak sa handbook kapag wala)
cli-benefits-track-about = Subaybayan ang aplikasyong ginawa sa counter o sa koreo
cli-benefits-program-help = Pangalan ng programa (hal. child allowance)
cli-benefits-state-help = Kalagayan: not-applied, applied, approved, paid o needs-action
cli-benefits-applied-on-help = Petsa ng pag-aplay
cli-benefits-deadline-help = Ang deadline (paaalalahanan kayo bago ito)
cli-benefits-payment-date-help = Petsa ng susunod na bayad
cli-benefits-payment-yen-help = Halaga ng susunod na bayad (yen)
cli-benefits-note-help = Tala
cli-benefits-delete-about = Burahin ang aplikasyong sinubaybayan ninyo
cli-benefits-id-help = Numero ng aplikasyon (pagkatapos ng # sa `hagu benefits`)
cli-benefits-deleted = Nabura
cli-benefits-tracked = Na-save (#{ $id })
cli-benefits-queued = Nakapila ang aplikasyon (#{ $id }). Ipapadala ito ng `hagu sync` sa portal.
benefits-to-apply = { $count } benepisyong kwalipikado kayo ang hindi pa naaaplayan
