# はぐくみ — 日本語（第一言語）。英語版 locales/en/hagukumi.ftl と同じ ID をすべて持つこと。

app-name = はぐくみ
app-tagline = 母子健康手帳
app-loading = 読み込み中…

## 日付と年齢

date = { $year }年{ $month }月{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
age = { $years }歳{ $months }か月{ $days }日
gestational-age = 妊娠{ $weeks }週{ $days }日

## ホーム

home-children = こども
home-pregnancies = 妊娠中
home-empty = まだ誰も登録されていません。下のフォームから、こどもや妊娠を追加してください。
child-born = { $date }生まれ
child-age-label = 年齢
pregnancy-untitled = おなかの赤ちゃん
pregnancy-expected = 出産予定日 { $date }
pregnancy-days-left = 予定日まであと{ $days }日
pregnancy-due-today = 今日が出産予定日です
pregnancy-past-due = 予定日から{ $days }日
pregnancy-not-started = まだ妊娠期間に入っていません

## フォーム

form-child-title = こどもを追加
form-child-name = 名前
form-child-name-placeholder = 例：はなこ
form-child-birth = 生年月日
form-pregnancy-title = 妊娠を追加
form-pregnancy-label = 呼び名（任意）
form-pregnancy-label-placeholder = 例：第二子
form-pregnancy-expected = 出産予定日
form-date-placeholder = 例：2025-04-01
form-date-hint = 年-月-日（2025/4/1 も可）
form-submit-child = こどもを追加する
form-submit-pregnancy = 妊娠を追加する
form-saving = 保存中…
form-saved-child = { $name }さんを追加しました
form-saved-pregnancy = 妊娠を追加しました


## こどもの画面と記録

child-back = ‹ ホームへ
child-records = 記録
child-no-records = まだ記録がありません。下のフォームから、計測や予防接種を記録できます。
child-deleted = 最近削除した記録（{ $count }件・30日以内なら戻せます）
record-add-title = 記録を追加
record-submit = 記録する
record-saved = { $kind }を記録しました
record-delete = 削除
record-deleted = 記録を削除しました。
record-undo = 元に戻す
records-more = 前の記録をもっと見る
record-edit = 編集
record-edit-title = 記録を編集
record-edit-submit = 変更を保存
record-edit-cancel = 編集をやめる
record-edited = { $kind }を変更しました
record-history = 履歴
record-history-title = これまでの内容
record-history-empty = まだ変更はありません
record-history-loading = 読み込み中…
record-change-edit = 変更
record-change-delete = 削除
record-change-restore = 元に戻す
record-history-before = 変更前：{ $summary }
record-restored = 記録を元に戻しました
record-kind-measurement = 計測
record-kind-vaccination = 予防接種
record-kind-milestone = できた日
record-kind-note = メモ
record-kind-allergy = アレルギー
record-kind-illness = 病気
record-allergy-substance = 原因（食べ物・薬など）
record-allergy-reaction = 症状（任意）
record-illness-name = 病名
record-before = { $date } { $summary }
record-dose = { $dose }回目
record-lot = ロット { $lot }
# hagu record list の1行の記録（i18n::records::Style::Line）
record-line-vaccination = { $vaccine } { $dose }回目
record-line-weight = 体重 { $value } kg
record-line-height = 身長 { $value } cm
record-line-head = 頭囲 { $value } cm
record-line-chest = 胸囲 { $value } cm
record-line-separator = 、
form-choose = 選んでください
funding-public = 定期接種（公費）
funding-self-paid = 任意接種（自費）
unit-kg = { $value } kg
unit-cm = { $value } cm
field-weight-short = 体重
field-height-short = 身長
field-head-circumference-short = 頭囲
field-chest-circumference-short = 胸囲

## 受診用サマリー

summary-title = { $name }さんの受診用サマリー
summary-as-of = { $date }現在
summary-allergies = アレルギー
summary-measurements = 最新の計測
summary-next-due = 次に受ける予定
summary-vaccinations = 予防接種の記録
summary-illnesses = かかった病気
summary-none-recorded = 記録はありません
summary-nothing-due = 予定はありません
summary-rules = 予定の計算に使ったルール：第{ $version }版（{ $as_of }時点{ $builtin ->
    [yes] 、アプリに組み込み
   *[no] 、更新で受け取ったもの
}）
summary-since = { $date }から
summary-print = 印刷する
summary-open = 受診用サマリー

## 設定

language-label = 言語
language-ja = 日本語
language-en = English
language-unreviewed = { $name }（未確認の翻訳）
language-unreviewed-group = 未確認の翻訳
language-more = 他の言語

## 項目名

field-name = 名前
field-birth-date = 生年月日
field-label = 呼び名
field-expected-date = 出産予定日
field-date = 日付
field-vaccine = ワクチン
field-dose = 回数
field-manufacturer = メーカー
field-lot = ロット番号
field-facility = 医療機関
field-funding = 費用
field-weight = 体重（kg）
field-height = 身長（cm）
field-head-circumference = 頭囲（cm）
field-chest-circumference = 胸囲（cm）
field-measurements = 計測値
field-sex = 性別
sex-unset = 選ばない
field-what = できたこと
field-text = メモ
field-expected-date-method = 予定日の決め方
field-systolic = 血圧（上）
field-diastolic = 血圧（下）
field-urine-protein = 尿たんぱく
field-urine-sugar = 尿糖
field-edema = むくみ（浮腫）
field-fundal-height = 子宮底長（cm）
field-abdominal-girth = 腹囲（cm）
field-fetal-heart = 赤ちゃんの心拍
field-fetal-heart-rate = 心拍数（回/分）
field-findings = 所見
field-class-name = 教室の名前
field-checkup-timing = 健診の時期
field-epds = EPDS（合計点）
field-time = 生まれた時刻
field-gestation-weeks = 在胎週数（週）
field-gestation-days = 在胎週数（日）
field-delivery = 分娩の方法
field-birth-weight = 出生体重（g）
field-apgar-1min = アプガー（1分）
field-apgar-5min = アプガー（5分）
field-complications = 異常・処置など
field-checkup = 健診
field-answers = 保護者の記録
field-teeth = 歯の数（本）
field-caries = むし歯の数（本）
field-fluoride = フッ化物塗布
field-screening-test = 検査
field-screening-result = 結果
field-end-date = 終わった日
field-medicine = 薬の名前
field-instructions = 飲み方・量

## 入力の誤り

error-invalid-input = 入力内容を確認してください
error-required = 入力してください
error-too-long = { $max }文字以内で入力してください
error-control-characters = 使えない文字が含まれています
error-malformed-date = 日付は「2025-04-01」の形で入力してください
error-birth-in-future = 未来の日付は生年月日にできません
error-birth-before-1900 = 1900年1月1日以降の日付を入力してください
error-expected-too-far = 出産予定日が今日から280日より先になっています
error-expected-long-past = 出産予定日が4週間以上前です。生まれた赤ちゃんは「こどもを追加」から登録してください
error-date-in-future = 未来の日付は入力できません
error-date-before-birth = 生まれる前の日付になっています
error-malformed-number = 数字で入力してください（例：3.25）
error-out-of-range = 値が考えられる範囲を超えています。単位（kg・cm）を確かめてください
error-no-measurement = 体重・身長・頭囲・胸囲のうち、少なくとも1つを入力してください
error-unknown-choice = 選択肢の中から選んでください
error-blood-pressure-order = 血圧（下）は血圧（上）より低い値になります。上下が入れ替わっていないか確かめてください
error-date-before-pregnancy = 妊娠がわかる前の日付になっています。日付か出産予定日を確かめてください
error-heart-rate-without-heartbeat = 心拍数は「心拍あり」のときに入力してください
error-malformed-time = 時刻は「14:05」の形で入力してください
error-not-the-birth-date = 生年月日と同じ日にしてください
error-not-in-checklist = この健診の質問ではない回答があります
error-answered-twice = 同じ質問に2回答えています
error-more-than-teeth = むし歯の数が歯の数より多くなっています
error-end-before-start = 始めた日より前の日付になっています

## 手帳を開けないとき

error-store-cannot-open = 手帳を開けません：鍵が違うか、はぐくみのデータではありません。ファイルは変更していません。
error-store-no-key = 鍵の保管場所（OS のキーチェーン）が使えません。環境変数 HAGUKUMI_PASSPHRASE にパスフレーズを設定してから起動してください。
error-store-passphrase = この手帳はパスフレーズで保護されています。環境変数 HAGUKUMI_PASSPHRASE に設定してから、もう一度起動してください。
error-store-keystore = OS の資格情報ストア（キーチェーン）でエラーが起きました：{ $detail }
error-store-key-missing = この手帳の鍵が見つかりません。作成したときと同じユーザーとキーチェーンで開くか、リカバリーコードで開いてください。
error-store-newer = この手帳は新しいバージョンのはぐくみで作られています。アプリを更新してください。
error-store-io = 手帳のファイルを読み書きできません：{ $detail }
error-store-corrupt = 手帳のデータが壊れています：{ $detail }
error-store-full = 端末の空き容量が足りないため、保存できませんでした。何も保存していません（手帳は変更前のままです）。使っていない写真や動画、アプリを削除して空き容量を増やしてから、もう一度お試しください。
error-recovery-code-length = リカバリーコードは英数字28文字（4文字ずつ7つのまとまり）です。すべてのまとまりを入力したか確かめてください。
error-recovery-code-character = リカバリーコードに使われるのは英字 A〜Z（I・L・O・U を除く）と数字 0〜9 だけです。入力した文字を確かめてください。
error-recovery-code-checksum = リカバリーコードに入力ミスがあります（最後のまとまりが他と合いません）。リカバリーシートと1つずつ見比べてください。
error-store-handbook-elsewhere = このフォルダーには以前手帳があり、その鍵がまだ保管されています（手帳は移動されたか、名前が変わっています）。新しい手帳は作成していません。いまある場所で手帳を開くか、フォルダーをここに戻してください。わざと削除した場合は、ここに新しい手帳を作成できます。
error-store-passphrase-short = パスフレーズが短すぎます。12文字以上にしてください（関係のない単語をいくつか並べると覚えやすくなります）。手帳は作成していません。
error-store-in-use = この手帳はアプリで開いています。アプリを閉じてから、もう一度お試しください。何も変更していません。
error-recovery-wrong-code = このリカバリーコードではこの手帳を開けません。リカバリーシートと見比べて、もう一度入力してください。何も変更していません。
error-recovery-no-file = 手帳の横にリカバリーファイル（hagukumi.recovery）がありません。手帳フォルダーのコピー元から戻すか、バックアップから復元してください。
error-recovery-other-handbook = 手帳の横にあるリカバリーファイルは別の手帳のものです。手帳フォルダーをもう一度まるごとコピーするか、バックアップから復元してください。
error-recovery-format = リカバリーファイルが壊れているか、はぐくみの形式ではありません。バックアップから復元してください。
error-backup-not-a-backup = このファイルははぐくみのバックアップではありません。名前が .hagukumi-backup で終わるファイルを選んでください。何も変更していません。
error-backup-version = このバックアップは別のバージョンのはぐくみで作られています。アプリを更新してから、もう一度お試しください。何も変更していません。
error-backup-damaged = バックアップファイルが壊れているか、途中までしかありません。何も変更していません。別のバックアップを使うか、このファイルをもう一度コピーしてください。
error-backup-wrong-code = このリカバリーコードではこのバックアップを開けません。バックアップした手帳のリカバリーシートと見比べてください。何も変更していません。
error-backup-other-handbook = このバックアップは、このフォルダーにある手帳とは別の手帳のものです。何も変更していません。空のフォルダーに復元してください。
error-backup-no-code = この手帳にはまだリカバリーコードがありません。一度開くとコードが作られるので、そのあとでもう一度バックアップしてください。
error-backup-would-replace-other-file = 保存先には、はぐくみのバックアップではないファイルがすでにあります。そのファイルはそのままにし、何も書き込んでいません。別のファイル名か別の場所を選んでください。
error-backup-inside-handbook-folder = 手帳そのもののフォルダーの中にはバックアップを保存できません（手帳を上書きしたり、手帳と一緒に失われたりするため）。何も書き込んでいません。別のフォルダー（外部ドライブやクラウドのフォルダーなど）を選んでください。
error-backup-folder-missing = 自動バックアップの保存先フォルダーが見つかりません（外部ドライブやクラウドのフォルダーがつながっていないかもしれません）。つなぎ直すか、バックアップの画面で別のフォルダーを選んでください。それまで自動バックアップは保存されません。
error-no-such-child = このこどもは見つかりません
error-no-such-record = この記録は見つかりません
error-cannot-restore = 削除から30日を過ぎたため、元に戻せません
error-birth-already-recorded = 出生の記録はすでにあります（1人に1つです）。書き直すときは、今の記録を削除してから記録してください
photo-count = 写真（{ $count }枚）
photo-add = 写真を追加
photo-delete = 写真を削除
photo-deleted = 削除しました（30日以内なら戻せます）
photo-alt = 記録の写真
photo-privacy = 撮影場所などの情報は取り除いて、暗号化した手帳の中に保存します。
error-photo-format = 追加できるのは JPEG か PNG の写真だけです
error-photo-malformed = 写真のファイルが壊れているか、途中までしかありません
error-photo-too-large = 写真が大きすぎます（8MBまで）
error-photo-too-many = この記録には、これ以上写真を追加できません（10枚まで）
error-photo-too-many-pixels = 写真の画素数が多すぎます（6400万画素まで）。スマートフォンの共有や編集で小さいサイズにしてから、もう一度追加してください
error-no-such-photo = この写真は見つかりません
error-photo-cannot-restore = この写真は削除から30日を過ぎたため、元に戻せません
error-internal = 予期しないエラーが起きました：{ $detail }
error-retry-hint = アプリを再起動しても直らない場合は、データフォルダーをバックアップしてからお問い合わせください。

## 予定の画面

schedule-next-title = 次にすること
schedule-plan-title = 予防接種と健診の予定
schedule-none = 今のところ予定はありません
schedule-month = { $year }年{ $month }月
schedule-why = くわしく
schedule-closing-soon = 公費で受けられる期間がもうすぐ終わります
schedule-record-given = 受けた
schedule-record-save = 記録する
schedule-record-cancel = やめる
schedule-status-done = 済み
schedule-status-due-now = 今
schedule-status-upcoming = 予定
schedule-status-overdue = 遅れ
schedule-status-missed = 公費期間外
schedule-status-not-eligible = 対象外
schedule-status-funded-window-missed = 公費の期間には受けられません（任意接種になります）
schedule-when-done = { $date }に済み
schedule-when-due = 今から受けられます
schedule-when-due-by = 今から受けられます（標準は{ $date }まで）
schedule-when-from = { $date }から
schedule-when-overdue = 標準の時期を過ぎています。早めに受けましょう
schedule-when-overdue-funded = 標準の時期を過ぎています（公費は{ $date }まで）
ics-calendar-name = はぐくみ 予防接種・健診

## Reminders (local notifications) and their settings
field-days-before-open = 受けられる時期の何日前に知らせるか
field-days-before-close = 公費の期限の何日前に知らせるか
field-temperature = 体温（℃）
error-days-out-of-range = 0〜60日の範囲で入力してください
field-program = 制度
field-benefit-state = 状況
field-deadline = 期限
field-payment-date = 次の支給日
field-payment-amount = 次の支給額（円）
field-guardian = 保護者の氏名
field-children = 申請するこども
error-individual-number = マイナンバーのような12桁の数字は入力できません。はぐくみはマイナンバーを扱いません。数字を消してください
field-stars = 評価（星）
error-stars-out-of-range = 評価は星1〜5です（なしも選べます）
reminder-opening-title = もうすぐ{ $item }の時期です
reminder-opening-body = { $who }の{ $item }は{ $date }から受けられます。ご都合のよいときに予約を考えてみてくださいね。
reminder-closing-title = { $item }の公費の期限が近づいています
reminder-closing-body = { $who }の{ $item }は{ $date }まで公費で受けられます（あと{ $days }日）。まだでしたら、かかりつけに相談してみてくださいね。
reminder-digest-title = { $month }月のご家族の予定
reminder-digest-body = 今月は{ $count }件の予定があります。
reminder-digest-line = { $who }：{ $item }（{ $date }ごろ）
reminder-settings-title = お知らせの設定
reminder-settings-open = 受けられる時期の何日前に知らせる
reminder-settings-close = 公費の期限の何日前に知らせる
reminder-settings-note = 0〜60日で設定できます。毎月1日には、その月のご家族の予定もお知らせします。
reminder-settings-save = 保存
reminder-settings-saved = 保存しました
