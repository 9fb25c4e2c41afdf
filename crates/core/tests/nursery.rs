//! Nursery data: the loader (and its quirks), the age class at April 1,
//! filters, distance and order.

use hagukumi_core::nursery::{
    self, age_class, distance_km, next_intake, search, AgeClass, FacilityType, Label, Point, Query,
    SearchError, Sort, TimeOfDay,
};
use hagukumi_core::programs::Severity;
use hagukumi_core::Date;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

const MANIFEST: &str = r#"{
  "label": "SAMPLE test data",
  "sample": true,
  "as_of": "2026-11-20",
  "municipality": { "code": "131083", "name": "江東区" },
  "intake": "2027-04-01",
  "facilities": "t.csv",
  "sources": [{ "id": "test", "title": "made up for the test" }]
}"#;

const HEADER: &str = "都道府県コード又は市区町村コード,NO,名称,種別,住所,緯度,経度,収容定員,受入年齢,開始時間,終了時間,延長保育,延長終了時間,空き_0歳児,空き_1歳児,空き_2歳児,空き_3歳児,空き_4歳児,空き_5歳児,見学枠";

fn load(rows: &[&str]) -> nursery::Nurseries {
    let csv = format!("{HEADER}\n{}\n", rows.join("\n"));
    let csv: &'static str = Box::leak(csv.into_boxed_str());
    nursery::load_datasets(&[("t.json", MANIFEST), ("t.csv", csv)])
}

#[test]
fn the_embedded_sample_loads_whole_for_two_municipalities() {
    let n = nursery::load_embedded();
    assert!(n.problems.is_empty(), "{:?}", n.problems);
    assert_eq!(n.datasets.len(), 2);
    assert!(n.sample());
    for ds in &n.datasets {
        assert!(ds.sample && ds.label.contains("SAMPLE"), "{}", ds.file);
        // In English too: a parent reading any language but Japanese sees it.
        let en = ds.label_en.as_deref().unwrap_or_default();
        assert!(en.starts_with("SAMPLE"), "{}: {en}", ds.file);
        assert!(!ds.sources.is_empty());
        assert_eq!(ds.intake, d("2027-04-01"));
        let here: Vec<_> = n
            .facilities
            .iter()
            .filter(|f| f.municipality_code == ds.municipality.code)
            .collect();
        assert!(here.len() >= 24, "{}: {}", ds.file, here.len());
        // Positions plausible for the ward: within 12 km of its centre.
        let centre = match ds.municipality.code.as_str() {
            "131083" => Point::new(35.6727, 139.8170).unwrap(),
            _ => Point::new(35.6558, 139.3389).unwrap(),
        };
        for f in here {
            let p = Point::new(f.latitude, f.longitude).unwrap();
            assert!(distance_km(centre, p) < 12.0, "{} {}", f.id, f.name);
        }
    }
}

#[test]
fn a_bad_row_is_reported_with_file_row_and_column_and_the_rest_load() {
    let n = load(&[
        "131083,1,みどり,認可保育所,東京都江東区,35.67,139.81,60,生後57日～5歳,7:00,18:00,無,,1,2,0,0,0,0,",
        "131083,2,そら,認可保育所,東京都江東区,135.67,139.81,60,生後57日～5歳,7:00,18:00,無,,1,2,0,0,0,0,",
        "131083,3,うみ,幼稚園,東京都江東区,35.67,139.81,60,3歳～5歳,9:00,14:00,無,,,,,1,1,1,",
        "131083,4,ほし,認可保育所,東京都江東区,35.67,139.81,60,生後57日～5歳,18:00,7:00,無,,1,2,0,0,0,0,",
        "131083,5,つき,認可保育所,東京都江東区,35.67,139.81",
    ]);
    assert_eq!(n.facilities.len(), 1);
    assert_eq!(n.facilities[0].name, "みどり");
    let got: Vec<(&str, &str, &str)> = n
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.record.as_str(), p.field.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("t.csv", "row 3 (NO 2)", "緯度"),
            ("t.csv", "row 4 (NO 3)", "種別"),
            ("t.csv", "row 5 (NO 4)", "終了時間"),
            ("t.csv", "row 6 (NO 5)", "(row)"),
        ]
    );
    assert!(n.problems.iter().all(|p| p.severity == Severity::Skipped));
}

