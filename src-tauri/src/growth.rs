//! A child's growth chart, drawn here rather than in the window: the
//! percentile bands of the child's chosen reference (the Japanese 2023
//! curves by default, or WHO) with the child's measurements, drawn by
//! `Tables::chart_svg` with the growth tables of the rules in use (the
//! built-in tables with a kept rules bundle's laid over them), in the
//! handbook's language. The window carries no growth tables (they are
//! most of what the wasm would weigh); it shows the SVG and the words.

use crate::clock::today;
use crate::state::AppState;
use hagukumi_core::api::{CommandError, GrowthChart};
use hagukumi_core::child_records::{growth_values, GROWTH_HEAD, GROWTH_HEIGHT, GROWTH_WEIGHT};
use hagukumi_core::growth::{
    age_for_growth, tables, ChartLabels, ChartPoint, ChartSpec, Indicator, Reference, Sex, Tables,
};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{ChildBook, Record, RecordData, SUMMARY_KINDS};
use hagukumi_core::{Child, Date, GestationalAge};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::Store;
use std::borrow::Cow;
use tauri::State;

/// The chart of `indicator` for the child, or `None` while the child's sex
/// is not known (the window asks for it; the references are split by sex).
#[tauri::command(rename_all = "snake_case")]
pub fn growth_chart(
    state: State<'_, AppState>,
    child_id: RecordId,
    indicator: Indicator,
) -> Result<Option<GrowthChart>, CommandError> {
    state.with(|store| chart_of(store, child_id, indicator, today()))
}

/// [`growth_chart`] on a store.
pub(crate) fn chart_of(
    store: &Store,
    child_id: RecordId,
    indicator: Indicator,
    today: Date,
) -> Result<Option<GrowthChart>, CommandError> {
    let child = store
        .child(child_id)?
        .ok_or_else(crate::book::no_such_holder::<ChildBook>)?;
    let Some(sex) = child.sex else {
        return Ok(None);
    };
    let records = store.of_kinds::<ChildBook>(child_id, &SUMMARY_KINDS)?;
    let chosen = store.growth_reference(child_id)?;
    let tr = Localizer::new(store.language()?.unwrap_or_default());
    let builtin = tables().map_err(|e| CommandError::Internal {
        detail: format!("growth tables: {e}"),
    })?;
    let rules_tables = match crate::rules::bundle_growth(store, Some(sex)) {
        Some(over) => Cow::Owned(builtin.overlaid(&over)),
        None => Cow::Borrowed(builtin),
    };
    let reference = rules_tables.reference_for(chosen, indicator, sex);
    let chart = Chart {
        tables: &rules_tables,
        tr: &tr,
        child: &child,
        sex,
        records: &records,
        indicator,
        reference,
    };
    Ok(Some(GrowthChart {
        svg: chart.svg(today),
        assessment: chart.latest_assessment(),
        reference,
        corrected: corrected(&child, &records, today),
    }))
}

/// The gestational age at birth, from the child's live birth record.
fn gestation(records: &[Record]) -> Option<GestationalAge> {
    records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .find_map(|r| match &r.data {
            RecordData::Birth(b) => b.gestation,
            _ => None,
        })
}

/// Whether the chart shows corrected ages (修正月齢): a preterm birth and a
/// point, or today, before the second birthday.
fn corrected(child: &Child, records: &[Record], today: Date) -> bool {
    let gestation = gestation(records);
    let is_corrected =
        |on: Date| age_for_growth(child.birth_date, gestation, on).is_some_and(|a| a.corrected);
    is_corrected(today)
        || records
            .iter()
            .filter(|r| r.deleted_at.is_none())
            .filter_map(|r| growth_values(&r.data))
            .any(|(date, _)| is_corrected(date))
}

/// One chart's inputs.
struct Chart<'a> {
    tables: &'a Tables,
    tr: &'a Localizer,
    child: &'a Child,
    sex: Sex,
    records: &'a [Record],
    indicator: Indicator,
    reference: Reference,
}

