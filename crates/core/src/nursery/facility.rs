//! One facility of the 子育て施設一覧 open dataset, read from a CSV row.
//!
//! Required columns (a row without a readable value is left out and
//! reported with its row, NO and column): the municipality code, `NO`,
//! `名称`, `種別`, `緯度`, `経度`, `受入年齢`, `開始時間`, `終了時間`. Other
//! columns are optional: an unreadable optional value is reported as a
//! warning and read as absent. See `docs/nursery-data.md`.

use crate::child_records::parse_time;
use crate::programs::{Problem, Severity};
use crate::Date;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize, Serializer};
use std::collections::HashMap;

/// The 種別 of a facility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacilityType {
    /// 認可保育所
    Licensed,
    /// 認定こども園
    Kodomoen,
    /// 小規模保育事業
    SmallScale,
    /// 家庭的保育事業
    HomeBased,
    /// 事業所内保育事業
    Workplace,
    /// 認証保育所 (Tokyo)
    Certified,
    /// 認可外保育施設
    Unlicensed,
}

impl FacilityType {
    pub const ALL: [FacilityType; 7] = [
        FacilityType::Licensed,
        FacilityType::Kodomoen,
        FacilityType::SmallScale,
        FacilityType::HomeBased,
        FacilityType::Workplace,
        FacilityType::Certified,
        FacilityType::Unlicensed,
    ];

    /// The id used on the command line and in JSON (`licensed`, …).
    pub fn id(self) -> &'static str {
        match self {
            FacilityType::Licensed => "licensed",
            FacilityType::Kodomoen => "kodomoen",
            FacilityType::SmallScale => "small_scale",
            FacilityType::HomeBased => "home_based",
            FacilityType::Workplace => "workplace",
            FacilityType::Certified => "certified",
            FacilityType::Unlicensed => "unlicensed",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }

    /// Reads the dataset's 種別, in its long or short wording.
    pub fn from_label(label: &str) -> Option<Self> {
        let label = label.trim();
        // Order matters: 認可外 before 認可, 事業所内 before anything else.
        let table: [(&str, FacilityType); 7] = [
            ("認可外", FacilityType::Unlicensed),
            ("事業所内", FacilityType::Workplace),
            ("小規模", FacilityType::SmallScale),
            ("家庭的", FacilityType::HomeBased),
            ("こども園", FacilityType::Kodomoen),
            ("認証", FacilityType::Certified),
            ("認可", FacilityType::Licensed),
        ];
        table
            .into_iter()
            .find(|(key, _)| label.contains(key))
            .map(|(_, t)| t)
    }
}

/// A nursery age class (0歳児クラス … 5歳児クラス).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct AgeClass(u8);

impl AgeClass {
    pub const OLDEST: u8 = 5;

    pub fn new(years: u8) -> Option<Self> {
        (years <= Self::OLDEST).then_some(AgeClass(years))
    }

    pub fn years(self) -> u8 {
        self.0
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// A time of day in minutes after midnight, written `HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// `H:MM` or `HH:MM`, full-width digits and colon accepted.
    pub fn parse(text: &str) -> Option<Self> {
        let normalized = parse_time(text).ok()?;
        let (h, m) = normalized.split_once(':')?;
        Some(TimeOfDay(
            h.parse::<u16>().ok()? * 60 + m.parse::<u16>().ok()?,
        ))
    }

    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The ages a facility accepts (受入年齢).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Ages {
    pub from: AgeClass,
    pub to: AgeClass,
    /// The youngest age in days for the 0歳児 class (生後57日 = 57).
    pub from_days: Option<u32>,
}

/// One facility as read from the dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facility {
    /// `<municipality code>-<NO>`: unique across the datasets.
    pub id: String,
    pub municipality_code: String,
    pub no: String,
    pub name: String,
    pub name_kana: Option<String>,
    pub kind: FacilityType,
    /// 種別 as written.
    pub kind_label: String,
    pub address: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    pub access: Option<String>,
    pub phone: Option<String>,
    pub capacity: Option<u32>,
    pub ages: Ages,
    /// 受入年齢 as written.
    pub ages_label: String,
    pub days: Option<String>,
    pub opens: TimeOfDay,
    pub closes: TimeOfDay,
    /// 延長保育 until this time, when offered.
    pub extended_until: Option<TimeOfDay>,
    pub temporary_care: Option<bool>,
    pub sick_child_care: Option<bool>,
    pub fees: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub updated: Option<Date>,
    /// Openings for the next intake per class (`None`: class not taken or
    /// not published).
    pub openings: [Option<u32>; 6],
    pub visit_slots: Vec<NaiveDateTime>,
    /// The dataset file the row came from.
    pub file: String,
}

impl Facility {
    pub fn openings_for(&self, class: AgeClass) -> Option<u32> {
        self.openings[class.index()]
    }

