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
sync-error-signature = ポータルからのデータの署名を確認できなかったため、受け取りませんでした（何も保存していません）
sync-error-bad-page = ポータルからのデータに不備があったため、受け取りませんでした（何も保存していません）
sync-error-child-not-linked = このお子さんはポータルの情報とつながっていません。先に同期してください

questionnaire-feels-well = 今日、体に具合の悪いところはありませんか
questionnaire-ill-last-month = 最近1か月以内に病気にかかりましたか
questionnaire-vaccinated-last-month = 1か月以内に予防接種を受けましたか
questionnaire-reaction-before = これまでの予防接種で具合が悪くなったことがありますか
questionnaire-seizures = これまでにけいれん（ひきつけ）を起こしたことがありますか

error-record-official = ポータルから届いた公式の記録は変更・削除できません
