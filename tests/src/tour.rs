//! The tour of every screen a parent reaches from home, written once: the
//! accessibility test checks each stop with axe, the languages test
//! photographs each in five languages and measures it on a phone. And the
//! check that a screen fits a phone's width.

use crate::Session;

/// Where the tour stops: the screen's name; for a part of a screen (a
/// record form, the clinic summary, an overlay) the element to check
/// (`within`); and where a screenshot of the stop starts when that is not
/// the top of the page (`at`: the map, a facility's card).
pub type Visit<'a> = dyn FnMut(&str, Option<&str>, Option<&str>) + 'a;

/// Opens `open` (a button on home), waits for `screen`, visits it as
/// `name`, then goes back home.
fn from_home(s: &Session, visit: &mut Visit, open: &str, screen: &str, name: &str) {
    s.press(open);
    s.wait_for(screen);
    visit(name, None, None);
    s.press("#back");
    s.wait_for(".child-card");
}

/// Every screen of the demo family's handbook, from home and back home,
/// each handed to `visit` once it shows. The app must be started with
/// `--demo` and the reference portal (the portal screen connects as its
/// `sample-a` family); `synced` is the start of the portal's "last synced"
/// line in the app's language. The tour changes the handbook (千代田区
/// chosen, the portal connected, two bookmarks starred, a recovery code
/// shown, 保育指数 answers kept): once per app.
pub fn tour(s: &Session, synced: &str, visit: &mut Visit) {
    visit("home", None, None);
    if !s.find_all("#recovery-new-sheet").is_empty() {
        s.press("#recovery-new-sheet");
        s.wait_for("#sheet-close");
        visit("recovery-sheet", None, None);
        s.press("#sheet-close");
    }

    // The programs screen before a municipality is chosen; 千代田区
    // chosen, so the sync brings its programs and materials.
    s.press("#open-programs");
    s.wait_for("#municipality-select");
    visit("programs-municipality", None, None);
    s.press("#municipality-select option[value='131016']");
    s.press("#municipality-submit");
    s.press("#back");
    s.wait_for(".child-card");

    // The portal screen, connected to the reference portal and synced
    // (the official items, the sync status).
    s.connect_portal("sample-a", synced);
    visit("portal", None, None);
    s.press("#back");
    s.wait_for(".child-card");

    // A child: the head, the growth chart and its table, the plan, the
    // records; the summary; every record form; the clinic card.
    // さくら, the demo child with measurements (the portal's サンプル 太郎,
    // synced meanwhile, may come first).
    // Home may still be re-rendering with the synced child: her card is
    // found and tapped again until her screen shows.
    s.wait_until("さくら's screen", || {
        if s.text_now("#child-title") == "さくら" {
            return Some(());
        }
        s.execute(
            "const c = Array.from(document.querySelectorAll('.child-card')) \
               .find(c => c.innerText.includes('さくら')); if (c) c.click();",
        );
        std::thread::sleep(std::time::Duration::from_millis(300));
        None
    });
    s.wait_for("#growth-chart svg");
    s.press("#growth-table summary");
    visit("child", None, None);
    s.press("#open-summary");
    s.wait_for("#clinic-summary");
    visit("child-summary", Some("#clinic-summary"), None);
    each_kind(s, visit, "", "child");
    s.press("#open-clinic-card");
    s.wait_for("#clinic-card");
    visit("clinic-card", None, None);
    s.press("#clinic-card-back");
    s.press("#back");

    // The pregnancy and its record forms.
    s.press("#pregnancies .pregnancy-card");
    s.wait_for("#pregnancy-kind-prenatal-visit");
    visit("pregnancy", None, None);
    each_kind(s, visit, "pregnancy-", "pregnancy");
    s.press("#back");

    from_home(s, visit, "#open-programs", "#programs-screen", "programs");
    // The materials and one of them read.
    s.press("#open-materials");
    s.wait_for("#materials-screen");
    visit("materials", None, None);
    s.press("#materials-list .material-open");
    s.wait_some_text("a material", "#material-view");
    visit("material", None, None);
    s.press("#materials-list-back");
    s.wait_for("#materials-search");
    s.press("#back");
    s.wait_for(".child-card");
    from_home(s, visit, "#open-benefits", "#benefits-screen", "benefits");
    // Backups, the recovery code shown and its printable sheet.
    s.press("#open-backups");
    s.wait_for("#backup-screen");
    visit("backups", None, None);
    s.press("#show-code");
    s.press("#show-code-yes");
    s.wait_for("#open-sheet");
    s.press("#open-sheet");
    s.wait_for("#sheet-close");
    visit("backups-sheet", None, None);
    s.press("#sheet-close");
    s.wait_for("#backup-screen");
    s.press("#back");
    s.wait_for(".child-card");

    nursery(s, visit);
    hoiku(s, visit);
    s.press("#hoiku-back");
    s.wait_for("#open-hoiku");
    s.press("#back");
    s.wait_for(".child-card");
}

