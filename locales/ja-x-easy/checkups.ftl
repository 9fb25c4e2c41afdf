# Hagukumi — ja-x-easy, checkups.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Child checkups, birth, dental, screening, medicines

## Record kinds

record-kind-birth = うまれた ときの きろく（出生の記録）
record-kind-checkup = こどもの けんしん（乳幼児健診）
record-kind-dental = はの けんしん（歯科健診）
record-kind-screening = め・みみ などの けんさ
record-kind-medicine = くすり

## Checkups

checkup-w2 = 2しゅうかん ごろ（おやの きろく）
checkup-m1 = 1かげつ けんしん（1か月児健診）
checkup-m2 = 2かげつ ごろ（おやの きろく）
checkup-m3-4 = 3〜6かげつ けんしん（3〜6か月児健診）
checkup-m6-7 = 6〜7かげつ けんしん（6〜7か月児健診）
checkup-m9-10 = 9〜11かげつ けんしん（9〜11か月児健診）
checkup-y1 = 1さい ごろ（おやの きろく）
checkup-y1-6 = 1さい6かげつ けんしん（1歳6か月児健診）
checkup-y2 = 2さい ごろ（おやの きろく）
checkup-y3 = 3さい けんしん（3歳児健診）
checkup-y4 = 4さい ごろ（おやの きろく）
checkup-y5 = 5さい けんしん（5歳児健診）
checkup-y6 = 6さい ごろ（おやの きろく）

## Pages of the parent's checklist

checklist-page-w2 = 2しゅうかん ごろ
checklist-page-m1 = 1かげつ ごろ
checklist-page-m2 = 2かげつ ごろ
checklist-page-m3-4 = 3〜4かげつ ごろ
checklist-page-m6-7 = 6〜7かげつ ごろ
checklist-page-m9-10 = 9〜10かげつ ごろ
checklist-page-y1 = 1さい ごろ
checklist-page-y1-6 = 1さい6かげつ ごろ
checklist-page-y2 = 2さい ごろ
checklist-page-y3 = 3さい ごろ
checklist-page-y4 = 4さい ごろ
checklist-page-y5 = 5さい ごろ
checklist-page-y6 = 6さい ごろ

## Type of delivery

delivery-vaginal = けいちつ ぶんべん（経腟分娩）
delivery-cesarean = ていおう せっかい（帝王切開）
delivery-vacuum = きゅういん ぶんべん（吸引分娩）
delivery-forceps = かんし ぶんべん（鉗子分娩）
delivery-other = そのほか

## Screenings

screening-vision = めの けんさ（視覚検査）
screening-hearing = みみの けんさ（聴覚検査）
screening-newborn-hearing = あかちゃんの みみの けんさ（新生児聴覚検査）
screening-congenital-cmv = せんてんせい サイトメガロウイルスの けんさ（先天性サイトメガロウイルス検査）
screening-result-pass = パス（もんだい なし）
screening-result-refer = もう いちど けんさが ひつよう（要再検査）
screening-result-not-done = うけて いない
screening-result-negative = いんせい（陰性）
screening-result-positive = ようせい（陽性）

## Forms

record-birth-date = うまれた ひ：{ $date }
record-checklist-title = おやの きろく【{ $page }】
record-checklist-none = この ページの しつもんは、たしかめる しりょうが ないので のせて いません。からだの サイズと いしゃの みたこと（所見）は きろく できます。
record-checklist-hint = あう ほうを えらんで ください。こたえなくても だいじょうぶ です。
record-answer-yes = はい
record-answer-no = いいえ
record-answer-when = いつごろ（わかれば）
record-medicine-start = のみはじめた ひ
record-screening-note = メモ（かかなくても いいです）

## Summaries in the list

record-gestation = にんしん { $weeks }しゅう { $days }にちで うまれた
record-born-at = { $time }に うまれた
record-birth-weight = うまれた ときの たいじゅう { $value } g
record-apgar = アプガー { $one }/{ $five }
record-answered = おやの きろく { $count }もん
record-teeth = は { $count }ほん
record-caries = むしば { $count }ほん
record-fluoride-yes = フッそを ぬった
record-fluoride-no = フッそを ぬって いない
record-until = { $date }まで

## The parent's checklist questions

