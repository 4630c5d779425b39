//! `syncmap serve`: the web app and the HTTP API over HTTP, hardened for a shared host.
//!
//! Around every request, outermost first: the request log, security headers and cache policy
//! ([`frame`]), panic capture (a panicking handler answers 500 and the server stays up), the
//! request timeout (408, slow bodies included), the concurrency limit (extra requests wait
//! their turn) and the body limit (413). The connection loop is hyper's own so that a client
//! that sends its headers slowly is cut off ([`ServeArgs::header_timeout`]) and connections are
//! capped; `axum::serve` offers neither. The web app's files are answered by [`assets`]
//! (compressed at build time, with ETags) or, with `--dist`, by tower-http's `ServeDir`.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tower::ServiceExt;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::services::ServeDir;

use crate::api::{self, Api, ApiError};
use crate::assets;
use crate::cli::{LogFormat, ServeArgs, Status};

const NOT_BUILT: &str = "This syncmap binary was built without the web app.\n\
                         Run `cargo xtask serve`, which builds it first, or pass --dist DIR.\n";

/// How long in-flight requests get to finish after SIGTERM or Ctrl-C.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

pub fn run(args: ServeArgs) -> Result<Status, String> {
    init_log(args.log);
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    runtime.block_on(serve(args))
}

fn init_log(format: LogFormat) {
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
        LogFormat::Off => {}
    }
}

async fn serve(args: ServeArgs) -> Result<Status, String> {
    let app = app(&args)?;
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.addr))?;
    let local = listener
        .local_addr()
        .map_err(|e| format!("cannot read the address listened on: {e}"))?;
    // The first line of standard output is the URL; tests and scripts read it to find the port.
    println!("syncmap: serving http://{local}/");
    let _ = std::io::stdout().flush();

    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(args.header_timeout));
    let graceful = GracefulShutdown::new();
    let connections = Arc::new(tokio::sync::Semaphore::new(
        usize::try_from(args.max_connections).unwrap_or(usize::MAX),
    ));
    let mut shutdown = std::pin::pin!(shutdown_signal());
    loop {
        // A free slot first, then a connection: past the cap, clients wait in the listen queue
        // instead of each costing a task and buffers here.
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: pause rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are the client's (reset, timeout, bad request line): nothing to do.
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {
            tracing::warn!("requests still in flight after the grace period; stopping anyway");
        }
    }
    Ok(Status::Clean)
}

/// The whole application: API routes, the web app as the fallback, and the layers.
fn app(args: &ServeArgs) -> Result<Router, String> {
    let frame = Arc::new(Frame::new(&args.frame_ancestors)?);
    let api = Arc::new(Api::new(args.max_body_bytes));
    let router = match &args.dist {
        Some(dir) => {
            if !dir.join("index.html").is_file() {
                return Err(format!(
                    "--dist {}: no index.html there; build the web app with `trunk build`",
                    dir.display()
                ));
            }
            // A `.br` or `.gz` beside a file is sent to clients that take it; ServeDir says
            // nothing of that choice, so `Vary` is added here. Its validator is
            // `Last-Modified` (If-Modified-Since gets a 304).
            let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
            let files = ServiceExt::<Request>::map_response(files, |mut response| {
                response
                    .headers_mut()
                    .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
                response
            });
            api::router(api).fallback_service(files)
        }
        None => api::router(api).fallback(embedded),
    };
    let timeout = Duration::from_secs(args.request_timeout);
    let concurrent = usize::try_from(args.max_concurrent).unwrap_or(usize::MAX);
    // Each `layer` wraps what is above it: the last is the outermost.
    Ok(router
        .layer(DefaultBodyLimit::max(args.max_body_bytes))
        .layer(middleware::from_fn_with_state(
            args.max_body_bytes,
            announced_length,
        ))
        // Global: one semaphore for every route, not one per route as a plain layer would be.
        .layer(GlobalConcurrencyLimitLayer::new(concurrent))
        .layer(middleware::from_fn_with_state(timeout, deadline))
        .layer(CatchPanicLayer::custom(panicked))
        .layer(middleware::from_fn_with_state(frame, self::frame)))
}