/// The nursery search, two bookmarks starred and compared, the map with a
/// facility.
fn nursery(s: &Session, visit: &mut Visit) {
    s.press("#open-nursery");
    s.wait_for("#nursery-list li");
    visit("nursery", None, None);
    for n in 1..=2 {
        s.press(&format!(
            "#nursery-list li:nth-child({n}) .nursery-bookmark[aria-pressed=false]"
        ));
        s.wait_for(&format!(
            "#nursery-list li:nth-child({n}) .nursery-bookmark[aria-pressed=true]"
        ));
    }
    s.press("#nursery-list li:nth-child(1) .nursery-pick");
    s.wait_for("#nursery-picked");
    visit("nursery-booking", None, Some("#nursery-booking"));
    s.press("#open-bookmarks");
    s.wait_for("#bookmark-list > li");
    for n in 1..=2 {
        s.press(&format!(
            "#bookmark-list > li:nth-child({n}) .bookmark-stars .star:nth-child(4)"
        ));
    }
    visit("nursery-bookmarks", None, None);
    s.press("#compare-starred:not([disabled])");
    s.wait_for("#compare-table");
    visit("nursery-compare", None, Some("#compare-table"));
    s.press("#back");
    s.wait_for("#bookmarks-screen");
    s.press("#back");
    s.press("#nursery-show-map");
    s.wait_for("#nursery-map .nursery-mark");
    visit("nursery-map", None, Some("#nursery-map"));
    // Marks may overlap: the first whose dot is on top where it is drawn.
    let id = s.execute(
        "return Array.from(document.querySelectorAll('#nursery-map .nursery-mark')).map(m => {
             m.scrollIntoView({block: 'center'});
             const d = m.querySelector('.nursery-mark-dot').getBoundingClientRect();
             const hit = document.elementFromPoint(d.x + d.width / 2, d.y + d.height / 2);
             return hit && m.contains(hit) ? m.dataset.id : null;
         }).find(id => id);",
    );
    let id = id.as_str().expect("a mark that can be tapped");
    s.press(&format!(
        "#nursery-map .nursery-mark[data-id='{id}'] .nursery-mark-dot"
    ));
    s.wait_for("#nursery-detail");
    visit("nursery-detail", None, Some("#nursery-detail"));
    s.press("#nursery-detail-close");
}

/// From the nursery screen: the 保育指数 simulator, 八王子市 with two
/// guardians at work, its questions, the result and the intake checklist.
fn hoiku(s: &Session, visit: &mut Visit) {
    s.press("#open-hoiku");
    s.wait_for("#hoiku-municipalities");
    visit("hoiku", Some("#hoiku-overlay"), None);
    s.press("#hoiku-municipalities [data-code='132012']");
    s.wait_for("#hoiku-question");
    visit("hoiku-question", Some("#hoiku-overlay"), None);
    s.press("#hoiku-choices [data-answer='2']");
    for hours in ["30", "40"] {
        s.press("#hoiku-choices [data-answer='work']");
        s.submit("#hoiku-next", &[("#hoiku-number", hours)]);
    }
    s.wait_for("#hoiku-household-missing");
    s.press("#hoiku-next");
    s.wait_for("#hoiku-total");
    s.wait_for("#hoiku-documents");
    visit("hoiku-result", Some("#hoiku-overlay"), None);
}

/// Opens each kind's chip of a record form (ids `{prefix}kind-…`) and
/// visits the form with it as `{screen}-{id}`.
fn each_kind(s: &Session, visit: &mut Visit, prefix: &str, screen: &str) {
    let kinds = s.execute(&format!(
        "return Array.from(document.querySelectorAll('[id^=\"{prefix}kind-\"]')).map(e => e.id);"
    ));
    let kinds: Vec<String> = kinds
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    assert!(kinds.len() >= 4, "the record kinds of {screen}: {kinds:?}");
    for id in kinds {
        s.press(&format!("#{id}"));
        s.wait_for(&format!("#{id}[aria-pressed=true], #{id}.active"));
        visit(&format!("{screen}-{id}"), Some(".forms"), None);
    }
}

impl Session {
    /// What makes the page wider than the window, if anything: the page
    /// scrolls sideways, or something reaches past its right edge (outside
    /// a region that scrolls on its own, such as a wide table, and other
    /// than a shape inside a drawing, which the drawing clips); listed by
    /// the innermost such elements.
    pub fn too_wide(&self) -> Option<String> {
        let found = self.execute(
            "const w = document.documentElement.clientWidth; \
             const sideways = document.documentElement.scrollWidth - w; \
             const out = e => { const r = e.getBoundingClientRect(); \
               return r.width > 0 && r.right > w + 1 && !e.ownerSVGElement \
                 && !e.closest('[role=region][tabindex]'); }; \
             const wide = Array.from(document.querySelectorAll('body *')) \
               .filter(e => out(e) || (sideways > 0 && e.scrollWidth > e.clientWidth + 1)) \
               .filter(e => !Array.from(e.children).some(out)); \
             if (sideways <= 0 && wide.length === 0) return null; \
             return sideways + ' px sideways: ' + wide.slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + \
               String(e.className.baseVal ?? e.className) + ' ' + \
               Math.round(e.getBoundingClientRect().right) + ' ' + e.scrollWidth).join(', ');",
        );
        found.as_str().map(str::to_owned)
    }
}
