//! The LMS method (Cole & Green): a Box-Cox power `L`, median `M` and
//! coefficient of variation `S` describe the distribution of a measurement
//! at one age, and turn a value into a z-score and back.

use serde::{Deserialize, Serialize};

/// `|L|` below this counts as `L = 0` (the log-normal limit of the formula).
const L_ZERO: f64 = 1e-9;

/// The L, M and S parameters of a reference at one age.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Lms {
    /// Box-Cox power.
    pub l: f64,
    /// Median.
    pub m: f64,
    /// Coefficient of variation.
    pub s: f64,
}

impl Lms {
    /// Whether the parameters can be used: all finite, `M > 0`, `S > 0`.
    pub fn is_valid(&self) -> bool {
        self.l.is_finite()
            && self.m.is_finite()
            && self.s.is_finite()
            && self.m > 0.0
            && self.s > 0.0
    }

    /// Linear interpolation between `self` (at `t = 0`) and `next` (at `t = 1`).
    pub fn lerp(&self, next: &Lms, t: f64) -> Lms {
        Lms {
            l: self.l + (next.l - self.l) * t,
            m: self.m + (next.m - self.m) * t,
            s: self.s + (next.s - self.s) * t,
        }
    }

    /// The z-score of `x`: `((x/M)^L − 1) / (L·S)`, or `ln(x/M) / S` when
    /// `L = 0`. `None` unless `x` is finite and positive.
    pub fn z(&self, x: f64) -> Option<f64> {
        if !(x.is_finite() && x > 0.0 && self.is_valid()) {
            return None;
        }
        let ratio = x / self.m;
        let z = if self.l.abs() < L_ZERO {
            ratio.ln() / self.s
        } else {
            (ratio.powf(self.l) - 1.0) / (self.l * self.s)
        };
        z.is_finite().then_some(z)
    }

    /// The measurement at z-score `z`: `M·(1 + L·S·z)^(1/L)`, or `M·e^(S·z)`
    /// when `L = 0`. `None` where the formula has no positive value (far
    /// beyond the reference's range).
    pub fn value(&self, z: f64) -> Option<f64> {
        if !(z.is_finite() && self.is_valid()) {
            return None;
        }
        let value = if self.l.abs() < L_ZERO {
            self.m * (self.s * z).exp()
        } else {
            let base = 1.0 + self.l * self.s * z;
            if base <= 0.0 {
                return None;
            }
            self.m * base.powf(1.0 / self.l)
        };
        (value.is_finite() && value > 0.0).then_some(value)
    }

    /// The z-score with WHO's restricted application of the LMS method, used
    /// for weight-based indicators ("Computation of centiles and z-scores",
    /// WHO Child Growth Standards 2006, ch. 7): within ±3 SD it is [`Lms::z`];
    /// beyond, the distance is measured in units of the 2–3 SD interval, so
    /// the long right tail of weight does not shrink extreme scores:
    ///
    /// * `z > 3`:  `3 + (x − SD3pos) / SD23pos`, `SD23pos = SD3pos − SD2pos`
    /// * `z < −3`: `−3 + (x − SD3neg) / SD23neg`, `SD23neg = SD2neg − SD3neg`
    ///
    /// where `SDk` is [`Lms::value`] at `k`.
    pub fn z_restricted(&self, x: f64) -> Option<f64> {
        let z = self.z(x)?;
        if z > 3.0 {
            let sd3 = self.value(3.0)?;
            let sd23 = sd3 - self.value(2.0)?;
            Some(3.0 + (x - sd3) / sd23)
        } else if z < -3.0 {
            let sd3 = self.value(-3.0)?;
            let sd23 = self.value(-2.0)? - sd3;
            Some(-3.0 + (x - sd3) / sd23)
        } else {
            Some(z)
        }
    }

