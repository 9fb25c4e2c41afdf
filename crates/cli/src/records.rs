//! `hagu record …`: a child's vaccinations, measurements, milestones and
//! notes. Validation is core's (`RecordInput::validate`), storage the
//! store's; this module only turns flags into inputs and results into words.

use crate::command::{self, flags_of};
use crate::{today, Context, Exit};
use clap::ArgMatches;
use hagukumi_core::chrono::{self, Local, NaiveDateTime, TimeZone, Utc};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{Funding, Record, RecordData, RecordInput, RecordKind, UNDO_DAYS};
use hagukumi_core::Child;
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{RecordProblem, Store, StoreError};

/// Timestamps in the handbook: UTC, RFC 3339 to the second.
const STAMP: &str = "%Y-%m-%dT%H:%M:%SZ";

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

impl Context<'_> {
    /// Dispatches `hagu record <sub>`.
    pub(crate) fn record(&mut self, matches: &ArgMatches) -> Result<Exit, StoreError> {
        let id = |m: &ArgMatches| m.get_one::<RecordId>(command::ID).copied();
        match matches.subcommand() {
            Some(("add", m)) => match (m.get_one::<RecordId>(command::CHILD), m.subcommand()) {
                (Some(&child), Some((kind, flags))) => self.record_add(child, kind, flags),
                _ => Ok(Exit::Usage),
            },
            Some(("list", m)) => match m.get_one::<RecordId>(command::CHILD) {
                Some(&child) => self.record_list(
                    child,
                    m.get_one::<String>(command::KIND)
                        .and_then(|k| RecordKind::parse(k)),
                    m.get_flag(command::DELETED),
                    m.get_flag(command::JSON),
                ),
                None => Ok(Exit::Usage),
            },
            Some(("edit", m)) => match (id(m), m.subcommand()) {
                (Some(id), Some((kind, flags))) => self.record_edit(id, kind, flags),
                _ => Ok(Exit::Usage),
            },
            Some(("delete", m)) => match id(m) {
                Some(id) => self.record_delete(id),
                None => Ok(Exit::Usage),
            },
            Some(("restore", m)) => match id(m) {
                Some(id) => self.record_restore(id),
                None => Ok(Exit::Usage),
            },
            Some(("history", m)) => match id(m) {
                Some(id) => self.record_history(id, m.get_flag(command::JSON)),
                None => Ok(Exit::Usage),
            },
            _ => Ok(Exit::Usage),
        }
    }

    /// A refusal that changed nothing: the message, status 3.
    fn refuse(&mut self, id: &str, args: &[(&str, Value<'_>)]) -> Exit {
        let text = self.l.format(id, args);
        self.complain(&text);
        Exit::InvalidInput
    }

    fn no_child(&mut self, id: RecordId) -> Exit {
        self.refuse("cli-record-no-child", &[("id", id.into())])
    }

    fn no_record(&mut self, id: RecordId) -> Exit {
        self.refuse("cli-record-no-record", &[("id", id.into())])
    }

    fn find_child(store: &Store, id: RecordId) -> Result<Option<Child>, StoreError> {
        Ok(store.children()?.into_iter().find(|c| c.id == id))
    }

    fn record_add(
        &mut self,
        child_id: RecordId,
        kind: &str,
        flags: &ArgMatches,
    ) -> Result<Exit, StoreError> {
        let Some(kind) = RecordKind::parse(kind) else {
            return Ok(Exit::Usage);
        };
        let store = self.open_existing()?;
        let Some(child) = Self::find_child(&store, child_id)? else {
            return Ok(self.no_child(child_id));
        };
        let input = input_from(kind, flags, None);
        let data = match input.validate(child.birth_date, today()) {
            Ok(data) => data,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let record = match store.add_record(child_id, &data, now())? {
            Ok(record) => record,
            Err(_) => return Ok(self.no_child(child_id)),
        };
        let text = self.l.format(
            "cli-record-added",
            &[
                ("id", record.id.into()),
                ("name", child.name.as_str().into()),
                ("entry", entry(&self.l, &record.data).into()),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn record_list(
        &mut self,
        child_id: RecordId,
        kind: Option<RecordKind>,
        include_deleted: bool,
        json: bool,
    ) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        if Self::find_child(&store, child_id)?.is_none() {
            return Ok(self.no_child(child_id));
        }
        let records = store.records(child_id, kind, include_deleted)?;
        if json {
            return Ok(self.print_json(&records));
        }
        if records.is_empty() {
            let text = self.l.text("cli-record-none");
            self.say(&text);
        }
        for record in &records {
            let line = line(&self.l, record);
            self.say(&line);
        }
        Ok(Exit::Success)
    }

    fn record_edit(
        &mut self,
        id: RecordId,
        kind: &str,
        flags: &ArgMatches,
    ) -> Result<Exit, StoreError> {
        let Some(kind) = RecordKind::parse(kind) else {
            return Ok(Exit::Usage);
        };
        let mut store = self.open_existing()?;
        let Some(old) = store.record(id)? else {
            return Ok(self.no_record(id));
        };
        if old.data.kind() != kind {
            let kind = old.data.kind().as_str();
            return Ok(self.refuse(
                "cli-record-kind-mismatch",
                &[("id", id.into()), ("kind", kind.into())],
            ));
        }
        if old.deleted_at.is_some() {
            return Ok(self.refuse("cli-record-is-deleted", &[("id", id.into())]));
        }
        let Some(child) = Self::find_child(&store, old.child_id)? else {
            return Ok(self.no_child(old.child_id));
        };
        let input = input_from(kind, flags, Some(&old.data));
        let data = match input.validate(child.birth_date, today()) {
            Ok(data) => data,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let record = match store.edit_record(id, &data, now())? {
            Ok(record) => record,
            Err(_) => return Ok(self.no_record(id)),
        };
        let text = self.l.format(
            "cli-record-edited",
            &[
                ("id", id.into()),
                ("entry", entry(&self.l, &record.data).into()),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn record_delete(&mut self, id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        match store.record(id)? {
            None => return Ok(self.no_record(id)),
            Some(r) if r.deleted_at.is_some() => {
                return Ok(self.refuse("cli-record-already-deleted", &[("id", id.into())]));
            }
            Some(_) => {}
        }
        let when = now();
        if store.delete_record(id, when)?.is_err() {
            return Ok(self.no_record(id));
        }
        // What the store wrote, to the second.
        let deleted = when.format(STAMP).to_string();
        let until = undo_until(&self.l, &deleted);
        let text = self.l.format(
            "cli-record-deleted",
            &[("id", id.into()), ("until", until.into())],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn record_restore(&mut self, id: RecordId) -> Result<Exit, StoreError> {
        let mut store = self.open_existing()?;
        match store.record(id)? {
            None => return Ok(self.no_record(id)),
            Some(r) if r.deleted_at.is_none() => {
                return Ok(self.refuse("cli-record-not-deleted", &[("id", id.into())]));
            }
            Some(_) => {}
        }
        let record = match store.restore_record(id, now())? {
            Ok(record) => record,
            Err(RecordProblem::NoSuchRecord | RecordProblem::NoSuchChild) => {
                return Ok(self.no_record(id))
            }
            Err(RecordProblem::CannotRestore) => {
                return Ok(self.refuse("cli-record-too-old", &[("id", id.into())]));
            }
        };
        let text = self.l.format(
            "cli-record-restored",
            &[
                ("id", id.into()),
                ("entry", entry(&self.l, &record.data).into()),
            ],
        );
        self.say(&text);
        Ok(Exit::Success)
    }

    fn record_history(&mut self, id: RecordId, json: bool) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        if store.record(id)?.is_none() {
            return Ok(self.no_record(id));
        }
        let history = store.record_history(id)?;
        if json {
            return Ok(self.print_json(&history));
        }
        if history.is_empty() {
            let text = self.l.format("cli-history-none", &[("id", id.into())]);
            self.say(&text);
        }
        for h in &history {
            let change = match h.change.as_str() {
                "edit" | "delete" | "restore" => self.l.text(&format!("cli-history-{}", h.change)),
                other => other.to_owned(),
            };
            let text = self.l.format(
                "cli-history-line",
                &[
                    ("at", local_time(&self.l, &h.changed_at).into()),
                    ("change", change.into()),
                    ("entry", entry(&self.l, &h.previous).into()),
                ],
            );
            self.say(&text);
        }
        Ok(Exit::Success)
    }
}

/// The input for `kind` from its flags. When editing, `old` gives every
/// value that is not on the command line (an empty value clears it).
fn input_from(kind: RecordKind, flags: &ArgMatches, old: Option<&RecordData>) -> RecordInput {
    let old = old.map(input_of);
    let old_value = |id: &str| {
        old.as_ref()
            .and_then(|input| value_of(input, id))
            .unwrap_or_default()
    };
    let v = |id: &str| {
        debug_assert!(flags_of(kind).iter().any(|f| f.0 == id), "{id}");
        flags
            .get_one::<String>(id)
            .cloned()
            .unwrap_or_else(|| old_value(id))
    };
    match kind {
        RecordKind::Vaccination => RecordInput::Vaccination {
            vaccine: v("vaccine"),
            dose: v("dose"),
            date: v("date"),
            manufacturer: v("manufacturer"),
            lot: v("lot"),
            facility: v("facility"),
            funding: v("funding"),
        },
        RecordKind::Measurement => RecordInput::Measurement {
            date: v("date"),
            weight_kg: v("weight"),
            height_cm: v("height"),
            head_cm: v("head"),
            chest_cm: v("chest"),
        },
        RecordKind::Milestone => RecordInput::Milestone {
            date: v("date"),
            what: v("what"),
            note: v("note"),
        },
        RecordKind::Note => RecordInput::Note {
            date: v("date"),
            text: v("text"),
        },
        RecordKind::Allergy => RecordInput::Allergy {
            date: v("date"),
            substance: v("substance"),
            reaction: v("reaction"),
        },
        RecordKind::Illness => RecordInput::Illness {
            date: v("date"),
            name: v("name"),
            note: v("note"),
        },
    }
}

/// The value of the flag `id` in an input (`None`: not a flag of its kind).
fn value_of(input: &RecordInput, id: &str) -> Option<String> {
    let value = match (input, id) {
        (RecordInput::Vaccination { vaccine, .. }, "vaccine") => vaccine,
        (RecordInput::Vaccination { dose, .. }, "dose") => dose,
        (RecordInput::Vaccination { date, .. }, "date") => date,
        (RecordInput::Vaccination { manufacturer, .. }, "manufacturer") => manufacturer,
        (RecordInput::Vaccination { lot, .. }, "lot") => lot,
        (RecordInput::Vaccination { facility, .. }, "facility") => facility,
        (RecordInput::Vaccination { funding, .. }, "funding") => funding,
        (RecordInput::Measurement { date, .. }, "date") => date,
        (RecordInput::Measurement { weight_kg, .. }, "weight") => weight_kg,
        (RecordInput::Measurement { height_cm, .. }, "height") => height_cm,
        (RecordInput::Measurement { head_cm, .. }, "head") => head_cm,
        (RecordInput::Measurement { chest_cm, .. }, "chest") => chest_cm,
        (RecordInput::Milestone { date, .. }, "date") => date,
        (RecordInput::Milestone { what, .. }, "what") => what,
        (RecordInput::Milestone { note, .. }, "note") => note,
        (RecordInput::Note { date, .. }, "date") => date,
        (RecordInput::Note { text, .. }, "text") => text,
        (RecordInput::Allergy { date, .. }, "date") => date,
        (RecordInput::Allergy { substance, .. }, "substance") => substance,
        (RecordInput::Allergy { reaction, .. }, "reaction") => reaction,
        (RecordInput::Illness { date, .. }, "date") => date,
        (RecordInput::Illness { name, .. }, "name") => name,
        (RecordInput::Illness { note, .. }, "note") => note,
        _ => return None,
    };
    Some(value.clone())
}

/// A stored record written back as the strings that would validate to it.
fn input_of(data: &RecordData) -> RecordInput {
    let date = |d: &hagukumi_core::Date| d.format("%Y-%m-%d").to_string();
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    // `f64`'s Display is the shortest text that reads back as the same value.
    let number = |x: &Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
    match data {
        RecordData::Vaccination(v) => RecordInput::Vaccination {
            vaccine: v.vaccine.clone(),
            dose: v.dose.to_string(),
            date: date(&v.date),
            manufacturer: text(&v.manufacturer),
            lot: text(&v.lot),
            facility: text(&v.facility),
            funding: match v.funding {
                None => String::new(),
                Some(Funding::Public) => "public".into(),
                Some(Funding::SelfPaid) => "self-paid".into(),
            },
        },
        RecordData::Measurement(m) => RecordInput::Measurement {
            date: date(&m.date),
            weight_kg: number(&m.weight_kg),
            height_cm: number(&m.height_cm),
            head_cm: number(&m.head_cm),
            chest_cm: number(&m.chest_cm),
        },
        RecordData::Milestone(m) => RecordInput::Milestone {
            date: date(&m.date),
            what: m.what.clone(),
            note: text(&m.note),
        },
        RecordData::Note(n) => RecordInput::Note {
            date: date(&n.date),
            text: n.text.clone(),
        },
        RecordData::Allergy(a) => RecordInput::Allergy {
            date: date(&a.date),
            substance: a.substance.clone(),
            reaction: text(&a.reaction),
        },
        RecordData::Illness(i) => RecordInput::Illness {
            date: date(&i.date),
            name: i.name.clone(),
            note: text(&i.note),
        },
    }
}

/// A record's content in one line: date, kind, summary.
fn entry(l: &Localizer, data: &RecordData) -> String {
    // The app's name for the kind (`locales/*/hagukumi.ftl`).
    let kind = l.text(&format!("record-kind-{}", data.kind().as_str()));
    let summary = match data {
        RecordData::Vaccination(v) => l.format(
            "cli-record-summary-vaccination",
            &[
                ("vaccine", v.vaccine.as_str().into()),
                ("dose", v.dose.into()),
            ],
        ),
        RecordData::Measurement(m) => {
            let values: Vec<String> = [
                ("cli-value-weight", m.weight_kg),
                ("cli-value-height", m.height_cm),
                ("cli-value-head", m.head_cm),
                ("cli-value-chest", m.chest_cm),
            ]
            .into_iter()
            .filter_map(|(id, x)| x.map(|x| l.format(id, &[("value", x.to_string().into())])))
            .collect();
            values.join(&l.text("cli-value-separator"))
        }
        RecordData::Milestone(m) => one_line(&m.what),
        RecordData::Note(n) => one_line(&n.text),
        RecordData::Allergy(a) => one_line(&a.substance),
        RecordData::Illness(i) => one_line(&i.name),
    };
    l.format(
        "cli-record-entry",
        &[
            ("date", l.date(data.date()).into()),
            ("kind", kind.into()),
            ("summary", summary.into()),
        ],
    )
}

/// Free text on one line of the terminal.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A record as a line of `hagu record list`.
fn line(l: &Localizer, record: &Record) -> String {
    let entry = entry(l, &record.data);
    let line = l.format(
        "cli-record-line",
        &[("id", record.id.into()), ("entry", entry.into())],
    );
    match &record.deleted_at {
        None => line,
        Some(deleted) => {
            let restorable = parse_stamp(deleted)
                .is_some_and(|at| hagukumi_core::records::can_restore(at, now()));
            let mark = if restorable {
                l.format(
                    "cli-record-mark-deleted",
                    &[("until", undo_until(l, deleted).into())],
                )
            } else {
                l.text("cli-record-mark-gone")
            };
            format!("{line}  {mark}")
        }
    }
}

fn parse_stamp(stamp: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

/// A stored UTC timestamp as the user's local date and time.
fn local_time(l: &Localizer, stamp: &str) -> String {
    match parse_stamp(stamp) {
        Some(at) => local(l, at),
        None => stamp.to_owned(),
    }
}

fn local(l: &Localizer, utc: NaiveDateTime) -> String {
    let at = Utc.from_utc_datetime(&utc).with_timezone(&Local);
    l.format(
        "cli-datetime",
        &[
            ("date", l.date(at.date_naive()).into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    )
}

/// The last moment a record deleted at `deleted` (UTC stamp) can be restored.
fn undo_until(l: &Localizer, deleted: &str) -> String {
    match parse_stamp(deleted) {
        Some(at) => local(l, at + chrono::Duration::days(UNDO_DAYS)),
        None => deleted.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Date;

    #[test]
    fn stored_records_read_back_as_the_same_input() {
        let birth: Date = "2025-02-28".parse().unwrap();
        let today: Date = "2026-11-25".parse().unwrap();
        let inputs = [
            RecordInput::Vaccination {
                vaccine: "hib".into(),
                dose: "2".into(),
                date: "2025-06-01".into(),
                manufacturer: "".into(),
                lot: "AB12".into(),
                facility: "こども園クリニック".into(),
                funding: "self-paid".into(),
            },
            RecordInput::Measurement {
                date: "2025-03-28".into(),
                weight_kg: "4.21".into(),
                height_cm: "54.5".into(),
                head_cm: "".into(),
                chest_cm: "36".into(),
            },
            RecordInput::Milestone {
                date: "2025-08-01".into(),
                what: "寝返り".into(),
                note: "".into(),
            },
            RecordInput::Note {
                date: "2025-08-02".into(),
                text: "はじめて笑った".into(),
            },
            RecordInput::Allergy {
                date: "2025-09-01".into(),
                substance: "卵".into(),
                reaction: "じんましん".into(),
            },
            RecordInput::Illness {
                date: "2025-10-01".into(),
                name: "突発性発しん".into(),
                note: "".into(),
            },
        ];
        for input in inputs {
            let data = input.validate(birth, today).unwrap();
            assert_eq!(input_of(&data), input);
            for &(id, ..) in flags_of(data.kind()) {
                assert!(value_of(&input, id).is_some(), "{id}");
            }
        }
    }
}
