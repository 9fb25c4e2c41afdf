//! `hagu record photo add|list|export|delete|restore` and `hagu pregnancy
//! record photo …`: the photos on a child's records and on pregnancy
//! records. A photo is cleaned by `core::photo::sanitize` exactly as the
//! app cleans it (JPEG or PNG only, every metadata block with any location
//! removed, anything after the image dropped, size and pixels capped)
//! before it reaches the store. Deleting a photo can be undone for 30 days,
//! as deleting a record can.

use super::CliBook;
use crate::args::{flag, localized, DELETED, FILE, JSON};
use crate::clock::{local_time, now, stamp, undo_until, with_deleted_mark};
use crate::context::{display, Context, Exit};
use crate::transfer::write_private_file;
use clap::{value_parser, Arg, ArgMatches, Command};
use hagukumi_core::book::Stored;
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{sanitize, CleanPhoto, PhotoError, MAX_ORIGINAL_BYTES};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{PhotoInfo, PhotoProblem, PhotoTable, Store, StoreError};
use serde::Serialize;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A photo table as `hagu` names it: the command handling its photos.
/// Exporting, deleting and restoring a photo are written once over it;
/// the record books and the nursery bookmarks (`crate::bookmarks`) add
/// and list their own way.
pub(crate) trait CliPhotos: PhotoTable {
    /// `hagu record photo`, `hagu nursery bookmark photo`.
    fn photo_command() -> String;
}

impl<B: CliBook> CliPhotos for B {
    fn photo_command() -> String {
        B::WORDS.photo_command()
    }
}

const OWNER: &str = "owner";
const RECORD: &str = "record";
const PHOTO: &str = "photo";

/// `… photo add OWNER RECORD FILE`, `… photo list OWNER [RECORD] [--json]`,
/// `… photo export PHOTO FILE`, `… photo delete PHOTO`.
pub(crate) fn command<B: CliBook>(l: &Localizer) -> Command {
    let w = &B::WORDS;
    // Positional arguments in the order they are typed (not by name).
    let argument = |id: &'static str, value_name: &'static str, help: String| {
        Arg::new(id)
            .value_name(value_name)
            .display_order(match id {
                OWNER | PHOTO => 0,
                RECORD => 1,
                _ => 2,
            })
            .help(help)
            .help_heading(l.text("cli-arguments-heading"))
    };
    let owner = || {
        argument(OWNER, w.owner_value, l.text(w.owner_help))
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let record =
        || argument(RECORD, "RECORD", l.text(&w.id("id-help"))).value_parser(value_parser!(i64));
    let photo = || {
        let help = l.format(
            "cli-photo-id-help",
            &[("command", w.photo_command().into())],
        );
        argument(PHOTO, "PHOTO", help)
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let add = localized(Command::new("add"), l, "cli-photo-add-about")
        .arg(owner())
        .arg(record().required(true))
        .arg(
            argument(FILE, "FILE", l.text("cli-photo-file-help"))
                .required(true)
                .value_parser(value_parser!(PathBuf)),
        );
    let list = localized(Command::new("list"), l, "cli-photo-list-about")
        .arg(owner())
        .arg(
            argument(RECORD, "RECORD", l.text("cli-photo-list-record-help"))
                .value_parser(value_parser!(i64)),
        )
        .arg(flag(l, DELETED, "cli-photo-list-deleted-help"))
        .arg(flag(l, JSON, "cli-photo-list-json-help"));
    let export = localized(Command::new("export"), l, "cli-photo-export-about")
        .arg(photo())
        .arg(
            argument(FILE, "FILE", l.text("cli-photo-output-help"))
                .required(true)
                .value_parser(value_parser!(PathBuf)),
        );
    let delete = localized(Command::new("delete"), l, "cli-photo-delete-about").arg(photo());
    let restore = localized(Command::new("restore"), l, "cli-photo-restore-about").arg(photo());
    localized(Command::new("photo"), l, w.photo_about)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(export)
        .subcommand(delete)
        .subcommand(restore)
}

/// One element of `… photo list --json`.
#[derive(Serialize)]
struct PhotoJson<'a> {
    id: RecordId,
    record_id: RecordId,
    mime: &'static str,
    /// Bytes of the stored (cleaned) photo.
    size: usize,
    /// UTC, RFC 3339.
    created_at: &'a str,
    /// UTC, RFC 3339; null for a live photo.
    deleted_at: Option<&'a str>,
}

impl<'a> From<&'a PhotoInfo> for PhotoJson<'a> {
    fn from(p: &'a PhotoInfo) -> Self {
        PhotoJson {
            id: p.id,
            record_id: p.record_id,
            mime: p.mime.as_str(),
            size: p.size,
            created_at: &p.created_at,
            deleted_at: p.deleted_at.as_deref(),
        }
    }
}

