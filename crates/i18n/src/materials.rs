//! Words for the printed materials (`locales/*/materials.ftl`), shared by
//! `hagu materials` and the app's Materials screen.

use crate::Localizer;
use hagukumi_core::materials::{Entry, Material, MaterialKind};
use hagukumi_core::Language;

/// What a material is, in words.
pub fn kind(l: &Localizer, kind: MaterialKind) -> String {
    l.text(match kind {
        MaterialKind::Guide => "materials-kind-guide",
        MaterialKind::Coupons => "materials-kind-coupons",
        MaterialKind::Contacts => "materials-kind-contacts",
    })
}

/// The English text in English when the material has one, else the
/// Japanese as published.
pub fn pick<'a>(l: &Localizer, ja: &'a str, en: Option<&'a str>) -> &'a str {
    match (l.language().base(), en) {
        (Language::En, Some(en)) => en,
        _ => ja,
    }
}

pub fn title<'a>(l: &Localizer, m: &'a Material) -> &'a str {
    pick(l, &m.title, m.title_en.as_deref())
}

pub fn description<'a>(l: &Localizer, m: &'a Material) -> Option<&'a str> {
    match (l.language().base(), &m.description_en) {
        (Language::En, Some(en)) => Some(en.as_str()),
        _ => m.description.as_deref(),
    }
}

/// An entry's label and text.
pub fn entry<'a>(l: &Localizer, e: &'a Entry) -> (&'a str, Option<&'a str>) {
    let text = match (l.language().base(), &e.text_en) {
        (Language::En, Some(en)) => Some(en.as_str()),
        _ => e.text.as_deref(),
    };
    (pick(l, &e.label, e.label_en.as_deref()), text)
}
