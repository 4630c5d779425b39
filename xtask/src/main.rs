//! Project automation, run as `cargo xtask <task>`:
//!
//! - `serve [--addr HOST:PORT]`: build the web app and a release `syncmap` that embeds it, then
//!   serve it (default http://127.0.0.1:8080).
//! - `test`: every check and test, including the browser tests in headless Chromium.
//! - `build`: what `serve` builds (the web app and the release `syncmap`), without serving.
//! - `dist`: build the web app into `dist/` only, and check its size.
//! - `bench`: the benchmarks, native (criterion) and in WebAssembly in headless Chromium, the
//!   web app's time to interactive, and Lighthouse against the release server.
//! - `lighthouse`: Lighthouse's default mobile run against the release server alone.
//! - `fuzz [SECONDS]`: every cargo-fuzz target in `fuzz/` for SECONDS each (default 60), with
//!   nightly Rust and cargo-fuzz installed first if missing; the only task that needs nightly
//!   (`test` replays the targets' seeds on stable, as ordinary tests).
//!
//! Each task first installs what it needs and is missing (see `tools`), so a fresh machine with
//! only Rust needs nothing else, and a second run skips straight to the work.

mod csp;
mod html;
mod lighthouse;
mod origin;
mod run;
mod scripts;
mod size;
mod tools;

use std::process::ExitCode;

use run::{Step, cargo, root, target_dir};

const USAGE: &str = "usage: cargo xtask <serve [--addr HOST:PORT] | test | build | dist | bench | lighthouse | fuzz [SECONDS]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") if args.len() == 1 => test(),
        Some("build") if args.len() == 1 => {
            tools::web().and_then(|env| release_binary(&env).map(drop))
        }
        Some("dist") if args.len() == 1 => tools::web().and_then(|env| dist(&env)),
        Some("bench") if args.len() == 1 => bench(),
        Some("lighthouse") if args.len() == 1 => tools::lighthouse().and_then(|env| {
            release_binary(&env).and_then(|binary| lighthouse::measure(&binary, &env))
        }),
        Some("fuzz") => fuzz(&args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: &[String]) -> Result<(), String> {
    let addr = match args {
        [] => "127.0.0.1:8080".to_owned(),
        [flag, addr] if flag == "--addr" => addr.clone(),
        _ => return Err(USAGE.to_owned()),
    };
    let binary = release_binary(&tools::web()?)?;
    Step::new(binary).args(["serve", "--addr", &addr]).run()
}

/// Builds the web app, then a release `syncmap` that embeds it, and returns the binary's path.
fn release_binary(env: &tools::Env) -> Result<std::path::PathBuf, String> {
    dist(env)?;
    // After dist/, so the binary embeds the fresh web app.
    cargo(["build", "--release", "--package", "syncmap-server"]).run()?;
    Ok(target_dir().join("release/syncmap"))
}

