//! The size check: the web app as a browser downloads it (each file gzip-compressed) must stay
//! within the budget. A size, not a time, so it is the same on every machine.

use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

/// The budget for the whole bundle (wasm, js, css, html), gzip, in bytes.
pub const BUDGET: u64 = 250_000;

/// Prints each file's raw and gzip size, and fails when the total passes [`BUDGET`].
pub fn check(dist: &Path) -> Result<(), String> {
    let mut entries: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| format!("cannot read {}: {e}", dist.display()))?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_file())
        .collect();
    entries.sort_by_key(|entry| entry.file_name());
    let mut total = 0;
    println!("{:>10} {:>10}  file", "bytes", "gzip");
    for entry in entries {
        let path = entry.path();
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let gzip = gzip_len(&bytes)?;
        total += gzip;
        println!(
            "{:>10} {:>10}  {}",
            bytes.len(),
            gzip,
            entry.file_name().to_string_lossy()
        );
    }
    println!("web bundle: {total} bytes gzip (budget {BUDGET})");
    if total > BUDGET {
        return Err(format!(
            "the web bundle is {total} bytes gzip, over the {BUDGET}-byte budget"
        ));
    }
    Ok(())
}

fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).map_err(|e| format!("gzip: {e}"))?;
    let compressed = encoder.finish().map_err(|e| format!("gzip: {e}"))?;
    Ok(compressed.len() as u64)
}
