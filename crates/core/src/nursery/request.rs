//! A search as the app and `hagu` ask for it (strings as typed), turned into
//! a [`Query`] in one place, and the result as the window shows it.

use super::facility::{AgeClass, FacilityType, TimeOfDay};
use super::search::{age_class, next_intake, search, Point, Query, Sort};
use super::{Dataset, Label, Nurseries, Origin};
use crate::validate::parse_date;
use crate::Date;
use serde::{Deserialize, Serialize};

/// What the parent typed. Empty: every facility.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchRequest {
    /// The child's birth date (gives the class for the intake).
    pub birth: Option<String>,
    /// The class directly (0–5), when no birth date is given.
    pub class: Option<u8>,
    /// The intake year (April 1); default: the next April after today.
    pub intake_year: Option<String>,
    /// Type ids (`licensed`, …).
    pub types: Vec<String>,
    pub drop_off: Option<String>,
    pub pick_up: Option<String>,
    pub extended_care: bool,
    /// `LAT,LON`.
    pub from: Option<String>,
    /// km.
    pub within_km: Option<String>,
    pub municipality: Option<String>,
    /// `code` (default), `distance`, `openings`.
    pub sort: Option<String>,
}

/// A request that cannot be searched: a Fluent id and the value given
/// (`value` for the messages that name it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message_id}: {value}")]
pub struct RequestError {
    pub message_id: &'static str,
    pub value: String,
}

fn bad(message_id: &'static str, value: &str) -> RequestError {
    RequestError {
        message_id,
        value: value.to_owned(),
    }
}

impl SearchRequest {
    /// The intake and the query; `today` picks the default intake.
    pub fn query(&self, today: Date) -> Result<(Date, Query), RequestError> {
        let some = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let intake = match some(&self.intake_year) {
            None => next_intake(today),
            Some(y) => y
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y))
                .and_then(|y| Date::from_ymd_opt(y, 4, 1))
                .ok_or_else(|| bad("nursery-error-bad-year", &y))?,
        };
        let mut q = Query {
            class: match self.class {
                None => None,
                Some(c) => Some(
                    AgeClass::new(c)
                        .ok_or_else(|| bad("nursery-error-bad-class", &c.to_string()))?,
                ),
            },
            extended_care: self.extended_care,
            municipality: some(&self.municipality),
            ..Query::default()
        };
        if let Some(birth) = some(&self.birth) {
            let birth = parse_date(&birth).map_err(|code| bad(code.message_id(), &birth))?;
            let class =
                age_class(birth, intake).ok_or_else(|| bad("nursery-error-no-class", ""))?;
            q.class = Some(class);
            q.age_days_at_intake = u32::try_from((intake - birth).num_days()).ok();
        }
        for t in &self.types {
            q.types.push(
                FacilityType::from_id(t.trim()).ok_or_else(|| bad("nursery-error-bad-type", t))?,
            );
        }
        let time = |v: &Option<String>| -> Result<Option<TimeOfDay>, RequestError> {
            some(v)
                .map(|t| TimeOfDay::parse(&t).ok_or_else(|| bad("nursery-error-bad-time", &t)))
                .transpose()
        };
        q.drop_off = time(&self.drop_off)?;
        q.pick_up = time(&self.pick_up)?;
        if let Some(v) = some(&self.from) {
            let point = v
                .split_once(',')
                .and_then(|(a, b)| Point::new(a.trim().parse().ok()?, b.trim().parse().ok()?));
            q.from = Some(point.ok_or_else(|| bad("nursery-error-bad-point", &v))?);
        }
        if let Some(v) = some(&self.within_km) {
            q.within_km = Some(
                v.parse()
                    .map_err(|_| bad("nursery-error-bad-distance", &v))?,
            );
        }
        q.sort = match some(&self.sort).as_deref() {
            None | Some("code") => Sort::Code,
            Some("distance") => Sort::Distance,
            Some("openings") => Sort::Openings,
            Some(other) => return Err(bad("nursery-error-bad-sort", other)),
        };
        Ok((intake, q))
    }
}

