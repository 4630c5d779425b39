//! Offline use, the same-origin guarantee and embedding, in real headless Chromium against the
//! real release `syncmap serve` (see `support/browser.rs`; run by `cargo xtask test`).

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::json;
use support::Server;
use support::browser::{
    Driver, alone_binary, cdp, run_async, serve_release_binary, wait_for_service_worker,
    wait_for_text,
};

async fn wait_for_app(client: &Client) -> String {
    wait_for_text(client, "#output", |t| !t.trim().is_empty()).await
}

async fn title(client: &Client) -> String {
    client.title().await.unwrap()
}

#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn after_one_visit_the_app_loads_with_the_server_stopped() {
    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    client.goto(&server.url).await.unwrap();
    let online = wait_for_app(&client).await;
    wait_for_service_worker(&client).await;
    let url = server.url.clone();
    drop(server);
    assert!(
        std::net::TcpStream::connect(url.trim_start_matches("http://").trim_end_matches('/'))
            .is_err(),
        "the server is stopped"
    );

    client.refresh().await.unwrap();
    let offline = wait_for_app(&client).await;
    assert_eq!(offline, online);
    let controlled = client
        .execute(
            "return navigator.serviceWorker.controller !== null;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        controlled,
        json!(true),
        "the reload went through the worker"
    );

    // The password checker's worker, loaded on first use, comes from the cache too.
    let findings = check_password_value(&client, "{SSHA}aGVsbG8=").await;
    assert!(findings.contains("Scheme {SSHA}"), "{findings}");

    // The embedding URL is the same cached page, whatever its query.
    client
        .goto(&format!(
            "{url}index.html?embed&preset=ibm-directory-to-pingone"
        ))
        .await
        .unwrap();
    wait_for_app(&client).await;

    client.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn a_new_deployment_shows_on_the_next_load() {
    // A copy of the built app served from disk (`--dist`), so the test can deploy a change.
    let site = scratch_copy_of_dist("redeploy");
    let site_arg = site.to_string_lossy().into_owned();
    let server = Server::start_binary(alone_binary(), &["--dist", &site_arg]);
    let driver = Driver::start();
    let client = driver.client().await;
    client.goto(&server.url).await.unwrap();
    wait_for_app(&client).await;
    wait_for_service_worker(&client).await;
    let first = title(&client).await;

    let index = site.join("index.html");
    let page = std::fs::read_to_string(&index).unwrap();
    std::fs::write(&index, page.replacen("<title>", "<title>v2 ", 1)).unwrap();

    // Stale while revalidating: this load is answered from the cache at once...
    client.refresh().await.unwrap();
    wait_for_app(&client).await;
    assert_eq!(title(&client).await, first);
    // ...and meanwhile the worker stores the new deployment...
    let deadline = Instant::now() + Duration::from_secs(10);
    while !cached_index_has(&client, "<title>v2 ").await {
        assert!(
            Instant::now() < deadline,
            "the new index.html never reached the cache"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // ...which the next load shows.
    client.refresh().await.unwrap();
    wait_for_app(&client).await;
    assert_eq!(title(&client).await, format!("v2 {first}"));

    client.close().await.unwrap();
    drop(server);
    let _ = std::fs::remove_dir_all(&site);
}

/// Opens the password checker, types `value` and returns what the checker says about it.
async fn check_password_value(client: &Client, value: &str) -> String {
    client
        .execute(
            "document.querySelector('details.checker').open = true;
             const input = document.querySelector('#password-value');
             input.value = arguments[0];
             input.dispatchEvent(new InputEvent('input', { bubbles: true }));",
            vec![json!(value)],
        )
        .await
        .unwrap();
    wait_for_text(client, "#password-findings", |t| !t.trim().is_empty()).await
}

/// The worker that holds the import and the password checker is a file of its own: when it
/// cannot be loaded, each job says so where the admin looks, and the rest of the page works.
#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn a_worker_that_cannot_load_is_said_where_it_was_needed() {
    let site = scratch_copy_of_dist("no-worker");
    std::fs::remove_file(site.join("syncmap-worker_bg.wasm")).unwrap();
    let site_arg = site.to_string_lossy().into_owned();
    let server = Server::start_binary(alone_binary(), &["--dist", &site_arg]);
    let driver = Driver::start();
    let client = driver.client().await;
    client.goto(&server.url).await.unwrap();
    let output = wait_for_app(&client).await;

    let findings = check_password_value(&client, "{SSHA}aGVsbG8=").await;
    assert!(
        findings.contains("could not be checked") && findings.contains("worker"),
        "the checker says why it has no answer: {findings}"
    );
    client
        .execute(
            "document.querySelector('#import').open = true;
             const text = document.querySelector('#import-text');
             text.value = 'dsconfig create-attribute-map --map-name M';
             text.dispatchEvent(new InputEvent('input', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let enabled = client
            .execute(
                "return !document.querySelector('#import-button').disabled;",
                vec![],
            )
            .await
            .unwrap();
        if enabled == json!(true) {
            break;
        }
        assert!(Instant::now() < deadline, "Import is enabled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // This session's window (800 px) docks the shortcuts bar at the bottom, as on a phone: the
    // button is brought up from under it, as an admin scrolls, before the click.
    client
        .execute(
            "document.querySelector('#import-button').scrollIntoView({ block: 'center' });",
            vec![],
        )
        .await
        .unwrap();
    client
        .find(Locator::Css("#import-button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let status = wait_for_text(&client, "#import-status", |t| t.contains("not imported")).await;
    assert!(status.contains("worker"), "{status}");
    // The editor and its commands are as they were, and the next try asks again.
    assert_eq!(wait_for_app(&client).await, output);
    let again = check_password_value(&client, "{SSHA}aGVsbG9v").await;
    assert!(again.contains("could not be checked"), "{again}");

    client.close().await.unwrap();
    drop(server);
    let _ = std::fs::remove_dir_all(&site);
}

/// Whether a cache of the page's origin holds an index.html containing `text`.
async fn cached_index_has(client: &Client, text: &str) -> bool {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         (async () => {{
           const url = new URL('index.html', location.href).href;
           for (const name of await caches.keys()) {{
             const hit = await (await caches.open(name)).match(url);
             if (hit && (await hit.text()).includes({text:?})) return true;
           }}
           return false;
         }})().then(done, (e) => done('ERROR ' + e));"
    );
    run_async(client, &script).await == json!(true)
}

/// The built `dist/` (what the release binary embeds), copied into a fresh folder.
fn scratch_copy_of_dist(name: &str) -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("syncmap-site-{name}"));
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(&dist).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}); run `cargo xtask test`",
            dist.display()
        )
    }) {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, copy.join(path.file_name().unwrap())).unwrap();
        }
    }
    copy
}

