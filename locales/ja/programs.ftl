## 子育て支援制度（hagu programs / hagu municipality）
## 日付（$date）は表示する側で「2026年5月2日」の形にしてから渡す。$name はこどもの名前。

programs-reason-child-age = { $years ->
    [0] { $name }さんは{ $months }か月
   *[other] { $name }さんは{ $years }歳{ $months }か月
}
programs-reason-born-on-or-after = { $date }以降に生まれた子が対象
programs-reason-from = { $date }から対象
programs-reason-until = { $date }まで対象
programs-reason-school-year-end = { $age }歳になって最初の3月31日（{ $date }）まで対象
programs-reason-child-order = { $name }さんは第{ $order }子として数えます
programs-reason-twins = { $name }さんは同じ日に生まれた{ $count }人のひとり：一人ずつ対象です
programs-reason-pregnancy-week = いま妊娠{ $weeks }週{ $days }日
programs-reason-pregnancy-week-from = 妊娠{ $week }週0日（{ $date }）から請求できます
programs-reason-per-expected-child = 胎児の数だけ支給されます
programs-reason-after-birth = 生まれたら対象（出産予定日 { $date }）
programs-reason-apply-by = 申請期限 { $date }

programs-level-national = 国
programs-level-prefecture = 都道府県
programs-level-municipality = 区市町村
programs-now-heading = いま使える制度（{ $date }時点・{ $municipality }）
programs-coming-heading = これから3か月以内に始まるもの
programs-check-heading = { $municipality }のその他の制度（条件はデータにありません。{ $municipality }に確認してください）
programs-none = なし
programs-person-pregnancy = 妊娠中（出産予定日 { $date }）
programs-person-pregnancy-label = { $label }（出産予定日 { $date }）
programs-amount-month = 月{ $yen }円
programs-amount-once = { $yen }円
programs-amount-per-expected-child = { $amount }×胎児の数
programs-days-left = あと{ $days }日（{ $date }まで）
programs-last-day = 今日まで
programs-until-date = { $date }まで
programs-next-payment = 次の支給月: { $year }年{ $month }月
programs-applied-with = 「{ $name }」と一緒に申請できます
programs-schedule-link = 接種の時期は予定を見てください（hagu schedule）
programs-how = 申請方法: { $text }
programs-where = 窓口: { $text }
programs-bring = 持ち物: { $text }
programs-link = 案内: { $uri }
programs-source = 出典: { $source }
programs-note = 注: { $note }
programs-sample-notice = ※ サンプルデータです（{ $date }時点）。申請の前に各出典と市区町村の案内を確認してください。
programs-no-municipality = 市区町村が設定されていません。「hagu municipality list」で選び、「hagu municipality set コード」で設定してください。
programs-unknown-municipality = { $code } はこの制度データにない市区町村です。「hagu municipality list」で確認してください。何も変更していません。
programs-registry-problem = 制度データの一部を読めませんでした（その記録は除いています）: { $problem }

municipality-line = { $code }  { $name }
municipality-set = 市区町村を{ $name }（{ $code }）に設定しました。
municipality-same = すでに{ $name }（{ $code }）に設定されています。
municipality-moved = { $from }から{ $to }への転居として、制度を照らし合わせ直しました（{ $date }時点）。
municipality-ends-heading = { $from }で終わるもの
municipality-apply-heading = { $to }で申請するもの
municipality-check-heading = { $to }のその他の制度（条件は{ $to }に確認してください）

cli-municipality-about = 住んでいる市区町村（制度の照合に使います）
cli-municipality-list-about = 制度データにある市区町村を一覧表示
cli-municipality-set-about = 住んでいる市区町村を設定（転居のときは、終わるものと申請するものを表示）
cli-municipality-code-help = 全国地方公共団体コード（6桁、例: 131016）
cli-municipality-json-help = JSON で出力（スクリプト向け）
cli-programs-about = いま使える子育て支援制度と、3か月以内に始まるもの
cli-programs-child-help = このこどもだけ（ID）
cli-programs-as-of-help = この日付で照合（既定は今日）
cli-programs-json-help = JSON で出力（スクリプト向け）

## アプリの画面（ui/src/programs.rs）。$name は市区町村名、$count は件数。
programs-card-title = あなたの家族に、いま
programs-card-intro = 住んでいる市区町村を選ぶと、お子さんの月齢や妊娠週数に合う子育て支援制度をお知らせします。
programs-card-choose = 市区町村を選ぶ
programs-card-open = すべて見る
programs-card-more = ほかに{ $count }件
programs-card-where = { $name }の制度
programs-screen-title = 子育て支援制度
programs-municipality-title = 住んでいる市区町村
programs-municipality-hint = 一度選べば使えます。転居したら選び直してください。申請し直すものと終わるものをお知らせします。
programs-municipality-choose = 選んでください
programs-municipality-submit = この市区町村にする
programs-municipality-saving = 設定しています…
programs-moved-title = 転居で変わること
programs-for-person = { $name }さん
programs-open-link = 区市町村の案内を開く
programs-open-source = 出典を開く
programs-open-benefits = 申請の状況
programs-schedule-link-app = 接種の時期は、お子さんの画面の予定で確認できます。
programs-link-opened = ブラウザで開きました。
error-unknown-municipality = その市区町村は制度データにありません。一覧から選んでください。何も変更していません。
error-program-no-link = この制度には開ける案内のページがありません。
error-no-browser = ブラウザを開けませんでした。出典の名前で検索してください。
