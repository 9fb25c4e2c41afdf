//! Accessibility (WCAG 2.2 AA) in the real window: the demo family's
//! parent visits every screen (home, a child with its growth chart, the
//! table of its points, the summary, every record form and the clinic
//! card; the pregnancy and its record forms; programs, materials and one
//! read, benefits; the nursery search, bookmarks, comparison, map and a
//! facility; the 保育指数 simulator, a question and a result with the
//! intake checklist; the portal screen; backups, the recovery code and
//! its sheet: the shared `tour`), the app connected to the reference portal on
//! 127.0.0.1 so the portal screen and the bookings have their data, and axe-core checks each one in light and dark and at
//! 200 % text. No serious or critical violation may be left; each
//! report is saved beside the screenshots as `axe-<screen>-<mode>.json`.
//!
//! Dark is the real thing: the app runs with `GTK_THEME=Adwaita:dark`, so
//! WebKitGTK answers `prefers-color-scheme: dark` and the stylesheet's own
//! dark palette applies (checked below, so a silently light run fails).
//! 200 % text is the root font size doubled, as a parent's text-size
//! setting would.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::Language;
use hagukumi_e2e::{describe, reference_portal, serial, tour, Driver, Session, Violation};
use hagukumi_i18n::Localizer;
use std::ffi::OsStr;

/// One theme's run: its name, whether the window should be dark, and the
/// window's size (light on a phone, dark on a desktop: both layouts).
struct Theme {
    name: &'static str,
    dark: bool,
    size: (&'static str, u32, u32),
}

/// Every finding of the tour, by screen and mode.
#[derive(Default)]
struct Findings(Vec<(String, Violation)>);

impl Findings {
    /// Checks the window (or only `within`) at 100 % and 200 % text.
    fn check(&mut self, s: &Session, theme: &Theme, screen: &str, within: Option<&str>) {
        for (size, scale) in [("", "100%"), ("-200", "200%")] {
            // From the top: where the sticky header would cover a control
            // is a matter of scrolling, not of the screen.
            s.execute(&format!(
                "document.documentElement.style.fontSize = '{scale}'; window.scrollTo(0, 0);"
            ));
            // Let layout follow the new size before axe measures it.
            std::thread::sleep(std::time::Duration::from_millis(150));
            let name = format!("{screen}-{}{size}", theme.name);
            for v in s.axe_check_within(&name, within) {
                self.0.push((name.clone(), v));
            }
            if size.is_empty() {
                for v in s.small_targets() {
                    self.0.push((name.clone(), v));
                }
            } else if let Some(v) = s.sideways() {
                self.0.push((name.clone(), v));
            }
            if within.is_none() {
                let shot = format!("a11y-{name}-{}.png", theme.size.0);
                s.screenshot(&hagukumi_e2e::screenshots().join(shot))
                    .unwrap();
            }
        }
        s.execute("document.documentElement.style.fontSize = '';");
    }
}

/// Every screen a parent reaches from home ([`tour`]), each checked.
fn tour_checked(s: &Session, theme: &Theme) -> Findings {
    let mut f = Findings::default();
    s.resize(theme.size.1, theme.size.2);
    let dark = s.execute("return matchMedia('(prefers-color-scheme: dark)').matches;");
    assert_eq!(
        dark.as_bool(),
        Some(theme.dark),
        "the window's colour scheme"
    );
    let synced = Localizer::new(Language::Ja).format("portal-last-synced", &[("when", "".into())]);
    tour(s, &synced, &mut |screen, within, _| {
        f.check(s, theme, screen, within);
        if screen == "child" && !theme.dark {
            s.capture_at("a11y-growth-table", "#growth-table");
            s.resize(theme.size.1, theme.size.2);
        }
    });
    f
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn every_screen_passes_axe_in_light_and_dark_and_at_200_percent_text() {
    let _serial = serial();
    let mut all = Vec::new();
    for theme in [
        Theme {
            name: "light",
            dark: false,
            size: ("phone", 390, 844),
        },
        Theme {
            name: "dark",
            dark: true,
            size: ("desktop", 1280, 800),
        },
    ] {
        let data = tempfile::tempdir().unwrap();
        let gtk = if theme.dark {
            "Adwaita:dark"
        } else {
            "Adwaita"
        };
        let portal = reference_portal();
        let driver = Driver::keychain_with(
            data.path(),
            &[
                ("GTK_THEME", OsStr::new(gtk)),
                ("HAGUKUMI_PORTAL_URL", OsStr::new(&portal.base_url())),
                ("HAGUKUMI_REFERENCE_PORTAL", OsStr::new("1")),
            ],
        );
        let s = driver.demo();
        all.extend(tour_checked(&s, &theme).0);
        s.close();
        drop(driver);
        hagukumi_store::keychain::forget(&data.path().join(hagukumi_store::DB_FILE)).unwrap();
    }
    let listed: String = all
        .iter()
        .map(|(screen, v)| format!("\n{screen}:{}", describe(std::slice::from_ref(v))))
        .collect();
    assert!(
        all.is_empty(),
        "{} serious or critical violations:{listed}",
        all.len()
    );
}
