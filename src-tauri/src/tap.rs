//! A tap on a notification opens what it is about: the monthly news
//! (今月のお知らせ) opens the programs list, a benefit's deadline reminder
//! the benefits screen.
//!
//! tauri-plugin-notification reports a tap (`actionId` `tap`) to the Rust
//! handlers registered with `on_action`: on Linux and the BSDs as the
//! Desktop Notifications Specification's `default` action (only for
//! notifications shown after the handler exists, and as far as the
//! notification server reports clicks), on Windows while the toast is on
//! screen, on macOS, and on Android and iOS. A notification that opens
//! something carries `extra.opens` (e.g. `programs`). The handler brings
//! the window forward and tells it through a DOM event
//! (`hagukumi-open`), evaluated in the page from Rust (the window has no
//! event or notification permission); the window then asks
//! [`take_opened`] what to open. Kept until asked, so a tap that started
//! the app (mobile) is opened once the window has loaded.

use std::sync::Mutex;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

/// The `extra` key naming what a notification opens.
pub const OPENS: &str = "opens";

/// What a tapped notification asked to open, until the window takes it.
static OPENED: Mutex<Option<String>> = Mutex::new(None);

/// The screens a notification may open.
const SCREENS: [&str; 3] = ["programs", "benefits", "nursery"];

/// Registers the tap handler; call before any notification is shown.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let handle = app.clone();
    let registered = app.notification().on_action(move |performed| {
        if performed.action_id() != "tap" {
            return;
        }
        let opens = performed
            .notification()
            .and_then(|n| n.extra().get(OPENS))
            .and_then(|v| v.as_str())
            .filter(|s| SCREENS.contains(s));
        if let Some(screen) = opens {
            open(&handle, screen);
        }
    });
    if let Err(e) = registered {
        eprintln!("hagukumi: notification taps: {e}");
    }
}

/// Brings the window forward and tells it to open `screen`.
pub(crate) fn open<R: Runtime>(app: &AppHandle<R>, screen: &str) {
    *OPENED.lock().unwrap_or_else(|e| e.into_inner()) = Some(screen.to_owned());
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        let _ = window.eval("window.dispatchEvent(new Event('hagukumi-open'))");
    }
}

/// What a tapped notification asked the window to open (once).
#[tauri::command(rename_all = "snake_case")]
pub fn take_opened() -> Option<String> {
    OPENED.lock().unwrap_or_else(|e| e.into_inner()).take()
}
