//! Every user-visible string of Hagukumi, from the Fluent files in `locales/`.
//!
//! With the `embedded` feature (the shell, the CLI) the `.ftl` files are
//! compiled in and never read at run time. The UI (wasm) goes without: it
//! asks the shell once for the chosen language's files and its fallbacks'
//! ([`chain_files`], sent by the `locale_files` command) and builds its
//! localizer from them ([`Localizer::from_files`]), so the wasm carries no
//! language and every one formats through the same code. Japanese is the
//! first language; English must always be complete (a test compares the two
//! files).

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

pub mod check;

/// The Fluent files of each language, embedded from `locales/<lang>/*.ftl`,
/// as (file name, source): for Japanese and English app messages, the `hagu`
/// CLI's, the schedule's, growth's, checkups', pregnancy records', the portal
/// sync's, backups and recovery's, child-support programs', the clinic
/// card's, the monthly news', the printed materials', benefits', nurseries', the 保育指数
/// simulator's and the intake checklist's, the 保活 bookings'.
/// Every language has the same sixteen files; a file or message a
/// language does not have yet is empty or absent (see `check` for what each
/// may hold) and comes from its fallback chain.
#[cfg(feature = "embedded")]
pub fn files(lang: Language) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($lang:literal: $($file:literal),+) => {
            &[$(($file, include_str!(concat!("../../../locales/", $lang, "/", $file)))),+]
        };
    }
    macro_rules! complete {
        ($lang:literal) => {
            files!($lang: "hagukumi.ftl", "cli.ftl", "schedule.ftl", "growth.ftl",
                "checkups.ftl", "pregnancy.ftl", "portal.ftl", "backup.ftl", "programs.ftl",
                "clinic_card.ftl", "monthly.ftl", "materials.ftl", "benefits.ftl", "nursery.ftl",
                "hoiku.ftl", "booking.ftl", "lock.ftl")
        };
    }
    match lang {
        Language::Ja => complete!("ja"),
        Language::En => complete!("en"),
        Language::JaEasy => complete!("ja-x-easy"),
        Language::ZhHans => complete!("zh-Hans"),
        Language::Ko => complete!("ko"),
        Language::Vi => complete!("vi"),
        Language::PtBr => complete!("pt-BR"),
        Language::Ne => complete!("ne"),
        Language::Tl => complete!("tl"),
        Language::Id => complete!("id"),
        Language::Th => complete!("th"),
        Language::Es => complete!("es"),
    }
}

/// The language identifier a language's Fluent bundle (and so its plural
/// rules) uses: its tag, except やさしい日本語, whose private-use tag
/// `unic-langid` cannot hold and whose rules are Japanese's.
fn bundle_langid(lang: Language) -> unic_langid::LanguageIdentifier {
    let tag = match lang {
        Language::JaEasy => "ja",
        other => other.code(),
    };
    tag.parse().expect("valid language tag")
}

/// The files of `lang` and of each language of its fallback chain, in
/// order: what [`Localizer::from_files`] is built from (the shell sends
/// them to the UI).
#[cfg(feature = "embedded")]
pub fn chain_files(lang: Language) -> LocaleFiles {
    let mut chain = Vec::new();
    let mut next = Some(lang);
    while let Some(l) = next {
        let files = files(l)
            .iter()
            .map(|(file, source)| ((*file).to_owned(), (*source).to_owned()))
            .collect();
        chain.push((l, files));
        next = l.fallback();
    }
    chain
}

/// A language and its fallbacks' Fluent files, in fallback order: each
/// language with its `(file name, source)` pairs.
pub type LocaleFiles = Vec<(Language, Vec<(String, String)>)>;

