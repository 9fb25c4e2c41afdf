//! Encrypted backups: one self-contained file per backup, sealed under the
//! handbook's recovery code, restorable on any machine with only the file
//! and the code.
//!
//! Format (`docs/backup-format.md`):
//!
//! ```text
//! HAGUKUMI BACKUP\n        16 bytes, the magic
//! {"format":…}\n           the header: one line of JSON (≤ 64 KiB), clear
//! chunk 0, chunk 1, …     AES-256-GCM of (database key ‖ database image),
//!                          cut into 1 MiB chunks sealed one by one
//! ```
//!
//! The header ([`BackupHeader`]) gives the format version, the handbook id,
//! when, the schema version, the KDF parameters and the payload's length and
//! SHA-256 (so damage is told apart from a wrong code before any key is
//! derived). Each chunk is sealed with [`RecoveryKey::subkey`]
//! `b"hagukumi backup v1"` and bound to the magic, the header line, its
//! index and whether it is the last, so nothing can be changed, moved or cut
//! unnoticed; memory use is one chunk, whatever the handbook's size.
//!
//! The database image is made with SQLite's online backup API while other
//! connections go on writing, into a scratch SQLCipher file under the same
//! key and salt (so never plaintext on disk, and the restored handbook keeps
//! its id); the scratch file is removed once read.

use crate::identity::{DbKey, HandbookId};
use crate::key::{KeyMethod, KeySource};
use crate::recovery::{KdfParams, RecoveryCode, RecoveryKey, SealError};
use crate::{
    create_private_dir, is_nonempty_file, keychain, remove_if_exists, rename, write_new_file,
    Result, Store, StoreError, DB_FILE, SALT_FILE,
};
use hagukumi_core::chrono::{DateTime, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

mod restore;
pub(crate) use restore::finish_interrupted_restore;
pub use restore::{restore, restore_with};

/// The first 16 bytes of every backup file.
pub const MAGIC: &[u8; 16] = b"HAGUKUMI BACKUP\n";
/// The header's `format`.
pub const BACKUP_FORMAT: &str = "hagukumi-backup";
/// The backup format version this build writes and reads.
pub const BACKUP_VERSION: u32 = 1;
/// The extension of backup files (`hagukumi-YYYYMMDD-HHMMSS.hagukumi-backup`).
pub const BACKUP_EXTENSION: &str = "hagukumi-backup";
/// HKDF purpose of the key that seals backups.
const BACKUP_PURPOSE: &[u8] = b"hagukumi backup v1";
const MAX_HEADER: usize = 64 * 1024;
const KEY_LEN: usize = 32;
const RESTORE_TMP: &str = "hagukumi.db.restoring";
const PREVIOUS: &str = "hagukumi.db.previous";
const RECOVERY_RESTORING: &str = "hagukumi.recovery.restoring";
const SALT_RESTORING: &str = "hagukumi.salt.restoring";
const REKEY_TMP: &str = "hagukumi.db.restoring-rekeyed";
/// The salt a restore replaced, kept until the restored database is open.
/// Empty: there was none (the restore put a salt where there was none).
const SALT_PREVIOUS: &str = "hagukumi.salt.previous";
/// The recovery file a restore replaced, kept with `hagukumi.db.previous`
/// (empty: there was none).
const RECOVERY_PREVIOUS: &str = "hagukumi.recovery.previous";

/// Re-keys the checked restored database `tmp` for `passphrase` with a new
/// salt (written as `hagukumi.salt.restoring`); returns the new key.
fn rekey_restored(dir: &Path, tmp: &Path, key: DbKey, passphrase: &str) -> Result<DbKey> {
    use ring::rand::SecureRandom as _;
    let mut salt = [0u8; crate::key::SALT_LEN];
    ring::rand::SystemRandom::new()
        .fill(&mut salt)
        .map_err(|_| StoreError::Random)?;
    let new_key = DbKey::derive(passphrase, &salt);
    let rekeyed = dir.join(REKEY_TMP);
    remove_if_exists(&rekeyed)?;
    let store = Store::open_keyed(tmp, dir, key, KeyMethod::Passphrase)?;
    let copied = snapshot_keyed(&store, &rekeyed, &new_key);
    store.close()?;
    copied?;
    if !crate::key_opens(&rekeyed, &new_key) {
        return Err(StoreError::Corrupt(
            "the re-keyed copy does not open".into(),
        ));
    }
    rename(&rekeyed, tmp)?;
    remove_if_exists(&dir.join(SALT_RESTORING))?;
    write_new_file(&dir.join(SALT_RESTORING), &salt)?;
    Ok(new_key)
}

/// Why a backup could not be written, read or restored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupProblem {
    /// The file is not a Hagukumi backup.
    #[error("this file is not a Hagukumi backup")]
    NotABackup,
    /// A backup format this build does not know.
    #[error("backup format version {0} is not supported")]
    Version(u32),
    /// Truncated, changed, or its database is damaged (names what failed).
    #[error("the backup is damaged: {0}")]
    Damaged(String),
    /// The code does not open it (or it was changed in a way that keeps
    /// the checksum: AES-GCM's tag does not tell these apart).
    #[error("this recovery code does not open this backup")]
    WrongCode,
    /// The backup is of another handbook than the one in the folder.
    #[error("the backup is of another handbook than the one in this folder")]
    OtherHandbook,
    /// The handbook has no recovery code to seal the backup with.
    #[error("the handbook has no recovery code yet")]
    NoCode,
    /// A backup was to be written over a file that is not a Hagukumi
    /// backup (a photo, a document, a database): it is left as it is.
    #[error("a file that is not a Hagukumi backup is already there")]
    WouldReplaceOtherFile,
    /// A backup was to be written inside the handbook's own folder, where
    /// it could replace the handbook itself (and is lost with it).
    #[error("a backup cannot be written inside the handbook's own folder")]
    InsideHandbookFolder,
    /// The automatic backups' folder is not there (an unmounted drive or
    /// cloud folder, say): it is not made up locally.
    #[error("the backup folder is not there")]
    FolderMissing,
}

