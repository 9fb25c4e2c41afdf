//! The recovery sheet (リカバリーシート): the handbook's recovery code on one
//! printable page, large and in groups, with a QR code of it and plain
//! words on what it is for and where to keep it.
//!
//! Pure, like the clinic summary: the caller passes the code as the store
//! shows it (`RecoveryCode::expose`), the date and the family's names; the
//! result is a self-contained HTML document (inline CSS and SVG, no
//! scripts, no remote resources). The app shows the same body in its
//! window and prints it; `hagu recovery-sheet` writes the document.

use crate::escape;
use hagukumi_core::Date;
use hagukumi_i18n::{Localizer, Value};
use qrcode::{EcLevel, QrCode};
use std::fmt::Write as _;

/// Everything on the sheet.
pub struct RecoverySheet<'a> {
    /// The code as shown to the parent: `XXXX-XXXX-…` (7 groups of 4).
    pub code: &'a str,
    /// The day the sheet was made.
    pub today: Date,
    /// Whose handbook it is (children's names, the pregnancy's label): helps
    /// a family with two handbooks keep the sheets apart. May be empty.
    pub family: &'a [String],
}

/// Light quiet zone around the QR code, in modules (the standard's 4).
const QUIET: usize = 4;

const STYLE: &str = "\
body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',sans-serif;color:#222;margin:24px;font-size:15px;line-height:1.6}\
.recovery-sheet h1{font-size:22px;margin:0 0 4px}.recovery-sheet .meta{color:#555;margin:0 0 12px}\
.recovery-sheet .code-box{display:flex;flex-wrap:wrap;gap:16px;align-items:center;border:2px solid #222;border-radius:8px;padding:16px;margin:12px 0}\
.recovery-sheet .code{font-family:'DejaVu Sans Mono','Noto Sans Mono',monospace;font-size:26px;font-weight:700;letter-spacing:.06em;margin:0;word-spacing:.3em}\
.recovery-sheet .qr{width:160px;height:160px;flex:none}\
.recovery-sheet h2{font-size:16px;border-bottom:2px solid #d9665b;margin:16px 0 6px;padding-bottom:2px}\
.recovery-sheet li{margin:2px 0}\
@media print{body{margin:15mm}}";

/// The whole document, in `l`'s language.
pub fn recovery_sheet_html(l: &Localizer, sheet: &RecoverySheet<'_>) -> String {
    let lang = l.language().code();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>{}</body></html>\n",
        escape(&l.text("recovery-sheet-title")),
        recovery_sheet_body(l, sheet)
    )
}

/// The sheet without the document around it (the app shows it inside its
/// own page and style).
pub fn recovery_sheet_body(l: &Localizer, sheet: &RecoverySheet<'_>) -> String {
    let mut h = String::new();
    h.push_str("<article class=\"recovery-sheet\">");
    let _ = write!(
        h,
        "<h1>{}</h1><p class=\"meta\">{}</p>",
        escape(&l.text("recovery-sheet-title")),
        escape(&l.format(
            "recovery-sheet-made",
            &[("date", Value::from(l.date(sheet.today)))]
        )),
    );
    if !sheet.family.is_empty() {
        let _ = write!(
            h,
            "<p class=\"meta\">{}</p>",
            escape(&l.format(
                "recovery-sheet-family",
                &[("names", Value::from(sheet.family.join(" · ")))]
            )),
        );
    }
    let _ = write!(
        h,
        "<div class=\"code-box\"><p class=\"code\" id=\"recovery-sheet-code\">{}</p>{}</div>",
        // Groups break only after their hyphen on a narrow screen.
        escape(&sheet.code.replace('-', "\u{a0}- ")),
        qr_svg(sheet.code, &l.text("recovery-sheet-qr-label")),
    );
    let _ = write!(
        h,
        "<h2>{}</h2><p>{}</p>",
        escape(&l.text("recovery-sheet-what-title")),
        escape(&l.text("recovery-sheet-what")),
    );
    let _ = write!(
        h,
        "<h2>{}</h2><ul>",
        escape(&l.text("recovery-sheet-keep-title"))
    );
    for id in [
        "recovery-sheet-keep-paper",
        "recovery-sheet-keep-no-photo",
        "recovery-sheet-keep-secret",
    ] {
        let _ = write!(h, "<li>{}</li>", escape(&l.text(id)));
    }
    h.push_str("</ul>");
    let _ = write!(
        h,
        "<h2>{}</h2><ol>",
        escape(&l.text("recovery-sheet-use-title"))
    );
    for id in ["recovery-sheet-use-open", "recovery-sheet-use-type"] {
        let _ = write!(h, "<li>{}</li>", escape(&l.text(id)));
    }
    h.push_str("</ol></article>");
    h
}

