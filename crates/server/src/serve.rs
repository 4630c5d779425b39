//! `syncmap serve`: the web app over HTTP.

use std::io::Write;
use std::path::PathBuf;

use axum::Router;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use tower_http::services::ServeDir;

use crate::cli::{ServeArgs, Status};

/// The web app as built by trunk, compiled into release binaries so one file runs alone. Debug
/// builds read the same folder from disk at run time.
#[derive(rust_embed::Embed)]
#[folder = "$CARGO_MANIFEST_DIR/../../dist"]
#[allow_missing = true]
struct App;

const NOT_BUILT: &str = "This syncmap binary was built without the web app.\n\
                         Run `cargo xtask serve`, which builds it first, or pass --dist DIR.\n";

pub fn run(args: ServeArgs) -> Result<Status, String> {
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    runtime.block_on(serve(args))
}

async fn serve(args: ServeArgs) -> Result<Status, String> {
    let app = router(args.dist)?;
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.addr))?;
    let local = listener
        .local_addr()
        .map_err(|e| format!("cannot read the address listened on: {e}"))?;
    // The first line of standard output is the URL; tests and scripts read it to find the port.
    println!("syncmap: serving http://{local}/");
    let _ = std::io::stdout().flush();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))?;
    Ok(Status::Clean)
}

fn router(dist: Option<PathBuf>) -> Result<Router, String> {
    Ok(match dist {
        Some(dir) => {
            if !dir.join("index.html").is_file() {
                return Err(format!(
                    "--dist {}: no index.html there; build the web app with `trunk build`",
                    dir.display()
                ));
            }
            Router::new().fallback_service(ServeDir::new(dir))
        }
        None => Router::new().fallback(embedded),
    })
}

async fn embedded(uri: Uri) -> Response {
    let path = match uri.path().trim_start_matches('/') {
        "" => "index.html",
        path => path,
    };
    match App::get(path) {
        Some(file) => (
            [(header::CONTENT_TYPE, file.metadata.mimetype().to_owned())],
            file.data,
        )
            .into_response(),
        None if App::get("index.html").is_none() => {
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
