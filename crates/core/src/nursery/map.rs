//! A map without tiles: where the search's facilities lie around a centre
//! (home, the workplace, a station the parent entered, or the middle of the
//! results), on a square of `size` × `size` units (the window draws it as
//! SVG), with distance rings. Pure geometry: an equirectangular projection
//! at the centre's latitude (x east, y south, 1 km the same length both
//! ways), good to a few metres over the few km a nursery search spans.

use super::search::{distance_km, Point, EARTH_RADIUS_KM};
use serde::{Deserialize, Serialize};

/// The ring distances a map may draw, in km.
pub const RING_STEPS_KM: [f64; 8] = [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0];

/// At most this many rings (the largest that fit).
pub const MAX_RINGS: usize = 3;

/// The outer ring is at least this far (so a close cluster still shows
/// 500 m, 1 km and 2 km).
pub const MIN_REACH_KM: f64 = 2.0;

/// One distance ring around the centre.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Ring {
    pub km: f64,
    /// Its radius in map units.
    pub radius: f64,
}

/// One facility on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub id: String,
    pub x: f64,
    pub y: f64,
    /// Straight-line (haversine) distance from the centre.
    pub distance_km: f64,
    /// Farther than the outer ring: drawn on its edge, in its direction.
    pub beyond: bool,
}

/// The whole map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapLayout {
    pub size: f64,
    pub centre: Point,
    /// Map units per km.
    pub scale: f64,
    /// Innermost first; the last one is the map's reach.
    pub rings: Vec<Ring>,
    pub marks: Vec<Mark>,
}

impl MapLayout {
    /// The middle of the map (where the centre is drawn).
    pub fn middle(&self) -> f64 {
        self.size / 2.0
    }
}

/// East and north of `centre`, in km (equirectangular at its latitude).
pub fn offset_km(centre: Point, p: Point) -> (f64, f64) {
    let east = (p.longitude - centre.longitude).to_radians()
        * centre.latitude.to_radians().cos()
        * EARTH_RADIUS_KM;
    let north = (p.latitude - centre.latitude).to_radians() * EARTH_RADIUS_KM;
    (east, north)
}

/// The middle of the points' bounding box (`None` without points): the
/// centre when the parent gave none.
pub fn middle_of(points: &[Point]) -> Option<Point> {
    let first = points.first()?;
    let (mut s, mut n, mut w, mut e) = (
        first.latitude,
        first.latitude,
        first.longitude,
        first.longitude,
    );
    for p in points {
        s = s.min(p.latitude);
        n = n.max(p.latitude);
        w = w.min(p.longitude);
        e = e.max(p.longitude);
    }
    Point::new((s + n) / 2.0, (w + e) / 2.0)
}

/// Lays `points` (`(id, position)`) out around `centre` on a square of
/// `size` units with a `margin` kept free at each edge: the reach is the
/// smallest ring step holding the farthest point (at least
/// [`MIN_REACH_KM`], at most the largest step, beyond which marks sit on
/// the edge), the rings are the last [`MAX_RINGS`] steps up to it.
pub fn layout(centre: Point, points: &[(&str, Point)], size: f64, margin: f64) -> MapLayout {
    let farthest = points
        .iter()
        .map(|(_, p)| {
            let (x, y) = offset_km(centre, *p);
            x.hypot(y)
        })
        .fold(0.0_f64, f64::max);
    let need = farthest.max(MIN_REACH_KM);
    let last = RING_STEPS_KM
        .iter()
        .position(|step| *step >= need)
        .unwrap_or(RING_STEPS_KM.len() - 1);
    let reach = RING_STEPS_KM[last];
    let scale = (size / 2.0 - margin).max(1.0) / reach;
    let rings = RING_STEPS_KM[last.saturating_sub(MAX_RINGS - 1)..=last]
        .iter()
        .map(|km| Ring {
            km: *km,
            radius: km * scale,
        })
        .collect();
    let middle = size / 2.0;
    let marks = points
        .iter()
        .map(|(id, p)| {
            let (mut east, mut north) = offset_km(centre, *p);
            let off = east.hypot(north);
            let beyond = off > reach;
            if beyond {
                east *= reach / off;
                north *= reach / off;
            }
            Mark {
                id: (*id).to_owned(),
                x: middle + east * scale,
                y: middle - north * scale,
                distance_km: distance_km(centre, *p),
                beyond,
            }
        })
        .collect();
    MapLayout {
        size,
        centre,
        scale,
        rings,
        marks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kilometre_is_the_same_length_east_and_north() {
        let c = Point::new(35.67, 139.82).unwrap();
        // 1 km north: 1/111.19… of a degree.
        let north = Point::new(35.67 + 1.0 / (EARTH_RADIUS_KM.to_radians()), 139.82).unwrap();
        let (x, y) = offset_km(c, north);
        assert!(x.abs() < 1e-9 && (y - 1.0).abs() < 1e-9, "{x} {y}");
        let east_deg = 1.0 / (EARTH_RADIUS_KM.to_radians() * 35.67_f64.to_radians().cos());
        let east = Point::new(35.67, 139.82 + east_deg).unwrap();
        let (x, y) = offset_km(c, east);
        assert!((x - 1.0).abs() < 1e-9 && y.abs() < 1e-9, "{x} {y}");
    }
}
