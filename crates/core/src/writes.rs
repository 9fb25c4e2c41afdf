//! Every kind of write the outbox sends: its kind (the outbox's `kind`
//! column, whose CHECK lists the same names), the portal's endpoint, and
//! the category its answers come back in (pulled again in the same sync
//! once such a write went out). One table for the sync engine, the store's
//! migration and the docs.

use crate::official::Category;

/// One kind of write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteKind {
    /// The outbox's `kind`.
    pub kind: &'static str,
    /// The path after `/v1/` the write is `POST`ed to.
    pub path: &'static str,
    /// The category the portal's answers come back in, if any.
    pub feeds: Option<Category>,
}

/// Every write kind.
pub const WRITES: [WriteKind; 5] = [
    WriteKind {
        kind: "questionnaire",
        path: "questionnaires",
        feeds: None,
    },
    WriteKind {
        kind: crate::benefits::APPLICATION_KIND,
        path: crate::benefits::APPLICATION_PATH,
        feeds: Some(Category::Benefits),
    },
    WriteKind {
        kind: crate::nursery::booking::BOOKING_KIND,
        path: "nursery-bookings",
        feeds: None,
    },
    WriteKind {
        kind: crate::nursery::booking::CANCEL_KIND,
        path: "nursery-booking-cancellations",
        feeds: None,
    },
    WriteKind {
        kind: crate::nursery::booking::APPLICATION_KIND,
        path: "nursery-applications",
        feeds: Some(Category::Nursery),
    },
];

/// The write kind named `kind`.
pub fn write_kind(kind: &str) -> Option<WriteKind> {
    WRITES.into_iter().find(|w| w.kind == kind)
}
