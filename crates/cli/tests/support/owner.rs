//! The record commands of both owners, a child's (`hagu record …`) and a
//! pregnancy's (`hagu pregnancy record …`), and the bodies of the tests that
//! assert the same behaviour for both.

use super::{assert_exit, export_json, hagu, json_of, ok, stderr};
use std::path::Path;
use std::process::Output;

/// Whose records a command is about.
pub struct Owner {
    /// The words before the record subcommand.
    pub command: &'static [&'static str],
    /// What `hagu` calls one of its records in English.
    pub noun: &'static str,
}

/// A child's records: `hagu record …`.
pub const CHILD: Owner = Owner {
    command: &["record"],
    noun: "record",
};

/// A pregnancy's records: `hagu pregnancy record …`.
pub const PREGNANCY: Owner = Owner {
    command: &["pregnancy", "record"],
    noun: "pregnancy record",
};

impl Owner {
    /// `hagu <command…> <args>` in `lang`, with the test passphrase.
    pub fn run(&self, dir: &Path, lang: &str, args: &[&str]) -> Output {
        let mut all = self.command.to_vec();
        all.extend_from_slice(args);
        hagu(dir, lang, &all)
    }

    /// The command as a user types it, e.g. `hagu pregnancy record`.
    pub fn typed(&self) -> String {
        format!("hagu {}", self.command.join(" "))
    }

    /// The kinds of change in record `id`'s history, oldest first.
    pub fn changes(&self, dir: &Path, id: &str) -> Vec<String> {
        let history = json_of(&self.run(dir, "en", &["history", id, "--json"]));
        history
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["change"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// Deletes record `id` (not deleted yet) of `owner`: it says until when the
/// deletion can be undone and how; deleting it again, and editing it (with
/// `edit`, e.g. `["note", "--text", "x"]`) while deleted, are refused with
/// exit 3 in plain words.
pub fn delete_then_refuse_twice(dir: &Path, owner: &Owner, id: &str, edit: &[&str]) {
    let out = ok(&owner.run(dir, "en", &["delete", id]));
    assert!(
        out.starts_with(&format!("Deleted record #{id}. It can be restored until "))
            && out.ends_with(&format!(" with \"{} restore {id}\".\n", owner.typed())),
        "{out}"
    );

    let o = owner.run(dir, "en", &["delete", id]);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        format!("Record #{id} is already deleted. Nothing was changed.\n")
    );
    let mut edit_args = vec!["edit", id];
    edit_args.extend_from_slice(edit);
    let o = owner.run(dir, "en", &edit_args);
    assert_exit(&o, 3);
    assert!(
        stderr(&o).starts_with(&format!("Record #{id} is deleted. Restore it first")),
        "{}",
        stderr(&o)
    );
}

/// After record `id` of `owner` was deleted and restored: restoring it again
/// is refused with exit 3 in plain words, and its history holds the deletion
/// and the restoration.
pub fn restored_once(dir: &Path, owner: &Owner, id: &str) {
    let o = owner.run(dir, "en", &["restore", id]);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        format!("Record #{id} is not deleted; there is nothing to restore.\n")
    );
    assert_eq!(owner.changes(dir, id), ["delete", "restore"]);
}

/// Edits that cannot be made change nothing: record `id` (of `kind`)
/// edited as another kind (`other`, e.g. `["dental", "--findings", "x"]`)
/// or with nothing to change, and an unknown record (edited with
/// `unknown_edit`, deleted, its history asked for): exit 3 in plain words
/// naming the right command (exit 2 for the empty edit), and the export is
/// as before.
pub fn refusals_change_nothing(
    dir: &Path,
    owner: &Owner,
    id: &str,
    kind: &str,
    other: &[&str],
    unknown_edit: &[&str],
) {
    let before = export_json(dir);
    let edit = |lang: &str, id: &str, rest: &[&str]| {
        let mut args = vec!["edit", id];
        args.extend_from_slice(rest);
        owner.run(dir, lang, &args)
    };
    let typed = owner.typed();

    let o = edit("en", id, other);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        format!(
            "Record #{id} is a {kind} record; change it with \"{typed} edit {id} {kind} …\". Nothing was changed.\n"
        )
    );
    let o = edit("ja", "99", unknown_edit);
    assert_exit(&o, 3);
    assert_eq!(
        stderr(&o),
        format!("ID 99 の記録はありません。「{typed} list」で確認してください。何も変更していません。\n")
    );
    for command in ["delete", "history"] {
        let o = owner.run(dir, "en", &[command, "99"]);
        assert_exit(&o, 3);
        let noun = owner.noun;
        assert!(
            stderr(&o).starts_with(&format!("There is no {noun} with id 99.")),
            "{}",
            stderr(&o)
        );
    }
    // An edit must change something.
    assert_exit(&edit("en", id, &[kind]), 2);
    assert_eq!(export_json(dir), before);
}
