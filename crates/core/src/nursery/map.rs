//! A map without tiles: where the search's facilities lie around a centre
//! (home, the workplace, a station the parent entered, or the middle of the
//! results), on a square of `size` × `size` units (the window draws it as
//! SVG; [`MapLayout::fit`] makes it taller when the marks need the room),
//! with distance rings. Pure geometry: an equirectangular projection
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

/// The side of a tap target the map keeps, in CSS px: 44 (WCAG 2.5.5, the
/// app's rule) and one for rounding.
pub const TARGET_PX: f64 = 45.0;

/// How far apart marks must be, in map units, on a map `size` units wide
/// drawn `drawn_px` CSS px wide: a [`TARGET_PX`] target, and never less
/// than a tenth of the width (36 units on the window's 360: 56 px at its
/// widest, 560 px). Without a width drawn (0, not a number) the tenth.
pub fn tap_gap(size: f64, drawn_px: f64) -> f64 {
    let least = size / 10.0;
    if drawn_px > 0.0 && drawn_px.is_finite() {
        (TARGET_PX * size / drawn_px).max(least)
    } else {
        least
    }
}

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
    /// or [`MapLayout::fit`] moved the mark off a neighbour).
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
    /// The map's width in units (and its height as [`layout`] makes it).
    pub size: f64,
    /// Its height: `size` unless [`MapLayout::fit`] made it taller.
    pub height: f64,
    pub centre: Point,
    /// Map units per km.
    pub scale: f64,
    /// Innermost first; the last one is the map's reach.
    pub rings: Vec<Ring>,
    pub marks: Vec<Mark>,
}

impl MapLayout {
    /// The middle of the map, `(x, y)`: where the centre is drawn.
    pub fn middle(&self) -> (f64, f64) {
        (self.size / 2.0, self.height / 2.0)
    }

    /// Where each ring's label is drawn: its baseline's middle, just above
    /// the ring's top.
    pub fn label_at(&self, ring: &Ring) -> (f64, f64) {
        let (x, y) = self.middle();
        (x, y - ring.radius - LABEL_RISE)
    }

    /// The room each ring's label takes, as `(left, top, right, bottom)`:
    /// [`LABEL_HALF_WIDTH`] either side of [`MapLayout::label_at`], from a
    /// line's height above its baseline to a descender below it.
    pub fn label_boxes(&self) -> Vec<[f64; 4]> {
        self.rings
            .iter()
            .map(|ring| {
                let (x, y) = self.label_at(ring);
                [
                    x - LABEL_HALF_WIDTH,
                    y - LABEL_ASCENT,
                    x + LABEL_HALF_WIDTH,
                    y + LABEL_DESCENT,
                ]
            })
            .collect()
    }

    /// Keeps every mark tappable and every ring label readable: afterwards
    /// no two marks are closer than `gap` units (across the whole map, not
    /// only within a cluster), no mark's tap circle (radius `gap / 2`)
    /// touches a ring's label ([`MapLayout::label_boxes`]), and every mark
    /// is at least `gap / 2` inside the map's edges, so it is never cut
    /// by the frame.
    ///
    /// A mark alone (no other facility within `gap` of where it is) stays
    /// where it is when that place is free of labels and the frame. Every
    /// other mark (the same building, next door, a dense town on a wide
    /// map) is set, in the order of the results, on the free point nearest
    /// to where it truly is of a triangular grid `gap` apart that covers
    /// the map. Each keeps its true position (`true_x`, `true_y`) for a
    /// leader line. Only a map with more marks than the grid holds (about
    /// `1.15 × (size / gap)²` on a square, over a hundred on the window's
    /// map at its widest) leaves the rest where they are: [`MapLayout::fit`]
    /// makes the map taller instead.
    pub fn spread(&mut self, gap: f64) {
        self.place(gap);
        untangle(&mut self.marks);
    }

