//! Photos attached to records: only JPEG and PNG, stripped of every
//! metadata block (Exif with its GPS position, XMP, IPTC, comments, PNG text
//! and time chunks) before they reach the store, and capped in size.
//!
//! The pixels are not decoded or re-encoded: segments and chunks are copied
//! or dropped as they are, so a photo keeps its quality and nothing here
//! depends on an image codec. A JPEG is cut at the end of its image (EOI):
//! whatever follows it (the second image of an MPF file with its own Exif
//! and GPS, a maker's trailer) is dropped. The dimensions a file declares
//! are checked against [`MAX_PIXELS`] before anything may decode it.

use serde::{Deserialize, Serialize};

/// Largest photo accepted, after metadata is removed (bytes).
pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
/// Largest file read before cleaning: a photo at the limit plus room for
/// the metadata that cleaning removes. Larger files are refused unread.
pub const MAX_ORIGINAL_BYTES: usize = MAX_PHOTO_BYTES + 3 * 1024 * 1024;
/// Most photos on one record.
pub const MAX_PHOTOS_PER_RECORD: usize = 10;
/// Most pixels (width × height) a photo may declare: 64 million.
///
/// Why this number: a phone's camera at its largest setting makes 48 MP
/// (8064 × 6048, iPhone 14 Pro and later) and a phone panorama up to about
/// 63 MP; both pass. Larger "108/200 MP" modes make files of 20 MB and more,
/// which [`MAX_PHOTO_BYTES`] (8 MB) refuses anyway: at the ~0.2 byte per
/// pixel of a phone JPEG, 8 MB holds about 40 MP, so the cap costs a parent
/// nothing the byte limit allowed. What it stops is a small file declaring
/// a huge image (a PNG of 50000 × 50000 compresses to a few kilobytes but
/// would need 10 GB to decode): 64 MP decodes to at most 256 MB of RGBA.
pub const MAX_PIXELS: u64 = 64_000_000;

crate::by_name::choices! {
    pub enum Mime: serde {
        Jpeg = "image/jpeg",
        Png = "image/png",
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
    /// The image declares more than [`MAX_PIXELS`] pixels.
    #[error("the photo has more pixels than the limit")]
    TooManyPixels,
}

impl PhotoError {
    pub fn message_id(self) -> &'static str {
        match self {
            PhotoError::UnsupportedFormat => "error-photo-format",
            PhotoError::Malformed => "error-photo-malformed",
            PhotoError::TooLarge => "error-photo-too-large",
            PhotoError::TooMany => "error-photo-too-many",
            PhotoError::TooManyPixels => "error-photo-too-many-pixels",
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

/// Refuses declared dimensions that are empty or over [`MAX_PIXELS`].
fn check_dimensions(width: u64, height: u64) -> Result<(), PhotoError> {
    if width == 0 || height == 0 {
        return Err(PhotoError::Malformed);
    }
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels);
    }
    Ok(())
}

/// JPEG: keep the image segments (and the colour profile, APP2
/// `ICC_PROFILE`, and JFIF/Adobe markers that affect decoding); drop
/// APP1 (Exif, XMP), APP2 other than the profile (MPF), APP13 (IPTC), other
/// APPn and comments, before the first scan and between the scans of a
/// progressive JPEG. The file ends at the image's EOI: trailing data is
/// dropped. Every frame header (SOFn) must come before its first scan and
/// declare dimensions within [`MAX_PIXELS`].
fn strip_jpeg(b: &[u8]) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut i = 2;
    let mut frame = false;
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
            // The end of the image: anything after it is not this image.
            0xD9 if frame => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Ok(out);
            }
            0xD9 => return Err(PhotoError::Malformed), // EOI before any scan
            0x00 | 0x01 | 0xD0..=0xD8 => return Err(PhotoError::Malformed),
            _ => {}
        }
        let len_bytes = b.get(i..i + 2).ok_or(PhotoError::Malformed)?;
        let len = u16::from_be_bytes([len_bytes[0], len_bytes[1]]) as usize;
        if len < 2 || i + len > b.len() {
            return Err(PhotoError::Malformed);
        }
        let payload = &b[i + 2..i + len];
        let keep = match marker {
            // Start of frame (SOF0–15 but DHT, JPG and DAC): precision,
            // height, width. A height of 0 (set later by DNL) is refused:
            // the size must be known before anything decodes the image.
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                let dims = payload.get(1..5).ok_or(PhotoError::Malformed)?;
                let height = u16::from_be_bytes([dims[0], dims[1]]);
                let width = u16::from_be_bytes([dims[2], dims[3]]);
                check_dimensions(width.into(), height.into())?;
                frame = true;
                true
            }
            0xDA if !frame => return Err(PhotoError::Malformed),
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
        if marker == 0xDA {
            // Entropy-coded data follows its scan header, up to the next
            // marker: 0xFF 0x00 is a stuffed 0xFF and 0xFF 0xD0–D7 a
            // restart marker, both part of the data; 0xFF fill bytes may
            // precede a marker.
            let start = i;
            loop {
                match b.get(i..i + 2) {
                    None => return Err(PhotoError::Malformed),
                    Some([0xFF, 0x00 | 0xD0..=0xD7]) => i += 2,
                    Some([0xFF, _]) => break,
                    Some(_) => i += 1,
                }
            }
            out.extend_from_slice(&b[start..i]);
        }
    }
}

