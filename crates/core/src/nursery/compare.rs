//! The bookmarks as the window and `hagu` list them, and the side-by-side
//! comparison of 2–4 of them (or of every starred one): facility data and
//! the parent's bookmark together. A bookmarked facility that is no longer
//! in the data still shows, by its saved name, marked `missing`.

use super::bookmark::{BookmarkError, Ranked, COMPARE_MAX, COMPARE_MIN};
use super::facility::{AgeClass, Facility, FacilityType};
use super::request::{RequestError, SearchRequest};
use super::search::{distance_km, Point};
use super::{Label, Nurseries};
use crate::model::RecordId;
use crate::Date;
use serde::{Deserialize, Serialize};

/// One bookmark as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookmarkRow {
    pub id: RecordId,
    /// The place in the preference order (1 = first choice).
    pub rank: u32,
    /// `<municipality code>-<NO>`.
    pub facility_id: String,
    /// The facility's name in the data, else as saved.
    pub name: String,
    /// The facility is no longer in the data.
    pub missing: bool,
    pub kind: Option<FacilityType>,
    pub municipality: Option<String>,
    pub municipality_en: Option<String>,
    pub note: Option<String>,
    pub stars: Option<u8>,
    pub photos: usize,
}

/// The bookmarks in preference order, for the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookmarksView {
    pub bookmarks: Vec<BookmarkRow>,
    /// The SAMPLE datasets' labels.
    pub sample_labels: Vec<Label>,
}

fn facility<'a>(data: &'a Nurseries, b: &Ranked) -> Option<&'a Facility> {
    let id = b.bookmark.facility.id();
    data.facilities.iter().find(|f| f.id == id)
}

fn municipality(data: &Nurseries, code: &str) -> (Option<String>, Option<String>) {
    data.dataset(code).map_or((None, None), |d| {
        (
            Some(d.municipality.name.clone()),
            d.municipality.name_en.clone(),
        )
    })
}

/// One bookmark with what the data says of its facility.
fn row(data: &Nurseries, b: &Ranked, f: Option<&Facility>) -> BookmarkRow {
    let (municipality, municipality_en) =
        municipality(data, &b.bookmark.facility.municipality_code);
    BookmarkRow {
        id: b.id,
        rank: b.rank,
        facility_id: b.bookmark.facility.id(),
        name: f.map_or_else(|| b.bookmark.name.clone(), |f| f.name.clone()),
        missing: f.is_none(),
        kind: f.map(|f| f.kind),
        municipality,
        municipality_en,
        note: b.bookmark.note.clone(),
        stars: b.bookmark.stars,
        photos: b.photos,
    }
}

/// The bookmarks (in the store's order) with what the data says of them.
pub fn bookmarks_view(data: &Nurseries, bookmarks: &[Ranked]) -> BookmarksView {
    BookmarksView {
        bookmarks: bookmarks
            .iter()
            .map(|b| row(data, b, facility(data, b)))
            .collect(),
        sample_labels: data.sample_labels(),
    }
}

/// Which bookmarks to compare, and for whom: the child's birth date (or
/// class) and intake year as in a search, and the point distances are
/// measured from (home), when given.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompareRequest {
    /// Facility ids (`131083-12`), 2–4, in the order the columns show.
    pub facilities: Vec<String>,
    /// Every starred bookmark instead (in preference order).
    pub starred: bool,
    pub birth: Option<String>,
    pub class: Option<u8>,
    pub intake_year: Option<String>,
    /// `LAT,LON`.
    pub from: Option<String>,
}

/// Why a comparison could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    #[error(transparent)]
    Request(#[from] RequestError),
    #[error(transparent)]
    Bookmark(#[from] BookmarkError),
}

impl CompareError {
    pub fn message_id(&self) -> &'static str {
        match self {
            CompareError::Request(e) => e.message_id,
            CompareError::Bookmark(e) => e.message_id(),
        }
    }

    pub fn value(&self) -> &str {
        match self {
            CompareError::Request(e) => &e.value,
            CompareError::Bookmark(e) => e.value(),
        }
    }
}

/// One compared facility: a column of the table. When the facility is
/// no longer in the data (`bookmark.missing`), only the bookmark's own
/// values are known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareColumn {
    /// The bookmark as the list shows it (rank, name, stars, note, …).
    #[serde(flatten)]
    pub bookmark: BookmarkRow,
    /// Straight line from the request's point, in km.
    pub distance_km: Option<f64>,
    /// `HH:MM`.
    pub opens: Option<String>,
    pub closes: Option<String>,
    /// 延長保育 until (`HH:MM`); `None` without (or unknown when missing).
    pub extended_until: Option<String>,
    /// Whether the facility takes the child's class at all.
    pub takes_class: Option<bool>,
    /// Openings for the child's class at the intake (as published).
    pub openings: Option<u32>,
    pub fees: Option<String>,
    pub temporary_care: Option<bool>,
    pub sick_child_care: Option<bool>,
    pub capacity: Option<u32>,
}

