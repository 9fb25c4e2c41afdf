# Hagukumi — ja-x-easy, pregnancy.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Pregnancy records and postnatal checkups

## Record kinds

pregnancy-kind-notification = にんしんの とどけで（妊娠の届出）
pregnancy-kind-prenatal-visit = にんぷ けんしん（妊婦健診）
pregnancy-kind-dental = にんぷの はの けんしん（妊婦歯科健診）
pregnancy-kind-class = おや きょうしつ（両親学級・母親学級）
pregnancy-kind-environment = しごと・せいかつの メモ
pregnancy-kind-postnatal-checkup = うんだ あとの けんしん（産後健診）
pregnancy-kind-vaccination = にんぷの よぼうせっしゅ

## The pregnancy's screen

pregnancy-records = きろく
error-no-such-pregnancy = この にんしんの きろくは みつかりません
pregnancy-no-records = まだ きろくが ありません。したの フォームで、にんぷ けんしんや とどけでの ひを きろく できます。
pregnancy-date-week = この ひは { $week }です
pregnancy-stat-blood-pressure = けつあつ
pregnancy-stat-blood-pressure-value = { $systolic }/{ $diastolic } mmHg
pregnancy-bp-hint = たんいは mmHg（れい：うえ 112・した 70）
pregnancy-epds-field-hint = エジンバラ さんご うつびょう しつもんひょう（EPDS）の ごうけいてん（0〜30てん）
# Shown gently under a postnatal checkup whose EPDS is 9 or more
pregnancy-epds-hint = うんだ あとは、こころも からだも つかれやすい じきです。しんぱいな ことや はなしたい ことが あれば、ひとりで かかえないで ください。じょさんし（助産師）や ほけんし（保健師）、すんで いる しくちょうそんの こども かてい センター（こども家庭センター・子育て世代包括支援センター）に、きがるに そうだん して くださいね。

## Choices

pregnancy-method-last-period = さいごの せいり（最終月経）から
pregnancy-method-ultrasound = ちょうおんぱ けんさ（エコー）で
pregnancy-method-other = そのほか
pregnancy-urine-negative = −
pregnancy-urine-trace = ±
pregnancy-urine-plus1 = +
pregnancy-urine-plus2 = ++
pregnancy-urine-plus3 = +++
pregnancy-urine-negative-option = −（いんせい・陰性）
pregnancy-urine-trace-option = ±（じゃくようせい・弱陽性）
pregnancy-urine-plus1-option = +（ようせい・陽性）
pregnancy-urine-plus2-option = ++
pregnancy-urine-plus3-option = +++
pregnancy-edema-negative = −
pregnancy-edema-plus1 = +
pregnancy-edema-plus2 = ++
pregnancy-edema-negative-option = −（なし）
pregnancy-edema-plus1-option = +（あり）
pregnancy-edema-plus2-option = ++（つよい）
pregnancy-heart-present = しんぱく あり
pregnancy-heart-absent = しんぱくが たしかめられなかった
pregnancy-heart-not-checked = しんぱくは まだ たしかめて いない
pregnancy-timing-two-weeks = うんで 2しゅうかんの けんしん（産後2週間健診）
pregnancy-timing-one-month = うんで 1かげつの けんしん（産後1か月健診）
pregnancy-timing-other = ほかの うんだ あとの けんしん

## Record summaries

pregnancy-separator = {" · "}
pregnancy-value-weight = たいじゅう { $value } kg
pregnancy-value-lot = ロット { $lot }
pregnancy-value-blood-pressure = けつあつ { $systolic }/{ $diastolic }
pregnancy-value-urine-protein = にょう たんぱく { $value }
pregnancy-value-urine-sugar = にょうとう { $value }
pregnancy-value-edema = むくみ { $value }
pregnancy-value-fundal-height = しきゅうていちょう { $value } cm
pregnancy-value-abdominal-girth = おなかの まわり { $value } cm
pregnancy-value-heart-rate = しんぱく 1ぷんに { $bpm }かい
pregnancy-value-method = よていび：{ $method }
pregnancy-value-epds = EPDS { $score }てん

## hagu pregnancy (command line)

