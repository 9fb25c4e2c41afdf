//! The recovery code, the keys derived from it, and sealing under them.
//!
//! Every handbook gets a recovery code when it is created: 120 random bits
//! written as 24 Crockford base32 characters in groups of four, followed by
//! a fifth-of-a-hash checksum group, e.g. `7K3M-Q9TR-0ZXW-D4PA-HN2B-VC8E-5FJG`.
//! A typo is caught by the checksum before any key derivation runs.
//!
//! The code is stretched with PBKDF2-HMAC-SHA256 ([`KdfParams`], salt and
//! rounds stored beside whatever was sealed) into a [`RecoveryKey`]. Purpose
//! keys are derived from it with HKDF-SHA256 ([`RecoveryKey::subkey`]), so the
//! wrapped database key and a backup never share a key. Sealing is
//! AES-256-GCM from ring with a random 96-bit nonce; the caller's
//! associated data binds what a sealed blob is for (which handbook, which
//! format), so a blob moved to another context fails to open.
//!
//! Secrets here zero themselves when dropped and never print.

use base64::Engine as _;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use std::num::NonZeroU32;
use zeroize::{Zeroize, Zeroizing};

/// Crockford's base32 alphabet (no I, L, O, U).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Random bits in a code: 24 characters of 5 bits.
const CODE_BYTES: usize = 15;
const DATA_CHARS: usize = 24;
const CHECK_CHARS: usize = 4;
const GROUP: usize = 4;

/// PBKDF2 rounds for new recovery keys (OWASP 2023 for PBKDF2-HMAC-SHA256).
pub const KDF_ITERATIONS: u32 = 600_000;
/// Bounds accepted when reading parameters from a file: below, the file was
/// not written by Hagukumi; above, a crafted file could hang the app.
const KDF_MIN_ITERATIONS: u32 = 100_000;
const KDF_MAX_ITERATIONS: u32 = 10_000_000;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;

/// Why a typed recovery code was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeProblem {
    #[error("a recovery code has 28 letters and digits (7 groups of 4)")]
    WrongLength,
    #[error("a recovery code has only the letters A–Z (without I, L, O, U) and digits")]
    BadCharacter,
    #[error("the recovery code has a typo (its last group does not match)")]
    Checksum,
}

impl CodeProblem {
    /// The Fluent message that explains the problem to a parent.
    pub fn message_id(self) -> &'static str {
        match self {
            CodeProblem::WrongLength => "error-recovery-code-length",
            CodeProblem::BadCharacter => "error-recovery-code-character",
            CodeProblem::Checksum => "error-recovery-code-checksum",
        }
    }
}

/// A handbook's recovery code. Zeroed when dropped; never printed by
/// `Debug` (use [`RecoveryCode::expose`] to show it to the parent).
#[derive(Clone)]
pub struct RecoveryCode(Zeroizing<String>);

impl RecoveryCode {
    /// A fresh code from the system's random number generator.
    pub fn generate() -> Result<RecoveryCode, crate::StoreError> {
        let mut bytes = Zeroizing::new([0u8; CODE_BYTES]);
        SystemRandom::new()
            .fill(bytes.as_mut())
            .map_err(|_| crate::StoreError::Random)?;
        let mut data = Zeroizing::new(String::with_capacity(DATA_CHARS));
        // 120 bits = 24 groups of 5 bits, most significant first.
        for i in 0..DATA_CHARS {
            let bit = i * 5;
            let mut v = 0u16;
            for b in bit..bit + 5 {
                v = (v << 1) | u16::from((bytes[b / 8] >> (7 - b % 8)) & 1);
            }
            data.push(ALPHABET[usize::from(v)] as char);
        }
        Ok(RecoveryCode::from_data(&data))
    }

