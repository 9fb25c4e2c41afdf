//! Photos attached to records: only JPEG and PNG, stripped of every
//! metadata block (Exif with its GPS position, XMP, IPTC, comments, PNG text
//! and time chunks) before they reach the store, and capped in size.
//!
//! The pixels are not decoded or re-encoded: segments and chunks are copied
//! or dropped as they are, so a photo keeps its quality and nothing here
//! depends on an image codec.

use serde::{Deserialize, Serialize};

/// Largest photo accepted, after metadata is removed (bytes).
pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
/// Largest file read before cleaning: a photo at the limit plus room for
/// the metadata that cleaning removes. Larger files are refused unread.
pub const MAX_ORIGINAL_BYTES: usize = MAX_PHOTO_BYTES + 3 * 1024 * 1024;
/// Most photos on one record.
pub const MAX_PHOTOS_PER_RECORD: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mime {
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
}

impl Mime {
    pub fn as_str(self) -> &'static str {
        match self {
            Mime::Jpeg => "image/jpeg",
            Mime::Png => "image/png",
        }
    }

    pub fn parse(s: &str) -> Option<Mime> {
        match s {
            "image/jpeg" => Some(Mime::Jpeg),
            "image/png" => Some(Mime::Png),
            _ => None,
        }
    }
}

/// A photo that is safe to keep: a known format, no metadata, not too big.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanPhoto {
    pub mime: Mime,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
pub enum PhotoError {
    #[error("only JPEG and PNG photos can be attached")]
    UnsupportedFormat,
    #[error("the photo file is damaged or incomplete")]
    Malformed,
    #[error("the photo is larger than the limit")]
    TooLarge,
    #[error("this record already has the most photos allowed")]
    TooMany,
}

impl PhotoError {
    pub fn message_id(self) -> &'static str {
        match self {
            PhotoError::UnsupportedFormat => "error-photo-format",
            PhotoError::Malformed => "error-photo-malformed",
            PhotoError::TooLarge => "error-photo-too-large",
            PhotoError::TooMany => "error-photo-too-many",
        }
    }
}

/// Checks the format and removes all metadata.
pub fn sanitize(bytes: &[u8]) -> Result<CleanPhoto, PhotoError> {
    let clean = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        CleanPhoto {
            mime: Mime::Jpeg,
            bytes: strip_jpeg(bytes)?,
        }
    } else if bytes.starts_with(PNG_SIGNATURE) {
        CleanPhoto {
            mime: Mime::Png,
            bytes: strip_png(bytes)?,
        }
    } else {
        return Err(PhotoError::UnsupportedFormat);
    };
    if clean.bytes.len() > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge);
    }
    Ok(clean)
}

/// JPEG: keep the image segments (and the colour profile, APP2
/// `ICC_PROFILE`, and JFIF/Adobe markers that affect decoding); drop
/// APP1 (Exif, XMP), APP13 (IPTC), other APPn and comments.
fn strip_jpeg(b: &[u8]) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut i = 2;
    loop {
        // Markers may be padded with 0xFF fill bytes.
        if i >= b.len() || b[i] != 0xFF {
            return Err(PhotoError::Malformed);
        }
        while i < b.len() && b[i] == 0xFF {
            i += 1;
        }
        let marker = *b.get(i).ok_or(PhotoError::Malformed)?;
        i += 1;
        match marker {
            // Start of scan: the rest (entropy-coded data, restart markers,
            // any further scans) is image data; copy it through EOI.
            0xDA => {
                out.extend_from_slice(&[0xFF, 0xDA]);
                out.extend_from_slice(&b[i..]);
                if !b.ends_with(&[0xFF, 0xD9]) {
                    return Err(PhotoError::Malformed);
                }
                return Ok(out);
            }
            0xD9 => return Err(PhotoError::Malformed), // EOI before any scan
            0x01 | 0xD0..=0xD7 => return Err(PhotoError::Malformed),
            _ => {}
        }
        let len_bytes = b.get(i..i + 2).ok_or(PhotoError::Malformed)?;
        let len = u16::from_be_bytes([len_bytes[0], len_bytes[1]]) as usize;
        if len < 2 || i + len > b.len() {
            return Err(PhotoError::Malformed);
        }
        let payload = &b[i + 2..i + len];
        let keep = match marker {
            0xE0 => payload.starts_with(b"JFIF\0") || payload.starts_with(b"JFXX\0"),
            0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
            0xEE => payload.starts_with(b"Adobe"),
            0xE1 | 0xE3..=0xED | 0xEF | 0xFE => false,
            _ => true,
        };
        if keep {
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(&b[i..i + len]);
        }
        i += len;
    }
}

