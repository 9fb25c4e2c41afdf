//! `hagu nursery bookmark add|list|note|star|rank|photo|remove` and `hagu
//! nursery compare`: the parent's bookmarked facilities in their
//! preference order (希望順位), kept in the handbook, and the side-by-side
//! comparison. Thin over `core::nursery` (what a bookmark may hold, the
//! order, the comparison) and the store (`Store::ordered_bookmarks`, …);
//! facilities are named as the search prints them (`131083-12`). Photos
//! from visits follow the photo rules of the records (`book::photos`).

use crate::args::{argument, flag, localized, option, DELETED, FILE, JSON};
use crate::book::photos::CliPhotos;
use crate::clock::{local_time, now, today, with_deleted_mark};
use crate::context::{Context, Exit};
use clap::{value_parser, ArgAction, ArgMatches, Command};
use hagukumi_core::model::RecordId;
use hagukumi_core::nursery::bookmark::{self, Bookmark, BookmarkError, FacilityRef, Move};
use hagukumi_core::nursery::{self, bookmarks_view, CompareRequest, Ranked};
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{BookmarkPhotos, PhotoProblem, Store, StoreError};
use serde::Serialize;
use std::path::PathBuf;

const FACILITY: &str = "facility";
const FACILITIES: &str = "facilities";
const NOTE: &str = "note";
const TEXT: &str = "text";
const STARS: &str = "stars";
const PLACE: &str = "place";
const PHOTO: &str = "photo";
const STARRED: &str = "starred";
const BIRTH: &str = "birth";
const CLASS: &str = "class";
const INTAKE: &str = "intake";
const FROM: &str = "from";

impl CliPhotos for BookmarkPhotos {
    fn photo_command() -> String {
        "hagu nursery bookmark photo".into()
    }
}

fn facility_arg(l: &Localizer) -> clap::Arg {
    argument(l, FACILITY, "FACILITY", "cli-bookmark-facility-help").required(true)
}

fn photo_arg(l: &Localizer) -> clap::Arg {
    argument(l, PHOTO, "PHOTO", "cli-bookmark-photo-id-help")
        .required(true)
        .value_parser(value_parser!(i64))
}

