//! Growth: z-scores and percentiles against WHO's published values, WHO's
//! restricted z-scores, corrected age, BMI/Kaup, messages and the SVG chart.

use hagukumi_core::growth::{
    self, age_for_growth, bmi, chart_svg, kaup, kaup_assessment, messages, percentile, tables,
    ChartLabels, ChartPoint, ChartSpec, Indicator, Position, Reference, Sex, DAYS_PER_MONTH,
    PERCENTILE_LINES, TABLE_PERCENTILES,
};
use hagukumi_core::{Date, GestationalAge};
use std::collections::BTreeMap;

/// The built-in tables (the demo family's and these tests').
fn builtin() -> &'static growth::Tables {
    tables().unwrap()
}

/// A curve at constant z-score: `(age_days, value)` for each of `ages` the
/// reference covers.
fn curve(r: Reference, i: Indicator, s: Sex, z: f64, ages: &[f64]) -> Vec<(f64, f64)> {
    ages.iter()
        .filter_map(|&age| Some((age, builtin().value_at(r, i, s, age, z)?)))
        .collect()
}

const WHO: Reference = Reference::WhoStandard;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

// ---------------------------------------------------------------------------
// z-scores against published WHO values

/// WHO Child Growth Standards, z-score *expanded* tables (by day, values to
/// three decimals): (indicator, sex, age in days, −2 SD, median, +2 SD).
const WHO_EXPANDED: [(Indicator, Sex, f64, f64, f64, f64); 16] = [
    (Indicator::WeightForAge, Sex::Male, 0.0, 2.459, 3.346, 4.419),
    (
        Indicator::WeightForAge,
        Sex::Male,
        183.0,
        6.357,
        7.939,
        9.855,
    ),
    (
        Indicator::WeightForAge,
        Sex::Male,
        730.0,
        9.670,
        12.148,
        15.272,
    ),
    (
        Indicator::WeightForAge,
        Sex::Male,
        1826.0,
        14.067,
        18.335,
        24.163,
    ),
    (
        Indicator::WeightForAge,
        Sex::Female,
        0.0,
        2.395,
        3.232,
        4.230,
    ),
    (
        Indicator::WeightForAge,
        Sex::Female,
        365.0,
        7.041,
        8.946,
        11.506,
    ),
    (
        Indicator::WeightForAge,
        Sex::Female,
        1095.0,
        10.802,
        13.846,
        18.131,
    ),
    (
        Indicator::WeightForAge,
        Sex::Female,
        1826.0,
        13.742,
        18.218,
        24.914,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Male,
        0.0,
        46.098,
        49.884,
        53.670,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Male,
        365.0,
        70.987,
        75.739,
        80.491,
    ),
    // The day before and the day of the switch from length to height.
    (
        Indicator::LengthHeightForAge,
        Sex::Male,
        730.0,
        81.693,
        87.802,
        93.911,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Male,
        731.0,
        81.017,
        87.130,
        93.243,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Female,
        183.0,
        61.217,
        65.751,
        70.285,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Female,
        730.0,
        79.950,
        86.401,
        92.851,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Female,
        731.0,
        79.276,
        85.730,
        92.184,
    ),
    (
        Indicator::LengthHeightForAge,
        Sex::Female,
        1826.0,
        99.908,
        109.419,
        118.930,
    ),
];

#[test]
fn published_sd_values_give_z_minus_two_zero_and_two() {
    for (indicator, sex, age, minus2, median, plus2) in WHO_EXPANDED {
        for (value, want) in [(minus2, -2.0), (median, 0.0), (plus2, 2.0)] {
            let z = builtin().zscore(WHO, indicator, sex, age, value).unwrap();
            assert!(
                (z - want).abs() < 0.01,
                "{indicator:?} {sex:?} day {age}: z({value}) = {z:.4}, want {want}"
            );
        }
    }
}

#[test]
fn the_median_at_birth_is_the_table_median() {
    // WHO weight-for-age, boys, 0 months: M = 3.3464 kg.
    let z = builtin()
        .zscore(WHO, Indicator::WeightForAge, Sex::Male, 0.0, 3.3464)
        .unwrap();
    assert!(z.abs() < 1e-12);
    assert!((percentile(z) - 50.0).abs() < 1e-9);
    // Girls at 12 months: the simplified table's median is 8.9 kg (M = 8.9481).
    let m = builtin()
        .value_at(
            WHO,
            Indicator::WeightForAge,
            Sex::Female,
            12.0 * DAYS_PER_MONTH,
            0.0,
        )
        .unwrap();
    assert!((m - 8.9481).abs() < 0.001, "{m}");
}

