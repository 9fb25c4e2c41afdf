# Hagukumi — Tiếng Việt (vi), growth.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).

## Growth: measurements, percentiles, charts
## Positions are told gently: never "abnormal", "warning" or similar.

## Growth references (hagukumi_core::growth::Reference::message_id)

growth-reference-who = Tiêu chuẩn tăng trưởng trẻ em của WHO (2006)
growth-reference-japan-2023 = Khảo sát phát triển thể chất trẻ sơ sinh và trẻ nhỏ của Nhật Bản (năm 2023)
growth-reference-unavailable = Dữ liệu của biểu đồ tăng trưởng này chưa có.
growth-reference-choose = Xem theo biểu đồ tăng trưởng nào
growth-reference-fallback = { $indicator }: vì { $chosen } không có đường biểu đồ này nên đang hiển thị đường của { $used }.

## Indicators and sex (Indicator::message_id, Sex::message_id)

growth-indicator-weight = Cân nặng
growth-indicator-length-height = Chiều cao
growth-indicator-head = Vòng đầu
growth-indicator-bmi = BMI (chỉ số Kaup)
growth-sex-male = bé trai
growth-sex-female = bé gái

## Where a measurement sits (growth::assess)

growth-point-percentile = Nằm trong dải của biểu đồ tăng trưởng (khoảng bách phân vị thứ { $percentile }).
growth-outside-band-low = Nằm dưới dải của biểu đồ tăng trưởng. Nếu bạn lo lắng, hãy hỏi khi đi khám sức khỏe.
growth-outside-band-high = Nằm trên dải của biểu đồ tăng trưởng. Nếu bạn lo lắng, hãy hỏi khi đi khám sức khỏe.

## Kaup index (growth::kaup_assessment)

growth-kaup-within = Chỉ số Kaup là { $value }, nằm trong khoảng thông thường của độ tuổi này ({ $low }–{ $high }).
growth-kaup-below = Chỉ số Kaup là { $value }, hơi thấp hơn khoảng thông thường của độ tuổi này ({ $low }–{ $high }). Vóc dáng mỗi trẻ mỗi khác; nếu bạn lo lắng, hãy hỏi khi đi khám sức khỏe.
growth-kaup-above = Chỉ số Kaup là { $value }, hơi cao hơn khoảng thông thường của độ tuổi này ({ $low }–{ $high }). Vóc dáng mỗi trẻ mỗi khác; nếu bạn lo lắng, hãy hỏi khi đi khám sức khỏe.
growth-kaup-note = Khoảng thông thường của chỉ số Kaup (theo độ tuổi, dựa trên sách "Shin Ikuji-gaku Dokuhon" của Imamura Eiichi) chỉ là mức tham khảo đại khái, dùng cho trẻ từ 3 tháng đến khoảng 5 tuổi. Đây là mức tham khảo khác với biểu đồ tăng trưởng (khảo sát của Nhật Bản, WHO).

## Charts (labels passed to growth::chart_svg)

growth-chart-title = Biểu đồ tăng trưởng { $indicator } ({ $sex })
growth-chart-desc = Dải từ bách phân vị thứ 3 đến thứ 97 theo { $reference } (có các đường bách phân vị 10, 25, 50, 75, 90) và { $count } lần đo đã ghi lại.
growth-chart-axis-age = Tháng tuổi (tháng)
growth-chart-axis-value = { $indicator } ({ $unit })
growth-chart-point = { $age }: { $value } { $unit }
growth-chart-band = Dải bách phân vị 3–97
growth-chart-corrected = Đến 2 tuổi, tuổi được hiển thị theo tháng tuổi hiệu chỉnh (tính từ ngày dự sinh).

growth-title = Biểu đồ tăng trưởng
growth-needs-sex = Biểu đồ tăng trưởng khác nhau cho bé trai và bé gái. Hãy chọn một để xem biểu đồ.
