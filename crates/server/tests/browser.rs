//! The web app in real headless Chromium, served by the real `syncmap serve`.
//!
//! These need a release `syncmap` with the web app built in, and chromedriver, so they are
//! ignored by a plain `cargo test`; `cargo xtask test` builds and installs both and runs them
//! with `--ignored`, setting `SYNCMAP_BIN`, `CHROMEDRIVER` and `CHROME_BIN`.
//!
//! The binary is copied alone into an empty folder and started there without `--dist`: what
//! the browser gets is what the one file carries.

mod support;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use support::Server;

/// chromedriver on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
    profile: PathBuf,
}

impl Driver {
    fn start() -> Driver {
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
        let profile =
            std::env::temp_dir().join(format!("syncmap-chrome-{}-{port}", std::process::id()));
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            profile,
        }
    }

    async fn client(&self) -> Client {
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

/// The W3C Permissions extension (`POST /session/{id}/permissions`), which chromedriver
/// implements: lets the test read back the clipboard.
#[derive(Debug)]
struct SetPermission(&'static str);

impl WebDriverCompatibleCommand for SetPermission {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/permissions",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "descriptor": { "name": self.0 }, "state": "granted" });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// The release binary named by `SYNCMAP_BIN`, copied alone into a fresh folder, serving.
fn serve_release_binary() -> Server {
    Server::start_binary(alone_binary(), &[])
}

/// The copy is made once per test process, before any test starts a server or a browser: a
/// file still open for writing while another thread forks cannot be executed ("text file busy").
fn alone_binary() -> &'static Path {
    static ALONE: OnceLock<PathBuf> = OnceLock::new();
    ALONE.get_or_init(|| {
        let binary = std::env::var_os("SYNCMAP_BIN")
            .map(PathBuf::from)
            .expect("SYNCMAP_BIN names a release syncmap; run these tests with `cargo xtask test`");
        // Inside target/, reused by every run, away from the build output.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("syncmap-alone");
        std::fs::create_dir_all(&dir).unwrap();
        let alone = dir.join("syncmap");
        std::fs::copy(&binary, &alone)
            .unwrap_or_else(|e| panic!("cannot copy {}: {e}", binary.display()));
        alone
    })
}

async fn text_of(client: &Client, css: &str) -> String {
    client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Waits until the element's text satisfies `ok`, and returns it.
async fn wait_for_text(client: &Client, css: &str, ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = text_of(client, css).await;
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

#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn picking_ibm_shows_userpassword_binary_and_copy_puts_the_shown_text_on_the_clipboard() {
    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    client.goto(&server.url).await.unwrap();
    // Permissions are granted to the current document's origin, so after navigating.
    client
        .issue_cmd(SetPermission("clipboard-read"))
        .await
        .unwrap();
    client
        .issue_cmd(SetPermission("clipboard-write"))
        .await
        .unwrap();
    let source = client
        .wait()
        .for_element(Locator::Css("select#source"))
        .await
        .unwrap();
    wait_for_text(&client, "#output", |t| {
        t.lines()
            .any(|line| line.trim() == "--set from-attribute:userPassword")
    })
    .await;

    source.select_by_value("ibm-directory").await.unwrap();
    let shown = wait_for_text(&client, "#output", |t| {
        t.contains("'from-attribute:userPassword;binary'")
    })
    .await;
    let field = client
        .find(Locator::Css("#password-attribute"))
        .await
        .unwrap();
    assert_eq!(
        field.prop("value").await.unwrap().as_deref(),
        Some("userPassword;binary")
    );

    client
        .find(Locator::Css("button#copy"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&client, "#copy-status", |t| t.contains("Copied")).await;
    let clipboard = client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             navigator.clipboard.readText().then(done, e => done('ERROR: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    // WebDriver's element text trims the final newline; the clipboard holds the exact text.
    let shown_exact = client
        .execute(
            "return document.querySelector('#output').textContent;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(clipboard.as_str(), shown_exact.as_str());
    assert_eq!(clipboard.as_str().unwrap().trim_end(), shown.trim_end());

    client.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn a_pingone_source_shows_the_error_beside_the_field_and_in_the_list() {
    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    client.goto(&server.url).await.unwrap();
    let source = client
        .wait()
        .for_element(Locator::Css("select#source"))
        .await
        .unwrap();
    wait_for_text(&client, "#diagnostics-summary", |t| {
        t.starts_with("0 errors")
    })
    .await;

    source.select_by_value("ping-one").await.unwrap();
    let field = wait_for_text(&client, "#source-diagnostics", |t| {
        t.contains("cannot retrieve")
    })
    .await;
    // Shown upper-case by CSS; WebDriver reports the rendered text.
    assert!(field.to_lowercase().starts_with("error"), "{field}");
    let summary = text_of(&client, "#diagnostics-summary").await;
    assert!(!summary.starts_with("0 errors"), "{summary}");
    let item = client
        .find(Locator::Css(
            "#diagnostics li[data-code='password-from-pingone'] a",
        ))
        .await
        .unwrap();
    let href = item.attr("href").await.unwrap().unwrap();
    assert!(href.contains("pd_ds_sync_passwords_p1"), "{href}");
    let invalid = client
        .find(Locator::Css("#source"))
        .await
        .unwrap()
        .attr("aria-invalid")
        .await;
    assert_eq!(invalid.unwrap().as_deref(), Some("true"));
    let output = text_of(&client, "#output").await;
    assert!(
        !output.contains("--mapping-name password"),
        "no password mapping from PingOne"
    );

    client.close().await.unwrap();
}
