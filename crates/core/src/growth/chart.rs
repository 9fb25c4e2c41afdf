//! A growth chart as a self-contained SVG string.
//!
//! The chart is shown under a strict Content Security Policy, so it has no
//! scripts, no event handlers, no `style` attributes or elements and no
//! external fonts or images: colours and strokes are presentation attributes
//! (`fill`, `stroke`, …) and every element has a `class` the app's own
//! stylesheet may refine. It is accessible: `role="img"` with `<title>` and
//! `<desc>` from the caller's translated labels. The same spec always gives
//! the same bytes.

use super::{
    tables, Indicator, Position, Reference, Sex, Tables, DAYS_PER_MONTH, PERCENTILE_LINES,
};
use crate::markup::{self, Controls};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// One measurement of the child.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartPoint {
    /// Age in days (corrected where that applies, see `age_for_growth`).
    pub age_days: f64,
    /// Value in the indicator's unit.
    pub value: f64,
    /// Tooltip and accessible name of the point, already translated
    /// (e.g. "6か月：7.9 kg").
    #[serde(default)]
    pub label: Option<String>,
}

/// Translated texts, passed in by the caller (core does not depend on i18n).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChartLabels {
    /// Accessible name (`<title>`), e.g. "体重の成長曲線（女の子）".
    pub title: String,
    /// Accessible description (`<desc>`): reference, band, number of points.
    pub description: String,
    /// Under the x axis, e.g. "月齢（か月）".
    pub x_axis: String,
    /// Beside the y axis, e.g. "体重（kg）".
    pub y_axis: String,
}

/// What to draw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartSpec {
    pub reference: Reference,
    pub indicator: Indicator,
    pub sex: Sex,
    /// The child's measurements, in any order; invalid ones (not finite,
    /// not positive, outside the x range) are left out.
    pub points: Vec<ChartPoint>,
    /// Size in CSS pixels (clamped to 200–4000 × 150–4000).
    pub width: u32,
    pub height: u32,
    /// The x axis runs from birth to this month (clamped to 1–60).
    pub max_months: u32,
    pub labels: ChartLabels,
}

const MARGIN_LEFT: f64 = 50.0;
const MARGIN_RIGHT: f64 = 30.0;
const MARGIN_TOP: f64 = 12.0;
const MARGIN_BOTTOM: f64 = 42.0;
/// Samples per curve segment across the plot (smooth at any size).
const SAMPLES: f64 = 240.0;

const BAND_FILL: &str = "#e3eef8";
const LINE_EDGE: &str = "#8fb2d4";
const LINE_INNER: &str = "#b5cde3";
const LINE_MEDIAN: &str = "#4f84b3";
const LABEL_COLOUR: &str = "#4d6a85";
const GRID: &str = "#ececec";
const AXIS: &str = "#9a9a9a";
const TEXT: &str = "#333333";
const CHILD: &str = "#d9663f";
const OUTSIDE_RING: &str = "#e3a13b";

/// The chart as an SVG document (a complete `<svg>` element).
///
/// Draws the 3rd–97th percentile band (shaded), one path per percentile line
/// (3, 10, 25, 50, 75, 90, 97; the median stronger), axes with month ticks,
/// and the child's points joined by a line. Points outside the band get a
/// soft ring instead of a dot. Without a table for the reference and
/// indicator (Japan 2023 has none for head circumference or BMI) only the
/// axes and the child's points are drawn. Uses the built-in tables; a
/// child's screen draws with the rules in use ([`Tables::chart_svg`]).
pub fn chart_svg(spec: &ChartSpec) -> String {
    match tables() {
        Ok(t) => t.chart_svg(spec),
        Err(_) => Tables::default().chart_svg(spec),
    }
}

impl Tables {
    /// The chart as an SVG document drawn with these tables (see
    /// [`chart_svg`]).
    pub fn chart_svg(&self, spec: &ChartSpec) -> String {
        draw(self, spec)
    }
}

