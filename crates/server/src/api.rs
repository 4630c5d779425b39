//! The HTTP API (`/api/v1/...`, `/healthz`): the command line's answers over HTTP.
//!
//! Every answer is built by the same function the command line prints with (`report`,
//! `options`, `scenario_input`), so a body here is byte for byte what the matching command
//! writes to standard output for the same input. Request shapes are defined once, below, and
//! described in `openapi.json`, which a test keeps in step with [`routes`].
//!
//! Reading a body is I/O and stays on the async workers; everything after it (decoding,
//! checking, linting, rendering, writing the answer) is CPU work and runs in [`Pool`], so that
//! a few large lints cannot hold up `/healthz` or the web app's files.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, any, get, post};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use syncmap_core::diagnostic::has_errors;
use syncmap_core::validate;

use crate::cli::{LintFormat, OutputFormat, ScriptArg};
use crate::{options, report, scenario_input};

/// The OpenAPI 3.1 description of the routes below.
pub const OPENAPI: &str = include_str!("openapi.json");

/// What messages call the request body, as the command line names a file.
const BODY: &str = "request body";

/// Whether the answer holds an error diagnostic: the command line's exit status 1, for callers
/// that only want pass or fail.
const RESULT_HEADER: &str = "syncmap-result";

/// What the handlers share, built once at start-up.
pub struct Api {
    /// The body limit, for the message of a 413.
    pub max_body_bytes: usize,
    presets: String,
    pool: Pool,
}

impl Api {
    pub fn new(max_body_bytes: usize) -> Api {
        let list: Vec<_> = syncmap_core::presets::all()
            .iter()
            .map(|p| serde_json::json!({ "name": p.name, "summary": p.summary }))
            .collect();
        Api {
            max_body_bytes,
            presets: format!("{:#}\n", serde_json::json!({ "presets": list })),
            pool: Pool::new(cores()),
        }
    }
}

/// How many threads the machine runs at once.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// Bodies under this size are worked on where they arrive, on the async worker: at the
/// linter's 50 ms of CPU per MiB at most, that is 3 ms, less than handing the work to another
/// thread costs a small request in throughput (a 3 KB check: 46 against 63 µs of CPU, 31,000
/// against 20,000 requests a second over 64 connections; BENCHMARKS.md).
const INLINE_BELOW: usize = 64 * 1024;

/// Where CPU-heavy request work runs: tokio's blocking threads, at most `size` at once (the
/// number of cores). Run on the async workers, four 1 MiB lints would take every worker for the
/// better part of a second, and `/healthz`, the web app's files and even accepting connections
/// would wait behind them. Requests past the bound wait for a turn without holding a thread,
/// within their request timeout (the handler awaits the turn, inside the timeout layer).
pub struct Pool {
    turns: Arc<tokio::sync::Semaphore>,
}

impl Pool {
    pub fn new(size: usize) -> Pool {
        Pool {
            turns: Arc::new(tokio::sync::Semaphore::new(size.max(1))),
        }
    }

    /// `work`'s result, computed in the pool. A panic there is not seen by the panic layer
    /// (it is another thread's): it answers the same 500, and the pool and server go on.
    pub async fn run<T: Send + 'static>(
        &self,
        body_len: usize,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, ApiError> {
        if body_len < INLINE_BELOW {
            return Ok(work());
        }
        // The semaphore is never closed.
        let turn = self
            .turns
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| internal_error())?;
        // The work holds the turn, not this future: a request that times out while its work
        // runs still counts against the bound until the work ends (it cannot be stopped).
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            work()
        })
        .await
        .map_err(|_| {
            tracing::error!("a request handler panicked");
            internal_error()
        })
    }
}

/// The answer to a bug: a 500 without the panic's text (it could quote the input).
pub fn internal_error() -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error: this is a bug in syncmap",
    )
}

type Shared = Arc<Api>;

/// Every route as (method, path, handler): the router is built from this list and the OpenAPI
/// test reads it, so the document cannot name a route that does not exist or miss one.
pub fn routes() -> Vec<(&'static str, &'static str, MethodRouter<Shared>)> {
    vec![
        ("get", "/healthz", get(healthz)),
        ("get", "/api/v1/openapi.json", get(openapi)),
        ("get", "/api/v1/presets", get(presets)),
        ("get", "/api/v1/presets/{name}", get(preset)),
        ("post", "/api/v1/check", post(check)),
        ("post", "/api/v1/render", post(render)),
        ("post", "/api/v1/diff", post(diff)),
        ("post", "/api/v1/lint", post(lint)),
        ("post", "/api/v1/inspect-password", post(inspect_password)),
    ]
}

