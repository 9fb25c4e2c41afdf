//! Never lose the handbook: a new handbook's recovery code (shown until the
//! parent confirms), the recovery sheet, the first screen when this device
//! has no key (open with the recovery code, or restore a backup), and the
//! backup and moving screen (back up now, automatic backups into a folder,
//! restore, the recovery code again).
//!
//! Files are named by typing their path: the window has no file dialog (no
//! dialog plugin, see ARCHITECTURE.md).

use crate::poll::{sleep, use_loaded, Loaded};
use crate::{
    error_text, ipc, on_submit, setter, status_line, submit_button, use_tr, FormState, Invalid,
    TextField,
};
use hagukumi_core::api::{BackupView, BackupWritten, CommandError};
use hagukumi_core::Date;
use hagukumi_i18n::{Localizer, Value};
use serde::Serialize;
use yew::prelude::*;

/// A recovery code's typo goes under the code field (the first), any
/// other outcome to the status line (the second).
fn code_problem(tr: &Localizer, state: &FormState) -> (Option<String>, FormState) {
    match state.failure.as_ref() {
        Some(e) if e.message_id().starts_with("error-recovery-code-") => {
            (Some(error_text(tr, e)), FormState::default())
        }
        _ => (None, state.clone()),
    }
}

/// The code, large, in its groups.
fn code_block(id: &str, code: &str) -> Html {
    html! {
        <p class="recovery-code" id={id.to_owned()} translate="no">
            { for code.split('-').map(|group| html! { <span>{ group }</span> }) }
        </p>
    }
}

/// The recovery code's field, its typo under it.
fn code_field(
    tr: &Localizer,
    id: &'static str,
    code: &UseStateHandle<String>,
    typo: Option<String>,
) -> Html {
    html! {
        <TextField
            {id}
            label={tr.text("recovery-code-field")}
            hint={Some(AttrValue::from(tr.text("recovery-code-hint")))}
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            value={(**code).clone()}
            error={typo}
            oninput={setter(code)}
        />
    }
}

/// Runs `command` (no arguments) on a click: `done` after it, its error
/// into `failure`.
fn run_on_click(
    command: &'static str,
    failure: &UseStateHandle<Option<CommandError>>,
    done: &Callback<()>,
) -> Callback<MouseEvent> {
    let (failure, done) = (failure.clone(), done.clone());
    Callback::from(move |_| {
        let (failure, done) = (failure.clone(), done.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match ipc::invoke::<_, ()>(command, &()).await {
                Ok(()) => done.emit(()),
                Err(e) => failure.set(Some(e)),
            }
        });
    })
}

/// A command's failure, when there is one.
fn failure_alert(tr: &Localizer, failure: Option<&CommandError>) -> Html {
    match failure {
        Some(e) => html! { <p class="error" role="alert">{ error_text(tr, e) }</p> },
        None => html! {},
    }
}

/// "Are you sure?" with a yes and a cancel (`<id>-question`, `<id>-yes`,
/// `<id>-cancel`; the dialog's own id when given).
fn confirm_dialog(
    tr: &Localizer,
    id: &'static str,
    dialog_id: Option<&'static str>,
    (question, yes): (&str, &str),
    on_yes: Callback<MouseEvent>,
    on_cancel: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="confirm" id={dialog_id} role="alertdialog" aria-labelledby={format!("{id}-question")}>
            <p id={format!("{id}-question")}>{ tr.text(question) }</p>
            <div class="backup-actions">
                <button type="button" class="primary" id={format!("{id}-yes")} onclick={on_yes}>
                    { tr.text(yes) }
                </button>
                <button type="button" class="chip" id={format!("{id}-cancel")} onclick={on_cancel}>
                    { tr.text("backups-code-cancel") }
                </button>
            </div>
        </div>
    }
}

// ------------------------------------------------------ new handbook's code

#[derive(Properties, PartialEq)]
pub(crate) struct RecoveryCodeNoticeProps {
    /// The new handbook's code (`recovery_code_pending`, loaded with home).
    pub code: AttrValue,
    /// The parent confirmed: the notice goes away for good.
    pub on_confirmed: Callback<()>,
    /// Opens the recovery sheet of this code.
    pub on_sheet: Callback<String>,
    /// Opens the backup screen (a family moving from another device).
    pub on_open_backups: Callback<()>,
}