/// Every row of WHO's simplified z-score tables (by month, rounded to 0.1):
/// the daily LMS at `month × 30.4375` days reproduces all seven SD values
/// (−3…+3), for all four indicators and both sexes.
#[test]
fn daily_tables_reproduce_every_published_monthly_sd_value() {
    let check: serde_json::Value = serde_json::from_str(include_str!(
        "../../../assets/growth/who-2006/sd-check.json"
    ))
    .unwrap();
    let rows = check["rows"].as_array().unwrap();
    assert!(rows.len() > 450, "{} rows", rows.len());
    let mut worst: f64 = 0.0;
    for row in rows {
        let indicator = match row["indicator"].as_str().unwrap() {
            "weight-for-age" => Indicator::WeightForAge,
            "length-height-for-age" => Indicator::LengthHeightForAge,
            "head-circumference-for-age" => Indicator::HeadCircumferenceForAge,
            "bmi-for-age" => Indicator::BmiForAge,
            other => panic!("unknown indicator {other}"),
        };
        let sex = if row["sex"] == "male" {
            Sex::Male
        } else {
            Sex::Female
        };
        let month = row["month"].as_u64().unwrap();
        let mut age = month as f64 * DAYS_PER_MONTH;
        // Month 24 is in both the length (0–2 y) and the height (2–5 y)
        // tables; the daily tables switch between 730 and 731 days.
        let switch = month == 24 && row.get("measured").is_some();
        if switch {
            age = if row["measured"] == "recumbent length" {
                730.0
            } else {
                731.0
            };
        }
        let sd = row["sd"].as_array().unwrap();
        for (k, published) in (-3..=3).zip(sd) {
            let published = published.as_f64().unwrap();
            let value = builtin()
                .value_at(WHO, indicator, sex, age, f64::from(k))
                .unwrap();
            // Half a rounding step, plus what the table's own rounding of
            // L, M and S and the half day at month 24 shift.
            let tolerance = if switch { 0.1 } else { 0.052 };
            let off = (value - published).abs();
            worst = worst.max(off);
            assert!(
                off <= tolerance,
                "{indicator:?} {sex:?} month {month} SD{k}: {value:.4} vs published {published}"
            );
        }
    }
    assert!(worst > 0.0);
}

#[test]
fn percentiles_and_curves_agree() {
    let age = 300.0;
    for line in PERCENTILE_LINES {
        let v = builtin()
            .value_at(
                WHO,
                Indicator::HeadCircumferenceForAge,
                Sex::Female,
                age,
                line.z,
            )
            .unwrap();
        let z = builtin()
            .zscore(WHO, Indicator::HeadCircumferenceForAge, Sex::Female, age, v)
            .unwrap();
        assert!((percentile(z) - f64::from(line.percentile)).abs() < 1e-9);
    }
    let ages: Vec<f64> = (0..=60).map(|m| f64::from(m) * DAYS_PER_MONTH).collect();
    let p97 = curve(
        WHO,
        Indicator::BmiForAge,
        Sex::Male,
        PERCENTILE_LINES[6].z,
        &ages,
    );
    let p3 = curve(
        WHO,
        Indicator::BmiForAge,
        Sex::Male,
        PERCENTILE_LINES[0].z,
        &ages,
    );
    assert_eq!(p97.len(), 61);
    assert!(p3.iter().zip(&p97).all(|(a, b)| a.0 == b.0 && a.1 < b.1));
}

#[test]
fn phi_is_accurate() {
    // Reference values of the standard normal CDF (15+ significant digits).
    for (z, want) in [
        (-3.0, 0.001_349_898_031_630_094_5),
        (-1.959_963_984_540_054, 0.025),
        (-1.0, 0.158_655_253_931_457_05),
        (0.0, 0.5),
        (1.0, 0.841_344_746_068_542_9),
        (2.0, 0.977_249_868_051_820_8),
    ] {
        let got = growth::normal_cdf(z);
        assert!((got - want).abs() <= 1e-13 * want, "Φ({z}) = {got}");
    }
}

