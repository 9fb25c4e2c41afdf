# Hagukumi — Tiếng Việt (vi), schedule.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## Schedule: vaccines, checkups, reasons
## Dates ($date, $from, $until) arrive already formatted by the caller.
## $vaccine / $other are the text of a vaccine name (schedule-vaccine-…).

## Vaccine names
schedule-vaccine-hepb = Viêm gan B
schedule-vaccine-rotavirus-rv1 = Rota (đơn giá, Rotarix)
schedule-vaccine-rotavirus-rv5 = Rota (5 giá, RotaTeq)
schedule-vaccine-pcv = Phế cầu khuẩn cho trẻ em (PCV)
schedule-vaccine-dpt-ipv-hib = Vắc-xin 5 trong 1 (DPT-IPV-Hib)
schedule-vaccine-dpt-ipv = Vắc-xin 4 trong 1 (DPT-IPV)
schedule-vaccine-hib = Hib
schedule-vaccine-bcg = BCG
schedule-vaccine-mr = Sởi – Rubella (MR)
schedule-vaccine-varicella = Thủy đậu
schedule-vaccine-je = Viêm não Nhật Bản
schedule-vaccine-dt = Bạch hầu – Uốn ván (DT)
schedule-vaccine-hpv = HPV (phòng ung thư cổ tử cung)
schedule-vaccine-mumps = Quai bị
schedule-vaccine-influenza = Cúm
schedule-vaccine-other = Vắc-xin khác
schedule-vaccine-pcv15 = Phế cầu khuẩn cho trẻ em (15 giá, PCV15)
schedule-vaccine-rsv-maternal = Vắc-xin RSV cho mẹ bầu (miễn dịch mẹ – con)
schedule-cohort-mr-fy2024-period-1 = Biện pháp đặc biệt cho MR kỳ 1: trẻ sinh từ 2/4/2022 đến 1/4/2023 chưa tiêm được do thiếu vắc-xin trong năm tài chính 2024 có thể tiêm chủng định kỳ từ 1/4/2025 đến 31/3/2027 nếu được chính quyền địa phương (thành phố, quận, thị trấn, làng) chấp thuận
schedule-cohort-mr-fy2024-period-2 = Biện pháp đặc biệt cho MR kỳ 2: trẻ sinh từ 2/4/2018 đến 1/4/2019 chưa tiêm được do thiếu vắc-xin trong năm tài chính 2024 có thể tiêm chủng định kỳ từ 1/4/2025 đến 31/3/2027 nếu được chính quyền địa phương (thành phố, quận, thị trấn, làng) chấp thuận
schedule-cohort-je-1995-2007 = Quy định đặc biệt cho viêm não Nhật Bản (sinh từ 2/4/1995 đến 1/4/2007: đến trước 20 tuổi)
schedule-cohort-je-2007-2009 = Quy định đặc biệt cho viêm não Nhật Bản (sinh từ 2/4/2007 đến 1/10/2009: các mũi còn lại của kỳ 1 tiêm lúc 9–13 tuổi)

## Checkup names
schedule-checkup-child-1m = Khám sức khỏe trẻ 1 tháng tuổi
schedule-checkup-child-3-4m = Khám sức khỏe trẻ 3–6 tháng tuổi
schedule-checkup-child-6-7m = Khám sức khỏe trẻ 6–7 tháng tuổi
schedule-checkup-child-9-10m = Khám sức khỏe trẻ 9–11 tháng tuổi
schedule-checkup-child-1y6m = Khám sức khỏe trẻ 1 tuổi 6 tháng
schedule-checkup-child-3y = Khám sức khỏe trẻ 3 tuổi
schedule-checkup-child-5y = Khám sức khỏe trẻ 5 tuổi
schedule-checkup-postnatal-2w = Khám sau sinh (2 tuần sau sinh)
schedule-checkup-postnatal-1m = Khám sau sinh (1 tháng sau sinh)
schedule-checkup-prenatal = Khám thai
schedule-checkup-other = Khám sức khỏe khác

## Dose labels
schedule-dose-nth = Mũi { $n }
schedule-dose-primary = Mũi cơ bản { $n }
schedule-dose-booster = Mũi nhắc lại
schedule-dose-period = Kỳ { $period }
schedule-dose-period-primary = Kỳ { $period }, mũi cơ bản { $n }
schedule-dose-period-booster = Kỳ { $period }, mũi nhắc lại
schedule-visit-nth = Lần { $n }

