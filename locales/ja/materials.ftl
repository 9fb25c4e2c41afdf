## 妊娠届で渡される資料（hagu materials とアプリの「資料」画面）。$name は市区町村名。

materials-kind-guide = しおり・案内
materials-kind-coupons = 受診票・クーポンの一覧
materials-kind-contacts = 相談先・連絡先
materials-heading = { $name }の資料（妊娠届のときに渡されるもの）
materials-none = まだ資料がありません。ポータルと同期すると、住んでいる市区町村の資料がこの端末に保存され、オフラインでも読めます。
materials-no-match = 「{ $query }」に合う資料はありません。
materials-count = { $count }件
materials-source = 出典: { $source }
materials-problem = 資料の一部を読めませんでした（その資料は除いています）: { $problem }
materials-no-municipality = 市区町村が設定されていません。「hagu municipality set コード」で設定し、「hagu sync」で資料を受け取ってください。
cli-materials-about = 妊娠届のときに渡される資料（しおり、受診票・クーポンの一覧、相談先）を表示・検索
cli-materials-search-help = この言葉を含む資料だけ（題名・説明・項目）
cli-materials-json-help = JSON で出力（スクリプト向け）

## アプリの画面（ui/src/materials.rs）
materials-card-title = 妊娠届の資料
materials-card-intro = しおり、受診票・クーポンの一覧、相談先を、オフラインでも読めます。
materials-card-open = 資料を見る
materials-screen-title = 妊娠届の資料
materials-search-label = 資料を検索
materials-search-placeholder = 例: 受診票、相談
materials-back = 一覧に戻る