// ---------------------------------------------------------------------------
// WHO's restricted z-scores beyond ±3 SD

#[test]
fn weight_and_bmi_use_the_restricted_z_beyond_three_sd() {
    for indicator in [Indicator::WeightForAge, Indicator::BmiForAge] {
        let age = 400.0;
        let lms = builtin().lms(WHO, indicator, Sex::Male, age).unwrap();
        let (sd2, sd3) = (lms.value(2.0).unwrap(), lms.value(3.0).unwrap());
        let heavy = sd3 + 0.8 * (sd3 - sd2);
        let z = builtin()
            .zscore(WHO, indicator, Sex::Male, age, heavy)
            .unwrap();
        assert!((z - 3.8).abs() < 1e-9, "{indicator:?}: {z}");
        assert!(
            (lms.z(heavy).unwrap() - 3.8).abs() > 0.01,
            "plain LMS differs"
        );
        let (sdm2, sdm3) = (lms.value(-2.0).unwrap(), lms.value(-3.0).unwrap());
        let light = sdm3 - 0.4 * (sdm2 - sdm3);
        let z = builtin()
            .zscore(WHO, indicator, Sex::Male, age, light)
            .unwrap();
        assert!((z + 3.4).abs() < 1e-9, "{indicator:?}: {z}");
        // Within ±3 SD nothing changes.
        let inside = lms.value(2.5).unwrap();
        assert!(
            (builtin()
                .zscore(WHO, indicator, Sex::Male, age, inside)
                .unwrap()
                - 2.5)
                .abs()
                < 1e-9
        );
    }
}

#[test]
fn length_and_head_circumference_keep_the_plain_lms_z() {
    for indicator in [
        Indicator::LengthHeightForAge,
        Indicator::HeadCircumferenceForAge,
    ] {
        let age = 400.0;
        let lms = builtin().lms(WHO, indicator, Sex::Female, age).unwrap();
        let far = lms.value(3.6).unwrap();
        let z = builtin()
            .zscore(WHO, indicator, Sex::Female, age, far)
            .unwrap();
        assert!((z - 3.6).abs() < 1e-9);
        assert_eq!(Some(z), lms.z(far));
    }
}

// ---------------------------------------------------------------------------
// Corrected age

#[test]
fn born_at_32_weeks_is_corrected_by_8_weeks_until_the_second_birthday() {
    let birth = d("2025-01-10");
    let ga = Some(GestationalAge { weeks: 32, days: 0 });
    let at = |on: &str| age_for_growth(birth, ga, d(on)).unwrap();
    let a = at("2025-05-10"); // 120 days old
    assert_eq!((a.days, a.corrected), (120 - 56, true));
    let a = at("2027-01-09"); // the day before the second birthday
    assert_eq!((a.days, a.corrected), (729 - 56, true));
    let a = at("2027-01-10"); // second birthday: chronological from now on
    assert_eq!((a.days, a.corrected), (730, false));
    let a = at("2028-06-01");
    assert!(!a.corrected);
}

#[test]
fn term_and_unknown_gestation_are_not_corrected() {
    let birth = d("2025-01-10");
    for ga in [
        Some(GestationalAge { weeks: 38, days: 0 }),
        Some(GestationalAge { weeks: 37, days: 0 }),
        Some(GestationalAge { weeks: 41, days: 3 }),
        None,
    ] {
        let a = age_for_growth(birth, ga, d("2025-03-01")).unwrap();
        assert_eq!((a.days, a.corrected), (50, false), "{ga:?}");
    }
    // 36 weeks 6 days is preterm: 22 days short of 40 weeks.
    let a = age_for_growth(
        birth,
        Some(GestationalAge { weeks: 36, days: 6 }),
        d("2025-03-01"),
    )
    .unwrap();
    assert_eq!((a.days, a.corrected), (28, true));
}

