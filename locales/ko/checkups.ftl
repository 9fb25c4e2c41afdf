# Hagukumi — ko, checkups.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Child checkups, birth, dental, screening, medicines

## Record kinds

record-kind-birth = 출생 기록
record-kind-checkup = 영유아 검진(乳幼児健診)
record-kind-dental = 치과 검진
record-kind-screening = 눈·귀 등의 검사
record-kind-medicine = 약

## Checkups

checkup-w2 = 2주경(보호자 기록)
checkup-m1 = 1개월 아기 검진
checkup-m2 = 2개월경(보호자 기록)
checkup-m3-4 = 3–6개월 아기 검진
checkup-m6-7 = 6–7개월 아기 검진
checkup-m9-10 = 9–11개월 아기 검진
checkup-y1 = 1세경(보호자 기록)
checkup-y1-6 = 1세 6개월 유아 검진
checkup-y2 = 2세경(보호자 기록)
checkup-y3 = 3세 유아 검진
checkup-y4 = 4세경(보호자 기록)
checkup-y5 = 5세 유아 검진
checkup-y6 = 6세경(보호자 기록)

## Pages of the parent's checklist

checklist-page-w2 = 2주경
checklist-page-m1 = 1개월경
checklist-page-m2 = 2개월경
checklist-page-m3-4 = 3–4개월경
checklist-page-m6-7 = 6–7개월경
checklist-page-m9-10 = 9–10개월경
checklist-page-y1 = 1세경
checklist-page-y1-6 = 1세 6개월경
checklist-page-y2 = 2세경
checklist-page-y3 = 3세경
checklist-page-y4 = 4세경
checklist-page-y5 = 5세경
checklist-page-y6 = 6세경

## Type of delivery

delivery-vaginal = 질식 분만(経腟分娩)
delivery-cesarean = 제왕절개(帝王切開)
delivery-vacuum = 흡입 분만(吸引分娩)
delivery-forceps = 겸자 분만(鉗子分娩)
delivery-other = 기타

## Screenings

screening-vision = 시각 검사
screening-hearing = 청각 검사
screening-newborn-hearing = 신생아 청각 검사
screening-congenital-cmv = 선천성 거대세포바이러스(CMV) 검사
screening-result-pass = 통과(이상 없음)
screening-result-refer = 재검사 필요
screening-result-not-done = 받지 않음
screening-result-negative = 음성
screening-result-positive = 양성

## Forms

record-birth-date = 생년월일: { $date }
record-checklist-title = 보호자 기록【{ $page }】
record-checklist-none = 이 페이지의 질문은 확인할 수 있는 자료가 없어서 싣지 않았습니다. 계측값과 소견은 기록할 수 있습니다.
record-checklist-hint = 해당하는 쪽을 골라 주세요. 답하지 않아도 괜찮습니다.
record-answer-yes = 예
record-answer-no = 아니요
record-answer-when = 언제쯤(알면)
record-medicine-start = 복용 시작일
record-screening-note = 메모(선택)

## Summaries in the list

record-gestation = 임신 { $weeks }주 { $days }일에 출생
record-born-at = { $time } 출생
record-birth-weight = 출생 체중 { $value } g
record-apgar = 아프가 { $one }/{ $five }
record-answered = 보호자 기록 { $count }문항
record-teeth = 치아 { $count }개
record-caries = 충치 { $count }개
record-fluoride-yes = 불소 도포 있음
record-fluoride-no = 불소 도포 없음
record-until = { $date }까지

## The parent's checklist questions

