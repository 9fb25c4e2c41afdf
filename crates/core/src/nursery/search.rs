//! Offline search: the child's age class for an intake, filters, distance
//! and order. Pure: `today` and the intake are arguments.

use super::facility::{AgeClass, Facility, FacilityType, TimeOfDay};
use crate::Date;
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// A point on the earth, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub latitude: f64,
    pub longitude: f64,
}

impl Point {
    /// A point when both values are finite and in range.
    pub fn new(latitude: f64, longitude: f64) -> Option<Self> {
        (latitude.is_finite()
            && longitude.is_finite()
            && (-90.0..=90.0).contains(&latitude)
            && (-180.0..=180.0).contains(&longitude))
        .then_some(Point {
            latitude,
            longitude,
        })
    }
}

/// The mean earth radius (IUGG), in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The straight-line (great-circle, haversine) distance in km.
pub fn distance_km(a: Point, b: Point) -> f64 {
    let (la1, la2) = (a.latitude.to_radians(), b.latitude.to_radians());
    let dla = la2 - la1;
    let dlo = (b.longitude - a.longitude).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// The next April intake strictly after `today`.
pub fn next_intake(today: Date) -> Date {
    let this_year = april_first(today.year());
    if today < this_year {
        this_year
    } else {
        april_first(today.year() + 1)
    }
}

fn april_first(year: i32) -> Date {
    Date::from_ymd_opt(year, 4, 1).unwrap_or(Date::MIN)
}

/// The age class (クラス年齢) for the school year starting on `intake`
/// (an April 1): the child's age in completed years on that April 1. So a
/// child born on April 1 belongs to the class of those born the year
/// before (早生まれ), one born on April 2 to the next. `None` before birth
/// or past the 5歳児 class (school age).
pub fn age_class(birth: Date, intake: Date) -> Option<AgeClass> {
    let start = april_first(intake.year());
    if birth > start {
        return None;
    }
    let mut years = start.year() - birth.year();
    if (start.month(), start.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    AgeClass::new(u8::try_from(years).ok()?)
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Municipality code, then NO.
    #[default]
    Code,
    /// Nearest first (needs a point).
    Distance,
    /// Most openings for the child's class first (needs a class).
    Openings,
}

/// What the parent asks for. Empty: every facility.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The child's class: only facilities with an opening for it.
    pub class: Option<AgeClass>,
    /// With `class` 0: the child's age in days on the intake day, checked
    /// against a facility's youngest age (生後57日 …).
    pub age_days_at_intake: Option<u32>,
    /// Any of these types (empty: any).
    pub types: Vec<FacilityType>,
    /// The parent's commute: the facility is open by `drop_off` and until
    /// `pick_up` (with extended care if need be).
    pub drop_off: Option<TimeOfDay>,
    pub pick_up: Option<TimeOfDay>,
    /// Only facilities offering 延長保育.
    pub extended_care: bool,
    /// Where distances are measured from (home, work, a station).
    pub from: Option<Point>,
    /// Only facilities within this straight-line distance of `from`.
    pub within_km: Option<f64>,
    /// Only this municipality.
    pub municipality: Option<String>,
    pub sort: Sort,
}

/// A query that cannot be answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    #[error("a distance limit needs a point to measure from")]
    WithinWithoutPoint,
    #[error("sorting by distance needs a point to measure from")]
    DistanceWithoutPoint,
    #[error("sorting by openings needs the child's class")]
    OpeningsWithoutClass,
    #[error("the pick-up time must be after the drop-off time")]
    PickUpBeforeDropOff,
    #[error("the distance limit must be a positive number")]
    BadDistance,
}

impl SearchError {
    /// The Fluent id of the message.
    pub fn message_id(self) -> &'static str {
        match self {
            SearchError::WithinWithoutPoint => "nursery-error-within-without-point",
            SearchError::DistanceWithoutPoint => "nursery-error-distance-without-point",
            SearchError::OpeningsWithoutClass => "nursery-error-openings-without-class",
            SearchError::PickUpBeforeDropOff => "nursery-error-pick-up-before-drop-off",
            SearchError::BadDistance => "nursery-error-bad-distance",
        }
    }
}