#[test]
fn quirks_bom_crlf_quotes_full_width_digits_and_bad_optional_values() {
    let csv = format!(
        "\u{feff}{HEADER}\r\n131083,１,\"みどり, 分園\",小規模保育事業,\"東京都江東区豊洲1丁目\",３５．６５,139.79,十九,生後6か月〜2歳,７：３０,18:30,有,20:00,2,1,-,,,,2027-01-12 10:00；2027/01/20 15:00;いつでも\r\n131083,1,二重,認可保育所,,35.65,139.79,60,1歳～5歳,7:00,18:00,,,0,0,0,0,0,0,\r\n"
    );
    let csv: &'static str = Box::leak(csv.into_boxed_str());
    let n = nursery::load_datasets(&[("t.json", MANIFEST), ("t.csv", csv)]);
    assert_eq!(n.facilities.len(), 1);
    let f = &n.facilities[0];
    assert_eq!(f.id, "131083-1");
    assert_eq!(f.name, "みどり, 分園");
    assert_eq!(f.kind, FacilityType::SmallScale);
    assert!((f.latitude - 35.65).abs() < 1e-9);
    assert_eq!(f.capacity, None, "unreadable capacity is unknown");
    assert_eq!(f.ages.from_days, Some(180));
    assert_eq!(f.opens.to_string(), "07:30");
    assert_eq!(
        f.extended_until.map(|t| t.to_string()),
        Some("20:00".into())
    );
    assert_eq!(f.openings, [Some(2), Some(1), None, None, None, None]);
    assert_eq!(f.visit_slots.len(), 2);
    let fields: Vec<(&str, Severity)> = n
        .problems
        .iter()
        .map(|p| (p.field.as_str(), p.severity))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("収容定員", Severity::Warning),
            ("見学枠", Severity::Warning),
            ("NO", Severity::Skipped),
        ]
    );
}

#[test]
fn a_file_without_a_required_column_or_a_manifest_without_its_csv_is_reported() {
    let csv = "NO,名称\n1,a\n";
    let n = nursery::load_datasets(&[("t.json", MANIFEST), ("t.csv", csv)]);
    assert!(n.facilities.is_empty());
    assert_eq!(n.problems[0].file, "t.csv");
    assert_eq!(n.problems[0].field, "都道府県コード又は市区町村コード");

    let n = nursery::load_datasets(&[("t.json", MANIFEST)]);
    assert_eq!(n.problems[0].file, "t.json");
    assert_eq!(n.problems[0].field, "facilities");
    assert!(n.datasets.is_empty());

    let bad = MANIFEST.replace("2027-04-01", "2027-05-01");
    let n = nursery::load_datasets(&[("t.json", &bad), ("t.csv", HEADER)]);
    assert_eq!(n.problems[0].field, "intake");
    let bad = MANIFEST.replace("SAMPLE test data", "test data");
    let n = nursery::load_datasets(&[("t.json", &bad), ("t.csv", HEADER)]);
    assert_eq!(n.problems[0].field, "label", "sample data must say so");
    let bad = MANIFEST.replace(
        "\"label\": \"SAMPLE test data\",",
        "\"label\": \"SAMPLE test data\", \"labelEn\": \"test data\",",
    );
    assert_ne!(bad, MANIFEST);
    let n = nursery::load_datasets(&[("t.json", &bad), ("t.csv", HEADER)]);
    assert_eq!(n.problems[0].field, "labelEn", "in English too");
}

#[test]
fn a_row_of_another_municipality_is_left_out() {
    let n = load(&["132012,1,よそ,認可保育所,,35.65,139.33,60,1歳～5歳,7:00,18:00,,,0,1,0,0,0,0,"]);
    assert!(n.facilities.is_empty());
    assert_eq!(n.problems[0].field, "都道府県コード又は市区町村コード");
}

#[test]
fn the_age_class_follows_the_school_year_rule_at_april_1() {
    let intake = d("2027-04-01");
    let class = |birth: &str| age_class(d(birth), intake).map(AgeClass::years);
    // Born on April 1: the earlier school year (早生まれ).
    assert_eq!(class("2026-04-01"), Some(1));
    assert_eq!(class("2026-04-02"), Some(0));
    assert_eq!(class("2025-04-01"), Some(2));
    assert_eq!(class("2025-04-02"), Some(1));
    assert_eq!(class("2022-04-02"), Some(4));
    assert_eq!(class("2021-04-02"), Some(5));
    // School age: no nursery class.
    assert_eq!(class("2021-04-01"), None);
    // Born on the intake day: 0歳児; born after it: not yet.
    assert_eq!(class("2027-04-01"), Some(0));
    assert_eq!(class("2027-04-02"), None);
    assert_eq!(class("2024-02-29"), Some(3));
    // Any date in the intake year names the same school year.
    assert_eq!(
        age_class(d("2026-04-01"), d("2027-10-01")).map(AgeClass::years),
        Some(1)
    );
}

