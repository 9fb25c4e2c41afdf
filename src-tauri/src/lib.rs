//! The Tauri shell: opens the handbook, hands the UI thin commands over it.
//!
//! Layering: commands only translate between the UI's JSON and the store and
//! core libraries. Validation lives in `hagukumi-core`, persistence in
//! `hagukumi-store`; nothing here decides what is a valid record.

mod backup;
mod benefits;
mod book;
mod booking;
mod bookmarks;
mod clinic_card;
mod clock;
mod commands;
mod growth;
mod hoiku;
#[cfg(target_os = "ios")]
mod ios_cover;
mod lock;
mod monthly;
mod notice;
mod nursery;
mod portal;
mod pregnancy;
mod programs;
mod reminders;
mod rules;
mod schedule;
mod state;
mod tap;

use std::path::PathBuf;

/// Where the handbook lives: `--data-dir DIR`, else `HAGUKUMI_DATA_DIR`, else
/// the platform data directory (the one default, shared with `hagu`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    pub data_dir: Option<PathBuf>,
    /// `--demo`: fill an empty handbook with the demo family.
    pub demo: bool,
    /// `--reference-portal` (or `HAGUKUMI_REFERENCE_PORTAL=1`): use the
    /// reference portal's profile (its development key), for the demo and
    /// the end-to-end tests.
    pub reference_portal: bool,
}

