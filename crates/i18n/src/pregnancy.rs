//! Words for pregnancy records (`locales/*/pregnancy.ftl`), shared by the
//! app's pregnancy screen and `hagu pregnancy`.

use crate::{Localizer, Value};
use hagukumi_core::pregnancy_records::{PregnancyRecordData, PregnancyRecordKind};
use hagukumi_core::Date;

/// The name of a kind, e.g. "妊婦健診".
pub fn kind_name(l: &Localizer, kind: PregnancyRecordKind) -> String {
    l.text(&format!("pregnancy-kind-{}", kind.as_str()))
}

/// "妊娠25週4日" on the record's date, for records during the pregnancy.
pub fn week(l: &Localizer, data: &PregnancyRecordData, expected: Date) -> Option<String> {
    data.gestational_age(expected)
        .map(|ga| l.gestational_age(ga))
}

/// A record's content in one line (its date, kind and week aside).
pub fn summary(l: &Localizer, data: &PregnancyRecordData) -> String {
    let value = |id: &str, x: f64| l.format(id, &[("value", Value::from(x))]);
    let choice = |prefix: &str, id: &str| l.text(&format!("{prefix}-{id}"));
    let bp = |s: Option<u16>, d: Option<u16>| {
        s.zip(d).map(|(s, d)| {
            l.format(
                "pregnancy-value-blood-pressure",
                &[("systolic", Value::from(s)), ("diastolic", Value::from(d))],
            )
        })
    };
    let parts: Vec<String> = match data {
        PregnancyRecordData::Notification(n) => n
            .method
            .map(|m| {
                l.format(
                    "pregnancy-value-method",
                    &[(
                        "method",
                        Value::from(choice("pregnancy-method", m.as_str())),
                    )],
                )
            })
            .into_iter()
            .collect(),
        PregnancyRecordData::PrenatalVisit(v) => [
            v.weight_kg.map(|x| value("pregnancy-value-weight", x)),
            bp(v.systolic, v.diastolic),
            v.urine_protein.map(|u| {
                l.format(
                    "pregnancy-value-urine-protein",
                    &[("value", Value::from(choice("pregnancy-urine", u.as_str())))],
                )
            }),
            v.urine_sugar.map(|u| {
                l.format(
                    "pregnancy-value-urine-sugar",
                    &[("value", Value::from(choice("pregnancy-urine", u.as_str())))],
                )
            }),
            v.edema.map(|e| {
                l.format(
                    "pregnancy-value-edema",
                    &[("value", Value::from(choice("pregnancy-edema", e.as_str())))],
                )
            }),
            v.fundal_height_cm
                .map(|x| value("pregnancy-value-fundal-height", x)),
            v.abdominal_girth_cm
                .map(|x| value("pregnancy-value-abdominal-girth", x)),
            match (v.fetal_heart, v.fetal_heart_bpm) {
                (_, Some(bpm)) => {
                    Some(l.format("pregnancy-value-heart-rate", &[("bpm", Value::from(bpm))]))
                }
                (Some(h), None) => Some(choice("pregnancy-heart", h.as_str())),
                (None, None) => None,
            },
            v.facility.clone(),
            v.notes.clone(),
        ]
        .into_iter()
        .flatten()
        .collect(),
        PregnancyRecordData::Dental(d) => d.findings.clone().into_iter().collect(),
        PregnancyRecordData::Vaccination(v) => [
            Some(l.text(&format!("schedule-vaccine-{}", v.vaccine))),
            v.lot
                .as_ref()
                .map(|lot| l.format("pregnancy-value-lot", &[("lot", Value::from(lot.as_str()))])),
            v.facility.clone(),
        ]
        .into_iter()
        .flatten()
        .collect(),
        PregnancyRecordData::Class(c) => vec![c.name.clone()],
        PregnancyRecordData::Environment(e) => vec![e.text.clone()],
        PregnancyRecordData::PostnatalCheckup(p) => [
            Some(choice("pregnancy-timing", p.timing.as_str())),
            p.weight_kg.map(|x| value("pregnancy-value-weight", x)),
            bp(p.systolic, p.diastolic),
            p.epds
                .map(|s| l.format("pregnancy-value-epds", &[("score", Value::from(s))])),
            p.notes.clone(),
        ]
        .into_iter()
        .flatten()
        .collect(),
    };
    parts.join(&l.text("pregnancy-separator"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::pregnancy_records::PregnancyRecordInput;
    use hagukumi_core::Language;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_prenatal_visit_reads_like_the_handbook() {
        let data = PregnancyRecordInput::PrenatalVisit {
            date: "2026-11-20".into(),
            weight_kg: "58.4".into(),
            systolic: "112".into(),
            diastolic: "70".into(),
            urine_protein: "-".into(),
            urine_sugar: "±".into(),
            edema: "+".into(),
            fundal_height_cm: "24".into(),
            abdominal_girth_cm: "".into(),
            fetal_heart: "".into(),
            fetal_heart_bpm: "145".into(),
            notes: "".into(),
            facility: "".into(),
        }
        .validate(d("2027-03-01"), d("2026-11-24"))
        .unwrap();
        let ja = Localizer::new(Language::Ja);
        assert_eq!(
            summary(&ja, &data),
            "体重 58.4 kg · 血圧 112/70 · 尿たんぱく − · 尿糖 ± · むくみ + · 子宮底長 24 cm · 心拍 145回/分"
        );
        assert_eq!(
            week(&ja, &data, d("2027-03-01")).as_deref(),
            Some("妊娠25週4日")
        );
        assert_eq!(kind_name(&ja, data.kind()), "妊婦健診");
        let en = Localizer::new(Language::En);
        assert_eq!(
            summary(&en, &data),
            "weight 58.4 kg · BP 112/70 · urine protein − · urine sugar ± · swelling + · fundal height 24 cm · heart rate 145/min"
        );
    }

    #[test]
    fn every_kind_and_choice_has_words() {
        use hagukumi_core::pregnancy_records::{
            Edema, ExpectedDateMethod, FetalHeart, PostnatalTiming, UrineTest,
        };
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            let mut ids: Vec<String> = PregnancyRecordKind::ALL
                .iter()
                .map(|k| format!("pregnancy-kind-{}", k.as_str()))
                .collect();
            for m in ExpectedDateMethod::ALL {
                ids.push(format!("pregnancy-method-{}", m.as_str()));
            }
            for u in UrineTest::ALL {
                ids.push(format!("pregnancy-urine-{}", u.as_str()));
                ids.push(format!("pregnancy-urine-{}-option", u.as_str()));
            }
            for e in Edema::ALL {
                ids.push(format!("pregnancy-edema-{}", e.as_str()));
                ids.push(format!("pregnancy-edema-{}-option", e.as_str()));
            }
            for h in FetalHeart::ALL {
                ids.push(format!("pregnancy-heart-{}", h.as_str()));
            }
            for t in PostnatalTiming::ALL {
                ids.push(format!("pregnancy-timing-{}", t.as_str()));
            }
            for k in PregnancyRecordKind::ALL {
                ids.push(format!("cli-pregnancy-record-{}-about", k.as_str()));
            }
            for id in ids {
                assert_ne!(l.text(&id), id, "{lang}: no words for {id}");
            }
        }
    }

    #[test]
    fn a_postnatal_checkup_and_the_gentle_hint() {
        let data = PregnancyRecordInput::PostnatalCheckup {
            timing: "one-month".into(),
            date: "2026-11-20".into(),
            weight_kg: "".into(),
            systolic: "".into(),
            diastolic: "".into(),
            epds: "9".into(),
            notes: "".into(),
        }
        .validate(d("2026-10-20"), d("2026-11-24"))
        .unwrap();
        let ja = Localizer::new(Language::Ja);
        assert_eq!(summary(&ja, &data), "産後1か月健診 · EPDS 9点");
        assert_eq!(week(&ja, &data, d("2026-10-20")), None);
        assert!(data.suggests_follow_up());
        let hint = ja.text("pregnancy-epds-hint");
        assert!(hint.contains("子育て世代包括支援センター"), "{hint}");
        assert!(hint.contains("助産師") && hint.contains("保健師"), "{hint}");
    }
}