/// A new handbook's recovery code, on top of home until the parent says it
/// is written down or printed.
#[function_component(RecoveryCodeNotice)]
pub(crate) fn recovery_code_notice(props: &RecoveryCodeNoticeProps) -> Html {
    let tr = use_tr();
    let failure = use_state(|| None::<CommandError>);
    let on_confirm = run_on_click("confirm_recovery_code", &failure, &props.on_confirmed);
    let on_sheet = {
        let (on_sheet, code) = (props.on_sheet.clone(), props.code.to_string());
        Callback::from(move |_| on_sheet.emit(code.clone()))
    };
    html! {
        <section class="card recovery-new" id="recovery-new" aria-labelledby="recovery-new-title" role="region">
            <h2 id="recovery-new-title">{ tr.text("recovery-new-title") }</h2>
            <p>{ tr.text("recovery-new-body") }</p>
            { code_block("recovery-new-code", &props.code) }
            <div class="backup-actions">
                <button type="button" class="primary" id="recovery-new-confirm" onclick={on_confirm}>
                    { tr.text("recovery-new-confirm") }
                </button>
                <button type="button" class="chip" id="recovery-new-sheet" onclick={on_sheet}>
                    { tr.text("recovery-new-sheet") }
                </button>
            </div>
            <button type="button" class="link" id="recovery-new-restore"
                onclick={props.on_open_backups.reform(|_| ())}>
                { tr.text("recovery-new-restore") }{ " ›" }
            </button>
            { failure_alert(&tr, (*failure).as_ref()) }
        </section>
    }
}

// ------------------------------------------------------------ the sheet

#[derive(Properties, PartialEq)]
pub(crate) struct SheetScreenProps {
    pub code: AttrValue,
    pub today: Date,
    /// The children's names, to tell two families' sheets apart.
    pub family: Vec<String>,
    pub on_close: Callback<()>,
}

/// The recovery sheet in the window, to print (everything else is hidden
/// when printing).
#[function_component(SheetScreen)]
pub(crate) fn sheet_screen(props: &SheetScreenProps) -> Html {
    let tr = use_tr();
    let body = hagukumi_report::recovery_sheet_body(
        &tr,
        &hagukumi_report::RecoverySheet {
            code: &props.code,
            today: props.today,
            family: &props.family,
        },
    );
    html! {
        <>
            <nav class="crumbs sheet-actions">
                <button type="button" id="sheet-close" class="link"
                    onclick={props.on_close.reform(|_| ())}>{ tr.text("backups-sheet-close") }</button>
                <button type="button" class="primary" id="sheet-print"
                    onclick={Callback::from(|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>
                    { tr.text("backups-sheet-print") }
                </button>
            </nav>
            <section class="card sheet" id="recovery-sheet">
                { Html::from_html_unchecked(AttrValue::from(body)) }
            </section>
        </>
    }
}

// ---------------------------------------------- opening with the code

#[derive(Properties, PartialEq)]
pub(crate) struct RecoveryStartProps {
    /// The handbook is open (with the code, or restored).
    pub on_opened: Callback<()>,
}

/// The first screen when this device has no key for the handbook: open it
/// with the recovery code, or restore a backup file.
#[function_component(RecoveryStart)]
pub(crate) fn recovery_start(props: &RecoveryStartProps) -> Html {
    let tr = use_tr();
    let code = use_state(String::new);
    let state = use_state(FormState::default);
    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            code: String,
        }
        let (c, on_opened) = (code.clone(), props.on_opened.clone());
        let args = move || Args { code: (*c).clone() };
        on_submit(
            &state,
            "recover_with_code",
            Invalid::AsFailure,
            args,
            move |()| {
                on_opened.emit(());
                None
            },
        )
    };
    let (typo, other) = code_problem(&tr, &state);
    html! {
        <div class="recovery-start" id="recovery-start">
            <section class="card" aria-labelledby="recovery-start-title">
                <h2 id="recovery-start-title">{ tr.text("recovery-start-title") }</h2>
                <p>{ tr.text("recovery-start-body") }</p>
            </section>
            <form class="card form" id="recover-form" {onsubmit} novalidate=true>
                <h2>{ tr.text("recovery-start-code-title") }</h2>
                { code_field(&tr, "recover-code", &code, typo) }
                { submit_button(&tr, "recover-submit", state.saving, "recovery-start-opening", "recovery-start-open") }
                { status_line(&tr, "recover-status", &other) }
            </form>
            <RestoreForm title={tr.text("recovery-start-restore-title")} on_restored={props.on_opened.clone()} />
        </div>
    }
}

// ------------------------------------------------------------ restore

#[derive(Properties, PartialEq)]
pub(crate) struct RestoreFormProps {
    pub title: AttrValue,
    pub on_restored: Callback<()>,
}

