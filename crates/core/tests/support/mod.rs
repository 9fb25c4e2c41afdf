//! What core's test files share: dates and children.

// Each test file uses a part of it.
#![allow(dead_code)]

use hagukumi_core::{Child, Date};

pub fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// A child of the handbook, sex not recorded.
pub fn child(id: i64, name: &str, birth: &str) -> Child {
    Child {
        id,
        name: name.into(),
        birth_date: d(birth),
        sex: None,
    }
}