#[test]
fn the_next_intake_is_the_next_april_1() {
    assert_eq!(next_intake(d("2026-12-04")), d("2027-04-01"));
    assert_eq!(next_intake(d("2027-03-31")), d("2027-04-01"));
    assert_eq!(next_intake(d("2027-04-01")), d("2028-04-01"));
}

#[test]
fn haversine_distances() {
    let tokyo = Point::new(35.681236, 139.767125).unwrap();
    let shinjuku = Point::new(35.690921, 139.700258).unwrap();
    assert!((distance_km(tokyo, shinjuku) - 6.134).abs() < 0.005);
    assert!((distance_km(shinjuku, tokyo) - distance_km(tokyo, shinjuku)).abs() < 1e-12);
    assert_eq!(distance_km(tokyo, tokyo), 0.0);
    let one_degree = distance_km(
        Point::new(35.0, 139.0).unwrap(),
        Point::new(36.0, 139.0).unwrap(),
    );
    assert!((one_degree - 111.195).abs() < 0.001);
    assert!(Point::new(91.0, 0.0).is_none());
    assert!(Point::new(f64::NAN, 0.0).is_none());
}

/// Four facilities along a line east of a home point (≈ 0.9 km per
/// 0.01° of longitude at 35.65°N).
fn four() -> nursery::Nurseries {
    load(&[
        "131083,1,いち,認可保育所,,35.65,139.80,60,生後57日～5歳,7:00,18:00,有,20:00,0,3,1,0,0,0,",
        "131083,2,に,小規模保育事業,,35.65,139.81,19,生後6か月～2歳,7:30,18:30,無,,2,1,0,,,,",
        "131083,3,さん,認可保育所,,35.65,139.82,90,1歳～5歳,7:00,19:00,,,,5,0,2,0,0,",
        "131083,4,よん,認証保育所,,35.65,139.83,30,生後57日～2歳,8:00,18:00,有,19:00,1,0,0,,,,",
    ])
}