/// `hagu nursery bookmark …`.
pub(crate) fn bookmark_command(l: &Localizer) -> Command {
    let add = localized(Command::new("add"), l, "cli-bookmark-add-about")
        .arg(facility_arg(l))
        .arg(option(l, NOTE, "TEXT", "cli-bookmark-note-help"))
        .arg(option(l, STARS, "1-5", "cli-bookmark-stars-help").value_parser(value_parser!(u8)));
    let list = localized(Command::new("list"), l, "cli-bookmark-list-about").arg(flag(
        l,
        JSON,
        "cli-bookmark-json-help",
    ));
    let note = localized(Command::new("note"), l, "cli-bookmark-note-about")
        .arg(facility_arg(l))
        .arg(argument(l, TEXT, "TEXT", "cli-bookmark-text-help").required(true));
    let star = localized(Command::new("star"), l, "cli-bookmark-star-about")
        .arg(facility_arg(l))
        .arg(argument(l, STARS, "1-5|none", "cli-bookmark-star-help").required(true));
    let rank = localized(Command::new("rank"), l, "cli-bookmark-rank-about")
        .arg(facility_arg(l))
        .arg(argument(l, PLACE, "up|down|N", "cli-bookmark-place-help").required(true));
    let remove =
        localized(Command::new("remove"), l, "cli-bookmark-remove-about").arg(facility_arg(l));
    let file = |help: &str| {
        argument(l, FILE, "FILE", help)
            .required(true)
            .value_parser(value_parser!(PathBuf))
    };
    let photo = localized(Command::new("photo"), l, "cli-bookmark-photo-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            localized(Command::new("add"), l, "cli-photo-add-about")
                .arg(facility_arg(l))
                .arg(file("cli-photo-file-help")),
        )
        .subcommand(
            localized(Command::new("list"), l, "cli-photo-list-about")
                .arg(facility_arg(l))
                .arg(flag(l, DELETED, "cli-photo-list-deleted-help"))
                .arg(flag(l, JSON, "cli-photo-list-json-help")),
        )
        .subcommand(
            localized(Command::new("export"), l, "cli-photo-export-about")
                .arg(photo_arg(l))
                .arg(file("cli-photo-output-help")),
        )
        .subcommand(
            localized(Command::new("delete"), l, "cli-photo-delete-about").arg(photo_arg(l)),
        )
        .subcommand(
            localized(Command::new("restore"), l, "cli-photo-restore-about").arg(photo_arg(l)),
        );
    localized(Command::new("bookmark"), l, "cli-bookmark-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(note)
        .subcommand(star)
        .subcommand(rank)
        .subcommand(photo)
        .subcommand(remove)
}

/// `hagu nursery compare FACILITY… | --starred`.
pub(crate) fn compare_command(l: &Localizer) -> Command {
    localized(Command::new("compare"), l, "cli-compare-about")
        .arg(
            argument(l, FACILITIES, "FACILITY", "cli-compare-facilities-help")
                .action(ArgAction::Append)
                .required_unless_present(STARRED),
        )
        .arg(flag(l, STARRED, "cli-compare-starred-help").conflicts_with(FACILITIES))
        .arg(option(l, BIRTH, "YYYY-MM-DD", "cli-nursery-birth-help").conflicts_with(CLASS))
        .arg(
            option(l, CLASS, "0-5", "cli-nursery-class-help")
                .value_parser(value_parser!(u8).range(0..=5)),
        )
        .arg(option(l, INTAKE, "YYYY", "cli-nursery-intake-help"))
        .arg(option(l, FROM, "LAT,LON", "cli-compare-from-help").allow_hyphen_values(true))
        .arg(flag(l, JSON, "cli-compare-json-help"))
}

/// `hagu nursery bookmark list --json`: the preference order.
#[derive(Serialize)]
struct ListJson<'a> {
    count: usize,
    bookmarks: &'a [nursery::BookmarkRow],
}

