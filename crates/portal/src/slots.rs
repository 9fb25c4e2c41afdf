//! The SAMPLE municipalities' bookable slots (the `slots` catalogue of
//! `GET /v1/municipalities/{code}/slots`) and their nursery facilities, read
//! from the embedded nursery datasets: what `catalogues` serves and
//! `nursery` books and decides against. The rules are in `nursery`.

use serde_json::{json, Value};

/// Each SAMPLE municipality: code, its counter's name, its facilities.
pub(crate) const MUNICIPALITIES: [(&str, &str, &str); 2] = [
    (
        "131083",
        "江東区 保育課 入園相談（サンプル）",
        include_str!("../../../assets/nurseries/koto-131083.csv"),
    ),
    (
        "132012",
        "八王子市 保育幼稚園課 入園相談（サンプル）",
        include_str!("../../../assets/nurseries/hachioji-132012.csv"),
    ),
];

pub(crate) const VISIT_CAPACITY: u32 = 2;
pub(crate) const CONSULT_CAPACITY: u32 = 1;
/// The consultation days, month and day (in [`slots_year`]).
const CONSULT_DAYS: [&str; 4] = ["01-12", "01-13", "01-14", "01-15"];

/// The year the SAMPLE datasets date their 見学枠 in.
const DATASET_YEAR: &str = "2027";

/// The year the SAMPLE slots are served in: the datasets' 2027 until that
/// year begins in Japan, then always the year after the portal's today.
/// The slots are fictional; moving them by whole years keeps the calendar
/// ahead of the clock, so a booking made today (and every test that books
/// one) never meets a slot that has already passed.
pub fn slots_year() -> i32 {
    let dataset: i32 = DATASET_YEAR.parse().unwrap_or(2027);
    let this_year: i32 = crate::dates::now_local()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(dataset);
    (this_year + 1).max(dataset)
}

/// A dataset time (`2027-01-18T10:00:00`) moved into [`slots_year`].
fn in_slots_year(starts: &str, year: i32) -> String {
    match starts.strip_prefix(DATASET_YEAR) {
        Some(rest) => format!("{year}{rest}"),
        None => starts.to_owned(),
    }
}

/// A facility row: id (`<code>-<NO>`), name, openings per class, visit slots.
pub(crate) struct Facility {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) openings: [u32; 6],
    pub(crate) visits: Vec<String>,
}

pub(crate) fn facilities(code: &str) -> Vec<Facility> {
    let Some((_, _, csv)) = MUNICIPALITIES.iter().find(|(c, _, _)| *c == code) else {
        return Vec::new();
    };
    let year = slots_year();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (no, name, visits) = (col("NO"), col("名称"), col("見学枠"));
    let open: Vec<Option<usize>> = (0..6).map(|c| col(&format!("空き_{c}歳児"))).collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            let at = |i: Option<usize>| i.and_then(|i| f.get(i)).copied().unwrap_or("");
            let mut openings = [0; 6];
            for (c, i) in open.iter().enumerate() {
                openings[c] = at(*i).trim().parse().unwrap_or(0);
            }
            Facility {
                id: format!("{code}-{}", at(no)),
                name: at(name).to_owned(),
                openings,
                visits: at(visits)
                    .split(';')
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(|v| in_slots_year(&format!("{}:00", v.replacen(' ', "T", 1)), year))
                    .collect(),
            }
        })
        .collect()
}

/// The `slots` catalogue of a municipality: a file header, then each slot.
pub(crate) fn slot_items(code: &str) -> Vec<Value> {
    let Some((_, counter, _)) = MUNICIPALITIES.iter().find(|(c, _, _)| *c == code) else {
        return Vec::new();
    };
    let mut slots = Vec::new();
    for f in facilities(code) {
        for starts in &f.visits {
            slots.push(json!({
                "id": format!("visit:{}:{starts}", f.id), "kind": "visit",
                "municipality": code, "facility": f.id, "place": f.name,
                "starts": starts, "minutes": 30, "mode": "on-site",
                "capacity": VISIT_CAPACITY, "sample": true,
            }));
        }
    }
    let year = slots_year();
    for day in CONSULT_DAYS {
        for (time, mode) in [("10:00", "counter"), ("14:00", "online")] {
            let starts = format!("{year}-{day}T{time}:00");
            slots.push(json!({
                "id": format!("consult:{code}:{starts}"), "kind": "consult",
                "municipality": code, "facility": null, "place": counter,
                "starts": starts, "minutes": 45, "mode": mode,
                "capacity": CONSULT_CAPACITY, "sample": true,
            }));
        }
    }
    let mut items = vec![json!({
        "id": "file:slots",
        "kind": "file",
        "file": "slots",
        "header": {
            "label": "SAMPLE — 見学枠・相談枠はすべて架空です。",
            "sample": true,
            "capacity": {"visit": VISIT_CAPACITY, "consult": CONSULT_CAPACITY},
        },
    })];
    items.extend(slots.into_iter().map(|s| {
        json!({
            "id": format!("slot:{}", s["id"].as_str().unwrap_or("")),
            "kind": "record",
            "file": "slots",
            "record": s,
        })
    }));
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_municipality_publishes_its_slots() {
        for (code, _, _) in MUNICIPALITIES {
            let items = slot_items(code);
            let visits = items
                .iter()
                .filter(|i| i["record"]["kind"] == "visit")
                .count();
            let consults = items
                .iter()
                .filter(|i| i["record"]["kind"] == "consult")
                .count();
            assert!(visits >= 20, "{code}: {visits} visit slots");
            assert_eq!(consults, CONSULT_DAYS.len() * 2);
            assert_eq!(items[0]["header"]["sample"], true);
            for i in &items[1..] {
                assert_eq!(i["record"]["sample"], true);
                assert!(i["record"]["starts"].as_str().unwrap().len() == 19, "{i}");
            }
        }
        assert!(slot_items("131016").is_empty());
    }

    #[test]
    fn the_sample_slots_stay_ahead_of_the_clock() {
        let today = crate::dates::now_local();
        let year = slots_year();
        assert!(year >= 2027);
        for (code, _, _) in MUNICIPALITIES {
            for i in &slot_items(code)[1..] {
                let starts = i["record"]["starts"].as_str().unwrap();
                assert!(starts > today.as_str(), "{starts} is not after {today}");
                assert!(starts.starts_with(&year.to_string()), "{starts}");
            }
        }
        assert_eq!(
            in_slots_year("2027-01-18T10:00:00", 2031),
            "2031-01-18T10:00:00"
        );
    }
}
