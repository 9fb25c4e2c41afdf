//! `hagu child add|list`: the children of the handbook.

use crate::clock::today;
use crate::context::{Context, Exit};
use hagukumi_core::{Child, ChildInput, Date};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::StoreError;

impl Context<'_> {
    pub(crate) fn child_add(&mut self, name: &str, birth: &str) -> Result<Exit, StoreError> {
        let today = today();
        let input = ChildInput {
            name: name.to_owned(),
            birth_date: birth.to_owned(),
            ..Default::default()
        };
        // Validation needs no key: check the input before opening anything.
        let child = match input.validate(today) {
            Ok(child) => child,
            Err(errors) => return Ok(self.invalid(&errors)),
        };
        let store = self.open_existing()?;
        let child = store.add_child(&child)?;
        let line = child_line(&self.l, &child, today);
        self.say_format("cli-child-added", &[("child", line.into())]);
        Ok(Exit::Success)
    }

    pub(crate) fn child_list(&mut self, json: bool) -> Result<Exit, StoreError> {
        let children = self.open_existing()?.children()?;
        if json {
            let array: Vec<_> = children.iter().map(ChildJson::from).collect();
            return Ok(self.print_json(&array));
        }
        let today = today();
        let none = self.l.text("cli-child-none");
        self.say_each(&children, &none, |l, child| child_line(l, child, today));
        Ok(Exit::Success)
    }
}

/// One element of `hagu child list --json`: a stable format of its own, so
/// changes to the domain types never change what scripts read.
#[derive(serde::Serialize)]
struct ChildJson<'a> {
    id: i64,
    name: &'a str,
    /// `YYYY-MM-DD`.
    birth_date: String,
}

impl<'a> From<&'a Child> for ChildJson<'a> {
    fn from(child: &'a Child) -> Self {
        ChildJson {
            id: child.id,
            name: &child.name,
            birth_date: child.birth_date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// One child as a line: name, date of birth, age today.
fn child_line(l: &Localizer, child: &Child, today: Date) -> String {
    let age = match child.age_on(today) {
        Some(age) => l.age(age),
        None => l.text("cli-age-unknown"),
    };
    l.format(
        "cli-child-line",
        &[
            ("name", Value::from(child.name.as_str())),
            ("birth", l.date(child.birth_date).into()),
            ("age", age.into()),
        ],
    )
}
