//! The steps the end-to-end tests repeat, written once: start the app on a
//! handbook keyed in the OS credential store, press, fill and submit a
//! form, wait for a count or a text, read text without holding a stale
//! element, and the phone and desktop screenshots.

use crate::{target_dir, Driver, Session};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One app at a time: two cores, one display.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Holds the display for one test; the next waits until it is dropped.
pub fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// The reference portal on a free loopback port, with its sample data.
pub fn reference_portal() -> hagukumi_portal::PortalHandle {
    hagukumi_portal::spawn_with_handle(
        "127.0.0.1:0".parse().expect("a socket address"),
        hagukumi_portal::Config::default(),
    )
    .expect("the reference portal starts on 127.0.0.1")
}

/// Where the screenshots go (`target/e2e-screenshots`).
pub fn screenshots() -> PathBuf {
    target_dir().join("e2e-screenshots")
}

/// The two window sizes of every screenshot: phone (390×844, iPhone 12–15
/// size) and desktop.
const SIZES: [(&str, u32, u32); 2] = [("phone", 390, 844), ("desktop", 1280, 800)];

impl Driver {
    /// tauri-driver for an app whose handbook is in `dir`, keyed in the OS
    /// credential store (no passphrase), with `env` added.
    pub fn keychain_with(dir: &Path, env: &[(&str, &std::ffi::OsStr)]) -> Driver {
        let mut all = vec![("HAGUKUMI_DATA_DIR", dir.as_os_str())];
        all.extend_from_slice(env);
        Driver::start(&all, &["HAGUKUMI_PASSPHRASE"])
    }

    /// Like [`Driver::keychain`], the app using the reference portal at
    /// `base` (its profile asked for, as `cargo xtask run` does).
    pub fn keychain_with_portal(dir: &Path, base: &str) -> Driver {
        Driver::keychain_with(
            dir,
            &[
                ("HAGUKUMI_PORTAL_URL", std::ffi::OsStr::new(base)),
                ("HAGUKUMI_REFERENCE_PORTAL", std::ffi::OsStr::new("1")),
            ],
        )
    }

    /// tauri-driver for an app whose handbook is in `dir`, keyed in the OS
    /// credential store (no passphrase).
    pub fn keychain(dir: &Path) -> Driver {
        Driver::keychain_with(dir, &[])
    }

    /// The app started with `--demo`, once home shows the demo family's two
    /// children.
    pub fn demo(&self) -> Session {
        let s = self.session(&["--demo"]);
        s.wait_until("the demo family", || {
            (s.names_on_home().len() == 2).then_some(())
        });
        s
    }
}

impl Session {
    /// Clicks the element at `css`, once it exists.
    pub fn press(&self, css: &str) {
        self.click_css(css);
    }

    /// Fills each `(field, text)` in turn, then presses `submit`.
    pub fn submit(&self, submit: &str, fields: &[(&str, &str)]) {
        for (css, text) in fields {
            self.fill(css, text);
        }
        self.press(submit);
    }

    /// Waits until exactly `n` elements match `css`.
    pub fn wait_count(&self, what: &str, css: &str, n: usize) {
        let seen = std::cell::Cell::new(0);
        self.wait_until_said(
            || format!("{what}: {n} of {css} (last seen {})", seen.get()),
            || {
                seen.set(self.find_all(css).len());
                (seen.get() == n).then_some(())
            },
        );
    }

    /// Waits until the first element at `css` reads `expected`.
    pub fn wait_text(&self, what: &str, css: &str, expected: impl AsRef<str>) {
        self.wait_until(what, || {
            (self.text_of(css) == expected.as_ref()).then_some(())
        });
    }

    /// Waits until the element at `css` reads `expected`, read with
    /// [`Session::text_now`].
    pub fn wait_text_now(&self, what: &str, css: &str, expected: impl AsRef<str>) {
        self.wait_until(what, || {
            (self.text_now(css) == expected.as_ref()).then_some(())
        });
    }

    /// Waits until the first element at `css` has some text, and returns it.
    pub fn wait_some_text(&self, what: &str, css: &str) -> String {
        self.wait_until(what, || {
            self.find_all(css)
                .first()
                .map(|e| self.text(e))
                .filter(|t| !t.is_empty())
        })
    }

    /// Waits until the element at `css` has some text, read with
    /// [`Session::text_now`], and returns it.
    pub fn wait_some_text_now(&self, what: &str, css: &str) -> String {
        self.wait_until(what, || Some(self.text_now(css)).filter(|t| !t.is_empty()))
    }