    /// Reads a code as a parent may type it: any case, with or without
    /// hyphens or spaces, full-width characters, and Crockford's look-alikes
    /// (O for 0, I and L for 1).
    pub fn parse(typed: &str) -> Result<RecoveryCode, CodeProblem> {
        let mut chars = Zeroizing::new(String::with_capacity(DATA_CHARS + CHECK_CHARS));
        for c in typed.chars() {
            // Full-width ASCII (U+FF01–FF5E) as typed with a Japanese IME.
            let c = match c as u32 {
                0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                0x3000 => ' ',
                _ => c,
            };
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\u{2010}'..='\u{2015}' | '\u{30FC}' | '\t' | '\n' | '\r' => continue,
                // Invisible marks a copy from a terminal or a page may carry.
                '\u{200B}'..='\u{200D}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return Err(CodeProblem::BadCharacter),
            };
            chars.push(c);
        }
        if chars.len() != DATA_CHARS + CHECK_CHARS {
            return Err(CodeProblem::WrongLength);
        }
        let code = RecoveryCode::from_data(&chars[..DATA_CHARS]);
        let typed_check = &chars[DATA_CHARS..];
        let expected_check = &code.0[code.0.len() - CHECK_CHARS..];
        if typed_check != expected_check {
            return Err(CodeProblem::Checksum);
        }
        Ok(code)
    }

    /// The code with its checksum group, in groups of four joined by `-`.
    fn from_data(data: &str) -> RecoveryCode {
        let digest = ring::digest::digest(&ring::digest::SHA256, data.as_bytes());
        let d = digest.as_ref();
        // The first 20 bits of SHA-256 of the data characters.
        let check = (u32::from(d[0]) << 12) | (u32::from(d[1]) << 4) | (u32::from(d[2]) >> 4);
        let mut all = Zeroizing::new(String::with_capacity(DATA_CHARS + CHECK_CHARS));
        all.push_str(data);
        for i in (0..CHECK_CHARS).rev() {
            all.push(ALPHABET[((check >> (i * 5)) & 31) as usize] as char);
        }
        let mut grouped = String::with_capacity(all.len() + all.len() / GROUP);
        for (i, c) in all.chars().enumerate() {
            if i > 0 && i % GROUP == 0 {
                grouped.push('-');
            }
            grouped.push(c);
        }
        RecoveryCode(Zeroizing::new(grouped))
    }

    /// The code as shown to the parent and printed on the recovery sheet
    /// (`XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The canonical bytes the key derivation reads (the grouped form).
    fn secret_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(<redacted>)")
    }
}

impl PartialEq for RecoveryCode {
    fn eq(&self, other: &Self) -> bool {
        self.secret_bytes() == other.secret_bytes()
    }
}

/// How a [`RecoveryKey`] was derived from the code; stored in the clear
/// beside whatever was sealed with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Always `pbkdf2-hmac-sha256` for now.
    pub algorithm: String,
    pub iterations: u32,
    /// Base64 (standard, padded) of 16 random bytes.
    pub salt: String,
}

const PBKDF2_NAME: &str = "pbkdf2-hmac-sha256";

/// Why sealed data could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// Wrong code, wrong purpose, or the bytes were changed: AES-GCM's tag
    /// does not tell these apart, on purpose.
    #[error("wrong recovery code, or the data was changed")]
    Authentication,
    /// The parameters or the sealed bytes are not in Hagukumi's format; the
    /// string names the field.
    #[error("not in Hagukumi's format: {0}")]
    Format(String),
}

impl KdfParams {
    /// New parameters with a fresh random salt.
    pub fn generate() -> Result<KdfParams, crate::StoreError> {
        let mut salt = [0u8; SALT_LEN];
        SystemRandom::new()
            .fill(&mut salt)
            .map_err(|_| crate::StoreError::Random)?;
        Ok(KdfParams {
            algorithm: PBKDF2_NAME.to_owned(),
            iterations: KDF_ITERATIONS,
            salt: b64().encode(salt),
        })
    }

    /// Checks parameters read from a file before any work is done with them.
    pub fn check(&self) -> Result<(u32, Vec<u8>), SealError> {
        if self.algorithm != PBKDF2_NAME {
            return Err(SealError::Format("kdf.algorithm".into()));
        }
        if !(KDF_MIN_ITERATIONS..=KDF_MAX_ITERATIONS).contains(&self.iterations) {
            return Err(SealError::Format("kdf.iterations".into()));
        }
        let salt = b64()
            .decode(&self.salt)
            .ok()
            .filter(|s| s.len() == SALT_LEN)
            .ok_or_else(|| SealError::Format("kdf.salt".into()))?;
        Ok((self.iterations, salt))
    }
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

/// A 256-bit key stretched from a recovery code. Zeroed when dropped.
pub struct RecoveryKey([u8; 32]);

impl RecoveryKey {
    /// Stretches `code` with `params` (checked first).
    pub fn derive(code: &RecoveryCode, params: &KdfParams) -> Result<RecoveryKey, SealError> {
        let (iterations, salt) = params.check()?;
        let mut key = [0u8; 32];
        ring::pbkdf2::derive(
            ring::pbkdf2::PBKDF2_HMAC_SHA256,
            NonZeroU32::new(iterations).expect("checked"),
            &salt,
            code.secret_bytes(),
            &mut key,
        );
        Ok(RecoveryKey(key))
    }

