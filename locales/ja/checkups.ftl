## Child checkups, birth, dental, screening, medicines
# 日本語（第一言語）。英語版 locales/en/checkups.ftl と同じ ID・同じ引数をすべて持つこと。
# 保護者の記録の質問は、母子健康手帳（省令様式）のことばのまま（assets/checkups/checklists-jp.json）。

## 記録の種類（RecordKind、record-kind-<kind>）

record-kind-birth = 出生の記録
record-kind-checkup = 乳幼児健診
record-kind-dental = 歯科健診
record-kind-screening = 目と耳などの検査
record-kind-medicine = 薬

## 健診（ChildCheckup::message_id）

checkup-w2 = 2週間頃（保護者の記録）
checkup-m1 = 1か月児健診
checkup-m2 = 2か月頃（保護者の記録）
checkup-m3-4 = 3〜6か月児健診
checkup-m6-7 = 6〜7か月児健診
checkup-m9-10 = 9〜11か月児健診
checkup-y1 = 1歳の頃（保護者の記録）
checkup-y1-6 = 1歳6か月児健診
checkup-y2 = 2歳の頃（保護者の記録）
checkup-y3 = 3歳児健診
checkup-y4 = 4歳の頃（保護者の記録）
checkup-y5 = 5歳児健診
checkup-y6 = 6歳の頃（保護者の記録）

## 保護者の記録のページ（FormPage::page_message_id）。健診の時期（予定の 3〜6か月など）より狭い、手帳のページの名前

checklist-page-w2 = 2週間頃
checklist-page-m1 = 1か月頃
checklist-page-m2 = 2か月頃
checklist-page-m3-4 = 3〜4か月頃
checklist-page-m6-7 = 6〜7か月頃
checklist-page-m9-10 = 9〜10か月頃
checklist-page-y1 = 1歳の頃
checklist-page-y1-6 = 1歳6か月の頃
checklist-page-y2 = 2歳の頃
checklist-page-y3 = 3歳の頃
checklist-page-y4 = 4歳の頃
checklist-page-y5 = 5歳の頃
checklist-page-y6 = 6歳の頃

## 分娩の方法（Delivery::message_id）

delivery-vaginal = 経腟分娩
delivery-cesarean = 帝王切開
delivery-vacuum = 吸引分娩
delivery-forceps = 鉗子分娩
delivery-other = その他

## 検査（ScreeningTest、ScreeningResult）

screening-vision = 視覚検査
screening-hearing = 聴覚検査
screening-newborn-hearing = 新生児聴覚検査
screening-congenital-cmv = 先天性サイトメガロウイルス検査
screening-result-pass = パス（異常なし）
screening-result-refer = 要再検査
screening-result-not-done = 受けていない
screening-result-negative = 陰性
screening-result-positive = 陽性

## フォーム

record-birth-date = 生年月日：{ $date }
record-checklist-title = 保護者の記録【{ $page }】
record-checklist-none = このページの質問は、確かめられる資料がないため載せていません。計測値と所見は記録できます。
record-checklist-hint = 当てはまるほうを選んでください。答えなくてもかまいません。
record-answer-yes = はい
record-answer-no = いいえ
record-answer-when = いつごろ（わかれば）
record-medicine-start = 飲みはじめた日
record-screening-note = メモ（任意）

## 一覧の要約

record-gestation = 在胎{ $weeks }週{ $days }日
record-born-at = { $time }生まれ
record-birth-weight = 出生体重 { $value } g
record-apgar = アプガー { $one }/{ $five }
record-answered = 保護者の記録 { $count }問
record-teeth = 歯 { $count }本
record-caries = むし歯 { $count }本
record-fluoride-yes = フッ化物塗布あり
record-fluoride-no = フッ化物塗布なし
record-until = { $date }まで

## 保護者の記録の質問（checklists-jp.json の message）

