//! `hagu municipality list|set` (where the family lives) and `hagu programs`
//! (the child-support programs that apply now and soon). The registry is the
//! handbook's kept copy from the portal (`hagu sync`), else the embedded
//! SAMPLE one (`assets/programs/`); matching is core's.

use crate::args::{argument, flag, localized, option};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{value_parser, ArgMatches, Command};
use hagukumi_core::programs::{self, Check, Match, Registry};
use hagukumi_core::{Date, Pregnancy};
use hagukumi_i18n::programs as words;
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{Store, StoreError};
use serde::Serialize;

const CODE: &str = "code";
const JSON: &str = "json";
const CHILD: &str = "child";
const AS_OF: &str = "as-of";

pub(crate) fn municipality_command(l: &Localizer) -> Command {
    let list = localized(Command::new("list"), l, "cli-municipality-list-about").arg(flag(
        l,
        JSON,
        "cli-municipality-json-help",
    ));
    let set = localized(Command::new("set"), l, "cli-municipality-set-about")
        .arg(argument(l, CODE, "CODE", "cli-municipality-code-help").required(true));
    localized(Command::new("municipality"), l, "cli-municipality-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(list)
        .subcommand(set)
}

pub(crate) fn programs_command(l: &Localizer) -> Command {
    localized(Command::new("programs"), l, "cli-programs-about")
        .arg(option(l, CHILD, "ID", "cli-programs-child-help").value_parser(value_parser!(i64)))
        .arg(option(l, AS_OF, "YYYY-MM-DD", "cli-programs-as-of-help"))
        .arg(flag(l, JSON, "cli-programs-json-help"))
}

/// One element of `hagu municipality list --json`.
#[derive(Serialize)]
struct MunicipalityJson<'a> {
    code: &'a str,
    name: &'a str,
    name_en: Option<&'a str>,
}

/// `hagu programs --json`.
#[derive(Serialize)]
struct ProgramsJson<'a> {
    as_of: Date,
    sample: bool,
    municipality: MunicipalityJson<'a>,
    now: &'a [Match],
    coming: &'a [Match],
    check: &'a [Check],
}

