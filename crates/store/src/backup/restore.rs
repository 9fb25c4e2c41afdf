//! Restoring a backup into a folder: the checks, the crash-safe swap with
//! the handbook that was there (put back if anything fails), and finishing
//! a swap an earlier run left half done.

use super::*;

/// Restores the backup `file` into the folder `dir`, with its recovery code.
///
/// Everything is checked before anything is replaced: the header, the
/// checksum (a truncated or damaged file), the code (AES-GCM
/// authentication), that the database inside is this backup's handbook and
/// opens with its key, SQLCipher's and SQLite's integrity checks, and its
/// schema version (a newer one is [`StoreError::NewerSchema`]). A folder
/// holding another handbook is refused ([`BackupProblem::OtherHandbook`]).
/// Any refusal leaves `dir` as it was.
///
/// The current handbook (same handbook, older or newer state) is kept as
/// `hagukumi.db.previous` (with its WAL, recovery file and, when the salt
/// changes, its salt as `*.previous`) until the restored one has opened,
/// then removed; should any step of the swap or that open fail, all of it
/// is put back. Close every [`Store`] of `dir` first.
///
/// The key goes into this machine's OS credential store under the
/// handbook's id; restoring over the same passphrase handbook keeps its
/// passphrase (the backup carries the same key). On a machine without a
/// credential store, restoring into a new folder is
/// [`StoreError::NoKeyStore`].
pub fn restore(file: &Path, code: &RecoveryCode, dir: &Path) -> Result<Store> {
    restore_with(file, code, dir, &KeySource::OsCredentialStore)
}

