//! One command line for the records of any book (`hagu record …` for a
//! child's, `hagu pregnancy record …` for a pregnancy's): the tree
//! (`tree.rs`), the handlers (`handlers.rs`) and the photos on the records
//! (`photos.rs`) are written once over [`CliBook`]; each owner only
//! supplies its flags (which input field each fills) and its words.
//! Validation is core's (`Book::validate`), storage the store's record
//! layer (`Store::add::<B>`, …).

use clap::{Arg, ArgMatches};
use hagukumi_core::book::Stored;
use hagukumi_core::model::RecordId;
use hagukumi_core::{Date, ValidationErrors};
use hagukumi_i18n::Localizer;
use hagukumi_store::{Shelf, Store, StoreError};
use serde::de::DeserializeOwned;
use serde::Serialize;

mod handlers;
pub(crate) mod photos;
pub(crate) mod tree;

/// A book as the command line knows it.
pub(crate) trait CliBook:
    Shelf<Record: Serialize, Input: Serialize + DeserializeOwned>
{
    /// The owner as the words name it (a `Child`, a `Pregnancy`).
    type Holder;
    /// The kinds, in the order `--help` lists them.
    const KINDS: &'static [Self::Kind];
    const WORDS: Words;
    /// Whether a flag's value may start with `-` (`--urine-protein -`).
    const HYPHEN_VALUES: bool = false;

    /// The flags of one kind (`add` and `edit`).
    fn flags(kind: Self::Kind) -> &'static [Flag];
    /// Arguments of a kind that are not one field each (a checkup's
    /// repeatable `--answer`).
    fn more_args(_l: &Localizer, _kind: Self::Kind) -> Vec<Arg> {
        Vec::new()
    }
    /// Completes an input with what those arguments give.
    fn more_input(_input: &mut Self::Input, _flags: &ArgMatches) {}

    fn holder(store: &Store, id: RecordId) -> Result<Option<Self::Holder>, StoreError>;
    /// What validating one of its records needs of the owner.
    fn facts(holder: &Self::Holder) -> Self::Owner;
    /// Checks `input` as the owner's form does (with what the handbook
    /// holds that the check needs, e.g. the rules in use).
    fn validate_in(
        _store: &Store,
        input: &Self::Input,
        holder: &Self::Holder,
        today: Date,
    ) -> Result<Result<Self::Data, ValidationErrors>, StoreError> {
        Ok(Self::validate(input, &Self::facts(holder), today))
    }
    /// The owner's name in messages (the `WORDS.owner_arg` argument).
    fn name(l: &Localizer, holder: &Self::Holder) -> String;
    fn kind_name(l: &Localizer, kind: Self::Kind) -> String;
    /// A record's content on one line, without its date and kind.
    fn summary(l: &Localizer, data: &Self::Data, holder: &Self::Holder) -> String;
    /// A line to print after a record was added (a follow-up hint).
    fn after_add(_l: &Localizer, _data: &Self::Data) -> Option<String> {
        None
    }
}

/// One flag of a record kind: `--<id> VALUE` fills the input's `field`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flag {
    /// The argument id and long flag.
    pub id: &'static str,
    /// The input's field (its JSON key).
    pub field: &'static str,
    pub value_name: &'static str,
    /// Its help's message id.
    pub help: &'static str,
    /// Required when adding.
    pub required: bool,
}

impl Flag {
    /// `--<id>`, filling the field of the same name, optional.
    pub(crate) const fn new(
        id: &'static str,
        value_name: &'static str,
        help: &'static str,
    ) -> Flag {
        Flag {
            id,
            field: id,
            value_name,
            help,
            required: false,
        }
    }

    /// Filling `field` instead.
    pub(crate) const fn to(self, field: &'static str) -> Flag {
        Flag { field, ..self }
    }

    /// Required when adding.
    pub(crate) const fn required(self) -> Flag {
        Flag {
            required: true,
            ..self
        }
    }
}

