//! The family's municipality (in `settings`, key `municipality`): the
//! 全国地方公共団体コード the program matching uses. Only a municipality of
//! the program registry can be set (core's [`Municipality`] comes from it).

use crate::{Result, Store, StoreError};
use hagukumi_core::programs::registry::is_local_government_code;
use hagukumi_core::programs::Municipality;

const KEY: &str = "municipality";

impl Store {
    /// The code of the family's municipality, if one was set.
    pub fn municipality(&self) -> Result<Option<String>> {
        match self.setting(KEY)? {
            Some(c) if !is_local_government_code(&c) => {
                Err(StoreError::Corrupt(format!("{KEY} = {c:?}")))
            }
            other => Ok(other),
        }
    }

    /// Sets the family's municipality (a move, when one was set); returns
    /// the previous code.
    pub fn set_municipality(&mut self, municipality: &Municipality) -> Result<Option<String>> {
        let tx = self.conn.transaction()?;
        let previous = crate::settings::get(&tx, KEY)?;
        crate::settings::set(&tx, KEY, Some(&municipality.code))?;
        tx.commit()?;
        Ok(previous)
    }
}
