//! The record commands of any book: add, list, edit, delete, restore,
//! history (and `photo`, in `photos.rs`), through the store's record
//! layer. What differs between owners comes from [`CliBook`].

use super::{entry, input_from, kind_of, line, CliBook};
use crate::args::{DELETED, ID, JSON, KIND};
use crate::clock::{local_time, now, stamp, today, undo_until};
use crate::context::{Context, Exit};
use clap::ArgMatches;
use hagukumi_core::book::Stored;
use hagukumi_core::model::RecordId;
use hagukumi_store::{Refused, Store, StoreError};

/// What a lookup found, or the refusal already printed.
type Found<T> = Result<Result<T, Exit>, StoreError>;

impl Context<'_> {
    /// Dispatches `hagu record <sub>` (a child's records) or `hagu pregnancy
    /// record <sub>` (a pregnancy's).
    pub(crate) fn records<B: CliBook>(&mut self, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let id = |m: &ArgMatches| m.get_one::<RecordId>(ID).copied();
        let owner = |m: &ArgMatches| m.get_one::<RecordId>(B::WORDS.owner_flag).copied();
        match matches.subcommand() {
            Some(("add", m)) => match (owner(m), m.subcommand()) {
                (Some(owner), Some((kind, flags))) => self.record_add::<B>(owner, kind, flags),
                _ => Ok(Exit::Usage),
            },
            Some(("list", m)) => match owner(m) {
                Some(owner) => self.record_list::<B>(
                    owner,
                    m.get_one::<String>(KIND).and_then(|k| kind_of::<B>(k)),
                    m.get_flag(DELETED),
                    m.get_flag(JSON),
                ),
                None => Ok(Exit::Usage),
            },
            Some(("edit", m)) => match (id(m), m.subcommand()) {
                (Some(id), Some((kind, flags))) => self.record_edit::<B>(id, kind, flags),
                _ => Ok(Exit::Usage),
            },
            Some(("delete", m)) => match id(m) {
                Some(id) => self.record_delete::<B>(id),
                None => Ok(Exit::Usage),
            },
            Some(("restore", m)) => match id(m) {
                Some(id) => self.record_restore::<B>(id),
                None => Ok(Exit::Usage),
            },
            Some(("history", m)) => match id(m) {
                Some(id) => self.record_history::<B>(id, m.get_flag(JSON)),
                None => Ok(Exit::Usage),
            },
            Some(("photo", m)) => self.photo::<B>(m),
            _ => Ok(Exit::Usage),
        }
    }

    /// A refusal about record `id` in `<prefix>-<what>` words.
    fn refuse_record<B: CliBook>(&mut self, what: &str, id: RecordId) -> Exit {
        self.refuse(&B::WORDS.id(what), &[("id", id.into())])
    }

    pub(crate) fn no_owner<B: CliBook>(&mut self, id: RecordId) -> Exit {
        self.refuse(B::WORDS.no_owner, &[("id", id.into())])
    }

    pub(crate) fn no_record<B: CliBook>(&mut self, id: RecordId) -> Exit {
        self.refuse(B::WORDS.no_record, &[("id", id.into())])
    }

    /// What the store refused about record `id`, in words.
    fn refused<B: CliBook>(&mut self, refused: Refused, id: RecordId) -> Exit {
        match refused {
            // The record was found: a missing owner means a missing record.
            Refused::NoSuchOwner | Refused::NoSuchRecord => self.no_record::<B>(id),
            Refused::CannotRestore => self.refuse_record::<B>("too-old", id),
            Refused::Official => self.refuse(B::WORDS.official, &[("id", id.into())]),
            Refused::AlreadyRecorded(first) => self.already_recorded::<B>(first),
        }
    }

    /// A second live record of a kind the owner has once; `first` is the one.
    fn already_recorded<B: CliBook>(&mut self, first: RecordId) -> Exit {
        self.refuse(B::WORDS.already_recorded, &[("id", first.into())])
    }

    /// Record `id` and its owner, or the refusal printed.
    fn find_record<B: CliBook>(
        &mut self,
        store: &Store,
        id: RecordId,
    ) -> Found<(Stored<B>, B::Holder)> {
        let Some(record) = store.get::<B>(id)? else {
            return Ok(Err(self.no_record::<B>(id)));
        };
        let record: Stored<B> = record.into();
        let Some(holder) = B::holder(store, record.owner_id)? else {
            return Ok(Err(self.no_owner::<B>(record.owner_id)));
        };
        Ok(Ok((record, holder)))
    }

    /// The flags as a validated record of `kind`, or the refusal printed
    /// (flags always convert: anything else is an internal error).
    fn validated<B: CliBook>(
        &mut self,
        store: &Store,
        kind: B::Kind,
        flags: &ArgMatches,
        old: Option<&B::Data>,
        holder: &B::Holder,
    ) -> Found<B::Data> {
        let input = match input_from::<B>(kind, flags, old) {
            Ok(input) => input,
            Err(e) => return Ok(Err(self.internal(&e.to_string()))),
        };
        Ok(B::validate_in(store, &input, holder, today())?.map_err(|errors| self.invalid(&errors)))
    }

    fn record_add<B: CliBook>(
        &mut self,
        owner: RecordId,
        kind: &str,
        flags: &ArgMatches,
    ) -> Result<Exit, StoreError> {
        let Some(kind) = kind_of::<B>(kind) else {
            return Ok(Exit::Usage);
        };
        let store = self.open_existing()?;
        let Some(holder) = B::holder(&store, owner)? else {
            return Ok(self.no_owner::<B>(owner));
        };
        let data = match self.validated::<B>(&store, kind, flags, None, &holder)? {
            Ok(data) => data,
            Err(exit) => return Ok(exit),
        };
        let record: Stored<B> = match store.add::<B>(owner, &data, now())? {
            Ok(record) => record.into(),
            Err(Refused::AlreadyRecorded(first)) => return Ok(self.already_recorded::<B>(first)),
            Err(_) => return Ok(self.no_owner::<B>(owner)),
        };
        self.say_format(
            &B::WORDS.id("added"),
            &[
                ("id", record.id.into()),
                (B::WORDS.owner_arg, B::name(&self.l, &holder).into()),
                ("entry", entry::<B>(&self.l, &record.data, &holder).into()),
            ],
        );
        if let Some(hint) = B::after_add(&self.l, &record.data) {
            self.say(&hint);
        }
        Ok(Exit::Success)
    }

    fn record_list<B: CliBook>(
        &mut self,
        owner: RecordId,
        kind: Option<B::Kind>,
        include_deleted: bool,
        json: bool,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let Some(holder) = B::holder(&store, owner)? else {
            return Ok(self.no_owner::<B>(owner));
        };
        let records = store.list::<B>(owner, kind, include_deleted)?;
        if json {
            return Ok(self.print_json(&records));
        }
        let none = self.l.text(&B::WORDS.id("none"));
        self.say_each(records, &none, |l, record| {
            line::<B>(l, &record.into(), &holder)
        });
        Ok(Exit::Success)
    }

    fn record_edit<B: CliBook>(
        &mut self,
        id: RecordId,
        kind: &str,
        flags: &ArgMatches,
    ) -> Result<Exit, StoreError> {
        let Some(kind) = kind_of::<B>(kind) else {
            return Ok(Exit::Usage);
        };
        let mut store = self.open_existing()?;
        let (old, holder) = match self.find_record::<B>(&store, id)? {
            Ok(found) => found,
            Err(exit) => return Ok(exit),
        };
        if B::kind(&old.data) != kind {
            let kind = B::kind_id(B::kind(&old.data));
            return Ok(self.refuse(
                &B::WORDS.id("kind-mismatch"),
                &[("id", id.into()), ("kind", kind.into())],
            ));
        }
        if old.deleted_at.is_some() {
            return Ok(self.refuse_record::<B>("is-deleted", id));
        }
        let data = match self.validated::<B>(&store, kind, flags, Some(&old.data), &holder)? {
            Ok(data) => data,
            Err(exit) => return Ok(exit),
        };
        let record: Stored<B> = match store.edit::<B>(id, &data, now())? {
            Ok(record) => record.into(),
            Err(refused) => return Ok(self.refused::<B>(refused, id)),
        };
        self.say_changed::<B>("edited", id, &record.data, &holder);
        Ok(Exit::Success)
    }

    /// `<prefix>-<what>` (`edited`, `restored`) of record `id`, now `data`.
    fn say_changed<B: CliBook>(
        &mut self,
        what: &str,
        id: RecordId,
        data: &B::Data,
        holder: &B::Holder,
    ) {
        self.say_format(
            &B::WORDS.id(what),
            &[
                ("id", id.into()),
                ("entry", entry::<B>(&self.l, data, holder).into()),
            ],
        );
    }

    fn record_delete<B: CliBook>(&mut self, id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        match store.get::<B>(id)?.map(Into::<Stored<B>>::into) {
            None => return Ok(self.no_record::<B>(id)),
            Some(r) if r.deleted_at.is_some() => {
                return Ok(self.refuse_record::<B>("already-deleted", id));
            }
            Some(_) => {}
        }
        let when = now();
        match store.delete::<B>(id, when)? {
            Ok(()) => {}
            Err(refused) => return Ok(self.refused::<B>(refused, id)),
        }
        let until = undo_until(&self.l, &stamp(when));
        self.say_format(
            &B::WORDS.id("deleted"),
            &[("id", id.into()), ("until", until.into())],
        );
        Ok(Exit::Success)
    }

    fn record_restore<B: CliBook>(&mut self, id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        let (old, holder) = match self.find_record::<B>(&store, id)? {
            Ok(found) => found,
            Err(exit) => return Ok(exit),
        };
        if old.deleted_at.is_none() {
            return Ok(self.refuse_record::<B>("not-deleted", id));
        }
        let record: Stored<B> = match store.restore::<B>(id, now())? {
            Ok(record) => record.into(),
            Err(refused) => return Ok(self.refused::<B>(refused, id)),
        };
        self.say_changed::<B>("restored", id, &record.data, &holder);
        Ok(Exit::Success)
    }

    fn record_history<B: CliBook>(&mut self, id: RecordId, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let (_, holder) = match self.find_record::<B>(&store, id)? {
            Ok(found) => found,
            Err(exit) => return Ok(exit),
        };
        let history = store.history::<B>(id)?;
        if json {
            return Ok(self.print_json(&history));
        }
        let none = self.l.format(B::WORDS.history_none, &[("id", id.into())]);
        self.say_each(&history, &none, |l, h| {
            let change = match h.change.as_str() {
                "edit" | "delete" | "restore" => l.text(&format!("cli-history-{}", h.change)),
                other => other.to_owned(),
            };
            l.format(
                "cli-history-line",
                &[
                    ("at", local_time(l, &h.changed_at).into()),
                    ("change", change.into()),
                    ("entry", entry::<B>(l, &h.previous, &holder).into()),
                ],
            )
        });
        Ok(Exit::Success)
    }
}