#[test]
fn corrected_age_edge_cases() {
    let birth = d("2025-01-10");
    let ga = Some(GestationalAge { weeks: 28, days: 0 });
    // Before the due date the corrected age is negative: no WHO z-score.
    let a = age_for_growth(birth, ga, d("2025-01-20")).unwrap();
    assert_eq!((a.days, a.corrected), (10 - 84, true));
    assert_eq!(
        builtin().zscore(WHO, Indicator::WeightForAge, Sex::Female, a.days_f64(), 1.5),
        None
    );
    assert!(
        (age_for_growth(birth, None, d("2025-04-10"))
            .unwrap()
            .months()
            - 90.0 / 30.4375)
            .abs()
            < 1e-12
    );
    assert_eq!(age_for_growth(birth, None, d("2025-01-09")), None);
    assert_eq!(
        age_for_growth(
            birth,
            Some(GestationalAge { weeks: 30, days: 7 }),
            d("2025-03-01")
        ),
        None
    );
    assert_eq!(
        age_for_growth(
            birth,
            Some(GestationalAge { weeks: 3, days: 0 }),
            d("2025-03-01")
        ),
        None
    );
}

// ---------------------------------------------------------------------------
// BMI and Kaup

#[test]
fn bmi_and_kaup_are_the_same_number() {
    assert!((bmi(10.0, 80.0).unwrap() - 15.625).abs() < 1e-12);
    assert!((kaup(10_000.0, 80.0).unwrap() - 15.625).abs() < 1e-12);
    for (kg, cm) in [(3.2, 49.0), (7.9, 67.5), (12.4, 80.0), (18.3, 110.0)] {
        assert!((bmi(kg, cm).unwrap() - kaup(kg * 1000.0, cm).unwrap()).abs() < 1e-9);
    }
    for (w, h) in [
        (0.0, 80.0),
        (10.0, 0.0),
        (-1.0, 80.0),
        (f64::NAN, 80.0),
        (10.0, f64::INFINITY),
    ] {
        assert_eq!(bmi(w, h), None);
        assert_eq!(kaup(w, h), None);
    }
}

#[test]
fn kaup_is_read_against_the_usual_range_for_the_age() {
    let six_months = 183.0;
    let a = kaup_assessment(17.0, six_months).unwrap();
    assert_eq!(
        (a.position, a.band.low, a.band.high),
        (Position::Within, 16.0, 18.0)
    );
    assert_eq!(a.message.id, messages::KAUP_WITHIN);
    assert_eq!(a.message.args["value"], 17.0);
    assert_eq!(
        kaup_assessment(15.94, six_months).unwrap().position,
        Position::Below
    );
    assert_eq!(
        kaup_assessment(15.94, six_months).unwrap().message.args["value"],
        15.9
    );
    // The upper limit is "under 18".
    assert_eq!(
        kaup_assessment(18.0, six_months).unwrap().message.id,
        messages::KAUP_ABOVE
    );
    assert_eq!(kaup_assessment(16.0, 366.0).unwrap().band.low, 15.5);
    assert_eq!(kaup_assessment(16.0, 2.0 * 365.25).unwrap().band.low, 15.0);
    assert_eq!(kaup_assessment(16.0, 4.0 * 365.25).unwrap().band.low, 14.5);
    // Not interpreted under 3 months, from 6 years, or for nonsense.
    assert!(kaup_assessment(16.0, 60.0).is_none());
    assert!(kaup_assessment(16.0, 6.0 * 365.25).is_none());
    assert!(kaup_assessment(f64::NAN, 200.0).is_none());
    assert!(kaup_assessment(16.0, -1.0).is_none());
}

// ---------------------------------------------------------------------------
// Messages: ids exist in both languages, with the arguments core sends

fn ftl_messages(text: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with(' ') {
            if let Some(value) = current.as_ref().and_then(|id| out.get_mut(id)) {
                value.push_str(line);
            }
        } else if let Some((id, value)) = line.split_once(" = ") {
            out.insert(id.to_owned(), value.to_owned());
            current = Some(id.to_owned());
        } else {
            current = None;
        }
    }
    out
}