fn draw(t: &Tables, spec: &ChartSpec) -> String {
    let frame = Frame::new(spec);
    let curves = if let Some(table) = t.get(spec.reference, spec.indicator, spec.sex) {
        let ranges: Vec<(f64, f64)> = table
            .segments()
            .iter()
            .map(|s| (s.first_day(), s.last_day()))
            .collect();
        sample_curves(&ranges, frame.max_days, |age, z| {
            table.lms_at(age).and_then(|lms| {
                if spec.indicator.restricted_z() {
                    lms.value_restricted(z)
                } else {
                    lms.value(z)
                }
            })
        })
    } else if let Some(table) = t.percentiles(spec.reference, spec.indicator, spec.sex) {
        let ranges = [(table.first_day(), table.last_day())];
        sample_curves(&ranges, frame.max_days, |age, z| table.value(age, z))
    } else {
        Curves::default()
    };
    let points = plot_points(t, spec, frame.max_days);
    let (y_min, y_max, y_step) = y_range(spec.indicator, &curves, &points);
    let frame = Frame {
        y_min,
        y_max,
        ..frame
    };

    let mut svg = String::with_capacity(24 * 1024);
    let (w, h) = (frame.width, frame.height);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" class="growth-chart" font-family="sans-serif" font-size="11">"#
    );
    let _ = write!(
        svg,
        "<title>{}</title><desc>{}</desc>",
        escape(&spec.labels.title),
        escape(&spec.labels.description)
    );
    let _ = write!(
        svg,
        r##"<rect class="growth-plot" x="{}" y="{}" width="{}" height="{}" fill="#ffffff" stroke="{AXIS}"/>"##,
        num(frame.left()),
        num(frame.top()),
        num(frame.plot_width()),
        num(frame.plot_height())
    );
    grid_and_axes(&mut svg, spec, &frame, y_step);
    if !curves.is_empty() {
        band_and_lines(&mut svg, &frame, &curves);
    }
    child(&mut svg, &frame, &points);
    svg.push_str("</svg>");
    svg
}

/// Pixel geometry and value range.
#[derive(Clone, Copy)]
struct Frame {
    width: f64,
    height: f64,
    max_days: f64,
    y_min: f64,
    y_max: f64,
}

impl Frame {
    fn new(spec: &ChartSpec) -> Frame {
        Frame {
            width: f64::from(spec.width.clamp(200, 4000)),
            height: f64::from(spec.height.clamp(150, 4000)),
            max_days: f64::from(spec.max_months.clamp(1, 60)) * DAYS_PER_MONTH,
            y_min: 0.0,
            y_max: 1.0,
        }
    }
    fn left(&self) -> f64 {
        MARGIN_LEFT
    }
    fn top(&self) -> f64 {
        MARGIN_TOP
    }
    fn plot_width(&self) -> f64 {
        self.width - MARGIN_LEFT - MARGIN_RIGHT
    }
    fn plot_height(&self) -> f64 {
        self.height - MARGIN_TOP - MARGIN_BOTTOM
    }
    fn bottom(&self) -> f64 {
        self.top() + self.plot_height()
    }
    fn right(&self) -> f64 {
        self.left() + self.plot_width()
    }
    fn x(&self, age_days: f64) -> f64 {
        self.left() + age_days / self.max_days * self.plot_width()
    }
    fn y(&self, value: f64) -> f64 {
        let clamped = value.clamp(self.y_min, self.y_max);
        self.bottom() - (clamped - self.y_min) / (self.y_max - self.y_min) * self.plot_height()
    }
}

/// `curves[line][segment]` = samples `(age_days, value)`, lines in
/// [`PERCENTILE_LINES`] order; one run per table segment (length and
/// height are separate runs on either side of 731 days).
type Curves = Vec<Vec<Vec<(f64, f64)>>>;