/// An owner's words: the command as typed, its arguments, and the message
/// ids that are not `<prefix>-<what>` (e.g. `cli-record-added`,
/// `cli-pregnancy-record-added`).
pub(crate) struct Words {
    /// `hagu record`, `hagu pregnancy record`.
    pub command: &'static str,
    /// Most message ids: `<prefix>-about`, `<prefix>-<kind>-about`,
    /// `<prefix>-added`, `<prefix>-too-old`, ….
    pub prefix: &'static str,
    /// The owner's flag (`--child ID`) and its photo argument (`CHILD`).
    pub owner_flag: &'static str,
    pub owner_value: &'static str,
    /// The argument naming the owner in messages (`name`, `title`).
    pub owner_arg: &'static str,
    pub owner_help: &'static str,
    pub kind_help: &'static str,
    pub deleted_help: &'static str,
    pub history_json_help: &'static str,
    pub photo_about: &'static str,
    pub no_owner: &'static str,
    pub no_record: &'static str,
    pub history_none: &'static str,
    /// A record from the portal (read-only).
    pub official: &'static str,
    /// A second live record of a kind the owner has once (`$id`: the first).
    pub already_recorded: &'static str,
    pub photo_not_theirs: &'static str,
}

impl Words {
    /// `<prefix>-<what>`.
    pub(crate) fn id(&self, what: &str) -> String {
        format!("{}-{what}", self.prefix)
    }

    /// `hagu record photo`, `hagu pregnancy record photo`.
    pub(crate) fn photo_command(&self) -> String {
        format!("{} photo", self.command)
    }
}

/// The kind named `id` on the command line.
pub(crate) fn kind_of<B: CliBook>(id: &str) -> Option<B::Kind> {
    B::KINDS.iter().copied().find(|&k| B::kind_id(k) == id)
}

/// The input for `kind` from its flags. When editing, `old` gives every
/// value that is not on the command line (an empty value clears it). The
/// input's JSON shape names the fields, so each flag fills one key.
pub(crate) fn input_from<B: CliBook>(
    kind: B::Kind,
    flags: &ArgMatches,
    old: Option<&B::Data>,
) -> serde_json::Result<B::Input> {
    let mut value = match old {
        Some(old) => serde_json::to_value(B::to_input(old))?,
        None => serde_json::json!({ "kind": B::kind_id(kind) }),
    };
    for flag in B::flags(kind) {
        match flags.get_one::<String>(flag.id) {
            Some(given) => value[flag.field] = given.as_str().into(),
            None if old.is_none() => value[flag.field] = "".into(),
            None => debug_assert!(value.get(flag.field).is_some(), "{}", flag.field),
        }
    }
    let mut input = serde_json::from_value(value)?;
    B::more_input(&mut input, flags);
    Ok(input)
}

/// A record's content in one line: date, kind, summary.
pub(crate) fn entry<B: CliBook>(l: &Localizer, data: &B::Data, holder: &B::Holder) -> String {
    l.format(
        "cli-record-entry",
        &[
            ("date", l.date(B::date(data)).into()),
            ("kind", B::kind_name(l, B::kind(data)).into()),
            ("summary", B::summary(l, data, holder).into()),
        ],
    )
}