/// The built web app's own policy is a `<meta>` in each page (xtask computes it with the
/// hashes of the page's inline scripts); a header policy applies on top of it, so HTML pages
/// get only what a `<meta>` cannot say, `frame-ancestors`. Other files of the app get the same
/// policy as the pages (it matters for the service worker, whose policy is its script's
/// header). API answers are data: nothing may run or load.
struct Frame {
    html_csp: HeaderValue,
    asset_csp: HeaderValue,
    api_csp: HeaderValue,
}

/// The app's policy, the one file `cargo xtask dist` writes into each page's `<meta>`;
/// `{scripts}` stands for the pages' inline-script hashes, which no other file needs.
const APP_POLICY: &str = include_str!("../../../static/content-security-policy.txt");

impl Frame {
    fn new(frame_ancestors: &str) -> Result<Frame, String> {
        let sources = frame_ancestors.trim();
        // One directive's sources only: a `;` or `,` would add directives or policies.
        if sources.is_empty()
            || sources
                .chars()
                .any(|c| c == ';' || c == ',' || c.is_control() || !c.is_ascii())
        {
            return Err(format!(
                "--frame-ancestors {frame_ancestors:?}: give CSP sources separated by spaces, \
                 such as \"'self' https://docs.example.com\" or \"'none'\""
            ));
        }
        let value = |policy: String| {
            HeaderValue::from_str(&policy).map_err(|e| format!("--frame-ancestors: {e}"))
        };
        Ok(Frame {
            html_csp: value(format!("frame-ancestors {sources}"))?,
            asset_csp: value(format!(
                "{}; frame-ancestors {sources}",
                APP_POLICY.trim().replace("{scripts}", "")
            ))?,
            api_csp: HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        })
    }
}

fn is_api(path: &str) -> bool {
    path == "/healthz" || path == "/api" || path.starts_with("/api/")
}

/// Security headers on every answer, and one log line per request: method, path (never the
/// query string, never a body: they can hold hashes and secrets), status and latency.
async fn frame(State(frame): State<Arc<Frame>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().clone();
    let api = is_api(request.uri().path());
    let names_page = names_page(request.uri().path());
    let path = log_path(request.uri());
    let mut response = next.run(request).await;
    let status = response.status().as_u16();
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let csp = if api {
        // An inspection describes a stored password: no cache keeps it.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        &frame.api_csp
    } else {
        // The app's files may be cached, but a cache must ask each time whether its copy is
        // still current (a 304 with no body when it is: the ETag, or Last-Modified from
        // `--dist`, makes the question cheap). Pages and the
        // service worker must be current for a new version to reach anyone. The other files
        // keep their names from one version to the next (trunk's `filehash = false`, so that
        // documentation pages can embed them), and the page loads its script and wasm with
        // integrity hashes: a stale copy kept by a max-age would not merely be old, it would
        // fail the page's check and stop the app. So no max-age for any of them.
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-cache"));
        if is_html(headers, status, names_page) {
            &frame.html_csp
        } else {
            &frame.asset_csp
        }
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, csp.clone());
    tracing::info!(
        method = %method,
        path = %path,
        status,
        latency_us = u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX),
        "request"
    );
    response
}

/// Whether an answer is a page: by its type, or for a 304 (which has no type) by its path. A
/// cache updates its copy's headers from a 304, so a page's 304 must carry the page's policy,
/// not the other files' stricter one, which would block the page's inline loader.
fn is_html(headers: &HeaderMap, status: u16, names_page: bool) -> bool {
    match headers.get(header::CONTENT_TYPE) {
        Some(kind) => kind.to_str().is_ok_and(|t| t.starts_with("text/html")),
        None => status == StatusCode::NOT_MODIFIED.as_u16() && names_page,
    }
}

/// Whether a path names a page, as the file servers answer it: `/`, a folder's `/`, `.html`.
fn names_page(path: &str) -> bool {
    path.ends_with('/') || path.ends_with(".html") || path.ends_with(".htm")
}

