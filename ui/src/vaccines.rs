//! The vaccines the forms offer (ids as in `assets/schedules`), shared by
//! the record forms and the 予診票.

/// Vaccines offered in a child's record form and the 予診票.
pub const VACCINES: [&str; 17] = [
    "hepb",
    "rotavirus-rv1",
    "rotavirus-rv5",
    "pcv",
    "pcv15",
    "dpt-ipv-hib",
    "dpt-ipv",
    "hib",
    "bcg",
    "mr",
    "varicella",
    "je",
    "dt",
    "hpv",
    "mumps",
    "influenza",
    "other",
];

/// Vaccines given in pregnancy (rules with `"subject": "pregnancy"`).
pub const PREGNANCY_VACCINES: [&str; 1] = ["rsv-maternal"];
