//! A child's records on the command line (`hagu record …`): the flags of
//! each kind, the checkup's `--answer`s and the child's words for the
//! generic record commands of `crate::book`.

use crate::book::{CliBook, Flag, Words};
use clap::{Arg, ArgAction, ArgMatches};
use hagukumi_core::child_records::AnswerInput;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{ChildBook, RecordData, RecordInput, RecordKind};
use hagukumi_core::{Child, Date, ValidationErrors};
use hagukumi_i18n::{records, Localizer};
use hagukumi_store::{Store, StoreError};

const DATE: Flag = Flag::new("date", "YYYY-MM-DD", "cli-record-date-help").required();
const NOTE: Flag = Flag::new("note", "TEXT", "cli-record-note-help");
const FACILITY: Flag = Flag::new("facility", "TEXT", "cli-record-facility-help");
const WEIGHT: Flag = Flag::new("weight", "KG", "cli-record-weight-help").to("weight_kg");
const HEIGHT: Flag = Flag::new("height", "CM", "cli-record-height-help").to("height_cm");
const HEAD: Flag = Flag::new("head", "CM", "cli-record-head-help").to("head_cm");
const CHEST: Flag = Flag::new("chest", "CM", "cli-record-chest-help").to("chest_cm");

/// The flags of each record kind (`record add` and `record edit`).
const VACCINATION: &[Flag] = &[
    Flag::new("vaccine", "ID", "cli-record-vaccine-help").required(),
    Flag::new("dose", "N", "cli-record-dose-help").required(),
    DATE,
    Flag::new("manufacturer", "TEXT", "cli-record-manufacturer-help"),
    Flag::new("lot", "TEXT", "cli-record-lot-help"),
    FACILITY,
    Flag::new("funding", "public|self-paid", "cli-record-funding-help"),
];
const MEASUREMENT: &[Flag] = &[DATE, WEIGHT, HEIGHT, HEAD, CHEST];
const MILESTONE: &[Flag] = &[
    DATE,
    Flag::new("what", "TEXT", "cli-record-what-help").required(),
    NOTE,
];
const NOTE_FLAGS: &[Flag] = &[
    DATE,
    Flag::new("text", "TEXT", "cli-record-text-help").required(),
];
const ALLERGY: &[Flag] = &[
    Flag::new("date", "YYYY-MM-DD", "cli-record-allergy-date-help").required(),
    Flag::new("substance", "TEXT", "cli-record-substance-help").required(),
    Flag::new("reaction", "TEXT", "cli-record-reaction-help"),
];
const ILLNESS: &[Flag] = &[
    DATE,
    Flag::new("name", "TEXT", "cli-record-illness-help").required(),
    NOTE,
];
const BIRTH: &[Flag] = &[
    Flag::new("date", "YYYY-MM-DD", "cli-record-birth-date-help"),
    Flag::new("time", "HH:MM", "cli-record-time-help"),
    Flag::new("weeks", "N", "cli-record-weeks-help").to("gestation_weeks"),
    Flag::new("days", "N", "cli-record-days-help").to("gestation_days"),
    Flag::new(
        "delivery",
        "vaginal|cesarean|vacuum|forceps|other",
        "cli-record-delivery-help",
    ),
    Flag::new("weight-g", "G", "cli-record-weight-g-help").to("weight_g"),
    Flag::new("length", "CM", "cli-record-length-help").to("length_cm"),
    HEAD,
    CHEST,
    Flag::new("apgar1", "N", "cli-record-apgar1-help").to("apgar_1min"),
    Flag::new("apgar5", "N", "cli-record-apgar5-help").to("apgar_5min"),
    Flag::new("complications", "TEXT", "cli-record-complications-help"),
    FACILITY,
];
const CHECKUP: &[Flag] = &[
    Flag::new(
        "checkup",
        "w2|m1|m2|m3-4|m6-7|m9-10|y1|y1-6|y2|y3|y4|y5|y6",
        "cli-record-checkup-help",
    )
    .required(),
    DATE,
    WEIGHT,
    HEIGHT,
    HEAD,
    CHEST,
    Flag::new("findings", "TEXT", "cli-record-findings-help"),
    FACILITY,
];
const DENTAL: &[Flag] = &[
    DATE,
    Flag::new("teeth", "N", "cli-record-teeth-help").required(),
    Flag::new("caries", "N", "cli-record-caries-help"),
    Flag::new("fluoride", "yes|no", "cli-record-fluoride-help"),
    NOTE,
];
const SCREENING: &[Flag] = &[
    DATE,
    Flag::new(
        "test",
        "vision|hearing|newborn-hearing|congenital-cmv",
        "cli-record-test-help",
    )
    .required(),
    Flag::new(
        "result",
        "pass|refer|not-done|negative|positive",
        "cli-record-result-help",
    )
    .required(),
    NOTE,
];
const MEDICINE: &[Flag] = &[
    Flag::new("start", "YYYY-MM-DD", "cli-record-start-help")
        .to("date")
        .required(),
    Flag::new("end", "YYYY-MM-DD", "cli-record-end-help"),
    Flag::new("name", "TEXT", "cli-record-medicine-name-help").required(),
    Flag::new("instructions", "TEXT", "cli-record-instructions-help"),
];

