# 公的データ（マイナポータル連携）: 同意、同期、公式記録、予診票

portal-category-children = お子さんの基本情報
portal-category-vaccinations = 予防接種の記録
portal-category-checkups = 妊婦・乳幼児健診の結果
portal-category-certificates = 医療費助成の受給者証
portal-category-benefits = 給付の申請と状況
portal-category-notices = 市区町村からのお知らせ

portal-benefit-submitted = 申請済み
portal-benefit-under-review = 審査中
portal-benefit-returned = 差し戻し
portal-benefit-approved = 決定
portal-benefit-paid = 支給済み
portal-benefit-rejected = 不支給

sync-error-offline = ポータルにつながりません。電波のある場所で、あとでもう一度お試しください（手帳はこのまま使えます）
sync-error-interrupted = 通信が途中で切れました。あとでもう一度お試しください
sync-error-server = ポータル側で問題が起きています。しばらくしてからお試しください
sync-error-busy = ポータルが混み合っています。しばらくしてからお試しください
sync-error-refused = ポータルが要求を受け付けませんでした
sync-error-consent-expired = ポータルへの同意の期限が切れたか、取り消されています。もう一度つないでください
sync-error-not-connected = ポータルにつないでいません
sync-error-not-consented = この項目の連携に同意していません
sync-error-consent-denied = ブラウザで同意が行われませんでした
sync-error-consent-timeout = ブラウザからの応答がないまま時間が過ぎました。もう一度お試しください
sync-error-loopback = 同意の受け取り準備ができませんでした。もう一度お試しください
sync-error-consent-foreign = この同意への返事ではなかったため、何も変えていません。もう一度お試しください
sync-error-signature = ポータルからのデータの署名を確認できなかったため、受け取りませんでした（何も保存していません）
sync-error-bad-page = ポータルからのデータに不備があったため、受け取りませんでした（何も保存していません）
sync-error-other-account = ポータルから、別の利用者あてのデータが届いたため、受け取りませんでした（何も保存していません）
sync-error-other-request = ポータルから、別の問い合わせへの答えが届いたため、受け取りませんでした（何も保存していません）
sync-error-stale-page = すでに受け取ったものより古いデータが届いたため、受け取りませんでした（何も保存していません）
sync-error-bad-rules = ポータルからのルールの更新が確認を通らなかったため、使いませんでした（予定はこれまでのルールのままです）
sync-error-too-large = ポータルからのデータが大きすぎるため、受け取りませんでした（何も保存していません）
sync-error-insecure = ポータルのアドレスが安全な接続（https）ではないため、つなぎませんでした
sync-error-no-portal = このアプリにはポータルが設定されていません
sync-error-development-key = 設定されたポータルは開発用の鍵を使っているため、この版ではつなぎません
sync-error-bad-profile = ポータルの設定を読み取れませんでした
sync-error-child-not-linked = このお子さんはポータルの情報とつながっていません。先に同期してください

questionnaire-feels-well = 今日、体に具合の悪いところはありませんか
questionnaire-ill-last-month = 最近1か月以内に病気にかかりましたか
questionnaire-vaccinated-last-month = 1か月以内に予防接種を受けましたか
questionnaire-reaction-before = これまでの予防接種で具合が悪くなったことがありますか
questionnaire-seizures = これまでにけいれん（ひきつけ）を起こしたことがありますか

error-record-official = ポータルから届いた公式の記録は変更・削除できません
error-no-such-conflict = この記録はもう確認済みです

## 公的データの画面（ホームのカードから）

