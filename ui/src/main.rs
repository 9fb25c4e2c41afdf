//! Hagukumi's UI: a Yew app in the Tauri window.
//!
//! It only shows and asks: ages, weeks and validation come from
//! `hagukumi-core`, words from `hagukumi-i18n` (Fluent), records from the
//! shell's commands (see `ipc`). Element ids are stable: the end-to-end
//! tests and assistive technology rely on them.

mod add;
mod backup;
mod benefits;
mod child;
mod clinic_card;
mod drag;
mod form;
mod growth;
mod history;
mod hoiku;
mod ipc;
mod listen;
mod lock;
mod materials;
mod nav;
mod nursery;
mod opened;
mod photos;
mod poll;
mod portal;
mod pregnancy;
mod programs;
mod records;
mod reminders;
mod timeline;
mod vaccines;

use hagukumi_core::api::{CommandError, HomeView};
use hagukumi_core::{Child, Language, Pregnancy};
use hagukumi_i18n::{LocaleFiles, Localizer, Value};
use nav::{Entry, Screen};
use serde::Serialize;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The localizer of the current language, shared through a context.
#[derive(Clone)]
pub(crate) struct Tr(Rc<Localizer>);

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        self.0.language() == other.0.language()
    }
}

impl std::ops::Deref for Tr {
    type Target = Localizer;
    fn deref(&self) -> &Localizer {
        &self.0
    }
}

#[hook]
pub(crate) fn use_tr() -> Tr {
    use_context::<Tr>().expect("Tr context")
}

/// The localizer of `language` (the parent's choice, or the default while
/// unknown), from the Fluent files the shell sends — the wasm carries none.
/// The previous language's stays until the next one's files came; when they
/// cannot be read, `failed` hears why and the message ids show instead.
#[hook]
pub(crate) fn use_localizer(
    language: Option<Language>,
    failed: Callback<CommandError>,
) -> UseStateHandle<Option<Tr>> {
    let tr = use_state(|| None::<Tr>);
    {
        let tr = tr.clone();
        use_effect_with(language, move |language| {
            let language = *language;
            if tr.is_none() || tr.as_ref().map(|t| t.language()) != language {
                wasm_bindgen_futures::spawn_local(async move {
                    #[derive(Serialize)]
                    struct Args {
                        language: Option<Language>,
                    }
                    let args = Args { language };
                    match ipc::invoke::<_, LocaleFiles>("locale_files", &args).await {
                        Ok(chain) => tr.set(Some(Tr(Rc::new(Localizer::from_files(&chain))))),
                        Err(e) => {
                            tr.set(Some(Tr(Rc::new(Localizer::from_files(&[])))));
                            failed.emit(e);
                        }
                    }
                });
            }
        });
    }
    tr
}

/// A command error in the parent's language.
pub(crate) fn error_text(l: &Localizer, e: &CommandError) -> String {
    match e {
        CommandError::Store { message_id, detail } => {
            l.format(message_id, &[("detail", Value::from(detail.as_str()))])
        }
        CommandError::Internal { detail } => l.format(
            "error-internal",
            &[("detail", Value::from(detail.as_str()))],
        ),
        CommandError::Invalid { .. } | CommandError::Refused { .. } => l.text(e.message_id()),
    }
}

/// The store's errors that open a first screen instead of an error: this
/// device has no key for the handbook (`RecoveryStart`), or a handbook that
/// was in the folder still has its key: moved away, or the app reinstalled
/// (`ElsewhereStart`).
fn first_screen(e: &CommandError) -> Option<&'static str> {
    match e {
        CommandError::Store { message_id, .. } => {
            ["error-store-key-missing", "error-store-handbook-elsewhere"]
                .into_iter()
                .find(|id| message_id == id)
        }
        _ => None,
    }
}

/// A screen's view while it loads (home, a child's, a pregnancy's).
#[derive(Clone, PartialEq)]
pub(crate) enum Load<V> {
    Loading,
    Ready(V),
    Failed(CommandError),
}