    /// A key for one purpose (HKDF-SHA256, `purpose` as the info), e.g.
    /// `b"hagukumi wrap v1"` for the database key, `b"hagukumi backup v1"`
    /// for backups.
    pub fn subkey(&self, purpose: &[u8]) -> SealKey {
        struct Len32;
        impl ring::hkdf::KeyType for Len32 {
            fn len(&self) -> usize {
                32
            }
        }
        let prk =
            ring::hkdf::Salt::new(ring::hkdf::HKDF_SHA256, b"hagukumi recovery").extract(&self.0);
        let info = [purpose];
        let okm = prk
            .expand(&info, Len32)
            .expect("32 bytes is a valid HKDF length");
        let mut key = [0u8; 32];
        okm.fill(&mut key).expect("32 bytes");
        SealKey(key)
    }
}

impl Drop for RecoveryKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

/// An AES-256-GCM key for one purpose. Zeroed when dropped.
pub struct SealKey([u8; 32]);

impl SealKey {
    fn aead(&self) -> LessSafeKey {
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &self.0).expect("32-byte key"))
    }

    /// `nonce ‖ ciphertext ‖ tag` of `plaintext`, bound to `aad`.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, crate::StoreError> {
        let mut nonce = [0u8; NONCE_LEN];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| crate::StoreError::Random)?;
        let mut out = Vec::with_capacity(NONCE_LEN + plaintext.len() + AES_256_GCM.tag_len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plaintext);
        let tag = self
            .aead()
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut out[NONCE_LEN..],
            )
            .map_err(|_| crate::StoreError::Random)?;
        out.extend_from_slice(tag.as_ref());
        Ok(out)
    }

    /// The plaintext of `sealed`, if it was sealed with this key and `aad`.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, SealError> {
        if sealed.len() < NONCE_LEN + AES_256_GCM.tag_len() {
            return Err(SealError::Authentication);
        }
        let (nonce, rest) = sealed.split_at(NONCE_LEN);
        let nonce =
            Nonce::try_assume_unique_for_key(nonce).map_err(|_| SealError::Authentication)?;
        let mut buf = Zeroizing::new(rest.to_vec());
        let len = self
            .aead()
            .open_in_place(nonce, Aad::from(aad), buf.as_mut_slice())
            .map_err(|_| SealError::Authentication)?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

impl Drop for SealKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(<redacted>)")
    }
}

/// The `settings` key under which a handbook keeps its own recovery code,
/// inside the encrypted database, so that it can be shown again after
/// unlocking and automatic backups can be sealed without asking for it.
const CODE_SETTING: &str = "recovery_code";
/// The `settings` key set to `1` once the parent confirmed the code.
const SHOWN_SETTING: &str = "recovery_code_shown";

impl crate::Store {
    /// This handbook's recovery code, if it has one (handbooks created
    /// before recovery codes existed get one when they are next opened).
    pub fn recovery_code(&self) -> crate::Result<Option<RecoveryCode>> {
        let stored = self.setting(CODE_SETTING)?.map(Zeroizing::new);
        stored
            .map(|s| {
                RecoveryCode::parse(&s)
                    .map_err(|_| crate::StoreError::Corrupt("the stored recovery code".into()))
            })
            .transpose()
    }

    /// Keeps `code` as this handbook's recovery code: inside the encrypted
    /// database, and in the recovery file beside it (the database key
    /// wrapped under the code). The code counts as not shown yet
    /// ([`Store::recovery_code_shown`]). Only the key-custody code calls
    /// this (a new handbook, a handbook from before recovery codes).
    pub fn keep_recovery_code(&self, code: &RecoveryCode) -> crate::Result<()> {
        self.remember_recovery_code(code)?;
        self.write_recovery_file(code)
    }

    /// Keeps `code` in the database as not yet shown, without writing
    /// `hagukumi.recovery` (creation writes it under a temporary name).
    pub(crate) fn remember_recovery_code(&self, code: &RecoveryCode) -> crate::Result<()> {
        crate::settings::set(&self.conn, CODE_SETTING, Some(code.expose()))?;
        crate::settings::set(&self.conn, SHOWN_SETTING, None)
    }

    /// Whether the parent has confirmed they wrote the recovery code down
    /// (see [`Store::mark_recovery_code_shown`]). False for a new handbook
    /// and for one that just got its first code: the app shows the code
    /// until then, `hagu` prints it once.
    pub fn recovery_code_shown(&self) -> crate::Result<bool> {
        Ok(self.setting(SHOWN_SETTING)?.is_some_and(|v| v == "1"))
    }