checklist-w2-weak = なく こえや おっぱい・ミルクを のむ ちからが よわいと おもいますか。
checklist-sleeps-on-back = ねかせる ときは、あおむけに ねかせて いますか。
checklist-child-seat = くるまに のる とき、チャイルドシートを つかって いますか。
checklist-own-sleep = おや（あなた）の ねむりで こまって いる ことは ありますか。
checklist-someone-to-ask = こそだての ことを かんたんに そうだん できる ひとは いますか。
checklist-m1-moves-limbs = ふくを ぬがせると、てあしを よく うごかしますか。
checklist-feeds-well = おっぱい・ミルクを よく のみますか。
checklist-m1-startles = おおきな おとで ビクッと てあしを のばしたり、なきだしたり しますか。
checklist-m1-navel-dry = おへそは かわいて いますか。
checklist-m2-follows-with-eyes = めを うごかして、ものを おって みますか。
checklist-m3-4-head-steady = くびが すわったのは いつ ですか。
checklist-m3-4-smiles = あやすと よく わらいますか。
checklist-m3-4-eyes = めつきや めの うごきが おかしいと しんぱいに なりますか。
checklist-m3-4-turns-to-voice = みえない ほうから こえを かけると、そちらを みようと しますか。
checklist-m3-4-outdoor-air = そとの くうきに あたって いますか（外気浴）。
checklist-m3-4-child-sleep = こどもの ねむりで こまって いる ことは ありますか。
checklist-m6-7-rolls-over = ねがえりを したのは いつ ですか。
checklist-m6-7-sits = ひとりで すわったのは いつ ですか。
checklist-m6-7-reaches = からだの そばの おもちゃに てを のばして つかみますか。
checklist-m6-7-voice = かぞくと いっしょの とき、はなしかける ような こえを だしますか。
checklist-m6-7-looks-at-sound = テレビや ラジオの おとが はじまると、すぐ そちらを みますか。
checklist-m6-7-solids = りにゅうしょく（離乳食）を はじめましたか。
checklist-m6-7-pupils = ひとみが しろく みえたり、きみどりいろに ひかって みえたり する ことが ありますか。
checklist-m9-10-crawls = はいはいを したのは いつ ですか。
checklist-m9-10-pulls-to-stand = つかまりだちを したのは いつ ですか。
checklist-m9-10-pinches = ゆびで ちいさい ものを つまみますか。
checklist-m9-10-plays-alone = きげん よく ひとりで あそべますか。
checklist-weaning-going-well = りにゅう（離乳）は うまく すすんで いますか。
checklist-m9-10-whisper = そっと ちかづいて、ちいさい こえで よぶと ふりむきますか。
checklist-m9-10-follows-you = おやの あとを おいかけますか（後追い）。
checklist-m9-10-teeth = はの はえかた、かたち、いろ、はぐき などで しんぱいな ことが ありますか。
checklist-y1-cruises = つたいあるきを したのは いつ ですか。
checklist-y1-gestures = バイバイ、コンニチワ などの みぶりを しますか。
checklist-y1-music = おんがくに あわせて、たのしそうに からだを うごかしますか。
checklist-y1-weaning = りにゅう（離乳）は うまく すすんで いますか。
checklist-y1-simple-words = おとなの いう かんたんな ことば（おいで、ちょうだい など）が わかりますか。
checklist-y1-looks-where-pointed = へやの はなれた ところの おもちゃを ゆびさすと、そちらを みますか。
checklist-y1-enjoys-play = いっしょに あそぶと よろこびますか。
checklist-y1-three-meals = 1にち 3かいの しょくじの リズムが できましたか。
checklist-y1-brushing-practice = はみがきの れんしゅうを はじめて いますか。
checklist-y1-6-walks = ひとりで あるいたのは いつ ですか。
checklist-y1-6-words = ママ、ブーブー など いみの ある ことばを いくつか いいますか。
checklist-y1-6-cup = じぶんで コップを もって みずを のめますか。
checklist-y1-6-bottle = ほにゅうびんを つかって いますか。
checklist-y1-6-meal-times = しょくじや おやつの じかんは だいたい きまって いますか。
checklist-finishing-brush = おやが はの しあげみがきを して いますか。
checklist-y1-6-eyes = とても まぶしがったり、めの うごきが おかしいと しんぱいに なったり しますか。
checklist-y1-6-turns-when-called = うしろから なまえを よぶと、ふりむきますか。
checklist-fluoride = はに フッそ（フッ化物）を ぬったり、フッそ いりの はみがきこを つかったり して いますか。
checklist-y2-runs = はしる ことが できますか。
checklist-y2-spoon = スプーンを つかって じぶんで たべますか。
checklist-y2-blocks = つみきで とうの ような ものを つくったり、よこに ならべて でんしゃ などに みたてたり して あそびますか。
checklist-y2-imitates = テレビや おとなの みぶりの まねを しますか。
checklist-y2-two-words = 2つの ことばの ぶん（ワンワン キタ、マンマ チョウダイ など）を いいますか。
checklist-y2-meat-vegetables = にくや すじの ある やさいを たべますか。
checklist-y3-stairs = てを つかわないで、ひとりで かいだんを のぼれますか。
checklist-y3-circle = クレヨン などで まる（えん）を かきますか。
checklist-y3-dressing = ふくを きたり ぬいだり、ひとりで したがりますか。
checklist-y3-own-name = じぶんの なまえが いえますか。
checklist-y3-brush-wash = はみがきや てあらいを して いますか。
checklist-y3-thumb = いつも ゆびしゃぶりを して いますか。
checklist-y3-chews = よく かんで たべる しゅうかんが ありますか。
checklist-y3-squint = しゃし（斜視）は ありますか。
checklist-y3-narrows-eyes = ものを みる とき、めを ほそめたり、とても ちかづけて みたり しますか。
checklist-y3-hearing = みみの きこえが わるいと しんぱいに なりますか。
checklist-y3-bite = かみあわせや はならびで しんぱいな ことが ありますか。
checklist-y3-pretend-play = ままごと、ヒーローごっこ などの ごっこあそびが できますか。
checklist-y3-playmates = あそぶ ともだちが いますか。
checklist-y5-somersault = でんぐりがえしが できますか。
checklist-y5-draws-from-memory = おもいだして えを かく ことが できますか。
checklist-y5-colours = いろ（あか・きいろ・みどり・あお）が わかりますか。
checklist-y5-clear-speech = はっきりした はつおんで はなせますか。
checklist-y6-one-leg = かたあしで 5〜10びょう たって いられますか。
checklist-y6-square = しかくの かたちを まねして かけますか。
checklist-y6-directions = じぶんの「まえ・うしろ」「ひだり・みぎ」が だいたい わかりますか。
checklist-y6-name-hiragana = ひらがなで じぶんの なまえを よんだり、かいたり できますか。
checklist-y6-can-wait = おもちゃや おかしが ほしくても、がまん できるように なりましたか。
checklist-y6-rules = やくそくや ルールを まもって あそべますか。
checklist-y6-first-molar = だいいちだいきゅうし（第一大臼歯：にゅうしの おくに はえる おとなの は）は はえましたか。
checklist-y6-breakfast = あさごはんを まいにち たべますか。