#[test]
fn every_message_core_sends_is_in_both_languages_with_its_arguments() {
    let (r, i, s) = (WHO, Indicator::WeightForAge, Sex::Male);
    let mut sent = vec![
        builtin()
            .assess(
                r,
                i,
                s,
                100.0,
                builtin().value_at(r, i, s, 100.0, 0.0).unwrap(),
            )
            .unwrap()
            .message,
        builtin()
            .assess(
                r,
                i,
                s,
                100.0,
                builtin().value_at(r, i, s, 100.0, -2.5).unwrap(),
            )
            .unwrap()
            .message,
        builtin()
            .assess(
                r,
                i,
                s,
                100.0,
                builtin().value_at(r, i, s, 100.0, 2.5).unwrap(),
            )
            .unwrap()
            .message,
    ];
    for k in [17.0, 14.0, 19.0] {
        sent.push(kaup_assessment(k, 200.0).unwrap().message);
    }
    assert_eq!(
        sent.iter().map(|m| m.id).collect::<Vec<_>>(),
        messages::ALL.to_vec(),
        "each message id is exercised once"
    );
    for text in [
        include_str!("../../../locales/ja/growth.ftl"),
        include_str!("../../../locales/en/growth.ftl"),
    ] {
        let ftl = ftl_messages(text);
        for m in &sent {
            let value = ftl.get(m.id).unwrap_or_else(|| panic!("missing {}", m.id));
            for arg in m.args.keys() {
                assert!(value.contains(&format!("${arg}")), "{}: no ${arg}", m.id);
            }
        }
        let names = Indicator::ALL
            .map(Indicator::message_id)
            .into_iter()
            .chain(Sex::ALL.map(Sex::message_id))
            .chain(Reference::ALL.map(Reference::message_id));
        for id in names {
            assert!(ftl.contains_key(id), "missing {id}");
        }
    }
}

#[test]
fn outside_band_messages_are_gentle() {
    let ja = ftl_messages(include_str!("../../../locales/ja/growth.ftl"));
    for id in [messages::OUTSIDE_BAND_LOW, messages::OUTSIDE_BAND_HIGH] {
        assert!(ja[id].contains("健診で相談"), "{id}");
        for harsh in ["異常", "危険", "要注意", "警告"] {
            assert!(!ja[id].contains(harsh), "{id}: {harsh}");
        }
    }
}

#[test]
fn types_crossing_to_the_ui_serialize_as_kebab_case() {
    assert_eq!(
        serde_json::to_value(Reference::WhoStandard).unwrap(),
        "who-standard"
    );
    assert_eq!(
        serde_json::to_value(Reference::Japan2023).unwrap(),
        "japan2023"
    );
    assert_eq!(
        serde_json::to_value(Indicator::BmiForAge).unwrap(),
        "bmi-for-age"
    );
    assert_eq!(serde_json::to_value(Sex::Female).unwrap(), "female");
    let a = builtin()
        .assess(WHO, Indicator::WeightForAge, Sex::Female, 0.0, 3.2322)
        .unwrap();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["position"], "within");
    assert_eq!(json["message"]["id"], "growth-point-percentile");
    assert_eq!(json["message"]["args"]["percentile"], 50.0);
    let spec = sample_spec();
    let back: ChartSpec = serde_json::from_value(serde_json::to_value(&spec).unwrap()).unwrap();
    assert_eq!(back, spec);
}

// ---------------------------------------------------------------------------
// SVG chart

fn sample_spec() -> ChartSpec {
    let (r, i, s) = (WHO, Indicator::WeightForAge, Sex::Female);
    let mut points: Vec<ChartPoint> = [
        (0.0, 0.0),
        (30.0, 0.3),
        (91.0, -0.5),
        (183.0, -1.0),
        (274.0, -1.4),
    ]
    .into_iter()
    .map(|(age, z)| ChartPoint {
        age_days: age,
        value: builtin().value_at(r, i, s, age, z).unwrap(),
        label: Some(format!("{age} <days> & \"more\"")),
    })
    .collect();
    // Below the band: a soft marker.
    points.push(ChartPoint {
        age_days: 365.0,
        value: builtin().value_at(r, i, s, 365.0, -2.2).unwrap(),
        label: None,
    });
    ChartSpec {
        reference: r,
        indicator: i,
        sex: s,
        points,
        width: 640,
        height: 420,
        max_months: 24,
        labels: ChartLabels {
            title: "体重の成長曲線（女の子）".into(),
            description: "WHO <2006> & 3〜97".into(),
            x_axis: "月齢（か月）".into(),
            y_axis: "体重（kg）".into(),
        },
    }
}