/// [`restore`], or for a machine without a credential store: with a
/// passphrase in `source` (at least [`crate::MIN_PASSPHRASE_CHARS`]
/// characters) the restored handbook is a passphrase handbook. If that
/// passphrase already gives the backup's key (the same passphrase handbook
/// is in `dir`), it is kept as it is; otherwise the restored database is
/// re-keyed for it (backup API, no plaintext, same id) and a new salt is
/// put in place with it.
pub fn restore_with(
    file: &Path,
    code: &RecoveryCode,
    dir: &Path,
    source: &KeySource,
) -> Result<Store> {
    use std::io::{Seek, Write};
    let passphrase = source.passphrase();
    if passphrase
        .as_ref()
        .is_some_and(|p| p.chars().count() < crate::MIN_PASSPHRASE_CHARS)
    {
        return Err(StoreError::PassphraseTooShort);
    }
    let damaged = |what: &str| StoreError::from(BackupProblem::Damaged(what.into()));
    let header = inspect(file)?;
    let start = MAGIC.len()
        + serde_json::to_vec(&header)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?
            .len()
        + 1;
    let open_payload = || -> Result<std::io::BufReader<std::fs::File>> {
        let mut f = std::fs::File::open(file).map_err(|e| StoreError::io(file, e))?;
        f.seek(std::io::SeekFrom::Start(start as u64))
            .map_err(|e| StoreError::io(file, e))?;
        Ok(std::io::BufReader::new(f))
    };
    // The header as written is what was parsed (else it was changed).
    {
        let mut head = vec![0u8; start];
        std::fs::File::open(file)
            .and_then(|mut f| f.read_exact(&mut head))
            .map_err(|_| damaged("header"))?;
        let mut line =
            serde_json::to_vec(&header).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        line.push(b'\n');
        if head[MAGIC.len()..] != line[..] {
            return Err(damaged("header"));
        }
    }
    let file_len = std::fs::metadata(file)
        .map_err(|e| StoreError::io(file, e))?
        .len();
    if file_len - start as u64 != header.payload_bytes {
        return Err(damaged(
            "the file is shorter or longer than its header says",
        ));
    }
    // Pass 1: the checksum, before any key is derived.
    if sha256_hex(open_payload()?, file)? != header.payload_sha256 {
        return Err(damaged("checksum"));
    }
    let id: HandbookId = header
        .handbook_id
        .parse()
        .map_err(|()| damaged("header: handbook_id"))?;
    let chunk = header.chunk_bytes as usize;
    if !(4096..=(64 << 20)).contains(&chunk) {
        return Err(damaged("header: chunk_bytes"));
    }
    let sealed_chunk = (chunk + SEAL_OVERHEAD) as u64;
    let chunks = header.payload_bytes.div_ceil(sealed_chunk);
    let last_len = header.payload_bytes - (chunks.max(1) - 1) * sealed_chunk;
    if chunks == 0 || last_len <= SEAL_OVERHEAD as u64 {
        return Err(damaged("payload"));
    }

    // The folder: another handbook there is refused before any work.
    let db = dir.join(DB_FILE);
    let existing = if is_nonempty_file(&db) {
        Some(HandbookId::of_file(&db)?)
    } else {
        None
    };
    if existing.is_some_and(|current| current != id) {
        return Err(BackupProblem::OtherHandbook.into());
    }

    let seal = RecoveryKey::derive(code, &header.kdf)
        .map_err(|e| match e {
            SealError::Format(field) => BackupProblem::Damaged(format!("header: {field}")),
            SealError::Authentication => BackupProblem::WrongCode,
        })?
        .subkey(BACKUP_PURPOSE);
    let base_aad = aad(&header)?;
    let mut payload = open_payload()?;
    let mut sealed = vec![0u8; sealed_chunk as usize];
    // Chunk 0 proves the code and carries the key and the image's start.
    let first_len = if chunks == 1 { last_len } else { sealed_chunk } as usize;
    payload
        .read_exact(&mut sealed[..first_len])
        .map_err(|_| damaged("payload"))?;
    let first = seal
        .open(&chunk_aad(&base_aad, 0, chunks == 1), &sealed[..first_len])
        .map_err(|_| BackupProblem::WrongCode)?;
    if first.len() < KEY_LEN + 16 {
        return Err(damaged("payload"));
    }
    let key = DbKey::from_bytes(&first[..KEY_LEN]).expect("32 bytes");
    if HandbookId::of_bytes(&first[KEY_LEN..]) != Some(id) {
        return Err(damaged("the database inside is of another handbook"));
    }
    // Restoring over the same passphrase handbook keeps the passphrase, as
    // long as the backup's key is still the one the passphrase gives (not
    // after a re-keying): else the key goes to the credential store.
    let same_passphrase_handbook = existing == Some(id)
        && match (&passphrase, std::fs::read(dir.join(SALT_FILE))) {
            (_, Err(_)) => false,
            (Some(p), Ok(salt)) => DbKey::derive(p, &salt).as_bytes() == key.as_bytes(),
            (None, Ok(_)) => crate::key_opens(&db, &key),
        };
    // Keep the passphrase as it is, re-key for a new one, or the store.
    let method = if same_passphrase_handbook || passphrase.is_some() {
        KeyMethod::Passphrase
    } else {
        KeyMethod::OsCredentialStore
    };
    let rekey = method == KeyMethod::Passphrase && !same_passphrase_handbook;
    // Is there a credential store? Asked before anything is written. The
    // entry as it is goes back should the restore fail.
    let account = keychain::key_account(&id);
    let previous_secret = if method == KeyMethod::OsCredentialStore {
        Some(keychain::load_secret(&account)?.map(Zeroizing::new))
    } else {
        None
    };
    let undo_key = || match &previous_secret {
        Some(Some(secret)) => {
            let _ = keychain::save_secret(&account, secret);
        }
        Some(None) => {
            let _ = keychain::delete_secret(&account);
        }
        None => {}
    };

    create_private_dir(dir)?;
    let tmp = dir.join(RESTORE_TMP);
    let remove_tmp = || {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.join(format!("{RESTORE_TMP}{suffix}")));
        }
    };
    remove_tmp();
    // The image is SQLCipher ciphertext: nothing readable reaches the disk.
    let written = (|| -> Result<()> {
        let io = |e| StoreError::io(&tmp, e);
        let mut out = std::io::BufWriter::new(crate::create_new_file(&tmp)?);
        out.write_all(&first[KEY_LEN..]).map_err(io)?;
        for i in 1..chunks {
            let last = i + 1 == chunks;
            let len = if last { last_len } else { sealed_chunk } as usize;
            payload
                .read_exact(&mut sealed[..len])
                .map_err(|_| damaged("payload"))?;
            // The first chunk proved the code: a later one that fails was changed.
            let plain = seal
                .open(&chunk_aad(&base_aad, i, last), &sealed[..len])
                .map_err(|_| damaged("payload"))?;
            out.write_all(&plain).map_err(io)?;
        }
        let out = out.into_inner().map_err(|e| io(e.into_error()))?;
        out.sync_all().map_err(io)
    })();
    drop(first);
    if let Err(e) = written {
        remove_tmp();
        return Err(e);
    }
    let checked = (|| -> Result<()> {
        let store = Store::open_keyed(&tmp, dir, key.duplicate(), method)?;
        let report = store.verify()?;
        if !report.is_sound() {
            return Err(BackupProblem::Damaged(report.problems.join("; ")).into());
        }
        store.close()
    })();
    if let Err(e) = checked {
        remove_tmp();
        return Err(match e {
            StoreError::CannotOpen | StoreError::Corrupt(_) => {
                BackupProblem::Damaged("the database inside does not open".into()).into()
            }
            StoreError::Sqlite(e) if crate::is_damage(&e) => {
                BackupProblem::Damaged(e.to_string()).into()
            }
            other => other,
        });
    }
    let key = if let (true, Some(p)) = (rekey, &passphrase) {
        match rekey_restored(dir, &tmp, key, p) {
            Ok(key) => key,
            Err(e) => {
                remove_tmp();
                let _ = std::fs::remove_file(dir.join(SALT_RESTORING));
                let _ = std::fs::remove_file(dir.join(REKEY_TMP));
                return Err(e);
            }
        }
    } else {
        key
    };
    if method == KeyMethod::OsCredentialStore {
        if let Err(e) = keychain::save(&account, &key) {
            undo_key();
            remove_tmp();
            return Err(e);
        }
    }

    // The recovery file for the restored key, put in place with it.
    if let Err(e) = crate::custody::write_recovery_file_as(
        &dir.join(RECOVERY_RESTORING),
        &id,
        method,
        code,
        &key,
    ) {
        undo_key();
        remove_tmp();
        return Err(e);
    }

    // Swap, keeping the current handbook (database, WAL, salt and recovery
    // file) until the restored one is open. Each step is noted, so that a
    // failure at any step puts back exactly what was moved.
    let previous = dir.join(PREVIOUS);
    let previous_wal = dir.join(format!("{PREVIOUS}-wal"));
    let wal = dir.join(format!("{DB_FILE}-wal"));
    let shm = dir.join(format!("{DB_FILE}-shm"));
    let salt = dir.join(SALT_FILE);
    let recovery = dir.join(crate::RECOVERY_FILE);
    // The salt changes unless the passphrase handbook is kept as it is.
    let salt_changes = method == KeyMethod::OsCredentialStore || rekey;
    let mut swap = Swap::default();
    let opened = (|| -> Result<Store> {
        if existing.is_some() {
            remove_previous(dir)?;
            // The WAL before the database: a previous database never
            // stands without its WAL (see finish_interrupted_restore).
            if wal.exists() {
                rename(&wal, &previous_wal)?;
            }
            rename(&db, &previous)?;
            swap.db_aside = true;
            remove_if_exists(&shm)?;
            if salt_changes {
                set_aside(&salt, &dir.join(SALT_PREVIOUS))?;
            }
            set_aside(&recovery, &dir.join(RECOVERY_PREVIOUS))?;
        } else if method == KeyMethod::OsCredentialStore {
            // The key is in the credential store now; a salt file would send
            // the next open to a passphrase.
            remove_if_exists(&salt)?;
        }
        crate::fault("restore-swap")?;
        rename(&tmp, &db)?;
        swap.db_placed = true;
        if rekey {
            rename(&dir.join(SALT_RESTORING), &salt)?;
            swap.salt_placed = true;
        }
        rename(&dir.join(RECOVERY_RESTORING), &recovery)?;
        swap.recovery_placed = true;
        crate::fault("restore-open")?;
        Store::open_keyed(&db, dir, key, method)
            .and_then(|store| crate::custody::after_open(&store, None).map(|()| store))
    })();
    match opened {
        Ok(store) => {
            // The restored handbook is open: only now does the old go.
            remove_previous(dir)?;
            Ok(store)
        }
        Err(e) => {
            // Best effort: the error that stopped the restore is the one
            // to report. What is left is finished by the next open.
            if swap.db_placed {
                // Its WAL first: a database left without it is whole.
                let _ = std::fs::remove_file(&shm);
                let _ = std::fs::remove_file(&wal);
                if existing.is_none() {
                    if swap.salt_placed {
                        let _ = std::fs::remove_file(&salt);
                    }
                    if swap.recovery_placed {
                        let _ = std::fs::remove_file(&recovery);
                    }
                }
                let _ = std::fs::remove_file(&db);
            }
            if swap.db_aside {
                let _ = put_back_previous(dir);
            } else if existing.is_some() && previous_wal.exists() {
                let _ = rename(&previous_wal, &wal);
            }
            remove_tmp();
            for name in [SALT_RESTORING, RECOVERY_RESTORING, REKEY_TMP] {
                let _ = std::fs::remove_file(dir.join(name));
            }
            undo_key();
            Err(e)
        }
    }
}

