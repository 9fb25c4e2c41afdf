# Hagukumi — ja-x-easy, lock.ftl: not translated yet; every message here falls back (see crates/i18n).