const PNG_SIGNATURE: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// PNG: keep the chunks needed to show the image correctly; drop text,
/// Exif, time and any unknown ancillary chunk. The first chunk must be the
/// header (IHDR), whose dimensions must be within [`MAX_PIXELS`].
fn strip_png(b: &[u8]) -> Result<Vec<u8>, PhotoError> {
    let header = b
        .get(PNG_SIGNATURE.len()..PNG_SIGNATURE.len() + 16)
        .ok_or(PhotoError::Malformed)?;
    if header[..8] != [0, 0, 0, 13, b'I', b'H', b'D', b'R'] {
        return Err(PhotoError::Malformed);
    }
    let width = u32::from_be_bytes([header[8], header[9], header[10], header[11]]);
    let height = u32::from_be_bytes([header[12], header[13], header[14], header[15]]);
    check_dimensions(width.into(), height.into())?;
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
        p.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
        assert_eq!(sanitize(&p), Err(PhotoError::Malformed), "no IEND");
        // A PNG must start with its header.
        let mut p = PNG_SIGNATURE.to_vec();
        p.extend(chunk(b"IDAT", &[0x78, 0x9C, 1, 2, 3]));
        p.extend(chunk(b"IEND", &[]));
        assert_eq!(sanitize(&p), Err(PhotoError::Malformed), "no IHDR");
        // A scan before any frame header, and a frame of unknown height.
        let mut j = vec![0xFF, 0xD8];
        j.extend(segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
        j.extend_from_slice(&[0x12, 0xFF, 0xD9]);
        assert_eq!(sanitize(&j), Err(PhotoError::Malformed), "no SOF");
        assert_eq!(sanitize(&jpeg(0, 100, &[])), Err(PhotoError::Malformed));
    }

    /// A baseline JPEG of `width` × `height` (frame header, one scan whose
    /// data is `data`, EOI).
    fn jpeg(width: u16, height: u16, data: &[u8]) -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        let [h1, h0] = height.to_be_bytes();
        let [w1, w0] = width.to_be_bytes();
        j.extend(segment(0xC0, &[8, h1, h0, w1, w0, 1, 1, 0x11, 0]));
        j.extend(segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
        j.extend_from_slice(data);
        j.extend_from_slice(&[0xFF, 0xD9]);
        j
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut p = PNG_SIGNATURE.to_vec();
        p.extend(chunk(b"IHDR", &ihdr));
        p.extend(chunk(b"IDAT", &[0x78, 0x9C, 1, 2, 3]));
        p.extend(chunk(b"IEND", &[]));
        p
    }

    #[test]
    fn the_image_ends_at_its_eoi_and_a_trailer_is_dropped() {
        // Entropy-coded data with a stuffed 0xFF (followed by a byte that
        // would be EOI) and restart markers: all of it is image data.
        let data = [
            0x12, 0xFF, 0x00, 0xD9, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xD7, 0x78,
        ];
        let primary = jpeg(8, 8, &data);
        // An MPF-style second image after the first one's EOI, with Exif.
        let mut second = vec![0xFF, 0xD8];
        second.extend(segment(0xE1, b"Exif\0\0MM\0*GPSLatitude 35.6812 N"));
        second.extend(jpeg(4, 4, &[0x9A])[2..].iter());
        let mut file = primary.clone();
        file.extend_from_slice(&second);
        let clean = sanitize(&file).unwrap();
        assert_eq!(clean.bytes, primary);
        assert!(!contains(&clean.bytes, b"GPS"));
        // Plain trailing bytes go too.
        let mut file = primary.clone();
        file.extend_from_slice(b"maker notes\0\0");
        assert_eq!(sanitize(&file).unwrap().bytes, primary);
        // No EOI at all: incomplete.
        assert_eq!(
            sanitize(&primary[..primary.len() - 2]),
            Err(PhotoError::Malformed)
        );
    }

    #[test]
    fn a_progressive_jpeg_keeps_every_scan_and_loses_metadata_between_them() {
        let mut j = vec![0xFF, 0xD8];
        j.extend(segment(0xC2, &[8, 0, 16, 0, 16, 1, 1, 0x11, 0]));
        j.extend(segment(0xC4, &[0x00, 1, 2, 3]));
        j.extend(segment(0xDA, &[1, 1, 0, 0, 0, 0x01]));
        j.extend_from_slice(&[0xAA, 0xFF, 0x00, 0xBB]);
        // Between scans: a new Huffman table, a comment, fill bytes.
        j.extend(segment(0xC4, &[0x10, 4, 5, 6]));
        j.extend(segment(0xFE, b"GPS 35.68 139.76"));
        j.extend_from_slice(&[0xFF, 0xFF]);
        j.extend(segment(0xDA, &[1, 1, 0, 1, 0x3F, 0x10]));
        j.extend_from_slice(&[0xCC, 0xFF, 0xD1, 0xDD]);
        j.extend_from_slice(&[0xFF, 0xD9]);
        j.extend_from_slice(b"trailer");
        let clean = sanitize(&j).unwrap().bytes;
        assert!(!contains(&clean, b"GPS"));
        assert!(!contains(&clean, b"trailer"));
        for kept in [
            &[0xAA, 0xFF, 0x00, 0xBB][..],
            &[0xCC, 0xFF, 0xD1, 0xDD],
            &[0xFF, 0xC4, 0, 6, 0x10, 4, 5, 6],
        ] {
            assert!(contains(&clean, kept), "{kept:x?}");
        }
        assert_eq!(clean.iter().filter(|&&b| b == 0xDA).count(), 2);
        assert!(clean.ends_with(&[0xDD, 0xFF, 0xD9]));
    }

    #[test]
    fn declared_dimensions_over_the_pixel_cap_are_refused() {
        assert_eq!(
            sanitize(&png(50_000, 50_000)),
            Err(PhotoError::TooManyPixels)
        );
        assert_eq!(
            sanitize(&png(u32::MAX, u32::MAX)),
            Err(PhotoError::TooManyPixels)
        );
        assert_eq!(
            sanitize(&jpeg(65_535, 65_535, &[1])),
            Err(PhotoError::TooManyPixels)
        );
        // A 48 MP phone photo and a 63 MP panorama pass.
        assert!(sanitize(&jpeg(8064, 6048, &[1])).is_ok());
        assert!(sanitize(&png(16_000, 3_936)).is_ok());
        assert_eq!(sanitize(&png(0, 10)), Err(PhotoError::Malformed));
    }

    #[test]
    fn the_size_cap_applies_after_stripping() {
        let j = jpeg(8, 8, &vec![0x11u8; MAX_PHOTO_BYTES]);
        assert_eq!(sanitize(&j), Err(PhotoError::TooLarge));
    }
}
