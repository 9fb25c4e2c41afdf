//! A full disk, as SQLite and the OS report it: [`StoreError::Full`].

use crate::StoreError;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if is_full(&e) {
            StoreError::Full(e.to_string())
        } else {
            StoreError::Sqlite(e)
        }
    }
}

/// Whether SQLite failed because the storage took no more. A full disk is
/// SQLITE_FULL; a write that hits a size limit (EFBIG: RLIMIT_FSIZE, a FAT
/// file's 4 GB) or a quota comes back as SQLITE_IOERR_WRITE, told apart
/// from a failing device by the errno SQLite's write left in this thread
/// (read here, right after the failed call, before anything else runs).
fn is_full(e: &rusqlite::Error) -> bool {
    match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DiskFull => true,
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_IOERR_WRITE =>
        {
            is_full_kind(std::io::Error::last_os_error().kind())
        }
        _ => false,
    }
}

/// ENOSPC, EDQUOT, EFBIG.
pub(crate) fn is_full_kind(kind: std::io::ErrorKind) -> bool {
    use std::io::ErrorKind as K;
    matches!(kind, K::StorageFull | K::QuotaExceeded | K::FileTooLarge)
}
