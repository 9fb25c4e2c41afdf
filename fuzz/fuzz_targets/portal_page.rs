//! The portal page parser, as the sync client reads a page body: the
//! envelope (`PageEnvelope::parse`), its `issued_at`, its category and
//! every item (`OfficialItem::parse`, with the My Number guard).
#![no_main]

use hagukumi_core::official::{Category, OfficialItem};
use hagukumi_store::official::{parse_issued_at, PageEnvelope};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(page) = PageEnvelope::parse(data) else {
        return;
    };
    let _ = parse_issued_at(&page.issued_at);
    let category = Category::parse(&page.category).unwrap_or(Category::Vaccinations);
    for (i, item) in page.items.iter().enumerate() {
        if let Ok(parsed) = OfficialItem::parse(category, i, item) {
            let _ = (parsed.id(), parsed.child_ref(), parsed.date());
        }
    }
});
