//! `hagu schedule` (what is due when, as text, JSON or an iCalendar file)
//! and `hagu summary` (the clinic summary page as HTML).

use crate::args::{flag, localized, option};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{value_parser, ArgMatches, Command};
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use hagukumi_core::rules_bundle::RulesVersion;
use hagukumi_core::schedule::{from_records, PlanItem};
use hagukumi_core::{Child, Date, Pregnancy};
use hagukumi_i18n::Localizer;
use hagukumi_store::StoreError;
use serde::Serialize;
use std::path::PathBuf;

const CHILD: &str = "child";
const AS_OF: &str = "as-of";
const JSON: &str = "json";
const ICS: &str = "ics";
const OUTPUT: &str = "output";

pub(crate) fn schedule_command(l: &Localizer) -> Command {
    localized(Command::new("schedule"), l, "cli-schedule-about")
        .arg(option(l, CHILD, "ID", "cli-schedule-child-help").value_parser(value_parser!(i64)))
        .arg(option(l, AS_OF, "YYYY-MM-DD", "cli-schedule-as-of-help"))
        .arg(flag(l, JSON, "cli-schedule-json-help").conflicts_with(ICS))
        .arg(flag(l, ICS, "cli-schedule-ics-help"))
}

pub(crate) fn summary_command(l: &Localizer) -> Command {
    localized(Command::new("summary"), l, "cli-summary-about")
        .arg(
            option(l, CHILD, "ID", "cli-summary-child-help")
                .required(true)
                .value_parser(value_parser!(i64)),
        )
        .arg(
            option(l, OUTPUT, "FILE", "cli-summary-output-help")
                .short('o')
                .value_parser(value_parser!(PathBuf)),
        )
}

/// One child's plan in `hagu schedule --json` (see docs/cli-schedule.md).
#[derive(Serialize)]
struct ChildPlan<'a> {
    child_id: i64,
    name: &'a str,
    as_of: Date,
    rules: RulesVersion,
    items: &'a [PlanItem],
}

/// One pregnancy's plan in `hagu schedule --json`: prenatal checkups, the
/// pregnancy's vaccines, postnatal checkups.
#[derive(Serialize)]
struct PregnancyPlan<'a> {
    pregnancy_id: i64,
    label: Option<&'a str>,
    expected_date: Date,
    as_of: Date,
    rules: RulesVersion,
    items: &'a [PlanItem],
}