impl Context<'_> {
    /// The registry in use (the handbook's kept copy from the portal, else
    /// the embedded SAMPLE one), with anything it could not read said on
    /// stderr.
    fn registry(&mut self, store: Option<&Store>) -> Result<Registry, StoreError> {
        let registry = match store {
            Some(store) => store.registry_in_use()?.0,
            None => programs::load_embedded(),
        };
        for problem in &registry.problems {
            self.complain_format(
                "programs-registry-problem",
                &[("problem", Value::from(problem.to_string()))],
            );
        }
        Ok(registry)
    }

    fn municipality_name(&self, registry: &Registry, code: &str) -> String {
        match registry.municipality(code) {
            Some(m) => words::name(&self.l, &m.name, m.name_en.as_deref()),
            None => code.to_owned(),
        }
    }

    pub(crate) fn municipality(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        // Without a handbook yet, the embedded registry lists the choices.
        let store = match self.db_path().exists() {
            true => Some(self.open_existing()?),
            false => None,
        };
        let registry = self.registry(store.as_ref())?;
        match m.subcommand() {
            Some(("list", sub)) => {
                if sub.get_flag(JSON) {
                    let list: Vec<_> = registry
                        .municipalities
                        .iter()
                        .map(|m| MunicipalityJson {
                            code: &m.code,
                            name: &m.name,
                            name_en: m.name_en.as_deref(),
                        })
                        .collect();
                    return Ok(self.print_json(&list));
                }
                for m in &registry.municipalities {
                    let name = words::name(&self.l, &m.name, m.name_en.as_deref());
                    self.say_format(
                        "municipality-line",
                        &[
                            ("code", Value::from(m.code.as_str())),
                            ("name", Value::from(name)),
                        ],
                    );
                }
                self.sample_notice(&registry);
                Ok(Exit::Success)
            }
            Some(("set", sub)) => {
                let code = sub.get_one::<String>(CODE).map_or("", String::as_str);
                self.municipality_set(&registry, code.trim(), store)
            }
            _ => Ok(Exit::Usage),
        }
    }

    fn municipality_set(
        &mut self,
        registry: &Registry,
        code: &str,
        store: Option<Store>,
    ) -> Result<Exit, StoreError> {
        let Some(chosen) = registry.municipality(code) else {
            self.complain_format(
                "programs-unknown-municipality",
                &[("code", Value::from(code))],
            );
            return Ok(Exit::InvalidInput);
        };
        let mut store = match store {
            Some(store) => store,
            None => self.open_existing()?,
        };
        let previous = store.set_municipality(chosen)?;
        let name = self.municipality_name(registry, code);
        let args = [
            ("name", Value::from(name.clone())),
            ("code", Value::from(code)),
        ];
        if previous.as_deref() == Some(code) {
            self.say_format("municipality-same", &args);
            return Ok(Exit::Success);
        }
        self.say_format("municipality-set", &args);
        let Some(from) = previous else {
            return Ok(Exit::Success);
        };
        // 転居: everything is matched again; say what ends and what to apply for.
        let today = today();
        let children = store.children()?;
        let pregnancies = store.pregnancies()?;
        let mv = programs::moving(registry, &from, code, &children, &pregnancies, today);
        let from_name = self.municipality_name(registry, &from);
        self.say_format(
            "municipality-moved",
            &[
                ("from", Value::from(from_name.clone())),
                ("to", Value::from(name.clone())),
                ("date", Value::from(self.l.date(today))),
            ],
        );
        self.say_format(
            "municipality-ends-heading",
            &[("from", Value::from(from_name))],
        );
        self.print_matches(registry, &mv.ends, &pregnancies);
        self.say_format(
            "municipality-apply-heading",
            &[("to", Value::from(name.clone()))],
        );
        self.print_matches(registry, &mv.apply, &pregnancies);
        let new = programs::match_family(registry, code, &children, &pregnancies, today);
        if !new.check.is_empty() {
            self.say_format("municipality-check-heading", &[("to", Value::from(name))]);
            self.print_checks(&new.check);
        }
        self.sample_notice(registry);
        Ok(Exit::Success)
    }

    pub(crate) fn programs(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let as_of = match self.as_of(m.get_one::<String>(AS_OF)) {
            Ok(date) => date,
            Err(exit) => return Ok(exit),
        };
        let store = self.open_existing()?;
        let registry = self.registry(Some(&store))?;
        let Some(code) = store.municipality()? else {
            return Ok(self.refuse("programs-no-municipality", &[]));
        };
        let children = store.children()?;
        let mut pregnancies = store.pregnancies()?;
        let only = m.get_one::<i64>(CHILD).copied();
        if let Some(id) = only {
            if !children.iter().any(|c| c.id == id) {
                return Ok(self.refuse("error-no-such-child", &[]));
            }
            pregnancies.clear();
        }
        // All children count (the third-child rules); only the chosen one is shown.
        let mut matches = programs::match_family(&registry, &code, &children, &pregnancies, as_of);
        if let Some(id) = only {
            let keep = |m: &Match| is_child(m, id);
            matches.now.retain(keep);
            matches.coming.retain(keep);
        }
        if m.get_flag(JSON) {
            let muni = registry.municipality(&code);
            let out = ProgramsJson {
                sample: registry.files.iter().any(|f| f.sample),
                municipality: MunicipalityJson {
                    code: &code,
                    name: muni.map_or("", |m| m.name.as_str()),
                    name_en: muni.and_then(|m| m.name_en.as_deref()),
                },
                as_of,
                now: &matches.now,
                coming: &matches.coming,
                check: &matches.check,
            };
            return Ok(self.print_json(&out));
        }
        let muni_name = self.municipality_name(&registry, &code);
        self.say_format(
            "programs-now-heading",
            &[
                ("date", Value::from(self.l.date(as_of))),
                ("municipality", Value::from(muni_name.clone())),
            ],
        );
        self.print_matches(&registry, &matches.now, &pregnancies);
        let heading = self.l.text("programs-coming-heading");
        self.say(&heading);
        self.print_matches(&registry, &matches.coming, &pregnancies);
        if !matches.check.is_empty() && only.is_none() {
            self.say_format(
                "programs-check-heading",
                &[("municipality", Value::from(muni_name))],
            );
            self.print_checks(&matches.check);
        }
        self.sample_notice(&registry);
        Ok(Exit::Success)
    }

    fn print_matches(&mut self, registry: &Registry, list: &[Match], pregnancies: &[Pregnancy]) {
        if list.is_empty() {
            let text = self.l.text("programs-none");
            self.say(&format!("  {text}"));
        }
        for m in list {
            let lines = match_lines(&self.l, registry, m, pregnancies);
            for line in lines {
                self.say(&line);
            }
        }
    }

    fn print_checks(&mut self, list: &[Check]) {
        for c in list {
            let name = words::name(&self.l, &c.name, c.name_en.as_deref());
            let level = self.l.text(&format!("programs-level-{}", c.level));
            self.say(&format!("  {name} [{level}]"));
            if let Some(note) = &c.note {
                let text = self
                    .l
                    .format("programs-note", &[("note", Value::from(note.as_str()))]);
                self.say(&format!("    {text}"));
            }
        }
    }

    fn sample_notice(&mut self, registry: &Registry) {
        if let Some(as_of) = registry
            .files
            .iter()
            .filter(|f| f.sample)
            .filter_map(|f| f.as_of)
            .min()
        {
            self.say_format(
                "programs-sample-notice",
                &[("date", Value::from(self.l.date(as_of)))],
            );
        }
    }
}

