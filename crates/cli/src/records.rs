// tidy: over budget because flag tables, handlers and the child summary text (108 lines of tests); #11 shares the handlers with `pregnancy.rs` and moves the summary into i18n.
//! `hagu record …`: a child's vaccinations, measurements, milestones and
//! notes. Validation is core's (`RecordInput::validate`), storage the
//! store's; this module only turns flags into inputs and results into words.

use crate::command::{self, flags_of};
use crate::{today, Context, Exit};
use clap::ArgMatches;
use hagukumi_core::child_records::AnswerInput;
use hagukumi_core::chrono::{self, Local, NaiveDateTime, TimeZone, Utc};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{
    BirthInput, CheckupInput, DentalInput, MedicineInput, Record, RecordData, RecordInput,
    RecordKind, ScreeningInput, UNDO_DAYS,
};
use hagukumi_core::Child;
use hagukumi_i18n::{records, Localizer, Value};
use hagukumi_store::{RecordProblem, Store, StoreError};

/// Timestamps in the handbook: UTC, RFC 3339 to the second.
pub(crate) const STAMP: &str = "%Y-%m-%dT%H:%M:%SZ";

pub(crate) fn now() -> NaiveDateTime {
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
            Some(("photo", m)) => self.photo(crate::photos::Place::Child, m),
            _ => Ok(Exit::Usage),
        }
    }

    /// A refusal that changed nothing: the message, status 3.
    pub(crate) fn refuse(&mut self, id: &str, args: &[(&str, Value<'_>)]) -> Exit {
        let text = self.l.format(id, args);
        self.complain(&text);
        Exit::InvalidInput
    }

    pub(crate) fn no_child(&mut self, id: RecordId) -> Exit {
        self.refuse("cli-record-no-child", &[("id", id.into())])
    }

    pub(crate) fn no_record(&mut self, id: RecordId) -> Exit {
        self.refuse("cli-record-no-record", &[("id", id.into())])
    }

    pub(crate) fn find_child(store: &Store, id: RecordId) -> Result<Option<Child>, StoreError> {
        store.child(id)
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
            Err(RecordProblem::AlreadyRecorded(existing)) => {
                return Ok(self.refuse("cli-record-birth-exists", &[("id", existing.into())]));
            }
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

    /// Official records from the portal are read-only.
    fn official(&mut self, id: RecordId) -> Exit {
        self.refuse("cli-record-official", &[("id", id.into())])
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
            Err(RecordProblem::Official) => return Ok(self.official(id)),
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
        match store.delete_record(id, when)? {
            Ok(()) => {}
            Err(RecordProblem::Official) => return Ok(self.official(id)),
            Err(_) => return Ok(self.no_record(id)),
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
            Err(RecordProblem::Official) => return Ok(self.official(id)),
            Err(RecordProblem::AlreadyRecorded(existing)) => {
                return Ok(self.refuse("cli-record-birth-exists", &[("id", existing.into())]));
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
    let old = old.map(RecordData::to_input);
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
        RecordKind::Birth => RecordInput::Birth(BirthInput {
            date: v("date"),
            time: v("time"),
            gestation_weeks: v("weeks"),
            gestation_days: v("days"),
            delivery: v("delivery"),
            weight_g: v("weight-g"),
            length_cm: v("length"),
            head_cm: v("head"),
            chest_cm: v("chest"),
            apgar_1min: v("apgar1"),
            apgar_5min: v("apgar5"),
            complications: v("complications"),
            facility: v("facility"),
        }),
        RecordKind::Checkup => RecordInput::Checkup(CheckupInput {
            checkup: v("checkup"),
            date: v("date"),
            weight_kg: v("weight"),
            height_cm: v("height"),
            head_cm: v("head"),
            chest_cm: v("chest"),
            findings: v("findings"),
            facility: v("facility"),
            answers: answers_from(flags, old.as_ref()),
        }),
        RecordKind::Dental => RecordInput::Dental(DentalInput {
            date: v("date"),
            teeth: v("teeth"),
            caries: v("caries"),
            fluoride: v("fluoride"),
            note: v("note"),
        }),
        RecordKind::Screening => RecordInput::Screening(ScreeningInput {
            date: v("date"),
            test: v("test"),
            result: v("result"),
            note: v("note"),
        }),
        RecordKind::Medicine => RecordInput::Medicine(MedicineInput {
            date: v("start"),
            end: v("end"),
            name: v("name"),
            instructions: v("instructions"),
        }),
    }
}

/// A checkup's answers: each `--answer ITEM=VALUE` (`ITEM` alone means
/// yes), after the old answers to the questions not named again (editing;
/// `ITEM=` then removes an answer, as an empty answer is no answer).
fn answers_from(flags: &ArgMatches, old: Option<&RecordInput>) -> Vec<AnswerInput> {
    let given: Vec<AnswerInput> = flags
        .get_many::<String>(command::ANSWER)
        .into_iter()
        .flatten()
        .map(|a| match a.split_once('=') {
            Some((item, answer)) => AnswerInput {
                item: item.trim().to_owned(),
                answer: answer.trim().to_owned(),
            },
            None => AnswerInput {
                item: a.trim().to_owned(),
                answer: "yes".into(),
            },
        })
        .collect();
    let kept = match old {
        Some(RecordInput::Checkup(c)) => c.answers.clone(),
        _ => Vec::new(),
    };
    let mut answers: Vec<AnswerInput> = kept
        .into_iter()
        .filter(|a| !given.iter().any(|g| g.item == a.item))
        .collect();
    answers.extend(given);
    answers
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
        (RecordInput::Birth(b), id) => match id {
            "date" => &b.date,
            "time" => &b.time,
            "weeks" => &b.gestation_weeks,
            "days" => &b.gestation_days,
            "delivery" => &b.delivery,
            "weight-g" => &b.weight_g,
            "length" => &b.length_cm,
            "head" => &b.head_cm,
            "chest" => &b.chest_cm,
            "apgar1" => &b.apgar_1min,
            "apgar5" => &b.apgar_5min,
            "complications" => &b.complications,
            "facility" => &b.facility,
            _ => return None,
        },
        (RecordInput::Checkup(c), id) => match id {
            "checkup" => &c.checkup,
            "date" => &c.date,
            "weight" => &c.weight_kg,
            "height" => &c.height_cm,
            "head" => &c.head_cm,
            "chest" => &c.chest_cm,
            "findings" => &c.findings,
            "facility" => &c.facility,
            _ => return None,
        },
        (RecordInput::Dental(d), id) => match id {
            "date" => &d.date,
            "teeth" => &d.teeth,
            "caries" => &d.caries,
            "fluoride" => &d.fluoride,
            "note" => &d.note,
            _ => return None,
        },
        (RecordInput::Screening(s), id) => match id {
            "date" => &s.date,
            "test" => &s.test,
            "result" => &s.result,
            "note" => &s.note,
            _ => return None,
        },
        (RecordInput::Medicine(m), id) => match id {
            "start" => &m.date,
            "end" => &m.end,
            "name" => &m.name,
            "instructions" => &m.instructions,
            _ => return None,
        },
        _ => return None,
    };
    Some(value.clone())
}

/// A record's content in one line: date, kind, summary.
fn entry(l: &Localizer, data: &RecordData) -> String {
    l.format(
        "cli-record-entry",
        &[
            ("date", l.date(data.date()).into()),
            ("kind", records::kind_name(l, data.kind()).into()),
            (
                "summary",
                records::summary(l, data, records::Style::Line).into(),
            ),
        ],
    )
}

/// Free text on one line of the terminal.
pub(crate) use hagukumi_i18n::records::one_line;

/// A record as a line of `hagu record list`.
fn line(l: &Localizer, record: &Record) -> String {
    let entry = entry(l, &record.data);
    let line = l.format(
        "cli-record-line",
        &[("id", record.id.into()), ("entry", entry.into())],
    );
    with_deleted_mark(l, line, record.deleted_at.as_deref())
}

/// `line`, marked when its record is deleted: until when it can be
/// restored, or that it is gone for good. Shared by `hagu pregnancy record`.
pub(crate) fn with_deleted_mark(l: &Localizer, line: String, deleted_at: Option<&str>) -> String {
    let Some(deleted) = deleted_at else {
        return line;
    };
    let restorable =
        parse_stamp(deleted).is_some_and(|at| hagukumi_core::records::can_restore(at, now()));
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

pub(crate) fn parse_stamp(stamp: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

/// A stored UTC timestamp as the user's local date and time.
pub(crate) fn local_time(l: &Localizer, stamp: &str) -> String {
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
pub(crate) fn undo_until(l: &Localizer, deleted: &str) -> String {
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
            RecordInput::Birth(BirthInput {
                date: "2025-02-28".into(),
                time: "04:30".into(),
                gestation_weeks: "36".into(),
                gestation_days: "0".into(),
                delivery: "vacuum".into(),
                weight_g: "2650".into(),
                length_cm: "47.5".into(),
                head_cm: "".into(),
                chest_cm: "30".into(),
                apgar_1min: "8".into(),
                apgar_5min: "".into(),
                complications: "".into(),
                facility: "さくら産院".into(),
            }),
            RecordInput::Checkup(CheckupInput {
                checkup: "y1-6".into(),
                date: "2026-09-01".into(),
                weight_kg: "10.2".into(),
                height_cm: "".into(),
                head_cm: "".into(),
                chest_cm: "".into(),
                findings: "".into(),
                facility: "市保健センター".into(),
                answers: vec![
                    AnswerInput {
                        item: "y1-6-walks".into(),
                        answer: "2026-03-20".into(),
                    },
                    AnswerInput {
                        item: "y1-6-words".into(),
                        answer: "no".into(),
                    },
                ],
            }),
            RecordInput::Dental(DentalInput {
                date: "2026-09-01".into(),
                teeth: "12".into(),
                caries: "".into(),
                fluoride: "no".into(),
                note: "".into(),
            }),
            RecordInput::Screening(ScreeningInput {
                date: "2025-03-01".into(),
                test: "newborn-hearing".into(),
                result: "refer".into(),
                note: "再検査予定".into(),
            }),
            RecordInput::Medicine(MedicineInput {
                date: "2026-11-01".into(),
                end: "".into(),
                name: "ヘパリン類似物質".into(),
                instructions: "1日2回".into(),
            }),
        ];
        for input in inputs {
            let data = input.validate(birth, today).unwrap();
            assert_eq!(data.to_input(), input);
            for &(id, ..) in flags_of(data.kind()) {
                assert!(value_of(&input, id).is_some(), "{id}");
            }
        }
    }
}