## hagu record add|edit <kind> (command line)

cli-record-birth-about = うまれた ときの きろく（1人に 1つ。うまれた ひ・にんしん しゅうすう・うまれた ときの たいじゅう など）
cli-record-checkup-about = こどもの けんしん（からだの サイズ・いしゃの みたこと・おやの きろく）
cli-record-dental-about = はの けんしん（歯科健診）
cli-record-screening-about = め・みみ などの けんさ（め・みみ・あかちゃんの みみ・せんてんせい サイトメガロウイルス）
cli-record-medicine-about = くすり
cli-record-birth-date-help = うまれた ひ（かかないと、とうろくした うまれた ひ）
cli-record-time-help = うまれた じこく（24じかん。れい：14:05）
cli-record-weeks-help = うまれた ときの にんしん しゅうすう（22〜44しゅう）
cli-record-days-help = しゅうの あとの にち（0〜6。かかないと 0）
cli-record-delivery-help = おさんの しかた：vaginal（経腟）、cesarean（帝王切開）、vacuum（吸引）、forceps（鉗子）、other（そのほか）
cli-record-weight-g-help = うまれた ときの たいじゅう（g。れい：3120）
cli-record-length-help = しんちょう（cm）
cli-record-apgar1-help = アプガースコア（1ぷん、0〜10）
cli-record-apgar5-help = アプガースコア（5ふん、0〜10）
cli-record-complications-help = いつもと ちがう こと・したこと（異常・処置）
cli-record-checkup-help = どの けんしん・おやの きろくの ページか：w2、m1、m2、m3-4、m6-7、m9-10、y1、y1-6、y2、y3、y4、y5、y6
cli-record-findings-help = いしゃの みたこと（所見）
cli-record-answer-help = おやの きろくの こたえ（しつもんの ID=yes・no・ひづけ。「=」が ないと yes。なんかいでも かけます。なおす ときは「ID=」で こたえを けせます）
cli-record-teeth-help = はの かず（0〜32）
cli-record-caries-help = むしばの かず（0〜20）
cli-record-fluoride-help = フッそを ぬった：yes か no
cli-record-test-help = けんさ：vision（め）、hearing（みみ）、newborn-hearing（あかちゃんの みみ）、congenital-cmv（せんてんせい サイトメガロウイルス）
cli-record-result-help = けっか：pass（パス）、refer（もう いちど けんさ）、not-done（うけて いない）。せんてんせい サイトメガロウイルスの けんさは negative（いんせい）、positive（ようせい）、not-done
cli-record-start-help = のみはじめた ひ（れい：2025-04-01）
cli-record-end-help = のみおわった ひ（かかなくても いいです）
cli-record-medicine-name-help = くすりの なまえ
cli-record-instructions-help = のみかた・りょう
cli-record-birth-exists = うまれた ときの きろくは もう あります（きろく #{ $id }）。なおす ときは「hagu record edit { $id } birth …」を つかって ください。なにも かえて いません。
