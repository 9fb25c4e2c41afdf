//! Pieces of navigation the screens share.

use hagukumi_core::model::RecordId;
use hagukumi_i18n::Localizer;
use wasm_bindgen::JsCast as _;
use yew::prelude::*;

/// The way back home at the top of a screen (`#back`).
pub(crate) fn back_crumb(l: &Localizer, on_back: &Callback<()>) -> Html {
    crumb(l, "back", "child-back", on_back)
}

/// A way back at the top of a screen: the button `id` saying `label`.
pub(crate) fn crumb(l: &Localizer, id: &'static str, label: &str, on_back: &Callback<()>) -> Html {
    html! {
        <nav class="crumbs">
            <button type="button" {id} class="link" onclick={on_back.reform(|_| ())}>
                { l.text(label) }
            </button>
        </nav>
    }
}

/// A card on home that says what a screen is for and opens it: `name`
/// gives its ids (`{name}-card`, `open-{name}`) and its words
/// (`{name}-card-title`, `{name}-card-intro`, `{name}-card-open`).
pub(crate) fn entry_card(l: &Localizer, name: &str, on_open: &Callback<()>) -> Html {
    let title_id = format!("{name}-card-title");
    html! {
        <section class={format!("card {name}-card")} id={format!("{name}-card")}
            aria-labelledby={title_id.clone()}>
            <h2 id={title_id.clone()}>{ l.text(&title_id) }</h2>
            <p class="muted">{ l.text(&format!("{name}-card-intro")) }</p>
            { open_chip(l, format!("open-{name}"), &format!("{name}-card-open"), on_open) }
        </section>
    }
}

/// The chip `id` that opens a screen: `label` and "›".
pub(crate) fn open_chip(
    l: &Localizer,
    id: impl Into<AttrValue>,
    label: &str,
    on_open: &Callback<()>,
) -> Html {
    html! {
        <button type="button" class="chip" id={id.into()} onclick={on_open.reform(|_| ())}>
            { l.text(label) }{ " ›" }
        </button>
    }
}

/// A new screen starts at its top, not where home was scrolled.
pub(crate) fn to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Scrolls the element `id` into view.
pub(crate) fn scroll_to(id: &str) {
    if let Some(e) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        e.scroll_into_view();
    }
}

/// [`to_top`] once, when the screen is mounted.
#[hook]
pub(crate) fn use_to_top() {
    use_effect_with((), |()| to_top());
}

/// The app's screens, one at a time in the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Screen {
    #[default]
    Home,
    Child(RecordId),
    Pregnancy(RecordId),
    Official,
    Backup,
    Programs,
    Materials,
    Benefits,
    Nursery,
}

impl Screen {
    fn key(self) -> String {
        match self {
            Screen::Home => "home".into(),
            Screen::Child(id) => format!("child-{id}"),
            Screen::Pregnancy(id) => format!("pregnancy-{id}"),
            Screen::Official => "official".into(),
            Screen::Backup => "backup".into(),
            Screen::Programs => "programs".into(),
            Screen::Materials => "materials".into(),
            Screen::Benefits => "benefits".into(),
            Screen::Nursery => "nursery".into(),
        }
    }

    fn from_key(key: &str) -> Option<Screen> {
        let id = |prefix: &str| key.strip_prefix(prefix).and_then(|id| id.parse().ok());
        Some(match key {
            "home" => Screen::Home,
            "official" => Screen::Official,
            "backup" => Screen::Backup,
            "programs" => Screen::Programs,
            "materials" => Screen::Materials,
            "benefits" => Screen::Benefits,
            "nursery" => Screen::Nursery,
            _ => {
                if let Some(id) = id("child-") {
                    Screen::Child(id)
                } else {
                    Screen::Pregnancy(id("pregnancy-")?)
                }
            }
        })
    }
}

/// Where the window's history stands: the screen, whether the recovery
/// sheet is open over it (its code is never put in the history), and how
/// many of the app's entries lie above the first one (home's).
///
/// Android's back button goes back in the WebView's history while it can
/// (see `docs/phones.md`), so every screen opened from home is an entry
/// (`history.pushState`), a screen opened from another replaces it (its
/// own back goes home, so the button's does too), and the screens' own
/// back goes back in the history: the `popstate` that follows shows the
/// entry below, whichever back was used. The lock screen is never an
/// entry, and nothing listens while locked (the app is not mounted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub screen: Screen,
    pub sheet: bool,
    depth: u32,
}