const PNG_SIGNATURE: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// PNG: keep the chunks needed to show the image correctly; drop text,
/// Exif, time and any unknown ancillary chunk.
fn strip_png(b: &[u8]) -> Result<Vec<u8>, PhotoError> {
    const KEEP: [&[u8; 4]; 12] = [
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
        b"pHYs", b"bKGD",
    ];
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(PNG_SIGNATURE);
    let mut i = PNG_SIGNATURE.len();
    let mut seen_end = false;
    while i < b.len() {
        let header = b.get(i..i + 8).ok_or(PhotoError::Malformed)?;
        let len = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind: &[u8] = &header[4..8];
        let end = i
            .checked_add(12)
            .and_then(|x| x.checked_add(len))
            .ok_or(PhotoError::Malformed)?;
        if end > b.len() {
            return Err(PhotoError::Malformed);
        }
        let critical = kind[0].is_ascii_uppercase();
        if KEEP.iter().any(|k| k.as_slice() == kind) {
            out.extend_from_slice(&b[i..end]);
        } else if critical {
            // An unknown critical chunk means we cannot vouch for the file.
            return Err(PhotoError::UnsupportedFormat);
        }
        i = end;
        if kind == b"IEND" {
            seen_end = true;
            break;
        }
    }
    if !seen_end {
        return Err(PhotoError::Malformed);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut v = vec![0xFF, marker];
        v.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        v.extend_from_slice(payload);
        v
    }

    /// A JPEG-shaped file with Exif carrying a GPS tag, XMP, a comment and
    /// real image segments.
    fn jpeg_with_metadata() -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend(segment(0xE0, b"JFIF\0\x01\x02\0\0\x01\0\x01\0\0"));
        j.extend(segment(0xE1, b"Exif\0\0MM\0*GPSLatitude 35.6812 N"));
        j.extend(segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>home</x:xmpmeta>",
        ));
        j.extend(segment(0xED, b"Photoshop 3.0\08BIM IPTC city Tokyo"));
        j.extend(segment(0xFE, b"taken at home"));
        j.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01profile"));
        j.extend(segment(0xDB, &[0u8; 65]));
        j.extend(segment(0xC0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
        j.extend(segment(0xC4, &[0u8; 20]));
        j.extend(segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
        j.extend_from_slice(&[0x12, 0x34, 0xFF, 0x00, 0x56]);
        j.extend_from_slice(&[0xFF, 0xD9]);
        j
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn jpeg_metadata_is_removed_and_the_image_kept() {
        let dirty = jpeg_with_metadata();
        let clean = sanitize(&dirty).unwrap();
        assert_eq!(clean.mime, Mime::Jpeg);
        for secret in [
            &b"GPSLatitude"[..],
            b"Exif",
            b"xmpmeta",
            b"IPTC",
            b"taken at home",
        ] {
            assert!(contains(&dirty, secret));
            assert!(
                !contains(&clean.bytes, secret),
                "{:?} left in",
                String::from_utf8_lossy(secret)
            );
        }
        for kept in [
            &b"JFIF"[..],
            b"ICC_PROFILE",
            &[0x12, 0x34, 0xFF, 0x00, 0x56],
        ] {
            assert!(contains(&clean.bytes, kept));
        }
        assert!(clean.bytes.starts_with(&[0xFF, 0xD8]) && clean.bytes.ends_with(&[0xFF, 0xD9]));
        // Idempotent.
        assert_eq!(sanitize(&clean.bytes).unwrap(), clean);
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut v = (data.len() as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(data);
        v.extend_from_slice(&[0, 0, 0, 0]); // CRC is not checked here
        v
    }

    #[test]
    fn png_text_exif_and_time_chunks_are_removed() {
        let mut p = PNG_SIGNATURE.to_vec();
        p.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
        p.extend(chunk(b"tEXt", b"Comment\0GPS 35.68 139.76"));
        p.extend(chunk(b"eXIf", b"MM\0*GPSLatitude"));
        p.extend(chunk(b"tIME", &[7, 234, 11, 25, 10, 0, 0]));
        p.extend(chunk(b"IDAT", &[0x78, 0x9C, 1, 2, 3]));
        p.extend(chunk(b"IEND", &[]));
        let clean = sanitize(&p).unwrap();
        assert_eq!(clean.mime, Mime::Png);
        assert!(!contains(&clean.bytes, b"GPS"));
        assert!(!contains(&clean.bytes, b"tIME"));
        assert!(contains(&clean.bytes, b"IDAT") && contains(&clean.bytes, b"IEND"));
    }

    #[test]
    fn other_files_and_damaged_ones_are_refused() {
        assert_eq!(sanitize(b"GIF89a...."), Err(PhotoError::UnsupportedFormat));
        assert_eq!(
            sanitize(b"\0\0\0\x18ftypheic"),
            Err(PhotoError::UnsupportedFormat)
        );
        let j = jpeg_with_metadata();
        assert_eq!(sanitize(&j[..40]), Err(PhotoError::Malformed));
        let mut p = PNG_SIGNATURE.to_vec();
        p.extend(chunk(b"IHDR", &[0; 13]));
        assert_eq!(sanitize(&p), Err(PhotoError::Malformed), "no IEND");
    }

    #[test]
    fn the_size_cap_applies_after_stripping() {
        let mut j = vec![0xFF, 0xD8];
        j.extend(segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
        j.extend(std::iter::repeat_n(0x11u8, MAX_PHOTO_BYTES));
        j.extend_from_slice(&[0xFF, 0xD9]);
        assert_eq!(sanitize(&j), Err(PhotoError::TooLarge));
    }
}