/// The API routes, a JSON 405 for a method a route does not take, and a JSON 404 for any
/// other path under `/api/`.
pub fn router(api: Shared) -> Router {
    let mut router = Router::new();
    for (method, path, handler) in routes() {
        router = router.route(
            path,
            handler.fallback(move |uri: Uri| method_not_allowed(method, uri)),
        );
    }
    router
        .route("/api", any(unknown))
        .route("/api/{*rest}", any(unknown))
        .with_state(api)
}

/// An error answer: `{"error": "..."}` with the status that says whose fault it is.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = format!("{}\n", serde_json::json!({ "error": self.message }));
        (self.status, [(header::CONTENT_TYPE, JSON)], body).into_response()
    }
}

/// A 405 in the API's error shape, with the `Allow` header axum's own (empty) 405 carries.
async fn method_not_allowed(method: &'static str, uri: Uri) -> Response {
    // `get` routes answer HEAD too.
    let allow = match method {
        "get" => "GET, HEAD",
        _ => "POST",
    };
    let message = format!("{} takes {allow} only", uri.path());
    let mut response = ApiError::new(StatusCode::METHOD_NOT_ALLOWED, message).into_response();
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    response
}

const JSON: &str = "application/json";
const TEXT: &str = "text/plain; charset=utf-8";

/// A successful answer; `errors` sets the `syncmap-result` header when it applies.
fn answer(content_type: &'static str, body: String, errors: Option<bool>) -> Response {
    let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(errors) = errors {
        response.headers_mut().insert(
            RESULT_HEADER,
            HeaderValue::from_static(if errors { "errors" } else { "clean" }),
        );
    }
    response
}

/// The body, or why not: too large (with the limit) or unreadable.
fn body(api: &Api, body: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    body.map_err(|rejection| {
        let status = rejection.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(status, too_large(api.max_body_bytes))
        } else {
            ApiError::new(status, rejection.body_text())
        }
    })
}

/// The body as UTF-8 text, or the offset of the first bad byte, as the command line says it of
/// a file.
fn text(bytes: &[u8]) -> Result<&str, ApiError> {
    std::str::from_utf8(bytes).map_err(|e| {
        ApiError::bad_request(format!(
            "{BODY}: not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })
}

/// The message of a 413.
pub fn too_large(max_body_bytes: usize) -> String {
    format!(
        "the request body is larger than this server's limit of {max_body_bytes} bytes \
         (syncmap serve --max-body-bytes)"
    )
}

/// A JSON request body; the message names the line and column and what was expected there.
fn json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, ApiError> {
    serde_json::from_str(text).map_err(|e| {
        ApiError::bad_request(format!(
            "{BODY}:{}:{}: {} (expected {what})",
            e.line(),
            e.column(),
            syncmap_core::scenario::strip_json_position(&e.to_string())
        ))
    })
}

/// Query parameters; axum's message already says which parameter and what was expected.
fn query<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    query
        .map(|Query(q)| q)
        .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
}

async fn healthz() -> Response {
    answer(JSON, "{\"status\":\"ok\"}\n".to_owned(), None)
}

async fn openapi() -> Response {
    answer(JSON, OPENAPI.to_owned(), None)
}

async fn presets(State(api): State<Shared>) -> Response {
    answer(JSON, api.presets.clone(), None)
}

async fn preset(Path(name): Path<String>) -> Result<Response, ApiError> {
    let body = report::preset_json(&name).map_err(|m| ApiError::new(StatusCode::NOT_FOUND, m))?;
    Ok(answer(JSON, body, None))
}

async fn unknown() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no such API route; GET /api/v1/openapi.json lists them",
    )
}

/// `POST /api/v1/check`: the body is a scenario, as `syncmap check FILE --format json` reads
/// it; the answer is what that command prints.
async fn check(
    State(api): State<Shared>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let bytes = self::body(&api, body)?;
    api.pool
        .run(bytes.len(), move || {
            let scenario =
                scenario_input::parse(BODY, text(&bytes)?).map_err(ApiError::bad_request)?;
            let diagnostics = validate(&scenario);
            Ok(answer(
                JSON,
                report::check_json(&diagnostics),
                Some(has_errors(&diagnostics)),
            ))
        })
        .await?
}

/// The query of `POST /api/v1/render`: the command line's `--format`, `--script` and `--date`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RenderQuery {
    format: Option<OutputFormat>,
    script: Option<ScriptArg>,
    date: Option<String>,
}

/// `POST /api/v1/render?format=&script=&date=`: the body is a scenario; the answer is what
/// `syncmap render FILE` prints on standard output.
async fn render(
    State(api): State<Shared>,
    params: Result<Query<RenderQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let params = query(params)?;
    let bytes = self::body(&api, body)?;
    api.pool
        .run(bytes.len(), move || {
            let scenario =
                scenario_input::parse(BODY, text(&bytes)?).map_err(ApiError::bad_request)?;
            let options = options::render(
                params.format.unwrap_or(OutputFormat::Bash).into(),
                params.script.unwrap_or(ScriptArg::Apply).into(),
                params.date.as_deref(),
            );
            let diagnostics = validate(&scenario);
            Ok(answer(
                TEXT,
                syncmap_core::render_checked(&scenario, &options, &diagnostics),
                Some(has_errors(&diagnostics)),
            ))
        })
        .await?
}