/// One facility as the window lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacilityRow {
    pub id: String,
    pub name: String,
    pub kind: FacilityType,
    pub municipality: String,
    pub municipality_en: Option<String>,
    pub address: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    /// `HH:MM`.
    pub opens: String,
    pub closes: String,
    pub extended_until: Option<String>,
    pub distance_km: Option<f64>,
    pub openings: Option<u32>,
    pub needs_extended_care: bool,
    /// What the facility's detail shows.
    pub detail: FacilityDetail,
}

/// The rest of a facility, for its detail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacilityDetail {
    pub name_kana: Option<String>,
    /// 受入年齢 as written.
    pub ages: String,
    pub capacity: Option<u32>,
    pub days: Option<String>,
    pub access: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub temporary_care: Option<bool>,
    pub sick_child_care: Option<bool>,
    pub fees: Option<String>,
    /// Openings per class (0歳児 … 5歳児) at the dataset's intake.
    pub openings: [Option<u32>; 6],
    pub updated: Option<Date>,
    pub note: Option<String>,
}

/// Where a dataset searched came from, for the line under the results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetLine {
    pub municipality: String,
    pub municipality_en: Option<String>,
    pub label: String,
    pub sample: bool,
    pub as_of: Date,
    pub intake: Date,
    pub origin: Origin,
}

impl From<&Dataset> for DatasetLine {
    fn from(d: &Dataset) -> Self {
        DatasetLine {
            municipality: d.municipality.name.clone(),
            municipality_en: d.municipality.name_en.clone(),
            label: d.label.clone(),
            sample: d.sample,
            as_of: d.as_of,
            intake: d.intake,
            origin: d.origin.clone(),
        }
    }
}

/// A search's answer for the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchView {
    pub intake: Date,
    pub class: Option<u8>,
    pub facilities: Vec<FacilityRow>,
    /// The SAMPLE datasets' labels (shown with the results).
    pub sample_labels: Vec<Label>,
    /// Where distances were measured from (the map's centre).
    pub from: Option<Point>,
    /// Every dataset searched: where it came from and its date.
    pub datasets: Vec<DatasetLine>,
}

/// Runs a request over the datasets.
pub fn search_view(
    data: &Nurseries,
    request: &SearchRequest,
    today: Date,
) -> Result<SearchView, RequestError> {
    let (intake, query) = request.query(today)?;
    let hits = search(&data.facilities, &query).map_err(|e| bad(e.message_id(), ""))?;
    let facilities = hits
        .iter()
        .map(|h| {
            let f = h.facility;
            let m = data.dataset(&f.municipality_code).map(|d| &d.municipality);
            FacilityRow {
                id: f.id.clone(),
                name: f.name.clone(),
                kind: f.kind,
                municipality: m.map_or_else(|| f.municipality_code.clone(), |m| m.name.clone()),
                municipality_en: m.and_then(|m| m.name_en.clone()),
                address: f.address.clone(),
                latitude: f.latitude,
                longitude: f.longitude,
                opens: f.opens.to_string(),
                closes: f.closes.to_string(),
                extended_until: f.extended_until.map(|t| t.to_string()),
                distance_km: h.distance_km,
                openings: h.openings,
                needs_extended_care: h.needs_extended_care,
                detail: FacilityDetail {
                    name_kana: f.name_kana.clone(),
                    ages: f.ages_label.clone(),
                    capacity: f.capacity,
                    days: f.days.clone(),
                    access: f.access.clone(),
                    phone: f.phone.clone(),
                    url: f.url.clone(),
                    temporary_care: f.temporary_care,
                    sick_child_care: f.sick_child_care,
                    fees: f.fees.clone(),
                    openings: f.openings,
                    updated: f.updated,
                    note: f.note.clone(),
                },
            }
        })
        .collect();
    Ok(SearchView {
        intake,
        class: query.class.map(AgeClass::years),
        facilities,
        sample_labels: data.sample_labels(),
        from: query.from,
        datasets: data.datasets.iter().map(DatasetLine::from).collect(),
    })
}
