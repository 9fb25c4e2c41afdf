//! A child in the store: [`Store::child`]. A child's records go through
//! the record layer ([`crate::book`]) as [`hagukumi_core::records::ChildBook`].

use crate::{Result, Store};
use hagukumi_core::model::RecordId;
use hagukumi_core::Child;
use rusqlite::OptionalExtension;

impl Store {
    /// One child, if there is one with this id.
    pub fn child(&self, id: RecordId) -> Result<Option<Child>> {
        self.conn
            .query_row(
                "SELECT id, name, birth_date, sex FROM children WHERE id = ?1",
                [id],
                crate::child_row,
            )
            .optional()?
            .map(crate::with_sex)
            .transpose()
    }
}
