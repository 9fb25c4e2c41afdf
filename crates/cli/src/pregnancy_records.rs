//! A pregnancy's records on the command line (`hagu pregnancy record …`;
//! the mother's after the birth too): the flags of each kind and the
//! pregnancy's words for the generic record commands of `crate::book`.

use crate::book::{CliBook, Flag, Words};
use crate::pregnancy::title;
use hagukumi_core::model::RecordId;
use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordData, PregnancyRecordKind};
use hagukumi_core::{Date, Pregnancy};
use hagukumi_i18n::records::one_line;
use hagukumi_i18n::{pregnancy, Localizer};
use hagukumi_store::{Store, StoreError};

const DATE: Flag = Flag::new("date", "YYYY-MM-DD", "cli-pregnancy-date-help").required();
const WEIGHT: Flag = Flag::new("weight", "KG", "cli-pregnancy-weight-help").to("weight_kg");
const SYSTOLIC: Flag = Flag::new("systolic", "MMHG", "cli-pregnancy-systolic-help");
const DIASTOLIC: Flag = Flag::new("diastolic", "MMHG", "cli-pregnancy-diastolic-help");
const NOTES: Flag = Flag::new("notes", "TEXT", "cli-pregnancy-notes-help");
const FACILITY: Flag = Flag::new("facility", "TEXT", "cli-pregnancy-facility-help");

/// The flags of each record kind (`record add` and `record edit`).
const NOTIFICATION: &[Flag] = &[
    Flag::new("date", "YYYY-MM-DD", "cli-pregnancy-notification-date-help").required(),
    Flag::new(
        "method",
        "last-period|ultrasound|other",
        "cli-pregnancy-method-help",
    ),
];
const VISIT: &[Flag] = &[
    DATE,
    WEIGHT,
    SYSTOLIC,
    DIASTOLIC,
    Flag::new(
        "urine-protein",
        "-|±|+|++|+++",
        "cli-pregnancy-urine-protein-help",
    )
    .to("urine_protein"),
    Flag::new(
        "urine-sugar",
        "-|±|+|++|+++",
        "cli-pregnancy-urine-sugar-help",
    )
    .to("urine_sugar"),
    Flag::new("edema", "-|+|++", "cli-pregnancy-edema-help"),
    Flag::new("fundal-height", "CM", "cli-pregnancy-fundal-height-help").to("fundal_height_cm"),
    Flag::new(
        "abdominal-girth",
        "CM",
        "cli-pregnancy-abdominal-girth-help",
    )
    .to("abdominal_girth_cm"),
    Flag::new(
        "fetal-heart",
        "present|absent|not-checked",
        "cli-pregnancy-fetal-heart-help",
    )
    .to("fetal_heart"),
    Flag::new("heart-rate", "BPM", "cli-pregnancy-heart-rate-help").to("fetal_heart_bpm"),
    NOTES,
    FACILITY,
];
const DENTAL: &[Flag] = &[
    DATE,
    Flag::new("findings", "TEXT", "cli-pregnancy-findings-help"),
];
const CLASS: &[Flag] = &[
    DATE,
    Flag::new("name", "TEXT", "cli-pregnancy-class-name-help").required(),
];
const ENVIRONMENT: &[Flag] = &[
    DATE,
    Flag::new("text", "TEXT", "cli-pregnancy-text-help").required(),
];
const POSTNATAL: &[Flag] = &[
    Flag::new(
        "timing",
        "two-weeks|one-month|other",
        "cli-pregnancy-timing-help",
    )
    .required(),
    DATE,
    WEIGHT,
    SYSTOLIC,
    DIASTOLIC,
    Flag::new("epds", "0-30", "cli-pregnancy-epds-help"),
    NOTES,
];
const VACCINATION: &[Flag] = &[
    Flag::new("vaccine", "ID", "cli-pregnancy-vaccine-help").required(),
    DATE,
    Flag::new("lot", "TEXT", "cli-pregnancy-lot-help"),
    FACILITY,
];

impl CliBook for PregnancyBook {
    type Holder = Pregnancy;
    const KINDS: &'static [PregnancyRecordKind] = &PregnancyRecordKind::ALL;
    const WORDS: Words = Words {
        command: "hagu pregnancy record",
        prefix: "cli-pregnancy-record",
        owner_flag: "pregnancy",
        owner_value: "PREGNANCY",
        owner_arg: "title",
        owner_help: "cli-pregnancy-pregnancy-help",
        kind_help: "cli-pregnancy-kind-help",
        deleted_help: "cli-pregnancy-deleted-help",
        history_json_help: "cli-pregnancy-history-json-help",
        photo_about: "cli-pregnancy-photo-about",
        no_owner: "cli-pregnancy-no-pregnancy",
        no_record: "cli-pregnancy-no-record",
        history_none: "cli-pregnancy-history-none",
        // Never said: a pregnancy has no official and no once-only records.
        official: "cli-record-official",
        already_recorded: "cli-record-birth-exists",
        photo_not_theirs: "cli-pregnancy-photo-not-theirs",
    };
    /// `--urine-protein -` is a value, not a flag.
    const HYPHEN_VALUES: bool = true;

    fn flags(kind: PregnancyRecordKind) -> &'static [Flag] {
        match kind {
            PregnancyRecordKind::Notification => NOTIFICATION,
            PregnancyRecordKind::PrenatalVisit => VISIT,
            PregnancyRecordKind::Dental => DENTAL,
            PregnancyRecordKind::Class => CLASS,
            PregnancyRecordKind::Environment => ENVIRONMENT,
            PregnancyRecordKind::PostnatalCheckup => POSTNATAL,
            PregnancyRecordKind::Vaccination => VACCINATION,
        }
    }

    fn holder(store: &Store, id: RecordId) -> Result<Option<Pregnancy>, StoreError> {
        store.pregnancy(id)
    }

    fn facts(pregnancy: &Pregnancy) -> Date {
        pregnancy.expected_date
    }

    fn name(l: &Localizer, pregnancy: &Pregnancy) -> String {
        title(l, pregnancy)
    }

    fn kind_name(l: &Localizer, kind: PregnancyRecordKind) -> String {
        pregnancy::kind_name(l, kind)
    }

    /// The week of pregnancy (or after the birth) and the summary.
    fn summary(l: &Localizer, data: &PregnancyRecordData, p: &Pregnancy) -> String {
        let summary = [
            pregnancy::week(l, data, p.expected_date),
            Some(pregnancy::summary(l, data)),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(&l.text("pregnancy-separator"));
        one_line(&summary)
    }

    /// The EPDS follow-up hint at 9 or more.
    fn after_add(l: &Localizer, data: &PregnancyRecordData) -> Option<String> {
        data.suggests_follow_up()
            .then(|| l.text("pregnancy-epds-hint"))
    }
}