/// An element of `hagu schedule --json`: a child's plan or a pregnancy's.
#[derive(Serialize)]
#[serde(untagged)]
enum PersonPlan<'a> {
    Child(ChildPlan<'a>),
    Pregnancy(PregnancyPlan<'a>),
}

impl Context<'_> {
    fn children_for(
        &mut self,
        only: Option<i64>,
    ) -> Result<Option<(hagukumi_store::Store, Vec<Child>)>, StoreError> {
        let store = self.open_existing()?;
        let mut children = store.children()?;
        if let Some(id) = only {
            children.retain(|c| c.id == id);
            if children.is_empty() {
                self.complain_format("error-no-such-child", &[]);
                return Ok(None);
            }
        }
        Ok(Some((store, children)))
    }

    pub(crate) fn schedule(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let as_of = match self.as_of(m.get_one::<String>(AS_OF)) {
            Ok(date) => date,
            Err(exit) => return Ok(exit),
        };
        let Some((store, children)) = self.children_for(m.get_one::<i64>(CHILD).copied())? else {
            return Ok(Exit::InvalidInput);
        };
        let rules = store.rules_in_use()?;
        let mut plans = Vec::new();
        for child in &children {
            let records = store.of_kinds::<ChildBook>(child.id, &from_records::CHILD_PLAN_KINDS)?;
            plans.push(from_records::child_plan(
                &rules.rules,
                child,
                &records,
                as_of,
            ));
        }
        // Pregnancies too, unless one child was asked for.
        let pregnancies: Vec<Pregnancy> = if m.get_one::<i64>(CHILD).is_some() {
            Vec::new()
        } else {
            store.pregnancies()?
        };
        let mut pregnancy_plans = Vec::new();
        for p in &pregnancies {
            let records =
                store.of_kinds::<PregnancyBook>(p.id, &from_records::PREGNANCY_PLAN_KINDS)?;
            pregnancy_plans.push(from_records::pregnancy_plan(
                &rules.rules,
                p,
                &records,
                as_of,
            ));
        }
        if m.get_flag(JSON) {
            let out: Vec<PersonPlan<'_>> = children
                .iter()
                .zip(&plans)
                .map(|(c, items)| {
                    PersonPlan::Child(ChildPlan {
                        child_id: c.id,
                        name: &c.name,
                        as_of,
                        rules: rules.version,
                        items,
                    })
                })
                .chain(pregnancies.iter().zip(&pregnancy_plans).map(|(p, items)| {
                    PersonPlan::Pregnancy(PregnancyPlan {
                        pregnancy_id: p.id,
                        label: p.label.as_deref(),
                        expected_date: p.expected_date,
                        as_of,
                        rules: rules.version,
                        items,
                    })
                }))
                .collect();
            return Ok(self.print_json(&out));
        }
        let pregnancy_names: Vec<String> = pregnancies
            .iter()
            .map(|p| {
                p.label
                    .clone()
                    .unwrap_or_else(|| self.l.text("pregnancy-untitled"))
            })
            .collect();
        if m.get_flag(ICS) {
            let people: Vec<_> = children
                .iter()
                .zip(&plans)
                .map(|(c, items)| hagukumi_report::ics::PersonPlan {
                    key: format!("child-{}", c.id),
                    name: c.name.clone(),
                    items,
                })
                .chain(
                    pregnancies
                        .iter()
                        .zip(&pregnancy_plans)
                        .zip(&pregnancy_names)
                        .map(|((p, items), name)| hagukumi_report::ics::PersonPlan {
                            key: format!("pregnancy-{}", p.id),
                            name: name.clone(),
                            items,
                        }),
                )
                .collect();
            let bookings = hagukumi_sync::nursery::bookings(&store)?;
            let ics = hagukumi_report::ics::schedule_ics(&self.l, as_of, &people, &bookings);
            // The calendar is the output: exactly, CRLF lines included.
            return Ok(
                match std::io::Write::write_all(self.out, ics.as_bytes())
                    .and_then(|()| self.out.flush())
                {
                    Ok(()) => Exit::Success,
                    Err(e) => self.internal(&e.to_string()),
                },
            );
        }
        let people = children.iter().map(|c| c.name.as_str()).zip(&plans).chain(
            pregnancy_names
                .iter()
                .map(String::as_str)
                .zip(&pregnancy_plans),
        );
        let line = hagukumi_report::rules_line(&self.l, &rules.version);
        self.say(&line);
        for (name, items) in people {
            self.say_format("cli-schedule-person", &[("name", name.into())]);
            let mut open: Vec<&PlanItem> = items.iter().filter(|i| i.status.is_open()).collect();
            open.sort_by_key(|i| i.suggested.unwrap_or(Date::MAX));
            let none = self.l.text("schedule-none");
            self.say_each(open, &none, |l, item| {
                let title = l.plan_item_title(item);
                let date = item.suggested.map(|d| d.to_string()).unwrap_or_default();
                let status = l.text(&format!("schedule-status-{}", item.status.id()));
                format!("  {date}  [{status}] {title}")
            });
        }
        // The 保活 bookings held (pending or confirmed), soonest first.
        let mut held: Vec<_> = hagukumi_sync::nursery::bookings(&store)?
            .into_iter()
            .filter(|b| b.state.is_held() && b.slot.starts.date() >= as_of)
            .collect();
        held.sort_by_key(|b| b.slot.starts);
        if !held.is_empty() {
            let header = self.l.text("booking-timeline-heading");
            self.say(&header);
        }
        for b in &held {
            let line = format!(
                "  {}  [{}] {}",
                b.slot.starts.date(),
                hagukumi_i18n::booking::state(&self.l, b),
                hagukumi_i18n::booking::slot_line(&self.l, &b.slot)
            );
            self.say(&line);
        }
        Ok(Exit::Success)
    }

    pub(crate) fn summary(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let id = m.get_one::<i64>(CHILD).copied();
        let Some((store, children)) = self.children_for(id)? else {
            return Ok(Exit::InvalidInput);
        };
        let child = &children[0];
        let records = store.list::<ChildBook>(child.id, None, true)?;
        let today = today();
        let rules = store.rules_in_use()?;
        let items = from_records::child_plan(&rules.rules, child, &records, today);
        let mut open: Vec<&PlanItem> = items.iter().filter(|i| i.status.is_open()).collect();
        open.sort_by_key(|i| i.suggested.unwrap_or(Date::MAX));
        let next_due: Vec<hagukumi_report::DueItem> = open
            .into_iter()
            .take(3)
            .map(|i| {
                let what = self.l.plan_item_title(i);
                let when = i.suggested.map(|d| self.l.date(d)).unwrap_or_default();
                hagukumi_report::DueItem { what, when }
            })
            .collect();
        let html = hagukumi_report::clinic_summary_html(
            &self.l,
            &hagukumi_report::ClinicSummary {
                child,
                today,
                records: &records,
                next_due: &next_due,
                rules: Some(rules.version),
            },
        );
        let output = m.get_one::<PathBuf>(OUTPUT).map(PathBuf::as_path);
        Ok(self.write_page(output, &html, "cli-summary-written"))
    }
}
