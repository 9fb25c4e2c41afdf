//! `hagu nursery slots|book|bookings|cancel|apply|application` without a
//! portal: nothing kept before a sync, bad input refused with status 3
//! and nothing queued. Sending through the real portal, across kills of
//! `hagu sync`, is in `sync.rs`.

mod support;
use support::*;

#[test]
fn before_a_sync_there_is_nothing_to_book_and_bad_applications_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    add_child(dir, "さくら", "2025-06-10");
    let plain = |o: &std::process::Output| ok(o).replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain(&hagu(
        dir,
        "en",
        &["nursery", "slots", "--municipality", "131083"]
    ))
    .contains("No slots to book"));
    assert!(plain(&hagu(dir, "ja", &["nursery", "bookings"])).contains("予約はまだありません"));
    let o = hagu(
        dir,
        "en",
        &[
            "nursery",
            "book",
            "visit",
            "--slot",
            "visit:131083-1:2027-01-18T10:00:00",
        ],
    );
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("No such slot"), "{}", stderr(&o));
    // An intake still ahead, whatever the date the tests run on.
    let year = hagukumi_portal::slots_year();
    let (april, may) = (format!("{year}-04-01"), format!("{year}-05-01"));
    let (april, may) = (april.as_str(), may.as_str());
    for (args, says) in [
        (
            ["--prefer", "131083-1,131083-1", "--intake", april],
            "chosen twice",
        ),
        (
            ["--prefer", "131083-999", "--intake", april],
            "There is no facility 131083-999 in the data.",
        ),
        (["--prefer", "131083-1", "--intake", may], "April 1"),
        (["--prefer", "", "--intake", april], "at least one facility"),
    ] {
        let mut all = vec!["nursery", "apply", "--child", "1"];
        all.extend(args);
        let o = hagu(dir, "en", &all);
        assert_exit(&o, 3);
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    let o = hagu(
        dir,
        "en",
        &[
            "nursery", "apply", "--child", "9", "--prefer", "131083-1", "--intake", april,
        ],
    );
    assert_exit(&o, 3);
    assert!(
        plain(&hagu(dir, "en", &["nursery", "application"])).contains("No nursery application yet")
    );
    // A good one is queued (sent by `hagu sync`).
    let out = plain(&hagu(
        dir,
        "ja",
        &[
            "nursery",
            "apply",
            "--child",
            "1",
            "--prefer",
            "131083-3,131083-1",
            "--intake",
            april,
        ],
    ));
    assert!(out.contains("2施設"), "{out}");
    let json = json_of(&hagu(dir, "en", &["nursery", "application", "--json"]));
    assert_eq!(json[0]["sending"], "pending");
    assert_eq!(json[0]["preferences"][0]["facility"], "131083-3");
}