/// A record as a line of `… record list`.
pub(crate) fn line<B: CliBook>(l: &Localizer, record: &Stored<B>, holder: &B::Holder) -> String {
    let entry = entry::<B>(l, &record.data, holder);
    let line = l.format(
        "cli-record-line",
        &[("id", record.id.into()), ("entry", entry.into())],
    );
    crate::clock::with_deleted_mark(l, line, record.deleted_at.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::book::Book;
    use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordInput};
    use hagukumi_core::records::ChildBook;
    use hagukumi_core::Language;

    /// The matches of `kind`'s subcommand of `hagu <words…>`.
    fn flags_of(args: &[&str]) -> (String, ArgMatches) {
        let l = Localizer::new(Language::En);
        let mut m = crate::command(&l)
            .try_get_matches_from(std::iter::once("hagu").chain(args.iter().copied()))
            .unwrap();
        loop {
            let (name, sub) = m.subcommand().unwrap();
            let (name, sub) = (name.to_owned(), sub.clone());
            if sub.subcommand().is_none() {
                return (name, sub);
            }
            m = sub;
        }
    }

    /// `hagu <B's command> add --<owner> 1 <kind>` with each required flag.
    fn added<B: CliBook>(kind: B::Kind) -> ArgMatches {
        let mut args: Vec<&str> = B::WORDS.command.split(' ').skip(1).collect();
        let owner = format!("--{}", B::WORDS.owner_flag);
        args.extend(["add", &owner, "1", B::kind_id(kind)]);
        let required: Vec<String> = B::flags(kind)
            .iter()
            .filter(|f| f.required)
            .map(|f| format!("--{}", f.id))
            .collect();
        for flag in &required {
            args.extend([flag.as_str(), "x"]);
        }
        flags_of(&args).1
    }

    /// Every kind's flags fill every field of its input, each once.
    fn every_field_has_its_flag<B: CliBook>(more: &[&str]) {
        for &kind in B::KINDS {
            let input = input_from::<B>(kind, &added::<B>(kind), None).unwrap();
            let value = serde_json::to_value(&input).unwrap();
            let fields: Vec<&String> = value
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| *k != "kind" && !more.contains(&k.as_str()))
                .collect();
            let mut filled: Vec<&str> = B::flags(kind).iter().map(|f| f.field).collect();
            filled.sort_unstable();
            filled.dedup();
            assert_eq!(filled.len(), B::flags(kind).len(), "{kind:?}");
            assert_eq!(fields.len(), filled.len(), "{kind:?}: {fields:?}");
            for field in fields {
                assert!(filled.contains(&field.as_str()), "{kind:?}: {field}");
            }
        }
    }

    #[test]
    fn every_flag_names_a_field_of_its_kind() {
        every_field_has_its_flag::<ChildBook>(&["answers"]);
        every_field_has_its_flag::<PregnancyBook>(&[]);
    }

    #[test]
    fn flags_become_the_input_and_edits_keep_the_rest() {
        let (kind, flags) = flags_of(&[
            "pregnancy",
            "record",
            "add",
            "--pregnancy",
            "1",
            "prenatal-visit",
            "--date",
            "2026-11-20",
            "--urine-protein",
            "-",
            "--systolic",
            "112",
        ]);
        let kind = kind_of::<PregnancyBook>(&kind).unwrap();
        let input = input_from::<PregnancyBook>(kind, &flags, None).unwrap();
        let PregnancyRecordInput::PrenatalVisit {
            urine_protein,
            systolic,
            weight_kg,
            ..
        } = &input
        else {
            panic!("{input:?}")
        };
        assert_eq!((urine_protein.as_str(), systolic.as_str()), ("-", "112"));
        assert_eq!(weight_kg, "");

        let birth = "2025-02-28".parse().unwrap();
        let today = "2026-11-25".parse().unwrap();
        let (kind, flags) = flags_of(&[
            "record",
            "add",
            "--child",
            "1",
            "checkup",
            "--checkup",
            "y1-6",
            "--date",
            "2026-09-01",
            "--weight",
            "10.2",
            "--answer",
            "y1-6-walks=2026-03-20",
            "--answer",
            "y1-6-words=no",
        ]);
        let kind = kind_of::<ChildBook>(&kind).unwrap();
        let input = input_from::<ChildBook>(kind, &flags, None).unwrap();
        let old = ChildBook::validate(&input, &birth, today).unwrap();
        assert_eq!(ChildBook::to_input(&old), input);
        let (_, flags) = flags_of(&[
            "record",
            "edit",
            "7",
            "checkup",
            "--height",
            "75",
            "--answer",
            "y1-6-words=yes",
        ]);
        let edited = input_from::<ChildBook>(kind, &flags, Some(&old)).unwrap();
        let json = serde_json::to_value(&edited).unwrap();
        assert_eq!(json["weight_kg"], "10.2");
        assert_eq!(json["height_cm"], "75");
        assert_eq!(
            json["answers"],
            serde_json::json!([
                {"item": "y1-6-walks", "answer": "2026-03-20"},
                {"item": "y1-6-words", "answer": "yes"}
            ])
        );
    }
}