/// A tiny XML well-formedness check: tags nest and close, attributes are
/// quoted and unique, text and attribute values use only the five entities.
/// Returns each element's name and attributes, in document order.
fn parse_xml(xml: &str) -> Vec<(String, BTreeMap<String, String>)> {
    fn check_text(text: &str) {
        assert!(
            !text.contains('<') && !text.contains('>'),
            "raw markup in {text:?}"
        );
        let mut rest = text;
        while let Some(i) = rest.find('&') {
            rest = &rest[i..];
            let ok = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| rest.starts_with(e));
            assert!(ok, "bad entity in {text:?}");
            rest = &rest[1..];
        }
    }
    let mut elements = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    let mut roots = 0;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            check_text(rest);
            break;
        };
        check_text(&rest[..open]);
        rest = &rest[open + 1..];
        let close = rest.find('>').expect("unclosed tag");
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
            continue;
        }
        let (tag, self_closing) = match tag.strip_suffix('/') {
            Some(t) => (t, true),
            None => (tag, false),
        };
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let name = tag[..name_end].to_owned();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "tag {name:?}"
        );
        let mut attrs = BTreeMap::new();
        let mut a = tag[name_end..].trim_start();
        while !a.is_empty() {
            let eq = a.find("=\"").expect("attribute without =\"");
            let key = a[..eq].to_owned();
            assert!(
                key.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':'),
                "{key:?}"
            );
            let value_end = a[eq + 2..].find('"').expect("unterminated value");
            let value = &a[eq + 2..eq + 2 + value_end];
            check_text(value);
            assert!(
                attrs.insert(key.clone(), value.to_owned()).is_none(),
                "duplicate {key}"
            );
            a = a[eq + 2 + value_end + 1..].trim_start();
        }
        if stack.is_empty() {
            roots += 1;
        }
        elements.push((name.clone(), attrs));
        if !self_closing {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert_eq!(roots, 1, "one root element");
    elements
}

#[test]
fn chart_has_seven_percentile_paths_the_band_and_the_points() {
    let spec = sample_spec();
    let svg = chart_svg(&spec);
    let elements = parse_xml(&svg);
    assert_eq!(elements[0].0, "svg");
    assert_eq!(elements[0].1["role"], "img");
    assert_eq!(elements[1].0, "title");
    assert_eq!(elements[2].0, "desc");
    assert!(svg.contains("<title>体重の成長曲線（女の子）</title>"));
    assert!(svg.contains("<desc>WHO &lt;2006&gt; &amp; 3〜97</desc>"));

    let class =
        |e: &(String, BTreeMap<String, String>)| e.1.get("class").cloned().unwrap_or_default();
    let percentiles: Vec<String> = elements
        .iter()
        .filter(|e| e.0 == "path" && class(e) == "growth-percentile")
        .map(|e| e.1["data-percentile"].clone())
        .collect();
    assert_eq!(percentiles, ["3", "10", "25", "50", "75", "90", "97"]);
    assert_eq!(
        elements
            .iter()
            .filter(|e| class(e) == "growth-band")
            .count(),
        1
    );
    assert_eq!(
        elements
            .iter()
            .filter(|e| class(e) == "growth-child-line")
            .count(),
        1
    );
    let points: Vec<_> = elements.iter().filter(|e| e.0 == "circle").collect();
    assert_eq!(points.len(), 6);
    let outside: Vec<_> = points
        .iter()
        .filter(|e| class(e).contains("growth-point-outside"))
        .collect();
    assert_eq!(outside.len(), 1, "only the point below the band");
    assert!(svg.contains("<title>30 &lt;days&gt; &amp; &quot;more&quot;</title>"));
    // Month ticks 0, 3, …, 24 under the x axis.
    for month in (0..=24).step_by(3) {
        assert!(svg.contains(&format!(">{month}</text>")), "tick {month}");
    }
}

#[test]
fn chart_is_safe_under_a_strict_csp_and_deterministic() {
    let spec = sample_spec();
    let svg = chart_svg(&spec);
    for element in parse_xml(&svg) {
        assert!(!["script", "style", "image", "foreignObject", "a", "use"]
            .contains(&element.0.as_str()));
        for key in element.1.keys() {
            assert!(
                key != "style" && !key.starts_with("on") && key != "href",
                "{key}"
            );
        }
    }
    assert!(!svg.contains("url("), "no external references");
    assert_eq!(svg, chart_svg(&spec.clone()), "same input, same bytes");
}

