//! `hagu record photo add|list|export|delete|restore` and `hagu pregnancy
//! record photo …`: the photos on a child's records and on pregnancy
//! records. A photo is cleaned by `core::photo::sanitize` exactly as the
//! app cleans it (JPEG or PNG only, every metadata block with any location
//! removed, anything after the image dropped, size and pixels capped)
//! before it reaches the store. Deleting a photo can be undone for 30 days,
//! as deleting a record can.

use crate::command::{flag, localized, DELETED};
use crate::records::{local_time, now, undo_until, with_deleted_mark, STAMP};
use crate::transfer::write_private_file;
use crate::{display, Context, Exit};
use clap::{value_parser, Arg, ArgMatches, Command};
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{sanitize, CleanPhoto, PhotoError, MAX_ORIGINAL_BYTES};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{Photo, PhotoInfo, PhotoProblem, Store, StoreError};
use serde::Serialize;
use std::io::Read;
use std::path::{Path, PathBuf};

const OWNER: &str = "owner";
const RECORD: &str = "record";
const PHOTO: &str = "photo";
const FILE: &str = "file";
const JSON: &str = "json";

/// Whose records the photos are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A child's records (`hagu record photo`).
    Child,
    /// A pregnancy's records (`hagu pregnancy record photo`); their photos
    /// have their own numbering.
    Pregnancy,
}

impl Place {
    /// The command as the user types it, for hints in messages.
    fn command_line(self) -> &'static str {
        match self {
            Place::Child => "hagu record photo",
            Place::Pregnancy => "hagu pregnancy record photo",
        }
    }

    fn owner_value_name(self) -> &'static str {
        match self {
            Place::Child => "CHILD",
            Place::Pregnancy => "PREGNANCY",
        }
    }

    /// Message ids: about, owner help, record help.
    fn help_ids(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Place::Child => (
                "cli-photo-about",
                "cli-record-child-help",
                "cli-record-id-help",
            ),
            Place::Pregnancy => (
                "cli-pregnancy-photo-about",
                "cli-pregnancy-pregnancy-help",
                "cli-pregnancy-record-id-help",
            ),
        }
    }
}

