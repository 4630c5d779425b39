//! Installing what the build and the tests need, only where it is missing.
//!
//! | tool | from | why this way |
//! |---|---|---|
//! | wasm32-unknown-unknown | rustup | the web app's target |
//! | Rust nightly-2026-05-20 | rustup | `cargo xtask fuzz` only: libFuzzer's sanitizer flags |
//! | trunk 0.21.14 | crates.io | 0.22 needs a newer rustc than the machines have |
//! | wasm-bindgen-cli | crates.io, the version in Cargo.lock | must equal the library exactly |
//! | wasm-opt | npm `binaryen@132`, in a cache folder | Debian's wasm-opt 108 cannot read rustc 1.95 output |
//! | esbuild | npm `esbuild@0.28.2`, in a cache folder | minifies the scripts trunk leaves as they are |
//! | lighthouse | npm `lighthouse@12.8.2`, in a cache folder | `bench` and `lighthouse` only: the page as users' tools measure it |
//! | chromium, chromedriver | Debian packages | the browser tests |

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::run::{Step, cargo, root};

const TRUNK_VERSION: &str = "0.21.14";
/// The one nightly the project uses, for `cargo xtask fuzz` only: pinned, so that its unstable
/// flags mean the same on every machine. Everything else builds on stable.
pub const NIGHTLY: &str = "nightly-2026-05-20";
const BINARYEN_VERSION: &str = "132";
const ESBUILD_VERSION: &str = "0.28.2";
const LIGHTHOUSE_VERSION: &str = "12.8.2";

/// Environment variables the build and test steps need (PATH with the installed tools first).
pub struct Env {
    pub vars: Vec<(String, OsString)>,
}