/// How far a restore's swap got, for its rollback.
#[derive(Default)]
struct Swap {
    /// `hagukumi.db` was renamed to `hagukumi.db.previous`.
    db_aside: bool,
    /// The restored database was renamed to `hagukumi.db`.
    db_placed: bool,
    /// The restored handbook's salt was renamed to `hagukumi.salt`.
    salt_placed: bool,
    /// Its recovery file was renamed to `hagukumi.recovery`.
    recovery_placed: bool,
}

/// Moves `file` (a salt or recovery file) to `previous`; where there is
/// none, an empty `previous` says so.
fn set_aside(file: &Path, previous: &Path) -> Result<()> {
    if file.exists() {
        rename(file, previous)
    } else {
        write_new_file(previous, b"")
    }
}

/// Undoes [`set_aside`]: `previous` goes back to `file` (an empty one:
/// there was no `file`). Without `previous`, `file` was never set aside and
/// stays as it is.
fn put_back(previous: &Path, file: &Path) -> Result<()> {
    let Ok(meta) = std::fs::metadata(previous) else {
        return Ok(());
    };
    if meta.len() == 0 {
        remove_if_exists(file)?;
        remove_if_exists(previous)
    } else {
        rename(previous, file)
    }
}

/// Puts back the handbook a restore set aside (its database is missing):
/// its WAL, salt and recovery file, then the database itself, last, so that
/// until then a next open sees the same state and does this again.
fn put_back_previous(dir: &Path) -> Result<()> {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        remove_if_exists(&dir.join(format!("{RESTORE_TMP}{suffix}")))?;
    }
    for name in [SALT_RESTORING, RECOVERY_RESTORING, REKEY_TMP] {
        remove_if_exists(&dir.join(name))?;
    }
    remove_if_exists(&dir.join(format!("{DB_FILE}-shm")))?;
    let previous_wal = dir.join(format!("{PREVIOUS}-wal"));
    if previous_wal.exists() {
        rename(&previous_wal, &dir.join(format!("{DB_FILE}-wal")))?;
    }
    put_back(&dir.join(SALT_PREVIOUS), &dir.join(SALT_FILE))?;
    put_back(
        &dir.join(RECOVERY_PREVIOUS),
        &dir.join(crate::RECOVERY_FILE),
    )?;
    rename(&dir.join(PREVIOUS), &dir.join(DB_FILE))
}