checklist-w2-weak = 泣き声やお乳を飲む力が弱いと思いますか。
checklist-sleeps-on-back = 寝かせるときは、あお向けに寝かせていますか。
checklist-child-seat = 自動車に乗るとき、チャイルドシートを使用していますか。
checklist-own-sleep = 保護者ご自身の睡眠で困っていることはありますか。
checklist-someone-to-ask = 子育てについて気軽に相談できる人はいますか。
checklist-m1-moves-limbs = 裸にすると手足をよく動かしますか。
checklist-feeds-well = お乳をよく飲みますか。
checklist-m1-startles = 大きな音にビクッと手足を伸ばしたり、泣き出すことがありますか。
checklist-m1-navel-dry = おへそはかわいていますか。
checklist-m2-follows-with-eyes = 目を動かして物を追って見ますか。
checklist-m3-4-head-steady = 首がすわったのはいつですか。
checklist-m3-4-smiles = あやすとよく笑いますか。
checklist-m3-4-eyes = 目つきや目の動きがおかしいのではないかと気になりますか。
checklist-m3-4-turns-to-voice = 見えない方向から声をかけてみると、そちらの方を見ようとしますか。
checklist-m3-4-outdoor-air = 外気浴をしていますか。
checklist-m3-4-child-sleep = お子さんの睡眠で困っていることはありますか。
checklist-m6-7-rolls-over = 寝返りをしたのはいつですか。
checklist-m6-7-sits = ひとりすわりをしたのはいつですか。
checklist-m6-7-reaches = からだのそばにあるおもちゃに手を伸ばしてつかみますか。
checklist-m6-7-voice = 家族といっしょにいるとき、話しかけるような声を出しますか。
checklist-m6-7-looks-at-sound = テレビやラジオの音がしはじめると、すぐにそちらを見ますか。
checklist-m6-7-solids = 離乳食を始めましたか。
checklist-m6-7-pupils = ひとみが白く見えたり、黄緑色に光って見えたりすることがありますか。
checklist-m9-10-crawls = はいはいをしたのはいつですか。
checklist-m9-10-pulls-to-stand = つかまり立ちをしたのはいつですか。
checklist-m9-10-pinches = 指で小さいものをつまみますか。
checklist-m9-10-plays-alone = 機嫌よくひとりあそびができますか。
checklist-weaning-going-well = 離乳は順調に進んでいますか。
checklist-m9-10-whisper = そっと近づいて、ささやき声で呼びかけると振り向きますか。
checklist-m9-10-follows-you = 後追いしますか。
checklist-m9-10-teeth = 歯の生え方、形、色、歯肉などについて、気になることがありますか。
checklist-y1-cruises = つたい歩きをしたのはいつですか。
checklist-y1-gestures = バイバイ、コンニチワなどの身振りをしますか。
checklist-y1-music = 音楽に合わせて、からだを楽しそうに動かしますか。
checklist-y1-weaning = 離乳は順調にすすんでいますか。
checklist-y1-simple-words = 大人の言う簡単な言葉（おいで、ちょうだいなど）がわかりますか。
checklist-y1-looks-where-pointed = 部屋の離れたところにあるおもちゃを指さすと、その方向を見ますか。
checklist-y1-enjoys-play = 一緒に遊ぶと喜びますか。
checklist-y1-three-meals = 1日3回の食事のリズムがつきましたか。
checklist-y1-brushing-practice = 歯みがきの練習をはじめていますか。
checklist-y1-6-walks = ひとり歩きをしたのはいつですか。
checklist-y1-6-words = ママ、ブーブーなど意味のある言葉をいくつか話しますか。
checklist-y1-6-cup = 自分でコップを持って水を飲めますか。
checklist-y1-6-bottle = 哺乳ビンを使っていますか。
checklist-y1-6-meal-times = 食事や間食（おやつ）の時間はだいたい決まっていますか。
checklist-finishing-brush = 歯の仕上げみがきをしてあげていますか。
checklist-y1-6-eyes = 極端に眩しがったり、目の動きがおかしいのではないかと気になったりしますか。
checklist-y1-6-turns-when-called = うしろから名前を呼んだとき、振り向きますか。
checklist-fluoride = 歯にフッ化物（フッ素）の塗布やフッ素入り歯磨きの使用をしていますか。
checklist-y2-runs = 走ることができますか。
checklist-y2-spoon = スプーンを使って自分で食べますか。
checklist-y2-blocks = 積木で塔のようなものを作ったり、横に並べて電車などにみたてたりして遊ぶことをしますか。
checklist-y2-imitates = テレビや大人の身振りのまねをしますか。
checklist-y2-two-words = 2語文（ワンワンキタ、マンマチョウダイ）などを言いますか。
checklist-y2-meat-vegetables = 肉や繊維のある野菜を食べますか。
checklist-y3-stairs = 手を使わずにひとりで階段をのぼれますか。
checklist-y3-circle = クレヨンなどで丸（円）を書きますか。
checklist-y3-dressing = 衣服の着脱をひとりでしたがりますか。
checklist-y3-own-name = 自分の名前が言えますか。
checklist-y3-brush-wash = 歯磨きや手洗いをしていますか。
checklist-y3-thumb = いつも指しゃぶりをしていますか。
checklist-y3-chews = よくかんで食べる習慣はありますか。
checklist-y3-squint = 斜視はありますか。
checklist-y3-narrows-eyes = 物を見るとき目を細めたり、極端に近づけて見たりしますか。
checklist-y3-hearing = 耳の聞こえが悪いのではないかと気になりますか。
checklist-y3-bite = かみ合わせや歯並びで気になることがありますか。
checklist-y3-pretend-play = ままごと、ヒーローごっこなど、ごっこ遊びができますか。
checklist-y3-playmates = 遊び友達がいますか。
checklist-y5-somersault = でんぐり返しができますか。
checklist-y5-draws-from-memory = 思い出して絵を描くことができますか。
checklist-y5-colours = 色（赤・黄・緑・青）がわかりますか。
checklist-y5-clear-speech = はっきりした発音で話ができますか。
checklist-y6-one-leg = 片足で5〜10秒間立っていられますか。
checklist-y6-square = 四角の形をまねて、書けますか。
checklist-y6-directions = 自分の「前後」「左右」がおおよそわかりますか。
checklist-y6-name-hiragana = ひらがなの自分の名前を読んだり、書いたりできますか。
checklist-y6-can-wait = おもちゃやお菓子などをほしくても我慢できるようになりましたか。
checklist-y6-rules = 約束やルールを守って遊べますか。
checklist-y6-first-molar = 第一大臼歯（乳歯列の奥に生える永久歯）は生えましたか。
checklist-y6-breakfast = 朝食を毎日食べますか。