/// The prefix of the app's history states.
const STATE: &str = "hagukumi";

impl Entry {
    fn state(self) -> String {
        let sheet = if self.sheet { "+sheet" } else { "" };
        format!("{STATE}:{}:{}{sheet}", self.depth, self.screen.key())
    }

    /// The entry of a history state; home for any state that is not the app's.
    fn from_state(state: Option<String>) -> Entry {
        let parse = |s: &str| {
            let mut parts = s.splitn(3, ':');
            if parts.next() != Some(STATE) {
                return None;
            }
            let depth = parts.next()?.parse().ok()?;
            let rest = parts.next()?;
            let (key, sheet) = match rest.strip_suffix("+sheet") {
                Some(key) => (key, true),
                None => (rest, false),
            };
            Some(Entry {
                screen: Screen::from_key(key)?,
                sheet,
                depth,
            })
        };
        state.as_deref().and_then(parse).unwrap_or_default()
    }
}

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

/// The entry the window's history is on now.
pub(crate) fn current() -> Entry {
    Entry::from_state(
        history()
            .and_then(|h| h.state().ok())
            .and_then(|s| s.as_string()),
    )
}

/// Shows `screen` in the history: an entry above home, or in place of the
/// screen shown now.
pub(crate) fn enter(screen: Screen) {
    let (Some(history), now) = (history(), current()) else {
        return;
    };
    let state = |depth| {
        wasm_bindgen::JsValue::from_str(
            &Entry {
                screen,
                sheet: false,
                depth,
            }
            .state(),
        )
    };
    let _ = if now.depth == 0 {
        history.push_state(&state(1), "")
    } else {
        history.replace_state(&state(now.depth), "")
    };
}

/// The recovery sheet opened over the screen shown: an entry of its own.
pub(crate) fn enter_sheet() {
    let now = current();
    if let Some(history) = history() {
        let entry = Entry {
            sheet: true,
            depth: now.depth + 1,
            ..now
        };
        let _ = history.push_state(&wasm_bindgen::JsValue::from_str(&entry.state()), "");
    }
}

/// Goes back one entry when the window is on one of the app's entries
/// above home (the `popstate` then shows the one below); `false` when there
/// is none, for the caller to show home itself.
pub(crate) fn back() -> bool {
    match history() {
        Some(history) if current().depth > 0 => history.back().is_ok(),
        _ => false,
    }
}

/// Calls `on_pop` with the entry the window's history lands on, whichever
/// back (or forward) took it there. At mount, a history left on a screen
/// (the app was locked there and is unlocked now, on home) goes back to
/// home's entry.
#[hook]
pub(crate) fn use_popstate(on_pop: Callback<Entry>) {
    use_effect_with((), move |()| {
        let listener = crate::listen::window("popstate", move |e| {
            let state = e.dyn_ref::<web_sys::PopStateEvent>().map(|e| e.state());
            on_pop.emit(Entry::from_state(state.and_then(|s| s.as_string())));
        });
        let depth = current().depth;
        if let (Some(history), true) = (history(), depth > 0) {
            let _ = history.go_with_delta(-(depth as i32));
        }
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_survive_their_state_and_strangers_are_home() {
        for screen in [
            Screen::Home,
            Screen::Child(12),
            Screen::Pregnancy(3),
            Screen::Official,
            Screen::Backup,
            Screen::Programs,
            Screen::Materials,
            Screen::Benefits,
            Screen::Nursery,
        ] {
            for sheet in [false, true] {
                let entry = Entry {
                    screen,
                    sheet,
                    depth: 2,
                };
                assert_eq!(Entry::from_state(Some(entry.state())), entry);
            }
        }
        for stranger in [
            None,
            Some(""),
            Some("home"),
            Some("hagukumi:x:child-1"),
            Some("hagukumi:1:child-x"),
            Some("other:1:official"),
        ] {
            assert_eq!(
                Entry::from_state(stranger.map(str::to_owned)),
                Entry::default()
            );
        }
    }
}
