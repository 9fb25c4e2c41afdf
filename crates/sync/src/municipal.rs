//! What the family's municipality publishes (`core::municipal`): its
//! program registry, its printed materials, its nursery facilities and its
//! bookable 保活 slots, public (no token), pulled in
//! signed incremental pages (`GET /v1/municipalities/{code}/{catalogue}`).
//! Every page is verified against the pinned key before it is read, must be
//! signed for `municipality:{code}`, this catalogue and cursor, and not be
//! older than the newest kept; it is merged in one store transaction with
//! its cursor. A refused page changes nothing: the app keeps using the
//! last copy (or the embedded SAMPLE registry). Also a step of every sync.

use crate::client::{Fetched, PageRequest, Portal};
use crate::SyncError;
use hagukumi_core::municipal::Catalogue;
use hagukumi_store::{MunicipalPage, MunicipalRefusal, Store};
use serde::{Deserialize, Serialize};

/// What one catalogue's pull did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueUpdate {
    /// Pages merged.
    pub pages: usize,
    /// Items merged (added, replaced or withdrawn).
    pub items: usize,
    /// The portal said nothing changed (a signed 304).
    pub unchanged: bool,
}

/// What an update of the municipality's catalogues did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalUpdate {
    /// The family's municipality (none set: nothing was asked).
    pub municipality: Option<String>,
    pub registry: CatalogueUpdate,
    pub materials: CatalogueUpdate,
    #[serde(default)]
    pub nurseries: CatalogueUpdate,
    /// The bookable visit and consultation slots (保活).
    #[serde(default)]
    pub slots: CatalogueUpdate,
    /// What the registry in use could not read (file, psid, field): those
    /// records are left out, the rest are used.
    pub registry_problems: Vec<String>,
    /// What the nursery data in use could not read (file, record and NO,
    /// column): those facilities are left out, the rest are used.
    #[serde(default)]
    pub nursery_problems: Vec<String>,
}

/// Brings the family's municipality's registry, materials and nursery
/// facilities up to date.
pub fn update_municipal(store: &mut Store, portal: &Portal) -> Result<MunicipalUpdate, SyncError> {
    let Some(code) = store.municipality()? else {
        return Ok(MunicipalUpdate::default());
    };
    let registry = pull(store, portal, Catalogue::Registry, &code)?;
    let materials = pull(store, portal, Catalogue::Materials, &code)?;
    let nurseries = pull(store, portal, Catalogue::Nurseries, &code)?;
    // Only the SAMPLE municipalities with nurseries publish slots.
    let slots = match pull(store, portal, Catalogue::Slots, &code) {
        Err(SyncError::Refused { status: 404, .. }) => CatalogueUpdate::default(),
        other => other?,
    };
    let (in_use, _) = store.registry_in_use()?;
    Ok(MunicipalUpdate {
        municipality: Some(code),
        registry,
        materials,
        nurseries,
        slots,
        registry_problems: in_use.problems.iter().map(|p| p.to_string()).collect(),
        nursery_problems: store
            .nurseries_in_use()?
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect(),
    })
}

fn refused(e: MunicipalRefusal) -> SyncError {
    match e {
        MunicipalRefusal::Stale => SyncError::StalePage,
        MunicipalRefusal::Item(e) => SyncError::BadPage(e.to_string()),
        MunicipalRefusal::Store(e) => SyncError::Store(e),
    }
}

fn pull(
    store: &mut Store,
    portal: &Portal,
    catalogue: Catalogue,
    code: &str,
) -> Result<CatalogueUpdate, SyncError> {
    let account = format!("municipality:{code}");
    let path = format!("/v1/municipalities/{code}/{}", catalogue.as_str());
    let mut update = CatalogueUpdate::default();
    let mut restarted = false;
    loop {
        let kept = store.kept_copy(catalogue, code)?.unwrap_or_default();
        let request = PageRequest {
            path: &path,
            bearer: None,
            account: &account,
            category: catalogue.as_str(),
            cursor: kept.cursor.as_deref(),
            etag: kept.etag.as_deref(),
            limit: 200,
        };
        let page = match portal.fetch_signed_page(request) {
            Err(SyncError::Refused {
                status: 400,
                code: c,
            }) if c == "invalid_cursor" && !restarted && kept.cursor.is_some() => {
                restarted = true;
                store.reset_municipal_cursor(catalogue, code)?;
                continue;
            }
            // The portal publishes nothing for this municipality: the
            // embedded registry (or what was kept) stays; not an error.
            Err(SyncError::Refused { status: 404, .. }) => return Ok(update),
            Err(e) => return Err(e),
            Ok(Fetched::NotModified { issued_at }) => {
                let stamp = issued_at
                    .format(hagukumi_store::official::ISSUED_AT_FORMAT)
                    .to_string();
                store
                    .note_municipal_unchanged(catalogue, code, &stamp)
                    .map_err(refused)?;
                update.unchanged = true;
                return Ok(update);
            }
            Ok(Fetched::Page(page)) => page,
        };
        if !page.complete
            && (page.next_cursor.is_empty()
                || Some(page.next_cursor.as_str()) == kept.cursor.as_deref())
        {
            return Err(SyncError::BadPage(
                "the next cursor does not move on".into(),
            ));
        }
        let stamp = page
            .issued_at
            .format(hagukumi_store::official::ISSUED_AT_FORMAT)
            .to_string();
        // The next pull starts after this page: only what the portal adds
        // or changes later comes then. The last page's ETag is kept: the
        // portal answers a signed 304 while nothing was added.
        let next_cursor = Some(page.next_cursor.clone()).filter(|c| !c.is_empty());
        let etag = page.etag.clone().filter(|_| page.complete);
        update.items += store
            .apply_municipal_page(&MunicipalPage {
                catalogue,
                municipality: code,
                items: &page.items,
                next_cursor,
                etag,
                complete: page.complete,
                issued_at: &stamp,
            })
            .map_err(refused)?;
        update.pages += 1;
        if page.complete {
            return Ok(update);
        }
    }
}
