//! The size check: the web app as a browser downloads it (each file gzip-compressed). A size,
//! not a time, so it is the same on every machine.
//!
//! Two numbers. [`BUDGET`] is issue 5's target, 250,000 bytes; the full editor does not meet
//! it yet (BENCHMARKS.md says by how much and where the bytes go), and every run says so.
//! [`CEILING`] is what the build enforces meanwhile: the size after the last cut, plus 2.5 %, so the bundle can only shrink towards the budget, never quietly grow. Lower the
//! ceiling as the bundle shrinks; when it reaches the budget, the two become one.

use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

/// The target for the whole bundle (wasm, js, css, html), gzip, in bytes (issue 5).
pub const BUDGET: u64 = 250_000;

/// The most the bundle may take today, gzip, in bytes: the build fails above it. Lowered with
/// each cut (276,777 bytes after the release std without panic messages, plus 2.5 %).
pub const CEILING: u64 = 284_000;

/// Prints each file's raw and gzip size and where the total stands against [`BUDGET`], and
/// fails when it passes [`CEILING`].
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
    println!("{}", verdict(total));
    if total > CEILING {
        return Err(format!(
            "the web bundle is {total} bytes gzip, over the {CEILING}-byte ceiling \
             (the target is {BUDGET})"
        ));
    }
    Ok(())
}

/// One line on where `total` stands.
fn verdict(total: u64) -> String {
    match total.checked_sub(BUDGET) {
        None | Some(0) => {
            format!("web bundle: {total} bytes gzip, within the {BUDGET}-byte budget")
        }
        Some(over) => format!(
            "web bundle: {total} bytes gzip: NOT within the {BUDGET}-byte budget (over by \
             {over}); the build fails above {CEILING}"
        ),
    }
}

fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).map_err(|e| format!("gzip: {e}"))?;
    let compressed = encoder.finish().map_err(|e| format!("gzip: {e}"))?;
    Ok(compressed.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_says_whether_the_budget_is_met() {
        assert!(verdict(BUDGET).contains("within the 250000-byte budget"));
        let over = verdict(BUDGET + 10);
        assert!(
            over.contains("NOT within") && over.contains("over by 10"),
            "{over}"
        );
    }
}