    pub fn accepts(&self, class: AgeClass) -> bool {
        self.ages.from <= class && class <= self.ages.to
    }
}

/// Column names (of the standard dataset and the Hagukumi additions).
pub mod columns {
    pub const CODE: &str = "都道府県コード又は市区町村コード";
    pub const NO: &str = "NO";
    pub const NAME: &str = "名称";
    pub const KANA: &str = "名称_カナ";
    pub const KIND: &str = "種別";
    pub const ADDRESS: &str = "住所";
    pub const LAT: &str = "緯度";
    pub const LON: &str = "経度";
    pub const ACCESS: &str = "アクセス方法";
    pub const PHONE: &str = "電話番号";
    pub const CAPACITY: &str = "収容定員";
    pub const AGES: &str = "受入年齢";
    pub const DAYS: &str = "利用可能曜日";
    pub const OPENS: &str = "開始時間";
    pub const CLOSES: &str = "終了時間";
    pub const TEMPORARY: &str = "一時預かりの有無";
    pub const URL: &str = "URL";
    pub const NOTE: &str = "備考";
    pub const EXTENDED: &str = "延長保育";
    pub const EXTENDED_UNTIL: &str = "延長終了時間";
    pub const SICK: &str = "病児保育";
    pub const FEES: &str = "保育料";
    pub const UPDATED: &str = "更新日";
    pub const OPENINGS: [&str; 6] = [
        "空き_0歳児",
        "空き_1歳児",
        "空き_2歳児",
        "空き_3歳児",
        "空き_4歳児",
        "空き_5歳児",
    ];
    pub const VISITS: &str = "見学枠";
    /// The columns a file must have in its header.
    pub const REQUIRED: [&str; 9] = [CODE, NO, NAME, KIND, LAT, LON, AGES, OPENS, CLOSES];
}

/// Reads one row; `place` names it in problems (`row 5` of a CSV, `record
/// 3` of a copy kept from the portal). `Err` is the problem that leaves the
/// row out; warnings about optional values go to `warnings`.
pub(crate) fn read_row(
    file: &str,
    header: &HashMap<&str, usize>,
    place: &str,
    fields: &[String],
    warnings: &mut Vec<Problem>,
) -> Result<Facility, Problem> {
    use columns as c;
    let get = |col: &str| -> Option<&str> {
        let i = *header.get(col)?;
        fields.get(i).map(|s| s.trim()).filter(|s| !s.is_empty())
    };
    let no = get(c::NO).map_or_else(|| "?".to_owned(), |n| ascii(n).trim().to_owned());
    let record = format!("{place} (NO {no})");
    let problem = |column: &str, message: &str, severity: Severity| Problem {
        file: file.to_owned(),
        record: record.clone(),
        field: column.to_owned(),
        message: message.to_owned(),
        severity,
    };
    let skip = |column: &str, message: &str| problem(column, message, Severity::Skipped);
    if fields.len() != header.len() {
        return Err(skip(
            "(row)",
            &format!("has {} fields, the header {}", fields.len(), header.len()),
        ));
    }
    let required = |col: &str| get(col).ok_or_else(|| skip(col, "is empty"));
    let code = required(c::CODE)?;
    if !crate::programs::registry::is_local_government_code(code) {
        return Err(skip(c::CODE, "must be a 6-digit local government code"));
    }
    required(c::NO)?;
    let name = required(c::NAME)?.to_owned();
    let kind_label = required(c::KIND)?.to_owned();
    let kind =
        FacilityType::from_label(&kind_label).ok_or_else(|| skip(c::KIND, "unknown type"))?;
    let latitude = coordinate(required(c::LAT)?, 20.0..=46.0)
        .ok_or_else(|| skip(c::LAT, "must be a latitude in Japan (degrees)"))?;
    let longitude = coordinate(required(c::LON)?, 122.0..=154.0)
        .ok_or_else(|| skip(c::LON, "must be a longitude in Japan (degrees)"))?;
    let ages_label = required(c::AGES)?.to_owned();
    let ages = parse_ages(&ages_label).ok_or_else(|| skip(c::AGES, "cannot read the ages"))?;
    let opens =
        TimeOfDay::parse(required(c::OPENS)?).ok_or_else(|| skip(c::OPENS, "must be HH:MM"))?;
    let closes =
        TimeOfDay::parse(required(c::CLOSES)?).ok_or_else(|| skip(c::CLOSES, "must be HH:MM"))?;
    if closes <= opens {
        return Err(skip(c::CLOSES, "must be after the opening time"));
    }

    let mut warn =
        |col: &str, message: &str| warnings.push(problem(col, message, Severity::Warning));
    let text = |col: &str| get(col).map(str::to_owned);
    let capacity = get(c::CAPACITY).and_then(|v| {
        let n = number(v);
        if n.is_none() {
            warn(c::CAPACITY, "not a number; read as unknown");
        }
        n
    });
    let mut flag = |col: &str| {
        get(col).and_then(|v| {
            let b = yes_no(v);
            if b.is_none() {
                warn(col, "must be 有 or 無; read as unknown");
            }
            b
        })
    };
    let temporary_care = flag(c::TEMPORARY);
    let sick_child_care = flag(c::SICK);
    let extended = flag(c::EXTENDED);
    let extended_until = match (extended, get(c::EXTENDED_UNTIL)) {
        (Some(false), _) | (None, None) => None,
        (_, Some(v)) => match TimeOfDay::parse(v) {
            Some(t) if t > closes => Some(t),
            _ => {
                warn(
                    c::EXTENDED_UNTIL,
                    "must be HH:MM after the closing time; read as no extended care",
                );
                None
            }
        },
        (Some(true), None) => {
            warn(
                c::EXTENDED_UNTIL,
                "extended care without an end time; read as none",
            );
            None
        }
    };
    let updated = get(c::UPDATED).and_then(|v| {
        let d = crate::programs::registry::parse_registry_date(v);
        if d.is_none() {
            warn(c::UPDATED, "not a date; read as unknown");
        }
        d
    });
    let mut openings = [None; 6];
    for (class, col) in c::OPENINGS.iter().enumerate() {
        openings[class] = match get(col) {
            None | Some("-") | Some("－") => None,
            Some(v) => {
                let n = number(v);
                if n.is_none() {
                    warn(col, "not a number; read as unknown");
                }
                n
            }
        };
    }
    let mut visit_slots = Vec::new();
    for slot in get(c::VISITS).unwrap_or_default().split([';', '；']) {
        let slot = slot.trim();
        if slot.is_empty() {
            continue;
        }
        match NaiveDateTime::parse_from_str(&slot.replace('/', "-"), "%Y-%m-%d %H:%M") {
            Ok(t) => visit_slots.push(t),
            Err(_) => warn(
                c::VISITS,
                &format!("cannot read the slot {slot:?}; left out"),
            ),
        }
    }
    visit_slots.sort();
    Ok(Facility {
        id: format!("{code}-{no}"),
        municipality_code: code.to_owned(),
        no,
        name,
        name_kana: text(c::KANA),
        kind,
        kind_label,
        address: text(c::ADDRESS),
        latitude,
        longitude,
        access: text(c::ACCESS),
        phone: text(c::PHONE),
        capacity,
        ages,
        ages_label,
        days: text(c::DAYS),
        opens,
        closes,
        extended_until,
        temporary_care,
        sick_child_care,
        fees: text(c::FEES),
        url: text(c::URL),
        note: text(c::NOTE),
        updated,
        openings,
        visit_slots,
        file: file.to_owned(),
    })
}

/// Full-width digits, signs and points as ASCII.
fn ascii(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '－' | '−' => '-',
            '，' => ',',
            other => other,
        })
        .collect()
}