/// Samples every percentile line over each age range `(first, last)` of a
/// table (one run per range), `value(age, z)` giving the line's value.
fn sample_curves(
    ranges: &[(f64, f64)],
    max_days: f64,
    value: impl Fn(f64, f64) -> Option<f64>,
) -> Curves {
    let step = (max_days / SAMPLES).max(1.0);
    let mut runs_of_ages = Vec::new();
    for &(start, last) in ranges {
        let end = last.min(max_days);
        if start > end {
            continue;
        }
        let mut ages = Vec::new();
        let mut k = 0.0;
        while start + k * step < end {
            ages.push(start + k * step);
            k += 1.0;
        }
        ages.push(end);
        runs_of_ages.push(ages);
    }
    PERCENTILE_LINES
        .iter()
        .map(|line| {
            runs_of_ages
                .iter()
                .map(|ages| {
                    ages.iter()
                        .filter_map(|&age| Some((age, value(age, line.z)?)))
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// A valid point of the child, with its position relative to the band.
struct PlotPoint<'a> {
    age_days: f64,
    value: f64,
    outside: bool,
    label: Option<&'a str>,
}

fn plot_points<'a>(t: &Tables, spec: &'a ChartSpec, max_days: f64) -> Vec<PlotPoint<'a>> {
    let mut points: Vec<PlotPoint<'_>> = spec
        .points
        .iter()
        .filter(|p| p.age_days.is_finite() && (0.0..=max_days).contains(&p.age_days))
        .filter(|p| p.value.is_finite() && p.value > 0.0)
        .map(|p| PlotPoint {
            age_days: p.age_days,
            value: p.value,
            outside: t
                .zscore(
                    spec.reference,
                    spec.indicator,
                    spec.sex,
                    p.age_days,
                    p.value,
                )
                .is_some_and(|z| Position::of_z(z) != Position::Within),
            label: p.label.as_deref(),
        })
        .collect();
    points.sort_by(|a, b| {
        a.age_days
            .total_cmp(&b.age_days)
            .then(a.value.total_cmp(&b.value))
    });
    points
}

/// Value range and tick step: the band plus the child's points (points far
/// off the band widen the range by at most the band's own height; beyond
/// that they are drawn at the edge).
fn y_range(indicator: Indicator, curves: &Curves, points: &[PlotPoint<'_>]) -> (f64, f64, f64) {
    let values = |line: usize| {
        curves
            .get(line)
            .into_iter()
            .flatten()
            .flatten()
            .map(|&(_, v)| v)
    };
    let band_low = values(0).fold(f64::INFINITY, f64::min);
    let band_high = values(PERCENTILE_LINES.len() - 1).fold(f64::NEG_INFINITY, f64::max);
    let (mut low, mut high) = if band_low <= band_high {
        (band_low, band_high)
    } else {
        (f64::INFINITY, f64::NEG_INFINITY)
    };
    let limits = if low <= high {
        let span = high - low;
        (low - span, high + span)
    } else {
        (f64::NEG_INFINITY, f64::INFINITY)
    };
    for p in points {
        let v = p.value.clamp(limits.0, limits.1);
        low = low.min(v);
        high = high.max(v);
    }
    if low > high {
        (low, high) = default_range(indicator);
    }
    if high - low < 1e-9 {
        (low, high) = (low - 1.0, high + 1.0);
    }
    let step = nice_step((high - low) / 6.0);
    let y_min = ((low / step).floor() * step).max(0.0);
    let y_max = (high / step).ceil() * step;
    (y_min, y_max.max(y_min + step), step)
}

fn default_range(indicator: Indicator) -> (f64, f64) {
    match indicator {
        Indicator::WeightForAge => (2.0, 20.0),
        Indicator::LengthHeightForAge => (45.0, 115.0),
        Indicator::HeadCircumferenceForAge => (32.0, 54.0),
        Indicator::BmiForAge => (11.0, 21.0),
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    let normalised = raw / magnitude;
    let factor = if normalised <= 1.0 {
        1.0
    } else if normalised <= 2.0 {
        2.0
    } else if normalised <= 5.0 {
        5.0
    } else {
        10.0
    };
    factor * magnitude
}

fn month_tick_step(max_months: u32) -> u32 {
    match max_months {
        0..=12 => 1,
        13..=24 => 3,
        _ => 6,
    }
}

fn grid_and_axes(svg: &mut String, spec: &ChartSpec, frame: &Frame, y_step: f64) {
    let max_months = spec.max_months.clamp(1, 60);
    let tick = month_tick_step(max_months);
    let decimals = (-y_step.log10().floor()).max(0.0) as usize;
    let _ = write!(
        svg,
        r#"<g class="growth-grid" stroke="{GRID}" stroke-width="1">"#
    );
    let mut x_ticks = Vec::new();
    for month in (0..=max_months).step_by(tick as usize) {
        let x = frame.x(f64::from(month) * DAYS_PER_MONTH);
        x_ticks.push((month, x));
        let _ = write!(
            svg,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}"/>"#,
            num(frame.top()),
            num(frame.bottom()),
            x = num(x)
        );
    }
    let mut y_ticks = Vec::new();
    let count = ((frame.y_max - frame.y_min) / y_step).round() as i64;
    for i in 0..=count {
        let value = frame.y_min + i as f64 * y_step;
        let y = frame.y(value);
        y_ticks.push((value, y));
        let _ = write!(
            svg,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}"/>"#,
            num(frame.left()),
            num(frame.right()),
            y = num(y)
        );
    }
    svg.push_str("</g>");

    let _ = write!(svg, r#"<g class="growth-axes" fill="{TEXT}">"#);
    let label_y = frame.bottom() + 15.0;
    for (month, x) in x_ticks {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="middle">{month}</text>"#,
            num(x),
            num(label_y)
        );
    }
    for (value, y) in y_ticks {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="end">{value:.decimals$}</text>"#,
            num(frame.left() - 5.0),
            num(y + 4.0)
        );
    }
    let _ = write!(
        svg,
        r#"<text class="growth-axis-label" x="{}" y="{}" text-anchor="middle">{}</text>"#,
        num(frame.left() + frame.plot_width() / 2.0),
        num(frame.height - 6.0),
        escape(&spec.labels.x_axis)
    );
    let (x, y) = (14.0, frame.top() + frame.plot_height() / 2.0);
    let _ = write!(
        svg,
        r#"<text class="growth-axis-label" x="{x}" y="{y}" transform="rotate(-90 {x} {y})" text-anchor="middle">{}</text>"#,
        escape(&spec.labels.y_axis),
        x = num(x),
        y = num(y)
    );
    svg.push_str("</g>");
}

fn band_and_lines(svg: &mut String, frame: &Frame, curves: &Curves) {
    // The band: along the 97th percentile, back along the 3rd, per run.
    let (low, high) = (&curves[0], &curves[PERCENTILE_LINES.len() - 1]);
    let mut d = String::new();
    for (upper, lower) in high.iter().zip(low) {
        if upper.is_empty() || lower.is_empty() {
            continue;
        }
        let outline = upper.iter().chain(lower.iter().rev());
        for (i, &(age, value)) in outline.enumerate() {
            let _ = write!(
                d,
                "{}{},{}",
                if i == 0 { "M" } else { "L" },
                num(frame.x(age)),
                num(frame.y(value))
            );
        }
        d.push('Z');
    }
    let _ = write!(
        svg,
        r#"<path class="growth-band" d="{d}" fill="{BAND_FILL}" stroke="none"/>"#
    );

    svg.push_str(r#"<g class="growth-percentiles" fill="none">"#);
    for (line, runs) in PERCENTILE_LINES.iter().zip(curves) {
        let (stroke, width) = match line.percentile {
            50 => (LINE_MEDIAN, "1.6"),
            3 | 97 => (LINE_EDGE, "1"),
            _ => (LINE_INNER, "1"),
        };
        let _ = write!(
            svg,
            r#"<path class="growth-percentile" data-percentile="{}" d="{}" stroke="{stroke}" stroke-width="{width}"/>"#,
            line.percentile,
            polyline(frame, runs)
        );
    }
    svg.push_str("</g>");

    let _ = write!(
        svg,
        r#"<g class="growth-percentile-labels" fill="{LABEL_COLOUR}" font-size="9">"#
    );
    for (line, runs) in PERCENTILE_LINES.iter().zip(curves) {
        if let Some(&(age, value)) = runs.iter().flatten().last() {
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}">{}</text>"#,
                num(frame.x(age) + 3.0),
                num(frame.y(value) + 3.0),
                line.percentile
            );
        }
    }
    svg.push_str("</g>");
}

