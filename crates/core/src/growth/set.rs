//! A set of reference tables ([`Tables`]): the built-in ones, a rules
//! bundle's own, or one laid over the other; shared, so an overlay copies
//! no rows.

use super::tables::{embedded_files, parse_file, GrowthError, LmsTable, Parsed, PercentileTable};
use super::{Indicator, Reference, Sex};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

type Key = (Reference, Indicator, Sex);

/// A set of reference tables: every table the app carries
/// ([`tables`](super::tables), the built-in ones), or some of them (a rules bundle's own,
/// [`Tables::from_files`]), or the built-in ones with a bundle's laid over
/// them ([`Tables::overlaid`], [`Tables::with_files`]): per table, the
/// bundle's where it has one, else the built-in one. Tables are shared, so
/// a clone or an overlay copies no rows. In JSON (the window gets a
/// bundle's tables in `ChildView`) a list of entries; the tables in it were
/// validated where they were parsed (the shell), not again when read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(into = "Vec<TableEntry>", from = "Vec<TableEntry>")]
pub struct Tables {
    tables: BTreeMap<Key, Arc<LmsTable>>,
    percentile_tables: BTreeMap<Key, Arc<PercentileTable>>,
}

/// One table of a [`Tables`] in JSON.
#[derive(Clone, Serialize, Deserialize)]
struct TableEntry {
    reference: Reference,
    indicator: Indicator,
    sex: Sex,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lms: Option<LmsTable>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    percentiles: Option<PercentileTable>,
}

impl From<Tables> for Vec<TableEntry> {
    fn from(t: Tables) -> Self {
        let entry = |(reference, indicator, sex): Key| TableEntry {
            reference,
            indicator,
            sex,
            lms: None,
            percentiles: None,
        };
        let lms = t.tables.into_iter().map(|(k, v)| TableEntry {
            lms: Some(Arc::unwrap_or_clone(v)),
            ..entry(k)
        });
        let percentiles = t.percentile_tables.into_iter().map(|(k, v)| TableEntry {
            percentiles: Some(Arc::unwrap_or_clone(v)),
            ..entry(k)
        });
        lms.chain(percentiles).collect()
    }
}

impl From<Vec<TableEntry>> for Tables {
    fn from(entries: Vec<TableEntry>) -> Self {
        let mut t = Tables::default();
        for e in entries {
            let key = (e.reference, e.indicator, e.sex);
            if let Some(table) = e.lms {
                t.tables.insert(key, Arc::new(table));
            }
            if let Some(table) = e.percentiles {
                t.percentile_tables.insert(key, Arc::new(table));
            }
        }
        t
    }
}

impl Tables {
    /// The table for a reference, indicator and sex, if the set has it.
    pub fn get(&self, reference: Reference, indicator: Indicator, sex: Sex) -> Option<&LmsTable> {
        self.tables.get(&(reference, indicator, sex)).map(|t| &**t)
    }

    /// The published-percentile table for a reference, indicator and sex
    /// (the Japanese 2023 survey), if the set has it.
    pub fn percentiles(
        &self,
        reference: Reference,
        indicator: Indicator,
        sex: Sex,
    ) -> Option<&PercentileTable> {
        self.percentile_tables
            .get(&(reference, indicator, sex))
            .map(|t| &**t)
    }

    /// Whether `reference` has a table (LMS or published percentiles) for
    /// this indicator and sex.
    pub fn covers(&self, reference: Reference, indicator: Indicator, sex: Sex) -> bool {
        self.get(reference, indicator, sex).is_some()
            || self.percentiles(reference, indicator, sex).is_some()
    }

    /// Whether any table of `reference` is present.
    pub fn has(&self, reference: Reference) -> bool {
        self.tables.keys().any(|(r, _, _)| *r == reference)
            || self
                .percentile_tables
                .keys()
                .any(|(r, _, _)| *r == reference)
    }

