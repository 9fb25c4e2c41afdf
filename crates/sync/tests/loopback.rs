//! The loopback listener that receives the browser's redirect after
//! consent: the code comes back for its own state only, and a client that
//! dribbles bytes cannot hold it.

mod support;

use hagukumi_sync::LoopbackRedirect;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};
use support::CLOCK;

/// The listener's address, from its redirect URI.
fn address_of(lb: &LoopbackRedirect) -> SocketAddr {
    let uri = lb.redirect_uri();
    let authority = uri
        .strip_prefix("http://")
        .and_then(|rest| rest.split('/').next())
        .unwrap();
    authority.parse().unwrap()
}

#[test]
fn a_client_that_dribbles_bytes_holds_the_listener_no_longer_than_one_deadline() {
    let lb = LoopbackRedirect::bind()
        .unwrap()
        .with_connection_deadline(Duration::from_millis(400));
    let addr = address_of(&lb);
    let client = std::thread::spawn(move || {
        // One byte every 100 ms: each read well within any per-read
        // timeout, the whole request never ending.
        let mut slow = TcpStream::connect(addr).unwrap();
        let started = Instant::now();
        for b in b"GET /callback?code=slow&state=s1 HTTP/1.1\r\nX: "
            .iter()
            .cycle()
        {
            if slow.write_all(&[*b]).is_err() || started.elapsed() > Duration::from_secs(10) {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    std::thread::sleep(Duration::from_millis(100));
    let addr2 = addr;
    let browser = std::thread::spawn(move || {
        let mut s = TcpStream::connect(addr2).unwrap();
        write!(
            s,
            "GET /callback?code=right&state=s1 HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    });
    let started = Instant::now();
    let code = lb
        .wait("s1", Duration::from_secs(20), "<p>ok</p>", CLOCK)
        .unwrap();
    assert_eq!(code, "right");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert!(browser.join().unwrap().contains("<p>ok</p>"));
    drop(lb);
    client.join().unwrap();
}

#[test]
fn the_loopback_redirect_returns_the_code_for_its_state_only() {
    let lb = LoopbackRedirect::bind().unwrap();
    let port = address_of(&lb).port();
    let client = std::thread::spawn(move || {
        let send = |path: &str| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut out = String::new();
            let _ = std::io::Read::read_to_string(&mut s, &mut out);
            out
        };
        let wrong = send("/callback?code=nope&state=other");
        let right = send("/callback?code=abc%2D1&state=s1");
        (wrong, right)
    });
    let code = lb
        .wait("s1", Duration::from_secs(10), "<p>ok</p>", CLOCK)
        .unwrap();
    let (wrong, right) = client.join().unwrap();
    assert_eq!(code, "abc-1");
    assert!(wrong.starts_with("HTTP/1.1 400"));
    assert!(right.contains("<p>ok</p>"));
}
