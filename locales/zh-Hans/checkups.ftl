# Hagukumi — zh-Hans, checkups.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Child checkups, birth, dental, screening, medicines

## Record kinds

record-kind-birth = 出生记录
record-kind-checkup = 婴幼儿体检（乳幼児健診）
record-kind-dental = 牙科检查（歯科健診）
record-kind-screening = 视力、听力等检查
record-kind-medicine = 药物

## Checkups

checkup-w2 = 2周左右（家长记录）
checkup-m1 = 1个月婴儿体检
checkup-m2 = 2个月左右（家长记录）
checkup-m3-4 = 3–6个月婴儿体检
checkup-m6-7 = 6–7个月婴儿体检
checkup-m9-10 = 9–11个月婴儿体检
checkup-y1 = 1岁左右（家长记录）
checkup-y1-6 = 1岁6个月幼儿体检
checkup-y2 = 2岁左右（家长记录）
checkup-y3 = 3岁幼儿体检
checkup-y4 = 4岁左右（家长记录）
checkup-y5 = 5岁幼儿体检
checkup-y6 = 6岁左右（家长记录）

## Pages of the parent's checklist

checklist-page-w2 = 2周左右
checklist-page-m1 = 1个月左右
checklist-page-m2 = 2个月左右
checklist-page-m3-4 = 3–4个月左右
checklist-page-m6-7 = 6–7个月左右
checklist-page-m9-10 = 9–10个月左右
checklist-page-y1 = 1岁左右
checklist-page-y1-6 = 1岁6个月左右
checklist-page-y2 = 2岁左右
checklist-page-y3 = 3岁左右
checklist-page-y4 = 4岁左右
checklist-page-y5 = 5岁左右
checklist-page-y6 = 6岁左右

## Type of delivery

delivery-vaginal = 阴道分娩（経腟分娩）
delivery-cesarean = 剖宫产（帝王切開）
delivery-vacuum = 胎头吸引分娩（吸引分娩）
delivery-forceps = 产钳分娩（鉗子分娩）
delivery-other = 其他

## Screenings

screening-vision = 视力检查
screening-hearing = 听力检查
screening-newborn-hearing = 新生儿听力筛查
screening-congenital-cmv = 先天性巨细胞病毒（CMV）检查
screening-result-pass = 通过（无异常）
screening-result-refer = 需要复查
screening-result-not-done = 未检查
screening-result-negative = 阴性
screening-result-positive = 阳性

## Forms

record-birth-date = 出生日期：{ $date }
record-checklist-title = 家长记录【{ $page }】
record-checklist-none = 因没有可核对的资料，本页的问题未列出。仍可记录测量值和医生所见。
record-checklist-hint = 请选择符合的一项。也可以不回答。
record-answer-yes = 是
record-answer-no = 否
record-answer-when = 大约什么时候（如知道）
record-medicine-start = 开始服药日
record-screening-note = 备注（可选）

## Summaries in the list

record-gestation = 孕{ $weeks }周{ $days }天出生
record-born-at = { $time }出生
record-birth-weight = 出生体重 { $value } g
record-apgar = 阿普加评分 { $one }/{ $five }
record-answered = 家长记录 { $count }题
record-teeth = 牙齿 { $count }颗
record-caries = 龋齿 { $count }颗
record-fluoride-yes = 已涂氟
record-fluoride-no = 未涂氟
record-until = 至{ $date }

## The parent's checklist questions

