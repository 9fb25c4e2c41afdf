//! `hagu nursery search` (the facilities the handbook kept from the portal,
//! else the built-in SAMPLE ones, searched offline; where each dataset came
//! from and its date said) and `hagu hoiku-index` (a family's 保育指数 from a
//! published table). Thin over `hagukumi_core::nursery`; without a handbook
//! the search reads the built-in data.
//! The bookmarks and the comparison, which keep their state in the handbook,
//! are `bookmarks.rs`.

use crate::args::{flag, localized, option};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{value_parser, ArgAction, ArgMatches, Command};
use hagukumi_core::nursery::index::{self, Answers, Comparison, Points, Table};
use hagukumi_core::nursery::{
    self, search, AgeClass, Dataset, DatasetLine, FacilityType, Hit, Nurseries, SearchRequest,
};
use hagukumi_core::Date;
use hagukumi_i18n::nursery as words;
use hagukumi_i18n::Value;
use hagukumi_store::{Store, StoreError};
use serde::Serialize;
use std::path::PathBuf;

const BIRTH: &str = "birth";
const CLASS: &str = "class";
const INTAKE: &str = "intake";
const TYPE: &str = "type";
const DROP_OFF: &str = "drop-off";
const PICK_UP: &str = "pick-up";
const EXTENDED: &str = "extended-care";
const FROM: &str = "from";
const WITHIN: &str = "within";
const MUNICIPALITY: &str = "municipality";
const SORT: &str = "sort";
const JSON: &str = "json";
const ANSWERS: &str = "answers";

pub(crate) fn nursery_command(l: &hagukumi_i18n::Localizer) -> Command {
    let search = localized(Command::new("search"), l, "cli-nursery-search-about")
        .arg(option(l, BIRTH, "YYYY-MM-DD", "cli-nursery-birth-help").conflicts_with(CLASS))
        .arg(
            option(l, CLASS, "0-5", "cli-nursery-class-help")
                .value_parser(value_parser!(u8).range(0..=5)),
        )
        .arg(option(l, INTAKE, "YYYY", "cli-nursery-intake-help"))
        .arg(option(l, TYPE, "TYPE", "cli-nursery-type-help").action(ArgAction::Append))
        .arg(option(l, DROP_OFF, "HH:MM", "cli-nursery-drop-off-help"))
        .arg(option(l, PICK_UP, "HH:MM", "cli-nursery-pick-up-help"))
        .arg(flag(l, EXTENDED, "cli-nursery-extended-help"))
        .arg(option(l, FROM, "LAT,LON", "cli-nursery-from-help").allow_hyphen_values(true))
        .arg(option(l, WITHIN, "KM", "cli-nursery-within-help"))
        .arg(option(
            l,
            MUNICIPALITY,
            "CODE",
            "cli-nursery-municipality-help",
        ))
        .arg(
            option(l, SORT, "ORDER", "cli-nursery-sort-help")
                .value_parser(["code", "distance", "openings"]),
        )
        .arg(flag(l, JSON, "cli-nursery-json-help"));
    localized(Command::new("nursery"), l, "cli-nursery-about")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(search)
        .subcommand(crate::intake::checklist_command(l))
        .subcommand(crate::bookmarks::bookmark_command(l))
        .subcommand(crate::bookmarks::compare_command(l))
        .subcommands(crate::booking::subcommands(l))
}

pub(crate) fn hoiku_index_command(l: &hagukumi_i18n::Localizer) -> Command {
    localized(Command::new("hoiku-index"), l, "cli-hoiku-index-about")
        .arg(option(l, MUNICIPALITY, "CODE", "cli-hoiku-index-municipality-help").required(true))
        .arg(
            option(l, ANSWERS, "FILE", "cli-hoiku-index-answers-help")
                .required(true)
                .value_parser(value_parser!(PathBuf)),
        )
        .arg(flag(l, JSON, "cli-hoiku-index-json-help"))
}

/// The search the flags ask for (checked by core).
fn request(m: &ArgMatches) -> SearchRequest {
    let text = |id: &str| m.get_one::<String>(id).cloned();
    SearchRequest {
        birth: text(BIRTH),
        class: m.get_one::<u8>(CLASS).copied(),
        intake_year: text(INTAKE),
        types: m
            .get_many::<String>(TYPE)
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        drop_off: text(DROP_OFF),
        pick_up: text(PICK_UP),
        extended_care: m.get_flag(EXTENDED),
        from: text(FROM),
        within_km: text(WITHIN),
        municipality: text(MUNICIPALITY),
        sort: text(SORT),
    }
}