impl BackupProblem {
    /// The Fluent message that explains the problem to a parent.
    pub fn message_id(&self) -> &'static str {
        match self {
            BackupProblem::NotABackup => "error-backup-not-a-backup",
            BackupProblem::Version(_) => "error-backup-version",
            BackupProblem::Damaged(_) => "error-backup-damaged",
            BackupProblem::WrongCode => "error-backup-wrong-code",
            BackupProblem::OtherHandbook => "error-backup-other-handbook",
            BackupProblem::NoCode => "error-backup-no-code",
            BackupProblem::WouldReplaceOtherFile => "error-backup-would-replace-other-file",
            BackupProblem::InsideHandbookFolder => "error-backup-inside-handbook-folder",
            BackupProblem::FolderMissing => "error-backup-folder-missing",
        }
    }
}

/// The clear header of a backup file, readable without the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupHeader {
    /// Always [`BACKUP_FORMAT`].
    pub format: String,
    /// [`BACKUP_VERSION`].
    pub version: u32,
    /// The [`HandbookId`] of the handbook backed up (32 hex digits).
    pub handbook_id: String,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_at: String,
    /// The handbook's schema version when it was backed up.
    pub schema_version: u32,
    /// How the sealing key was derived from the recovery code.
    pub kdf: KdfParams,
    /// Plaintext bytes per sealed chunk (the last chunk may be shorter).
    pub chunk_bytes: u32,
    /// Length of the sealed payload that follows the header.
    pub payload_bytes: u64,
    /// SHA-256 of the sealed payload, lowercase hex.
    pub payload_sha256: String,
}

/// What [`write`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub path: PathBuf,
    /// Size of the file in bytes.
    pub size: u64,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_at: String,
    pub handbook_id: HandbookId,
    pub schema_version: u32,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of everything `payload` (read from `file`) still holds, in hex.
fn sha256_hex(mut payload: impl Read, file: &Path) -> Result<String> {
    let mut sum = ring::digest::Context::new(&ring::digest::SHA256);
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = read_full(&mut payload, &mut buf).map_err(|e| StoreError::io(file, e))?;
        if n == 0 {
            break;
        }
        sum.update(&buf[..n]);
    }
    Ok(hex(sum.finish().as_ref()))
}

fn now_utc() -> NaiveDateTime {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0)
        .unwrap_or_default()
        .naive_utc()
}

