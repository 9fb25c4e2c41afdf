//! Every user-visible string of Hagukumi, from the Fluent files in `locales/`.
//!
//! The `.ftl` files are embedded at build time, so the UI (wasm) and the CLI
//! carry them and never read them at run time. Japanese is the first language;
//! English must always be complete (a test compares the two files).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use hagukumi_core::chrono::Datelike;
use hagukumi_core::{Age, Date, ErrorCode, GestationalAge, Language};

pub use fluent_bundle::FluentValue as Value;

pub mod benefits;
pub mod booking;
pub mod clinic_card;
pub mod hoiku;
pub mod materials;
pub mod nursery;
pub mod pregnancy;
pub mod programs;
pub mod records;

/// The Fluent source of each language, embedded from `locales/<lang>/*.ftl`
/// (app messages, the `hagu` CLI's, the schedule's, growth's, checkups',
/// pregnancy records', the portal sync's, backups and recovery's,
/// child-support programs', the clinic card's, the monthly news', the
/// printed materials', benefits', nurseries', the 保育指数 simulator's
/// and the intake checklist's).
pub fn source(lang: Language) -> &'static str {
    macro_rules! files {
        ($lang:literal) => {
            concat!(
                include_str!(concat!("../../../locales/", $lang, "/hagukumi.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/cli.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/schedule.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/growth.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/checkups.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/pregnancy.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/portal.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/backup.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/programs.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/clinic_card.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/monthly.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/materials.ftl")),
                include_str!(concat!("../../../locales/", $lang, "/benefits.ftl")),
                include_str!(concat!("../../../locales/", $lang, "/nursery.ftl")),
                "\n",
                include_str!(concat!("../../../locales/", $lang, "/hoiku.ftl")),
                include_str!(concat!("../../../locales/", $lang, "/booking.ftl")),
            )
        };
    }
    match lang {
        Language::Ja => files!("ja"),
        Language::En => files!("en"),
    }
}