/// Restore a backup file with its recovery code.
#[function_component(RestoreForm)]
pub(crate) fn restore_form(props: &RestoreFormProps) -> Html {
    let tr = use_tr();
    let file = use_state(String::new);
    let code = use_state(String::new);
    let state = use_state(FormState::default);
    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            file: String,
            code: String,
        }
        let fields = (file.clone(), code.clone());
        let (f, c) = fields.clone();
        let args = move || Args {
            file: (*f).clone(),
            code: (*c).clone(),
        };
        let (on_restored, tr) = (props.on_restored.clone(), tr.clone());
        on_submit(
            &state,
            "restore_backup",
            Invalid::AsFailure,
            args,
            move |()| {
                // The code is not left on the screen.
                fields.0.set(String::new());
                fields.1.set(String::new());
                on_restored.emit(());
                Some(tr.text("backups-restored"))
            },
        )
    };
    let (typo, other) = code_problem(&tr, &state);
    html! {
        <form class="card form" id="restore-form" {onsubmit} novalidate=true>
            <h2>{ &props.title }</h2>
            <p class="hint">{ tr.text("backups-restore-body") }</p>
            <TextField
                id="restore-file"
                label={tr.text("backups-restore-file")}
                hint={Some(AttrValue::from(tr.text("backups-restore-file-hint")))}
                value={(*file).clone()}
                oninput={setter(&file)}
            />
            { code_field(&tr, "restore-code", &code, typo) }
            { submit_button(&tr, "restore-submit", state.saving, "backups-restore-working", "backups-restore-submit") }
            { status_line(&tr, "restore-status", &other) }
        </form>
    }
}

// ------------------------------------------------------- home card

#[derive(Properties, PartialEq)]
pub(crate) struct BackupCardProps {
    pub on_open: Callback<()>,
}

/// The way to the backup screen on home, with the last automatic backup.
#[function_component(BackupCard)]
pub(crate) fn backup_card(props: &BackupCardProps) -> Html {
    let tr = use_tr();
    let (view, _) = use_backup_view();
    let line = match &*view {
        Some(Ok(v)) => match (&v.problem, &v.last_auto) {
            (Some(p), _) => html! {
                <p class="error" id="backup-card-problem">{ auto_problem(&tr, p) }</p>
            },
            (None, Some(at)) => html! {
                <p class="muted">{ tr.format("backups-card-last", &[("when", Value::from(crate::history::changed_when(&tr, at)))]) }</p>
            },
            (None, None) => html! { <p class="muted">{ tr.text("backups-card-intro") }</p> },
        },
        Some(Err(e)) => html! { <p class="error">{ error_text(&tr, e) }</p> },
        None => html! {},
    };
    html! {
        <section class="card portal-card backup-card" id="backup-card" aria-labelledby="backup-card-title">
            <h2 id="backup-card-title">{ tr.text("backups-card-title") }</h2>
            { line }
            { crate::nav::open_chip(&tr, "open-backups", "backups-card-open", &props.on_open) }
        </section>
    }
}

fn auto_problem(tr: &Localizer, e: &CommandError) -> String {
    tr.format(
        "backups-auto-problem",
        &[("problem", Value::from(error_text(tr, e)))],
    )
}

/// The backup view, loaded once on mount; settable after a change, and
/// the callback loads it again.
#[hook]
fn use_backup_view() -> (Loaded<BackupView>, Callback<()>) {
    use_loaded("backup_status", (), ())
}

// ------------------------------------------------------------ the screen

#[derive(Properties, PartialEq)]
pub(crate) struct BackupScreenProps {
    pub on_back: Callback<()>,
    /// Opens the recovery sheet of this code.
    pub on_sheet: Callback<String>,
    /// A backup was restored: the handbook is another one now.
    pub on_restored: Callback<()>,
}

/// バックアップと引き継ぎ: what it all means in plain words, back up now,
/// automatic backups, restore, and the recovery code again.
#[function_component(BackupScreen)]
pub(crate) fn backup_screen(props: &BackupScreenProps) -> Html {
    let tr = use_tr();
    html! {
        <>
            { crate::nav::back_crumb(&tr, &props.on_back) }
            <div class="backup-screen" id="backup-screen">
                <section class="card backup-help" id="backup-help" aria-labelledby="backups-title">
                    <h2 id="backups-title">{ tr.text("backups-title") }</h2>
                    <h3 id="backup-help-title">{ tr.text("backups-help-title") }</h3>
                    { for ["backups-help-key", "backups-help-code", "backups-help-backup", "backups-help-move"]
                        .into_iter()
                        .map(|id| html! { <p id={id.to_owned()}>{ tr.text(id) }</p> }) }
                </section>
                <BackupNowForm />
                <AutoBackupForm />
                <RestoreForm title={tr.text("backups-restore-title")} on_restored={props.on_restored.clone()} />
                <RecoveryCodeAgain on_sheet={props.on_sheet.clone()} />
            </div>
        </>
    }
}