/// Writes a backup of `store` to `out`, sealed under the handbook's own
/// recovery code (kept inside it). Other connections may go on writing
/// meanwhile; the backup is one consistent state. The file is 0600 and
/// appears whole or not at all.
///
/// An existing `out` is replaced only when it is a Hagukumi backup
/// (otherwise [`BackupProblem::WouldReplaceOtherFile`]), and nothing is
/// written inside the handbook's own folder
/// ([`BackupProblem::InsideHandbookFolder`]); either refusal writes nothing.
pub fn write(store: &Store, out: &Path) -> Result<BackupInfo> {
    check_destination(store, out)?;
    write_at(store, out, now_utc())
}

/// Refuses a destination `out` that [`write`] must not use.
fn check_destination(store: &Store, out: &Path) -> Result<()> {
    refuse_inside_handbook(store, out)?;
    match std::fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(out, e)),
        Ok(_) => {
            let mut head = [0u8; MAGIC.len()];
            let is_backup = std::fs::File::open(out)
                .and_then(|mut f| f.read_exact(&mut head))
                .is_ok()
                && head == *MAGIC;
            if is_backup {
                Ok(())
            } else {
                Err(BackupProblem::WouldReplaceOtherFile.into())
            }
        }
    }
}

/// [`BackupProblem::InsideHandbookFolder`] when `out` is inside the
/// handbook's own folder (links resolved).
fn refuse_inside_handbook(store: &Store, out: &Path) -> Result<()> {
    let canonical = |p: &Path| std::fs::canonicalize(p).ok();
    let home = canonical(store.dir()).unwrap_or_else(|| store.dir().to_owned());
    // The file itself when it is there (through any link), else its folder.
    let place = canonical(out).or_else(|| {
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
        canonical(parent.unwrap_or(Path::new(".")))
            .map(|p| p.join(out.file_name().unwrap_or_default()))
    });
    if place.as_deref().is_some_and(|p| p.starts_with(&home)) || out.starts_with(store.dir()) {
        return Err(BackupProblem::InsideHandbookFolder.into());
    }
    Ok(())
}

fn write_at(store: &Store, out: &Path, now: NaiveDateTime) -> Result<BackupInfo> {
    use std::io::{Seek, Write};
    let code = store.recovery_code()?.ok_or(BackupProblem::NoCode)?;
    let scratch = Scratch(scratch_path(store, out));
    snapshot(store, &scratch.0)?;
    let image_len = std::fs::metadata(&scratch.0)
        .map_err(|e| StoreError::io(&scratch.0, e))?
        .len();
    let plain_len = KEY_LEN as u64 + image_len;
    let chunks = plain_len.div_ceil(CHUNK as u64);
    let sealed_len = plain_len + chunks * SEAL_OVERHEAD as u64;
    let kdf = KdfParams::generate()?;
    let seal = RecoveryKey::derive(&code, &kdf)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?
        .subkey(BACKUP_PURPOSE);
    let created_at = crate::stamp(now);
    let schema_version = store.schema_version()?;
    // The checksum is of the sealed bytes: written as a placeholder of the
    // same length, filled in at the end. The AAD is the magic and the header
    // with an empty checksum (see `aad`).
    let header = BackupHeader {
        format: BACKUP_FORMAT.into(),
        version: BACKUP_VERSION,
        handbook_id: store.handbook_id().to_string(),
        created_at: created_at.clone(),
        schema_version,
        kdf,
        chunk_bytes: CHUNK as u32,
        payload_bytes: sealed_len,
        payload_sha256: "0".repeat(64),
    };
    let base_aad = aad(&header)?;
    let mut line = serde_json::to_vec(&header).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    line.push(b'\n');
    let marker = b"\"payload_sha256\":\"";
    let sum_at = MAGIC.len()
        + line
            .windows(marker.len())
            .position(|w| w == marker)
            .expect("the header has the field")
        + marker.len();

    let tmp = tmp_path(out);
    remove_if_exists(&tmp)?;
    let written = (|| -> Result<()> {
        let io = |e| StoreError::io(&tmp, e);
        let mut file = std::io::BufWriter::new(crate::create_new_file(&tmp)?);
        file.write_all(MAGIC).map_err(io)?;
        file.write_all(&line).map_err(io)?;
        let image = std::fs::File::open(&scratch.0).map_err(|e| StoreError::io(&scratch.0, e))?;
        let mut plain = std::io::Cursor::new(&store.key.as_bytes()[..]).chain(image);
        let mut buf = Zeroizing::new(vec![0u8; CHUNK]);
        let mut sum = ring::digest::Context::new(&ring::digest::SHA256);
        for i in 0..chunks {
            let n = read_full(&mut plain, &mut buf).map_err(|e| StoreError::io(&scratch.0, e))?;
            let sealed = seal.seal(&chunk_aad(&base_aad, i, i + 1 == chunks), &buf[..n])?;
            sum.update(&sealed);
            file.write_all(&sealed).map_err(io)?;
        }
        let mut file = file.into_inner().map_err(|e| io(e.into_error()))?;
        file.seek(std::io::SeekFrom::Start(sum_at as u64))
            .map_err(io)?;
        file.write_all(hex(sum.finish().as_ref()).as_bytes())
            .map_err(io)?;
        file.sync_all().map_err(io)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    rename(&tmp, out)?;
    Ok(BackupInfo {
        path: out.to_owned(),
        size: (MAGIC.len() + line.len()) as u64 + sealed_len,
        created_at,
        handbook_id: store.handbook_id(),
        schema_version,
    })
}

/// Plaintext bytes per sealed chunk: memory stays small whatever the size
/// of the handbook (photos included).
const CHUNK: usize = 1 << 20;
/// AES-GCM's nonce and tag around each chunk.
const SEAL_OVERHEAD: usize = 12 + 16;

/// The scratch database, in the handbook's own folder (never in a cloud
/// folder); removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let mut journal = self.0.as_os_str().to_owned();
        journal.push("-journal");
        let _ = std::fs::remove_file(PathBuf::from(journal));
    }
}