/// One language's Fluent bundle built from `(file name, source)` pairs.
fn bundle<S: AsRef<str>>(lang: Language, sources: &[(S, S)]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![bundle_langid(lang)]);
    // Unicode isolation marks around placeables would only leak into copied
    // text, CLI output and tests.
    bundle.set_use_isolating(false);
    for (file, source) in sources {
        let (file, source) = (file.as_ref(), source.as_ref());
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file}: {errors:?}"));
        bundle
            .add_resource(resource)
            .expect("message ids are unique (checked by tests)");
    }
    bundle
}

/// Formats messages of one language; a message the language lacks comes
/// from its fallback chain ([`Language::fallback`]), formatted by the
/// fallback language's own bundle.
pub struct Localizer {
    lang: Language,
    /// The language's bundle first, then its fallbacks' in order.
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    /// The localizer of `lang` from the embedded files.
    #[cfg(feature = "embedded")]
    pub fn new(lang: Language) -> Self {
        Self::from_files(&chain_files(lang))
    }

    /// The localizer of the first language of `chain` (see [`chain_files`]),
    /// the others its fallbacks in order; an empty chain formats every
    /// message as its id.
    pub fn from_files(chain: &[(Language, Vec<(String, String)>)]) -> Self {
        Localizer {
            lang: chain.first().map_or_else(Language::default, |(l, _)| *l),
            bundles: chain.iter().map(|(l, files)| bundle(*l, files)).collect(),
        }
    }