/// The QR code of `text` as an inline SVG: one path of unit squares, one per
/// dark module, with the quiet zone inside the view box.
pub fn qr_svg(text: &str, label: &str) -> String {
    let (width, dark) = qr_modules(text);
    let side = width + 2 * QUIET;
    let mut path = String::with_capacity(dark.iter().filter(|d| **d).count() * 14);
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (x, y) = (i % width + QUIET, i / width + QUIET);
        let _ = write!(path, "M{x} {y}h1v1h-1z");
    }
    format!(
        "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>",
        escape(label)
    )
}

/// The modules of the QR code of `text` (row by row, `true` = dark) and its
/// width. Medium error correction: a sheet may get creased or stained.
fn qr_modules(text: &str) -> (usize, Vec<bool>) {
    // A recovery code (34 characters of the alphanumeric set) always fits:
    // version 2 at level M holds 38.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .expect("a recovery code fits a QR code");
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    (width, dark)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;

    const CODE: &str = "7K3M-Q9TR-0ZXW-D4PA-HN2B-VC8E-5FJG";

    fn sheet(family: &[String]) -> RecoverySheet<'_> {
        RecoverySheet {
            code: CODE,
            today: "2026-12-03".parse().unwrap(),
            family,
        }
    }

    /// Reads the SVG the sheet carries back into pixels and decodes it with
    /// an independent QR decoder, as a phone's camera would.
    fn decode_svg(svg: &str) -> String {
        let view = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
        let side: usize = view.split(' ').next().unwrap().parse().unwrap();
        let d = svg.split(" d=\"").nth(1).unwrap();
        let d = &d[..d.find('"').unwrap()];
        let mut dark = vec![false; side * side];
        for square in d.split('M').filter(|s| !s.is_empty()) {
            let square = square.strip_suffix("h1v1h-1z").expect("a unit square");
            let (x, y) = square.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            dark[y * side + x] = true;
        }
        const SCALE: usize = 6;
        let px = side * SCALE;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if dark[(y / SCALE) * side + x / SCALE] {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code on the sheet");
        grids[0].decode().expect("the QR code decodes").1
    }

    #[test]
    fn the_qr_code_on_the_sheet_reads_back_as_the_code() {
        let l = Localizer::new(Language::Ja);
        let html = recovery_sheet_body(&l, &sheet(&[]));
        let svg = &html[html.find("<svg").unwrap()..];
        let svg = &svg[..svg.find("</svg>").unwrap() + 6];
        assert_eq!(decode_svg(svg), CODE);
        // Another code gives another picture that reads as that code.
        let other = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345";
        assert_eq!(decode_svg(&qr_svg(other, "x")), other);
    }

    #[test]
    fn the_sheet_shows_the_code_in_both_languages_with_every_instruction() {
        let family = vec!["さくら".to_owned(), "はると<b>".to_owned()];
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            let html = recovery_sheet_html(&l, &sheet(&family));
            assert!(html.starts_with("<!DOCTYPE html>"), "{lang}");
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert!(
                html.contains(
                    "7K3M\u{a0}- Q9TR\u{a0}- 0ZXW\u{a0}- D4PA\u{a0}- HN2B\u{a0}- VC8E\u{a0}- 5FJG"
                ),
                "{lang}: the code in groups"
            );
            assert!(html.contains("さくら · はると&lt;b&gt;"), "{lang}: escaped");
            assert!(!html.contains("<script"), "no script");
            assert!(html.contains("xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(!html.contains("https://"), "nothing remote");
            for id in [
                "recovery-sheet-title",
                "recovery-sheet-what",
                "recovery-sheet-keep-paper",
                "recovery-sheet-keep-no-photo",
                "recovery-sheet-keep-secret",
                "recovery-sheet-use-open",
                "recovery-sheet-use-type",
            ] {
                let text = l.text(id);
                assert_ne!(text, id, "{lang}: no words for {id}");
                assert!(html.contains(&escape(&text)), "{lang}: {id} on the sheet");
            }
            assert!(html.contains(&escape(&l.date(sheet(&[]).today))), "{lang}");
        }
        let ja = recovery_sheet_html(&Localizer::new(Language::Ja), &sheet(&[]));
        assert!(ja.contains("紙"), "ja: keep it on paper");
        assert!(ja.contains("写真"), "ja: not as a photo");
        let en = recovery_sheet_html(&Localizer::new(Language::En), &sheet(&[]));
        assert!(en.contains("paper") && en.contains("photo"), "en");
        assert!(
            !ja.contains("recovery-sheet-family"),
            "no empty family line"
        );
    }
}