cli-pregnancy-about = にんしんと、にんしん ちゅう・うんだ あとの きろく（にんぷ けんしん、うんだ あとの けんしん など）を ついか・いちらん する
cli-pregnancy-add-about = にんしんを ついか する
cli-pregnancy-label-help = よびな（れい：ふたりめ。かかなくても いいです）
cli-pregnancy-expected-help = しゅっさん よていび（れい：2027-03-01）
cli-pregnancy-list-about = てちょうの にんしんを いちらんに する
cli-pregnancy-list-json-help = きかいで よめる JSON の はいれつで だす（id, label, expected_date）
cli-pregnancy-record-about = にんしん ちゅう・うんだ あとの きろくを ついか・いちらん・なおす・けす・もどす
cli-pregnancy-record-add-about = にんしんに きろくを ついか する
cli-pregnancy-record-list-about = にんしんの きろくを ふるい ひから いちらんに する
cli-pregnancy-record-edit-about = きろくを なおす。かかなかった ところは そのまま です。からの あたい（""）で、かかなくても いい ところを けせます。なおす まえの ないようは りれきに のこります
cli-pregnancy-record-delete-about = きろくを けす（30にち いないなら もどせます）
cli-pregnancy-record-restore-about = 30にち いないに けした きろくを もとに もどす
cli-pregnancy-record-history-about = きろくの なおす まえの ないようを ふるい じゅんに みせる
cli-pregnancy-record-notification-about = にんしんの とどけで（妊娠の届出）
cli-pregnancy-record-prenatal-visit-about = にんぷ けんしん（にんしん しゅうすうは ひづけと しゅっさん よていびから けいさん します）
cli-pregnancy-record-dental-about = にんぷの はの けんしん（妊婦歯科健診）
cli-pregnancy-record-vaccination-about = にんしん ちゅうの よぼうせっしゅ（れい：RSウイルス母子免疫ワクチン）
cli-pregnancy-record-class-about = おや きょうしつ（両親学級・母親学級）
cli-pregnancy-record-environment-about = しごとや せいかつの メモ
cli-pregnancy-record-postnatal-checkup-about = うんだ あとの おかあさんの けんしん（産後健診）
cli-pregnancy-pregnancy-help = にんしんの ID（「hagu pregnancy list --json」で わかります）
cli-pregnancy-record-id-help = きろくの ID（「hagu pregnancy record list」で わかります）
cli-pregnancy-kind-help = この しゅるいの きろくだけ
cli-pregnancy-deleted-help = けした きろくも いれる
cli-pregnancy-record-list-json-help = きかいで よめる JSON の はいれつで だす（かたち：docs/export-format.md）
cli-pregnancy-history-json-help = きかいで よめる JSON の はいれつで だす（record_id, change, previous, changed_at）
cli-pregnancy-date-help = ひづけ（れい：2026-11-24）
cli-pregnancy-notification-date-help = とどけでた ひ（れい：2026-07-10）
cli-pregnancy-method-help = よていびの きめかた：last-period（さいごの せいり）、ultrasound（ちょうおんぱ けんさ）、other
cli-pregnancy-weight-help = たいじゅう（kg。れい：58.4）
cli-pregnancy-systolic-help = けつあつ・うえ（mmHg）
cli-pregnancy-diastolic-help = けつあつ・した（mmHg）
cli-pregnancy-urine-protein-help = にょう たんぱく：- ± + ++ +++（negative, trace, plus1, plus2, plus3 でも いいです）
cli-pregnancy-urine-sugar-help = にょうとう：- ± + ++ +++（negative, trace, plus1, plus2, plus3 でも いいです）
cli-pregnancy-edema-help = むくみ：- + ++（negative, plus1, plus2 でも いいです）
cli-pregnancy-fundal-height-help = しきゅうていちょう（子宮底長・cm）
cli-pregnancy-abdominal-girth-help = おなかの まわり（腹囲・cm）
cli-pregnancy-fetal-heart-help = あかちゃんの しんぱく：present（あり）、absent（たしかめられなかった）、not-checked（まだ たしかめて いない）
cli-pregnancy-heart-rate-help = あかちゃんの しんぱくすう（1ぷんに なんかい）
cli-pregnancy-notes-help = メモ
cli-pregnancy-facility-help = びょういん・クリニック（医療機関）
cli-pregnancy-vaccine-help = ワクチンの ID（れい：rsv-maternal）
cli-pregnancy-lot-help = ロット ばんごう
cli-pregnancy-findings-help = いしゃの みたこと（所見）
cli-pregnancy-class-name-help = きょうしつの なまえ
cli-pregnancy-text-help = メモの ないよう
cli-pregnancy-timing-help = けんしんの じき：two-weeks（うんで 2しゅうかん）、one-month（うんで 1かげつ）、other
cli-pregnancy-epds-help = EPDS の ごうけいてん（0〜30）
cli-pregnancy-line = #{ $id }  { $title }  しゅっさん よていび { $expected }  { $status }
cli-pregnancy-added = にんしんを ついか しました：{ $pregnancy }
cli-pregnancy-none = にんしんの とうろくは ありません。「hagu pregnancy add」で ついか できます。
cli-pregnancy-record-added = きろく #{ $id } を ついか しました（{ $title }）：{ $entry }
cli-pregnancy-record-edited = きろく #{ $id } を なおしました：{ $entry }
cli-pregnancy-record-deleted = きろく #{ $id } を けしました。{ $until } までは「hagu pregnancy record restore { $id }」で もとに もどせます。
cli-pregnancy-record-restored = きろく #{ $id } を もとに もどしました：{ $entry }
cli-pregnancy-record-none = きろくは ありません。「hagu pregnancy record add」で ついか できます。
cli-pregnancy-no-pregnancy = ID { $id } の にんしんは ありません。「hagu pregnancy list --json」で たしかめて ください。なにも かえて いません。
cli-pregnancy-no-record = ID { $id } の きろくは ありません。「hagu pregnancy record list」で たしかめて ください。なにも かえて いません。
cli-pregnancy-record-kind-mismatch = きろく #{ $id } は { $kind } の きろくです。「hagu pregnancy record edit { $id } { $kind } …」で なおして ください。なにも かえて いません。
cli-pregnancy-record-is-deleted = きろく #{ $id } は けされて います。さきに「hagu pregnancy record restore { $id }」で もとに もどして ください。なにも かえて いません。
cli-pregnancy-record-already-deleted = きろく #{ $id } は もう けされて います。なにも かえて いません。
cli-pregnancy-record-not-deleted = きろく #{ $id } は けされて いないので、もどす ものは ありません。
cli-pregnancy-record-too-old = きろく #{ $id } は けしてから 30にち いじょう たったので、もとに もどせません。
cli-pregnancy-photo-about = にんしん ちゅう・うんだ あとの きろくの しゃしんを ついか・いちらん・かきだし・けす・もどす（JPEG か PNG。アプリと おなじで、とった ばしょ などの じょうほうは けします）
cli-pregnancy-photo-not-theirs = きろく #{ $record } は「{ $title }」の きろくでは ありません。なにも ほぞん して いません。
cli-pregnancy-history-none = きろく #{ $id } は なおされて いません。