/// Formats messages of one language.
pub struct Localizer {
    lang: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    pub fn new(lang: Language) -> Self {
        let resource = FluentResource::try_new(source(lang).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}: {errors:?}"));
        let langid = lang.code().parse().expect("valid language tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        // Both languages are left-to-right; Unicode isolation marks around
        // placeables would only leak into copied text, CLI output and tests.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("message ids are unique (checked by tests)");
        Localizer { lang, bundle }
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with named arguments. A missing message shows its id,
    /// which the completeness tests prevent from ever reaching a user.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        text.into_owned()
    }

    /// A calendar date the way this language writes it.
    pub fn date(&self, date: Date) -> String {
        let (y, m, d) = (date.year(), date.month(), date.day());
        let month_name = self.text(&format!("month-{m}"));
        self.format(
            "date",
            &[
                ("year", y.into()),
                ("month", m.into()),
                ("day", d.into()),
                ("monthName", month_name.into()),
            ],
        )
    }

    /// A child's age, e.g. "1歳2か月3日" / "1 year 2 months 3 days".
    pub fn age(&self, age: Age) -> String {
        self.format(
            "age",
            &[
                ("years", age.years.into()),
                ("months", age.months.into()),
                ("days", age.days.into()),
            ],
        )
    }

    /// A gestational age, e.g. "妊娠26週1日" / "26 weeks 1 day".
    pub fn gestational_age(&self, ga: GestationalAge) -> String {
        self.format(
            "gestational-age",
            &[("weeks", ga.weeks.into()), ("days", ga.days.into())],
        )
    }

    /// The explanation of a validation error.
    pub fn validation_error(&self, code: ErrorCode) -> String {
        self.format(
            code.message_id(),
            &[("max", hagukumi_core::validate::MAX_NAME_CHARS.into())],
        )
    }

    /// A schedule reason (message id + arguments), with dates written the
    /// way this language writes them and message arguments replaced by
    /// their text.
    pub fn reason(&self, reason: &hagukumi_core::schedule::Reason) -> String {
        self.reason_with(reason, &[])
    }

    /// A reason with more arguments the caller words (e.g. a data row's
    /// own title).
    pub fn reason_with(
        &self,
        reason: &hagukumi_core::schedule::Reason,
        extra: &[(&str, FluentValue<'_>)],
    ) -> String {
        use hagukumi_core::schedule::ReasonArg;
        let mut args: Vec<(&str, FluentValue<'_>)> = reason
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    ReasonArg::Number(n) => FluentValue::from(*n),
                    ReasonArg::Date(d) => FluentValue::from(self.date(*d)),
                    ReasonArg::Message(id) => FluentValue::from(self.text(id)),
                    ReasonArg::Text(t) => FluentValue::from(t.as_str()),
                };
                (name.as_str(), value)
            })
            .collect();
        args.extend(extra.iter().cloned());
        self.format(&reason.message_id, &args)
    }

    /// A plan item's name with its dose label, e.g. "小児用肺炎球菌 初回2回目".
    pub fn plan_item_title(&self, item: &hagukumi_core::schedule::PlanItem) -> String {
        let name = self.text(&item.name);
        match &item.label {
            Some(label) => format!("{name} {}", self.reason(label)),
            None => name,
        }
    }

    /// The message for a problem with a specific field (limits per field).
    pub fn field_error(&self, error: &hagukumi_core::FieldError) -> String {
        self.format(
            error.code.message_id(),
            &[("max", error.field.max_chars().into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeSet;

    fn resource(lang: Language) -> fluent_syntax::ast::Resource<&'static str> {
        fluent_syntax::parser::parse(source(lang))
            .unwrap_or_else(|(_, errs)| panic!("locales/{lang} does not parse: {errs:?}"))
    }

    fn ids(lang: Language) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for entry in resource(lang).body {
            if let Entry::Message(m) = entry {
                assert!(
                    seen.insert(m.id.name.to_owned()),
                    "{lang}: duplicate id {}",
                    m.id.name
                );
            }
        }
        seen
    }

    fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        out.insert(id.name.to_owned());
                    }
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            out.insert(id.name.to_owned());
                        }
                        for v in variants {
                            variables(&v.value, out);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn variables_by_id(lang: Language) -> Vec<(String, BTreeSet<String>)> {
        resource(lang)
            .body
            .into_iter()
            .filter_map(|e| match e {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        variables(p, &mut vars);
                    }
                    Some((m.id.name.to_owned(), vars))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn english_is_complete_and_has_nothing_extra() {
        let ja = ids(Language::Ja);
        let en = ids(Language::En);
        let missing: Vec<_> = ja.difference(&en).collect();
        let extra: Vec<_> = en.difference(&ja).collect();
        assert!(missing.is_empty(), "missing in English: {missing:?}");
        assert!(extra.is_empty(), "only in English: {extra:?}");
    }

    #[test]
    fn both_languages_use_the_same_arguments() {
        let ja = variables_by_id(Language::Ja);
        let en: std::collections::BTreeMap<_, _> =
            variables_by_id(Language::En).into_iter().collect();
        for (id, vars) in ja {
            let en_vars = &en[&id];
            // English may need the month's name where Japanese uses its number.
            let en_vars: BTreeSet<_> = en_vars
                .iter()
                .filter(|v| *v != "monthName")
                .cloned()
                .collect();
            let ja_vars: BTreeSet<_> = vars.iter().filter(|v| *v != "month").cloned().collect();
            let en_vars: BTreeSet<_> = en_vars.into_iter().filter(|v| v != "month").collect();
            assert_eq!(ja_vars, en_vars, "arguments of {id}");
        }
    }

    #[test]
    fn every_validation_error_has_words_in_both_languages() {
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for field in hagukumi_core::Field::ALL {
                let label = l.text(&field.label_id());
                assert_ne!(label, field.label_id(), "{lang}: no label for {field:?}");
            }
            for code in ErrorCode::ALL {
                let text = l.validation_error(code);
                assert_ne!(text, code.message_id(), "{lang}: no message for {code:?}");
                assert!(
                    !text.contains('{'),
                    "{lang}: unresolved placeable in {text}"
                );
            }
        }
        assert_eq!(
            Localizer::new(Language::Ja).validation_error(ErrorCode::TooLong),
            "50文字以内で入力してください"
        );
    }

    #[test]
    fn ages_and_dates_read_naturally() {
        let ja = Localizer::new(Language::Ja);
        let en = Localizer::new(Language::En);
        let age = Age {
            years: 1,
            months: 2,
            days: 3,
        };
        assert_eq!(ja.age(age), "1歳2か月3日");
        assert_eq!(en.age(age), "1 year 2 months 3 days");
        let one = Age {
            years: 0,
            months: 1,
            days: 1,
        };
        assert_eq!(en.age(one), "0 years 1 month 1 day");
        let date: Date = "2026-04-01".parse().unwrap();
        assert_eq!(ja.date(date), "2026年4月1日");
        assert_eq!(en.date(date), "1 Apr 2026");
        let ga = GestationalAge { weeks: 26, days: 1 };
        assert_eq!(ja.gestational_age(ga), "妊娠26週1日");
        assert_eq!(en.gestational_age(ga), "26 weeks 1 day pregnant");
    }

    #[test]
    fn schedule_reasons_read_naturally() {
        use hagukumi_core::schedule::{Reason, ReasonArg};
        let mut r = Reason::new("schedule-reason-min-interval");
        r.args.insert("dose".into(), ReasonArg::Number(3));
        r.args.insert("after".into(), ReasonArg::Number(2));
        r.args.insert(
            "date".into(),
            ReasonArg::Date("2026-05-02".parse().unwrap()),
        );
        r.args.insert("days".into(), ReasonArg::Number(27));
        assert_eq!(
            Localizer::new(Language::Ja).reason(&r),
            "3回目：2回目（2026年5月2日）から27日以上あけて"
        );
        let mut live = Reason::new("schedule-reason-live-interval");
        live.args.insert(
            "vaccine".into(),
            ReasonArg::Message("schedule-vaccine-mr".into()),
        );
        live.args.insert(
            "date".into(),
            ReasonArg::Date("2026-05-02".parse().unwrap()),
        );
        live.args.insert("days".into(), ReasonArg::Number(27));
        let en = Localizer::new(Language::En).reason(&live);
        assert!(!en.contains("schedule-"), "{en}");
        assert!(en.contains("2 May 2026"), "{en}");
    }

    #[test]
    fn every_checklist_question_and_choice_has_words_in_both_languages() {
        use hagukumi_core::child_records::checklists::{checklists, CHECKLIST_FILE};
        use hagukumi_core::child_records::{
            ChildCheckup, Delivery, ScreeningResult, ScreeningTest,
        };
        let lists = checklists().unwrap_or_else(|e| panic!("{e}"));
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            let has = |id: &str| l.bundle.has_message(id);
            lists
                .check_messages(&format!("{CHECKLIST_FILE} ({lang})"), has)
                .unwrap_or_else(|e| panic!("{e}"));
            let ids = ChildCheckup::ALL.map(|c| c.message_id());
            let pages = ChildCheckup::ALL.map(|c| c.page_message_id());
            let ids = ids
                .into_iter()
                .chain(pages)
                .chain(Delivery::ALL.map(|d| d.message_id()))
                .chain(ScreeningTest::ALL.map(|t| t.message_id()))
                .chain(ScreeningResult::ALL.map(|r| r.message_id()))
                .chain(
                    hagukumi_core::records::RecordKind::ALL
                        .map(|k| format!("record-kind-{}", k.as_str())),
                );
            for id in ids {
                assert!(has(&id), "{lang}: no message {id}");
            }
        }
    }

    #[test]
    fn a_checkup_record_is_named_as_the_schedule_names_its_window() {
        use hagukumi_core::child_records::ChildCheckup;
        let ja = Localizer::new(Language::Ja);
        assert_eq!(ja.text("checkup-m3-4"), "3〜6か月児健診");
        assert_eq!(ja.text("checkup-m9-10"), "9〜11か月児健診");
        let en = Localizer::new(Language::En);
        assert_eq!(en.text("checkup-m3-4"), "3–6-month checkup");
        assert_eq!(en.text("checkup-m9-10"), "9–11-month checkup");
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for c in ChildCheckup::ALL {
                let Some(id) = c.schedule_id() else { continue };
                assert_eq!(
                    l.text(&c.message_id()),
                    l.text(&format!("schedule-checkup-{id}")),
                    "{lang}: {}",
                    c.as_str()
                );
            }
        }
    }

    #[test]
    fn a_single_dose_vaccine_is_named_without_an_ordinal() {
        use hagukumi_core::schedule::{load_rules, plan, History, Options, Person, PregnancyInfo};
        let rules = load_rules().unwrap();
        let person = Person::Pregnancy(PregnancyInfo {
            expected_date: "2027-01-20".parse().unwrap(),
            delivered_on: None,
        });
        let today = "2026-11-25".parse().unwrap();
        let items = plan(
            &rules,
            &person,
            &History::default(),
            today,
            &Options::default(),
        );
        let ja = Localizer::new(Language::Ja);
        let titles: Vec<String> = items.iter().map(|i| ja.plan_item_title(i)).collect();
        assert!(
            titles.iter().any(|t| t == "RSウイルス母子免疫ワクチン"),
            "{titles:?}"
        );
        assert!(
            !titles
                .iter()
                .any(|t| t.starts_with("RSウイルス") && t.contains("回目")),
            "{titles:?}"
        );
        // Numbered where there are several.
        assert!(titles.iter().any(|t| t == "妊婦健診 2回目"), "{titles:?}");
    }

    #[test]
    fn unknown_ids_show_the_id_not_a_blank() {
        assert_eq!(
            Localizer::new(Language::En).text("no-such-id"),
            "no-such-id"
        );
    }
}
