# Hagukumi — Bahasa Indonesia (id), lock.ftl. Machine-assisted translation, NOT yet reviewed by a fluent reader.
## Kunci aplikasi (PIN atau frasa sandi, kunci otomatis, biometrik di ponsel).

## Layar kunci

lock-title = Terkunci
lock-body = Buka kunci untuk membuka buku. Selama terkunci, isi buku tidak ditampilkan.
lock-pin = PIN
lock-pin-hint = 6 sampai 12 angka
lock-passphrase = Frasa sandi
lock-passphrase-hint = Minimal 8 karakter
lock-unlock = Buka kunci
lock-checking = Memeriksa…
lock-biometric = Buka dengan biometrik atau kode sandi perangkat
lock-biometric-reason = Buka kunci Hagukumi
lock-biometric-cancel = Batal
lock-wait-seconds = Salah { $failures } kali berturut-turut. Coba lagi dalam { $seconds } detik. Data buku Anda tidak terhapus.

## Pengaturan

lock-settings-title = Kunci aplikasi
lock-settings-body = Meminta PIN atau frasa sandi sebelum buku dibuka. Aplikasi juga terkunci sendiri setelah beberapa saat tidak digunakan dan saat Anda beralih ke aplikasi lain. Jika Anda lupa, data buku tidak akan pernah terhapus (Anda hanya perlu menunggu lebih lama di antara percobaan).
lock-kind = Cara membuka kunci
lock-kind-pin = PIN (angka)
lock-kind-passphrase = Frasa sandi
lock-new-pin = PIN baru
lock-new-pin-again = PIN baru (sekali lagi, untuk memastikan)
lock-new-passphrase = Frasa sandi baru
lock-new-passphrase-again = Frasa sandi baru (sekali lagi, untuk memastikan)
lock-idle = Kunci otomatis setelah tidak digunakan selama
lock-idle-minutes = { $minutes ->
   *[other] { $minutes } menit
}
lock-enable = Pasang kunci
lock-enabled = Kunci sudah dipasang.
lock-idle-saved = Waktu sampai kunci otomatis sudah diubah.
lock-on = Dibuka dengan: { $kind }. Terkunci otomatis setelah { $minutes ->
   *[other] { $minutes } menit
} tidak digunakan.
lock-now = Kunci sekarang
lock-disable = Matikan kunci (perlu PIN atau frasa sandi saat ini)
lock-disabled = Kunci sudah dimatikan.

## Kesalahan

lock-locked = Buku sedang terkunci. Buka kuncinya terlebih dahulu.
lock-wrong = PIN atau frasa sandi salah. Silakan ketik lagi.
lock-wait = Terlalu sering salah berturut-turut: tunggu sebentar, lalu coba lagi. Data buku Anda tidak terhapus.
lock-not-set = Buku ini tidak memiliki kunci.
lock-error-pin = PIN harus terdiri dari 6 sampai 12 angka.
lock-error-passphrase = Frasa sandi harus terdiri dari 8 sampai 128 karakter.
lock-error-mismatch = Kedua isian tidak sama. Silakan ketik hal yang sama dua kali.
lock-error-idle = Silakan pilih waktu sampai kunci otomatis dari daftar.
lock-biometric-failed = Tidak dapat membuka dengan biometrik atau kode sandi. Coba lagi, atau ketik PIN atau frasa sandi.
lock-biometric-unavailable = Biometrik tidak dapat digunakan di perangkat ini. Silakan ketik PIN atau frasa sandi.