checklist-w2-weak = 您觉得宝宝的哭声或吃奶的力气弱吗？
checklist-sleeps-on-back = 让宝宝睡觉时，是仰卧睡吗？
checklist-child-seat = 乘车时使用儿童安全座椅吗？
checklist-own-sleep = 家长您自己在睡眠方面有困扰吗？
checklist-someone-to-ask = 有可以轻松商量育儿问题的人吗？
checklist-m1-moves-limbs = 脱掉衣服时，宝宝手脚活动得多吗？
checklist-feeds-well = 宝宝吃奶好吗？
checklist-m1-startles = 听到大的声音时，宝宝会受惊伸展手脚或哭起来吗？
checklist-m1-navel-dry = 肚脐干了吗？
checklist-m2-follows-with-eyes = 宝宝会转动眼睛追看东西吗？
checklist-m3-4-head-steady = 宝宝什么时候能抬稳头的？
checklist-m3-4-smiles = 逗宝宝时，宝宝常笑吗？
checklist-m3-4-eyes = 您担心宝宝的眼神或眼球运动异常吗？
checklist-m3-4-turns-to-voice = 从宝宝看不见的方向叫他时，宝宝会想往那边看吗？
checklist-m3-4-outdoor-air = 有带宝宝到户外呼吸新鲜空气（外气浴）吗？
checklist-m3-4-child-sleep = 在孩子的睡眠方面有困扰吗？
checklist-m6-7-rolls-over = 宝宝什么时候会翻身的？
checklist-m6-7-sits = 宝宝什么时候能独自坐的？
checklist-m6-7-reaches = 宝宝会伸手抓身边的玩具吗？
checklist-m6-7-voice = 和家人在一起时，宝宝会发出像说话一样的声音吗？
checklist-m6-7-looks-at-sound = 电视或收音机开始发出声音时，宝宝会马上往那边看吗？
checklist-m6-7-solids = 开始添加辅食（離乳食）了吗？
checklist-m6-7-pupils = 宝宝的瞳孔有时看起来发白，或闪着黄绿色的光吗？
checklist-m9-10-crawls = 宝宝什么时候会爬的？
checklist-m9-10-pulls-to-stand = 宝宝什么时候能扶着东西站起来的？
checklist-m9-10-pinches = 宝宝会用手指捏起小东西吗？
checklist-m9-10-plays-alone = 宝宝能高高兴兴地独自玩吗？
checklist-weaning-going-well = 断奶（添加辅食）进展顺利吗？
checklist-m9-10-whisper = 悄悄靠近用耳语叫宝宝时，宝宝会回头吗？
checklist-m9-10-follows-you = 宝宝会跟在您后面追吗？
checklist-m9-10-teeth = 对牙齿的长法、形状、颜色或牙龈等有担心的地方吗？
checklist-y1-cruises = 孩子什么时候会扶着东西走的？
checklist-y1-gestures = 孩子会做“拜拜”“你好”等手势吗？
checklist-y1-music = 孩子会随着音乐开心地扭动身体吗？
checklist-y1-weaning = 断奶（添加辅食）进展顺利吗？
checklist-y1-simple-words = 孩子能听懂大人说的简单的话（“过来”“给我”等）吗？
checklist-y1-looks-where-pointed = 指着房间远处的玩具时，孩子会往那个方向看吗？
checklist-y1-enjoys-play = 一起玩时孩子高兴吗？
checklist-y1-three-meals = 一日三餐的节奏形成了吗？
checklist-y1-brushing-practice = 开始练习刷牙了吗？
checklist-y1-6-walks = 孩子什么时候能独自走路的？
checklist-y1-6-words = 孩子会说几个有意义的词吗，比如“妈妈”“车车”？
checklist-y1-6-cup = 孩子能自己拿杯子喝水吗？
checklist-y1-6-bottle = 孩子还在用奶瓶吗？
checklist-y1-6-meal-times = 吃饭和零食的时间大致固定吗？
checklist-finishing-brush = 您会帮孩子做刷牙的最后清洁（仕上げみがき）吗？
checklist-y1-6-eyes = 孩子是否特别怕光，或您担心孩子的眼球运动异常？
checklist-y1-6-turns-when-called = 从后面叫孩子的名字时，孩子会回头吗？
checklist-fluoride = 孩子的牙齿有涂氟，或使用含氟牙膏吗？
checklist-y2-runs = 孩子会跑吗？
checklist-y2-spoon = 孩子会自己用勺子吃饭吗？
checklist-y2-blocks = 孩子会用积木搭塔，或把积木横排当作火车等来玩吗？
checklist-y2-imitates = 孩子会模仿电视里或大人的动作吗？
checklist-y2-two-words = 孩子会说两个词的句子（“狗狗来了”“要饭饭”等）吗？
checklist-y2-meat-vegetables = 孩子吃肉和有纤维的蔬菜吗？
checklist-y3-stairs = 孩子能不用手独自上楼梯吗？
checklist-y3-circle = 孩子会用蜡笔等画圆圈吗？
checklist-y3-dressing = 孩子想自己穿脱衣服吗？
checklist-y3-own-name = 孩子能说出自己的名字吗？
checklist-y3-brush-wash = 孩子刷牙、洗手吗？
checklist-y3-thumb = 孩子总是吮手指吗？
checklist-y3-chews = 孩子有细嚼慢咽的习惯吗？
checklist-y3-squint = 孩子有斜视吗？
checklist-y3-narrows-eyes = 看东西时，孩子会眯眼，或凑得特别近看吗？
checklist-y3-hearing = 您担心孩子听力不好吗？
checklist-y3-bite = 对孩子的咬合或牙齿排列有担心的地方吗？
checklist-y3-pretend-play = 孩子会玩过家家、扮演英雄等角色扮演游戏吗？
checklist-y3-playmates = 孩子有玩伴吗？
checklist-y5-somersault = 孩子会翻跟头（前滚翻）吗？
checklist-y5-draws-from-memory = 孩子能凭记忆画画吗？
checklist-y5-colours = 孩子认识颜色（红、黄、绿、蓝）吗？
checklist-y5-clear-speech = 孩子说话发音清楚吗？
checklist-y6-one-leg = 孩子能单脚站立5–10秒吗？
checklist-y6-square = 孩子能照着画出四方形吗？
checklist-y6-directions = 孩子大致分得清自己的“前后”“左右”吗？
checklist-y6-name-hiragana = 孩子能读或写平假名的自己的名字吗？
checklist-y6-can-wait = 即使想要玩具或零食，孩子也能忍耐了吗？
checklist-y6-rules = 孩子能遵守约定和规则玩耍吗？
checklist-y6-first-molar = 第一恒磨牙（长在乳牙列后面的恒牙）长出来了吗？
checklist-y6-breakfast = 孩子每天吃早饭吗？

