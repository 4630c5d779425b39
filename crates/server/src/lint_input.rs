//! The files `syncmap lint` reads: files as named, directories as their `*.dsconfig*` files in
//! name order (Ping's server profiles apply them so), `-` as standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Every input as (name, text), in order.
pub fn read(paths: &[PathBuf]) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path == Path::new("-") {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            files.push(("-".to_owned(), text));
        } else if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read the directory {}: {e}", path.display()))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && is_batch_file(p))
                .collect();
            entries.sort();
            if entries.is_empty() {
                return Err(format!(
                    "{}: no *.dsconfig files in this directory",
                    path.display()
                ));
            }
            for entry in entries {
                files.push((entry.display().to_string(), read_file(&entry)?));
            }
        } else {
            files.push((path.display().to_string(), read_file(path)?));
        }
    }
    Ok(files)
}

fn is_batch_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.contains(".dsconfig"))
}

fn read_file(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}
