## Pregnancy records and postnatal checkups
# 日本語（第一言語）。英語版 locales/en/pregnancy.ftl と同じ ID・同じ引数をすべて持つこと。
# 妊娠中の記録と産後（お母さん）の記録：crates/core/src/pregnancy_records.rs

## 記録の種類（PregnancyRecordKind、pregnancy-kind-<kind>）

pregnancy-kind-notification = 妊娠の届出
pregnancy-kind-prenatal-visit = 妊婦健診
pregnancy-kind-dental = 妊婦歯科健診
pregnancy-kind-class = 両親学級・母親学級
pregnancy-kind-environment = 仕事・生活のメモ
pregnancy-kind-postnatal-checkup = 産後健診
pregnancy-kind-vaccination = 妊婦の予防接種

## 妊娠の画面

pregnancy-records = 記録
error-no-such-pregnancy = この妊娠の記録は見つかりません
pregnancy-no-records = まだ記録がありません。下のフォームから、妊婦健診や届出の日を記録できます。
pregnancy-date-week = この日は{ $week }です
pregnancy-stat-blood-pressure = 血圧
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = 単位は mmHg（例：上 112・下 70）
pregnancy-epds-field-hint = エジンバラ産後うつ病質問票（EPDS）の合計点（0〜30点）
# EPDS が 9点以上のときに、記録の下にそっと添えることば（core::pregnancy_records::EPDS_FOLLOW_UP_THRESHOLD）
pregnancy-epds-hint = 産後は心も体もゆらぎやすい時期です。気になることや話したいことがあれば、ひとりで抱えこまずに、助産師や保健師、お住まいの市区町村の子育て世代包括支援センター（こども家庭センター）に気軽に相談してみてくださいね。

## 選択肢

pregnancy-method-last-period = 最終月経から
pregnancy-method-ultrasound = 超音波検査（エコー）で
pregnancy-method-other = その他
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = −（陰性）
pregnancy-urine-trace-option = ±（弱陽性）
pregnancy-urine-plus1-option = +（陽性）
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = −（なし）
pregnancy-edema-plus1-option = +（あり）
pregnancy-edema-plus2-option = ++（強い）
pregnancy-heart-present = 心拍あり
pregnancy-heart-absent = 心拍を確認できず
pregnancy-heart-not-checked = 心拍は未確認
pregnancy-timing-two-weeks = 産後2週間健診
pregnancy-timing-one-month = 産後1か月健診
pregnancy-timing-other = その他の産後健診

## 記録の要約

