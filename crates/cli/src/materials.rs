//! `hagu materials [--search TEXT] [--json]`: the printed materials the
//! family's municipality hands out at 妊娠届, as kept in the handbook by
//! `hagu sync` (readable offline); the search is core's.

use crate::args::{flag, localized, option};
use crate::context::{Context, Exit};
use clap::{ArgMatches, Command};
use hagukumi_core::materials::{Material, Materials};
use hagukumi_i18n::materials as words;
use hagukumi_i18n::programs::name as place_name;
use hagukumi_i18n::Value;
use hagukumi_store::StoreError;
use serde::Serialize;

const SEARCH: &str = "search";
const JSON: &str = "json";

pub(crate) fn command(l: &hagukumi_i18n::Localizer) -> Command {
    localized(Command::new("materials"), l, "cli-materials-about")
        .arg(option(l, SEARCH, "TEXT", "cli-materials-search-help"))
        .arg(flag(l, JSON, "cli-materials-json-help"))
}

/// `hagu materials --json`.
#[derive(Serialize)]
struct MaterialsJson<'a> {
    municipality: &'a str,
    label: Option<&'a str>,
    sample: bool,
    as_of: Option<hagukumi_core::Date>,
    query: Option<&'a str>,
    items: Vec<&'a Material>,
}

impl Context<'_> {
    pub(crate) fn materials(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let Some(code) = store.municipality()? else {
            return Ok(self.refuse("materials-no-municipality", &[]));
        };
        let query = m.get_one::<String>(SEARCH).map(String::as_str);
        let materials = store.kept_materials(&code)?.unwrap_or_else(|| Materials {
            municipality: code.clone(),
            ..Materials::default()
        });
        for problem in &materials.problems {
            self.complain_format(
                "materials-problem",
                &[("problem", Value::from(problem.to_string()))],
            );
        }
        let found = materials.search(query.unwrap_or(""));
        if m.get_flag(JSON) {
            return Ok(self.print_json(&MaterialsJson {
                municipality: &code,
                label: materials.label.as_deref(),
                sample: materials.sample,
                as_of: materials.as_of,
                query,
                items: found,
            }));
        }
        let (registry, _) = store.registry_in_use()?;
        let name = registry.municipality(&code).map_or(code.clone(), |m| {
            place_name(&self.l, &m.name, m.name_en.as_deref())
        });
        self.say_format("materials-heading", &[("name", Value::from(name))]);
        if materials.items.is_empty() {
            self.say_format("materials-none", &[]);
            return Ok(Exit::Success);
        }
        if found.is_empty() {
            self.say_format(
                "materials-no-match",
                &[("query", Value::from(query.unwrap_or("")))],
            );
        }
        for item in &found {
            let lines = material_lines(&self.l, item);
            for line in lines {
                self.say(&line);
            }
        }
        let label = match self.l.language().base() {
            hagukumi_core::Language::En => materials.label_en.as_ref(),
            _ => None,
        }
        .or(materials.label.as_ref())
        .cloned();
        if let Some(label) = label {
            self.say(&label);
        }
        Ok(Exit::Success)
    }
}

fn material_lines(l: &hagukumi_i18n::Localizer, m: &Material) -> Vec<String> {
    let mut lines = vec![format!(
        "{}  [{}]  ({})",
        words::title(l, m),
        words::kind(l, m.kind),
        m.id
    )];
    if let Some(d) = words::description(l, m) {
        lines.push(format!("  {d}"));
    }
    for e in &m.entries {
        let (label, text) = words::entry(l, e);
        lines.push(format!("  ・{label}"));
        if let Some(text) = text {
            lines.push(format!("    {text}"));
        }
    }
    if let Some(source) = &m.source {
        lines.push(format!(
            "  {}",
            l.format(
                "materials-source",
                &[("source", Value::from(source.as_str()))]
            )
        ));
    }
    lines
}
