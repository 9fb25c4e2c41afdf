//! The map without tiles: facilities placed around the centre at their
//! distance and direction, rings that hold the farthest, far facilities on
//! the edge.

use hagukumi_core::nursery::map::{
    layout, middle_of, offset_km, tap_gap, MapLayout, MAX_RINGS, TARGET_PX,
};
use hagukumi_core::nursery::{distance_km, load_embedded, Point};

fn p(lat: f64, lon: f64) -> Point {
    Point::new(lat, lon).unwrap()
}

/// A point `north` and `east` km from `c` (the inverse of `offset_km`).
fn at(c: Point, north: f64, east: f64) -> Point {
    let km_per_degree = 6371.0088_f64.to_radians();
    p(
        c.latitude + north / km_per_degree,
        c.longitude + east / (km_per_degree * c.latitude.to_radians().cos()),
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn facilities_sit_at_their_distance_and_direction_with_rings_of_500_m_1_km_and_2_km() {
    let home = p(35.6727, 139.8170);
    let points = [
        ("north", at(home, 0.3, 0.0)),
        ("east", at(home, 0.0, 1.5)),
        ("south-west", at(home, -0.6, -0.8)),
    ];
    let map = layout(home, &points, 400.0, 20.0);
    let kms: Vec<f64> = map.rings.iter().map(|r| r.km).collect();
    assert_eq!(kms, [0.5, 1.0, 2.0]);
    // The outer ring fills the square but for the margin.
    assert!(close(map.rings[2].radius, 180.0));
    assert!(close(map.scale, 90.0));
    let mark = |id: &str| map.marks.iter().find(|m| m.id == id).unwrap();
    // North is up, east is right.
    assert!(close(mark("north").x, 200.0) && close(mark("north").y, 200.0 - 0.3 * 90.0));
    assert!(close(mark("east").x, 200.0 + 1.5 * 90.0) && close(mark("east").y, 200.0));
    let sw = mark("south-west");
    assert!(close(sw.x, 200.0 - 0.8 * 90.0) && close(sw.y, 200.0 + 0.6 * 90.0));
    // 0.6 and 0.8 km: 1 km away, on the 1 km ring.
    assert!(close(
        (sw.x - 200.0).hypot(sw.y - 200.0),
        map.rings[1].radius
    ));
    assert!((sw.distance_km - 1.0).abs() < 0.001, "{}", sw.distance_km);
    assert!(map.marks.iter().all(|m| !m.beyond));
    for (id, point) in points {
        assert!(close(mark(id).distance_km, distance_km(home, point)));
    }
}

#[test]
fn the_rings_grow_to_hold_the_farthest_and_farther_marks_sit_on_the_edge() {
    let home = p(35.6558, 139.3389);
    let map = layout(home, &[("far", at(home, 7.0, 0.0))], 300.0, 10.0);
    let kms: Vec<f64> = map.rings.iter().map(|r| r.km).collect();
    assert_eq!(kms, [2.0, 5.0, 10.0]);
    assert_eq!(map.rings.len(), MAX_RINGS);

    // Koto to Hachioji (~45 km), seen from Koto: within the 50 km ring.
    let koto = p(35.6727, 139.8170);
    let map = layout(koto, &[("hachioji", home)], 300.0, 10.0);
    assert_eq!(map.rings.last().unwrap().km, 50.0);
    // 400 km away: on the edge of the outer (100 km) ring, in its direction.
    let map = layout(home, &[("osaka", at(home, 0.0, -400.0))], 300.0, 10.0);
    let m = &map.marks[0];
    assert!(m.beyond);
    assert!(close(m.x, 10.0) && close(m.y, 150.0), "{} {}", m.x, m.y);
    assert!(m.distance_km > 399.0);
}

#[test]
fn without_a_point_the_map_is_centred_on_the_middle_of_the_results() {
    assert_eq!(middle_of(&[]), None);
    let m = middle_of(&[p(35.6, 139.7), p(35.8, 139.9), p(35.7, 139.75)]).unwrap();
    assert!(close(m.latitude, 35.7) && close(m.longitude, 139.8));
    let (east, north) = offset_km(m, m);
    assert!(close(east, 0.0) && close(north, 0.0));
}

#[test]
fn facilities_in_the_same_building_or_next_door_are_spread_apart_to_stay_tappable() {
    let home = p(35.6727, 139.8170);
    let same = at(home, 0.8, 0.4);
    let points = [
        ("a", same),
        ("b", same),
        ("c", same),
        // 10 m from the others: next door.
        ("d", at(home, 0.81, 0.4)),
        ("alone", at(home, -1.0, -1.0)),
    ];
    let mut map = layout(home, &points, 400.0, 20.0);
    let before = map.clone();
    let gap = 36.0;
    map.spread(gap);
    let mark = |id: &str| map.marks.iter().find(|m| m.id == id).unwrap();
    // Every two marks at least `gap` apart (within rounding).
    for (i, a) in map.marks.iter().enumerate() {
        for b in &map.marks[i + 1..] {
            let d = (a.x - b.x).hypot(a.y - b.y);
            assert!(d >= gap - 1e-9, "{} {} {d}", a.id, b.id);
        }
    }
    // Each keeps where it truly is; the one alone did not move.
    for (m, was) in map.marks.iter().zip(&before.marks) {
        assert!(close(m.true_x, was.x) && close(m.true_y, was.y));
    }
    assert!(!mark("alone").moved());
    assert!(close(mark("alone").x, before.marks[4].x));
    assert!(["a", "b", "c", "d"].iter().all(|id| mark(id).moved()));
    // Close to where they are: each within two gaps of it.
    let off = |id: &str| {
        let m = mark(id);
        (m.x - m.true_x).hypot(m.y - m.true_y)
    };
    for id in ["a", "b", "c", "d"] {
        assert!(off(id) <= 2.0 * gap, "{id} {}", off(id));
    }
    // Deterministic: the first result the nearest of those in the building.
    assert!(off("a") <= off("b") && off("a") <= off("c"));
}

#[test]
fn a_group_on_the_edge_is_spread_inside_the_square() {
    let home = p(35.6558, 139.3389);
    let far = at(home, 0.0, -400.0);
    let mut map = layout(home, &[("x", far), ("y", far)], 300.0, 10.0);
    map.spread(36.0);
    for m in &map.marks {
        assert!(m.x >= 18.0 - 1e-9 && m.x <= 282.0 + 1e-9, "{}", m.x);
        assert!(m.y >= 18.0 - 1e-9 && m.y <= 282.0 + 1e-9, "{}", m.y);
    }
    let (a, b) = (&map.marks[0], &map.marks[1]);
    assert!((a.x - b.x).hypot(a.y - b.y) >= 36.0 - 1e-9);
}

#[test]
fn sixty_facilities_in_one_town_are_spread_over_the_square_a_tap_apart() {
    // Sixty facilities in one town (every one within a few metres of the
    // next) on a map whose one circle of them would be wider than it.
    let home = p(35.6727, 139.8170);
    let points: Vec<(String, Point)> = (0..60)
        .map(|i| (format!("f{i}"), at(home, 0.005 * i as f64, 0.0)))
        .collect();
    let points: Vec<(&str, Point)> = points.iter().map(|(id, q)| (id.as_str(), *q)).collect();
    let (size, gap) = (360.0, 36.0);
    let mut map = layout(home, &points, size, 26.0);
    map.spread(gap);
    assert_tappable(&map, gap);
    // All but one moved off the town (the first may sit on its own place).
    assert!(map.marks.iter().filter(|m| m.moved()).count() >= 59);
}

/// What `spread` and `fit` promise: every two marks at least `gap` apart,
/// none whose tap circle touches a ring's label, all at least `gap / 2`
/// inside the frame, and no two leader lines (a moved mark to where its
/// facility is) crossing.
fn assert_tappable(map: &MapLayout, gap: f64) {
    let lines: Vec<_> = map.marks.iter().filter(|m| m.moved()).collect();
    for (i, a) in lines.iter().enumerate() {
        for b in &lines[i + 1..] {
            let (a0, a1) = ((a.x, a.y), (a.true_x, a.true_y));
            let (b0, b1) = ((b.x, b.y), (b.true_x, b.true_y));
            assert!(
                !crossing(a0, a1, b0, b1),
                "the lines of {} and {} cross",
                a.id,
                b.id
            );
        }
    }
    let low = gap / 2.0 - 1e-9;
    let (right, bottom) = (map.size - low, map.height - low);
    for m in &map.marks {
        assert!((low..=right).contains(&m.x), "{} x {}", m.id, m.x);
        assert!((low..=bottom).contains(&m.y), "{} y {}", m.id, m.y);
        for b in map.label_boxes() {
            let dx = (b[0] - m.x).max(m.x - b[2]).max(0.0);
            let dy = (b[1] - m.y).max(m.y - b[3]).max(0.0);
            assert!(dx.hypot(dy) >= gap / 2.0 - 1e-9, "{} over {b:?}", m.id);
        }
    }
    for (i, a) in map.marks.iter().enumerate() {
        for b in &map.marks[i + 1..] {
            let d = (a.x - b.x).hypot(a.y - b.y);
            assert!(d >= gap - 1e-9, "{} {} {d}", a.id, b.id);
        }
    }
}

/// Whether the segments `a0–a1` and `b0–b1` cross: each one's ends on
/// either side of the other's line (touching at an end does not count).
fn crossing(a0: (f64, f64), a1: (f64, f64), b0: (f64, f64), b1: (f64, f64)) -> bool {
    let side = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        let c = (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
        if c.abs() < 1e-9 {
            0.0
        } else {
            c.signum()
        }
    };
    side(a0, a1, b0) * side(a0, a1, b1) < 0.0 && side(b0, b1, a0) * side(b0, b1, a1) < 0.0
}

#[test]
fn every_sample_facility_is_a_tap_apart_off_the_ring_labels_and_inside_the_frame() {
    // The window's map (360 units, 26 for the outer label, tap radius 18)
    // of every SAMPLE facility (江東区 and 八王子市, about 40 km apart),
    // around the middle of the results: two dense towns on a 50 km map.
    let data = load_embedded();
    let points: Vec<(&str, Point)> = data
        .facilities
        .iter()
        .filter_map(|f| Some((f.id.as_str(), Point::new(f.latitude, f.longitude)?)))
        .collect();
    assert_eq!(points.len(), 62);
    let positions: Vec<Point> = points.iter().map(|(_, q)| *q).collect();
    let centre = middle_of(&positions).unwrap();
    let (size, gap) = (360.0, 36.0);
    let mut map = layout(centre, &points, size, 26.0);
    let kms: Vec<f64> = map.rings.iter().map(|r| r.km).collect();
    assert_eq!(kms, [10.0, 20.0, 50.0]);
    let before = map.clone();
    map.spread(gap);
    assert_tappable(&map, gap);
    // Before, marks lay on top of each other.
    let overlapping = before.marks.iter().enumerate().any(|(i, a)| {
        before.marks[i + 1..]
            .iter()
            .any(|b| (a.x - b.x).hypot(a.y - b.y) < gap)
    });
    assert!(overlapping);
    // Each town's marks stay on its side of the map (west: 八王子市), on
    // the whole: the last few of a town may be pushed past the middle.
    for (town, west) in [("132012", true), ("131083", false)] {
        let xs = town_xs(&map, town);
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert_eq!(mean < size / 2.0, west, "{town} {mean}");
        let across = xs.iter().filter(|x| (**x < size / 2.0) != west).count();
        assert!(across <= xs.len() / 10, "{town}: {across} across");
    }
    // The same with the search centred on a home in 江東区.
    let home = Point::new(35.6545, 139.7960).unwrap();
    let mut map = layout(home, &points, size, 26.0);
    map.spread(gap);
    assert_tappable(&map, gap);
}

/// Every SAMPLE facility, as the window's search lists them at first.
/// Where the marks of one town's facilities (ids starting with its code)
/// are drawn across the map.
fn town_xs(map: &MapLayout, town: &str) -> Vec<f64> {
    map.marks
        .iter()
        .filter(|m| m.id.starts_with(town))
        .map(|m| m.x)
        .collect()
}

fn sample_points() -> Vec<(String, Point)> {
    load_embedded()
        .facilities
        .iter()
        .filter_map(|f| Some((f.id.clone(), Point::new(f.latitude, f.longitude)?)))
        .collect()
}

#[test]
fn on_a_phone_every_sample_facility_is_a_45_px_tap_apart_on_a_taller_map() {
    // The window's map (360 units wide, 26 for the outer label) drawn 560
    // px wide (a desktop), 390 and 360, 324 (a 390 px phone's card) and
    // 280 (a 320 px phone): every SAMPLE facility around the middle of the
    // results and around a home in 江東区, and sixty in one town.
    let sample = sample_points();
    assert_eq!(sample.len(), 62);
    let sample: Vec<(&str, Point)> = sample.iter().map(|(id, q)| (id.as_str(), *q)).collect();
    let positions: Vec<Point> = sample.iter().map(|(_, q)| *q).collect();
    let middle = middle_of(&positions).unwrap();
    let home = p(35.6545, 139.7960);
    let town: Vec<(String, Point)> = (0..60)
        .map(|i| (format!("f{i}"), at(home, 0.005 * i as f64, 0.0)))
        .collect();
    let town: Vec<(&str, Point)> = town.iter().map(|(id, q)| (id.as_str(), *q)).collect();
    let size = 360.0;
    for drawn in [560.0, 390.0, 360.0, 324.0, 280.0] {
        let gap = tap_gap(size, drawn);
        // A target of 45 px as drawn, never under 36 units (56 px at 560).
        assert!(gap * drawn / size >= TARGET_PX - 1e-9, "{drawn}: {gap}");
        assert!(gap >= 36.0, "{drawn}: {gap}");
        for (centre, points) in [(middle, &sample), (home, &sample), (home, &town)] {
            let square = layout(centre, points, size, 26.0);
            let mut map = square.clone();
            map.fit(gap);
            let what = format!("{drawn} px, {} marks", points.len());
            assert_tappable(&map, gap);
            // As wide; taller only by what the marks need (at most twice).
            assert_eq!(map.size, size, "{what}");
            assert!(map.height >= size && map.height <= 2.0 * size, "{what}");
            // The rings, the centre and every facility where they were
            // around the middle, however tall the map.
            assert_eq!(map.rings, square.rings, "{what}");
            let (mx, my) = map.middle();
            let (sx, sy) = square.middle();
            for (m, s) in map.marks.iter().zip(&square.marks) {
                assert!(close(m.true_x - mx, s.true_x - sx), "{what}: {}", m.id);
                assert!(close(m.true_y - my, s.true_y - sy), "{what}: {}", m.id);
                assert!(close(m.distance_km, s.distance_km) && m.beyond == s.beyond);
            }
        }
        // On a desktop the square holds them all: it stays a square.
        let mut map = layout(middle, &sample, size, 26.0);
        map.fit(gap);
        println!(
            "{drawn} px wide: a {gap:.1}-unit gap ({:.1} px), map {size} × {:.1} units, \
             drawn {drawn} × {:.0} px",
            gap * drawn / size,
            map.height,
            map.height * drawn / size
        );
        if drawn >= 560.0 {
            assert_eq!(map.height, size);
            let mut spread = layout(middle, &sample, size, 26.0);
            spread.spread(gap);
            assert_eq!(map, spread);
        } else if drawn <= 324.0 {
            assert!(map.height > size, "{drawn}");
        }
        // Each town's marks on its side of the map (west: 八王子市), on
        // the whole.
        for (town, west) in [("132012", true), ("131083", false)] {
            let xs = town_xs(&map, town);
            let mean = xs.iter().sum::<f64>() / xs.len() as f64;
            assert_eq!(mean < size / 2.0, west, "{drawn}: {town} {mean}");
        }
    }
}