/// `… photo add OWNER RECORD FILE`, `… photo list OWNER [RECORD] [--json]`,
/// `… photo export PHOTO FILE`, `… photo delete PHOTO`.
pub(crate) fn command(l: &Localizer, place: Place) -> Command {
    let (about, owner_help, record_help) = place.help_ids();
    let cmd = || place.command_line();
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
        argument(OWNER, place.owner_value_name(), l.text(owner_help))
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let record =
        || argument(RECORD, "RECORD", l.text(record_help)).value_parser(value_parser!(i64));
    let photo = || {
        let help = l.format("cli-photo-id-help", &[("command", cmd().into())]);
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
    localized(Command::new("photo"), l, about)
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
    pub(crate) fn photo(&mut self, place: Place, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let id = |m: &ArgMatches, name: &str| m.get_one::<RecordId>(name).copied();
        let path = |m: &ArgMatches| m.get_one::<PathBuf>(FILE).cloned();
        match matches.subcommand() {
            Some(("add", m)) => match (id(m, OWNER), id(m, RECORD), path(m)) {
                (Some(owner), Some(record), Some(file)) => {
                    self.photo_add(place, owner, record, &file)
                }
                _ => Ok(Exit::Usage),
            },
            Some(("list", m)) => match id(m, OWNER) {
                Some(owner) => self.photo_list(
                    place,
                    owner,
                    id(m, RECORD),
                    m.get_flag(DELETED),
                    m.get_flag(JSON),
                ),
                None => Ok(Exit::Usage),
            },
            Some(("export", m)) => match (id(m, PHOTO), path(m)) {
                (Some(photo), Some(file)) => self.photo_export(place, photo, &file),
                _ => Ok(Exit::Usage),
            },
            Some(("delete", m)) => match id(m, PHOTO) {
                Some(photo) => self.photo_delete(place, photo),
                None => Ok(Exit::Usage),
            },
            Some(("restore", m)) => match id(m, PHOTO) {
                Some(photo) => self.photo_restore(place, photo),
                None => Ok(Exit::Usage),
            },
            _ => Ok(Exit::Usage),
        }
    }

    /// A photo refused for what it is: the reason, then that nothing was
    /// saved; status 3.
    fn photo_refused(&mut self, error: PhotoError) -> Exit {
        let text = self.l.text(error.message_id());
        self.complain(&text);
        let text = self.l.text("cli-nothing-saved");
        self.complain(&text);
        Exit::InvalidInput
    }

    fn no_photo(&mut self, place: Place, id: RecordId) -> Exit {
        self.refuse(
            "cli-photo-no-photo",
            &[("id", id.into()), ("command", place.command_line().into())],
        )
    }

    /// Reads and cleans `file` as the app does, or says why not.
    fn read_photo(&mut self, file: &Path) -> Result<CleanPhoto, Exit> {
        let mut bytes = Vec::new();
        let read = std::fs::File::open(file).and_then(|f| {
            f.take(MAX_ORIGINAL_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        });
        if let Err(e) = read {
            let text = self.l.format(
                "cli-photo-cannot-read",
                &[
                    ("path", display(file).into()),
                    ("detail", e.to_string().into()),
                ],
            );
            self.complain(&text);
            return Err(Exit::Failure);
        }
        if bytes.len() > MAX_ORIGINAL_BYTES {
            return Err(self.photo_refused(PhotoError::TooLarge));
        }
        sanitize(&bytes).map_err(|e| self.photo_refused(e))
    }

    fn photo_add(
        &mut self,
        place: Place,
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
        match place {
            Place::Child => {
                let Some(child) = Self::find_child(&store, owner)? else {
                    return Ok(self.no_child(owner));
                };
                match store.record(record_id)? {
                    None => return Ok(self.no_record(record_id)),
                    Some(r) if r.child_id != owner => {
                        return Ok(self.refuse(
                            "cli-photo-not-theirs",
                            &[
                                ("record", record_id.into()),
                                ("name", child.name.as_str().into()),
                            ],
                        ));
                    }
                    Some(r) if r.deleted_at.is_some() => {
                        return Ok(
                            self.refuse("cli-record-is-deleted", &[("id", record_id.into())])
                        );
                    }
                    Some(_) => {}
                }
            }
            Place::Pregnancy => {
                let Some(pregnancy) = store.pregnancy(owner)? else {
                    return Ok(self.no_pregnancy(owner));
                };
                match store.pregnancy_record(record_id)? {
                    None => return Ok(self.no_pregnancy_record(record_id)),
                    Some(r) if r.pregnancy_id != owner => {
                        return Ok(self.refuse(
                            "cli-pregnancy-photo-not-theirs",
                            &[
                                ("record", record_id.into()),
                                ("title", crate::pregnancy::title(&self.l, &pregnancy).into()),
                            ],
                        ));
                    }
                    Some(r) if r.deleted_at.is_some() => {
                        return Ok(self.refuse(
                            "cli-pregnancy-record-is-deleted",
                            &[("id", record_id.into())],
                        ));
                    }
                    Some(_) => {}
                }
            }
        }
        let added = match place {
            Place::Child => store.add_photo(record_id, &clean, now())?,
            Place::Pregnancy => store.add_pregnancy_photo(record_id, &clean, now())?,
        };
        let photo = match added {
            Ok(photo) => photo,
            Err(PhotoProblem::Photo(e)) => return Ok(self.photo_refused(e)),
            Err(
                PhotoProblem::NoSuchRecord
                | PhotoProblem::NoSuchPhoto
                | PhotoProblem::CannotRestore,
            ) => {
                return Ok(match place {
                    Place::Child => self.no_record(record_id),
                    Place::Pregnancy => self.no_pregnancy_record(record_id),
                })
            }
        };
        let text = self.l.format(
            "cli-photo-added",
            &[
                ("id", photo.id.into()),
                ("record", record_id.into()),
                ("mime", photo.mime.as_str().into()),
                ("size", photo.bytes.len().into()),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn photo_list(
        &mut self,
        place: Place,
        owner: RecordId,
        record_id: Option<RecordId>,
        include_deleted: bool,
        json: bool,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let photos = match place {
            Place::Child => {
                if Self::find_child(&store, owner)?.is_none() {
                    return Ok(self.no_child(owner));
                }
                if let Some(id) = record_id {
                    if store.record(id)?.is_none_or(|r| r.child_id != owner) {
                        return Ok(self.no_record(id));
                    }
                }
                store.child_photo_infos(owner, record_id, include_deleted)?
            }
            Place::Pregnancy => {
                if store.pregnancy(owner)?.is_none() {
                    return Ok(self.no_pregnancy(owner));
                }
                if let Some(id) = record_id {
                    if store
                        .pregnancy_record(id)?
                        .is_none_or(|r| r.pregnancy_id != owner)
                    {
                        return Ok(self.no_pregnancy_record(id));
                    }
                }
                store.pregnancy_photo_infos(owner, record_id, include_deleted)?
            }
        };
        if json {
            let array: Vec<PhotoJson<'_>> = photos.iter().map(PhotoJson::from).collect();
            return Ok(self.print_json(&array));
        }
        if photos.is_empty() {
            let text = self.l.format(
                "cli-photo-none",
                &[("command", place.command_line().into())],
            );
            self.say(&text);
        }
        for p in &photos {
            let text = self.l.format(
                "cli-photo-line",
                &[
                    ("id", p.id.into()),
                    ("record", p.record_id.into()),
                    ("mime", p.mime.as_str().into()),
                    ("size", p.size.into()),
                    ("at", local_time(&self.l, &p.created_at).into()),
                ],
            );
            let text = with_deleted_mark(&self.l, text, p.deleted_at.as_deref());
            self.say(&text);
        }
        Ok(Exit::Success)
    }

    /// Writes the stored bytes of a photo to `file` (`-`: stdout).
    fn photo_export(
        &mut self,
        place: Place,
        photo_id: RecordId,
        file: &Path,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let photo = stored_photo(&store, place, photo_id)?;
        drop(store);
        let Some(photo) = photo else {
            return Ok(self.no_photo(place, photo_id));
        };
        if photo.deleted_at.is_some() {
            return Ok(self.refuse(
                "cli-photo-is-deleted",
                &[
                    ("id", photo_id.into()),
                    ("command", place.command_line().into()),
                ],
            ));
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
            let text = self.l.format(
                "cli-export-cannot-write",
                &[
                    ("path", display(file).into()),
                    ("detail", e.to_string().into()),
                ],
            );
            self.complain(&text);
            return Ok(Exit::Failure);
        }
        let path = std::path::absolute(file).unwrap_or_else(|_| file.to_owned());
        let text = self.l.format(
            "cli-photo-exported",
            &[
                ("id", photo_id.into()),
                ("mime", photo.mime.as_str().into()),
                ("size", photo.bytes.len().into()),
                ("path", Value::from(display(&path))),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn photo_delete(&mut self, place: Place, photo_id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        match stored_photo(&store, place, photo_id)? {
            None => return Ok(self.no_photo(place, photo_id)),
            Some(p) if p.deleted_at.is_some() => {
                return Ok(self.refuse("cli-photo-already-deleted", &[("id", photo_id.into())]));
            }
            Some(_) => {}
        }
        let when = now();
        let deleted = match place {
            Place::Child => store.delete_photo(photo_id, when)?,
            Place::Pregnancy => store.delete_pregnancy_photo(photo_id, when)?,
        };
        if deleted.is_err() {
            return Ok(self.no_photo(place, photo_id));
        }
        // What the store wrote, to the second.
        let until = undo_until(&self.l, &when.format(STAMP).to_string());
        let text = self.l.format(
            "cli-photo-deleted",
            &[
                ("id", photo_id.into()),
                ("until", until.into()),
                ("command", place.command_line().into()),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn photo_restore(&mut self, place: Place, photo_id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        match stored_photo(&store, place, photo_id)? {
            None => return Ok(self.no_photo(place, photo_id)),
            Some(p) if p.deleted_at.is_none() => {
                return Ok(self.refuse("cli-photo-not-deleted", &[("id", photo_id.into())]));
            }
            Some(_) => {}
        }
        let restored = match place {
            Place::Child => store.restore_photo(photo_id, now())?,
            Place::Pregnancy => store.restore_pregnancy_photo(photo_id, now())?,
        };
        let photo = match restored {
            Ok(photo) => photo,
            Err(PhotoProblem::Photo(e)) => return Ok(self.photo_refused(e)),
            Err(PhotoProblem::CannotRestore) => {
                return Ok(self.refuse("cli-photo-too-old", &[("id", photo_id.into())]));
            }
            Err(PhotoProblem::NoSuchPhoto | PhotoProblem::NoSuchRecord) => {
                return Ok(self.no_photo(place, photo_id))
            }
        };
        let text = self.l.format(
            "cli-photo-restored",
            &[("id", photo_id.into()), ("record", photo.record_id.into())],
        );
        self.say(&text);
        Ok(Exit::Success)
    }
}

/// A stored photo of `place`, deleted or not.
fn stored_photo(
    store: &Store,
    place: Place,
    photo_id: RecordId,
) -> Result<Option<Photo>, StoreError> {
    match place {
        Place::Child => store.photo(photo_id),
        Place::Pregnancy => store.pregnancy_photo(photo_id),
    }
}
