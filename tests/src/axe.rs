//! The accessibility check of a screen: axe-core (vendored in
//! `tests/vendor/axe-core`, never shipped) injected through WebDriver into
//! the real window, run against WCAG 2.0–2.2 A and AA, its report saved
//! beside the screenshots.

use crate::steps::screenshots;
use crate::Session;
use serde_json::Value;

/// axe-core's own build, unchanged (see `tests/vendor/axe-core/README.md`).
const AXE: &str = include_str!("../vendor/axe-core/axe.min.js");

/// The rule sets checked: WCAG 2.0, 2.1 and 2.2, levels A and AA.
const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

/// The impacts that fail the check.
const FAILING: [&str; 2] = ["serious", "critical"];

/// One violation worth failing for: its rule, impact, help and the
/// selectors of the elements it found.
#[derive(Debug)]
pub struct Violation {
    pub rule: String,
    pub impact: String,
    pub help: String,
    pub targets: Vec<String>,
}

/// The serious and critical violations of an axe `results` object.
pub fn failing(results: &Value) -> Vec<Violation> {
    results["violations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|v| FAILING.contains(&v["impact"].as_str().unwrap_or_default()))
        .map(|v| Violation {
            rule: v["id"].as_str().unwrap_or_default().to_owned(),
            impact: v["impact"].as_str().unwrap_or_default().to_owned(),
            help: v["help"].as_str().unwrap_or_default().to_owned(),
            targets: v["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| n["target"].to_string())
                .collect(),
        })
        .collect()
}

impl Session {
    /// Runs axe-core on the window as it is now (only the element at
    /// `within`, if given) and returns its results (injected once per page
    /// load: the app is one page, so once a session).
    pub fn axe_results(&self, within: Option<&str>) -> Value {
        let present = self.execute("return typeof window.axe === 'object';");
        if present != Value::Bool(true) {
            self.execute(&format!("{AXE}\n;return typeof window.axe;"));
        }
        let context = match within {
            Some(css) => format!("document.querySelector({css:?})"),
            None => "document".to_owned(),
        };
        let answer = self.execute_async(&format!(
            "const done = arguments[arguments.length - 1];
             axe.run({context}, {{runOnly: {{type: 'tag', values: {TAGS}}}, resultTypes: ['violations']}})
               .then(r => done(JSON.stringify(r)), e => done(JSON.stringify({{error: String(e)}})));"
        ));
        let results: Value = serde_json::from_str(answer.as_str().unwrap_or("{}"))
            .unwrap_or_else(|e| panic!("axe answered {answer}: {e}"));
        assert!(results["error"].is_null(), "axe failed: {results}");
        results
    }

    /// Checks the window with axe-core, saves its report as
    /// `axe-<name>.json` in [`screenshots`], and returns the serious and
    /// critical violations (see [`Session::axe`] to fail on them).
    pub fn axe_check(&self, name: &str) -> Vec<Violation> {
        self.axe_check_within(name, None)
    }

    /// Like [`Session::axe_check`], only the element at `within` if given.
    pub fn axe_check_within(&self, name: &str, within: Option<&str>) -> Vec<Violation> {
        let results = self.axe_results(within);
        let dir = screenshots();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join(format!("axe-{name}.json")),
            serde_json::to_string_pretty(&results).unwrap(),
        )
        .unwrap();
        failing(&results)
    }

    /// Fails, listing each one, when axe-core finds a serious or critical
    /// violation on the window now; the report is saved either way.
    pub fn axe(&self, name: &str) {
        let found = self.axe_check(name);
        assert!(found.is_empty(), "{name}: {}", describe(&found));
    }
}

/// Visible controls smaller than 44 × 44 CSS px (WCAG 2.5.5, the app's
/// rule for touch targets; axe's `target-size` checks only 24 px). A
/// checkbox or radio counts with its label (the label takes the tap); a
/// link inside a sentence is exempt (2.5.5's inline exception). The nursery
/// map's marks count as they are drawn (a tap circle a gap wide).
const SMALL_TARGETS: &str = "
    const out = [];
    const controls = document.querySelectorAll(
        'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex=\"-1\"])');
    for (const e of controls) {
        if (e.disabled || e.closest('[aria-hidden=true], [inert]')) continue;
        const target = (e.type === 'checkbox' || e.type === 'radio') && e.labels && e.labels[0] || e;
        const r = target.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (e.tagName === 'A' && getComputedStyle(e).display === 'inline') continue;
        if (r.width < 43.5 || r.height < 43.5) {
            out.push({sel: e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''),
                      size: Math.round(r.width) + 'x' + Math.round(r.height)});
        }
    }
    return out;";

impl Session {
    /// The visible controls smaller than 44 × 44 px, as violations of the
    /// rule `target-size-44` (impact serious).
    pub fn small_targets(&self) -> Vec<Violation> {
        let found = self.execute(SMALL_TARGETS);
        found
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| Violation {
                rule: "target-size-44".into(),
                impact: "serious".into(),
                help: format!(
                    "a touch target of {} px, under 44 × 44",
                    t["size"].as_str().unwrap_or_default()
                ),
                targets: vec![t["sel"].as_str().unwrap_or_default().to_owned()],
            })
            .collect()
    }
}

impl Session {
    /// The widest element that makes the page scroll sideways (text must
    /// reflow, WCAG 1.4.4 and 1.4.10), as a violation of `reflow`.
    pub fn sideways(&self) -> Option<Violation> {
        let found = self.execute(
            "const w = document.documentElement.clientWidth;
             if (document.documentElement.scrollWidth <= w + 1) return null;
             let worst = null;
             for (const e of document.querySelectorAll('main *')) {
                 const r = e.getBoundingClientRect();
                 if (r.right > w + 1 && (!worst || r.width < worst.width)
                     && !e.closest('[role=region][tabindex]')) {
                     worst = {sel: e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + String(e.className.baseVal ?? e.className).trim().split(/\\s+/).join('.'), width: r.width, right: r.right};
                 }
             }
             return worst && [worst.sel, Math.round(worst.right) + ' px of ' + w];",
        );
        let found = found.as_array()?;
        Some(Violation {
            rule: "reflow".into(),
            impact: "serious".into(),
            help: format!(
                "the page scrolls sideways: {}",
                found[1].as_str().unwrap_or_default()
            ),
            targets: vec![found[0].as_str().unwrap_or_default().to_owned()],
        })
    }
}

/// One line per violation: rule, impact, help and the elements.
pub fn describe(found: &[Violation]) -> String {
    found
        .iter()
        .map(|v| {
            format!(
                "\n  {} ({}): {} at {}",
                v.rule,
                v.impact,
                v.help,
                v.targets.join(", ")
            )
        })
        .collect()
}
