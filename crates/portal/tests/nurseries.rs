//! The nursery facilities of a municipality from the real portal on
//! 127.0.0.1: `GET /v1/municipalities/{code}/nurseries`, no token, a page
//! signed with the published key (a changed byte no longer verifies) naming
//! the municipality and the catalogue, every SAMPLE facility with its
//! openings per class and updated date, and a signed 304 while unchanged;
//! a facility published later is the only item after the last cursor.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ring::signature::{UnparsedPublicKey, ED25519};
use serde_json::{json, Value};

struct Answer {
    status: u16,
    etag: Option<String>,
    signature: Option<String>,
    body: Vec<u8>,
}

fn get(url: &str, etag: Option<&str>) -> Answer {
    let mut req = ureq::get(url);
    if let Some(etag) = etag {
        req = req.set("If-None-Match", etag);
    }
    let resp = match req.call() {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{e}"),
    };
    let status = resp.status();
    let etag = resp.header("etag").map(str::to_owned);
    let signature = resp.header("x-hagukumi-signature").map(str::to_owned);
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut resp.into_reader(), &mut body).unwrap();
    Answer {
        status,
        etag,
        signature,
        body,
    }
}

fn verifies(a: &Answer) -> bool {
    let Some(sig) = a.signature.as_deref().and_then(|s| STANDARD.decode(s).ok()) else {
        return false;
    };
    UnparsedPublicKey::new(&ED25519, hagukumi_portal::dev_public_key())
        .verify(&a.body, &sig)
        .is_ok()
}

#[test]
fn facilities_are_served_signed_and_a_304_while_unchanged() {
    let handle =
        hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), Default::default())
            .expect("the portal starts");
    let base = format!("{}/v1/municipalities/131083/nurseries", handle.base_url());
    let mut first = get(&base, None);
    assert_eq!(first.status, 200);
    assert!(verifies(&first));
    let page: Value = serde_json::from_slice(&first.body).unwrap();
    assert_eq!(page["account"], "municipality:131083");
    assert_eq!(page["category"], "nurseries");
    assert_eq!(page["complete"], true);
    let items = page["items"].as_array().unwrap();
    let manifest = &items[0];
    assert_eq!(manifest["kind"], "file");
    assert!(manifest["header"]["label"]
        .as_str()
        .unwrap()
        .contains("SAMPLE"));
    let facilities: Vec<&Value> = items.iter().filter(|i| i["kind"] == "record").collect();
    assert_eq!(facilities.len(), 32, "every row of koto-131083.csv");
    let one = &facilities[0];
    assert_eq!(one["id"], "facility:131083-1");
    assert_eq!(one["record"]["空き_1歳児"], "0");
    assert_eq!(one["record"]["空き_0歳児"], "3");
    assert_eq!(one["record"]["更新日"], "2026-11-20");
    // A changed byte: the signature no longer holds.
    let last = first.body.len() / 2;
    first.body[last] ^= 0x20;
    assert!(!verifies(&first));

    // Unchanged: a signed 304 for the ETag.
    let etag = first.etag.clone().expect("an ETag");
    let again = get(&base, Some(&etag));
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());

    // A facility changed at the portal: after the last cursor, only it.
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    let mut row = one["record"].clone();
    row["空き_1歳児"] = json!("2");
    handle
        .publish_facility("131083", "koto-131083.json", row)
        .unwrap();
    let next = get(&format!("{base}?cursor={cursor}"), Some(&etag));
    assert_eq!(next.status, 200);
    assert!(verifies(&next));
    let next: Value = serde_json::from_slice(&next.body).unwrap();
    let items = next["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], "facility:131083-1");
    assert_eq!(items[0]["record"]["空き_1歳児"], "2");

    // Another municipality's facilities; none for a code not served.
    assert_eq!(get(&base.replace("131083", "132012"), None).status, 200);
    assert_eq!(get(&base.replace("131083", "131016"), None).status, 404);
}