#[test]
fn length_height_chart_breaks_the_lines_at_two_years() {
    let mut spec = sample_spec();
    spec.indicator = Indicator::LengthHeightForAge;
    spec.max_months = 36;
    spec.points.clear();
    let svg = chart_svg(&spec);
    let elements = parse_xml(&svg);
    for e in elements
        .iter()
        .filter(|e| e.1.get("class").is_some_and(|c| c == "growth-percentile"))
    {
        assert_eq!(e.1["d"].matches('M').count(), 2, "length, then height");
    }
}

#[test]
fn chart_survives_bad_input_and_missing_reference_data() {
    let mut spec = sample_spec();
    // The Japanese survey has no head circumference table here.
    spec.reference = Reference::Japan2023;
    spec.indicator = Indicator::HeadCircumferenceForAge;
    let svg = chart_svg(&spec);
    let elements = parse_xml(&svg);
    assert!(!elements
        .iter()
        .any(|e| e.1.get("class").is_some_and(|c| c == "growth-percentile")));
    assert_eq!(
        elements.iter().filter(|e| e.0 == "circle").count(),
        6,
        "points still drawn"
    );

    let nonsense = ChartSpec {
        points: vec![
            ChartPoint {
                age_days: f64::NAN,
                value: 5.0,
                label: None,
            },
            ChartPoint {
                age_days: 10.0,
                value: f64::INFINITY,
                label: None,
            },
            ChartPoint {
                age_days: -3.0,
                value: 3.0,
                label: None,
            },
            ChartPoint {
                age_days: 10.0,
                value: -3.0,
                label: None,
            },
            ChartPoint {
                age_days: 99_999.0,
                value: 3.0,
                label: None,
            },
            ChartPoint {
                age_days: 20.0,
                value: 900.0,
                label: Some("\u{1}".into()),
            },
        ],
        width: 0,
        height: u32::MAX,
        max_months: 0,
        ..sample_spec()
    };
    let svg = chart_svg(&nonsense);
    let elements = parse_xml(&svg);
    assert_eq!(elements.iter().filter(|e| e.0 == "circle").count(), 1);
    assert!(!svg.contains("NaN") && !svg.contains("inf"));
    assert_eq!(elements[0].1["width"], "200");
}

// ---- Japanese 令和5年 乳幼児身体発育調査 (published percentiles) ----

const JP: Reference = Reference::Japan2023;

/// A few published values, as printed in the e-Stat tables 表1 (weight,
/// kg) and 表2 (length/height, cm), to 2 and 1 decimals: (indicator, sex,
/// age band's row in the file, percentile, value).
#[test]
fn japan_2023_percentile_at_a_published_value_is_that_percentile() {
    let tables = tables().unwrap();
    let mut checked = 0;
    for indicator in [Indicator::WeightForAge, Indicator::LengthHeightForAge] {
        for sex in Sex::ALL {
            let table = tables.percentiles(JP, indicator, sex).unwrap();
            for row in table.rows() {
                for (k, &p) in TABLE_PERCENTILES.iter().enumerate() {
                    let value = row.values[k];
                    let a = builtin()
                        .assess(JP, indicator, sex, row.age_days, value)
                        .unwrap();
                    assert!(
                        (a.percentile - f64::from(p)).abs() < 1e-9,
                        "{indicator:?} {sex:?} {} P{p}: {}",
                        row.label,
                        a.percentile
                    );
                    assert_eq!(a.position, Position::Within, "band edges are inside");
                    // And back: the value at the percentile's z is the published one.
                    let z = PERCENTILE_LINES[k].z;
                    let back = builtin()
                        .value_at(JP, indicator, sex, row.age_days, z)
                        .unwrap();
                    assert!((back - value).abs() < 1e-9);
                    checked += 1;
                }
            }
        }
    }
    // 24 rows × 7 percentiles × 2 sexes × 2 indicators.
    assert_eq!(checked, 24 * 7 * 2 * 2);
}