    /// Like [`MapLayout::spread`], with room for every mark: when the
    /// grid `gap` apart cannot hold them all (62 facilities a 45 px tap
    /// apart on a phone's 324 px wide map), the map grows taller, a grid
    /// row (`gap × √3 / 2`) at a time, half of it above and half below
    /// (the width stays; the centre, rings and every true position move
    /// down by half of what was added, so the centre stays in the middle),
    /// until every mark has its place. A map they fit on stays as it is.
    pub fn fit(&mut self, gap: f64) {
        if gap <= 0.0 || !gap.is_finite() {
            return;
        }
        let row = gap * 3.0_f64.sqrt() / 2.0;
        // Each row added holds at least one more mark: enough rows for all.
        let mut rows = self.marks.len();
        while !self.place(gap) && rows > 0 {
            rows -= 1;
            self.height += row;
            for m in &mut self.marks {
                m.true_y += row / 2.0;
            }
        }
        untangle(&mut self.marks);
    }

    /// [`MapLayout::spread`] on the map as it is; whether every mark found
    /// its place.
    fn place(&mut self, gap: f64) -> bool {
        let (low, right, bottom) = (gap / 2.0, self.size - gap / 2.0, self.height - gap / 2.0);
        let labels = self.label_boxes();
        let clear = |x: f64, y: f64| {
            (low..=right).contains(&x)
                && (low..=bottom).contains(&y)
                && labels.iter().all(|b| box_distance(b, x, y) >= gap / 2.0)
        };
        let n = self.marks.len();
        let alone: Vec<bool> = (0..n)
            .map(|i| {
                let a = &self.marks[i];
                (0..n).filter(|&j| j != i).all(|j| {
                    let b = &self.marks[j];
                    (a.true_x - b.true_x).hypot(a.true_y - b.true_y) >= gap
                })
            })
            .collect();
        let mut placed: Vec<(f64, f64)> = Vec::with_capacity(n);
        let mut stays = vec![false; n];
        for (i, m) in self.marks.iter().enumerate() {
            if alone[i] && clear(m.true_x, m.true_y) {
                stays[i] = true;
                placed.push((m.true_x, m.true_y));
            }
        }
        let mut slots: Vec<(f64, f64)> = grid((low, right), (low, bottom), gap)
            .into_iter()
            .filter(|&(x, y)| clear(x, y))
            .collect();
        let mut all = true;
        for (i, m) in self.marks.iter_mut().enumerate() {
            if stays[i] {
                m.x = m.true_x;
                m.y = m.true_y;
                continue;
            }
            let free = |&(x, y): &(f64, f64)| {
                placed
                    .iter()
                    .all(|(px, py)| (x - px).hypot(y - py) >= gap - 1e-9)
            };
            let nearest = slots
                .iter()
                .enumerate()
                .filter(|(_, s)| free(s))
                .min_by(|(_, a), (_, b)| {
                    let da = (a.0 - m.true_x).hypot(a.1 - m.true_y);
                    let db = (b.0 - m.true_x).hypot(b.1 - m.true_y);
                    da.total_cmp(&db)
                })
                .map(|(k, _)| k);
            let (x, y) = match nearest {
                Some(k) => slots.swap_remove(k),
                // The grid is full: where it is, on the map.
                None => {
                    all = false;
                    (m.true_x.clamp(low, right), m.true_y.clamp(low, bottom))
                }
            };
            m.x = x;
            m.y = y;
            placed.push((x, y));
        }
        all
    }
}