/// Finishes what a killed or failed [`restore`] left in `dir`: with no
/// database but a kept previous one, the previous one is put back with its
/// WAL, salt and recovery file; a half-written restored file is removed; a
/// restored database in place is kept and what it replaced is removed.
pub(crate) fn finish_interrupted_restore(dir: &Path) -> Result<()> {
    crate::custody::finish_interrupted_rekey(dir)?;
    let db = dir.join(DB_FILE);
    let previous = dir.join(PREVIOUS);
    let previous_wal = dir.join(format!("{PREVIOUS}-wal"));
    if previous.exists() && !is_nonempty_file(&db) {
        return put_back_previous(dir);
    }
    if previous_wal.exists() && !previous.exists() {
        // Killed between setting aside the WAL and its database.
        rename(&previous_wal, &dir.join(format!("{DB_FILE}-wal")))?;
    }
    // The restored file still under its temporary name: nothing was
    // switched. Once it is in place, its salt and recovery file follow it.
    if dir.join(RESTORE_TMP).exists() {
        remove_if_exists(&dir.join(RECOVERY_RESTORING))?;
        remove_if_exists(&dir.join(SALT_RESTORING))?;
        remove_if_exists(&dir.join(REKEY_TMP))?;
    } else {
        if dir.join(SALT_RESTORING).exists() {
            rename(&dir.join(SALT_RESTORING), &dir.join(SALT_FILE))?;
        }
        if dir.join(RECOVERY_RESTORING).exists() {
            rename(
                &dir.join(RECOVERY_RESTORING),
                &dir.join(crate::RECOVERY_FILE),
            )?;
        }
    }
    for suffix in ["", "-journal", "-wal", "-shm"] {
        remove_if_exists(&dir.join(format!("{RESTORE_TMP}{suffix}")))?;
    }
    if is_nonempty_file(&db) {
        // The WAL before its database, as after a restore that opened.
        remove_previous(dir)?;
    }
    Ok(())
}