checklist-w2-weak = 울음소리나 젖을 빠는 힘이 약하다고 생각합니까?
checklist-sleeps-on-back = 재울 때 똑바로 눕혀(바로 누운 자세로) 재웁니까?
checklist-child-seat = 자동차를 탈 때 카시트를 사용합니까?
checklist-own-sleep = 보호자 자신의 수면에 어려움이 있습니까?
checklist-someone-to-ask = 육아에 대해 편하게 상담할 수 있는 사람이 있습니까?
checklist-m1-moves-limbs = 옷을 벗기면 팔다리를 잘 움직입니까?
checklist-feeds-well = 젖을 잘 먹습니까?
checklist-m1-startles = 큰 소리에 깜짝 놀라 팔다리를 뻗거나 울기 시작합니까?
checklist-m1-navel-dry = 배꼽은 말라 있습니까?
checklist-m2-follows-with-eyes = 눈을 움직여 물건을 따라 봅니까?
checklist-m3-4-head-steady = 목을 가누기 시작한 것은 언제입니까?
checklist-m3-4-smiles = 어르면 잘 웃습니까?
checklist-m3-4-eyes = 눈매나 눈의 움직임이 이상하지 않은지 신경이 쓰입니까?
checklist-m3-4-turns-to-voice = 보이지 않는 방향에서 말을 걸면 그쪽을 보려고 합니까?
checklist-m3-4-outdoor-air = 바깥 공기를 쐬게 하고 있습니까(외기욕)?
checklist-m3-4-child-sleep = 아이의 수면에 어려움이 있습니까?
checklist-m6-7-rolls-over = 뒤집기를 한 것은 언제입니까?
checklist-m6-7-sits = 혼자 앉은 것은 언제입니까?
checklist-m6-7-reaches = 몸 가까이에 있는 장난감에 손을 뻗어 잡습니까?
checklist-m6-7-voice = 가족과 함께 있을 때 말을 거는 듯한 소리를 냅니까?
checklist-m6-7-looks-at-sound = TV나 라디오 소리가 나기 시작하면 바로 그쪽을 봅니까?
checklist-m6-7-solids = 이유식을 시작했습니까?
checklist-m6-7-pupils = 눈동자가 하얗게 보이거나 황록색으로 빛나 보이는 일이 있습니까?
checklist-m9-10-crawls = 기어다니기를 한 것은 언제입니까?
checklist-m9-10-pulls-to-stand = 무언가를 잡고 일어선 것은 언제입니까?
checklist-m9-10-pinches = 손가락으로 작은 물건을 집습니까?
checklist-m9-10-plays-alone = 기분 좋게 혼자 놀 수 있습니까?
checklist-weaning-going-well = 이유(이유식 진행)는 순조롭게 진행되고 있습니까?
checklist-m9-10-whisper = 살짝 다가가 속삭이는 목소리로 부르면 돌아봅니까?
checklist-m9-10-follows-you = 보호자를 따라다닙니까?
checklist-m9-10-teeth = 치아가 나는 모양, 형태, 색, 잇몸 등에 대해 신경 쓰이는 것이 있습니까?
checklist-y1-cruises = 무언가를 잡고 걸은 것은 언제입니까?
checklist-y1-gestures = 바이바이, 안녕하세요 등의 몸짓을 합니까?
checklist-y1-music = 음악에 맞춰 즐겁게 몸을 움직입니까?
checklist-y1-weaning = 이유(이유식 진행)는 순조롭게 진행되고 있습니까?
checklist-y1-simple-words = 어른이 하는 간단한 말(이리 와, 줘 등)을 알아듣습니까?
checklist-y1-looks-where-pointed = 방의 떨어진 곳에 있는 장난감을 가리키면 그 방향을 봅니까?
checklist-y1-enjoys-play = 함께 놀면 좋아합니까?
checklist-y1-three-meals = 하루 세 번 식사하는 리듬이 생겼습니까?
checklist-y1-brushing-practice = 양치질 연습을 시작했습니까?
checklist-y1-6-walks = 혼자 걸은 것은 언제입니까?
checklist-y1-6-words = 엄마, 빵빵 등 의미 있는 말을 몇 개 합니까?
checklist-y1-6-cup = 스스로 컵을 들고 물을 마실 수 있습니까?
checklist-y1-6-bottle = 젖병을 사용하고 있습니까?
checklist-y1-6-meal-times = 식사나 간식 시간이 대체로 정해져 있습니까?
checklist-finishing-brush = 보호자가 마무리 양치질을 해 줍니까?
checklist-y1-6-eyes = 지나치게 눈부셔하거나, 눈의 움직임이 이상하지 않은지 신경이 쓰입니까?
checklist-y1-6-turns-when-called = 뒤에서 이름을 부르면 돌아봅니까?
checklist-fluoride = 치아에 불소 도포를 하거나 불소가 든 치약을 사용합니까?
checklist-y2-runs = 달릴 수 있습니까?
checklist-y2-spoon = 숟가락을 사용해 스스로 먹습니까?
checklist-y2-blocks = 블록으로 탑 같은 것을 만들거나, 옆으로 늘어놓아 기차 등으로 삼아 놉니까?
checklist-y2-imitates = TV나 어른의 몸짓을 흉내 냅니까?
checklist-y2-two-words = 두 단어 문장(멍멍이 왔다, 맘마 줘 등)을 말합니까?
checklist-y2-meat-vegetables = 고기나 섬유질이 있는 채소를 먹습니까?
checklist-y3-stairs = 손을 쓰지 않고 혼자 계단을 오를 수 있습니까?
checklist-y3-circle = 크레용 등으로 동그라미(원)를 그립니까?
checklist-y3-dressing = 옷을 입고 벗는 것을 혼자 하고 싶어 합니까?
checklist-y3-own-name = 자기 이름을 말할 수 있습니까?
checklist-y3-brush-wash = 양치질이나 손 씻기를 합니까?
checklist-y3-thumb = 늘 손가락을 빱니까?
checklist-y3-chews = 잘 씹어 먹는 습관이 있습니까?
checklist-y3-squint = 사시가 있습니까?
checklist-y3-narrows-eyes = 물건을 볼 때 눈을 가늘게 뜨거나 아주 가까이 대고 봅니까?
checklist-y3-hearing = 귀가 잘 안 들리는 것은 아닌지 신경이 쓰입니까?
checklist-y3-bite = 맞물림이나 치열에 신경 쓰이는 것이 있습니까?
checklist-y3-pretend-play = 소꿉놀이, 영웅 놀이 등 흉내 놀이를 할 수 있습니까?
checklist-y3-playmates = 함께 노는 친구가 있습니까?
checklist-y5-somersault = 앞구르기를 할 수 있습니까?
checklist-y5-draws-from-memory = 기억해서 그림을 그릴 수 있습니까?
checklist-y5-colours = 색(빨강·노랑·초록·파랑)을 압니까?
checklist-y5-clear-speech = 분명한 발음으로 말할 수 있습니까?
checklist-y6-one-leg = 한 발로 5–10초 동안 서 있을 수 있습니까?
checklist-y6-square = 네모 모양을 보고 따라 그릴 수 있습니까?
checklist-y6-directions = 자신의 “앞뒤”, “좌우”를 대략 압니까?
checklist-y6-name-hiragana = 히라가나로 된 자기 이름을 읽거나 쓸 수 있습니까?
checklist-y6-can-wait = 장난감이나 과자 등을 갖고 싶어도 참을 수 있게 되었습니까?
checklist-y6-rules = 약속이나 규칙을 지키며 놀 수 있습니까?
checklist-y6-first-molar = 제1대구치(유치 안쪽에 나는 영구치)가 났습니까?
checklist-y6-breakfast = 아침을 매일 먹습니까?

