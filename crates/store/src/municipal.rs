//! What municipalities publish, kept in the handbook as last synced
//! (`core::municipal`): one [`KeptCopy`] per catalogue and municipality in
//! `settings` (`municipal:<catalogue>:<code>`, JSON; no migration: a
//! municipality's catalogue is small, a few dozen items), and the choices
//! made from them: the program registry in use ([`Store::registry_in_use`],
//! the app's and `hagu`'s), a municipality's materials and the nursery
//! facilities in use ([`Store::nurseries_in_use`]).
//!
//! A page reaches [`Store::apply_municipal_page`] only after the sync
//! client verified its signature and that it answers this request; it is
//! merged in one transaction with its cursor, and refused (nothing changes)
//! when it was signed before the newest page merged into the copy.

use crate::{Result, Store, StoreError};
use hagukumi_core::materials::Materials;
use hagukumi_core::municipal::{registry_in_use, Catalogue, KeptCopy, RegistrySource};
use hagukumi_core::nursery::{nurseries_in_use, Nurseries};
use hagukumi_core::programs::Registry;
use rusqlite::TransactionBehavior;

fn key(catalogue: Catalogue, code: &str) -> String {
    format!("municipal:{}:{code}", catalogue.as_str())
}

/// One verified page of a catalogue.
#[derive(Debug, Clone)]
pub struct MunicipalPage<'a> {
    pub catalogue: Catalogue,
    pub municipality: &'a str,
    pub items: &'a [serde_json::Value],
    /// Where the pull continues (`None`: from the start).
    pub next_cursor: Option<String>,
    /// The page's ETag when it was the last page.
    pub etag: Option<String>,
    pub complete: bool,
    /// When the portal signed it (RFC 3339 UTC, compared as text: the
    /// portal writes one fixed format).
    pub issued_at: &'a str,
}

/// Why a page was not merged.
#[derive(Debug, thiserror::Error)]
pub enum MunicipalRefusal {
    #[error("a page older than one already kept")]
    Stale,
    #[error("a malformed item: {0}")]
    Item(#[from] hagukumi_core::municipal::ItemError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for MunicipalRefusal {
    fn from(e: rusqlite::Error) -> Self {
        MunicipalRefusal::Store(e.into())
    }
}

fn read_copy(value: Option<String>, key: &str) -> Result<Option<KeptCopy>> {
    value
        .map(|v| serde_json::from_str(&v).map_err(|e| StoreError::Corrupt(format!("{key}: {e}"))))
        .transpose()
}

impl Store {
    /// The kept copy of a municipality's catalogue, if any.
    pub fn kept_copy(&self, catalogue: Catalogue, code: &str) -> Result<Option<KeptCopy>> {
        let key = key(catalogue, code);
        let value = crate::settings::get(&self.conn, &key)?;
        read_copy(value, &key)
    }

    /// Every kept copy of a catalogue, the newest page first.
    pub fn kept_copies(&self, catalogue: Catalogue) -> Result<Vec<KeptCopy>> {
        let prefix = format!("municipal:{}:", catalogue.as_str());
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM settings WHERE substr(key, 1, length(?1)) = ?1")?;
        let rows = stmt
            .query_map([&prefix], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?
            .collect::<std::result::Result<Vec<(String, String)>, _>>()?;
        let mut copies = Vec::new();
        for (key, value) in rows {
            copies.extend(read_copy(Some(value), &key)?);
        }
        copies.sort_by(|a, b| b.issued_at.cmp(&a.issued_at));
        Ok(copies)
    }

    /// Merges a verified page into the kept copy with its cursor, in one
    /// transaction; the number of items merged.
    pub fn apply_municipal_page(
        &mut self,
        page: &MunicipalPage<'_>,
    ) -> std::result::Result<usize, MunicipalRefusal> {
        let key = key(page.catalogue, page.municipality);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = crate::settings::get(&tx, &key)?;
        let mut copy = read_copy(value, &key)?.unwrap_or_else(|| KeptCopy {
            municipality: page.municipality.to_owned(),
            ..KeptCopy::default()
        });
        if copy
            .issued_at
            .as_deref()
            .is_some_and(|newest| page.issued_at < newest)
        {
            return Err(MunicipalRefusal::Stale);
        }
        let merged = copy.merge(page.items)?;
        copy.cursor = page.next_cursor.clone();
        copy.etag = page.etag.clone();
        copy.issued_at = Some(page.issued_at.to_owned());
        copy.complete |= page.complete;
        let text =
            serde_json::to_string(&copy).map_err(|e| StoreError::Corrupt(format!("{key}: {e}")))?;
        crate::settings::set(&tx, &key, Some(&text))?;
        tx.commit()?;
        Ok(merged)
    }

    /// Notes that the portal's answer to the cursor was unchanged (a signed
    /// 304 issued then): a later replay of an older page stays refused.
    pub fn note_municipal_unchanged(
        &mut self,
        catalogue: Catalogue,
        code: &str,
        issued_at: &str,
    ) -> std::result::Result<(), MunicipalRefusal> {
        let copy = self
            .kept_copy(catalogue, code)?
            .ok_or(MunicipalRefusal::Stale)?;
        let page = MunicipalPage {
            catalogue,
            municipality: code,
            items: &[],
            next_cursor: copy.cursor,
            etag: copy.etag,
            complete: false,
            issued_at,
        };
        self.apply_municipal_page(&page).map(|_| ())
    }

    /// Asks a catalogue again from the start (the portal no longer knows
    /// the cursor); the kept items stay until replaced.
    pub fn reset_municipal_cursor(&mut self, catalogue: Catalogue, code: &str) -> Result<()> {
        if let Some(mut copy) = self.kept_copy(catalogue, code)? {
            copy.cursor = None;
            copy.etag = None;
            let key = key(catalogue, code);
            let text = serde_json::to_string(&copy)
                .map_err(|e| StoreError::Corrupt(format!("{key}: {e}")))?;
            self.conn.execute(
                "UPDATE settings SET value = ?2 WHERE key = ?1",
                [&key, &text],
            )?;
        }
        Ok(())
    }

    /// The program registry every match uses, in the app and `hagu`: the
    /// newest valid kept copy's files, else the embedded SAMPLE ones
    /// (`core::municipal::registry_in_use`).
    pub fn registry_in_use(&self) -> Result<(Registry, RegistrySource)> {
        Ok(registry_in_use(&self.kept_copies(Catalogue::Registry)?))
    }

    /// The nursery facilities every search uses, in the app and `hagu`: per
    /// municipality the newest complete kept copy that reads, else the
    /// embedded SAMPLE dataset (`core::nursery::nurseries_in_use`).
    pub fn nurseries_in_use(&self) -> Result<Nurseries> {
        Ok(nurseries_in_use(&self.kept_copies(Catalogue::Nurseries)?))
    }

    /// A municipality's printed materials as kept (`None`: never synced to
    /// the end).
    pub fn kept_materials(&self, code: &str) -> Result<Option<Materials>> {
        Ok(self
            .kept_copy(Catalogue::Materials, code)?
            .filter(|c| c.complete)
            .map(|c| Materials::read(&c)))
    }
}