    /// The inverse of [`Lms::z_restricted`]: beyond ±3 SD the value moves on
    /// linearly in steps of the 2–3 SD interval.
    pub fn value_restricted(&self, z: f64) -> Option<f64> {
        if !z.is_finite() {
            return None;
        }
        let value = if z > 3.0 {
            let sd3 = self.value(3.0)?;
            sd3 + (z - 3.0) * (sd3 - self.value(2.0)?)
        } else if z < -3.0 {
            let sd3 = self.value(-3.0)?;
            sd3 + (z + 3.0) * (self.value(-2.0)? - sd3)
        } else {
            return self.value(z);
        };
        (value.is_finite() && value > 0.0).then_some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // WHO weight-for-age, boys, birth.
    const WFA_BOYS_0: Lms = Lms {
        l: 0.3487,
        m: 3.3464,
        s: 0.14602,
    };

    #[test]
    fn median_has_z_zero_and_values_round_trip() {
        assert_eq!(WFA_BOYS_0.z(3.3464), Some(0.0));
        for z in [-2.5, -1.0, 0.3, 1.88, 2.9] {
            let x = WFA_BOYS_0.value(z).unwrap();
            assert!((WFA_BOYS_0.z(x).unwrap() - z).abs() < 1e-12);
        }
    }

    #[test]
    fn l_zero_is_the_log_normal_limit() {
        let lms = Lms {
            l: 0.0,
            m: 10.0,
            s: 0.1,
        };
        assert!((lms.z(10.0 * 0.2f64.exp()).unwrap() - 2.0).abs() < 1e-12);
        assert!((lms.value(-1.0).unwrap() - 10.0 * (-0.1f64).exp()).abs() < 1e-12);
        let tiny = Lms { l: 1e-7, ..lms };
        assert!((tiny.z(12.0).unwrap() - lms.z(12.0).unwrap()).abs() < 1e-5);
    }

    #[test]
    fn restricted_z_is_linear_beyond_three_sd_and_continuous_at_three() {
        let sd2 = WFA_BOYS_0.value(2.0).unwrap();
        let sd3 = WFA_BOYS_0.value(3.0).unwrap();
        assert!((WFA_BOYS_0.z_restricted(sd3).unwrap() - 3.0).abs() < 1e-12);
        let x = sd3 + 1.5 * (sd3 - sd2);
        assert!((WFA_BOYS_0.z_restricted(x).unwrap() - 4.5).abs() < 1e-12);
        // The plain LMS z of the same weight is smaller (L > 0 compresses it).
        assert!(WFA_BOYS_0.z(x).unwrap() < 4.5);
        let sdm2 = WFA_BOYS_0.value(-2.0).unwrap();
        let sdm3 = WFA_BOYS_0.value(-3.0).unwrap();
        let low = sdm3 - 0.5 * (sdm2 - sdm3);
        assert!((WFA_BOYS_0.z_restricted(low).unwrap() + 3.5).abs() < 1e-12);
        for z in [-3.7, -3.0, 0.0, 3.0, 4.2] {
            let v = WFA_BOYS_0.value_restricted(z).unwrap();
            assert!((WFA_BOYS_0.z_restricted(v).unwrap() - z).abs() < 1e-12);
        }
    }

    #[test]
    fn bad_input_gives_none() {
        assert_eq!(WFA_BOYS_0.z(0.0), None);
        assert_eq!(WFA_BOYS_0.z(-1.0), None);
        assert_eq!(WFA_BOYS_0.z(f64::NAN), None);
        assert_eq!(WFA_BOYS_0.z(f64::INFINITY), None);
        assert_eq!(WFA_BOYS_0.value(f64::NAN), None);
        // 1 + L·S·z ≤ 0: no such value.
        assert_eq!(WFA_BOYS_0.value(-30.0), None);
        assert_eq!(WFA_BOYS_0.value_restricted(-30.0), None);
        let broken = Lms {
            l: 1.0,
            m: 0.0,
            s: 0.1,
        };
        assert_eq!(broken.z(1.0), None);
    }
}
