//! Rebuilds the server when the web app in `dist/` changes, so a release binary never embeds a
//! stale app. A missing `dist/` counts as changed on every build (cargo's rule for missing
//! paths), so the first build after `trunk build` picks the app up.

fn main() {
    println!("cargo:rerun-if-changed=../../dist");
}