#[function_component(BackupNowForm)]
fn backup_now_form() -> Html {
    let tr = use_tr();
    let file = use_state(String::new);
    let state = use_state(FormState::default);
    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            file: String,
        }
        let f = file.clone();
        let args = move || Args { file: (*f).clone() };
        let tr = tr.clone();
        on_submit(
            &state,
            "backup_now",
            Invalid::AsFailure,
            args,
            move |w: BackupWritten| {
                Some(tr.format(
                    "backups-written",
                    &[
                        ("file", Value::from(w.file)),
                        ("size", Value::from(size(&tr, w.bytes))),
                    ],
                ))
            },
        )
    };
    html! {
        <form class="card form" id="backup-now-form" {onsubmit} novalidate=true>
            <h2>{ tr.text("backups-now-title") }</h2>
            <TextField
                id="backup-file"
                label={tr.text("backups-file-field")}
                hint={Some(AttrValue::from(tr.text("backups-file-hint")))}
                value={(*file).clone()}
                oninput={setter(&file)}
            />
            { submit_button(&tr, "backup-now-submit", state.saving, "backups-working", "backups-now-submit") }
            { status_line(&tr, "backup-now-status", &state) }
        </form>
    }
}

fn size(tr: &Localizer, bytes: u64) -> String {
    tr.format(
        "backups-size-kb",
        &[("kb", Value::from(bytes.div_ceil(1024)))],
    )
}