#[test]
fn japan_2023_tables_carry_the_published_values() {
    let tables = tables().unwrap();
    let row = |i, s, label: &str| {
        tables
            .percentiles(JP, i, s)
            .unwrap()
            .rows()
            .iter()
            .find(|r| r.label.starts_with(label))
            .unwrap_or_else(|| panic!("{label}"))
            .clone()
    };
    // 出生時: boys' weight P3/P50/P97 and girls' length.
    let birth = row(Indicator::WeightForAge, Sex::Male, "出生時");
    assert_eq!(birth.age_days, 0.0);
    assert_eq!(
        [birth.values[0], birth.values[3], birth.values[6]],
        [2.32, 3.06, 3.81]
    );
    let birth = row(Indicator::LengthHeightForAge, Sex::Female, "出生時");
    assert_eq!(
        [birth.values[0], birth.values[3], birth.values[6]],
        [44.5, 48.8, 52.0]
    );
    // A band is placed at its middle: 1〜2か月未満 at 1.5 months.
    let m1 = row(Indicator::WeightForAge, Sex::Female, "1〜2か月未満");
    assert!((m1.age_days - 1.5 * DAYS_PER_MONTH).abs() < 0.01);
    assert_eq!(m1.values[3], 4.44);
    // 6歳0〜6か月未満: boys' height P50.
    let y6 = row(Indicator::LengthHeightForAge, Sex::Male, "6歳0〜6か月未満");
    assert_eq!(y6.values[3], 114.5);
    assert!((y6.age_days - 75.0 * DAYS_PER_MONTH).abs() < 0.01);
}

#[test]
fn japan_2023_interpolates_between_ages_and_percentiles() {
    let (i, s) = (Indicator::WeightForAge, Sex::Male);
    // Half-way between birth (P50 3.06) and day 30 (P50 4.15).
    let median = builtin().value_at(JP, i, s, 15.0, 0.0).unwrap();
    assert!((median - (3.06 + 4.15) / 2.0).abs() < 1e-9, "{median}");
    // Half-way in value between P50 (3.06) and P75 (3.31) at birth is
    // half-way in z between them.
    let a = builtin()
        .assess(JP, i, s, 0.0, (3.06 + 3.31) / 2.0)
        .unwrap();
    assert!((a.z - PERCENTILE_LINES[4].z / 2.0).abs() < 1e-9);
    assert_eq!(a.message.id, messages::POINT_PERCENTILE);
    // Gently worded outside the band, as for WHO.
    let low = builtin().assess(JP, i, s, 0.0, 2.2).unwrap();
    assert_eq!(
        (low.position, low.message.id),
        (Position::Below, messages::OUTSIDE_BAND_LOW)
    );
    let high = builtin().assess(JP, i, s, 0.0, 4.0).unwrap();
    assert_eq!(high.message.id, messages::OUTSIDE_BAND_HIGH);
    // Nothing is invented beyond the published band or ages.
    assert_eq!(builtin().value_at(JP, i, s, 0.0, -2.5), None);
    assert_eq!(builtin().value_at(JP, i, s, -1.0, 0.0), None);
    assert_eq!(
        builtin().value_at(JP, i, s, 80.0 * DAYS_PER_MONTH, 0.0),
        None
    );
    assert_eq!(builtin().zscore(JP, i, s, 100.0, 0.0), None);
    assert_eq!(
        builtin().zscore(JP, Indicator::BmiForAge, s, 100.0, 16.0),
        None
    );
}

#[test]
fn japan_2023_chart_draws_its_band_and_names_it_apart_from_who() {
    let mut spec = sample_spec();
    spec.reference = JP;
    let svg = chart_svg(&spec);
    let lines = parse_xml(&svg)
        .into_iter()
        .filter(|e| e.1.get("class").is_some_and(|c| c == "growth-percentile"))
        .count();
    assert_eq!(lines, 7);
    // The two references differ: the Japanese median at birth is lower.
    let jp = builtin()
        .value_at(JP, Indicator::WeightForAge, Sex::Male, 0.0, 0.0)
        .unwrap();
    let who = builtin()
        .value_at(WHO, Indicator::WeightForAge, Sex::Male, 0.0, 0.0)
        .unwrap();
    assert!(jp < who - 0.2, "{jp} vs {who}");
    assert_eq!(Reference::DEFAULT, JP);
    assert_eq!(Reference::parse("japan-2023"), Some(JP));
    assert_eq!(Reference::parse("who-2006"), Some(WHO));
    assert_eq!(Reference::parse("japan-2010"), None);
}