impl Context<'_> {
    /// Dispatches `… photo <sub>`.
    pub(crate) fn photo<B: CliBook>(&mut self, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let id = |m: &ArgMatches, name: &str| m.get_one::<RecordId>(name).copied();
        let path = |m: &ArgMatches| m.get_one::<PathBuf>(FILE).cloned();
        match matches.subcommand() {
            Some(("add", m)) => match (id(m, OWNER), id(m, RECORD), path(m)) {
                (Some(owner), Some(record), Some(file)) => {
                    self.photo_add::<B>(owner, record, &file)
                }
                _ => Ok(Exit::Usage),
            },
            Some(("list", m)) => match id(m, OWNER) {
                Some(owner) => self.photo_list::<B>(
                    owner,
                    id(m, RECORD),
                    m.get_flag(DELETED),
                    m.get_flag(JSON),
                ),
                None => Ok(Exit::Usage),
            },
            Some(("export", m)) => match (id(m, PHOTO), path(m)) {
                (Some(photo), Some(file)) => self.photo_export::<B>(photo, &file),
                _ => Ok(Exit::Usage),
            },
            Some(("delete", m)) => match id(m, PHOTO) {
                Some(photo) => self.photo_delete::<B>(photo),
                None => Ok(Exit::Usage),
            },
            Some(("restore", m)) => match id(m, PHOTO) {
                Some(photo) => self.photo_restore::<B>(photo),
                None => Ok(Exit::Usage),
            },
            _ => Ok(Exit::Usage),
        }
    }

    /// A photo refused for what it is: the reason, then that nothing was
    /// saved; status 3.
    pub(crate) fn photo_refused(&mut self, error: PhotoError) -> Exit {
        self.complain_format(error.message_id(), &[]);
        self.complain_format("cli-nothing-saved", &[]);
        Exit::InvalidInput
    }

    /// A refusal about photo `id` that names the photo command.
    pub(crate) fn refuse_photo<B: CliPhotos>(&mut self, message: &str, id: RecordId) -> Exit {
        let command = B::photo_command();
        self.refuse(message, &[("id", id.into()), ("command", command.into())])
    }

    /// Reads and cleans `file` as the app does, or says why not.
    pub(crate) fn read_photo(&mut self, file: &Path) -> Result<CleanPhoto, Exit> {
        let mut bytes = Vec::new();
        let read = std::fs::File::open(file).and_then(|f| {
            f.take(MAX_ORIGINAL_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        });
        if let Err(e) = read {
            self.complain_format(
                "cli-photo-cannot-read",
                &[
                    ("path", display(file).into()),
                    ("detail", e.to_string().into()),
                ],
            );
            return Err(Exit::Failure);
        }
        if bytes.len() > MAX_ORIGINAL_BYTES {
            return Err(self.photo_refused(PhotoError::TooLarge));
        }
        sanitize(&bytes).map_err(|e| self.photo_refused(e))
    }

    fn photo_add<B: CliBook>(
        &mut self,
        owner: RecordId,
        record_id: RecordId,
        file: &Path,
    ) -> Result<Exit, StoreError> {
        // The file is checked before the handbook is opened.
        let clean = match self.read_photo(file) {
            Ok(clean) => clean,
            Err(exit) => return Ok(exit),
        };
        let mut store = self.open_existing()?;
        let Some(holder) = B::holder(&store, owner)? else {
            return Ok(self.no_owner::<B>(owner));
        };
        match store.get::<B>(record_id)?.map(Into::<Stored<B>>::into) {
            None => return Ok(self.no_record::<B>(record_id)),
            Some(r) if r.owner_id != owner => {
                let name = B::name(&self.l, &holder);
                return Ok(self.refuse(
                    B::WORDS.photo_not_theirs,
                    &[
                        ("record", record_id.into()),
                        (B::WORDS.owner_arg, name.into()),
                    ],
                ));
            }
            Some(r) if r.deleted_at.is_some() => {
                let id = B::WORDS.id("is-deleted");
                return Ok(self.refuse(&id, &[("id", record_id.into())]));
            }
            Some(_) => {}
        }
        let photo = match store.add_photo::<B>(record_id, &clean, now())? {
            Ok(photo) => photo,
            Err(PhotoProblem::Photo(e)) => return Ok(self.photo_refused(e)),
            Err(
                PhotoProblem::NoSuchRecord
                | PhotoProblem::NoSuchPhoto
                | PhotoProblem::CannotRestore,
            ) => return Ok(self.no_record::<B>(record_id)),
        };
        self.say_format(
            "cli-photo-added",
            &[
                ("id", photo.id.into()),
                ("record", record_id.into()),
                ("mime", photo.mime.as_str().into()),
                ("size", photo.bytes.len().into()),
            ],
        );
        Ok(Exit::Success)
    }

    fn photo_list<B: CliBook>(
        &mut self,
        owner: RecordId,
        record_id: Option<RecordId>,
        include_deleted: bool,
        json: bool,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        if B::holder(&store, owner)?.is_none() {
            return Ok(self.no_owner::<B>(owner));
        }
        if let Some(id) = record_id {
            let record = store.get::<B>(id)?.map(Into::<Stored<B>>::into);
            if record.is_none_or(|r| r.owner_id != owner) {
                return Ok(self.no_record::<B>(id));
            }
        }
        let photos = store.photo_infos::<B>(owner, record_id, include_deleted)?;
        if json {
            let array: Vec<PhotoJson<'_>> = photos.iter().map(PhotoJson::from).collect();
            return Ok(self.print_json(&array));
        }
        let command = B::WORDS.photo_command();
        let none = self
            .l
            .format("cli-photo-none", &[("command", command.into())]);
        self.say_each(&photos, &none, |l, p| {
            let text = l.format(
                "cli-photo-line",
                &[
                    ("id", p.id.into()),
                    ("record", p.record_id.into()),
                    ("mime", p.mime.as_str().into()),
                    ("size", p.size.into()),
                    ("at", local_time(l, &p.created_at).into()),
                ],
            );
            with_deleted_mark(l, text, p.deleted_at.as_deref())
        });
        Ok(Exit::Success)
    }

    /// Writes the stored bytes of a photo to `file` (`-`: stdout).
    pub(crate) fn photo_export<B: CliPhotos>(
        &mut self,
        photo_id: RecordId,
        file: &Path,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let photo = store.photo::<B>(photo_id)?;
        drop(store);
        let Some(photo) = photo else {
            return Ok(self.refuse_photo::<B>("cli-photo-no-photo", photo_id));
        };
        if photo.deleted_at.is_some() {
            return Ok(self.refuse_photo::<B>("cli-photo-is-deleted", photo_id));
        }
        if file == Path::new("-") {
            return Ok(
                match self
                    .out
                    .write_all(&photo.bytes)
                    .and_then(|()| self.out.flush())
                {
                    Ok(()) => Exit::Success,
                    Err(_) => Exit::Failure,
                },
            );
        }
        if let Err(e) = write_private_file(file, &photo.bytes) {
            self.complain_format(
                "cli-export-cannot-write",
                &[
                    ("path", display(file).into()),
                    ("detail", e.to_string().into()),
                ],
            );
            return Ok(Exit::Failure);
        }
        let path = std::path::absolute(file).unwrap_or_else(|_| file.to_owned());
        self.say_format(
            "cli-photo-exported",
            &[
                ("id", photo_id.into()),
                ("mime", photo.mime.as_str().into()),
                ("size", photo.bytes.len().into()),
                ("path", Value::from(display(&path))),
            ],
        );
        Ok(Exit::Success)
    }

    /// Whether photo `photo_id` is there and `deleted` (or not): else the
    /// refusal, printed.
    fn photo_deleted<B: CliPhotos>(
        &mut self,
        store: &Store,
        photo_id: RecordId,
        deleted: bool,
    ) -> Result<Result<(), Exit>, StoreError> {
        Ok(match store.photo::<B>(photo_id)? {
            None => Err(self.refuse_photo::<B>("cli-photo-no-photo", photo_id)),
            Some(p) if p.deleted_at.is_some() != deleted => {
                let why = if deleted {
                    "cli-photo-not-deleted"
                } else {
                    "cli-photo-already-deleted"
                };
                Err(self.refuse(why, &[("id", photo_id.into())]))
            }
            Some(_) => Ok(()),
        })
    }

    pub(crate) fn photo_delete<B: CliPhotos>(
        &mut self,
        photo_id: RecordId,
    ) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        if let Err(exit) = self.photo_deleted::<B>(&store, photo_id, false)? {
            return Ok(exit);
        }
        let when = now();
        if store.delete_photo::<B>(photo_id, when)?.is_err() {
            return Ok(self.refuse_photo::<B>("cli-photo-no-photo", photo_id));
        }
        let until = undo_until(&self.l, &stamp(when));
        self.say_format(
            "cli-photo-deleted",
            &[
                ("id", photo_id.into()),
                ("until", until.into()),
                ("command", B::photo_command().into()),
            ],
        );
        Ok(Exit::Success)
    }

    pub(crate) fn photo_restore<B: CliPhotos>(
        &mut self,
        photo_id: RecordId,
    ) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        if let Err(exit) = self.photo_deleted::<B>(&store, photo_id, true)? {
            return Ok(exit);
        }
        let photo = match store.restore_photo::<B>(photo_id, now())? {
            Ok(photo) => photo,
            Err(PhotoProblem::Photo(e)) => return Ok(self.photo_refused(e)),
            Err(PhotoProblem::CannotRestore) => {
                return Ok(self.refuse("cli-photo-too-old", &[("id", photo_id.into())]));
            }
            Err(PhotoProblem::NoSuchPhoto | PhotoProblem::NoSuchRecord) => {
                return Ok(self.refuse_photo::<B>("cli-photo-no-photo", photo_id))
            }
        };
        self.say_format(
            "cli-photo-restored",
            &[("id", photo_id.into()), ("record", photo.record_id.into())],
        );
        Ok(Exit::Success)
    }
}
