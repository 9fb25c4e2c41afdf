//! The SAMPLE families the portal serves, and the vaccine schedule their
//! records are checked against.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use crate::CATEGORIES;
use serde_json::Value;

/// One SAMPLE family: a portal user and the records the portal holds for them.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub id: String,
    pub label: String,
    pub guardian_name: String,
    /// Items per category, in change order (a record's position is its sequence number).
    pub categories: HashMap<String, Vec<Value>>,
}

impl Family {
    /// The office's next step on the items of `category` whose `status` is
    /// `from`: each is changed by `step` and goes to the end of the change
    /// order, so the next pull brings it; returns how many moved.
    pub(crate) fn advance(
        &mut self,
        category: &str,
        from: &str,
        mut step: impl FnMut(&mut Value),
    ) -> usize {
        let items = self.categories.entry(category.into()).or_default();
        let (mut moved, mut kept): (Vec<Value>, Vec<Value>) = items
            .drain(..)
            .partition(|i| i.get("status").and_then(Value::as_str) == Some(from));
        moved.iter_mut().for_each(&mut step);
        let n = moved.len();
        kept.extend(moved);
        *items = kept;
        n
    }
}

/// The family `id` among `families`.
pub(crate) fn family_mut<'a>(
    families: &'a mut [Family],
    id: &str,
) -> Result<&'a mut Family, String> {
    families
        .iter_mut()
        .find(|f| f.id == id)
        .ok_or_else(|| format!("unknown family `{id}`"))
}

const SAMPLE_FILES: [(&str, &str); 3] = [
    ("family-a.json", include_str!("../sample/family-a.json")),
    ("family-b.json", include_str!("../sample/family-b.json")),
    ("family-c.json", include_str!("../sample/family-c.json")),
];

/// The embedded SAMPLE families. Every record must carry `"sample": true`.
pub fn sample_families() -> Result<Vec<Family>, String> {
    SAMPLE_FILES
        .iter()
        .map(|(name, text)| parse_family(text).map_err(|e| format!("sample/{name}: {e}")))
        .collect()
}

fn parse_family(text: &str) -> Result<Family, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let field = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("missing string `{k}`"))
    };
    if v.get("sample") != Some(&Value::Bool(true)) {
        return Err("the family is not marked \"sample\": true".into());
    }
    let guardian_name = v
        .pointer("/guardian/name")
        .and_then(Value::as_str)
        .ok_or("missing guardian.name")?
        .to_owned();
    let mut categories = HashMap::new();
    for cat in CATEGORIES {
        let items = v
            .get(cat)
            .and_then(Value::as_array)
            .ok_or_else(|| format!("missing array `{cat}`"))?;
        for item in items {
            if item.get("sample") != Some(&Value::Bool(true)) {
                return Err(format!("a `{cat}` record is not marked \"sample\": true"));
            }
            if item.get("id").and_then(Value::as_str).is_none() {
                return Err(format!("a `{cat}` record has no id"));
            }
        }
        categories.insert(cat.to_owned(), items.clone());
    }
    Ok(Family {
        id: field("family_id")?,
        label: field("label")?,
        guardian_name,
        categories,
    })
}

/// The vaccines of `assets/schedules/vaccines-jp.json` and the dose numbers of
/// each (over all of its series).
pub(crate) fn known_vaccines() -> &'static HashMap<String, BTreeSet<u8>> {
    static KNOWN: OnceLock<HashMap<String, BTreeSet<u8>>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let schedule: Value =
            serde_json::from_str(include_str!("../../../assets/schedules/vaccines-jp.json"))
                .expect("assets/schedules/vaccines-jp.json is JSON");
        let mut known = HashMap::new();
        for vaccine in schedule["vaccines"].as_array().into_iter().flatten() {
            let Some(id) = vaccine["id"].as_str() else {
                continue;
            };
            let doses: BTreeSet<u8> = vaccine["series"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|series| series["doses"].as_array())
                .flatten()
                .filter_map(|dose| dose["dose"].as_u64())
                .filter_map(|dose| u8::try_from(dose).ok())
                .collect();
            known.insert(id.to_owned(), doses);
        }
        known
    })
}