## Reasons
schedule-reason-given = Đã tiêm ngày { $date }
schedule-reason-given-as = Đã tiêm ngày { $date } với tên { $vaccine }
schedule-reason-record-before-interval = Mũi tiêm này cách mũi { $after } ngắn hơn quy định (theo quy định là từ { $date })
schedule-reason-record-live-too-close = Mũi tiêm này cách vắc-xin sống dạng tiêm ({ $vaccine }, { $date }) chưa đủ 27 ngày
schedule-reason-record-not-routine = Mũi tiêm này nằm ngoài thời kỳ tiêm chủng định kỳ
schedule-reason-age-from = Có thể tiêm từ { $date }
schedule-reason-min-interval = Mũi { $dose }: cách mũi { $after } ({ $date }) ít nhất { $days } ngày
schedule-reason-min-interval-months = Mũi { $dose }: cách mũi { $after } ({ $date }) ít nhất { $months } tháng
schedule-reason-after-previous = Mũi { $dose }: sau mũi { $after }
schedule-reason-live-interval = Cách vắc-xin sống dạng tiêm ({ $vaccine }, { $date }) ít nhất { $days } ngày (nếu cùng ngày thì có thể tiêm đồng thời)
schedule-reason-recommended-from = Thời điểm tiêm tiêu chuẩn: từ { $date }
schedule-reason-recommended-by = Thời điểm tiêm tiêu chuẩn: đến { $date }
schedule-reason-funded-until = Được tiêm bằng chi phí công (miễn phí) đến { $date }
schedule-reason-funded-window-closing = Thời hạn được tiêm bằng chi phí công còn { $days } ngày (đến { $date })
schedule-reason-funded-window-closed = Không thể tiêm trong thời hạn chi phí công (đến { $date }). Nếu tiêm, đây sẽ là tiêm chủng tự nguyện (tự trả phí)
schedule-reason-age-limit = Sau { $date } thì không thể tiêm
schedule-reason-dose-skipped = Vì chưa tiêm trước { $date } nên bỏ qua mũi này (chuyển sang mũi tiếp theo)
schedule-reason-dose-skipped-previous-late = Vì mũi { $after } được tiêm vào hoặc sau { $date } nên bỏ qua mũi này
schedule-reason-previous-missed = Vì không thể tiêm mũi { $after } nên cũng không thể tiêm mũi này
schedule-reason-later-dose-recorded = Mũi { $later } đã được ghi lại nên mũi này không được đưa vào lịch
schedule-reason-dose-count = Tổng cộng { $count } mũi, tùy theo tháng tuổi khi tiêm mũi 1 ({ $date })
schedule-reason-product-choice = Cũng có thể chọn { $other } (tiêm cùng một loại vắc-xin đến hết)
schedule-reason-replaced-by = Vì đã ngừng bán, các mũi còn lại có thể chuyển sang { $vaccine } (hãy hỏi ý kiến bác sĩ)
schedule-reason-chronological-age = Trẻ sinh non cũng được tiêm chủng theo tháng tuổi tính từ ngày sinh thực tế
schedule-reason-girls-only = Đối tượng tiêm chủng định kỳ là bé gái
schedule-reason-voluntary = Tiêm chủng tự nguyện (tự trả phí; có thể có hỗ trợ của chính quyền địa phương)
schedule-reason-season = Mùa này: { $from } – { $until }
schedule-reason-cohort = { $cohort }
schedule-reason-routine-from = Là tiêm chủng định kỳ từ { $date }
schedule-reason-checkup-done = Đã khám ngày { $date }
schedule-reason-checkup-window = Khám trong khoảng từ { $from } đến { $until }
schedule-reason-checkup-law = Khám sức khỏe theo quy định của Luật Sức khỏe Bà mẹ và Trẻ em (母子保健法)
schedule-reason-checkup-municipal = Khám sức khỏe do chính quyền địa phương tổ chức hoặc hỗ trợ (thời điểm và cách thức khác nhau tùy địa phương)
schedule-reason-checkup-window-passed = Đã quá thời hạn (đến { $date })
schedule-reason-prenatal-week = Khoảng tuần thai thứ { $week }
schedule-reason-pregnancy-ended = Đã kết thúc với ca sinh ngày { $date }
schedule-reason-from-expected-date = Vì chưa đăng ký ngày sinh nên đang tính từ ngày dự sinh ({ $date })