fn polyline(frame: &Frame, runs: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for run in runs {
        for (i, &(age, value)) in run.iter().enumerate() {
            let _ = write!(
                d,
                "{}{},{}",
                if i == 0 { "M" } else { "L" },
                num(frame.x(age)),
                num(frame.y(value))
            );
        }
    }
    d
}

fn child(svg: &mut String, frame: &Frame, points: &[PlotPoint<'_>]) {
    if points.len() > 1 {
        let run: Vec<(f64, f64)> = points.iter().map(|p| (p.age_days, p.value)).collect();
        let _ = write!(
            svg,
            r#"<path class="growth-child-line" d="{}" fill="none" stroke="{CHILD}" stroke-width="1.5"/>"#,
            polyline(frame, &[run])
        );
    }
    svg.push_str(r#"<g class="growth-points">"#);
    for p in points {
        let (cx, cy) = (num(frame.x(p.age_days)), num(frame.y(p.value)));
        let shape = if p.outside {
            format!(
                r##"<circle class="growth-point growth-point-outside" cx="{cx}" cy="{cy}" r="5" fill="#ffffff" stroke="{OUTSIDE_RING}" stroke-width="2""##
            )
        } else {
            format!(r#"<circle class="growth-point" cx="{cx}" cy="{cy}" r="3.5" fill="{CHILD}""#)
        };
        svg.push_str(&shape);
        match p.label {
            Some(label) => {
                let _ = write!(svg, "><title>{}</title></circle>", escape(label));
            }
            None => svg.push_str("/>"),
        }
    }
    svg.push_str("</g>");
}

/// A coordinate with one decimal (plenty for pixels, stable across platforms).
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    if s == "-0.0" {
        "0.0".to_owned()
    } else {
        s
    }
}

/// Text safe inside elements and double-quoted attributes of the SVG.
fn escape(text: &str) -> String {
    markup::escape(text, Controls::Drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round_numbers() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.3), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(7.0), 10.0);
        assert!((nice_step(0.13) - 0.2).abs() < 1e-12);
    }

    #[test]
    fn escaping_keeps_markup_out() {
        assert_eq!(
            escape(r#"<a & "b" 'c'>"#),
            "&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;"
        );
        assert_eq!(escape("a\u{0}b"), "ab");
        assert_eq!(num(-0.01), "0.0");
    }
}
