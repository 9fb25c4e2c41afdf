//! The search's further filters, as core's `SearchRequest` has them: the
//! commute (drop-off and pick-up times), where distances are measured from
//! (home, the workplace or a station, entered as the place's latitude and
//! longitude: no list of stations is made up here), how far, and the order.
//! Checked by core when the search runs (errors named in words).

use crate::form::select_field as select;
use crate::{setter, TextField};
use hagukumi_core::nursery::SearchRequest;
use hagukumi_i18n::Localizer;
use yew::prelude::*;

/// Where distances are measured from, as the parent names it.
pub(crate) const FROM_KINDS: [&str; 3] = ["home", "work", "station"];

/// The orders core knows.
const SORTS: [&str; 3] = ["code", "distance", "openings"];

/// The fields' state.
#[derive(Clone, PartialEq)]
pub(crate) struct Filters {
    pub drop_off: UseStateHandle<String>,
    pub pick_up: UseStateHandle<String>,
    /// `""` (nowhere) or one of [`FROM_KINDS`].
    pub from_kind: UseStateHandle<String>,
    /// `LAT,LON`.
    pub from: UseStateHandle<String>,
    pub within: UseStateHandle<String>,
    pub sort: UseStateHandle<String>,
}

#[hook]
pub(crate) fn use_filters() -> Filters {
    Filters {
        drop_off: use_state(String::new),
        pick_up: use_state(String::new),
        from_kind: use_state(String::new),
        from: use_state(String::new),
        within: use_state(String::new),
        sort: use_state(|| "code".to_owned()),
    }
}

impl Filters {
    /// Fills the request's filters from the fields (empty: not asked).
    pub(crate) fn apply(&self, r: &mut SearchRequest) {
        let some =
            |h: &UseStateHandle<String>| Some((**h).clone()).filter(|v| !v.trim().is_empty());
        r.drop_off = some(&self.drop_off);
        r.pick_up = some(&self.pick_up);
        if !self.from_kind.is_empty() {
            r.from = some(&self.from);
            r.within_km = some(&self.within);
        }
        r.sort = some(&self.sort);
    }

    /// The form's fields.
    pub(crate) fn fields(&self, tr: &Localizer) -> Html {
        let mut kinds = vec![("", tr.text("nursery-from-none"))];
        kinds.extend(
            FROM_KINDS
                .iter()
                .map(|k| (*k, tr.text(&format!("nursery-from-{k}")))),
        );
        let sorts = SORTS
            .iter()
            .map(|s| (*s, tr.text(&format!("nursery-sort-{s}"))))
            .collect();
        html! {
            <>
                <div class="nursery-times">
                    <TextField
                        id="nursery-drop-off"
                        label={tr.text("nursery-drop-off-label")}
                        placeholder="07:30"
                        value={(*self.drop_off).clone()}
                        oninput={setter(&self.drop_off)}
                    />
                    <TextField
                        id="nursery-pick-up"
                        label={tr.text("nursery-pick-up-label")}
                        placeholder="18:30"
                        value={(*self.pick_up).clone()}
                        oninput={setter(&self.pick_up)}
                    />
                </div>
                <p class="hint nursery-times-hint">{ tr.text("nursery-time-hint") }</p>
                { select("nursery-from-kind", tr.text("nursery-from-kind-label"), &self.from_kind, kinds) }
                if !self.from_kind.is_empty() {
                    <TextField
                        id="nursery-from"
                        label={tr.text("nursery-from-label")}
                        placeholder="35.6727,139.8170"
                        hint={Some(AttrValue::from(tr.text("nursery-from-hint")))}
                        value={(*self.from).clone()}
                        oninput={setter(&self.from)}
                    />
                    <TextField
                        id="nursery-within"
                        label={tr.text("nursery-within-label")}
                        placeholder="2"
                        value={(*self.within).clone()}
                        oninput={setter(&self.within)}
                    />
                }
                { select("nursery-sort", tr.text("nursery-sort-label"), &self.sort, sorts) }
            </>
        }
    }
}