impl Chart<'_> {
    /// (age in days, date, value) of every live measurement, checkup and
    /// birth value of the indicator; ages corrected for a preterm birth
    /// (the birth record's gestation).
    fn points(&self) -> Vec<(f64, Date, f64)> {
        let gestation = gestation(self.records);
        let slot = match self.indicator {
            Indicator::WeightForAge => GROWTH_WEIGHT,
            Indicator::LengthHeightForAge => GROWTH_HEIGHT,
            Indicator::HeadCircumferenceForAge => GROWTH_HEAD,
            Indicator::BmiForAge => return Vec::new(),
        };
        let mut out: Vec<(f64, Date, f64)> = self
            .records
            .iter()
            .filter(|r| r.deleted_at.is_none())
            .filter_map(|r| {
                let (date, values) = growth_values(&r.data)?;
                let value = values[slot]?;
                let age = age_for_growth(self.child.birth_date, gestation, date)?;
                Some((age.days as f64, date, value))
            })
            .collect();
        out.sort_by_key(|p| p.1);
        out
    }

    fn svg(&self, today: Date) -> String {
        let tr = self.tr;
        let unit = self.indicator.unit().symbol();
        let name = tr.text(self.indicator.message_id());
        let pts = self.points();
        let age_months = hagukumi_core::age::age_on(self.child.birth_date, today)
            .map(|a| a.total_months())
            .unwrap_or(0);
        // Show the child's age plus a little room ahead, in half-years.
        let max_months = (age_months + 3).div_ceil(6).clamp(1, 10) * 6;
        let spec = ChartSpec {
            reference: self.reference,
            indicator: self.indicator,
            sex: self.sex,
            points: pts
                .iter()
                .map(|(days, date, value)| ChartPoint {
                    age_days: *days,
                    value: *value,
                    label: Some(tr.format(
                        "growth-chart-point",
                        &[
                            ("age", Value::from(tr.date(*date))),
                            ("value", Value::from(*value)),
                            ("unit", Value::from(unit)),
                        ],
                    )),
                })
                .collect(),
            width: 640,
            height: 420,
            max_months,
            labels: ChartLabels {
                title: tr.format(
                    "growth-chart-title",
                    &[
                        ("indicator", Value::from(name.clone())),
                        ("sex", Value::from(tr.text(self.sex.message_id()))),
                    ],
                ),
                description: tr.format(
                    "growth-chart-desc",
                    &[
                        (
                            "reference",
                            Value::from(tr.text(self.reference.message_id())),
                        ),
                        ("count", Value::from(pts.len())),
                    ],
                ),
                x_axis: tr.text("growth-chart-axis-age"),
                y_axis: tr.format(
                    "growth-chart-axis-value",
                    &[
                        ("indicator", Value::from(name)),
                        ("unit", Value::from(unit)),
                    ],
                ),
            },
        };
        self.tables.chart_svg(&spec)
    }

    /// What the latest point means, softly worded.
    fn latest_assessment(&self) -> Option<String> {
        let (days, _, value) = *self.points().last()?;
        let a = self
            .tables
            .assess(self.reference, self.indicator, self.sex, days, value)?;
        let args: Vec<(&str, Value)> = a
            .message
            .args
            .iter()
            .map(|(k, v)| (*k, Value::from(*v)))
            .collect();
        Some(self.tr.format(a.message.id, &args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::records::Measurement;
    use hagukumi_core::{ChildInput, Language};
    use hagukumi_store::KeySource;

    #[test]
    fn the_shell_draws_the_chart_in_the_handbooks_language_once_the_sex_is_known() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::open_with(dir.path(), &KeySource::Passphrase("p-passphrase-12".into())).unwrap();
        let today: Date = "2026-12-01".parse().unwrap();
        let input = ChildInput {
            name: "はるき".into(),
            birth_date: "2026-05-01".into(),
            sex: String::new(),
        };
        let child = store.add_child(&input.validate(today).unwrap()).unwrap();
        let w = Indicator::WeightForAge;
        // No sex yet: nothing to draw (the window asks for it).
        assert_eq!(chart_of(&store, child.id, w, today).unwrap(), None);

        store.set_child_sex(child.id, Some(Sex::Male)).unwrap();
        let measured = RecordData::Measurement(Measurement {
            date: "2026-11-01".parse().unwrap(),
            weight_kg: Some(7.9),
            height_cm: Some(68.5),
            head_cm: None,
            chest_cm: None,
        });
        store
            .add::<ChildBook>(child.id, &measured, today.and_hms_opt(9, 0, 0).unwrap())
            .unwrap()
            .expect("added");
        let ja = chart_of(&store, child.id, w, today).unwrap().unwrap();
        assert_eq!(ja.reference, Reference::Japan2023);
        let point = "<circle class=\"growth-point";
        assert_eq!(ja.svg.matches(point).count(), 1, "{}", ja.svg);
        assert!(ja.svg.contains("体重"), "{}", ja.svg);
        let said = ja.assessment.expect("the latest point's words");
        assert!(said.contains("パーセンタイル"), "{said}");
        assert!(!ja.corrected);
        // No head circumference measured: the bands, no point, no words.
        let head = Indicator::HeadCircumferenceForAge;
        let head = chart_of(&store, child.id, head, today).unwrap().unwrap();
        assert!(!head.svg.contains(point) && head.assessment.is_none());

        store.set_language(Language::En).unwrap();
        let en = chart_of(&store, child.id, w, today).unwrap().unwrap();
        assert!(en.svg.contains("Weight"), "{}", en.svg);

        let unknown = chart_of(&store, 9999, w, today);
        assert!(
            matches!(unknown, Err(CommandError::Refused { .. })),
            "{unknown:?}"
        );
    }
}