## hagu record add|edit <kind> (command line)

cli-record-birth-about = 出生记录（每个孩子一条：出生日期、孕周、出生体重等）
cli-record-checkup-about = 婴幼儿体检（测量值、医生所见、家长记录）
cli-record-dental-about = 牙科检查
cli-record-screening-about = 视力、听力等检查（视力、听力、新生儿听力、先天性巨细胞病毒）
cli-record-medicine-about = 药物
cli-record-birth-date-help = 出生日期（省略时为已登记的出生日期）
cli-record-time-help = 出生时刻（24小时制，例：14:05）
cli-record-weeks-help = 出生时孕周的周数（22–44）
cli-record-days-help = 孕周的天数（0–6，省略时为0）
cli-record-delivery-help = 分娩方式：vaginal（阴道分娩）、cesarean（剖宫产）、vacuum（胎头吸引）、forceps（产钳）、other（其他）
cli-record-weight-g-help = 出生体重（g，例：3120）
cli-record-length-help = 身长（cm）
cli-record-apgar1-help = 阿普加评分（1分钟，0–10）
cli-record-apgar5-help = 阿普加评分（5分钟，0–10）
cli-record-complications-help = 异常·处置等
cli-record-checkup-help = 哪次体检或家长记录的哪一页：w2、m1、m2、m3-4、m6-7、m9-10、y1、y1-6、y2、y3、y4、y5、y6
cli-record-findings-help = 医生所见
cli-record-answer-help = 家长记录的回答（问题ID=yes、no 或日期。省略“=”即为 yes。可多次指定；修改时用“ID=”可删除回答）
cli-record-teeth-help = 牙齿数（0–32）
cli-record-caries-help = 龋齿数（0–20）
cli-record-fluoride-help = 涂氟：yes 或 no
cli-record-test-help = 检查：vision（视力）、hearing（听力）、newborn-hearing（新生儿听力）、congenital-cmv（先天性巨细胞病毒）
cli-record-result-help = 结果：pass（通过）、refer（需要复查）、not-done（未检查）。先天性巨细胞病毒检查为 negative（阴性）、positive（阳性）、not-done
cli-record-start-help = 开始服药日（例：2025-04-01）
cli-record-end-help = 停药日（可选）
cli-record-medicine-name-help = 药名
cli-record-instructions-help = 服用方法·用量
cli-record-birth-exists = 已有出生记录（记录 #{ $id }）。如需修改，请使用“hagu record edit { $id } birth …”。未作任何更改。