    /// A localizer from in-memory sources, the first for `lang` and the rest
    /// for its fallback chain (tests).
    #[cfg(test)]
    fn from_sources(lang: Language, sources: &[&str]) -> Self {
        let mut bundles = Vec::new();
        let mut l = Some(lang);
        for source in sources {
            let this = l.expect("no more sources than the fallback chain");
            bundles.push(bundle(this, &[("test.ftl", *source)]));
            l = this.fallback();
        }
        Localizer { lang, bundles }
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    /// Whether this language itself (not its fallback) has the message.
    fn has_own(&self, id: &str) -> bool {
        self.bundles[0].has_message(id)
    }

    /// The message `id` with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with named arguments, from the first bundle of the
    /// fallback chain that has it. A message missing everywhere shows its
    /// id, which the completeness tests prevent from ever reaching a user.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some((bundle, pattern)) = self
            .bundles
            .iter()
            .find_map(|b| Some((b, b.get_message(id)?.value()?)))
        else {
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        text.into_owned()
    }

    /// A calendar date the way this language writes it. A language with
    /// no `date` message of its own writes it as ISO 8601 (2026-04-01),
    /// readable everywhere, unless it falls back to Japanese (やさしい日本語
    /// reads 2026年4月1日).
    pub fn date(&self, date: Date) -> String {
        let (y, m, d) = (date.year(), date.month(), date.day());
        if !self.has_own("date") && self.lang.base() != Language::Ja {
            return format!("{y:04}-{m:02}-{d:02}");
        }
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

    #[test]
    fn every_locale_passes_the_check_and_its_coverage_is_printed() {
        let sources: Vec<_> = Language::ALL
            .into_iter()
            .flat_map(|lang| files(lang).iter().map(move |(f, s)| (lang, *f, *s)))
            .collect();
        match check::check(&sources) {
            Ok(coverage) => {
                for c in &coverage {
                    println!("{c}");
                }
                for c in &coverage {
                    assert!(c.total > 1000, "{c}");
                    if c.lang.reviewed() {
                        assert_eq!(c.present, c.total, "{c}");
                    }
                }
            }
            Err(problems) => panic!("{}", problems.join("\n")),
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
            let has = |id: &str| l.bundles.iter().any(|b| b.has_message(id));
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
    fn a_message_missing_in_a_language_comes_from_its_fallback() {
        // In memory, so the test holds whatever the translations hold.
        let ko = Localizer::from_sources(
            Language::Ko,
            &[
                "home-children = 자녀\n",
                "home-children = Children\nhome-empty = Nobody is registered yet.\n",
            ],
        );
        assert_eq!(ko.text("home-children"), "자녀");
        assert_eq!(ko.text("home-empty"), "Nobody is registered yet.");
        let easy = Localizer::from_sources(
            Language::JaEasy,
            &[
                "home-children = こども\n",
                "home-children = 子ども\nhome-empty = まだ登録されていません。\n",
            ],
        );
        assert_eq!(easy.text("home-children"), "こども");
        assert_eq!(easy.text("home-empty"), "まだ登録されていません。");
        // Every Japanese id gives words in every language, never an id or
        // a blank.
        let ids: Vec<&str> = files(Language::Ja)
            .iter()
            .flat_map(|(_, source)| fluent_syntax::parser::parse(*source).unwrap().body)
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert!(ids.len() > 1000);
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for id in &ids {
                let text = l.text(id);
                assert!(!text.trim().is_empty() && text != *id, "{lang}: {id}");
            }
        }
    }

    #[test]
    fn dates_are_japanese_for_easy_japanese_and_iso_where_a_language_has_none() {
        let date: Date = "2026-04-01".parse().unwrap();
        let ja_date = "date = { $year }年{ $month }月{ $day }日\n";
        let easy = Localizer::from_sources(Language::JaEasy, &["", ja_date]);
        assert_eq!(easy.date(date), "2026年4月1日");
        let th = Localizer::from_sources(
            Language::Th,
            &["", "date = { $day } { $monthName } { $year }\n"],
        );
        assert_eq!(th.date(date), "2026-04-01");
        assert_eq!(Localizer::new(Language::En).date(date), "1 Apr 2026");
    }

    #[test]
    fn plural_rules_are_each_languages_own() {
        const ONE_OTHER: &str = "n = { $n ->\n    [one] one\n   *[other] other\n}\n";
        let pick = |lang: Language, n: i64| {
            Localizer::from_sources(lang, &[ONE_OTHER]).format("n", &[("n", n.into())])
        };
        // Languages without a singular form.
        for lang in [
            Language::Ja,
            Language::JaEasy,
            Language::Ko,
            Language::ZhHans,
            Language::Vi,
            Language::Id,
            Language::Th,
        ] {
            assert_eq!(pick(lang, 1), "other", "{lang}");
        }
        for lang in [
            Language::En,
            Language::Es,
            Language::PtBr,
            Language::Ne,
            Language::Tl,
        ] {
            assert_eq!(pick(lang, 1), "one", "{lang}");
            assert_eq!(pick(lang, 6), "other", "{lang}");
        }
        // Portuguese counts zero as singular; English does not.
        assert_eq!(pick(Language::PtBr, 0), "one");
        assert_eq!(pick(Language::En, 0), "other");
        // A message from the fallback uses the fallback's rules.
        let ko = Localizer::from_sources(Language::Ko, &["", ONE_OTHER]);
        assert_eq!(ko.format("n", &[("n", 1.into())]), "one");
    }

    #[test]
    fn unknown_ids_show_the_id_not_a_blank() {
        assert_eq!(
            Localizer::new(Language::En).text("no-such-id"),
            "no-such-id"
        );
    }

    #[test]
    fn the_files_sent_to_the_window_are_the_language_then_its_fallbacks() {
        let langs = |l| chain_files(l).iter().map(|(l, _)| *l).collect::<Vec<_>>();
        assert_eq!(langs(Language::Ja), [Language::Ja]);
        assert_eq!(langs(Language::JaEasy), [Language::JaEasy, Language::Ja]);
        assert_eq!(langs(Language::Ko), [Language::Ko, Language::En]);
        // Built from them, the window formats as the shell does.
        let window = Localizer::from_files(&chain_files(Language::Ko));
        assert_eq!(window.language(), Language::Ko);
        let shell = Localizer::new(Language::Ko);
        for id in ["app-name", "growth-title", "error-internal"] {
            assert_eq!(window.text(id), shell.text(id));
        }
        // Before any came: the ids, never a blank.
        assert_eq!(Localizer::from_files(&[]).text("app-name"), "app-name");
    }
}