impl Options {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Options {
        let mut options = Options::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--demo" => options.demo = true,
                "--reference-portal" => options.reference_portal = true,
                "--data-dir" => options.data_dir = args.next().map(PathBuf::from),
                other => {
                    if let Some(dir) = other.strip_prefix("--data-dir=") {
                        options.data_dir = Some(PathBuf::from(dir));
                    }
                }
            }
        }
        options.reference_portal |= hagukumi_sync::profile::reference_requested_by_env();
        if options.data_dir.is_none() {
            options.data_dir = std::env::var_os("HAGUKUMI_DATA_DIR")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from);
        }
        options
    }
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let options = Options::from_args(std::env::args().skip(1));
    let builder = tauri::Builder::default();
    // Phones: the app lock's biometric prompt (the device passcode as
    // fallback) and the deep link the portal's consent returns to
    // (docs/phones.md). Neither is linked into desktop builds.
    #[cfg(mobile)]
    let builder = builder
        .plugin(tauri_plugin_biometric::init())
        .plugin(tauri_plugin_deep_link::init());
    builder
        // Reminders are shown from Rust; the window gets no notification
        // permission (capabilities/main.json).
        .plugin(tauri_plugin_notification::init())
        // The consent address is handed to the system browser from Rust;
        // the window gets no opener permission either.
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            schedule::init();
            programs::init();
            nursery::init();
            hoiku::init();
            // A handbook with an app lock stays closed until it is unlocked.
            let dir = state::data_dir(app.handle(), &options);
            let lock = lock::LockState::at_start(dir.as_deref().ok());
            let state = state::AppState::open(dir, &options, lock.locked());
            tauri::Manager::manage(app, state);
            tauri::Manager::manage(app, lock);
            tauri::Manager::manage(app, portal::PortalState::new(options.reference_portal));
            // Before the first notification: taps on later ones are reported.
            tap::start(app.handle().clone());
            reminders::start(app.handle().clone());
            let _ = portal::AFTER_SYNC.set(reminders::after_sync);
            portal::start(app.handle().clone());
            backup::start(app.handle().clone());
            lock::start(app.handle().clone());
            // Phones: the portal's consent comes back as the app's deep link.
            #[cfg(mobile)]
            {
                use tauri_plugin_deep_link::DeepLinkExt;
                let handle = app.handle().clone();
                app.deep_link().on_open_url(move |event| {
                    for url in event.urls() {
                        portal::on_app_link(&handle, url.to_string());
                    }
                });
            }
            Ok(())
        })
        .on_window_event(lock::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::load_home,
            commands::add_child,
            commands::add_pregnancy,
            commands::set_language,
            commands::locale_files,
            growth::growth_chart,
            commands::load_child,
            commands::child_summary_records,
            commands::child_records,
            commands::child_deleted_records,
            commands::add_record,
            commands::edit_record,
            commands::delete_record,
            commands::restore_record,
            commands::record_history,
            commands::set_child_sex,
            commands::set_growth_reference,
            commands::add_photo,
            schedule::load_plan,
            schedule::family_next,
            reminders::reminder_settings,
            reminders::set_reminder_settings,
            commands::record_photos,
            commands::delete_photo,
            commands::restore_photo,
            pregnancy::load_pregnancy,
            pregnancy::pregnancy_records,
            pregnancy::pregnancy_deleted_records,
            pregnancy::add_pregnancy_record,
            pregnancy::edit_pregnancy_record,
            pregnancy::delete_pregnancy_record,
            pregnancy::restore_pregnancy_record,
            pregnancy::pregnancy_record_history,
            portal::portal_status,
            portal::portal_connect,
            portal::portal_sync_now,
            portal::portal_disconnect,
            portal::official_items,
            portal::resolve_conflict,
            portal::questionnaires,
            portal::queue_questionnaire,
            pregnancy::add_pregnancy_photo,
            pregnancy::pregnancy_record_photos,
            pregnancy::delete_pregnancy_photo,
            pregnancy::restore_pregnancy_photo,
            backup::recovery_code_pending,
            backup::confirm_recovery_code,
            backup::show_recovery_code,
            backup::recover_with_code,
            backup::backup_now,
            backup::restore_backup,
            backup::backup_status,
            backup::set_auto_backup,
            backup::start_new_handbook,
            programs::municipalities,
            programs::set_municipality,
            programs::family_programs,
            programs::open_program_link,
            programs::materials,
            tap::take_opened,
            clinic_card::clinic_card,
            clinic_card::set_insurance_note,
            benefits::load_benefits,
            benefits::apply_benefits,
            benefits::track_benefit,
            benefits::delete_tracked_benefit,
            nursery::nursery_search,
            hoiku::intake_checklist,
            hoiku::tick_intake_document,
            bookmarks::nursery_bookmarks,
            bookmarks::nursery_bookmark_add,
            bookmarks::nursery_bookmark_remove,
            bookmarks::nursery_bookmark_note,
            bookmarks::nursery_bookmark_stars,
            bookmarks::nursery_bookmark_move,
            bookmarks::nursery_compare,
            bookmarks::add_bookmark_photo,
            bookmarks::bookmark_photos,
            bookmarks::delete_bookmark_photo,
            bookmarks::restore_bookmark_photo,
            booking::nursery_slots,
            booking::nursery_bookings,
            booking::nursery_book,
            booking::nursery_cancel,
            booking::nursery_applications,
            booking::nursery_apply,
            lock::lock_status,
            lock::unlock,
            lock::unlock_biometric,
            lock::lock_tick,
            lock::lock_now,
            lock::enable_lock,
            lock::disable_lock,
            lock::set_lock_idle,
        ])
        .run(tauri::generate_context!())
        .expect("the Hagukumi window could not start");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_from_arguments() {
        let o = Options::from_args(["--demo".into(), "--data-dir".into(), "/x".into()]);
        assert!(o.demo);
        assert_eq!(o.data_dir, Some(PathBuf::from("/x")));
        let o = Options::from_args(["--data-dir=/y".into()]);
        assert!(!o.demo);
        assert_eq!(o.data_dir, Some(PathBuf::from("/y")));
        if !hagukumi_sync::profile::reference_requested_by_env() {
            assert!(!o.reference_portal);
        }
        assert!(Options::from_args(["--reference-portal".into()]).reference_portal);
    }

    #[test]
    fn the_app_identifier_is_the_store_identifier() {
        // The data directory and the keychain service are named after it.
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], hagukumi_store::APP_ID);
    }

    #[test]
    fn every_command_is_granted_to_the_window_and_nothing_else() {
        let build = include_str!("../build.rs");
        let list = &build[build.find(".commands(&[").unwrap()..];
        let list = &list[..list.find("])").unwrap()];
        let commands: Vec<String> = list
            .split('"')
            .skip(1)
            .step_by(2)
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        let handlers = include_str!("lib.rs");
        for c in &commands {
            let name = c.trim_start_matches("allow-").replace('-', "_");
            assert!(
                handlers.contains(&format!("::{name},")),
                "{name} is in the manifest but not handled"
            );
        }
        let caps: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
        let granted: Vec<String> = caps["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(granted, commands);
    }

    #[test]
    fn the_csp_allows_no_remote_origin() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        let csp = conf["app"]["security"]["csp"].as_str().unwrap();
        for directive in csp.split(';') {
            let mut parts = directive.split_whitespace();
            let name = parts.next().unwrap_or_default();
            for source in parts {
                assert!(
                    matches!(
                        source,
                        "'self'" | "'none'" | "ipc:" | "http://ipc.localhost" | "data:"
                    ) || (name == "script-src" && source == "'wasm-unsafe-eval'"),
                    "{name} allows {source}"
                );
            }
        }
        assert!(csp.contains("default-src 'self'"));
    }
}
