//! Headless Chromium through chromedriver, for the browser tests and the load-time benchmark.
//!
//! They need a release `syncmap` with the web app built in, and chromedriver; `cargo xtask test`
//! and `cargo xtask bench` build and install both and set `SYNCMAP_BIN`, `CHROMEDRIVER` and
//! `CHROME_BIN`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use super::Server;

/// chromedriver on a free loopback port, stopped when dropped.
pub struct Driver {
    child: Child,
    url: String,
    profile: PathBuf,
}

impl Driver {
    pub fn start() -> Driver {
        let program = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(&program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program} ({e}); run `cargo xtask test`"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        // A fresh profile per driver: no service worker or cache survives from another test.
        let profile =
            std::env::temp_dir().join(format!("syncmap-chrome-{}-{port}", std::process::id()));
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            profile,
        }
    }

    pub async fn client(&self) -> Client {
        let mut chrome = json!({
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                format!("--user-data-dir={}", self.profile.display()),
            ]
        });
        if let Ok(binary) = std::env::var("CHROME_BIN") {
            chrome["binary"] = json!(binary);
        }
        let capabilities = json!({ "browserName": "chrome", "goog:chromeOptions": chrome });
        // chromedriver accepts connections a moment before it serves them: retry, bounded.
        let mut attempts = 0;
        loop {
            let result =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(capabilities.as_object().unwrap().clone())
                    .connect(&self.url)
                    .await;
            match result {
                Ok(client) => return client,
                Err(e) if attempts < 10 => {
                    attempts += 1;
                    eprintln!("WebDriver session not ready ({e}); retrying");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("no WebDriver session with headless Chromium: {e}"),
            }
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A Chrome DevTools Protocol command, through chromedriver's `goog/cdp/execute` extension:
/// what WebDriver cannot do (scripts before the page's own, the cache, the network).
#[derive(Debug)]
pub struct Cdp {
    pub cmd: &'static str,
    pub params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Runs `cmd` with `params` over the DevTools protocol and returns its result.
pub async fn cdp(client: &Client, cmd: &'static str, params: Value) -> Value {
    client
        .issue_cmd(Cdp { cmd, params })
        .await
        .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"))
}

/// The release binary named by `SYNCMAP_BIN`, copied alone into a fresh folder, serving.
pub fn serve_release_binary() -> Server {
    Server::start_binary(alone_binary(), &[])
}

/// The copy is made once per test process, before any test starts a server or a browser: a
/// file still open for writing while another thread forks cannot be executed ("text file busy").
pub fn alone_binary() -> &'static Path {
    static ALONE: OnceLock<PathBuf> = OnceLock::new();
    ALONE.get_or_init(|| {
        let binary = std::env::var_os("SYNCMAP_BIN")
            .map(PathBuf::from)
            .expect("SYNCMAP_BIN names a release syncmap; run these tests with `cargo xtask test`");
        // Inside target/, reused by every run, away from the build output; one folder per test
        // file, since test binaries run at the same time.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "syncmap-alone-{}",
            std::env::current_exe()
                .ok()
                .and_then(|exe| exe.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .unwrap_or_default()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let alone = dir.join("syncmap");
        std::fs::copy(&binary, &alone)
            .unwrap_or_else(|e| panic!("cannot copy {}: {e}", binary.display()));
        alone
    })
}

/// The element's rendered text.
pub async fn text_of(client: &Client, css: &str) -> String {
    client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Waits until the element exists and its text satisfies `ok`, and returns it.
pub async fn wait_for_text(client: &Client, css: &str, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = match client.find(Locator::Css(css)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if ok(&text) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{css} never matched; last text:\n{text}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs `script` (its last argument is the callback) and returns what it passes back.
pub async fn run_async(client: &Client, script: &str) -> Value {
    client
        .execute_async(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed ({e}):\n{script}"))
}

/// Waits until the page's service worker is activated: by then it has cached the whole shell
/// (it activates only after installing, and installing is caching).
pub async fn wait_for_service_worker(client: &Client) {
    let state = run_async(
        client,
        "const done = arguments[arguments.length - 1];
         if (!navigator.serviceWorker) { done('no serviceWorker API'); return; }
         navigator.serviceWorker.ready.then(async (registration) => {
           const worker = registration.active;
           while (worker.state !== 'activated') {
             await new Promise((r) => worker.addEventListener('statechange', r, { once: true }));
           }
           done(worker.state);
         }, (e) => done('ERROR ' + e));",
    )
    .await;
    assert_eq!(state.as_str(), Some("activated"));
}
