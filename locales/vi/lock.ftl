# Hagukumi — Tiếng Việt (vi), lock.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader (the picker says so).
## The app lock (PIN or passphrase, auto-lock, biometrics on phones)

## The lock screen

lock-title = Đang khóa
lock-body = Hãy mở khóa để mở sổ tay. Khi đang khóa, nội dung sổ tay sẽ không được hiển thị.
lock-pin = Mã PIN
lock-pin-hint = 6 đến 12 chữ số
lock-passphrase = Cụm mật khẩu
lock-passphrase-hint = Ít nhất 8 ký tự
lock-unlock = Mở khóa
lock-checking = Đang kiểm tra…
lock-biometric = Mở khóa bằng sinh trắc học hoặc mật mã của thiết bị
lock-biometric-reason = Mở khóa Hagukumi
lock-biometric-cancel = Hủy
lock-wait-seconds = Đã nhập sai { $failures } lần liên tiếp. Hãy thử lại sau { $seconds } giây. Dữ liệu trong sổ tay không bị xóa.

## Settings

lock-settings-title = Khóa ứng dụng
lock-settings-body = Hỏi mã PIN hoặc cụm mật khẩu trước khi mở sổ tay. Ứng dụng cũng tự động khóa khi không thao tác một lúc, hoặc khi bạn chuyển sang ứng dụng khác. Dù quên, dữ liệu trong sổ tay cũng không bị xóa (chỉ là phải chờ lâu hơn giữa các lần thử).
lock-kind = Cách mở khóa
lock-kind-pin = Mã PIN (chữ số)
lock-kind-passphrase = Cụm mật khẩu
lock-new-pin = Mã PIN mới
lock-new-pin-again = Mã PIN mới (nhập lại để xác nhận)
lock-new-passphrase = Cụm mật khẩu mới
lock-new-passphrase-again = Cụm mật khẩu mới (nhập lại để xác nhận)
lock-idle = Tự động khóa khi không thao tác trong
lock-idle-minutes = { $minutes ->
   *[other] { $minutes } phút
}
lock-enable = Đặt khóa
lock-enabled = Đã đặt khóa.
lock-idle-saved = Đã thay đổi thời gian trước khi tự động khóa.
lock-on = Mở khóa bằng: { $kind }. Tự động khóa khi không thao tác trong { $minutes ->
   *[other] { $minutes } phút
}.
lock-now = Khóa ngay
lock-disable = Tắt khóa (cần mã PIN hoặc cụm mật khẩu hiện tại)
lock-disabled = Đã tắt khóa.

## Errors

lock-locked = Sổ tay đang bị khóa. Hãy mở khóa trước.
lock-wrong = Mã PIN hoặc cụm mật khẩu không đúng. Hãy nhập lại.
lock-wait = Đã nhập sai nhiều lần liên tiếp: hãy chờ một chút rồi thử lại. Dữ liệu trong sổ tay không bị xóa.
lock-not-set = Sổ tay này chưa được đặt khóa.
lock-error-pin = Mã PIN phải gồm 6 đến 12 chữ số.
lock-error-passphrase = Cụm mật khẩu phải có từ 8 đến 128 ký tự.
lock-error-mismatch = Hai lần nhập không khớp nhau. Hãy nhập lại cùng một nội dung.
lock-error-idle = Hãy chọn thời gian trước khi tự động khóa từ danh sách.
lock-biometric-failed = Không thể mở khóa bằng sinh trắc học hoặc mật mã thiết bị. Hãy thử lại, hoặc nhập mã PIN hoặc cụm mật khẩu.
lock-biometric-unavailable = Không thể dùng sinh trắc học trên thiết bị này. Hãy nhập mã PIN hoặc cụm mật khẩu.