/// `hagu nursery search --json`.
#[derive(Serialize)]
struct SearchJson<'a> {
    sample: bool,
    datasets: &'a [Dataset],
    intake: Date,
    class: Option<AgeClass>,
    count: usize,
    facilities: &'a [Hit<'a>],
}

/// `hagu hoiku-index --json`.
#[derive(Serialize)]
struct IndexJson<'a> {
    table: &'a Table,
    points: &'a Points,
    what_if: &'a [Comparison],
}

impl Context<'_> {
    pub(crate) fn nursery(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        match m.subcommand() {
            Some(("search", sub)) => {
                let data = self.nurseries()?;
                Ok(self.nursery_search(&data, sub))
            }
            Some(("checklist", sub)) => Ok(self.nursery_checklist(sub)),
            Some(("bookmark", sub)) => self.bookmark(sub),
            Some(("compare", sub)) => self.nursery_compare(sub),
            Some((name, sub)) => self.booking(name, sub).unwrap_or(Ok(Exit::Usage)),
            None => Ok(Exit::Usage),
        }
    }

    /// The datasets in use: the handbook's kept copies (else the built-in
    /// SAMPLE data); what cannot be read is said on stderr.
    fn nurseries(&mut self) -> Result<Nurseries, StoreError> {
        let n = if Store::exists(&self.dir) {
            self.open_existing()?.nurseries_in_use()?
        } else {
            nursery::load_embedded()
        };
        for problem in &n.problems {
            self.complain_format(
                "nursery-data-problem",
                &[("problem", Value::from(problem.to_string()))],
            );
        }
        Ok(n)
    }

    fn nursery_search(&mut self, data: &Nurseries, m: &ArgMatches) -> Exit {
        let (intake, query) = match request(m).query(today()) {
            Ok(q) => q,
            Err(e) => {
                let known: Vec<&str> = FacilityType::ALL.iter().map(|t| t.id()).collect();
                return self.refuse(
                    e.message_id,
                    &[
                        ("value", Value::from(e.value)),
                        ("known", Value::from(known.join(", "))),
                        ("max", Value::from(hagukumi_core::validate::MAX_NAME_CHARS)),
                    ],
                );
            }
        };
        let hits = match search(&data.facilities, &query) {
            Ok(hits) => hits,
            Err(e) => return self.refuse(e.message_id(), &[]),
        };
        for ds in data.datasets.iter().filter(|d| d.intake != intake) {
            self.complain_format(
                "nursery-intake-differs",
                &[
                    ("data", Value::from(self.l.date(ds.intake))),
                    ("asked", Value::from(self.l.date(intake))),
                ],
            );
        }
        if m.get_flag(JSON) {
            return self.print_json(&SearchJson {
                sample: data.sample(),
                datasets: &data.datasets,
                intake,
                class: query.class,
                count: hits.len(),
                facilities: &hits,
            });
        }
        let date = Value::from(self.l.date(intake));
        if let Some(class) = query.class {
            self.say_format(
                "nursery-search-class",
                &[("class", class.years().into()), ("date", date.clone())],
            );
        }
        self.say_format(
            "nursery-search-heading",
            &[("count", hits.len().into()), ("date", date)],
        );
        if hits.is_empty() {
            self.say_format("nursery-search-none", &[]);
        }
        for (i, hit) in hits.iter().enumerate() {
            self.print_hit(data, i + 1, hit, query.class);
        }
        for ds in &data.datasets {
            let text = words::origin(&self.l, &DatasetLine::from(ds));
            self.say(&text);
        }
        for ds in data.datasets.iter().filter(|d| d.sample) {
            self.say_format(
                "nursery-sample-notice",
                &[("label", Value::from(words::label(&self.l, &ds.label())))],
            );
        }
        Exit::Success
    }

    fn print_hit(&mut self, data: &Nurseries, n: usize, hit: &Hit<'_>, class: Option<AgeClass>) {
        let f = hit.facility;
        let municipality = data.dataset(&f.municipality_code).map_or_else(
            || f.municipality_code.clone(),
            |d| {
                hagukumi_i18n::programs::name(
                    &self.l,
                    &d.municipality.name,
                    d.municipality.name_en.as_deref(),
                )
            },
        );
        self.say_format(
            "nursery-hit",
            &[
                ("no", n.into()),
                ("name", Value::from(f.name.as_str())),
                ("type", Value::from(words::facility_type(&self.l, f.kind))),
                ("municipality", Value::from(municipality)),
                ("opens", Value::from(f.opens.to_string())),
                ("closes", Value::from(f.closes.to_string())),
                ("lat", Value::from(format!("{:.6}", f.latitude))),
                ("lon", Value::from(format!("{:.6}", f.longitude))),
            ],
        );
        if let Some(until) = f.extended_until {
            self.say_format(
                "nursery-hit-extended",
                &[("until", Value::from(until.to_string()))],
            );
        }
        if let Some(km) = hit.distance_km {
            self.say_format(
                "nursery-hit-distance",
                &[("km", Value::from(format!("{km:.2}")))],
            );
        }
        if let (Some(class), Some(count)) = (class, hit.openings) {
            self.say_format(
                "nursery-hit-openings",
                &[("class", class.years().into()), ("count", count.into())],
            );
        }
        if hit.needs_extended_care {
            self.say_format("nursery-hit-needs-extended", &[]);
        }
    }

    pub(crate) fn hoiku_index(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        Ok(self.hoiku_index_run(m))
    }

    fn hoiku_index_run(&mut self, m: &ArgMatches) -> Exit {
        let tables = match index::embedded_tables() {
            Ok(t) => t,
            Err(e) => {
                return self.refuse(
                    "hoiku-error-table",
                    &[("detail", Value::from(e.to_string()))],
                )
            }
        };
        let code = m.get_one::<String>(MUNICIPALITY).map_or("", |s| s.trim());
        let Some(table) = tables.iter().find(|t| t.municipality.code == code) else {
            let known: Vec<String> = tables
                .iter()
                .map(|t| format!("{} {}", t.municipality.code, t.municipality.name))
                .collect();
            return self.refuse(
                "hoiku-unknown-municipality",
                &[
                    ("code", Value::from(code)),
                    ("known", Value::from(known.join(", "))),
                ],
            );
        };
        let Some(path) = m.get_one::<PathBuf>(ANSWERS) else {
            return Exit::Usage;
        };
        let file = crate::context::display(path);
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                return self.refuse(
                    "hoiku-error-read",
                    &[
                        ("file", Value::from(file)),
                        ("detail", Value::from(e.to_string())),
                    ],
                )
            }
        };
        let answers: Answers = match serde_json::from_str(&text) {
            Ok(a) => a,
            Err(e) => {
                return self.refuse(
                    "hoiku-error-answers-json",
                    &[
                        ("file", Value::from(file)),
                        ("detail", Value::from(e.to_string())),
                    ],
                )
            }
        };
        if let Err(e) = answers.validate() {
            let problem = self.l.text(e.message_id);
            return self.refuse(
                "hoiku-error-answers",
                &[
                    ("file", Value::from(file)),
                    ("field", Value::from(e.field)),
                    ("problem", Value::from(problem)),
                ],
            );
        }
        let points = index::points(table, &answers);
        let comparisons: Vec<Comparison> = answers
            .what_if
            .iter()
            .map(|w| index::what_if(table, &answers, w))
            .collect();
        if m.get_flag(JSON) {
            return self.print_json(&IndexJson {
                table,
                points: &points,
                what_if: &comparisons,
            });
        }
        self.print_points(table, &points, &comparisons);
        Exit::Success
    }

    fn print_points(&mut self, table: &Table, points: &Points, comparisons: &[Comparison]) {
        let t = &table.municipality;
        let name = hagukumi_i18n::programs::name(&self.l, &t.name, Some(t.name_en.as_str()));
        self.say_format(
            "hoiku-heading",
            &[
                ("municipality", Value::from(name)),
                ("year", Value::from(table.fiscal_year_label.as_str())),
            ],
        );
        for line in &points.lines {
            let text = words::line(&self.l, line);
            self.say(&text);
        }
        self.say_format("hoiku-total", &[("points", points.total.into())]);
        if !points.complete {
            self.say_format("hoiku-incomplete", &[]);
        }
        for c in comparisons {
            self.say_format(
                "hoiku-what-if",
                &[
                    ("label", Value::from(c.label.as_str())),
                    ("before", c.before.total.into()),
                    ("after", c.after.total.into()),
                    ("difference", c.difference.into()),
                    ("signed", Value::from(words::signed(c.difference))),
                ],
            );
        }
        self.say_format("hoiku-tie-heading", &[]);
        for (i, step) in table.tie_break.iter().enumerate() {
            self.say_format(
                "hoiku-tie-step",
                &[
                    ("n", (i + 1).into()),
                    ("rule", Value::from(words::title(&self.l, &step.title))),
                ],
            );
        }
        if let Some(note) = &table.tie_break_note {
            self.say_format(
                "hoiku-tie-note",
                &[("note", Value::from(words::title(&self.l, note)))],
            );
        }
        self.say_format(
            "hoiku-note",
            &[("note", Value::from(words::title(&self.l, &table.note)))],
        );
        for s in &table.sources {
            self.say_format(
                "hoiku-source",
                &[
                    ("title", Value::from(s.title.as_str())),
                    ("url", Value::from(s.url.as_deref().unwrap_or(""))),
                ],
            );
        }
    }
}