/// Records Content-Security-Policy violations from the start of every page, before the
/// page's own scripts run.
async fn record_csp_violations(client: &Client) {
    cdp(
        client,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', (e) =>
              window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    )
    .await;
}

/// Every URL the page fetched (itself included), from the browser's own resource timing.
async fn requested_urls(client: &Client) -> Vec<String> {
    let names = client
        .execute(
            "return performance.getEntriesByType('navigation')
               .concat(performance.getEntriesByType('resource'))
               .map((entry) => entry.name);",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(names).unwrap()
}

async fn csp_violations(client: &Client) -> Vec<String> {
    let found = client
        .execute("return window.__cspViolations || ['not recorded'];", vec![])
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn no_request_leaves_the_origin_and_the_policy_says_so() {
    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    record_csp_violations(&client).await;
    client.goto(&server.url).await.unwrap();
    wait_for_app(&client).await;
    wait_for_service_worker(&client).await;

    // Use the app: every choice list to its last choice (whatever the output then is), then
    // reload, by then through the service worker and with the saved work restored.
    for round in 0..2 {
        if round == 1 {
            client.refresh().await.unwrap();
            client
                .wait()
                .for_element(Locator::Css("main.app"))
                .await
                .unwrap();
        }
        let selects = client.find_all(Locator::Css("select")).await.unwrap();
        for select in selects {
            let count = select
                .find_all(Locator::Css("option"))
                .await
                .map_or(0, |options| options.len());
            if count > 1 && select.is_enabled().await.unwrap_or(false) {
                let _ = select.select_by_index(count - 1).await;
            }
        }
        tokio::time::sleep(Duration::from_millis(500)).await;

        let urls = requested_urls(&client).await;
        assert!(
            urls.iter().any(|u| u.ends_with("syncmap-web_bg.wasm")),
            "resource timing saw the app load: {urls:#?}"
        );
        for url in &urls {
            assert!(
                url.starts_with(&server.url),
                "{url} is not on {}",
                server.url
            );
        }
        assert_eq!(csp_violations(&client).await, Vec::<String>::new());
    }

    let policy = client
        .execute(
            "const first = document.head.firstElementChild;
             return first && first.getAttribute('http-equiv') === 'Content-Security-Policy'
               ? first.getAttribute('content') : null;",
            vec![],
        )
        .await
        .unwrap();
    let policy = policy
        .as_str()
        .expect("the policy is the first element of <head>");
    for directive in [
        "default-src 'self'",
        "connect-src 'self'",
        "style-src 'self';",
        "object-src 'none'",
    ] {
        assert!(policy.contains(directive), "{directive} in {policy}");
    }
    assert!(
        policy.contains("'sha256-"),
        "trunk's inline loader is allowed by its hash: {policy}"
    );

    client.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the built web app and chromedriver: run `cargo xtask test`"]
async fn the_embedding_demo_shows_the_app_compact_with_the_preset() {
    let server = serve_release_binary();
    let driver = Driver::start();
    let client = driver.client().await;
    record_csp_violations(&client).await;
    client
        .goto(&format!("{}embed-demo.html", server.url))
        .await
        .unwrap();
    let frame = client
        .wait()
        .for_element(Locator::Css("iframe.syncmap-embed"))
        .await
        .unwrap();
    assert_eq!(
        frame.attr("src").await.unwrap().as_deref(),
        Some("./index.html?embed&preset=ibm-directory-to-pingone")
    );
    // The snippet the page tells readers to paste is the element it uses.
    let snippet = client
        .find(Locator::Css("pre.snippet"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let element = client
        .execute(
            "return document.querySelector('iframe.syncmap-embed').outerHTML;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        snippet.trim(),
        element.as_str().unwrap().replace("&amp;", "&")
    );
    assert_eq!(csp_violations(&client).await, Vec::<String>::new());

    // loading="lazy": the frame loads once it is near the viewport.
    client
        .execute(
            "document.querySelector('iframe.syncmap-embed').scrollIntoView();",
            vec![],
        )
        .await
        .unwrap();
    frame.enter_frame().await.unwrap();
    let output = wait_for_app(&client).await;
    let location = client
        .execute("return location.pathname + location.search;", vec![])
        .await
        .unwrap();
    assert!(
        location
            .as_str()
            .is_some_and(|l| l.ends_with("/index.html?embed&preset=ibm-directory-to-pingone")),
        "{location}"
    );
    client
        .find(Locator::Css(".app.embed"))
        .await
        .expect("the app is in compact mode");
    // The IBM preset maps the password from IBM's attribute.
    assert!(output.contains("userPassword;binary"), "{output}");

    client.close().await.unwrap();
}