/// The body of `POST /api/v1/diff`: the command line's BEFORE, AFTER, `--format`, `--reverse`
/// and `--date`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiffRequest {
    before: serde_json::Value,
    after: serde_json::Value,
    #[serde(default)]
    format: Option<OutputFormat>,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    date: Option<String>,
}

/// dsconfig files in place of a scenario: `{"dsconfig": [{"name": ..., "text": ...}]}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DsconfigFiles {
    dsconfig: Vec<LintFile>,
}

/// `POST /api/v1/diff`: `{"commands": ..., "diagnostics": [...]}`, the commands being what
/// `syncmap diff BEFORE AFTER` prints on standard output and the diagnostics those of the
/// configuration the commands lead to.
async fn diff(
    State(api): State<Shared>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let bytes = self::body(&api, body)?;
    api.pool
        .run(bytes.len(), move || diff_answer(text(&bytes)?))
        .await?
}

fn diff_answer(text: &str) -> Result<Response, ApiError> {
    let request: DiffRequest = json(
        text,
        "{\"before\": SCENARIO or {\"dsconfig\": [{\"name\": \"...\", \"text\": \"...\"}]}, \
         \"after\": the same, \"format\": \"bash\", \"reverse\": false, \"date\": \"none\"}",
    )?;
    let read =
        |what: &str, value: &serde_json::Value| -> Result<syncmap_core::Scenario, ApiError> {
            let result = if value.get("dsconfig").is_some() {
                let files: DsconfigFiles = serde_json::from_value(value.clone())
                    .map_err(|e| ApiError::bad_request(format!("{what}: {e}")))?;
                if files.dsconfig.is_empty() {
                    return Err(ApiError::bad_request(format!(
                        "{what}.dsconfig: give at least one file"
                    )));
                }
                let files: Vec<(String, String)> = files
                    .dsconfig
                    .into_iter()
                    .map(|f| (f.name.unwrap_or_else(|| "-".to_owned()), f.text))
                    .collect();
                crate::diff::scenario(what, &files)
            } else {
                scenario_input::from_json(what, value)
            };
            result.map_err(ApiError::bad_request)
        };
    let before = read("before", &request.before)?;
    let after = read("after", &request.after)?;
    let options = options::render(
        request.format.unwrap_or(OutputFormat::Bash).into(),
        syncmap_core::Script::Apply,
        request.date.as_deref(),
    );
    let (commands, diagnostics) = crate::diff::script(&before, &after, request.reverse, &options);
    #[derive(serde::Serialize)]
    struct Answer<'a> {
        commands: &'a str,
        diagnostics: &'a [syncmap_core::Diagnostic],
    }
    let mut body = serde_json::to_string_pretty(&Answer {
        commands: &commands,
        diagnostics: &diagnostics,
    })
    .map_err(|_| internal_error())?;
    body.push('\n');
    Ok(answer(JSON, body, Some(has_errors(&diagnostics))))
}

/// The body of `POST /api/v1/lint`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LintRequest {
    /// Read in order, as one configuration, like a profile directory.
    files: Vec<LintFile>,
    #[serde(default)]
    format: Option<LintFormat>,
    #[serde(default)]
    target_version: Option<String>,
    #[serde(default)]
    exists: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LintFile {
    /// The name findings are reported against; `-` (as for standard input) when absent.
    #[serde(default)]
    name: Option<String>,
    text: String,
}

/// `POST /api/v1/lint`: the answer is what `syncmap lint --format json|sarif` prints.
async fn lint(
    State(api): State<Shared>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let bytes = self::body(&api, body)?;
    api.pool
        .run(bytes.len(), move || lint_answer(text(&bytes)?))
        .await?
}

