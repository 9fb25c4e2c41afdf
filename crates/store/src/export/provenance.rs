//! Which official items of an export stay official on import: those
//! whose signed page verifies and says exactly what the item says.

use super::{Export, ExportRecord};
use crate::official::PinnedKey;
use hagukumi_core::model::RecordId;
use hagukumi_core::records::RecordData;
use hagukumi_core::Date;

/// Which official items of `export` are what a page signed by one of
/// `trusted` says (by index in `official_items`), and which records are
/// the read-only records of such items. Everything else that claims to be
/// official comes in as the parent's own.
pub(super) struct Provenance {
    pub(super) items: Vec<bool>,
    /// Ids of records that stay official.
    pub(super) records: std::collections::HashSet<RecordId>,
    /// Ids of the pages that verified and carry a kept item.
    pub(super) pages: std::collections::HashSet<i64>,
    /// The one account whose pages were kept.
    pub(super) account: Option<String>,
}

pub(super) fn provenance(export: &Export, trusted: &[PinnedKey]) -> Provenance {
    use hagukumi_core::official::{merge_vaccination, Category, OfficialItem, VaccinationMerge};
    let mut pages: std::collections::HashMap<i64, crate::official::PageEnvelope> = export
        .official_pages
        .iter()
        .filter_map(|p| Some((p.id, p.signed().verified(trusted)?)))
        .collect();
    // One handbook, one account: the export's, else the first verified
    // page's. Pages signed for another family's account prove nothing here.
    let account = export.portal_account.clone().or_else(|| {
        export
            .official_pages
            .iter()
            .find_map(|p| pages.get(&p.id).map(|e| e.account.clone()))
    });
    pages.retain(|_, e| Some(&e.account) == account.as_ref());
    let births: std::collections::HashMap<RecordId, Date> = export
        .children
        .iter()
        .map(|c| (c.id, c.birth_date))
        .collect();
    let records: std::collections::HashMap<RecordId, &ExportRecord> =
        export.records.iter().map(|r| (r.id, r)).collect();
    let links: std::collections::HashMap<&str, RecordId> = export
        .portal_children
        .iter()
        .map(|c| (c.portal_child_id.as_str(), c.child_id))
        .collect();
    let mut kept = Provenance {
        items: Vec::with_capacity(export.official_items.len()),
        records: Default::default(),
        pages: Default::default(),
        account,
    };
    for o in &export.official_items {
        // The item is bound to its own id: one signed item listed again
        // under a made-up `portal_id` is not official.
        let own_id = Category::parse(&o.category)
            .and_then(|c| OfficialItem::parse(c, 0, &o.payload).ok())
            .is_some_and(|item| item.id() == o.portal_id);
        let signed = own_id
            && o.page
                .and_then(|id| pages.get(&id))
                .filter(|page| page.category == o.category)
                .is_some_and(|page| page.items.contains(&o.payload));
        // What the item says about the handbook's records must hold too.
        let vaccination = || {
            let category = Category::parse(&o.category)?;
            let OfficialItem::Vaccinations(v) =
                OfficialItem::parse(category, 0, &o.payload).ok()?
            else {
                return None;
            };
            let record = records.get(&o.record_id?)?;
            let birth = births.get(&record.child_id)?;
            let data = v.to_record_data(*birth, Date::MAX).ok()?;
            Some((data, *record))
        };
        // The child it is shown with is the one its portal child is.
        let placed = Category::parse(&o.category)
            .and_then(|c| OfficialItem::parse(c, 0, &o.payload).ok())
            .is_some_and(|item| item.child_ref().and_then(|c| links.get(c).copied()) == o.child_id);
        let consistent = placed
            && match o.state.as_str() {
                "added" => vaccination().is_some_and(|(data, record)| {
                    record.portal_id.as_deref() == Some(o.portal_id.as_str())
                        && Some(record.child_id) == o.child_id
                        && record.data == data
                }),
                "linked" => vaccination().is_some_and(|(data, record)| {
                    let RecordData::Vaccination(vac) = &data else {
                        return false;
                    };
                    let mine = hagukumi_core::records::Record {
                        id: record.id,
                        child_id: record.child_id,
                        data: record.data.clone(),
                        deleted_at: None,
                        official: false,
                    };
                    record.portal_id.is_none()
                        && record.deleted_at.is_none()
                        && merge_vaccination(vac, &[mine]) == VaccinationMerge::Link(record.id)
                }),
                _ => true,
            };
        let ok = signed && consistent;
        if ok {
            if o.state == "added" {
                if let Some(id) = o.record_id {
                    kept.records.insert(id);
                }
            }
            if let Some(page) = o.page {
                kept.pages.insert(page);
            }
        }
        kept.items.push(ok);
    }
    kept
}