#[function_component(AutoBackupForm)]
fn auto_backup_form() -> Html {
    let tr = use_tr();
    let (view, reload) = use_backup_view();
    let folder = use_state(String::new);
    let keep = use_state(String::new);
    let state = use_state(FormState::default);
    {
        // Fill the fields once the settings arrive.
        let (folder, keep) = (folder.clone(), keep.clone());
        let auto = match &*view {
            Some(Ok(v)) => Some(v.auto.clone()),
            _ => None,
        };
        use_effect_with(auto, move |auto| {
            if let Some(auto) = auto {
                folder.set(auto.as_ref().map(|a| a.folder.clone()).unwrap_or_default());
                keep.set(
                    auto.as_ref()
                        .map_or(hagukumi_core::backup::KEEP_DEFAULT, |a| a.keep)
                        .to_string(),
                );
            }
        });
    }
    let onsubmit = {
        #[derive(Serialize)]
        struct Args {
            folder: String,
            keep: String,
        }
        let (f, k) = (folder.clone(), keep.clone());
        let args = move || Args {
            folder: (*f).clone(),
            keep: (*k).clone(),
        };
        let (view, tr) = (view.clone(), tr.clone());
        on_submit(
            &state,
            "set_auto_backup",
            Invalid::AsFailure,
            args,
            move |v: BackupView| {
                view.set(Some(Ok(v)));
                // The first backup is being made: show it when done.
                let reload = reload.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    sleep(1500).await;
                    reload.emit(());
                });
                Some(tr.text("backups-auto-saved"))
            },
        )
    };
    let summary = match &*view {
        Some(Ok(v)) => html! {
            <div class="backup-auto-status" id="backup-auto-status" role="status">
                <p>{ match &v.auto {
                    Some(a) => tr.format("backups-auto-on", &[("folder", Value::from(a.folder.clone())), ("keep", Value::from(a.keep))]),
                    None => tr.text("backups-auto-off"),
                } }</p>
                <p class="muted" id="backup-auto-last">{ match &v.last_auto {
                    Some(at) => tr.format("backups-auto-last", &[("when", Value::from(crate::history::changed_when(&tr, at)))]),
                    None => tr.text("backups-auto-never"),
                } }</p>
                if let Some(p) = &v.problem {
                    <p class="error" id="backup-auto-problem">{ auto_problem(&tr, p) }</p>
                }
            </div>
        },
        Some(Err(e)) => html! { <p class="error">{ error_text(&tr, e) }</p> },
        None => html! {},
    };
    html! {
        <form class="card form" id="auto-backup-form" {onsubmit} novalidate=true>
            <h2>{ tr.text("backups-auto-title") }</h2>
            <p class="hint">{ tr.text("backups-auto-intro") }</p>
            { summary }
            <TextField
                id="backup-folder"
                label={tr.text("backups-folder-field")}
                hint={Some(AttrValue::from(tr.text("backups-folder-hint")))}
                value={(*folder).clone()}
                oninput={setter(&folder)}
            />
            <TextField
                id="backup-keep"
                label={tr.text("backups-keep-field")}
                hint={Some(AttrValue::from(tr.format("backups-keep-hint", &[("max", Value::from(hagukumi_core::backup::KEEP_MAX))])))}
                value={(*keep).clone()}
                numeric=true
                oninput={setter(&keep)}
            />
            { submit_button(&tr, "auto-backup-submit", state.saving, "form-saving", "backups-auto-save") }
            { status_line(&tr, "auto-backup-status", &state) }
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct RecoveryCodeAgainProps {
    on_sheet: Callback<String>,
}

/// The recovery code again, after a confirmation.
#[function_component(RecoveryCodeAgain)]
fn recovery_code_again(props: &RecoveryCodeAgainProps) -> Html {
    let tr = use_tr();
    #[derive(Clone, PartialEq)]
    enum Step {
        Hidden,
        Asking,
        Shown(String),
        Failed(CommandError),
    }
    let step = use_state(|| Step::Hidden);
    let set = |next: Step| {
        let step = step.clone();
        Callback::from(move |_| step.set(next.clone()))
    };
    let on_show = {
        let step = step.clone();
        Callback::from(move |_| {
            let step = step.clone();
            wasm_bindgen_futures::spawn_local(async move {
                step.set(
                    match ipc::invoke::<_, String>("show_recovery_code", &()).await {
                        Ok(code) => Step::Shown(code),
                        Err(e) => Step::Failed(e),
                    },
                );
            });
        })
    };
    let body = match &*step {
        Step::Hidden | Step::Failed(_) => html! {
            <button type="button" class="chip" id="show-code" onclick={set(Step::Asking)}>
                { tr.text("backups-code-show") }
            </button>
        },
        Step::Asking => confirm_dialog(
            &tr,
            "show-code",
            Some("show-code-confirm"),
            ("backups-code-confirm", "backups-code-confirm-yes"),
            on_show,
            set(Step::Hidden),
        ),
        Step::Shown(code) => {
            let on_sheet = {
                let (on_sheet, code) = (props.on_sheet.clone(), code.clone());
                Callback::from(move |_| on_sheet.emit(code.clone()))
            };
            html! {
                <>
                    { code_block("shown-code", code) }
                    <div class="backup-actions">
                        <button type="button" class="primary" id="open-sheet" onclick={on_sheet}>
                            { tr.text("backups-sheet-open") }
                        </button>
                        <button type="button" class="chip" id="hide-code" onclick={set(Step::Hidden)}>
                            { tr.text("backups-code-hide") }
                        </button>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="card" id="backup-code" aria-labelledby="backup-code-title">
            <h2 id="backup-code-title">{ tr.text("backups-code-title") }</h2>
            <p class="hint">{ tr.text("backups-code-body") }</p>
            { body }
            { failure_alert(&tr, match &*step { Step::Failed(e) => Some(e), _ => None }) }
        </section>
    }
}

// ------------------------------------- a handbook that was here moved away

/// The first screen when a handbook that was in this folder still has its
/// key (its folder moved, or the app reinstalled): restore a backup here, or
/// start a new handbook after a question. Nothing is created until then.
#[function_component(ElsewhereStart)]
pub(crate) fn elsewhere_start(props: &RecoveryStartProps) -> Html {
    let tr = use_tr();
    let asking = use_state(|| false);
    let failure = use_state(|| None::<CommandError>);
    let on_start = run_on_click("start_new_handbook", &failure, &props.on_opened);
    let ask = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(value))
    };
    html! {
        <div class="recovery-start" id="elsewhere-start">
            <section class="card" aria-labelledby="elsewhere-title">
                <h2 id="elsewhere-title">{ tr.text("elsewhere-title") }</h2>
                <p>{ tr.text("elsewhere-body") }</p>
            </section>
            <RestoreForm title={tr.text("recovery-start-restore-title")} on_restored={props.on_opened.clone()} />
            <section class="card" id="elsewhere-new" aria-labelledby="elsewhere-new-title">
                <h2 id="elsewhere-new-title">{ tr.text("elsewhere-new-title") }</h2>
                <p class="hint">{ tr.text("elsewhere-new-body") }</p>
                if *asking {
                    { confirm_dialog(&tr, "elsewhere-new", None, ("elsewhere-new-confirm", "elsewhere-new-yes"), on_start, ask(false)) }
                } else {
                    <button type="button" class="chip" id="elsewhere-new-start" onclick={ask(true)}>
                        { tr.text("elsewhere-new-title") }
                    </button>
                }
                { failure_alert(&tr, (*failure).as_ref()) }
            </section>
        </div>
    }
}