/// The answer to a lint request whose body is `text`.
fn lint_answer(text: &str) -> Result<Response, ApiError> {
    let request: LintRequest = json(
        text,
        "{\"files\": [{\"name\": \"...\", \"text\": \"...\"}], \"format\": \"json\"|\"sarif\", \
         \"target_version\": \"M.N\", \"exists\": [\"TYPE:NAME\"]}",
    )?;
    if request.files.is_empty() {
        return Err(ApiError::bad_request("files: give at least one file"));
    }
    let mut options = options::lint(
        request.target_version.as_deref(),
        &request.exists,
        ("target_version", "exists"),
    )
    .map_err(ApiError::bad_request)?;
    // One thread a request. The pool already runs as many requests at once as there are cores;
    // if each also spread itself over every core (the core's parallel lint, for inputs over a
    // megabyte), a busy server would run cores x cores threads and the pool would bound
    // nothing. Under the default body limit of 1 MiB no input reaches the parallel lint anyway;
    // with a larger limit, a lone large request is slower than on the command line, a busy
    // server is not, and the answer is the same (it does not depend on the number of threads).
    options.threads = 1;
    let inputs: Vec<syncmap_core::lint::Input<'_>> = request
        .files
        .iter()
        .map(|f| syncmap_core::lint::Input {
            name: f.name.as_deref().unwrap_or("-"),
            text: &f.text,
        })
        .collect();
    let findings = syncmap_core::lint::lint(&inputs, &options);
    let body = report::lint_machine(
        &findings,
        &inputs,
        request.format.unwrap_or(LintFormat::Json),
    )
    .ok_or_else(|| {
        ApiError::bad_request("format: \"human\" is for the terminal; the API writes json or sarif")
    })?;
    Ok(answer(JSON, body, Some(findings.has_errors())))
}

/// The body of `POST /api/v1/inspect-password`: the stored value, in the body and never in the
/// address, which logs and proxies keep.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InspectRequest {
    value: String,
    /// The kind of source the value comes from; the advice follows it (PingDirectory's when
    /// absent, as on the command line).
    #[serde(default)]
    source: Option<String>,
}

/// `POST /api/v1/inspect-password`: what `syncmap inspect-password --format json` prints.
async fn inspect_password(
    State(api): State<Shared>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let bytes = self::body(&api, body)?;
    api.pool
        .run(bytes.len(), move || {
            let request: InspectRequest = json(text(&bytes)?, "{\"value\": \"...\"}")?;
            let source =
                crate::options::source_kind(request.source.as_deref().unwrap_or("ping-directory"))
                    .map_err(|e| ApiError::bad_request(format!("source: {e}")))?;
            let inspection = syncmap_core::inspect::inspect_from(&request.value, source);
            Ok(answer(
                JSON,
                report::inspection_json(&inspection),
                Some(inspection.has_errors()),
            ))
        })
        .await?
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The OpenAPI document names exactly the routes the router serves, with their methods.
    #[test]
    fn openapi_document_matches_the_routes() {
        let document: serde_json::Value = serde_json::from_str(OPENAPI).unwrap();
        assert_eq!(document["openapi"].as_str().unwrap().get(..2), Some("3."));
        let documented: BTreeSet<(String, String)> = document["paths"]
            .as_object()
            .unwrap()
            .iter()
            .flat_map(|(path, item)| {
                item.as_object()
                    .unwrap()
                    .keys()
                    .filter(|k| {
                        ["get", "post", "put", "delete", "patch", "head"].contains(&k.as_str())
                    })
                    .map(|method| (method.clone(), path.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        let served: BTreeSet<(String, String)> = routes()
            .into_iter()
            .map(|(method, path, _)| (method.to_owned(), path.to_owned()))
            .collect();
        assert_eq!(documented, served);
    }

    /// A panic in the pool answers the panic layer's 500, and frees its turn.
    #[tokio::test]
    async fn a_panic_in_the_pool_is_a_500_and_the_pool_goes_on() {
        let pool = Pool::new(1);
        let error = pool
            .run(INLINE_BELOW, || {
                if std::hint::black_box(true) {
                    panic!("boom");
                }
                0
            })
            .await
            .unwrap_err();
        assert_eq!(error.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(error.message, internal_error().message);
        assert_eq!(pool.run(INLINE_BELOW, || 7).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn the_pool_runs_at_most_its_size_at_once() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pool = Arc::new(Pool::new(2));
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (pool, running, most) = (pool.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    pool.run(INLINE_BELOW, move || {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        running.fetch_sub(1, Ordering::SeqCst);
                    })
                    .await
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }

    /// A small body is answered where it arrives: no other thread runs it.
    #[tokio::test]
    async fn small_bodies_are_worked_on_where_they_arrive() {
        let pool = Pool::new(1);
        let here = std::thread::current().id();
        let small = pool.run(INLINE_BELOW - 1, std::thread::current).await;
        assert_eq!(small.unwrap().id(), here);
        let large = pool.run(INLINE_BELOW, std::thread::current).await;
        assert_ne!(large.unwrap().id(), here);
    }

    #[test]
    fn json_errors_name_the_place_and_what_was_expected() {
        let error =
            json::<InspectRequest>("{\n  \"value\": 5\n}", "{\"value\": \"...\"}").unwrap_err();
        assert_eq!(error.status, StatusCode::BAD_REQUEST);
        assert!(
            error
                .message
                .starts_with("request body:2:12: invalid type: integer `5`"),
            "{}",
            error.message
        );
        assert!(
            error.message.contains("expected a string"),
            "{}",
            error.message
        );
    }
}
