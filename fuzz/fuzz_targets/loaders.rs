//! The rule and registry loaders, with their validation: vaccination and
//! checkup schedules, the signed rules bundle (schedules, checklists,
//! growth tables), the program registry, nursery datasets (manifest +
//! CSV), checkup checklists, nursery intake checklists, 保育指数 tables.
//!
//! Input: one selector byte, then files separated by NUL, each
//! `name\ntext` (see `cargo xtask fuzz`, which seeds it from `assets/`).
#![no_main]

use hagukumi_core::child_records::checklists::Checklists;
use hagukumi_core::nursery::{index, intake};
use hagukumi_core::rules_bundle::RuleBundle;
use hagukumi_core::schedule::Rules;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let files: Vec<(&str, &str)> = text
        .split('\0')
        .map(|f| f.split_once('\n').unwrap_or(("fuzz.json", f)))
        .collect();
    let (name, first) = files[0];
    match selector % 7 {
        0 => drop(Rules::from_files(&files)),
        1 => drop(RuleBundle::parse(&text)),
        2 => drop(hagukumi_core::programs::load_registry(&files)),
        3 => drop(hagukumi_core::nursery::load_datasets(&files)),
        4 => drop(Checklists::parse(name, first)),
        5 => drop(intake::load_checklist(name, first)),
        _ => drop(index::load_table(name, first)),
    }
});