fn scratch_path(store: &Store, out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_owned();
    name.push(SNAPSHOT_SUFFIX);
    store.dir().join(name)
}

const SNAPSHOT_SUFFIX: &str = ".snapshot";
const TMP_SUFFIX: &str = ".tmp";

fn tmp_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(TMP_SUFFIX);
    PathBuf::from(name)
}

/// Reads until `buf` is full or the end; the number of bytes read.
/// Removes what a restore set aside of the previous handbook.
fn remove_previous(dir: &Path) -> Result<()> {
    for name in [
        &format!("{PREVIOUS}-wal"),
        PREVIOUS,
        SALT_PREVIOUS,
        RECOVERY_PREVIOUS,
    ] {
        remove_if_exists(&dir.join(name))?;
    }
    Ok(())
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Chunk `index` (and whether it is the last) is bound to its place, so
/// chunks cannot be reordered, dropped or the file cut at a chunk boundary.
fn chunk_aad(base: &[u8], index: u64, last: bool) -> Vec<u8> {
    let mut aad = base.to_vec();
    aad.extend_from_slice(&index.to_be_bytes());
    aad.push(u8::from(last));
    aad
}

/// The associated data that binds the payload: the magic and the header
/// with an empty checksum (the checksum is of the sealed bytes).
fn aad(header: &BackupHeader) -> Result<Vec<u8>> {
    let mut unsummed = header.clone();
    unsummed.payload_sha256 = String::new();
    let mut aad = MAGIC.to_vec();
    aad.extend(serde_json::to_vec(&unsummed).map_err(|e| StoreError::Corrupt(e.to_string()))?);
    Ok(aad)
}

/// The handbook's database as one consistent image in `scratch`, through
/// SQLite's online backup API into a SQLCipher file under the same key and
/// salt (ciphertext only on disk; the caller removes it).
fn snapshot(store: &Store, scratch: &Path) -> Result<()> {
    snapshot_keyed(store, scratch, &store.key)
}

/// [`snapshot`] under `key` (same salt, so the same handbook id): also how a
/// handbook is re-keyed without a plaintext copy.
pub(crate) fn snapshot_keyed(store: &Store, scratch: &Path, key: &DbKey) -> Result<()> {
    let journal = {
        let mut j = scratch.as_os_str().to_owned();
        j.push("-journal");
        PathBuf::from(j)
    };
    remove_if_exists(scratch)?;
    remove_if_exists(&journal)?;
    write_new_file(scratch, b"")?;
    let mut dst = rusqlite::Connection::open(scratch)?;
    dst.pragma_update(None, "cipher_log_level", "NONE")?;
    {
        let literal = Zeroizing::new(key.pragma_literal_with_salt(&store.id));
        crate::identity::apply_key(&dst, literal.as_str())?;
    }
    {
        let backup = rusqlite::backup::Backup::new(&store.conn, &mut dst)?;
        // All pages in one step: one read transaction on the source, so
        // one consistent state while writers go on (WAL).
        use rusqlite::backup::StepResult;
        let mut waits = 0;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                // A writer holds a lock for a moment: try again (5 s at most,
                // like the store's busy timeout).
                StepResult::Busy | StepResult::Locked | StepResult::More if waits < 250 => {
                    waits += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                _ => {
                    return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                        Some("the handbook stayed busy during the backup".into()),
                    )))
                }
            }
        }
    }
    // One self-contained file: no WAL flag in the image's header.
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    // A damaged handbook must not be sealed into a backup that would
    // then replace good ones.
    let check: String = dst.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
    if check != "ok" {
        return Err(StoreError::Corrupt(format!("quick_check: {check}")));
    }
    dst.close().map_err(|(_, e)| StoreError::Sqlite(e))?;
    Ok(())
}

