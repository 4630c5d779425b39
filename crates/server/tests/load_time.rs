//! Time to interactive: from the start of navigation to the app's first render in headless
//! Chromium, against the release `syncmap serve` on loopback. A benchmark, not a test: it is
//! ignored by `cargo test` and run by `cargo xtask bench` with `--ignored --nocapture`, and it
//! prints figures rather than asserting a time (times depend on the machine).
//!
//! The time is taken inside the page: a script injected before any of the page's own (DevTools
//! `Page.addScriptToEvaluateOnNewDocument`) watches the DOM with a MutationObserver and records
//! `performance.now()`, whose zero is the navigation's start, when `#output` first holds text.
//! That is the first render: the app renders its output with its controls, listeners attached.

mod support;

use std::time::{Duration, Instant};

use fantoccini::Client;
use serde_json::json;
use support::browser::{Driver, cdp, serve_release_binary, wait_for_service_worker};
use support::summary;

/// Loads per mode; `SYNCMAP_TTI_RUNS` overrides.
const RUNS: usize = 30;

const PROBE: &str = "(() => {
  const check = () => {
    const output = document.getElementById('output');
    if (output && output.textContent.trim() !== '') {
      window.__syncmapInteractive = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();";

#[tokio::test]
#[ignore = "a benchmark: run `cargo xtask bench`"]
async fn time_to_interactive() {
    let runs = std::env::var("SYNCMAP_TTI_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(RUNS);
    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    cdp(
        &client,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": PROBE }),
    )
    .await;
    cdp(&client, "Network.enable", json!({})).await;

    // Cold: every file from the server, as on a first visit.
    cdp(
        &client,
        "Network.setCacheDisabled",
        json!({ "cacheDisabled": true }),
    )
    .await;
    cdp(
        &client,
        "Network.setBypassServiceWorker",
        json!({ "bypass": true }),
    )
    .await;
    let cold = measure(&client, &server.url, runs).await;
    report("cold: HTTP cache disabled, service worker bypassed", &cold);

    // Warm: a returning visitor, the app shell answered by the service worker's cache.
    cdp(
        &client,
        "Network.setCacheDisabled",
        json!({ "cacheDisabled": false }),
    )
    .await;
    cdp(
        &client,
        "Network.setBypassServiceWorker",
        json!({ "bypass": false }),
    )
    .await;
    client.goto(&server.url).await.unwrap();
    interactive_at(&client).await;
    wait_for_service_worker(&client).await;
    let warm = measure(&client, &server.url, runs).await;
    report("warm: HTTP cache and service worker", &warm);

    client.close().await.unwrap();
}

/// One load, in ms from the start of navigation.
struct Load {
    /// The app's first render.
    interactive: f64,
    /// The WebAssembly module fully received (what is left is compiling it and rendering).
    wasm_received: f64,
}

/// Navigates to `url` `runs` times and returns each load's times.
async fn measure(client: &Client, url: &str, runs: usize) -> Vec<Load> {
    let mut loads = Vec::with_capacity(runs);
    for _ in 0..runs {
        // Leave the page first so every load is a fresh navigation, never a same-document one.
        client.goto("about:blank").await.unwrap();
        client.goto(url).await.unwrap();
        loads.push(interactive_at(client).await);
    }
    loads
}

/// The page's recorded times, waiting for the first render if needed.
async fn interactive_at(client: &Client) -> Load {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let at = client
            .execute(
                "if (window.__syncmapInteractive === undefined) return null;
                 const wasm = performance.getEntriesByType('resource')
                   .find((e) => e.name.endsWith('/syncmap-web_bg.wasm'));
                 return [window.__syncmapInteractive, wasm ? wasm.responseEnd : -1];",
                vec![],
            )
            .await
            .unwrap();
        if let Some([interactive, wasm]) = at.as_array().map(Vec::as_slice) {
            return Load {
                interactive: interactive.as_f64().unwrap_or(f64::NAN),
                wasm_received: wasm.as_f64().unwrap_or(f64::NAN),
            };
        }
        assert!(
            Instant::now() < deadline,
            "#output never filled: the app did not render"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn report(mode: &str, loads: &[Load]) {
    let interactive: Vec<f64> = loads.iter().map(|l| l.interactive).collect();
    let wasm: Vec<f64> = loads.iter().map(|l| l.wasm_received).collect();
    let (median, p95, min, max) = summary(&interactive);
    println!(
        "time to interactive, {mode}: median {median:.1} ms, p95 {p95:.1} ms, \
         min {min:.1} ms, max {max:.1} ms ({} loads); wasm received by median {:.1} ms",
        loads.len(),
        summary(&wasm).0
    );
}
