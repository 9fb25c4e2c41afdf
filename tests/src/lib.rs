//! A small W3C WebDriver client and the harness that starts the real app.
//!
//! `tauri-driver` speaks WebDriver on one port and drives WebKitWebDriver,
//! which starts the Hagukumi binary (with `TAURI_WEBVIEW_AUTOMATION`). The
//! driver's environment is inherited by the app, which is how each test gives
//! the app its own data directory (`HAGUKUMI_DATA_DIR`).

use base64::Engine as _;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod axe;
mod network;
mod steps;
mod tour;
pub use axe::{describe, failing, Violation};
pub use network::Relay;
pub use steps::{reference_portal, screenshots, serial};
pub use tour::{tour, Visit};

/// How long to wait for the app to show something.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The workspace's target directory (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// The app binary built by `cargo build -p hagukumi-app` (debug profile).
pub fn app_binary() -> PathBuf {
    let bin = std::env::var_os("HAGUKUMI_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/hagukumi"));
    assert!(
        bin.exists(),
        "{} is missing: `cargo xtask test` builds the UI and the app before the tests",
        bin.display()
    );
    std::path::absolute(bin).unwrap()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A running tauri-driver; killed when dropped.
pub struct Driver {
    child: Child,
    base: String,
}

impl Driver {
    /// Starts tauri-driver with `env` added to its (and so the app's) environment
    /// and `env_remove` taken out.
    pub fn start(env: &[(&str, &std::ffi::OsStr)], env_remove: &[&str]) -> Driver {
        let port = free_port();
        let native_port = free_port();
        let native = std::env::var("HAGUKUMI_WEBKIT_DRIVER")
            .unwrap_or_else(|_| "/usr/bin/WebKitWebDriver".into());
        let mut cmd = Command::new("tauri-driver");
        cmd.args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .args(["--native-driver", &native])
            .stdin(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        for k in env_remove {
            cmd.env_remove(k);
        }
        let child = cmd
            .spawn()
            .expect("tauri-driver not found: run `cargo xtask setup`");
        let driver = Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let start = Instant::now();
        while ureq::get(&format!("{}/status", driver.base))
            .call()
            .is_err()
        {
            assert!(start.elapsed() < TIMEOUT, "tauri-driver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        driver
    }

    /// Starts the app (a new WebDriver session) with `args`.
    pub fn session(&self, args: &[&str]) -> Session {
        self.session_of(&app_binary(), args)
    }

    /// Starts `application` (a Tauri app binary) in a new WebDriver
    /// session with `args`.
    pub fn session_of(&self, application: &Path, args: &[&str]) -> Session {
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "tauri:options": {
                        "application": application,
                        "args": args,
                    }
                }
            }
        });
        let response = post(&format!("{}/session", self.base), &caps);
        let id = response["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {response}"))
            .to_owned();
        Session {
            base: format!("{}/session/{id}", self.base),
            open: true,
        }
    }

    /// tauri-driver's process id (the apps it starts are its descendants).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A WebDriver command the browser refused: its error code and message.
#[derive(Debug)]
pub struct Refused {
    pub error: String,
    pub message: String,
}

/// Refusals that only mean the page is still settling (an animation, a
/// re-render replacing the element, a banner sliding away): the same
/// action on the element found again succeeds a moment later.
const SETTLING: [&str; 3] = [
    "element not interactable",
    "element click intercepted",
    "stale element reference",
];

impl Refused {
    fn settling(&self) -> bool {
        SETTLING.contains(&self.error.as_str())
    }
}

