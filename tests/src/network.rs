//! A network the tests can switch off: a loopback relay in front of a
//! server (the reference portal). The app is given the relay's address;
//! [`Relay::airplane_mode`] closes the relay and every connection through
//! it, so the address refuses connections as a phone in airplane mode
//! would (the portal keeps running for the test's own checks).

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A relay from a loopback port to `target`.
pub struct Relay {
    addr: SocketAddr,
    off: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<TcpStream>>>,
    accepting: Option<thread::JoinHandle<()>>,
}

impl Relay {
    /// Starts relaying from a free loopback port to `target`.
    pub fn to(target: SocketAddr) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let off = Arc::new(AtomicBool::new(false));
        let open = Arc::new(Mutex::new(Vec::<TcpStream>::new()));
        let accepting = {
            let (off, open) = (Arc::clone(&off), Arc::clone(&open));
            thread::spawn(move || {
                // The listener is dropped (the port closed) when this ends.
                while !off.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((inbound, _)) => {
                            inbound.set_nonblocking(false).unwrap();
                            let Ok(outbound) = TcpStream::connect(target) else {
                                continue;
                            };
                            let mut kept = open.lock().unwrap();
                            kept.push(inbound.try_clone().unwrap());
                            kept.push(outbound.try_clone().unwrap());
                            pipe(inbound.try_clone().unwrap(), outbound.try_clone().unwrap());
                            pipe(outbound, inbound);
                        }
                        Err(_) => thread::sleep(Duration::from_millis(10)),
                    }
                }
            })
        };
        Relay {
            addr,
            off,
            open,
            accepting: Some(accepting),
        }
    }

    /// `http://127.0.0.1:PORT` of the relay.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Switches the network off: the port stops listening and every
    /// connection through it is cut.
    pub fn airplane_mode(&mut self) {
        self.off.store(true, Ordering::SeqCst);
        if let Some(accepting) = self.accepting.take() {
            accepting.join().unwrap();
        }
        for stream in self.open.lock().unwrap().drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.airplane_mode();
    }
}

/// Copies `from` into `to` on a thread until either side ends.
fn pipe(mut from: TcpStream, mut to: TcpStream) {
    thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 || to.write_all(&buf[..n]).is_err() {
                break;
            }
        }
        let _ = to.shutdown(Shutdown::Write);
    });
}