/// Writes a backup into `folder` as `hagukumi-YYYYMMDD-HHMMSS.hagukumi-backup`
/// (`now`, UTC), then keeps only the newest `keep` (at least this one) of
/// this handbook's whole backups there.
///
/// The folder must be there ([`BackupProblem::FolderMissing`]: an
/// unmounted drive is not replaced by a local folder) and not inside the
/// handbook's own ([`BackupProblem::InsideHandbookFolder`]). The image is checked
/// (`PRAGMA quick_check`) before it is sealed and the written file read back
/// (length and checksum). Only files with that name pattern whose header
/// names this handbook and that are whole count toward `keep` and are ever
/// deleted; damaged ones are left alone, so a run of bad backups never
/// pushes out the last good one. Leftovers of this handbook's killed runs
/// (`….tmp`, `….snapshot`) are removed.
pub fn write_into_folder(
    store: &Store,
    folder: &Path,
    keep: usize,
    now: NaiveDateTime,
) -> Result<BackupInfo> {
    if !folder.is_dir() {
        return Err(BackupProblem::FolderMissing.into());
    }
    let name = format!(
        "hagukumi-{}.{BACKUP_EXTENSION}",
        now.format("%Y%m%d-%H%M%S")
    );
    refuse_inside_handbook(store, &folder.join(&name))?;
    let id = store.handbook_id();
    remove_leftovers(store.dir(), folder, &id)?;
    // Another handbook backed up into this folder in the same second (or a
    // stranger's file has the name): it is left alone.
    let out = folder.join(&name);
    if out.exists() && !inspect(&out).is_ok_and(|h| h.handbook_id == id.to_string()) {
        return Err(BackupProblem::WouldReplaceOtherFile.into());
    }
    let info = write_at(store, &out, now)?;
    if let Err(e) = check_whole(&info.path) {
        let _ = std::fs::remove_file(&info.path);
        return Err(e);
    }
    let id = id.to_string();
    let mut ours: Vec<(String, PathBuf)> = std::fs::read_dir(folder)
        .map_err(|e| StoreError::io(folder, e))?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            backup_stamp(&name)?;
            let header = check_whole(&entry.path()).ok()?;
            (header.handbook_id == id).then(|| (name, entry.path()))
        })
        .collect();
    ours.sort();
    let keep = keep.max(1);
    if ours.len() > keep {
        for (_, path) in &ours[..ours.len() - keep] {
            if path != &info.path {
                remove_if_exists(path)?;
            }
        }
    }
    Ok(info)
}

