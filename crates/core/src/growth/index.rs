//! Body mass index and the Kaup index (カウプ指数), with the conventional
//! Japanese "usual" ranges for infants and young children, kept as data in
//! `assets/growth/kaup-bands.json` (source named there).

use super::tables::GrowthError;
use super::{messages, GrowthMessage, Position, DAYS_PER_MONTH};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const KAUP_FILE: &str = "kaup-bands.json";
const KAUP_TEXT: &str = include_str!("../../../../assets/growth/kaup-bands.json");

/// Body mass index, kg/m²; `None` unless both are finite and positive.
pub fn bmi(weight_kg: f64, height_cm: f64) -> Option<f64> {
    positive(weight_kg)?;
    positive(height_cm)?;
    let metres = height_cm / 100.0;
    positive(weight_kg / (metres * metres))
}

/// Kaup index: weight (g) ÷ height (cm)² × 10, the same number as
/// [`bmi`] of the same child; `None` unless both are finite and positive.
pub fn kaup(weight_g: f64, height_cm: f64) -> Option<f64> {
    positive(weight_g)?;
    positive(height_cm)?;
    positive(weight_g / (height_cm * height_cm) * 10.0)
}

fn positive(x: f64) -> Option<f64> {
    (x.is_finite() && x > 0.0).then_some(x)
}

/// The usual Kaup range for an age bracket: `low <= kaup < high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KaupBand {
    /// First completed month of the bracket.
    pub from_months: u32,
    /// The bracket ends before this completed month.
    pub until_months: u32,
    pub low: f64,
    pub high: f64,
}

/// The Kaup index's usual ranges by age, with their source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KaupBands {
    /// Where the ranges come from (Japanese).
    pub source: String,
    /// Brackets in age order, without gaps.
    pub bands: Vec<KaupBand>,
}

impl KaupBands {
    /// The bracket for an age in days (`None` under 3 months or from 6 years).
    pub fn band_at(&self, age_days: f64) -> Option<&KaupBand> {
        if !(age_days.is_finite() && age_days >= 0.0) {
            return None;
        }
        let months = (age_days / DAYS_PER_MONTH).floor();
        self.bands
            .iter()
            .find(|b| f64::from(b.from_months) <= months && months < f64::from(b.until_months))
    }
}

/// The Kaup ranges, parsed and validated on first use.
pub fn kaup_bands() -> Result<&'static KaupBands, GrowthError> {
    static BANDS: OnceLock<Result<KaupBands, GrowthError>> = OnceLock::new();
    BANDS
        .get_or_init(|| {
            let error = |reason: String| GrowthError {
                file: KAUP_FILE.to_owned(),
                reason,
            };
            let bands: KaupBands =
                serde_json::from_str(KAUP_TEXT).map_err(|e| error(e.to_string()))?;
            validate(&bands).map_err(error)?;
            Ok(bands)
        })
        .as_ref()
        .map_err(Clone::clone)
}

fn validate(bands: &KaupBands) -> Result<(), String> {
    if bands.bands.is_empty() {
        return Err("no bands".into());
    }
    for (i, band) in bands.bands.iter().enumerate() {
        let range_ok =
            band.low.is_finite() && band.high.is_finite() && 0.0 < band.low && band.low < band.high;
        if band.from_months >= band.until_months || !range_ok {
            return Err(format!("band {i}: {band:?}"));
        }
        if i > 0 && bands.bands[i - 1].until_months != band.from_months {
            return Err(format!("band {i} does not follow band {}", i - 1));
        }
    }
    Ok(())
}

/// A Kaup index read against the usual range for the child's age.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KaupAssessment {
    pub kaup: f64,
    pub band: KaupBand,
    pub position: Position,
    /// Softly worded: the ranges are a rough guide and children differ.
    pub message: GrowthMessage,
}

/// Reads `kaup` at `age_days` against the usual range; `None` when the index
/// is not a positive number or the age is outside 3 months – 6 years.
pub fn kaup_assessment(kaup: f64, age_days: f64) -> Option<KaupAssessment> {
    positive(kaup)?;
    let band = *kaup_bands().ok()?.band_at(age_days)?;
    let position = if kaup < band.low {
        Position::Below
    } else if kaup >= band.high {
        Position::Above
    } else {
        Position::Within
    };
    let id = match position {
        Position::Below => messages::KAUP_BELOW,
        Position::Within => messages::KAUP_WITHIN,
        Position::Above => messages::KAUP_ABOVE,
    };
    let shown = (kaup * 10.0).round() / 10.0;
    let message = GrowthMessage::new(
        id,
        &[("value", shown), ("low", band.low), ("high", band.high)],
    );
    Some(KaupAssessment {
        kaup,
        band,
        position,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_bands_are_valid_and_continuous() {
        let bands = kaup_bands().unwrap();
        assert!(bands.source.contains("今村"));
        assert_eq!(bands.bands.first().unwrap().from_months, 3);
        assert_eq!(bands.bands.last().unwrap().until_months, 72);
    }

    #[test]
    fn validation_rejects_gaps_and_empty_ranges() {
        let band = |from_months, until_months, low, high| KaupBand {
            from_months,
            until_months,
            low,
            high,
        };
        let bands = |list: Vec<KaupBand>| KaupBands {
            source: String::new(),
            bands: list,
        };
        assert!(validate(&bands(vec![])).is_err());
        assert!(validate(&bands(vec![band(3, 3, 16.0, 18.0)])).is_err());
        assert!(validate(&bands(vec![band(3, 12, 18.0, 16.0)])).is_err());
        assert!(validate(&bands(vec![
            band(3, 12, 16.0, 18.0),
            band(13, 18, 15.5, 17.5)
        ]))
        .is_err());
        assert!(validate(&bands(vec![
            band(3, 12, 16.0, 18.0),
            band(12, 18, 15.5, 17.5)
        ]))
        .is_ok());
    }
}
