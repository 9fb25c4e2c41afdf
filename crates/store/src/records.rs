//! A child in the store: [`Store::child`]. A child's records go through
//! the record layer ([`crate::book`]) as [`hagukumi_core::records::ChildBook`].

use crate::{parse_sex, Result, Store};
use hagukumi_core::model::RecordId;
use hagukumi_core::Child;
use rusqlite::OptionalExtension;

impl Store {
    /// One child, if there is one with this id.
    pub fn child(&self, id: RecordId) -> Result<Option<Child>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, name, birth_date, sex FROM children WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        Child {
                            id: r.get(0)?,
                            name: r.get(1)?,
                            birth_date: r.get(2)?,
                            sex: None,
                        },
                        r.get::<_, Option<String>>(3)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(mut child, sex)| {
            child.sex = sex.as_deref().map(parse_sex).transpose()?;
            Ok(child)
        })
        .transpose()
    }
}
