//! The photo cleaner (`hagukumi_core::photo::sanitize`): any bytes, no
//! panic; what it keeps is within the limits and is already clean
//! (cleaning it again changes nothing).
#![no_main]

use hagukumi_core::photo::{sanitize, MAX_PHOTO_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(clean) = sanitize(data) {
        assert!(clean.bytes.len() <= MAX_PHOTO_BYTES);
        let again = sanitize(&clean.bytes).expect("a cleaned photo is accepted again");
        assert_eq!(again, clean, "cleaning is idempotent");
    }
});
