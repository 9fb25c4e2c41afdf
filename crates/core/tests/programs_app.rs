//! What the app's program commands hand the window: the family's programs,
//! the list of municipalities and what a change of municipality (転居) means.

use hagukumi_core::programs::{
    family_programs, load_embedded, municipality_changed, FamilyPrograms, MunicipalityChanged,
    Person,
};
use hagukumi_core::{Child, Date, Pregnancy};

const CHIYODA: &str = "131016";
const KOTO: &str = "131083";

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn family() -> (Vec<Child>, Vec<Pregnancy>) {
    let children = vec![
        Child {
            id: 1,
            name: "さくら".into(),
            birth_date: d("2023-07-22"),
            sex: None,
        },
        Child {
            id: 2,
            name: "はると".into(),
            birth_date: d("2026-04-30"),
            sex: None,
        },
    ];
    let pregnancies = vec![Pregnancy {
        id: 7,
        label: Some("第三子".into()),
        expected_date: d("2027-03-09"),
    }];
    (children, pregnancies)
}

#[test]
fn without_a_municipality_nothing_is_matched_and_the_sample_is_said() {
    let r = load_embedded();
    let (kids, pregs) = family();
    let view = family_programs(&r, None, &kids, &pregs, d("2026-12-03"));
    assert!(view.matches.is_none());
    assert!(view.municipality.is_none());
    assert_eq!(view.sample_as_of, r.sample_as_of());
    assert!(view.sample_as_of.is_some());
    assert_eq!(view.expected(7), Some(d("2027-03-09")));
}

#[test]
fn the_family_in_koto_gets_tokyo_and_national_programs_with_the_names_they_go_with() {
    let r = load_embedded();
    let (kids, pregs) = family();
    let view = family_programs(&r, Some(KOTO), &kids, &pregs, d("2026-12-03"));
    assert_eq!(view.municipality.as_ref().unwrap().name, "江東区");
    let m = view.matches.as_ref().unwrap();
    // 018サポート for the baby of 7 months, with the age as the reason.
    let support = m
        .now
        .iter()
        .find(|m| {
            m.psid.ends_with("018-support") && matches!(&m.person, Person::Child { id: 2, .. })
        })
        .expect("018サポート for はると");
    assert_eq!(support.amount.unwrap().yen, 5000);
    assert!(support
        .reasons
        .iter()
        .any(|r| r.message_id == "programs-reason-child-age"));
    // Every program a match is applied for with is named.
    for other in m
        .now
        .iter()
        .chain(&m.coming)
        .filter_map(|m| m.applied_with.as_deref())
    {
        assert!(view.related(other).is_some(), "{other} is named");
    }
    // The window gets it as JSON and reads it back unchanged.
    let json = serde_json::to_string(&view).unwrap();
    let back: FamilyPrograms = serde_json::from_str(&json).unwrap();
    assert_eq!(back, view);
}

#[test]
fn moving_from_koto_to_chiyoda_lists_what_to_apply_for_again() {
    let r = load_embedded();
    let (kids, pregs) = family();
    let chiyoda = r.municipality(CHIYODA).unwrap();
    let change = municipality_changed(&r, Some(KOTO), chiyoda, &kids, &pregs, d("2026-12-03"));
    assert_eq!(change.previous.as_ref().unwrap().name, "江東区");
    let moved = change.moved.as_ref().expect("a move");
    assert_eq!((moved.from.as_str(), moved.to.as_str()), (KOTO, CHIYODA));
    // Chiyoda's own vaccination program is new for the baby; Tokyo's and
    // the national ones carry over, so they are in neither list.
    assert!(moved.apply.iter().any(|m| m.psid.ends_with("dpt-ipv-hib")));
    for m in moved.apply.iter().chain(&moved.ends) {
        assert_eq!(m.level, "municipality", "{} carries over", m.psid);
    }
    let json = serde_json::to_string(&change).unwrap();
    let back: MunicipalityChanged = serde_json::from_str(&json).unwrap();
    assert_eq!(back, change);

    // Back again: what was new now ends.
    let koto = r.municipality(KOTO).unwrap();
    let back = municipality_changed(&r, Some(CHIYODA), koto, &kids, &pregs, d("2026-12-03"));
    let moved = back.moved.unwrap();
    assert!(moved.ends.iter().any(|m| m.psid.ends_with("dpt-ipv-hib")));
    assert!(moved.apply.is_empty());
}

#[test]
fn setting_the_same_or_a_first_municipality_is_no_move() {
    let r = load_embedded();
    let (kids, pregs) = family();
    let koto = r.municipality(KOTO).unwrap();
    let first = municipality_changed(&r, None, koto, &kids, &pregs, d("2026-12-03"));
    assert!(first.previous.is_none() && first.moved.is_none());
    let same = municipality_changed(&r, Some(KOTO), koto, &kids, &pregs, d("2026-12-03"));
    assert!(same.previous.is_some() && same.moved.is_none());
}

#[test]
fn only_the_registrys_own_web_addresses_can_be_opened() {
    let r = load_embedded();
    // The Chiyoda vaccination program cites the Tokyo registry's page.
    let psid = "sample+131016+dpt-ipv-hib";
    let url = r.program_link(psid, true).expect("its source's address");
    assert!(url.starts_with("https://"), "{url}");
    // A source without an address, or an unknown program: nothing to open.
    assert_eq!(r.program_link("sample+131083+sango-care", true), None);
    assert_eq!(r.program_link("no such program", true), None);
    assert_eq!(r.program_link("no such program", false), None);
}

#[test]
fn the_municipality_list_names_the_current_one() {
    let r = load_embedded();
    let view = r.municipalities_view(Some(KOTO.into()));
    assert_eq!(view.current.as_deref(), Some(KOTO));
    let codes: Vec<&str> = view.list.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, ["131016", "131083", "132012"]);
}

#[test]
fn a_link_that_is_not_a_web_address_is_never_offered_to_open() {
    let file = r#"{
        "sources": [{"id": "s", "title": "t", "url": "file:///etc/passwd"}],
        "records": [
            {
                "institutionName": {"canonicalName": "怪しいリンク"},
                "area": {"areaCode": "131016;千代田区"},
                "basicInformation": {"psid": "odd-link"},
                "localGovernmentLink": {"uri": "javascript:alert(1)"},
                "hagukumi": {"source": "s", "subject": "family"}
            },
            {
                "institutionName": {"canonicalName": "ふつうのリンク"},
                "area": {"areaCode": "131016;千代田区"},
                "basicInformation": {"psid": "good-link"},
                "localGovernmentLink": {"uri": "https://www.city.chiyoda.lg.jp/"}
            }
        ]
    }"#;
    let r = hagukumi_core::programs::load_registry(&[("links.json", file)]);
    assert_eq!(r.programs.len(), 2, "{:#?}", r.problems);
    assert_eq!(r.program_link("odd-link", false), None);
    assert_eq!(r.program_link("odd-link", true), None);
    assert_eq!(
        r.program_link("good-link", false).as_deref(),
        Some("https://www.city.chiyoda.lg.jp/")
    );
}