#[function_component(App)]
fn app() -> Html {
    let load = use_state(|| Load::<HomeView>::Loading);
    // The language chosen: `None` until the handbook said (the shell then
    // sends the files of the handbook's language).
    let lang = use_state(|| None::<Language>);
    let screen = use_state(Screen::default);
    // The recovery code whose sheet is open.
    let sheet = use_state(|| None::<String>);
    // The localizer of the language chosen; a failure to load it shows as
    // the app's error.
    let tr = {
        let load = load.clone();
        use_localizer(*lang, Callback::from(move |e| load.set(Load::Failed(e))))
    };

    // A new handbook's recovery code until the parent confirms; loaded with
    // home so the notice is there from the first frame (no layout shift).
    let pending_code = use_state(|| None::<String>);
    let reload = {
        let load = load.clone();
        let lang = lang.clone();
        let pending_code = pending_code.clone();
        Callback::from(move |()| {
            let load = load.clone();
            let lang = lang.clone();
            let pending_code = pending_code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, HomeView>("load_home", &()).await {
                    Ok(view) => {
                        match ipc::invoke::<_, Option<String>>("recovery_code_pending", &()).await {
                            Ok(code) => pending_code.set(code),
                            Err(e) => return load.set(Load::Failed(e)),
                        }
                        lang.set(Some(view.language));
                        load.set(Load::Ready(view));
                    }
                    Err(e) => load.set(Load::Failed(e)),
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |()| reload.emit(()));
    }
    // Opens a screen, an entry of the window's history (`nav::enter`).
    let open = {
        let (screen, sheet) = (screen.clone(), sheet.clone());
        Callback::from(move |to: Screen| {
            nav::enter(to);
            sheet.set(None);
            screen.set(to);
        })
    };
    // The window's history landed on an entry (either back): show it.
    let show = {
        let (screen, sheet, reload) = (screen.clone(), sheet.clone(), reload.clone());
        Callback::from(move |entry: Entry| {
            if !entry.sheet {
                sheet.set(None);
            }
            screen.set(entry.screen);
            if entry.screen == Screen::Home {
                reload.emit(());
            }
        })
    };
    nav::use_popstate(show.clone());
    // A screen's own back: the history's, or home when it has no entry.
    let home = Callback::from(move |()| {
        if !nav::back() {
            show.emit(Entry::default());
        }
    });
    // A tapped notification (the monthly news) opens its screen.
    {
        let open = open.clone();
        opened::use_opened(Callback::from(move |opens: String| {
            let target = match opens.as_str() {
                "programs" => Screen::Programs,
                "benefits" => Screen::Benefits,
                "nursery" => Screen::Nursery,
                _ => return,
            };
            open.emit(target);
        }));
    }
    let on_sheet = {
        let sheet = sheet.clone();
        Callback::from(move |code| {
            nav::enter_sheet();
            sheet.set(Some(code));
        })
    };
    {
        // Keep <html lang> true for fonts (CJK glyph choice) and screen readers.
        use_effect_with(tr.as_ref().map(|t| t.language()), |lang| {
            let root = gloo_document().and_then(|d| d.document_element());
            if let (Some(lang), Some(root)) = (lang, root) {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
    }
    let on_language = {
        let lang = lang.clone();
        let load = load.clone();
        Callback::from(move |choice: Language| {
            let lang = lang.clone();
            let load = load.clone();
            #[derive(Serialize)]
            struct Args {
                language: Language,
            }
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, ()>("set_language", &Args { language: choice }).await {
                    Ok(()) => lang.set(Some(choice)),
                    // No handbook open yet: the recovery screen still changes language.
                    Err(e) if first_screen(&e).is_some() => lang.set(Some(choice)),
                    Err(e) => load.set(Load::Failed(e)),
                }
            });
        })
    };

    // The start's marks: home's data and words are in (drawing starts), and
    // home is drawn (effects run after the page has it).
    let home_ready = tr.is_some() && matches!(*load, Load::Ready(_)) && *screen == Screen::Home;
    if home_ready {
        mark("hagukumi-data");
    }
    use_effect_with(home_ready, |ready| {
        if *ready {
            mark("hagukumi-home");
        }
    });
    // Nothing to say before the words came (a moment, from the shell).
    let Some(tr) = (*tr).clone() else {
        return html! {};
    };
    let lang = tr.language();
    let body = match &*load {
        Load::Loading => html! { <p class="loading" id="loading">{ tr.text("app-loading") }</p> },
        Load::Failed(e) if first_screen(e) == Some("error-store-key-missing") => {
            html! { <backup::RecoveryStart on_opened={reload.clone()} /> }
        }
        Load::Failed(e) if first_screen(e).is_some() => {
            html! { <backup::ElsewhereStart on_opened={reload.clone()} /> }
        }
        Load::Failed(e) => html! {
            <section class="card fatal" id="load-error" role="alert">
                <p>{ error_text(&tr, e) }</p>
                <p class="hint">{ tr.text("error-retry-hint") }</p>
            </section>
        },
        Load::Ready(view) if sheet.is_some() => {
            let on_close = {
                let sheet = sheet.clone();
                Callback::from(move |()| {
                    if !(nav::current().sheet && nav::back()) {
                        sheet.set(None);
                    }
                })
            };
            html! {
                <backup::SheetScreen
                    code={sheet.as_deref().unwrap_or_default().to_owned()}
                    today={view.today}
                    family={view.children.iter().map(|c| c.name.clone()).collect::<Vec<_>>()}
                    {on_close} />
            }
        }
        Load::Ready(view) => match *screen {
            Screen::Backup => html! {
                <backup::BackupScreen on_back={home.clone()} on_sheet={on_sheet.clone()}
                    on_restored={reload.clone()} />
            },
            Screen::Programs => html! {
                <programs::ProgramsScreen on_back={home.clone()}
                    on_benefits={open.reform(|()| Screen::Benefits)} />
            },
            Screen::Materials => html! { <materials::MaterialsScreen on_back={home.clone()} /> },
            Screen::Benefits => html! { <benefits::BenefitsScreen on_back={home.clone()} /> },
            Screen::Nursery => html! {
                <nursery::NurseryScreen children={view.children.clone()} on_back={home.clone()} />
            },
            Screen::Official => html! {
                <portal::OfficialScreen children={view.children.clone()} on_back={home.clone()} />
            },
            Screen::Pregnancy(pregnancy_id) => html! {
                <pregnancy::PregnancyScreen {pregnancy_id} on_back={home.clone()} />
            },
            Screen::Child(child_id) => html! {
                <child::ChildScreen {child_id} on_back={home.clone()} />
            },
            Screen::Home => {
                let on_added = reload.reform(|_: ()| ());
                let on_open = open.reform(Screen::Child);
                let on_open_pregnancy = open.reform(Screen::Pregnancy);
                let on_open_official = open.reform(|()| Screen::Official);
                let on_open_backups = open.reform(|()| Screen::Backup);
                let on_open_programs = open.reform(|()| Screen::Programs);
                html! {
                    <>
                        if let Some(code) = &*pending_code {
                            <backup::RecoveryCodeNotice
                                code={code.clone()}
                                on_confirmed={{ let p = pending_code.clone(); Callback::from(move |()| p.set(None)) }}
                                {on_sheet}
                                on_open_backups={on_open_backups.clone()} />
                        }
                        if !view.children.is_empty() || !view.pregnancies.is_empty() {
                            <timeline::NextActions
                                on_open={on_open.clone()}
                                on_open_pregnancy={on_open_pregnancy.clone()}
                                on_open_nursery={open.reform(|()| Screen::Nursery)}
                                version={view.children.len() * 1000 + view.pregnancies.len()}
                            />
                        }
                        <Home view={view.clone()} {on_open} {on_open_pregnancy} />
                        if !view.children.is_empty() || !view.pregnancies.is_empty() {
                            <programs::ProgramsCard
                                on_open={on_open_programs}
                                version={view.children.len() * 1000 + view.pregnancies.len()} />
                        }
                        <materials::MaterialsCard
                            on_open={open.reform(|()| Screen::Materials)} />
                        if !view.children.is_empty() {
                            <benefits::BenefitsCard
                                on_open={open.reform(|()| Screen::Benefits)} />
                        }
                        <nursery::NurseryCard on_open={open.reform(|()| Screen::Nursery)} />
                        <portal::PortalCard on_open={on_open_official} on_synced={reload.clone()} />
                        <backup::BackupCard on_open={on_open_backups} />
                        <lock::settings::LockSettings />
                        <div class="forms">
                            <add::ChildForm on_added={on_added.clone()} />
                            <add::PregnancyForm on_added={on_added} />
                        </div>
                        if !view.children.is_empty() || !view.pregnancies.is_empty() {
                            <reminders::ReminderSettingsForm />
                        }
                    </>
                }
            }
        },
    };
    html! {
        <ContextProvider<Tr> context={tr.clone()}>
            <header class="top">
                <div class="brand">
                    <h1 id="app-name">{ tr.text("app-name") }</h1>
                    <span class="tagline">{ tr.text("app-tagline") }</span>
                </div>
                <LanguageSwitch current={lang} on_change={on_language} />
                if !lang.reviewed() {
                    <p id="lang-note" class="lang-note">
                        { tr.format("language-unreviewed", &[("name", lang.native_name().into())]) }
                    </p>
                }
            </header>
            <main id="home">{ body }</main>
        </ContextProvider<Tr>>
    }
}

fn gloo_document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

#[derive(Properties, PartialEq)]
struct LanguageSwitchProps {
    current: Language,
    on_change: Callback<Language>,
}

/// Japanese and English as buttons; every other language, in its own
/// script, in a select beside them under the unreviewed mark (the header
/// says it again while one of them is chosen).
#[function_component(LanguageSwitch)]
fn language_switch(props: &LanguageSwitchProps) -> Html {
    let tr = use_tr();
    let (reviewed, others): (Vec<Language>, Vec<Language>) =
        Language::ALL.into_iter().partition(|l| l.reviewed());
    let on_select = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(lang) = select.value().parse() {
                on_change.emit(lang);
            }
        })
    };
    let other_current = !props.current.reviewed();
    html! {
        <nav class="lang" aria-label={tr.text("language-label")}>
            { for reviewed.into_iter().map(|lang| {
                let on_change = props.on_change.clone();
                let pressed = lang == props.current;
                html! {
                    <button
                        type="button"
                        id={format!("lang-{}", lang.code())}
                        lang={lang.code()}
                        aria-pressed={pressed.to_string()}
                        class={classes!(pressed.then_some("active"))}
                        onclick={Callback::from(move |_| on_change.emit(lang))}
                    >
                        { lang.native_name() }
                    </button>
                }
            }) }
            <select
                id="lang-other"
                aria-label={tr.text("language-more")}
                class={classes!(other_current.then_some("active"))}
                onchange={on_select}
            >
                <option value="" selected={!other_current} disabled=true>
                    { tr.text("language-more") }
                </option>
                <optgroup label={tr.text("language-unreviewed-group")}>
                    { for others.into_iter().map(|lang| html! {
                        <option
                            value={lang.code()}
                            lang={lang.code()}
                            selected={lang == props.current}
                        >
                            { lang.native_name() }
                        </option>
                    }) }
                </optgroup>
            </select>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct HomeProps {
    view: HomeView,
    on_open: Callback<hagukumi_core::model::RecordId>,
    on_open_pregnancy: Callback<hagukumi_core::model::RecordId>,
}

#[function_component(Home)]
fn home(props: &HomeProps) -> Html {
    let tr = use_tr();
    let view = &props.view;
    if view.children.is_empty() && view.pregnancies.is_empty() {
        return html! { <p class="card empty" id="home-empty">{ tr.text("home-empty") }</p> };
    }
    html! {
        <>
            if !view.children.is_empty() {
                <section aria-labelledby="children-title">
                    <h2 id="children-title">{ tr.text("home-children") }</h2>
                    <ul class="cards" id="children">
                        { for view.children.iter().map(|c| child_card(&tr, c, view, &props.on_open)) }
                    </ul>
                </section>
            }
            if !view.pregnancies.is_empty() {
                <section aria-labelledby="pregnancies-title">
                    <h2 id="pregnancies-title">{ tr.text("home-pregnancies") }</h2>
                    <ul class="cards" id="pregnancies">
                        { for view.pregnancies.iter().map(|p| pregnancy_card(&tr, p, view, &props.on_open_pregnancy)) }
                    </ul>
                </section>
            }
        </>
    }
}

fn child_card(
    tr: &Localizer,
    child: &Child,
    view: &HomeView,
    on_open: &Callback<hagukumi_core::model::RecordId>,
) -> Html {
    let age = child
        .age_on(view.today)
        .map(|a| tr.age(a))
        .unwrap_or_default();
    let born = tr.format(
        "child-born",
        &[("date", Value::from(tr.date(child.birth_date)))],
    );
    html! {
        <li class="child-item">
            <button type="button" class="card child-card" id={format!("child-{}", child.id)}
                onclick={{ let (on_open, id) = (on_open.clone(), child.id); Callback::from(move |_| on_open.emit(id)) }}>
                <span class="avatar" aria-hidden="true">
                    { child.name.chars().next().map(String::from).unwrap_or_default() }
                </span>
                <span class="child-text">
                    <span class="child-name">{ &child.name }</span>
                    <span class="child-age">{ age }</span>
                    <span class="child-born muted">{ born }</span>
                </span>
                <span class="chevron" aria-hidden="true">{ "›" }</span>
            </button>
        </li>
    }
}

fn pregnancy_card(
    tr: &Localizer,
    p: &Pregnancy,
    view: &HomeView,
    on_open: &Callback<hagukumi_core::model::RecordId>,
) -> Html {
    let facts = pregnancy::Facts::new(tr, p, view.today);
    html! {
        <li class="pregnancy-item">
            <button type="button" class="card pregnancy-card" id={format!("pregnancy-{}", p.id)}
                onclick={{ let (on_open, id) = (on_open.clone(), p.id); Callback::from(move |_| on_open.emit(id)) }}>
                <span class="avatar soft" aria-hidden="true">{ facts.initial() }</span>
                <span class="child-text">
                    <span class="pregnancy-title">{ &facts.title }</span>
                    if let Some(week) = &facts.week {
                        <span class="pregnancy-week">{ week }</span>
                    }
                    <span class="pregnancy-expected muted">{ &facts.expected }</span>
                    <span class="pregnancy-countdown muted">{ &facts.countdown }</span>
                </span>
                <span class="chevron" aria-hidden="true">{ "›" }</span>
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub numeric: bool,
    pub oninput: Callback<String>,
}

/// A labelled text field with its hint and its error right below it.
#[function_component(TextField)]
pub(crate) fn text_field(props: &FieldProps) -> Html {
    let oninput = props.oninput.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let described = match (&props.hint, &props.error) {
        (Some(_), Some(_)) => format!("{hint_id} {error_id}"),
        (Some(_), None) => hint_id.clone(),
        (None, Some(_)) => error_id.clone(),
        (None, None) => String::new(),
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode={props.numeric.then_some("numeric")}
                autocomplete="off"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={(!described.is_empty()).then_some(described)}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if let Some(error) = &props.error {
                <p class="error" id={error_id} role="alert">{ error }</p>
            }
        </div>
    }
}

pub(crate) use form::{
    on_submit, select_setter, select_value, setter, status_line, submit, submit_button, FormState,
    Invalid,
};

/// The app behind its lock: nothing of it is rendered while locked.
#[function_component(Root)]
fn root() -> Html {
    html! { <lock::Gate><App /></lock::Gate> }
}

/// Marks the first time a moment of the start came, in the page's
/// performance timeline: the start bench (`tests/examples/start.rs`) reads
/// these to say where a cold start goes; nothing else does.
fn mark(name: &str) {
    if let Some(timeline) = web_sys::window().and_then(|w| w.performance()) {
        if timeline.get_entries_by_name(name).length() == 0 {
            let _ = timeline.mark(name);
        }
    }
}

fn main() {
    mark("hagukumi-wasm");
    yew::Renderer::<Root>::new().render();
}
