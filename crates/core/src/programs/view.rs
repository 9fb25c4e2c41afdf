//! What the app's program commands hand the window: the family's matches
//! with what the words need (the municipality, the pregnancies' expected
//! dates, the names of programs applied for together), and what a change
//! of municipality (転居) means. Built here so the shell stays thin.

use super::{match_family, moving, Matches, Move, Municipality, Registry};
use crate::{Child, Date, Pregnancy};
use serde::{Deserialize, Serialize};

/// A program's names, for "apply together with …".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramName {
    pub psid: String,
    pub name: String,
    pub name_en: Option<String>,
}

/// The municipalities to choose from and the one chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalitiesView {
    pub current: Option<String>,
    pub list: Vec<Municipality>,
    /// The earliest `as_of` of the SAMPLE files (the data is a sample).
    pub sample_as_of: Option<Date>,
}

/// The family's programs on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyPrograms {
    pub today: Date,
    /// `None` until the family has chosen one.
    pub municipality: Option<Municipality>,
    /// `None` until the family has chosen a municipality.
    pub matches: Option<Matches>,
    /// Each pregnancy's id and expected date (whom a match is for).
    pub expected: Vec<(i64, Date)>,
    /// The programs named by `applied_with` of a match.
    pub related: Vec<ProgramName>,
    pub sample_as_of: Option<Date>,
}

impl FamilyPrograms {
    /// The names of program `psid`, when it is one the matches refer to.
    pub fn related(&self, psid: &str) -> Option<&ProgramName> {
        self.related.iter().find(|p| p.psid == psid)
    }

    /// The expected date of pregnancy `id`.
    pub fn expected(&self, id: i64) -> Option<Date> {
        self.expected
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, d)| *d)
    }
}

/// What setting the municipality changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalityChanged {
    pub municipality: Municipality,
    /// The municipality before, when there was one.
    pub previous: Option<Municipality>,
    /// A 転居 (the previous one was another): what ends in the old place
    /// and what to apply for again in the new one, on `as_of`.
    pub moved: Option<Move>,
    pub as_of: Date,
    /// The names of programs the moved matches apply together with.
    pub related: Vec<ProgramName>,
    pub expected: Vec<(i64, Date)>,
}

impl Registry {
    /// The earliest `as_of` of the SAMPLE files, when any file is one.
    pub fn sample_as_of(&self) -> Option<Date> {
        self.files
            .iter()
            .filter(|f| f.sample)
            .filter_map(|f| f.as_of)
            .min()
    }

    /// The list to choose a municipality from, with the current one.
    pub fn municipalities_view(&self, current: Option<String>) -> MunicipalitiesView {
        MunicipalitiesView {
            current,
            list: self.municipalities.clone(),
            sample_as_of: self.sample_as_of(),
        }
    }

    /// The names of the programs `psids` (unknown ones left out, each once).
    fn names<'a>(&self, psids: impl Iterator<Item = &'a str>) -> Vec<ProgramName> {
        let mut out: Vec<ProgramName> = Vec::new();
        for psid in psids {
            if out.iter().any(|p| p.psid == psid) {
                continue;
            }
            if let Some(p) = self.programs.iter().find(|p| p.psid == psid) {
                out.push(ProgramName {
                    psid: p.psid.clone(),
                    name: p.name.clone(),
                    name_en: p.rules.as_ref().and_then(|r| r.name_en.clone()),
                });
            }
        }
        out
    }

    /// The link a match of `psid` may open: its local government page
    /// (`source == false`) or its cited source, only `https://` or
    /// `http://` addresses of the registry itself.
    pub fn program_link(&self, psid: &str, source: bool) -> Option<String> {
        let p = self.programs.iter().find(|p| p.psid == psid)?;
        let uri = if source {
            let rules = p.rules.as_ref()?;
            self.source(&p.file, &rules.source)?.url.clone()?
        } else {
            p.local_government_link.as_ref()?.uri.clone()
        };
        (uri.starts_with("https://") || uri.starts_with("http://")).then_some(uri)
    }
}

fn expected(pregnancies: &[Pregnancy]) -> Vec<(i64, Date)> {
    pregnancies
        .iter()
        .map(|p| (p.id, p.expected_date))
        .collect()
}

/// The family's programs on `today` in `municipality` (none chosen: no
/// matches).
pub fn family_programs(
    registry: &Registry,
    municipality: Option<&str>,
    children: &[Child],
    pregnancies: &[Pregnancy],
    today: Date,
) -> FamilyPrograms {
    let matches =
        municipality.map(|code| match_family(registry, code, children, pregnancies, today));
    let related = matches.as_ref().map_or_else(Vec::new, |m| {
        registry.names(
            m.now
                .iter()
                .chain(&m.coming)
                .filter_map(|m| m.applied_with.as_deref()),
        )
    });
    FamilyPrograms {
        today,
        municipality: municipality.and_then(|c| registry.municipality(c)).cloned(),
        matches,
        expected: expected(pregnancies),
        related,
        sample_as_of: registry.sample_as_of(),
    }
}

/// What setting the municipality to `chosen` means when it was `previous`:
/// a 転居 when that was another one (everything matched again on `today`).
pub fn municipality_changed(
    registry: &Registry,
    previous: Option<&str>,
    chosen: &Municipality,
    children: &[Child],
    pregnancies: &[Pregnancy],
    today: Date,
) -> MunicipalityChanged {
    let moved = previous
        .filter(|p| *p != chosen.code)
        .map(|from| moving(registry, from, &chosen.code, children, pregnancies, today));
    let related = moved.as_ref().map_or_else(Vec::new, |m| {
        registry.names(
            m.ends
                .iter()
                .chain(&m.apply)
                .filter_map(|m| m.applied_with.as_deref()),
        )
    });
    MunicipalityChanged {
        municipality: chosen.clone(),
        previous: previous.map(|code| {
            registry
                .municipality(code)
                .cloned()
                .unwrap_or(Municipality {
                    code: code.to_owned(),
                    name: code.to_owned(),
                    name_en: None,
                    code_source: String::new(),
                })
        }),
        moved,
        as_of: today,
        related,
        expected: expected(pregnancies),
    }
}
