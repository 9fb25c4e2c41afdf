fn main() {
    // The UI is embedded from ui/dist at compile time (tauri.conf.json
    // build.frontendDist). Say how to get it rather than failing obscurely.
    println!("cargo:rerun-if-changed=../ui/dist");
    if !std::path::Path::new("../ui/dist/index.html").exists() {
        panic!("ui/dist/index.html is missing: build the UI first with `cargo xtask ui`");
    }
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        // Every command the UI may call. Each gets an `allow-…` permission,
        // granted to the main window in capabilities/main.json; anything
        // not granted is refused at run time.
        tauri_build::AppManifest::new().commands(&[
            "load_home",
            "add_child",
            "add_pregnancy",
            "set_language",
            "load_child",
            "add_record",
            "edit_record",
            "delete_record",
            "restore_record",
            "record_history",
            "set_child_sex",
            "set_growth_reference",
            "add_photo",
            "load_plan",
            "family_next",
            "reminder_settings",
            "set_reminder_settings",
            "record_photos",
            "delete_photo",
            "restore_photo",
            "load_pregnancy",
            "add_pregnancy_record",
            "edit_pregnancy_record",
            "delete_pregnancy_record",
            "restore_pregnancy_record",
            "pregnancy_record_history",
            "portal_status",
            "portal_connect",
            "portal_sync_now",
            "portal_disconnect",
            "official_items",
            "resolve_conflict",
            "questionnaires",
            "queue_questionnaire",
            "add_pregnancy_photo",
            "pregnancy_record_photos",
            "delete_pregnancy_photo",
            "restore_pregnancy_photo",
            "recovery_code_pending",
            "confirm_recovery_code",
            "show_recovery_code",
            "recover_with_code",
            "backup_now",
            "restore_backup",
            "backup_status",
            "set_auto_backup",
            "start_new_handbook",
            "municipalities",
            "set_municipality",
            "family_programs",
            "open_program_link",
            "clinic_card",
            "set_insurance_note",
            "nursery_search",
        ]),
    ))
    .expect("tauri-build");
}
