//! `hagu export --json` and `hagu import --json`: the whole handbook as one
//! plaintext JSON document (format in `docs/export-format.md`) and back.

use crate::clock::{now, stamp};
use crate::context::{display, Context, Exit};
use hagukumi_i18n::Value;
use hagukumi_store::export::{Export, ImportError, EXPORT_FORMAT, EXPORT_VERSION};
use hagukumi_store::{HandbookId, KeyMethod, Store, StoreError, DB_FILE, RECOVERY_FILE, SALT_FILE};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::Path;

impl Context<'_> {
    /// A page (HTML) written to `output`, readable by its owner only (then
    /// `written` said on stderr), or to stdout.
    pub(crate) fn write_page(&mut self, output: Option<&Path>, page: &str, written: &str) -> Exit {
        let Some(path) = output else {
            return match self.out.write_all(page.as_bytes()) {
                Ok(()) => Exit::Success,
                Err(e) => self.internal(&e.to_string()),
            };
        };
        match write_private_file(path, page.as_bytes()) {
            Ok(()) => {
                self.complain_format(written, &[]);
                Exit::Success
            }
            Err(e) => self.internal(&e.to_string()),
        }
    }

    /// Prints the export on stdout (only JSON there), or writes it to
    /// `output`; either way warns on stderr that it is not encrypted.
    pub(crate) fn export(&mut self, output: Option<&Path>) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let exported_at = stamp(now());
        let export = store.export(&exported_at)?;
        drop(store);
        let mut text = match serde_json::to_string_pretty(&export) {
            Ok(text) => text,
            Err(e) => return Ok(self.internal(&e.to_string())),
        };
        text.push('\n');
        let warning = self.l.text("cli-export-plaintext");
        self.complain(&warning);
        let Some(path) = output else {
            return Ok(
                match self
                    .out
                    .write_all(text.as_bytes())
                    .and_then(|()| self.out.flush())
                {
                    Ok(()) => Exit::Success,
                    Err(_) => Exit::Failure,
                },
            );
        };
        if let Err(e) = write_private_file(path, text.as_bytes()) {
            let message = self.l.format(
                "cli-export-cannot-write",
                &[
                    ("path", display(path).into()),
                    ("detail", e.to_string().into()),
                ],
            );
            self.complain(&message);
            return Ok(Exit::Failure);
        }
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let message = self
            .l
            .format("cli-export-written", &[("path", display(&path).into())]);
        self.say(&message);
        Ok(Exit::Success)
    }

    /// Restores an export (`-`: stdin) into an empty handbook, creating it
    /// if there is none. All or nothing: a refused import leaves the
    /// handbook as it was, and removes one this command created.
    /// Official items stay official only when their signed pages verify
    /// against the configured portal's key (or, with `reference`, the
    /// reference portal's); the others come in as the parent's own.
    pub(crate) fn import(&mut self, file: &str, reference: bool) -> Result<Exit, StoreError> {
        let mut bytes = Vec::new();
        // Never more than MAX_IMPORT_BYTES in memory: a file known to be
        // longer is refused before it is read, a stream once it gets there.
        let mut oversized = false;
        let read = if file == "-" {
            (&mut *self.input)
                .take(MAX_IMPORT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map(drop)
        } else {
            std::fs::File::open(file).and_then(|f| {
                oversized = f.metadata()?.len() > MAX_IMPORT_BYTES;
                if oversized {
                    return Ok(());
                }
                f.take(MAX_IMPORT_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map(drop)
            })
        };
        oversized |= bytes.len() as u64 > MAX_IMPORT_BYTES;
        if oversized {
            let limit = MAX_IMPORT_BYTES >> 20;
            return Ok(self.import_refused(
                "cli-import-too-large",
                &[("path", file.into()), ("limit", limit.into())],
            ));
        }
        if let Err(e) = read {
            self.complain_format(
                "cli-import-cannot-read",
                &[("path", file.into()), ("detail", e.to_string().into())],
            );
            return Ok(Exit::Failure);
        }
        // The document is checked before any file is created or opened.
        let export = match self.parse_export(&bytes) {
            Ok(export) => export,
            Err((id, args)) => return Ok(self.import_refused(id, &args)),
        };

        let before = Before::look(&self.dir);
        let mut store = Store::open_with(&self.dir, &self.key)?;
        let key_method = store.key_method();
        // Decided by the open itself (after it finished any interrupted
        // restore), never by what the folder looked like before.
        let created = store.created_by_this_open().then(|| store.handbook_id());
        let trusted =
            hagukumi_sync::profile::trusted_keys(hagukumi_sync::BuildKind::current(), reference);
        let result = store.import_verified(&export, &trusted);
        let error = match result {
            Ok(imported) => {
                let path = display(&self.db_path());
                self.say_format(
                    "cli-import-done",
                    &[
                        ("path", path.into()),
                        ("children", export.children.len().into()),
                        ("pregnancies", export.pregnancies.len().into()),
                        ("records", export.records.len().into()),
                    ],
                );
                if imported.unverified > 0 {
                    self.say_format(
                        "cli-import-unverified",
                        &[("count", imported.unverified.into())],
                    );
                }
                // A handbook this import created shows its new recovery code.
                self.key_then_code(&store)?;
                return Ok(Exit::Success);
            }
            Err(error) => error,
        };
        drop(store);
        if let Some(id) = created {
            before.remove_created(&self.dir, key_method, id);
        }
        Ok(match error {
            ImportError::NotAnExport(_) => self.import_refused("cli-import-not-an-export", &[]),
            ImportError::UnsupportedVersion(version) => self.import_refused(
                "cli-import-version",
                &[
                    ("version", version.to_string().into()),
                    ("supported", EXPORT_VERSION.into()),
                ],
            ),
            ImportError::NotEmpty => {
                let path = display(&self.db_path());
                self.import_refused("cli-import-not-empty", &[("path", path.into())])
            }
            ImportError::Invalid(detail) => {
                self.import_refused("cli-import-invalid", &[("detail", detail.into())])
            }
            ImportError::Store(e) => {
                let exit = self.report(&e);
                let footer = self.l.text("cli-import-nothing");
                self.complain(&footer);
                exit
            }
        })
    }

    /// Says why an import was refused and that nothing was imported.
    fn import_refused(&mut self, id: &str, args: &[(&str, Value<'_>)]) -> Exit {
        self.complain_format(id, args);
        let footer = self.l.text("cli-import-nothing");
        self.complain(&footer);
        Exit::InvalidInput
    }

    /// Reads an export: JSON, the right `format` and `version` (looked at
    /// first, so a newer export is named as such), then the exact shape.
    fn parse_export(&self, bytes: &[u8]) -> Result<Export, Refusal> {
        let detail = |e: serde_json::Error| vec![("detail", Value::from(e.to_string()))];
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| ("cli-import-not-json", detail(e)))?;
        if value.get("format").and_then(serde_json::Value::as_str) != Some(EXPORT_FORMAT) {
            return Err(("cli-import-not-an-export", Vec::new()));
        }
        let version = value.get("version").cloned().unwrap_or_default();
        if version.as_u64() != Some(u64::from(EXPORT_VERSION)) {
            return Err((
                "cli-import-version",
                vec![
                    ("version", Value::from(version.to_string())),
                    ("supported", Value::from(EXPORT_VERSION)),
                ],
            ));
        }
        serde_json::from_value(value).map_err(|e| ("cli-import-invalid", detail(e)))
    }
}

/// The largest export `hagu import` reads (photos included, in base64).
const MAX_IMPORT_BYTES: u64 = 1 << 30;

/// Why a document is not imported: a message id and its arguments.
type Refusal = (&'static str, Vec<(&'static str, Value<'static>)>);

/// What was in the data folder before `import` opened (maybe created) the
/// handbook, so that a refused import into a new handbook leaves nothing.
/// Whether the handbook is new comes from the open, not from here.
struct Before {
    dir_existed: bool,
    salt_existed: bool,
}

impl Before {
    fn look(dir: &Path) -> Before {
        Before {
            dir_existed: dir.exists(),
            salt_existed: dir.join(SALT_FILE).exists(),
        }
    }

    /// Removes the handbook this command created (database, its WAL files,
    /// salt or keychain entry, the folder), best effort. Nothing is removed
    /// unless the database in the folder is still the one created, `id`.
    fn remove_created(&self, dir: &Path, key_method: KeyMethod, id: HandbookId) {
        let db = dir.join(DB_FILE);
        if HandbookId::of_file(&db).ok() != Some(id) {
            return;
        }
        // The keychain entry is named after the file's id: forget it while
        // the file is still there.
        if key_method == KeyMethod::OsCredentialStore {
            let db = std::path::absolute(&db).unwrap_or(db);
            let _ = hagukumi_store::keychain::forget(&db);
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = OsString::from(DB_FILE);
            name.push(suffix);
            let _ = std::fs::remove_file(dir.join(name));
        }
        let _ = std::fs::remove_file(dir.join(RECOVERY_FILE));
        if key_method == KeyMethod::Passphrase && !self.salt_existed {
            let _ = std::fs::remove_file(dir.join(SALT_FILE));
        }
        if !self.dir_existed {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// Writes `bytes` to `path` atomically (a new temporary file beside it,
/// synced, then renamed over it), readable by its owner only: the export is
/// plaintext health data.
pub(crate) fn write_private_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"))?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp_name = OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = parent.join(tmp_name);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&tmp, path)
        });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    // Make the rename itself durable (best effort; not possible everywhere).
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(parent) {
        let _ = dir.sync_all();
    }
    Ok(())
}
