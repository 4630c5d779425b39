//! The editor's import of a large batch file in headless Chromium, against the release
//! `syncmap serve` on loopback: what the shipped WebAssembly (trunk's wasm-opt passes included)
//! takes to parse a pasted server profile, read every scenario in it and offer them. A benchmark,
//! not a test: it is ignored by `cargo test` and run by `cargo xtask bench` with `--ignored
//! --nocapture`, and it prints figures rather than asserting a time.
//!
//! The text is the head of `SYNCMAP_IMPORT_FILE` (the linter benchmark's generated file), cut at
//! a blank line after `SYNCMAP_IMPORT_KB` kilobytes (1,000 by default). The time is taken inside
//! the page, from the click on Import to the list of the scenarios found (a MutationObserver
//! records `performance.now()`), so WebDriver's own latency is not counted. Each run is a fresh
//! load of the page.

mod support;

use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::json;
use support::browser::{Driver, serve_release_binary};
use support::summary;

/// Imports timed; `SYNCMAP_IMPORT_RUNS` overrides.
const RUNS: usize = 10;

/// Pastes `arguments[0]`, then clicks Import with an observer that records when the choice of
/// scenarios appears (the generated file holds many).
const IMPORT: &str = "const text = document.querySelector('#import-text');
text.value = arguments[0];
text.dispatchEvent(new InputEvent('input', { bubbles: true }));
window.__syncmapImported = undefined;
const found = () => document.querySelector('#import .choices button');
const button = document.querySelector('#import-button');
// The paste re-renders the panel first: the click comes once the button is enabled.
const click = () => {
  if (button.disabled) { setTimeout(click, 5); return; }
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (found()) {
      window.__syncmapImported = performance.now() - start;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  button.click();
};
click();";

#[tokio::test]
#[ignore = "a benchmark: run `cargo xtask bench`"]
async fn import_of_a_large_batch_file() {
    let var = |name: &str| std::env::var(name).ok();
    let runs = var("SYNCMAP_IMPORT_RUNS")
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(RUNS);
    let kilobytes: usize = var("SYNCMAP_IMPORT_KB")
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let path = var("SYNCMAP_IMPORT_FILE")
        .expect("SYNCMAP_IMPORT_FILE names a batch file; run `cargo xtask bench`");
    let whole = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("SYNCMAP_IMPORT_FILE {path}: {e}"));
    let text = head(&whole, kilobytes * 1_000);

    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        client.goto("about:blank").await.unwrap();
        client.goto(&server.url).await.unwrap();
        times.push(import(&client, text).await);
    }
    client.close().await.unwrap();

    let (median, _, min, max) = summary(&times);
    let commands = text.matches("\ndsconfig ").count() + usize::from(text.starts_with("dsconfig"));
    println!(
        "import in the browser, {:.0} KB ({commands} commands): median {median:.1} ms, \
         min {min:.1} ms, max {max:.1} ms ({runs} imports)",
        text.len() as f64 / 1e3,
    );
}

/// The first `bytes` of `text` and the rest of the command there, up to the next blank line.
fn head(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[end..].find("\n\n") {
        Some(blank) => &text[..end + blank + 1],
        None => text,
    }
}

/// One import on a freshly loaded page, in ms from the click to the scenarios offered.
async fn import(client: &Client, text: &str) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(60);
    // The app renders before the panel can be used.
    while client
        .execute("return !!document.querySelector('#import-button');", vec![])
        .await
        .unwrap()
        != json!(true)
    {
        assert!(Instant::now() < deadline, "the app never rendered");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    client.execute(IMPORT, vec![json!(text)]).await.unwrap();
    loop {
        let at = client
            .execute("return window.__syncmapImported ?? null;", vec![])
            .await
            .unwrap();
        if let Some(ms) = at.as_f64() {
            return ms;
        }
        assert!(Instant::now() < deadline, "the import never finished");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