/// `--answer ITEM=VALUE` of `checkup` (repeatable, so not in the table).
const ANSWER: &str = "answer";

impl CliBook for ChildBook {
    type Holder = Child;
    const KINDS: &'static [RecordKind] = &RecordKind::ALL;
    const WORDS: Words = Words {
        command: "hagu record",
        prefix: "cli-record",
        owner_flag: "child",
        owner_value: "CHILD",
        owner_arg: "name",
        owner_help: "cli-record-child-help",
        kind_help: "cli-record-kind-help",
        deleted_help: "cli-record-deleted-help",
        history_json_help: "cli-record-history-json-help",
        photo_about: "cli-photo-about",
        no_owner: "cli-record-no-child",
        no_record: "cli-record-no-record",
        history_none: "cli-history-none",
        official: "cli-record-official",
        already_recorded: "cli-record-birth-exists",
        photo_not_theirs: "cli-photo-not-theirs",
    };

    fn flags(kind: RecordKind) -> &'static [Flag] {
        match kind {
            RecordKind::Vaccination => VACCINATION,
            RecordKind::Measurement => MEASUREMENT,
            RecordKind::Milestone => MILESTONE,
            RecordKind::Note => NOTE_FLAGS,
            RecordKind::Allergy => ALLERGY,
            RecordKind::Illness => ILLNESS,
            RecordKind::Birth => BIRTH,
            RecordKind::Checkup => CHECKUP,
            RecordKind::Dental => DENTAL,
            RecordKind::Screening => SCREENING,
            RecordKind::Medicine => MEDICINE,
        }
    }

    fn more_args(l: &Localizer, kind: RecordKind) -> Vec<Arg> {
        if kind != RecordKind::Checkup {
            return Vec::new();
        }
        vec![crate::args::option(
            l,
            ANSWER,
            "ITEM=yes|no|YYYY-MM-DD",
            "cli-record-answer-help",
        )
        .action(ArgAction::Append)]
    }

    /// A checkup's answers: each `--answer ITEM=VALUE` (`ITEM` alone means
    /// yes), after the old answers to the questions not named again
    /// (editing; `ITEM=` then removes an answer, as an empty answer is no
    /// answer).
    fn more_input(input: &mut RecordInput, flags: &ArgMatches) {
        let RecordInput::Checkup(checkup) = input else {
            return;
        };
        let given: Vec<AnswerInput> = flags
            .get_many::<String>(ANSWER)
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
        checkup
            .answers
            .retain(|a| !given.iter().any(|g| g.item == a.item));
        checkup.answers.extend(given);
    }

    fn holder(store: &Store, id: RecordId) -> Result<Option<Child>, StoreError> {
        store.child(id)
    }

    fn facts(child: &Child) -> Date {
        child.birth_date
    }

    /// A checkup's answers are checked against the checklists of the rules
    /// in use (a newer rules bundle may have newer questions).
    fn validate_in(
        store: &Store,
        input: &RecordInput,
        child: &Child,
        today: Date,
    ) -> Result<Result<RecordData, ValidationErrors>, StoreError> {
        let lists = store.rules_in_use()?.checklists;
        Ok(input.validate_with(child.birth_date, today, &lists))
    }

    fn name(_l: &Localizer, child: &Child) -> String {
        child.name.clone()
    }

    fn kind_name(l: &Localizer, kind: RecordKind) -> String {
        records::kind_name(l, kind)
    }

    fn summary(l: &Localizer, data: &RecordData, _child: &Child) -> String {
        records::summary(l, data, records::Style::Line)
    }
}