portal-title = 公的データ
portal-card-title = 公的データ（マイナポータル連携）
portal-card-intro = 予防接種や健診の公式の記録、受給者証、給付の状況を、この手帳に取り込めます。
portal-card-connected = ポータルとつながっています
portal-card-conflicts = 確認をお願いしたい記録が{ $count }件あります
portal-card-open = 公的データを見る
portal-intro = マイナポータルなどの公的なサービスから、記録を受け取れます。あなたが手帳に書いた記録は、そのまま残ります。
portal-shared-title = 受け取るもの（同意の画面で確かめられます）
portal-scope-questionnaires = 予診票の送信（あなたが送ると決めたときだけ）
portal-connect = ポータルにつなぐ
portal-connect-note = ブラウザで同意の画面が開きます。同意が終わると、この画面に自動で反映されます。はぐくみがマイナンバーを扱うことはありません。
portal-consenting-title = ブラウザで同意してください
portal-consenting-body = ブラウザが開かないときは、次のアドレスをコピーしてブラウザで開いてください（5分間有効です）。
portal-consenting-reopen = もう一度ブラウザで開く
portal-consenting-wait = 同意が終わるのを待っています…
portal-connected-to = 連携先：{ $portal }
portal-last-synced = 最終同期：{ $when }
portal-never-synced = まだ同期していません
portal-syncing = 同期しています…
portal-pending-writes = 送信待ち：{ $count }件
portal-sync-now = 今すぐ同期
portal-synced = 同期しました
portal-disconnect = 連携をやめる
portal-disconnect-confirm = 連携をやめますか？ これまでに受け取った記録は手帳に残ります。
portal-disconnect-yes = 連携をやめる
portal-disconnect-no = このまま続ける
portal-disconnected = 連携をやめました。受け取った記録はそのまま残っています。
portal-offline-note = 手帳はこのまま使えます。つながったときに続きを受け取ります。

portal-conflicts-title = 確認をお願いしたい記録
portal-conflicts-intro = あなたの記録と公式の記録とで、接種日が違います。どちらを残すか選んでください。
portal-conflict-mine = あなたの記録：{ $date }
portal-conflict-official = 公式の記録：{ $date }
portal-keep-mine = 自分の記録を残す
portal-use-official = 公式の記録にする
portal-resolved-kept = あなたの記録を残しました。
portal-resolved-official = 公式の記録にしました。あなたの記録は、30日以内なら「最近削除した記録」から戻せます。

portal-certificates-title = 受給者証
portal-certificate-payer = 公費負担者番号
portal-certificate-recipient = 受給者番号
portal-certificate-valid = 有効期間
portal-certificate-valid-range = { $from }〜{ $to }
portal-certificate-copay = 自己負担の上限
portal-copay-per-visit = 1回 { $yen }円
portal-copay-monthly = 月 { $yen }円
portal-benefits-title = 給付の申請と状況
portal-benefit-applied = 申請日 { $date }
portal-benefit-updated = 更新日 { $date }
portal-yen = { $yen }円
portal-notices-title = お知らせ
portal-checkups-title = 妊婦健診・産婦健診の記録（公式）
portal-child-checkups-title = 健診の記録（公式）
portal-nothing-yet = まだ届いていません
portal-for-child = { $name }さん
portal-facility = 実施：{ $facility }
portal-findings = 所見：{ $findings }
portal-blood-pressure = 血圧 { $value }
portal-epds = EPDS { $value }点
portal-gestation-weeks = 妊娠{ $weeks }週

portal-badge-official = 公式
portal-badge-official-hint = ポータルから届いた公式の記録です（変更・削除はできません）
portal-badge-linked = 公式と一致
portal-badge-linked-hint = 公式の記録と同じ内容です
portal-badge-conflict = 要確認
portal-badge-conflict-hint = 公式の記録と接種日が違います。公的データの画面で選べます

portal-consent-page-title = 手続きが終わりました
portal-consent-page-body = このページを閉じて、はぐくみに戻ってください。

## 予診票

questionnaire-title = 予診票（予防接種の前に）
questionnaire-intro = 接種の前に、予診票の内容をポータル経由で送れます。当日は医療機関の指示に従ってください。
questionnaire-not-linked = ポータルとつながり、このお子さんの情報が同期されると、予診票を送れます。
questionnaire-date = 接種予定日
questionnaire-note = 医師に伝えたいこと（任意）
questionnaire-questions = 質問
questionnaire-answer-all = すべての質問に「はい」か「いいえ」で答えてください
questionnaire-submit = 予診票を送る
questionnaire-queued = 予診票を受け付けました。送信の状況は下の一覧に表示されます。
questionnaire-list-title = 送った予診票
questionnaire-entry = { $vaccine } · 接種予定 { $date }
questionnaire-pending = 送信待ち
questionnaire-sent = 送信済み
questionnaire-rejected = 受け付けられませんでした
questionnaire-date-hint = 今日から90日先まで
questionnaire-date-range = 今日から90日先までの日付を入力してください
questionnaire-temperature-range = 34〜42℃の範囲で入力してください

# One phrase of two parts (a label and its value; a vaccine and its dose),
# one message so a language can order them its own way.
portal-labelled-value = { $label } { $value }
portal-vaccine-dose = { $vaccine } { $dose }