/// A facility that matched, with what the query made of it.
#[derive(Debug, Clone, Serialize)]
pub struct Hit<'a> {
    #[serde(flatten)]
    pub facility: &'a Facility,
    /// From the query's point, in km.
    pub distance_km: Option<f64>,
    /// Openings for the query's class.
    pub openings: Option<u32>,
    /// The commute is covered only with extended care.
    pub needs_extended_care: bool,
}

/// Filters and orders `facilities`.
pub fn search<'a>(facilities: &'a [Facility], q: &Query) -> Result<Vec<Hit<'a>>, SearchError> {
    if q.within_km.is_some() && q.from.is_none() {
        return Err(SearchError::WithinWithoutPoint);
    }
    if q.within_km.is_some_and(|km| !(km.is_finite() && km > 0.0)) {
        return Err(SearchError::BadDistance);
    }
    match q.sort {
        Sort::Distance if q.from.is_none() => return Err(SearchError::DistanceWithoutPoint),
        Sort::Openings if q.class.is_none() => return Err(SearchError::OpeningsWithoutClass),
        _ => {}
    }
    if let (Some(d), Some(p)) = (q.drop_off, q.pick_up) {
        if p <= d {
            return Err(SearchError::PickUpBeforeDropOff);
        }
    }
    let mut hits: Vec<Hit<'a>> = facilities.iter().filter_map(|f| hit(f, q)).collect();
    match q.sort {
        Sort::Code => hits.sort_by(|a, b| code_order(a.facility, b.facility)),
        Sort::Distance => hits.sort_by(|a, b| {
            let (x, y) = (
                a.distance_km.unwrap_or(f64::MAX),
                b.distance_km.unwrap_or(f64::MAX),
            );
            x.total_cmp(&y)
                .then_with(|| code_order(a.facility, b.facility))
        }),
        Sort::Openings => hits.sort_by(|a, b| {
            b.openings
                .cmp(&a.openings)
                .then_with(|| {
                    let (x, y) = (a.distance_km.unwrap_or(0.0), b.distance_km.unwrap_or(0.0));
                    x.total_cmp(&y)
                })
                .then_with(|| code_order(a.facility, b.facility))
        }),
    }
    Ok(hits)
}

fn code_order(a: &Facility, b: &Facility) -> std::cmp::Ordering {
    let no = |f: &Facility| f.no.parse::<u64>().unwrap_or(u64::MAX);
    a.municipality_code
        .cmp(&b.municipality_code)
        .then_with(|| no(a).cmp(&no(b)))
        .then_with(|| a.no.cmp(&b.no))
}

fn hit<'a>(f: &'a Facility, q: &Query) -> Option<Hit<'a>> {
    if q.municipality
        .as_deref()
        .is_some_and(|m| m != f.municipality_code)
    {
        return None;
    }
    if !q.types.is_empty() && !q.types.contains(&f.kind) {
        return None;
    }
    if q.extended_care && f.extended_until.is_none() {
        return None;
    }
    let openings = match q.class {
        None => None,
        Some(class) => {
            let n = f.openings_for(class).filter(|n| *n > 0)?;
            if !f.accepts(class) {
                return None;
            }
            let too_young = class.years() == 0
                && matches!((q.age_days_at_intake, f.ages.from_days), (Some(age), Some(min)) if age < min);
            if too_young {
                return None;
            }
            Some(n)
        }
    };
    let mut needs_extended_care = false;
    if q.drop_off.is_some_and(|d| d < f.opens) {
        return None;
    }
    if let Some(p) = q.pick_up {
        if p > f.closes {
            match f.extended_until {
                Some(e) if p <= e => needs_extended_care = true,
                _ => return None,
            }
        }
    }
    let distance_km = q.from.map(|from| {
        distance_km(
            from,
            Point {
                latitude: f.latitude,
                longitude: f.longitude,
            },
        )
    });
    if let (Some(limit), Some(d)) = (q.within_km, distance_km) {
        if d > limit {
            return None;
        }
    }
    Some(Hit {
        facility: f,
        distance_km,
        openings,
        needs_extended_care,
    })
}