fn number(text: &str) -> Option<u32> {
    ascii(text)
        .trim()
        .trim_end_matches(['人', '名'])
        .parse()
        .ok()
}

fn coordinate(text: &str, range: std::ops::RangeInclusive<f64>) -> Option<f64> {
    let v: f64 = ascii(text).trim().parse().ok()?;
    (v.is_finite() && range.contains(&v)).then_some(v)
}

fn yes_no(text: &str) -> Option<bool> {
    match text.trim() {
        "有" | "あり" | "有り" | "○" | "1" | "true" => Some(true),
        "無" | "なし" | "無し" | "×" | "0" | "false" => Some(false),
        _ => None,
    }
}

/// 受入年齢 as the datasets write it: `生後57日～5歳`, `生後6か月～2歳`,
/// `1歳～5歳`, `0歳児～就学前`, `3歳以上`.
pub(crate) fn parse_ages(text: &str) -> Option<Ages> {
    let t = ascii(text).replace(['〜', '~', '－', '-', '―'], "～");
    let (low, high) = match t.split_once('～') {
        Some((l, h)) => (l.trim().to_owned(), h.trim().to_owned()),
        None if t.ends_with("以上") => {
            (t.trim_end_matches("以上").to_owned(), "就学前".to_owned())
        }
        None => return None,
    };
    let (from, from_days) = if let Some(rest) = low.strip_prefix("生後") {
        let days = if let Some(n) = rest.strip_suffix('日') {
            n.trim().parse::<u32>().ok()?
        } else {
            let n = rest
                .trim_end_matches("か月")
                .trim_end_matches("ヶ月")
                .trim_end_matches("ヵ月");
            if n.len() == rest.len() {
                return None;
            }
            // A month is counted as 30 days for the youngest age.
            n.trim().parse::<u32>().ok()? * 30
        };
        (AgeClass(0), Some(days))
    } else {
        (years(&low)?, None)
    };
    let to = if high.contains("就学前") {
        AgeClass(AgeClass::OLDEST)
    } else {
        years(&high)?
    };
    (from <= to).then_some(Ages {
        from,
        to,
        from_days,
    })
}