pregnancy-separator = {" · "}
pregnancy-value-weight = 体重 { $value } kg
pregnancy-value-lot = ロット { $lot }
pregnancy-value-blood-pressure = 血圧 { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = 尿たんぱく { $value }
pregnancy-value-urine-sugar = 尿糖 { $value }
pregnancy-value-edema = むくみ { $value }
pregnancy-value-fundal-height = 子宮底長 { $value } cm
pregnancy-value-abdominal-girth = 腹囲 { $value } cm
pregnancy-value-heart-rate = 心拍 { $bpm }回/分
pregnancy-value-method = 予定日：{ $method }
pregnancy-value-epds = EPDS { $score }点

## hagu pregnancy（コマンドライン）

cli-pregnancy-about = 妊娠と、妊娠中・産後の記録（妊婦健診、産後健診など）の追加と一覧
cli-pregnancy-add-about = 妊娠を追加する
cli-pregnancy-label-help = 呼び名（例：第二子、任意）
cli-pregnancy-expected-help = 出産予定日（例：2027-03-01）
cli-pregnancy-list-about = 手帳の妊娠を一覧にする
cli-pregnancy-list-json-help = 機械で読める JSON 配列で出力する（id, label, expected_date）
cli-pregnancy-record-about = 妊娠中・産後の記録を追加・一覧・変更・削除・復元する
cli-pregnancy-record-add-about = 妊娠に記録を追加する
cli-pregnancy-record-list-about = 妊娠の記録を日付の古い順に一覧にする
cli-pregnancy-record-edit-about = 記録を変更する。指定しなかった項目はそのまま、空の値（""）で任意の項目を消せます。変更前の内容は履歴に残ります
cli-pregnancy-record-delete-about = 記録を削除する（30日以内なら元に戻せます）
cli-pregnancy-record-restore-about = 30日以内に削除した記録を元に戻す
cli-pregnancy-record-history-about = 記録の変更前の内容を古い順に表示する
cli-pregnancy-record-notification-about = 妊娠の届出
cli-pregnancy-record-prenatal-visit-about = 妊婦健診（妊娠週数は日付と出産予定日から計算します）
cli-pregnancy-record-dental-about = 妊婦歯科健診
cli-pregnancy-record-vaccination-about = 妊娠中の予防接種（例：RSウイルス母子免疫ワクチン）
cli-pregnancy-record-class-about = 両親学級・母親学級
cli-pregnancy-record-environment-about = 仕事や生活環境のメモ
cli-pregnancy-record-postnatal-checkup-about = 産後健診（お母さんの健診）
cli-pregnancy-pregnancy-help = 妊娠の ID（「hagu pregnancy list --json」で確認できます）
cli-pregnancy-record-id-help = 記録の ID（「hagu pregnancy record list」で確認できます）
cli-pregnancy-kind-help = この種類の記録だけ
cli-pregnancy-deleted-help = 削除した記録も含める
cli-pregnancy-record-list-json-help = 機械で読める JSON 配列で出力する（形式：docs/export-format.md）
cli-pregnancy-history-json-help = 機械で読める JSON 配列で出力する（record_id, change, previous, changed_at）
cli-pregnancy-date-help = 日付（例：2026-11-24）
cli-pregnancy-notification-date-help = 届け出た日（例：2026-07-10）
cli-pregnancy-method-help = 予定日の決め方：last-period（最終月経）、ultrasound（超音波検査）、other
cli-pregnancy-weight-help = 体重（kg、例：58.4）
cli-pregnancy-systolic-help = 血圧・上（mmHg）
cli-pregnancy-diastolic-help = 血圧・下（mmHg）
cli-pregnancy-urine-protein-help = 尿たんぱく：- ± + ++ +++（negative, trace, plus1, plus2, plus3 も可）
cli-pregnancy-urine-sugar-help = 尿糖：- ± + ++ +++（negative, trace, plus1, plus2, plus3 も可）
cli-pregnancy-edema-help = むくみ：- + ++（negative, plus1, plus2 も可）
cli-pregnancy-fundal-height-help = 子宮底長（cm）
cli-pregnancy-abdominal-girth-help = 腹囲（cm）
cli-pregnancy-fetal-heart-help = 赤ちゃんの心拍：present（あり）、absent（確認できず）、not-checked（未確認）
cli-pregnancy-heart-rate-help = 赤ちゃんの心拍数（回/分）
cli-pregnancy-notes-help = メモ
cli-pregnancy-facility-help = 医療機関
cli-pregnancy-vaccine-help = ワクチンの ID（例：rsv-maternal）
cli-pregnancy-lot-help = ロット番号
cli-pregnancy-findings-help = 所見
cli-pregnancy-class-name-help = 教室の名前
cli-pregnancy-text-help = メモの内容
cli-pregnancy-timing-help = 健診の時期：two-weeks（産後2週間）、one-month（産後1か月）、other
cli-pregnancy-epds-help = EPDS の合計点（0〜30）
cli-pregnancy-line = #{ $id }  { $title }  出産予定日 { $expected }  { $status }
cli-pregnancy-added = 妊娠を追加しました：{ $pregnancy }
cli-pregnancy-none = 妊娠の登録はありません。「hagu pregnancy add」で追加できます。
cli-pregnancy-record-added = 記録 #{ $id } を追加しました（{ $title }）：{ $entry }
cli-pregnancy-record-edited = 記録 #{ $id } を変更しました：{ $entry }
cli-pregnancy-record-deleted = 記録 #{ $id } を削除しました。{ $until } までは「hagu pregnancy record restore { $id }」で元に戻せます。
cli-pregnancy-record-restored = 記録 #{ $id } を元に戻しました：{ $entry }
cli-pregnancy-record-none = 記録はありません。「hagu pregnancy record add」で追加できます。
cli-pregnancy-no-pregnancy = ID { $id } の妊娠はありません。「hagu pregnancy list --json」で確認してください。何も変更していません。
cli-pregnancy-no-record = ID { $id } の記録はありません。「hagu pregnancy record list」で確認してください。何も変更していません。
cli-pregnancy-record-kind-mismatch = 記録 #{ $id } は { $kind } の記録です。「hagu pregnancy record edit { $id } { $kind } …」で変更してください。何も変更していません。
cli-pregnancy-record-is-deleted = 記録 #{ $id } は削除されています。先に「hagu pregnancy record restore { $id }」で元に戻してください。何も変更していません。
cli-pregnancy-record-already-deleted = 記録 #{ $id } はすでに削除されています。何も変更していません。
cli-pregnancy-record-not-deleted = 記録 #{ $id } は削除されていないので、元に戻すものはありません。
cli-pregnancy-record-too-old = 記録 #{ $id } は削除から30日を過ぎたため、元に戻せません。
cli-pregnancy-photo-about = 妊娠中・産後の記録の写真を追加・一覧・書き出し・削除・復元します（JPEG か PNG。アプリと同じく、撮影場所などの情報は取り除きます）
cli-pregnancy-photo-not-theirs = 記録 #{ $record } は「{ $title }」の記録ではありません。何も保存していません。
cli-pregnancy-history-none = 記録 #{ $id } は変更されていません。