## hagu record add|edit <kind>（コマンドライン）

cli-record-birth-about = 出生の記録（1人に1つ。生年月日・在胎週数・出生体重など）
cli-record-checkup-about = 乳幼児健診（計測値・所見・保護者の記録）
cli-record-dental-about = 歯科健診
cli-record-screening-about = 目と耳などの検査（視覚・聴覚・新生児聴覚・先天性サイトメガロウイルス）
cli-record-medicine-about = 薬
cli-record-birth-date-help = 生年月日（省略すると、登録した生年月日）
cli-record-time-help = 生まれた時刻（24時間、例：14:05）
cli-record-weeks-help = 在胎週数の週（22〜44）
cli-record-days-help = 在胎週数の日（0〜6、省略すると0）
cli-record-delivery-help = 分娩の方法：vaginal（経腟）、cesarean（帝王切開）、vacuum（吸引）、forceps（鉗子）、other
cli-record-weight-g-help = 出生体重（g、例：3120）
cli-record-length-help = 身長（cm）
cli-record-apgar1-help = アプガースコア（1分、0〜10）
cli-record-apgar5-help = アプガースコア（5分、0〜10）
cli-record-complications-help = 異常・処置など
cli-record-checkup-help = どの健診・保護者の記録のページか：w2、m1、m2、m3-4、m6-7、m9-10、y1、y1-6、y2、y3、y4、y5、y6
cli-record-findings-help = 所見
cli-record-answer-help = 保護者の記録の答え（質問の ID=yes・no・日付。「=」を省くと yes。何度でも指定できます。変更のときは「ID=」で答えを消せます）
cli-record-teeth-help = 歯の数（0〜32）
cli-record-caries-help = むし歯の数（0〜20）
cli-record-fluoride-help = フッ化物塗布：yes または no
cli-record-test-help = 検査：vision（視覚）、hearing（聴覚）、newborn-hearing（新生児聴覚）、congenital-cmv（先天性サイトメガロウイルス）
cli-record-result-help = 結果：pass（パス）、refer（要再検査）、not-done（受けていない）。先天性サイトメガロウイルス検査は negative（陰性）、positive（陽性）、not-done
cli-record-start-help = 飲みはじめた日（例：2025-04-01）
cli-record-end-help = 飲み終わりの日（任意）
cli-record-medicine-name-help = 薬の名前
cli-record-instructions-help = 飲み方・量
cli-record-birth-exists = 出生の記録はすでにあります（記録 #{ $id }）。直すときは「hagu record edit { $id } birth …」を使ってください。何も変更していません。
