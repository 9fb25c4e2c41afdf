//! A map without tiles: where the search's facilities lie around a centre
//! (home, the workplace, a station the parent entered, or the middle of the
//! results), on a square of `size` × `size` units (the window draws it as
//! SVG), with distance rings. Pure geometry: an equirectangular projection
//! at the centre's latitude (x east, y south, 1 km the same length both
//! ways), good to a few metres over the few km a nursery search spans.

use super::search::{distance_km, Point, EARTH_RADIUS_KM};
use serde::{Deserialize, Serialize};
use std::f64::consts::{FRAC_PI_2, TAU};

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
    /// Where the facility itself is (`x`, `y` before [`MapLayout::spread`]
    /// moved the mark off a neighbour).
    pub true_x: f64,
    pub true_y: f64,
}

impl Mark {
    /// Whether [`MapLayout::spread`] moved it away from its position.
    pub fn moved(&self) -> bool {
        self.x != self.true_x || self.y != self.true_y
    }
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

    /// Keeps every mark tappable: marks whose positions lie closer than
    /// `gap` units (the same building, next door), directly or through a
    /// chain of neighbours, form a group whose marks are set on a small
    /// circle around the group's middle, `gap` apart, in the order of the
    /// results, clockwise from the top. A group too big for one circle on
    /// the square (dozens of facilities in one town on a wide map) is set
    /// on rings `gap` apart instead, from the middle out. Each keeps its
    /// true position (`true_x`, `true_y`) for a leader line. Marks stay on
    /// the square, at least `gap / 2` from its edges, so a mark of that
    /// radius is never cut by the map's frame.
    pub fn spread(&mut self, gap: f64) {
        let n = self.marks.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for i in 0..n {
            for j in i + 1..n {
                let (a, b) = (&self.marks[i], &self.marks[j]);
                if (a.true_x - b.true_x).hypot(a.true_y - b.true_y) < gap {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    if ri != rj {
                        parent[ri.max(rj)] = ri.min(rj);
                    }
                }
            }
        }
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_of = vec![usize::MAX; n];
        for i in 0..n {
            let r = root(&mut parent, i);
            if group_of[r] == usize::MAX {
                group_of[r] = groups.len();
                groups.push(Vec::new());
            }
            groups[group_of[r]].push(i);
        }
        let (low, high) = (gap / 2.0, self.size - gap / 2.0);
        for group in groups.iter().filter(|g| g.len() > 1) {
            let k = group.len() as f64;
            let cx = group.iter().map(|&i| self.marks[i].true_x).sum::<f64>() / k;
            let cy = group.iter().map(|&i| self.marks[i].true_y).sum::<f64>() / k;
            // Neighbours on the circle are a chord of `gap` apart.
            let radius = gap / (2.0 * (std::f64::consts::PI / k).sin());
            let places = if 2.0 * radius <= high - low {
                (0..group.len())
                    .map(|j| (radius, -FRAC_PI_2 + TAU * j as f64 / k))
                    .collect()
            } else {
                rings(group.len(), gap)
            };
            let reach = places.iter().map(|(r, _)| *r).fold(0.0, f64::max);
            // The whole group on the square (a group at the edge moves in).
            let cx = cx.clamp(low + reach, (high - reach).max(low + reach));
            let cy = cy.clamp(low + reach, (high - reach).max(low + reach));
            for (&i, (r, angle)) in group.iter().zip(places) {
                // Only a group wider than the square itself is cut to it.
                self.marks[i].x = (cx + r * angle.cos()).clamp(low, high);
                self.marks[i].y = (cy + r * angle.sin()).clamp(low, high);
            }
        }
    }
}

/// Places for `n` marks on rings `gap` apart around a middle (one mark in
/// it), each ring holding as many as fit `gap` apart, clockwise from the
/// top: `(radius, angle)` in the order of the results.
fn rings(n: usize, gap: f64) -> Vec<(f64, f64)> {
    let mut places = vec![(0.0, 0.0)];
    let mut ring = 1.0_f64;
    while places.len() < n {
        // Neighbours on ring j (radius j × gap) a chord of `gap` apart.
        let fit = (std::f64::consts::PI / (1.0 / (2.0 * ring)).asin() + 1e-9).floor() as usize;
        let here = fit.min(n - places.len());
        places.extend((0..here).map(|j| (ring * gap, -FRAC_PI_2 + TAU * j as f64 / here as f64)));
        ring += 1.0;
    }
    places.truncate(n);
    places
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
            let (x, y) = (middle + east * scale, middle - north * scale);
            Mark {
                id: (*id).to_owned(),
                x,
                y,
                distance_km: distance_km(centre, *p),
                beyond,
                true_x: x,
                true_y: y,
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
