//! The development signing key: fixed and public (see [`DEV_KEY_SEED`]).

use crate::DEV_KEY_SEED;
use ring::signature::{Ed25519KeyPair, KeyPair};

/// The development key pair (see [`DEV_KEY_SEED`]).
pub fn dev_key_pair() -> Ed25519KeyPair {
    Ed25519KeyPair::from_seed_unchecked(&DEV_KEY_SEED)
        .expect("a 32-byte seed is a valid Ed25519 seed")
}

/// The development public key (32 bytes), as published at `GET /v1/key`.
pub fn dev_public_key() -> Vec<u8> {
    dev_key_pair().public_key().as_ref().to_vec()
}