fn is_child(m: &Match, id: i64) -> bool {
    matches!(m.person, programs::Person::Child { id: c, .. } if c == id)
}

/// A match as lines: who, what, how much; why; how long; how to apply.
fn match_lines(
    l: &Localizer,
    registry: &Registry,
    m: &Match,
    pregnancies: &[Pregnancy],
) -> Vec<String> {
    let expected = |id: i64| {
        pregnancies
            .iter()
            .find(|p| p.id == id)
            .map(|p| l.date(p.expected_date))
    };
    let who = words::person(l, m, expected);
    let name = words::name(l, &m.name, m.name_en.as_deref());
    let level = l.text(&format!("programs-level-{}", m.level));
    let mut head = format!("  {who}: {name} [{level}]");
    if let Some(a) = &m.amount {
        head = format!("{head} — {}", words::amount(l, a));
    } else if let Some(text) = &m.amount_text {
        head = format!("{head} — {text}");
    }
    let mut lines = vec![head];
    let mut add = |text: String| lines.push(format!("    {text}"));
    for r in &m.reasons {
        add(words::reason(l, m, r));
    }
    if let Some(text) = words::deadline(l, m) {
        add(text);
    }
    if let Some(text) = words::next_payment(l, m) {
        add(text);
    }
    if let Some(other) = m
        .applied_with
        .as_ref()
        .and_then(|psid| registry.programs.iter().find(|p| &p.psid == psid))
    {
        let other_name = words::name(
            l,
            &other.name,
            other.rules.as_ref().and_then(|r| r.name_en.as_deref()),
        );
        add(l.format(
            "programs-applied-with",
            &[("name", Value::from(other_name))],
        ));
    }
    if m.schedule.is_some() {
        add(l.text("programs-schedule-link"));
    }
    for (id, text) in [
        ("programs-how", &m.how),
        ("programs-where", &m.where_to),
        ("programs-bring", &m.bring),
    ] {
        if let Some(text) = text {
            add(l.format(id, &[("text", Value::from(text.as_str()))]));
        }
    }
    if let Some(uri) = &m.link {
        add(l.format("programs-link", &[("uri", Value::from(uri.as_str()))]));
    }
    if let Some(note) = &m.note {
        add(l.format("programs-note", &[("note", Value::from(note.as_str()))]));
    }
    if let Some(source) = &m.source {
        add(l.format(
            "programs-source",
            &[("source", Value::from(source.as_str()))],
        ));
    }
    lines
}