impl Context<'_> {
    pub(crate) fn bookmark(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let text = |m: &ArgMatches, id: &str| m.get_one::<String>(id).cloned().unwrap_or_default();
        match m.subcommand() {
            Some(("add", sub)) => self.bookmark_add(
                &text(sub, FACILITY),
                sub.get_one::<String>(NOTE).map(String::as_str),
                sub.get_one::<u8>(STARS).copied(),
            ),
            Some(("list", sub)) => self.bookmark_list(sub.get_flag(JSON)),
            Some(("note", sub)) => {
                let note = text(sub, TEXT);
                self.bookmark_change(&text(sub, FACILITY), |b| b.with_note(&note))
            }
            Some(("star", sub)) => {
                let given = text(sub, STARS);
                let stars = match given.trim() {
                    "none" | "" => None,
                    n => match n.parse::<u8>() {
                        Ok(n) => Some(n),
                        Err(_) => {
                            let e = bookmark::stars(Some(0)).err();
                            return Ok(e.map_or(Exit::Usage, |e| self.invalid(&e)));
                        }
                    },
                };
                self.bookmark_change(&text(sub, FACILITY), |b| b.with_stars(stars))
            }
            Some(("rank", sub)) => self.bookmark_rank(&text(sub, FACILITY), &text(sub, PLACE)),
            Some(("remove", sub)) => self.bookmark_remove(&text(sub, FACILITY)),
            Some(("photo", sub)) => self.bookmark_photo(sub),
            _ => Ok(Exit::Usage),
        }
    }

    fn bookmark_refused(&mut self, e: &BookmarkError) -> Exit {
        self.refuse(e.message_id(), &[("value", Value::from(e.value()))])
    }

    /// The live bookmark of the facility typed, or the refusal printed.
    fn bookmarked(&mut self, store: &Store, id: &str) -> Result<Result<Ranked, Exit>, StoreError> {
        let Some(facility) = FacilityRef::parse(id) else {
            return Ok(Err(
                self.bookmark_refused(&BookmarkError::BadFacility(id.trim().into()))
            ));
        };
        Ok(match store.bookmark_of(&facility)? {
            Some(b) => Ok(b),
            None => Err(self.bookmark_refused(&BookmarkError::NotBookmarked(facility.id()))),
        })
    }

    fn bookmark_add(
        &mut self,
        id: &str,
        note: Option<&str>,
        stars: Option<u8>,
    ) -> Result<Exit, StoreError> {
        // The datasets in use in the handbook (the portal's kept copies, else
        // the built-in SAMPLE ones), read quietly (`hagu nursery search`
        // reports their problems); the handbook is opened once.
        let mut store = self.open_existing()?;
        let new = match Bookmark::of(&store.nurseries_in_use()?, id) {
            Ok(b) => b,
            Err(e) => return Ok(self.bookmark_refused(&e)),
        };
        // Note and stars are checked before anything is written.
        let with = |b: Bookmark| -> Result<Bookmark, hagukumi_core::ValidationErrors> {
            let b = match note {
                Some(text) => b.with_note(text)?,
                None => b,
            };
            match stars {
                Some(n) => b.with_stars(Some(n)),
                None => Ok(b),
            }
        };
        let checked = match with(new.clone()) {
            Ok(b) => b,
            Err(e) => return Ok(self.invalid(&e)),
        };
        let mut kept = store.add_bookmark(&new, now())?;
        if note.is_some() || stars.is_some() {
            // What was given replaces what a bookmark brought back kept.
            let mut changed = kept.bookmark.clone();
            if note.is_some() {
                changed.note = checked.note;
            }
            if stars.is_some() {
                changed.stars = checked.stars;
            }
            match store.update_bookmark(kept.id, &changed, now())? {
                Ok(b) => kept = b,
                Err(e) => return Ok(self.bookmark_refused(&e)),
            }
        }
        self.say_format(
            "cli-bookmark-added",
            &[
                ("name", Value::from(kept.bookmark.name.as_str())),
                ("id", Value::from(kept.bookmark.facility.id())),
                ("rank", kept.rank.into()),
            ],
        );
        Ok(Exit::Success)
    }

    fn bookmark_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let kept = store.ordered_bookmarks()?;
        let data = store.nurseries_in_use()?;
        drop(store);
        let view = bookmarks_view(&data, &kept);
        if json {
            return Ok(self.print_json(&ListJson {
                count: view.bookmarks.len(),
                bookmarks: &view.bookmarks,
            }));
        }
        if view.bookmarks.is_empty() {
            self.say_format("cli-bookmark-none", &[]);
        }
        for b in &view.bookmarks {
            let name = words::bookmark_name(&self.l, b);
            self.say_format(
                "cli-bookmark-line",
                &[
                    ("rank", b.rank.into()),
                    ("name", Value::from(name)),
                    ("id", Value::from(b.facility_id.as_str())),
                    ("stars", Value::from(words::stars(&self.l, b.stars))),
                    ("photos", b.photos.into()),
                ],
            );
            if let Some(note) = &b.note {
                self.say_format(
                    "cli-bookmark-note-line",
                    &[("note", Value::from(note.as_str()))],
                );
            }
        }
        Ok(Exit::Success)
    }

    /// Changes a bookmark's note or stars through core.
    fn bookmark_change(
        &mut self,
        id: &str,
        change: impl FnOnce(&Bookmark) -> Result<Bookmark, hagukumi_core::ValidationErrors>,
    ) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let kept = match self.bookmarked(&store, id)? {
            Ok(b) => b,
            Err(exit) => return Ok(exit),
        };
        let changed = match change(&kept.bookmark) {
            Ok(b) => b,
            Err(e) => return Ok(self.invalid(&e)),
        };
        let b = match store.update_bookmark(kept.id, &changed, now())? {
            Ok(b) => b,
            Err(e) => return Ok(self.bookmark_refused(&e)),
        };
        self.say_format(
            "cli-bookmark-changed",
            &[
                ("name", Value::from(b.bookmark.name.as_str())),
                (
                    "stars",
                    Value::from(words::stars(&self.l, b.bookmark.stars)),
                ),
            ],
        );
        Ok(Exit::Success)
    }

    fn bookmark_rank(&mut self, id: &str, place: &str) -> Result<Exit, StoreError> {
        let how = match Move::parse(place) {
            Ok(how) => how,
            Err(e) => return Ok(self.bookmark_refused(&e)),
        };
        let mut store = self.open_existing()?;
        let kept = match self.bookmarked(&store, id)? {
            Ok(b) => b,
            Err(exit) => return Ok(exit),
        };
        let order = match store.move_bookmark(kept.id, how, now())? {
            Ok(order) => order,
            Err(e) => return Ok(self.bookmark_refused(&e)),
        };
        for b in &order {
            self.say_format(
                "cli-bookmark-rank-line",
                &[
                    ("rank", b.rank.into()),
                    ("name", Value::from(b.bookmark.name.as_str())),
                    ("id", Value::from(b.bookmark.facility.id())),
                ],
            );
        }
        Ok(Exit::Success)
    }

    fn bookmark_remove(&mut self, id: &str) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let kept = match self.bookmarked(&store, id)? {
            Ok(b) => b,
            Err(exit) => return Ok(exit),
        };
        if let Err(e) = store.remove_bookmark(kept.id, now())? {
            return Ok(self.bookmark_refused(&e));
        }
        self.say_format(
            "cli-bookmark-removed",
            &[
                ("name", Value::from(kept.bookmark.name.as_str())),
                ("id", Value::from(kept.bookmark.facility.id())),
            ],
        );
        Ok(Exit::Success)
    }

    fn bookmark_photo(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let facility = |m: &ArgMatches| m.get_one::<String>(FACILITY).cloned().unwrap_or_default();
        let photo = |m: &ArgMatches| m.get_one::<RecordId>(PHOTO).copied();
        let file = |m: &ArgMatches| m.get_one::<PathBuf>(FILE).cloned();
        match m.subcommand() {
            Some(("add", sub)) => match file(sub) {
                Some(path) => self.bookmark_photo_add(&facility(sub), &path),
                None => Ok(Exit::Usage),
            },
            Some(("list", sub)) => {
                self.bookmark_photo_list(&facility(sub), sub.get_flag(DELETED), sub.get_flag(JSON))
            }
            Some(("export", sub)) => match (photo(sub), file(sub)) {
                (Some(p), Some(path)) => self.photo_export::<BookmarkPhotos>(p, &path),
                _ => Ok(Exit::Usage),
            },
            Some(("delete", sub)) => match photo(sub) {
                Some(p) => self.photo_delete::<BookmarkPhotos>(p),
                None => Ok(Exit::Usage),
            },
            Some(("restore", sub)) => match photo(sub) {
                Some(p) => self.photo_restore::<BookmarkPhotos>(p),
                None => Ok(Exit::Usage),
            },
            _ => Ok(Exit::Usage),
        }
    }

    fn bookmark_photo_add(&mut self, id: &str, file: &std::path::Path) -> Result<Exit, StoreError> {
        // The file is checked before the handbook is opened.
        let clean = match self.read_photo(file) {
            Ok(clean) => clean,
            Err(exit) => return Ok(exit),
        };
        let mut store = self.open_existing()?;
        let kept = match self.bookmarked(&store, id)? {
            Ok(b) => b,
            Err(exit) => return Ok(exit),
        };
        let photo = match store.add_photo::<BookmarkPhotos>(kept.id, &clean, now())? {
            Ok(photo) => photo,
            Err(PhotoProblem::Photo(e)) => return Ok(self.photo_refused(e)),
            Err(_) => {
                let e = BookmarkError::NotBookmarked(kept.bookmark.facility.id());
                return Ok(self.bookmark_refused(&e));
            }
        };
        self.say_format(
            "cli-bookmark-photo-added",
            &[
                ("id", photo.id.into()),
                ("name", Value::from(kept.bookmark.name.as_str())),
                ("mime", photo.mime.as_str().into()),
                ("size", photo.bytes.len().into()),
            ],
        );
        Ok(Exit::Success)
    }

    fn bookmark_photo_list(
        &mut self,
        id: &str,
        include_deleted: bool,
        json: bool,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let kept = match self.bookmarked(&store, id)? {
            Ok(b) => b,
            Err(exit) => return Ok(exit),
        };
        let at = now();
        let photos: Vec<_> = store
            .record_photos::<BookmarkPhotos>(kept.id, include_deleted.then_some(at))?
            .into_iter()
            .filter(|p| include_deleted || p.deleted_at.is_none())
            .collect();
        if json {
            #[derive(Serialize)]
            struct PhotoJson<'a> {
                id: RecordId,
                bookmark_id: RecordId,
                mime: &'static str,
                size: usize,
                created_at: &'a str,
                deleted_at: Option<&'a str>,
            }
            let list: Vec<PhotoJson<'_>> = photos
                .iter()
                .map(|p| PhotoJson {
                    id: p.id,
                    bookmark_id: p.record_id,
                    mime: p.mime.as_str(),
                    size: p.bytes.len(),
                    created_at: &p.created_at,
                    deleted_at: p.deleted_at.as_deref(),
                })
                .collect();
            return Ok(self.print_json(&list));
        }
        let none = self.l.format(
            "cli-photo-none",
            &[("command", BookmarkPhotos::photo_command().into())],
        );
        self.say_each(&photos, &none, |l, p| {
            let text = l.format(
                "cli-bookmark-photo-line",
                &[
                    ("id", p.id.into()),
                    ("mime", p.mime.as_str().into()),
                    ("size", p.bytes.len().into()),
                    ("at", local_time(l, &p.created_at).into()),
                ],
            );
            with_deleted_mark(l, text, p.deleted_at.as_deref())
        });
        Ok(Exit::Success)
    }

    pub(crate) fn nursery_compare(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let text = |id: &str| m.get_one::<String>(id).cloned();
        let request = CompareRequest {
            facilities: m
                .get_many::<String>(FACILITIES)
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
            starred: m.get_flag(STARRED),
            birth: text(BIRTH),
            class: m.get_one::<u8>(CLASS).copied(),
            intake_year: text(INTAKE),
            from: text(FROM),
        };
        let store = self.open_existing()?;
        let kept = store.ordered_bookmarks()?;
        let data = store.nurseries_in_use()?;
        drop(store);
        let c = match nursery::compare(&data, &kept, &request, today()) {
            Ok(c) => c,
            Err(e) => return Ok(self.refuse(e.message_id(), &[("value", Value::from(e.value()))])),
        };
        if m.get_flag(JSON) {
            return Ok(self.print_json(&c));
        }
        let names: Vec<String> = c
            .columns
            .iter()
            .map(|col| {
                let name = words::column_name(&self.l, col);
                self.l.format(
                    "cli-compare-column",
                    &[
                        ("rank", col.bookmark.rank.into()),
                        ("name", Value::from(name)),
                        ("id", Value::from(col.bookmark.facility_id.as_str())),
                    ],
                )
            })
            .collect();
        for (i, name) in names.iter().enumerate() {
            let text = format!("[{}] {name}", i + 1);
            self.say(&text);
        }
        for row in words::comparison_rows(&self.l, &c) {
            let cells: Vec<String> = row
                .cells
                .iter()
                .enumerate()
                .map(|(i, cell)| format!("[{}] {}", i + 1, cell.replace('\n', " ")))
                .collect();
            self.say_format(
                "cli-compare-row",
                &[
                    ("label", Value::from(row.label)),
                    ("cells", Value::from(cells.join(" | "))),
                ],
            );
        }
        for label in &c.sample_labels {
            self.say_format(
                "nursery-sample-notice",
                &[("label", Value::from(words::label(&self.l, label)))],
            );
        }
        Ok(Exit::Success)
    }
}