/// What building the web app needs.
pub fn web() -> Result<Env, String> {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    let binaryen_bin = npm_tool("binaryen", BINARYEN_VERSION, "wasm-opt", "version ")?;
    let esbuild_bin = npm_tool("esbuild", ESBUILD_VERSION, "esbuild", "")?;
    let mut paths = vec![binaryen_bin, esbuild_bin, cargo_bin()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let path = std::env::join_paths(paths).map_err(|e| format!("cannot build PATH: {e}"))?;
    Ok(Env {
        vars: vec![("PATH".into(), path)],
    })
}

/// What the browser tests need: everything for the web app, plus Chromium and chromedriver.
pub fn browser() -> Result<Env, String> {
    let mut env = web()?;
    if which("chromium").is_none() || which("chromedriver").is_none() {
        apt_install(&["chromium", "chromium-driver"])?;
    }
    let chromium = which("chromium").ok_or("chromium is still missing after installing it")?;
    let driver =
        which("chromedriver").ok_or("chromedriver is still missing after installing it")?;
    env.vars.push(("CHROMEDRIVER".into(), driver.into()));
    env.vars.push(("CHROME_BIN".into(), chromium.into()));
    Ok(env)
}

/// What Lighthouse needs: the browser tests' tools and Lighthouse itself, first on PATH.
pub fn lighthouse() -> Result<Env, String> {
    let mut env = browser()?;
    let bin = npm_tool("lighthouse", LIGHTHOUSE_VERSION, "lighthouse", "")?;
    let path = env
        .vars
        .iter_mut()
        .find(|(key, _)| key == "PATH")
        .ok_or("no PATH to extend")?;
    let mut paths = vec![bin];
    paths.extend(std::env::split_paths(&path.1));
    path.1 = std::env::join_paths(paths).map_err(|e| format!("cannot build PATH: {e}"))?;
    Ok(env)
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Step::new("rustup")
        .args(["target", "list", "--installed"])
        .probe();
    if installed.is_some_and(|list| list.lines().any(|l| l.trim() == "wasm32-unknown-unknown")) {
        return Ok(());
    }
    Step::new("rustup")
        .args(["target", "add", "wasm32-unknown-unknown"])
        .run()
}

/// Installs [`NIGHTLY`] for the fuzzers; an installed one is never updated, which would need
/// the network.
pub fn ensure_nightly() -> Result<(), String> {
    let installed = Step::new("rustup")
        .args(["toolchain", "list"])
        .probe()
        .is_some_and(|list| list.lines().any(|l| l.starts_with(NIGHTLY)));
    if installed {
        return Ok(());
    }
    Step::new("rustup")
        .args(["toolchain", "install", NIGHTLY, "--profile", "minimal"])
        .run()
}

fn ensure_trunk() -> Result<(), String> {
    if version_of("trunk").is_some_and(|v| v.trim() == format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    cargo(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]).run()
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let wanted = locked_version("wasm-bindgen")?;
    if version_of("wasm-bindgen").is_some_and(|v| v.trim() == format!("wasm-bindgen {wanted}")) {
        return Ok(());
    }
    // Not --locked: one of its locked dependencies is not served by the registry here.
    cargo(["install", "wasm-bindgen-cli", "--version", &wanted]).run()
}

/// Installs `program` from the npm package `package@version` into the cache folder and returns
/// the folder holding it. `--version` must print `prefix` and the version.
fn npm_tool(package: &str, version: &str, program: &str, prefix: &str) -> Result<PathBuf, String> {
    let folder = cache_dir().join(format!("{package}-{version}"));
    let bin = folder.join("node_modules/.bin");
    let path = bin.join(program);
    let wanted = format!("{prefix}{version}");
    if version_of(&path).is_some_and(|v| v.contains(&wanted)) {
        return Ok(bin);
    }
    if which("npm").is_none() {
        apt_install(&["npm"])?;
    }
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    Step::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg_path(&folder)
        .args([format!("{package}@{version}")])
        .run()?;
    match version_of(&path) {
        Some(v) if v.contains(&wanted) => Ok(bin),
        other => Err(format!(
            "{} reports {other:?}, expected {wanted}",
            path.display()
        )),
    }
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    let as_root = Step::new("id")
        .args(["-u"])
        .probe()
        .is_some_and(|id| id.trim() == "0");
    let runner: Vec<&str> = if as_root {
        vec![]
    } else if which("sudo").is_some() {
        vec!["sudo"]
    } else {
        return Err(format!(
            "{} missing; install it with `apt-get install {}` as root",
            packages.join(" and "),
            packages.join(" ")
        ));
    };
    let apt = |args: &[&str]| {
        let mut words = runner.clone();
        words.push("apt-get");
        words.extend_from_slice(args);
        Step::new(words[0])
            .args(&words[1..])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .run()
    };
    apt(&["update", "-q"])?;
    let mut install = vec!["install", "-y", "-q", "--no-install-recommends"];
    install.extend_from_slice(packages);
    apt(&install)
}

/// The version of `name` in Cargo.lock.
fn locked_version(name: &str) -> Result<String, String> {
    let path = root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let marker = format!("name = \"{name}\"\nversion = \"");
    let start = lock
        .find(&marker)
        .ok_or(format!("{name} is not in Cargo.lock"))?
        + marker.len();
    let end = lock[start..].find('"').ok_or("Cargo.lock is malformed")?;
    Ok(lock[start..start + end].to_owned())
}

fn version_of(program: impl AsRef<std::ffi::OsStr>) -> Option<String> {
    Step::new(program).args(["--version"]).probe()
}

/// The full path of `program` on PATH (and in cargo's bin folder), if it is there.
fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::iter::once(cargo_bin())
        .chain(std::env::split_paths(&path))
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn cargo_bin() -> PathBuf {
    cargo_home().join("bin")
}

/// Cargo's home: `CARGO_HOME`, else `~/.cargo`.
pub fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| home().map(|h| h.join(".cargo")))
        .unwrap_or_default()
}

/// Where downloaded tools live between runs: outside the clone, so fresh clones (CI) reuse them.
fn cache_dir() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| home().map(|h| h.join(".cache")))
        .unwrap_or_else(|| root().join("target"))
        .join("syncmap-tools")
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|h| Path::new(h).is_absolute())
}