    /// Whether the set has no table at all.
    pub fn is_empty(&self) -> bool {
        self.tables.is_empty() && self.percentile_tables.is_empty()
    }

    /// The tables given as files (`(path under assets/growth/, text)`, e.g.
    /// `japan-2023/weight-for-age.json`), each checked as the embedded file
    /// of that path is; the first bad one fails.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Tables, GrowthError> {
        let mut out = Tables::default();
        for (file, text) in files {
            match parse_file(file, text)? {
                Parsed::Lms(key, tables) => {
                    for (sex, t) in tables {
                        out.tables.insert((key.0, key.1, sex), Arc::new(t));
                    }
                }
                Parsed::Percentiles(key, tables) => {
                    for (sex, t) in tables {
                        out.percentile_tables
                            .insert((key.0, key.1, sex), Arc::new(t));
                    }
                }
            }
        }
        Ok(out)
    }

    /// These tables with the files' tables laid over them
    /// ([`Self::from_files`] then [`Self::overlaid`]).
    pub fn with_files<'a>(
        &self,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Tables, GrowthError> {
        Ok(self.overlaid(&Tables::from_files(files)?))
    }

    /// These tables with `over`'s laid over them: per reference, indicator
    /// and sex, `over`'s table where it has one (of either kind), else this
    /// set's.
    pub fn overlaid(&self, over: &Tables) -> Tables {
        let mut out = self.clone();
        for (key, table) in &over.tables {
            out.percentile_tables.remove(key);
            out.tables.insert(*key, Arc::clone(table));
        }
        for (key, table) in &over.percentile_tables {
            out.tables.remove(key);
            out.percentile_tables.insert(*key, Arc::clone(table));
        }
        out
    }

    /// Only the tables of one sex (what one child's charts can use).
    pub fn of_sex(&self, sex: Sex) -> Tables {
        let keep = |k: &Key| k.2 == sex;
        Tables {
            tables: self
                .tables
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (*k, Arc::clone(v)))
                .collect(),
            percentile_tables: self
                .percentile_tables
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (*k, Arc::clone(v)))
                .collect(),
        }
    }
}

/// All the built-in tables, parsed and validated on first use (then
/// shared).
pub fn tables() -> Result<&'static Tables, GrowthError> {
    static TABLES: OnceLock<Result<Tables, GrowthError>> = OnceLock::new();
    TABLES
        .get_or_init(|| Tables::from_files(embedded_files()))
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load_and_cover_both_sexes() {
        let tables = tables().expect("embedded tables are valid");
        for indicator in Indicator::ALL {
            for sex in Sex::ALL {
                let table = tables.get(Reference::WhoStandard, indicator, sex).unwrap();
                assert_eq!(table.first_day(), 0.0);
                assert_eq!(table.last_day(), 1856.0);
                assert_eq!(table.unit(), indicator.unit());
                assert!(table.source().url.starts_with("https://www.who.int/"));
            }
        }
        assert!(tables.has(Reference::WhoStandard));
        assert!(tables.has(Reference::Japan2023));
        // The Japanese survey is published percentiles, not LMS.
        assert!(tables
            .get(Reference::Japan2023, Indicator::WeightForAge, Sex::Male)
            .is_none());
        for indicator in [Indicator::WeightForAge, Indicator::LengthHeightForAge] {
            for sex in Sex::ALL {
                let table = tables
                    .percentiles(Reference::Japan2023, indicator, sex)
                    .unwrap();
                assert_eq!(table.first_day(), 0.0);
                // 6歳0〜6か月未満, at its middle: past six years.
                assert!(table.last_day() > 6.0 * 365.25, "{}", table.last_day());
                assert_eq!(table.unit(), indicator.unit());
                assert!(table.source().url.contains("e-stat.go.jp"));
            }
        }
        assert!(tables
            .percentiles(
                Reference::Japan2023,
                Indicator::HeadCircumferenceForAge,
                Sex::Male
            )
            .is_none());
    }
}