fn test() -> Result<(), String> {
    let env = tools::browser()?;
    cargo(["fmt", "--all", "--", "--check"]).run()?;
    cargo([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;
    cargo([
        "clippy",
        "--package",
        "syncmap-web",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;
    // Architecture invariant: the core builds for the browser as well as the host.
    cargo([
        "build",
        "--package",
        "syncmap-core",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .run()?;
    // Also replays each fuzz target's seeds on stable (crates/core/tests/fuzz_seeds.rs).
    cargo(["test", "--workspace"]).run()?;
    // The core compiled to WebAssembly, in headless Chromium, against the native snapshots;
    // the app's adapters to the browser (storage, address, clipboard, theme).
    cargo([
        "test",
        "--package",
        "syncmap-web",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .args(["--test", "wasm_parity", "--test", "wasm_adapters"])
    .envs(&env)
    .env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        "wasm-bindgen-test-runner",
    )
    .run()?;
    let binary = release_binary(&env)?;
    // Every step of lint, import and the reports linear on every input shape, and the lint
    // within 50 ms of CPU per MiB: ratios of CPU times, so a loaded machine does not fail it.
    server_example("lint_scaling").run()?;
    // Against the release binary, each file alone: the browser tests in headless Chromium;
    // offline use (service worker), nothing from another origin (and the CSP), embedding; the
    // app's files as the binary serves them (encodings, validators, cache policy); and
    // `/healthz` answering at once while large lints run.
    for test in [
        "browser",
        "browser_offline",
        "http_cache",
        "healthz_under_load",
    ] {
        cargo(["test", "--package", "syncmap-server", "--test", test])
            .args(["--", "--ignored"])
            .envs(&env)
            .env("SYNCMAP_BIN", &binary)
            .run()?;
    }
    Ok(())
}

/// The cargo-fuzz targets in `fuzz/Cargo.toml`.
const FUZZ_TARGETS: [&str; 4] = ["dsconfig", "scenario", "permalink", "inspect_password"];

fn fuzz(args: &[String]) -> Result<(), String> {
    let seconds = match args {
        [] => 60,
        [seconds] => seconds.parse().map_err(|_| USAGE.to_owned())?,
        _ => return Err(USAGE.to_owned()),
    };
    fuzz_run(seconds)
}

/// Runs each fuzz target for `seconds`, from its seed corpus in `fuzz/corpus/TARGET`. libFuzzer
/// needs nightly Rust (sanitizer flags); the main workspace stays on stable.
fn fuzz_run(seconds: u64) -> Result<(), String> {
    let works = |program: &str, args: &[&str]| {
        std::process::Command::new(program)
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    tools::ensure_nightly()?;
    if !works("cargo", &["fuzz", "--version"]) {
        Step::new("cargo")
            .args(["install", "cargo-fuzz", "--locked"])
            .run()?;
    }
    for target in FUZZ_TARGETS {
        Step::new("cargo")
            .args([
                format!("+{}", tools::NIGHTLY).as_str(),
                "fuzz",
                "run",
                target,
                "--",
            ])
            .args([
                format!("-max_total_time={seconds}"),
                "-rss_limit_mb=2048".to_owned(),
            ])
            .run()?;
    }
    Ok(())
}

/// Python's shlex reading the same generated batch file, for the linter's throughput target.
const SHLEX: &str = r#"
import shlex, sys, time
text = open(sys.argv[1], encoding="utf-8").read()
elapsed = float("inf")
for _ in range(3):
    start = time.perf_counter()
    words = shlex.split(text, comments=True)
    elapsed = min(elapsed, time.perf_counter() - start)
mb = len(text.encode()) / 1e6
print(f"python shlex.split: {mb:.1f} MB in {elapsed:.2f} s = {mb / elapsed:.2f} MB/s, best of 3 ({len(words)} words)")
"#;

/// `cargo run --release` of one of the server's examples, the benchmarks that allocate as the
/// binary does.
fn server_example(name: &str) -> Step {
    cargo([
        "run",
        "--release",
        "--package",
        "syncmap-server",
        "--example",
    ])
    .args([name])
}

fn bench() -> Result<(), String> {
    let env = tools::lighthouse()?;
    // Parse plus lint of a generated 10 MB batch file, then shlex on the same file.
    let file = root().join("target/lint-bench.dsconfig");
    let file_arg = file.to_string_lossy().into_owned();
    server_example("lint_throughput")
        .args(["--", file_arg.as_str(), "10"])
        .run()?;
    Step::new("python3")
        .args(["-c", SHLEX, file_arg.as_str()])
        .run()?;
    // Each step at n and 4n commands on the shapes of file that were once quadratic.
    server_example("lint_scaling").run()?;
    cargo([
        "bench",
        "--package",
        "syncmap-core",
        "--bench",
        "validate_render",
    ])
    .run()?;
    // wasm-bindgen-test-runner drives Chromium through chromedriver, with webdriver.json's
    // arguments (headless, no sandbox: these machines run as root).
    cargo([
        "test",
        "--package",
        "syncmap-web",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .args(["--profile", "wasm-release", "--test", "wasm_bench"])
    .envs(&env)
    .env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        "wasm-bindgen-test-runner",
    )
    .run()?;
    // Time to interactive, then the editor's import of the head of the linter's generated
    // file: the release `syncmap serve` and headless Chromium on loopback.
    let binary = release_binary(&env)?;
    // What `POST /api/v1/lint` costs the release server per MiB of body, shape by shape.
    server_example("lint_scaling")
        .args(["--", "--api"])
        .arg_path(&binary)
        .run()?;
    cargo(["test", "--package", "syncmap-server", "--test", "load_time"])
        .args(["--", "--ignored", "--nocapture"])
        .envs(&env)
        .env("SYNCMAP_BIN", &binary)
        .run()?;
    cargo([
        "test",
        "--package",
        "syncmap-server",
        "--test",
        "import_time",
    ])
    .args(["--", "--ignored", "--nocapture"])
    .envs(&env)
    .env("SYNCMAP_BIN", &binary)
    .env("SYNCMAP_IMPORT_FILE", &file)
    .run()?;
    lighthouse::measure(&binary, &env)
}

/// The caller's `RUSTFLAGS`, and paths written relative to where the sources are: the panic
/// locations a module carries name the files it was built from, and full paths would make its
/// size (and so the budget's verdict) depend on the machine's folders, and would ship them.
/// Encoded as cargo's `CARGO_ENCODED_RUSTFLAGS` (separated by 0x1f), so that a folder with a
/// space in its name stays one argument.
fn shipped_rustflags() -> String {
    let registry = tools::cargo_home().join("registry/src");
    let caller = std::env::var("RUSTFLAGS").unwrap_or_default();
    let mut flags: Vec<String> = caller.split_whitespace().map(str::to_owned).collect();
    for (from, to) in [
        (registry.as_path(), "crates"),
        (root().as_path(), "syncmap"),
    ] {
        flags.push(format!("--remap-path-prefix={}={to}", from.display()));
    }
    flags.join("\x1f")
}

fn dist(env: &tools::Env) -> Result<(), String> {
    // Trunk never downloads (Trunk.toml: offline), and so runs cargo with `--offline`: the
    // registry must already hold every crate the web app needs, which on a fresh machine only
    // this fetch makes true.
    cargo(["fetch", "--locked"]).run()?;
    Step::new("trunk")
        .args(["build", "--release"])
        .envs(env)
        .env("CARGO_ENCODED_RUSTFLAGS", shipped_rustflags())
        .current_dir(root())
        .run()?;
    let dist = root().join("dist");
    scripts::minify_in(&dist, env)?;
    // Nothing from another origin: checked in the files, then enforced by the browser.
    origin::check_dir(&dist)?;
    csp::apply_to_dir(&dist)?;
    size::check(&dist)
}