/// Run once the marks are placed: swaps the places of two moved marks
/// while that makes their two leader lines shorter together, until no swap
/// does. Two lines that cross are
/// always longer together than the two uncrossed (a triangle's two sides
/// are longer than the third), so no two lines cross at the end; the places
/// themselves stay the same set, a gap apart. Bounded: each swap shortens
/// the lines' total, and at most `n` passes are made.
fn untangle(marks: &mut [Mark]) {
    let line = |m: &Mark, (x, y): (f64, f64)| (x - m.true_x).hypot(y - m.true_y);
    let moved: Vec<usize> = (0..marks.len()).filter(|&i| marks[i].moved()).collect();
    for _ in 0..moved.len() {
        let mut swapped = false;
        for (k, &i) in moved.iter().enumerate() {
            for &j in &moved[k + 1..] {
                let (pi, pj) = ((marks[i].x, marks[i].y), (marks[j].x, marks[j].y));
                let now = line(&marks[i], pi) + line(&marks[j], pj);
                if line(&marks[i], pj) + line(&marks[j], pi) < now - 1e-9 {
                    (marks[i].x, marks[i].y) = pj;
                    (marks[j].x, marks[j].y) = pi;
                    swapped = true;
                }
            }
        }
        if !swapped {
            break;
        }
    }
    // Marks of one building share their lines' end: among them the first
    // result takes the nearest place (the same lines, so still uncrossed).
    for (k, &i) in moved.iter().enumerate() {
        let at = (marks[i].true_x, marks[i].true_y);
        let mut group: Vec<usize> = moved[k..]
            .iter()
            .copied()
            .filter(|&j| (marks[j].true_x, marks[j].true_y) == at)
            .collect();
        if group.len() < 2
            || moved[..k]
                .iter()
                .any(|&j| (marks[j].true_x, marks[j].true_y) == at)
        {
            continue;
        }
        let mut places: Vec<(f64, f64)> = group.iter().map(|&j| (marks[j].x, marks[j].y)).collect();
        places.sort_by(|a, b| line(&marks[i], *a).total_cmp(&line(&marks[i], *b)));
        for (j, (x, y)) in group.drain(..).zip(places) {
            (marks[j].x, marks[j].y) = (x, y);
        }
    }
}

/// A label's width either side of its middle, in map units: room for
/// "100 km" in bold 13-unit text (about 45 units wide), with a little to
/// spare.
pub const LABEL_HALF_WIDTH: f64 = 28.0;

/// A label's baseline above the top of its ring.
pub const LABEL_RISE: f64 = 4.0;

/// A label's line above and below its baseline (13-unit text).
const LABEL_ASCENT: f64 = 13.0;
const LABEL_DESCENT: f64 = 4.0;

/// How far `(x, y)` is from the box `(left, top, right, bottom)` (0 inside).
fn box_distance(b: &[f64; 4], x: f64, y: f64) -> f64 {
    let dx = (b[0] - x).max(x - b[2]).max(0.0);
    let dy = (b[1] - y).max(y - b[3]).max(0.0);
    dx.hypot(dy)
}

/// The points of a triangular grid `gap` apart (rows `gap × √3 / 2` apart,
/// every other row shifted by half a gap) on the rectangle `xs` × `ys`
/// (each `(low, high)`), centred on it.
fn grid(xs: (f64, f64), ys: (f64, f64), gap: f64) -> Vec<(f64, f64)> {
    let (span, tall) = (xs.1 - xs.0, ys.1 - ys.0);
    if span < 0.0 || tall < 0.0 || gap <= 0.0 {
        return Vec::new();
    }
    let row = gap * 3.0_f64.sqrt() / 2.0;
    let rows = (tall / row + 1e-9).floor() as usize + 1;
    let top = ys.0 + (tall - (rows - 1) as f64 * row) / 2.0;
    let cols = (span / gap + 1e-9).floor() as usize + 1;
    let spare = span - (cols - 1) as f64 * gap;
    // The shifted rows hold as many points when half a gap is spare.
    let width = if spare >= gap / 2.0 && rows > 1 {
        (cols - 1) as f64 * gap + gap / 2.0
    } else {
        (cols - 1) as f64 * gap
    };
    let left = xs.0 + (span - width) / 2.0;
    let mut points = Vec::new();
    for r in 0..rows {
        let shift = if r % 2 == 1 { gap / 2.0 } else { 0.0 };
        points.extend(
            (0..cols)
                .map(|c| (left + shift + c as f64 * gap, top + r as f64 * row))
                .filter(|(x, _)| *x <= xs.1 + 1e-9),
        );
    }
    points
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
        height: size,
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