/// The path for the log: no query string, and bounded, so a huge address cannot flood it.
fn log_path(uri: &Uri) -> String {
    const MAX: usize = 200;
    let path = uri.path();
    match path.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}...", &path[..end]),
        None => path.to_owned(),
    }
}

/// The request timeout, as a JSON 408. It covers waiting for a slot and reading the body.
async fn deadline(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            format!(
                "the request took longer than {} s (syncmap serve --request-timeout)",
                limit.as_secs()
            ),
        )
        .into_response(),
    }
}

/// A body announced (`Content-Length`) over the limit is refused at once: the body limit alone
/// would only notice once that much had arrived, and a client announcing gigabytes and sending
/// nothing would hold the request until the timeout.
async fn announced_length(State(max): State<usize>, request: Request, next: Next) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match announced {
        Some(length) if length > max as u64 => {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, api::too_large(max)).into_response()
        }
        _ => next.run(request).await,
    }
}

/// A panic in a handler is a bug; the client gets a 500 without the panic's text (it could
/// quote the input) and the server keeps serving. (A panic in [`api::Pool`] is answered the
/// same way there.)
fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    api::internal_error().into_response()
}

/// The web app built into the binary (`assets.rs`): each file compressed at build time, sent
/// in the form the client takes best, with its ETag.
async fn embedded(method: Method, headers: HeaderMap, uri: Uri) -> Response {
    let path = match uri.path().trim_start_matches('/') {
        "" => "index.html",
        path => path,
    };
    // Files are looked up by name in a table, never on disk; anything that would step outside
    // a folder is refused all the same, before the look-up.
    if path
        .split('/')
        .any(|segment| segment == ".." || segment == "." || segment.is_empty())
        || path.contains(['\\', '\0', ':'])
    {
        return (StatusCode::NOT_FOUND, "not found\n").into_response();
    }
    match assets::find(assets::APP, path) {
        Some(asset) => assets::respond(asset, &method, &headers),
        None if assets::find(assets::APP, "index.html").is_none() => {
            (StatusCode::SERVICE_UNAVAILABLE, NOT_BUILT).into_response()
        }
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

/// Resolves on Ctrl-C or SIGTERM, so in-flight requests finish before the process exits.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_ancestors_take_sources_only() {
        assert!(Frame::new("'self' https://docs.example.com").is_ok());
        assert!(Frame::new("'none'").is_ok());
        for bad in ["", "'self'; script-src *", "a, b", "x\ny"] {
            assert!(Frame::new(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_page_is_known_by_its_type_or_for_a_304_by_its_path() {
        let typed = |kind: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            headers
        };
        assert!(is_html(&typed("text/html"), 200, false));
        assert!(is_html(&typed("text/html; charset=utf-8"), 200, false));
        assert!(!is_html(&typed("text/javascript"), 200, true));
        let none = HeaderMap::new();
        assert!(is_html(&none, 304, names_page("/")));
        assert!(is_html(&none, 304, names_page("/index.html")));
        assert!(is_html(&none, 304, names_page("/docs/")));
        assert!(!is_html(&none, 304, names_page("/sw.js")));
        assert!(!is_html(&none, 304, names_page("/syncmap-web_bg.wasm")));
        assert!(!is_html(&none, 404, names_page("/")));
    }

    /// A panicking handler answers 500 in JSON, and the same router answers the next request.
    #[tokio::test]
    async fn a_panic_is_a_500_and_the_server_stays_up() {
        use tower::ServiceExt;
        let router = Router::new()
            .route(
                "/boom",
                axum::routing::get(|| async {
                    if std::hint::black_box(true) {
                        panic!("boom");
                    }
                    "never"
                }),
            )
            .route("/ok", axum::routing::get(|| async { "ok" }))
            .layer(CatchPanicLayer::custom(panicked));
        let request = |path: &str| {
            Request::builder()
                .uri(path)
                .body(axum::body::Body::empty())
                .unwrap()
        };
        let response = router.clone().oneshot(request("/boom")).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 1024)
            .await
            .unwrap();
        assert!(String::from_utf8_lossy(&body).contains("\"error\""));
        let response = router.oneshot(request("/ok")).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }
}