    /// The text of the element at `css` now ("" when there is none), without
    /// holding a reference that a re-render could make stale.
    pub fn text_now(&self, css: &str) -> String {
        self.execute(&format!(
            "const e = document.querySelector({css:?}); return e ? e.innerText.trim() : '';"
        ))
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// The text of every element matching `css`, now.
    pub fn texts_now(&self, css: &str) -> Vec<String> {
        self.execute(&format!(
            "return Array.from(document.querySelectorAll({css:?})).map(e => e.innerText.trim());"
        ))
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
    }

    /// The names on the children's cards of home.
    pub fn names_on_home(&self) -> Vec<String> {
        self.find_all(".child-card .child-name")
            .iter()
            .map(|e| self.text(e))
            .collect()
    }

    /// Fills the home form's name and date of birth and submits it.
    pub fn add_child(&self, name: &str, birth: &str) {
        self.submit(
            "#add-child-submit",
            &[("#child-name", name), ("#child-birth", birth)],
        );
    }

    /// Adds a child through the home form (the demo children come with
    /// their own records; tests that count records use a child of their
    /// own), then opens its screen.
    pub fn add_and_open_child(&self, name: &str, birth: &str, sex: &str) {
        self.fill("#child-name", name);
        self.fill("#child-birth", birth);
        self.press(&format!("#child-sex option[value='{sex}']"));
        self.press("#add-child-submit");
        let card = self.wait_until("the new child's card", || {
            self.find_all(".child-card")
                .into_iter()
                .find(|c| self.text(c).contains(name))
        });
        self.click(&card);
        self.wait_text("the child's screen", "#child-title", name);
    }

    /// From home: opens the portal screen, asks for consent and approves
    /// `family` at the reference portal as the parent's browser would (the
    /// portal redirects to the app's loopback listener); returns once the
    /// status line starts with `synced` (the first sync's "last synced").
    pub fn connect_portal(&self, family: &str, synced: &str) {
        self.press("#open-portal");
        self.press("#portal-connect");
        let url = self.wait_until("the consent address", || {
            let url = self.text_now("#portal-consent-url");
            (!url.is_empty()).then_some(url)
        });
        ureq::get(&format!("{url}&family={family}&approve=yes"))
            .call()
            .expect("the portal's consent page");
        self.wait_until("the first sync", || {
            self.text_now("#portal-last-synced")
                .starts_with(synced)
                .then_some(())
        });
    }

    /// From a child's screen: records an allergy through the record form.
    pub fn add_allergy(&self, substance: &str, reaction: &str, date: &str) {
        let before = self.find_all(".record-allergy").len();
        self.press("#kind-allergy");
        self.submit(
            "#add-record-submit",
            &[
                ("#record-date", date),
                ("#record-what", substance),
                ("#record-text", reaction),
            ],
        );
        self.wait_count("the allergy in the list", ".record-allergy", before + 1);
    }

    /// On an empty handbook: `child` (born `birth`, a boy) added, the
    /// municipality `code` chosen and the portal connected as `family`
    /// (`synced`: the start of the "last synced" line), back on home.
    pub fn connected_family(
        &self,
        child: &str,
        birth: &str,
        code: &str,
        family: &str,
        synced: &str,
    ) {
        self.wait_for("#home-empty");
        self.add_and_open_child(child, birth, "male");
        self.press("#back");
        self.press("#open-programs");
        self.press(&format!("#municipality-select option[value='{code}']"));
        self.press("#municipality-submit");
        self.press("#back");
        self.connect_portal(family, synced);
        self.press("#back");
    }

    /// Sends the nursery application on screen: `sent` (the queued
    /// message) shown, then the portal's receipt.
    pub fn send_nursery_application(&self, sent: &str) {
        self.press("#nursery-apply-submit");
        self.wait_text("the application queued", "#nursery-apply-status", sent);
        self.wait_for("#nursery-applications li[data-state='received']");
    }

    /// After the office decided: a sync from the nursery screen until the
    /// application reads `decision` (内定).
    pub fn sync_until_offered(&self, decision: &str) {
        self.press("#nursery-sync");
        self.wait_for("#nursery-applications li[data-state='offered']");
        self.wait_text(
            "the decision",
            "#nursery-applications .nursery-decision",
            decision,
        );
    }

    /// Resizes the window to `w`×`h` and waits until the layout has.
    pub fn resize(&self, w: u32, h: u32) {
        self.set_window_size(w, h);
        self.wait_until(&format!("a {w}px wide viewport"), || {
            let (vw, _) = self.viewport();
            (vw.abs_diff(w as u64) <= 16).then_some(())
        });
        // Let layout and fonts settle after the resize.
        std::thread::sleep(Duration::from_millis(400));
    }

    /// Phone and desktop screenshots of the window, `<name>-phone.png` and
    /// `<name>-desktop.png` in [`screenshots`].
    pub fn capture(&self, name: &str) {
        for (kind, w, h) in SIZES {
            self.resize(w, h);
            self.screenshot(&screenshots().join(format!("{name}-{kind}.png")))
                .unwrap();
        }
    }

    /// Like [`Session::capture`], with the element at `css` scrolled to the
    /// top after each resize (the layout, and so the scroll position,
    /// changes with it).
    pub fn capture_at(&self, name: &str, css: &str) {
        self.capture_scrolled(
            name,
            &format!(
                "const e = document.querySelector({css:?}); \
                 window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 88);"
            ),
        );
    }

    /// Like [`Session::capture_at`] for an element inside a scrolling
    /// layer over the page (a full-screen overlay): every scrolling
    /// ancestor brings it to the top.
    pub fn capture_in(&self, name: &str, css: &str) {
        self.capture_scrolled(
            name,
            &format!("document.querySelector({css:?}).scrollIntoView({{block: 'start'}});"),
        );
    }

    fn capture_scrolled(&self, name: &str, scroll: &str) {
        for (kind, w, h) in SIZES {
            self.resize(w, h);
            self.execute(scroll);
            std::thread::sleep(Duration::from_millis(200));
            self.screenshot(&screenshots().join(format!("{name}-{kind}.png")))
                .unwrap();
        }
    }
}