    /// Records that the recovery code was shown and written down.
    pub fn mark_recovery_code_shown(&self) -> crate::Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, '1')
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [SHOWN_SETTING],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick_params() -> KdfParams {
        KdfParams {
            algorithm: PBKDF2_NAME.into(),
            iterations: KDF_MIN_ITERATIONS,
            salt: b64().encode([7u8; SALT_LEN]),
        }
    }

    #[test]
    fn a_generated_code_reads_back_however_it_is_typed() {
        let code = RecoveryCode::generate().unwrap();
        let shown = code.expose().to_owned();
        assert_eq!(shown.len(), 34, "7 groups of 4 with 6 hyphens: {shown}");
        assert_eq!(shown.matches('-').count(), 6);
        assert_eq!(RecoveryCode::parse(&shown).unwrap(), code);
        let sloppy = shown.replace('-', " ").to_lowercase();
        assert_eq!(RecoveryCode::parse(&sloppy).unwrap(), code);
        let full_width: String = shown
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap())
            .collect();
        assert_eq!(RecoveryCode::parse(&full_width).unwrap(), code);
        let look_alikes = shown.replace('0', "O").replace('1', "l");
        assert_eq!(RecoveryCode::parse(&look_alikes).unwrap(), code);
    }

    #[test]
    fn codes_differ_and_typos_are_caught() {
        let a = RecoveryCode::generate().unwrap();
        let b = RecoveryCode::generate().unwrap();
        assert_ne!(a, b);
        let shown = a.expose();
        // Change one data character: the checksum no longer matches.
        let mut typo: Vec<char> = shown.chars().collect();
        typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        assert_eq!(RecoveryCode::parse(&typo), Err(CodeProblem::Checksum));
        // Swap two neighbouring characters that differ.
        let chars: Vec<char> = shown.chars().collect();
        if let Some(i) =
            (0..23).find(|&i| chars[i] != chars[i + 1] && chars[i + 1] != '-' && chars[i] != '-')
        {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            let swapped: String = swapped.into_iter().collect();
            assert_eq!(RecoveryCode::parse(&swapped), Err(CodeProblem::Checksum));
        }
        assert_eq!(
            RecoveryCode::parse(&shown[..30]),
            Err(CodeProblem::WrongLength)
        );
        assert_eq!(
            RecoveryCode::parse(&shown.replacen(&shown[..1], "U", 1)),
            Err(CodeProblem::BadCharacter)
        );
        assert_eq!(format!("{a:?}"), "RecoveryCode(<redacted>)");
    }

    #[test]
    fn sealed_data_opens_only_with_the_same_code_purpose_and_binding() {
        let code = RecoveryCode::generate().unwrap();
        let params = quick_params();
        let key = RecoveryKey::derive(&code, &params).unwrap();
        let wrap = key.subkey(b"hagukumi wrap v1");
        let sealed = wrap.seal(b"handbook-1", b"the database key").unwrap();
        assert_eq!(
            wrap.open(b"handbook-1", &sealed).unwrap().as_slice(),
            b"the database key"
        );
        // Another handbook's binding, another purpose, another code, one
        // flipped bit, a truncated blob: all refused alike.
        assert_eq!(
            wrap.open(b"handbook-2", &sealed),
            Err(SealError::Authentication)
        );
        let backup = key.subkey(b"hagukumi backup v1");
        assert_eq!(
            backup.open(b"handbook-1", &sealed),
            Err(SealError::Authentication)
        );
        let other = RecoveryKey::derive(&RecoveryCode::generate().unwrap(), &params).unwrap();
        assert_eq!(
            other
                .subkey(b"hagukumi wrap v1")
                .open(b"handbook-1", &sealed),
            Err(SealError::Authentication)
        );
        let mut flipped = sealed.clone();
        flipped[20] ^= 1;
        assert_eq!(
            wrap.open(b"handbook-1", &flipped),
            Err(SealError::Authentication)
        );
        assert_eq!(
            wrap.open(b"handbook-1", &sealed[..10]),
            Err(SealError::Authentication)
        );
        // The same plaintext seals differently each time (fresh nonce).
        assert_ne!(
            wrap.seal(b"handbook-1", b"x").unwrap(),
            wrap.seal(b"handbook-1", b"x").unwrap()
        );
    }

    #[test]
    fn parameters_from_a_file_are_checked_before_use() {
        let code = RecoveryCode::generate().unwrap();
        let mut p = quick_params();
        p.iterations = u32::MAX;
        assert_eq!(
            RecoveryKey::derive(&code, &p).unwrap_err(),
            SealError::Format("kdf.iterations".into())
        );
        let mut p = quick_params();
        p.algorithm = "md5".into();
        assert_eq!(
            RecoveryKey::derive(&code, &p).unwrap_err(),
            SealError::Format("kdf.algorithm".into())
        );
        let mut p = quick_params();
        p.salt = "c2hvcnQ=".into();
        assert_eq!(
            RecoveryKey::derive(&code, &p).unwrap_err(),
            SealError::Format("kdf.salt".into())
        );
        let fresh = KdfParams::generate().unwrap();
        assert_eq!(fresh.iterations, KDF_ITERATIONS);
        assert!(fresh.check().is_ok());
        assert_ne!(fresh.salt, KdfParams::generate().unwrap().salt);
    }
}