fn names(hits: &[nursery::Hit<'_>]) -> Vec<String> {
    hits.iter().map(|h| h.facility.name.clone()).collect()
}

#[test]
fn no_filter_gives_every_facility_in_code_order() {
    let n = four();
    let hits = search(&n.facilities, &Query::default()).unwrap();
    assert_eq!(names(&hits), ["いち", "に", "さん", "よん"]);
}

#[test]
fn only_facilities_with_an_opening_for_the_class() {
    let n = four();
    let q = |class: u8| Query {
        class: AgeClass::new(class),
        ..Query::default()
    };
    assert_eq!(
        names(&search(&n.facilities, &q(1)).unwrap()),
        ["いち", "に", "さん"]
    );
    assert_eq!(
        names(&search(&n.facilities, &q(0)).unwrap()),
        ["に", "よん"]
    );
    assert_eq!(names(&search(&n.facilities, &q(3)).unwrap()), ["さん"]);
    // A 0歳児 of 100 days on April 1: too young where 生後6か月 is the youngest.
    let young = Query {
        age_days_at_intake: Some(100),
        ..q(0)
    };
    assert_eq!(names(&search(&n.facilities, &young).unwrap()), ["よん"]);
}

#[test]
fn types_hours_and_extended_care() {
    let n = four();
    let t = |s: &str| TimeOfDay::parse(s);
    let q = Query {
        types: vec![FacilityType::Licensed, FacilityType::Certified],
        ..Query::default()
    };
    assert_eq!(
        names(&search(&n.facilities, &q).unwrap()),
        ["いち", "さん", "よん"]
    );

    // Drop-off 7:15, pick-up 18:45: に opens at 7:30; いち covers it only
    // with extended care; よん opens at 8:00.
    let commute = Query {
        drop_off: t("7:15"),
        pick_up: t("18:45"),
        ..Query::default()
    };
    let hits = search(&n.facilities, &commute).unwrap();
    assert_eq!(names(&hits), ["いち", "さん"]);
    assert!(hits[0].needs_extended_care);
    assert!(!hits[1].needs_extended_care);

    let extended = Query {
        extended_care: true,
        ..Query::default()
    };
    assert_eq!(
        names(&search(&n.facilities, &extended).unwrap()),
        ["いち", "よん"]
    );

    let backwards = Query {
        drop_off: t("18:00"),
        pick_up: t("8:00"),
        ..Query::default()
    };
    assert_eq!(
        search(&n.facilities, &backwards).unwrap_err(),
        SearchError::PickUpBeforeDropOff
    );
}

#[test]
fn distance_limit_and_sorts() {
    let n = four();
    let home = Point::new(35.65, 139.835);
    let near = Query {
        from: home,
        within_km: Some(2.5),
        sort: Sort::Distance,
        ..Query::default()
    };
    let hits = search(&n.facilities, &near).unwrap();
    assert_eq!(names(&hits), ["よん", "さん", "に"]);
    let ds: Vec<f64> = hits.iter().map(|h| h.distance_km.unwrap()).collect();
    assert!(ds.windows(2).all(|w| w[0] <= w[1]));
    assert!(ds[2] < 2.5 && ds[2] > 2.0);

    let most = Query {
        class: AgeClass::new(1),
        sort: Sort::Openings,
        ..Query::default()
    };
    let hits = search(&n.facilities, &most).unwrap();
    assert_eq!(names(&hits), ["さん", "いち", "に"]);
    assert_eq!(hits[0].openings, Some(5));

    assert_eq!(
        search(
            &n.facilities,
            &Query {
                sort: Sort::Distance,
                ..Query::default()
            }
        )
        .unwrap_err(),
        SearchError::DistanceWithoutPoint
    );
    assert_eq!(
        search(
            &n.facilities,
            &Query {
                sort: Sort::Openings,
                ..Query::default()
            }
        )
        .unwrap_err(),
        SearchError::OpeningsWithoutClass
    );
    assert_eq!(
        search(
            &n.facilities,
            &Query {
                within_km: Some(1.0),
                ..Query::default()
            }
        )
        .unwrap_err(),
        SearchError::WithinWithoutPoint
    );
}

#[test]
fn a_request_as_typed_becomes_a_query_or_a_message() {
    use hagukumi_core::nursery::{search_view, SearchRequest};
    let today = d("2026-12-04");
    let req = SearchRequest {
        birth: Some("2026-04-01".into()),
        types: vec!["licensed".into()],
        from: Some(" 35.65 , 139.835 ".into()),
        sort: Some("distance".into()),
        ..SearchRequest::default()
    };
    let (intake, q) = req.query(today).unwrap();
    assert_eq!(intake, d("2027-04-01"));
    assert_eq!(q.class.map(AgeClass::years), Some(1));
    assert_eq!(q.age_days_at_intake, Some(365));
    assert_eq!(q.sort, Sort::Distance);
    let view = search_view(&four(), &req, today).unwrap();
    let names: Vec<&str> = view.facilities.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["さん", "いち"]);
    assert_eq!(view.class, Some(1));
    assert_eq!(
        view.sample_labels,
        [Label {
            ja: "SAMPLE test data".into(),
            en: None
        }]
    );
    assert!(view.facilities[0].distance_km.unwrap() < view.facilities[1].distance_km.unwrap());

    let err = |r: SearchRequest| r.query(today).unwrap_err().message_id;
    let with = |f: fn(&mut SearchRequest)| {
        let mut r = SearchRequest::default();
        f(&mut r);
        r
    };
    assert_eq!(
        err(with(|r| r.birth = Some("2019-01-01".into()))),
        "nursery-error-no-class"
    );
    assert_eq!(
        err(with(|r| r.types = vec!["kindergarten".into()])),
        "nursery-error-bad-type"
    );
    assert_eq!(
        err(with(|r| r.drop_off = Some("7時".into()))),
        "nursery-error-bad-time"
    );
    assert_eq!(
        err(with(|r| r.from = Some("north".into()))),
        "nursery-error-bad-point"
    );
    assert_eq!(
        err(with(|r| r.sort = Some("name".into()))),
        "nursery-error-bad-sort"
    );
    assert_eq!(
        err(with(|r| r.intake_year = Some("27".into()))),
        "nursery-error-bad-year"
    );
    assert_eq!(err(with(|r| r.class = Some(6))), "nursery-error-bad-class");
    assert!(search_view(&four(), &with(|r| r.within_km = Some("2".into())), today).is_err());
}
