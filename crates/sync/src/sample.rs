//! The reference portal's development signing key, pinned by its profile
//! (imported by [`crate::profile`] and [`crate::client`]).

/// The key id of the reference portal's development key.
pub const SAMPLE_KEY_ID: &str = "hagukumi-sample-dev-1";
/// The reference portal's development public key (its seed is public: it
/// protects nothing; see [`crate::profile`] for when it is accepted).
pub const SAMPLE_PUBLIC_KEY: [u8; 32] = [
    0x7f, 0xee, 0xb3, 0x2e, 0xd8, 0x33, 0x7f, 0x76, 0x0c, 0x4f, 0xc0, 0xab, 0x61, 0xef, 0x17, 0x15,
    0x7a, 0x00, 0x66, 0x27, 0x78, 0xa2, 0xe4, 0xa9, 0xc6, 0x37, 0x02, 0x7a, 0xf5, 0x09, 0x8e, 0xd5,
];