/// POSTs a WebDriver command; a refusal is returned, any other failure
/// (the driver gone, a malformed answer) panics.
fn send(url: &str, body: &Value) -> Result<Value, Refused> {
    match ureq::post(url).send_json(body) {
        Ok(r) => Ok(r.into_json::<Value>().unwrap()["value"].take()),
        Err(ureq::Error::Status(code, r)) => {
            let text = r.into_string().unwrap_or_default();
            match serde_json::from_str::<Value>(&text) {
                Ok(v) if v["value"]["error"].is_string() => Err(Refused {
                    error: v["value"]["error"].as_str().unwrap_or_default().to_owned(),
                    message: v["value"]["message"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                }),
                _ => panic!("POST {url} {body}: HTTP {code}: {text}"),
            }
        }
        Err(e) => panic!("POST {url}: {e}"),
    }
}

fn post(url: &str, body: &Value) -> Value {
    send(url, body).unwrap_or_else(|r| panic!("POST {url} {body}: {}: {}", r.error, r.message))
}

fn get(url: &str) -> Value {
    match ureq::get(url).call() {
        Ok(r) => r.into_json::<Value>().unwrap()["value"].take(),
        Err(ureq::Error::Status(code, r)) => {
            panic!(
                "GET {url}: HTTP {code}: {}",
                r.into_string().unwrap_or_default()
            )
        }
        Err(e) => panic!("GET {url}: {e}"),
    }
}

/// One run of the app. Closing the session closes the app.
pub struct Session {
    base: String,
    open: bool,
}

/// A WebDriver element reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element(String);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Session {
    /// Every element matching `css`, asked again while the page replaces
    /// them as they are found (a stale element reference).
    pub fn find_all(&self, css: &str) -> Vec<Element> {
        let found = self.settled(&format!("find {css}"), || {
            send(
                &format!("{}/elements", self.base),
                &json!({"using": "css selector", "value": css}),
            )
        });
        found
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| {
                        Element(
                            e[ELEMENT_KEY]
                                .as_str()
                                .unwrap_or_else(|| panic!("not an element: {e}"))
                                .to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Waits until `css` matches, then returns the first match.
    pub fn wait_for(&self, css: &str) -> Element {
        self.wait_until(&format!("an element {css}"), || {
            self.find_all(css).into_iter().next()
        })
    }

    /// Polls `f` until it returns `Some`, failing after [`TIMEOUT`].
    pub fn wait_until<T>(&self, what: &str, f: impl FnMut() -> Option<T>) -> T {
        self.wait_until_said(|| what.to_owned(), f)
    }

    /// [`Session::wait_until`], its failure worded by `what` when it comes
    /// (so it can say what was last seen).
    pub fn wait_until_said<T>(
        &self,
        what: impl Fn() -> String,
        mut f: impl FnMut() -> Option<T>,
    ) -> T {
        let start = Instant::now();
        loop {
            if let Some(v) = f() {
                return v;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.screenshot(&target_dir().join("e2e-screenshots/failure.png"));
                panic!("timed out waiting for {}", what());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn text(&self, e: &Element) -> String {
        get(&format!("{}/element/{}/text", self.base, e.0))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Text of the first element matching `css`, once it exists.
    pub fn text_of(&self, css: &str) -> String {
        let e = self.wait_for(css);
        self.text(&e)
    }

    pub fn attribute(&self, e: &Element, name: &str) -> Option<String> {
        get(&format!("{}/element/{}/attribute/{name}", self.base, e.0))
            .as_str()
            .map(str::to_owned)
    }

    /// The current value of an input (its `value` property).
    pub fn value(&self, e: &Element) -> String {
        get(&format!("{}/element/{}/property/value", self.base, e.0))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Retries `action` while the page is settling (see [`SETTLING`]),
    /// failing after [`TIMEOUT`] with the last refusal.
    fn settled<T>(&self, what: &str, mut action: impl FnMut() -> Result<T, Refused>) -> T {
        let start = Instant::now();
        loop {
            match action() {
                Ok(v) => return v,
                Err(r) if r.settling() && start.elapsed() < TIMEOUT => {
                    std::thread::sleep(Duration::from_millis(150));
                }
                Err(r) => {
                    let _ = self.screenshot(&target_dir().join("e2e-screenshots/failure.png"));
                    panic!("{what}: {}: {}", r.error, r.message);
                }
            }
        }
    }

    /// Scrolls `e` to the middle of the window, away from the sticky header.
    fn centre(&self, e: &Element) -> Result<Value, Refused> {
        send(
            &format!("{}/execute/sync", self.base),
            &json!({
                "script": "arguments[0].scrollIntoView({block: 'center'});",
                "args": [{ELEMENT_KEY: e.0}],
            }),
        )
    }

    fn try_click(&self, e: &Element) -> Result<(), Refused> {
        self.centre(e)?;
        send(&format!("{}/element/{}/click", self.base, e.0), &json!({}))?;
        Ok(())
    }

    /// Clicks `e`, first scrolling it to the middle of the window so the
    /// sticky header never covers it; retried while the page settles.
    pub fn click(&self, e: &Element) {
        self.settled("click", || self.try_click(e));
    }

    /// Clicks the first element matching `css`, found again on every try,
    /// so a re-render that replaces it between finding and clicking does
    /// not fail the test.
    pub fn click_css(&self, css: &str) {
        self.settled(&format!("click {css}"), || {
            self.try_click(&self.wait_for(css))
        });
    }

    pub fn clear(&self, e: &Element) {
        post(&format!("{}/element/{}/clear", self.base, e.0), &json!({}));
    }

    /// Clears the field at `css` and types `text` into it (the field found
    /// again if the page replaced it meanwhile).
    pub fn fill(&self, css: &str, text: &str) {
        self.settled(&format!("fill {css}"), || {
            let e = self.wait_for(css);
            self.centre(&e)?;
            send(&format!("{}/element/{}/clear", self.base, e.0), &json!({}))?;
            if !text.is_empty() {
                send(
                    &format!("{}/element/{}/value", self.base, e.0),
                    &json!({"text": text}),
                )?;
            }
            Ok(())
        });
    }

    /// Chooses a file in the `<input type="file">` at `css`.
    pub fn upload(&self, css: &str, path: &Path) {
        let e = self.wait_for(css);
        post(
            &format!("{}/element/{}/value", self.base, e.0),
            &json!({"text": path.to_str().expect("a UTF-8 path")}),
        );
    }

    /// Runs `script` in the page (sync WebDriver script) and returns its value.
    pub fn execute(&self, script: &str) -> Value {
        post(
            &format!("{}/execute/sync", self.base),
            &json!({"script": script, "args": []}),
        )
    }

    /// Runs an async script: it gets a `done` callback as its last argument.
    pub fn execute_async(&self, script: &str) -> Value {
        post(
            &format!("{}/execute/async", self.base),
            &json!({"script": script, "args": []}),
        )
    }

    /// The browser's back (WebDriver's Back command): what Android's back
    /// button does in the app's WebView while it has an entry to go back to.
    pub fn back(&self) {
        post(&format!("{}/back", self.base), &json!({}));
    }

    pub fn set_window_size(&self, width: u32, height: u32) {
        post(
            &format!("{}/window/rect", self.base),
            &json!({"width": width, "height": height}),
        );
    }

    /// The page's inner size, as the layout sees it.
    pub fn viewport(&self) -> (u64, u64) {
        let v = self.execute("return [window.innerWidth, window.innerHeight];");
        (v[0].as_u64().unwrap(), v[1].as_u64().unwrap())
    }

    /// Saves a PNG of the window's content.
    pub fn screenshot(&self, path: &Path) -> std::io::Result<()> {
        let data = get(&format!("{}/screenshot", self.base));
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .map_err(std::io::Error::other)?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, png)
    }

    /// Closes the app.
    pub fn close(mut self) {
        self.end();
    }

    fn end(&mut self) {
        if std::mem::take(&mut self.open) {
            let _ = ureq::delete(&self.base).call();
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.end();
    }
}

/// A helper process of a test (notification server, bus monitor); killed
/// when dropped.
pub struct Background(Child);

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts a real notification server on the session bus (Debian's
/// `notification-daemon`, which has no D-Bus activation file), if installed.
pub fn notification_server() -> Option<Background> {
    let bin = Path::new("/usr/lib/notification-daemon/notification-daemon");
    bin.exists().then(|| {
        Background(
            Command::new(bin)
                .arg("--replace")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("notification-daemon starts"),
        )
    })
}

/// Records every `org.freedesktop.Notifications` message on the session bus
/// into `out` (`dbus-monitor`, from the `dbus` package).
pub fn notification_monitor(out: &Path) -> Background {
    let file = std::fs::File::create(out).unwrap();
    let child = Command::new("dbus-monitor")
        .args(["--session", "interface='org.freedesktop.Notifications'"])
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-monitor not found: run `cargo xtask setup`");
    // Let it register with the bus before anything is sent.
    std::thread::sleep(Duration::from_millis(500));
    Background(child)
}

/// Whether a notification carrying every one of `words` went out, in the
/// log a [`notification_monitor`] writes to `bus`.
pub fn notified(bus: &Path, words: &[&str]) -> bool {
    let log = std::fs::read_to_string(bus).unwrap_or_default();
    log.contains("member=Notify") && words.iter().all(|w| log.contains(w))
}

/// How many notifications titled `title` went out (the title is a string
/// argument of its own), with the log to show when that is not what a test
/// expects.
pub fn notices_titled(bus: &Path, title: &str) -> (usize, String) {
    let log = std::fs::read_to_string(bus).unwrap_or_default();
    (log.matches(&format!("\"{title}\"")).count(), log)
}