/// The comparison table: one column per facility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub intake: Date,
    /// The child's class at the intake, when a birth date or class was given.
    pub class: Option<u8>,
    pub from_given: bool,
    pub columns: Vec<CompareColumn>,
    pub sample_labels: Vec<Label>,
}

/// The bookmarks the request picks, in its order (or the starred ones in
/// preference order).
fn pick<'a>(bookmarks: &'a [Ranked], r: &CompareRequest) -> Result<Vec<&'a Ranked>, BookmarkError> {
    if r.starred {
        let starred: Vec<&Ranked> = bookmarks
            .iter()
            .filter(|b| b.bookmark.stars.is_some())
            .collect();
        if starred.len() < COMPARE_MIN {
            return Err(BookmarkError::TooFewStarred);
        }
        return Ok(starred);
    }
    if r.facilities.len() < COMPARE_MIN {
        return Err(BookmarkError::TooFew);
    }
    if r.facilities.len() > COMPARE_MAX {
        return Err(BookmarkError::TooMany);
    }
    let mut out: Vec<&Ranked> = Vec::new();
    for id in &r.facilities {
        let id = id.trim();
        let b = bookmarks
            .iter()
            .find(|b| b.bookmark.facility.id() == id)
            .ok_or_else(|| BookmarkError::NotBookmarked(id.to_owned()))?;
        if out.iter().any(|o| o.id == b.id) {
            return Err(BookmarkError::Twice(id.to_owned()));
        }
        out.push(b);
    }
    Ok(out)
}

/// The comparison the request asks for; `today` picks the default intake.
pub fn compare(
    data: &Nurseries,
    bookmarks: &[Ranked],
    request: &CompareRequest,
    today: Date,
) -> Result<Comparison, CompareError> {
    let search = SearchRequest {
        birth: request.birth.clone(),
        class: request.class,
        intake_year: request.intake_year.clone(),
        from: request.from.clone(),
        ..SearchRequest::default()
    };
    let (intake, query) = search.query(today)?;
    let picked = pick(bookmarks, request)?;
    let columns = picked
        .into_iter()
        .map(|b| column(data, b, query.class, query.from))
        .collect();
    Ok(Comparison {
        intake,
        class: query.class.map(AgeClass::years),
        from_given: query.from.is_some(),
        columns,
        sample_labels: data.sample_labels(),
    })
}

