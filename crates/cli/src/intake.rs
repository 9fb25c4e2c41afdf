//! `hagu nursery checklist --municipality CODE [--json]`: the April
//! intake's application periods and deadlines (with the days left today)
//! and the documents, from the embedded checklists
//! (`core::nursery::intake`). No handbook is opened: the boxes the family
//! ticks in the app are not shown here.

use crate::args::{flag, localized, option};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{ArgMatches, Command};
use hagukumi_core::nursery::intake::{self, embedded_checklists};
use hagukumi_i18n::nursery::title;
use hagukumi_i18n::{hoiku as words, Value};

const MUNICIPALITY: &str = "municipality";
const JSON: &str = "json";

pub(crate) fn checklist_command(l: &hagukumi_i18n::Localizer) -> Command {
    localized(Command::new("checklist"), l, "cli-nursery-checklist-about")
        .arg(
            option(
                l,
                MUNICIPALITY,
                "CODE",
                "cli-nursery-checklist-municipality-help",
            )
            .required(true),
        )
        .arg(flag(l, JSON, "cli-nursery-checklist-json-help"))
}

impl Context<'_> {
    pub(crate) fn nursery_checklist(&mut self, m: &ArgMatches) -> Exit {
        let lists = match embedded_checklists() {
            Ok(c) => c,
            Err(e) => {
                return self.refuse(
                    "hoiku-checklist-error-data",
                    &[("detail", Value::from(e.to_string()))],
                )
            }
        };
        let code = m.get_one::<String>(MUNICIPALITY).map_or("", |s| s.trim());
        let Some(c) = lists.iter().find(|c| c.municipality.code == code) else {
            let known: Vec<String> = lists
                .iter()
                .map(|c| format!("{} {}", c.municipality.code, c.municipality.name))
                .collect();
            return self.refuse(
                "hoiku-checklist-unknown",
                &[
                    ("code", Value::from(code)),
                    ("known", Value::from(known.join(", "))),
                ],
            );
        };
        let view = intake::view(c, None, today());
        if m.get_flag(JSON) {
            return self.print_json(&view);
        }
        let t = &view.municipality;
        let name = hagukumi_i18n::programs::name(&self.l, &t.name, Some(t.name_en.as_str()));
        let lines = [
            self.l.format(
                "hoiku-checklist-heading",
                &[
                    ("municipality", Value::from(name)),
                    ("year", Value::from(view.fiscal_year_label.as_str())),
                    ("date", Value::from(self.l.date(view.intake))),
                ],
            ),
            title(&self.l, &view.label),
            self.l.text("hoiku-checklist-periods"),
        ];
        for line in lines {
            self.say(&line);
        }
        for p in &view.periods {
            let text = format!("  {}", words::period(&self.l, p));
            self.say(&text);
        }
        self.say_format(
            "hoiku-checklist-documents",
            &[
                ("checked", Value::from(view.checked)),
                ("total", Value::from(view.documents.len())),
            ],
        );
        for d in &view.documents {
            let mut text = self.l.format(
                "hoiku-checklist-document",
                &[("title", Value::from(title(&self.l, &d.document.title)))],
            );
            if let Some(s) = d.document.situation {
                let who = self.l.format(
                    "hoiku-checklist-for",
                    &[("situation", Value::from(words::situation(&self.l, s)))],
                );
                text = format!("{text} ({who})");
            }
            self.say(&text);
            if let Some(note) = &d.document.note {
                let text = format!("      {}", title(&self.l, note));
                self.say(&text);
            }
        }
        self.say_format(
            "hoiku-checklist-as-of",
            &[("date", Value::from(self.l.date(view.as_of)))],
        );
        for s in &view.sources {
            self.say_format(
                "hoiku-checklist-source",
                &[
                    ("title", Value::from(s.title.as_str())),
                    ("url", Value::from(s.url.as_deref().unwrap_or(""))),
                ],
            );
        }
        Exit::Success
    }
}