fn years(text: &str) -> Option<AgeClass> {
    let n = text
        .trim()
        .trim_end_matches("児")
        .trim_end_matches("クラス");
    let n = n.strip_suffix('歳')?;
    AgeClass::new(n.trim().parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_as_written() {
        let a = parse_ages("生後57日～5歳").unwrap();
        assert_eq!(
            (a.from.years(), a.to.years(), a.from_days),
            (0, 5, Some(57))
        );
        let a = parse_ages("生後6か月〜2歳").unwrap();
        assert_eq!(
            (a.from.years(), a.to.years(), a.from_days),
            (0, 2, Some(180))
        );
        let a = parse_ages("１歳～就学前").unwrap();
        assert_eq!((a.from.years(), a.to.years(), a.from_days), (1, 5, None));
        let a = parse_ages("3歳以上").unwrap();
        assert_eq!((a.from.years(), a.to.years()), (3, 5));
        assert_eq!(parse_ages("随時"), None);
        assert_eq!(parse_ages("5歳～1歳"), None);
        assert_eq!(parse_ages("0歳～7歳"), None);
    }

    #[test]
    fn types_short_and_long() {
        assert_eq!(
            FacilityType::from_label("認可保育所"),
            Some(FacilityType::Licensed)
        );
        assert_eq!(
            FacilityType::from_label("認可外保育施設"),
            Some(FacilityType::Unlicensed)
        );
        assert_eq!(
            FacilityType::from_label("小規模保育事業A型"),
            Some(FacilityType::SmallScale)
        );
        assert_eq!(
            FacilityType::from_label("幼保連携型認定こども園"),
            Some(FacilityType::Kodomoen)
        );
        assert_eq!(FacilityType::from_label("幼稚園"), None);
        for t in FacilityType::ALL {
            assert_eq!(FacilityType::from_id(t.id()), Some(t));
        }
    }

    #[test]
    fn times() {
        assert_eq!(TimeOfDay::parse("7:15").unwrap().to_string(), "07:15");
        assert_eq!(
            TimeOfDay::parse("１８：３０").unwrap().minutes(),
            18 * 60 + 30
        );
        assert_eq!(TimeOfDay::parse("25:00"), None);
    }
}