## hagu record add|edit <kind> (command line)

cli-record-birth-about = 출생 기록(한 명당 하나. 생년월일·임신 주수·출생 체중 등)
cli-record-checkup-about = 영유아 검진(계측값·소견·보호자 기록)
cli-record-dental-about = 치과 검진
cli-record-screening-about = 눈·귀 등의 검사(시각·청각·신생아 청각·선천성 거대세포바이러스)
cli-record-medicine-about = 약
cli-record-birth-date-help = 생년월일(생략하면 등록된 생년월일)
cli-record-time-help = 출생 시각(24시간제, 예: 14:05)
cli-record-weeks-help = 출생 시 임신 주수의 주(22–44)
cli-record-days-help = 임신 주수의 일(0–6, 생략하면 0)
cli-record-delivery-help = 분만 방법: vaginal(질식), cesarean(제왕절개), vacuum(흡입), forceps(겸자), other(기타)
cli-record-weight-g-help = 출생 체중(g, 예: 3120)
cli-record-length-help = 신장(cm)
cli-record-apgar1-help = 아프가 점수(1분, 0–10)
cli-record-apgar5-help = 아프가 점수(5분, 0–10)
cli-record-complications-help = 이상·처치 등
cli-record-checkup-help = 어느 검진·보호자 기록 페이지인지: w2, m1, m2, m3-4, m6-7, m9-10, y1, y1-6, y2, y3, y4, y5, y6
cli-record-findings-help = 소견
cli-record-answer-help = 보호자 기록의 답(질문 ID=yes·no·날짜. “=”를 생략하면 yes. 여러 번 지정할 수 있습니다. 변경할 때는 “ID=”로 답을 지울 수 있습니다)
cli-record-teeth-help = 치아 수(0–32)
cli-record-caries-help = 충치 수(0–20)
cli-record-fluoride-help = 불소 도포: yes 또는 no
cli-record-test-help = 검사: vision(시각), hearing(청각), newborn-hearing(신생아 청각), congenital-cmv(선천성 거대세포바이러스)
cli-record-result-help = 결과: pass(통과), refer(재검사 필요), not-done(받지 않음). 선천성 거대세포바이러스 검사는 negative(음성), positive(양성), not-done
cli-record-start-help = 복용 시작일(예: 2025-04-01)
cli-record-end-help = 복용 종료일(선택)
cli-record-medicine-name-help = 약 이름
cli-record-instructions-help = 복용 방법·양
cli-record-birth-exists = 출생 기록이 이미 있습니다(기록 #{ $id }). 고치려면 “hagu record edit { $id } birth …”를 사용해 주세요. 아무것도 변경하지 않았습니다.