fn column(
    data: &Nurseries,
    b: &Ranked,
    class: Option<AgeClass>,
    from: Option<Point>,
) -> CompareColumn {
    let f = facility(data, b);
    CompareColumn {
        bookmark: row(data, b, f),
        distance_km: f.zip(from).map(|(f, from)| {
            distance_km(
                from,
                Point {
                    latitude: f.latitude,
                    longitude: f.longitude,
                },
            )
        }),
        opens: f.map(|f| f.opens.to_string()),
        closes: f.map(|f| f.closes.to_string()),
        extended_until: f.and_then(|f| f.extended_until).map(|t| t.to_string()),
        takes_class: f.zip(class).map(|(f, c)| f.accepts(c)),
        openings: f
            .zip(class)
            .filter(|(f, c)| f.accepts(*c))
            .and_then(|(f, c)| f.openings_for(c)),
        fees: f.and_then(|f| f.fees.clone()),
        temporary_care: f.and_then(|f| f.temporary_care),
        sick_child_care: f.and_then(|f| f.sick_child_care),
        capacity: f.and_then(|f| f.capacity),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nursery::bookmark::{Bookmark, FacilityRef};
    use crate::nursery::load_embedded;

    fn ranked(data: &Nurseries, i: usize, stars: Option<u8>) -> Ranked {
        let b = Bookmark::of(data, &data.facilities[i].id)
            .unwrap()
            .with_stars(stars)
            .unwrap();
        Ranked {
            id: i as RecordId + 1,
            rank: i as u32 + 1,
            bookmark: b,
            photos: 0,
        }
    }

    fn today() -> Date {
        Date::from_ymd_opt(2026, 12, 4).unwrap()
    }

    #[test]
    fn columns_carry_facility_data_and_the_bookmark() {
        let data = load_embedded();
        let marks: Vec<Ranked> = (0..3).map(|i| ranked(&data, i, Some(3))).collect();
        let (a, b) = (&data.facilities[0], &data.facilities[2]);
        let request = CompareRequest {
            facilities: vec![b.id.clone(), a.id.clone()],
            birth: Some("2025-06-10".into()),
            from: Some(format!("{},{}", a.latitude, a.longitude)),
            ..CompareRequest::default()
        };
        let c = compare(&data, &marks, &request, today()).unwrap();
        assert_eq!(c.intake, Date::from_ymd_opt(2027, 4, 1).unwrap());
        assert_eq!(c.class, Some(1));
        assert_eq!(c.columns.len(), 2);
        let (first, second) = (&c.columns[0], &c.columns[1]);
        assert_eq!(first.bookmark.facility_id, b.id, "the request's order");
        assert_eq!(second.distance_km, Some(0.0), "measured from facility a");
        assert!(first.distance_km.unwrap() > 0.0);
        assert_eq!(second.opens.as_deref(), Some(a.opens.to_string().as_str()));
        assert_eq!(second.capacity, a.capacity);
        assert_eq!(second.fees, a.fees);
        assert_eq!(second.temporary_care, a.temporary_care);
        let one = AgeClass::new(1).unwrap();
        assert_eq!(second.takes_class, Some(a.accepts(one)));
        if a.accepts(one) {
            assert_eq!(second.openings, a.openings_for(one));
        }
        assert_eq!(second.bookmark.stars, Some(3));
    }

    #[test]
    fn a_facility_gone_from_the_data_shows_by_its_saved_name() {
        let data = load_embedded();
        let mut marks = vec![ranked(&data, 0, None), ranked(&data, 1, None)];
        marks[1].bookmark.facility = FacilityRef::parse("131083-99999").unwrap();
        marks[1].bookmark.name = "閉園した保育園".into();
        let view = bookmarks_view(&data, &marks);
        assert_eq!(view.bookmarks.len(), 2);
        assert!(!view.bookmarks[0].missing);
        assert!(view.bookmarks[1].missing);
        assert_eq!(view.bookmarks[1].name, "閉園した保育園");
        assert_eq!(view.bookmarks[1].municipality.as_deref(), Some("江東区"));
        let request = CompareRequest {
            facilities: vec![data.facilities[0].id.clone(), "131083-99999".into()],
            ..CompareRequest::default()
        };
        let c = compare(&data, &marks, &request, today()).unwrap();
        assert!(c.columns[1].bookmark.missing);
        assert_eq!(c.columns[1].bookmark.name, "閉園した保育園");
        assert_eq!(c.columns[1].opens, None);
    }

    #[test]
    fn two_to_four_or_every_starred_one() {
        let data = load_embedded();
        let marks: Vec<Ranked> = (0..6)
            .map(|i| ranked(&data, i, (i % 2 == 0).then_some(5)))
            .collect();
        let ids = |n: usize| (0..n).map(|i| data.facilities[i].id.clone()).collect();
        let ask = |facilities: Vec<String>, starred: bool| {
            compare(
                &data,
                &marks,
                &CompareRequest {
                    facilities,
                    starred,
                    ..CompareRequest::default()
                },
                today(),
            )
        };
        assert_eq!(
            ask(ids(1), false).unwrap_err().message_id(),
            "nursery-error-compare-too-few"
        );
        assert_eq!(
            ask(ids(5), false).unwrap_err().message_id(),
            "nursery-error-compare-too-many"
        );
        assert_eq!(ask(ids(4), false).unwrap().columns.len(), 4);
        let twice = vec![data.facilities[0].id.clone(), data.facilities[0].id.clone()];
        assert_eq!(
            ask(twice, false).unwrap_err().message_id(),
            "nursery-error-compare-twice"
        );
        let e = ask(
            vec![ids(1)[0].clone(), data.facilities[10].id.clone()],
            false,
        )
        .unwrap_err();
        assert_eq!(e.message_id(), "nursery-error-not-bookmarked");
        assert_eq!(e.value(), data.facilities[10].id);
        let starred = ask(vec![], true).unwrap();
        let got: Vec<RecordId> = starred.columns.iter().map(|c| c.bookmark.id).collect();
        assert_eq!(got, [1, 3, 5], "every starred one, in preference order");
        let few = compare(
            &data,
            &marks[..2],
            &CompareRequest {
                starred: true,
                ..CompareRequest::default()
            },
            today(),
        );
        assert_eq!(
            few.unwrap_err().message_id(),
            "nursery-error-compare-too-few-starred"
        );
    }
}
