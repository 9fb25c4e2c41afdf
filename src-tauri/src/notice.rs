//! A notification in words, shared by the reminders (`crate::reminders`)
//! and the monthly news (`crate::monthly`).

use hagukumi_core::schedule::Reason;
use hagukumi_i18n::{Localizer, Value};
use tauri_plugin_notification::{NotificationExt, PermissionState};

/// A notification, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: String,
    pub title: String,
    pub body: String,
    /// What a tap on it opens in the window (`crate::tap`), if anything.
    pub opens: Option<&'static str>,
}

/// A reminder message with its arguments (dates in the language's format,
/// item names as their text) and the person as `who`.
pub(crate) fn render(l: &Localizer, reason: &Reason, who: &str) -> String {
    l.reason_with(reason, &[("who", Value::from(who.to_owned()))])
}

/// Asks the OS for permission to notify, once it matters: when the parent
/// adds a child or a pregnancy (reminders start then). Asked again only
/// while neither granted nor refused; on a thread, as the phone's dialog
/// waits for the parent. Desktops answer "granted" at once.
pub(crate) fn ask_permission(app: &tauri::AppHandle) {
    let app = app.clone();
    let asked = std::thread::Builder::new()
        .name("notification-permission".into())
        .spawn(move || {
            let notification = app.notification();
            if matches!(
                notification.permission_state(),
                Ok(PermissionState::Prompt | PermissionState::PromptWithRationale)
            ) {
                if let Err(e) = notification.request_permission() {
                    eprintln!("hagukumi: notification permission: {e}");
                }
            }
        });
    if let Err(e) = asked {
        eprintln!("hagukumi: notification permission: {e}");
    }
}