/// `YYYYMMDD-HHMMSS` of an automatic backup's file name.
fn backup_stamp(name: &str) -> Option<&str> {
    let stamp = name
        .strip_prefix("hagukumi-")?
        .strip_suffix(BACKUP_EXTENSION)?
        .strip_suffix('.')?;
    let pattern_ok = stamp.len() == 15
        && stamp.bytes().enumerate().all(|(i, b)| {
            if i == 8 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    pattern_ok.then_some(stamp)
}

/// Removes what killed automatic backups of handbook `id` left: scratch
/// images in the data dir `home` and, in `folder`, unfinished files and
/// scratch images of older versions (a scratch image starts with the
/// handbook's id, its SQLCipher salt; an unfinished file with the header).
fn remove_leftovers(home: &Path, folder: &Path, id: &HandbookId) -> Result<()> {
    for (dir, suffix) in [
        (home, SNAPSHOT_SUFFIX),
        (folder, SNAPSHOT_SUFFIX),
        (folder, TMP_SUFFIX),
    ] {
        let entries = std::fs::read_dir(dir).map_err(|e| StoreError::io(dir, e))?;
        for entry in entries.filter_map(std::result::Result::ok) {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if name.strip_suffix(suffix).and_then(backup_stamp).is_none() {
                continue;
            }
            let path = entry.path();
            let mine = if suffix == TMP_SUFFIX {
                match inspect(&path) {
                    Ok(header) => header.handbook_id == id.to_string(),
                    // Killed before even its header was written: nobody's,
                    // once it is clearly not being written now.
                    Err(_) => entry
                        .metadata()
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age > std::time::Duration::from_secs(3600)),
                }
            } else {
                HandbookId::of_file(&path).is_ok_and(|of| of == *id)
            };
            if mine {
                remove_if_exists(&path)?;
                let mut journal = path.into_os_string();
                journal.push("-journal");
                remove_if_exists(Path::new(&journal))?;
            }
        }
    }
    Ok(())
}

/// The header of the backup at `file` when the file is whole: its length
/// and checksum are what its header says (checked without the code).
fn check_whole(file: &Path) -> Result<BackupHeader> {
    let damaged = |what: &str| StoreError::from(BackupProblem::Damaged(what.into()));
    let mut head = Vec::new();
    let mut f = std::fs::File::open(file).map_err(|e| StoreError::io(file, e))?;
    (&mut f)
        .take((MAGIC.len() + MAX_HEADER + 1) as u64)
        .read_to_end(&mut head)
        .map_err(|e| StoreError::io(file, e))?;
    let (header, start) = parse_header(&head)?;
    let len = f.metadata().map_err(|e| StoreError::io(file, e))?.len();
    if len.checked_sub(start as u64) != Some(header.payload_bytes) {
        return Err(damaged("length"));
    }
    use std::io::Seek;
    f.seek(std::io::SeekFrom::Start(start as u64))
        .map_err(|e| StoreError::io(file, e))?;
    if sha256_hex(std::io::BufReader::new(f), file)? != header.payload_sha256 {
        return Err(damaged("checksum"));
    }
    Ok(header)
}

/// Reads the clear header of the backup at `file`, without the code.
pub fn inspect(file: &Path) -> Result<BackupHeader> {
    let mut head = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| {
            f.take((MAGIC.len() + MAX_HEADER + 1) as u64)
                .read_to_end(&mut head)
        })
        .map_err(|e| StoreError::io(file, e))?;
    Ok(parse_header(&head)?.0)
}

/// The header and where the payload starts.
fn parse_header(bytes: &[u8]) -> Result<(BackupHeader, usize), BackupProblem> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or(BackupProblem::NotABackup)?;
    let end = rest
        .iter()
        .take(MAX_HEADER)
        .position(|&b| b == b'\n')
        .ok_or(BackupProblem::NotABackup)?;
    let value: serde_json::Value =
        serde_json::from_slice(&rest[..end]).map_err(|_| BackupProblem::NotABackup)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(BACKUP_FORMAT) {
        return Err(BackupProblem::NotABackup);
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(BACKUP_VERSION)) {
        return Err(BackupProblem::Version(
            version.and_then(|v| u32::try_from(v).ok()).unwrap_or(0),
        ));
    }
    let header: BackupHeader = serde_json::from_value(value)
        .map_err(|e| BackupProblem::Damaged(format!("header: {e}")))?;
    if header.handbook_id.parse::<HandbookId>().is_err() {
        return Err(BackupProblem::Damaged("header: handbook_id".into()));
    }
    Ok((header, MAGIC.len() + end + 1))
}
