//! The page's address: the permalink in the fragment, and the options an embedding page puts
//! in the query (`?embed&preset=NAME`). Parsing is pure and tested natively; reading and
//! writing the address are thin adapters.

/// What the address asks for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Launch {
    /// Compact layout for documentation pages; the work is not saved (a page embedding
    /// syncmap must not overwrite the admin's own work).
    pub embed: bool,
    /// The preset to show, by name.
    pub preset: Option<String>,
    /// The permalink in the fragment, without the `#`.
    pub permalink: Option<String>,
}

/// Reads `search` (`?a&b=c`) and `hash` (`#...`) as the browser gives them.
pub fn parse(search: &str, hash: &str) -> Launch {
    let mut launch = Launch::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "embed" => launch.embed = !matches!(value, "0" | "false"),
            "preset" if !value.is_empty() => launch.preset = Some(decode_component(value)),
            _ => {}
        }
    }
    let hash = hash.trim_start_matches('#');
    if !hash.is_empty() {
        launch.permalink = Some(hash.to_owned());
    }
    launch
}

/// Undoes percent-encoding; preset names are plain, so anything odd simply matches none.
fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push(high * 16 + low);
                i += 3;
            }
            (b'+', ..) => {
                out.push(b' ');
                i += 1;
            }
            (byte, ..) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the browser's address says now.
pub fn current() -> Launch {
    let location = web_sys::window().map(|w| w.location());
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let hash = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    parse(&search, &hash)
}

/// Puts `permalink` in the address without a new history entry (each keystroke would
/// otherwise be one) and without reloading.
pub fn set_permalink(permalink: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(&format!("#{permalink}")) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{permalink}")),
        );
    }
}

/// The whole address with `permalink` as its fragment: what "Copy link" copies.
pub fn link_to(permalink: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{permalink}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_embed_preset_and_permalink() {
        assert_eq!(
            parse("?embed&preset=ibm-directory-to-pingone", "#1.e30"),
            Launch {
                embed: true,
                preset: Some("ibm-directory-to-pingone".into()),
                permalink: Some("1.e30".into()),
            }
        );
        assert_eq!(parse("", ""), Launch::default());
        assert!(!parse("?embed=0", "#").embed);
        assert_eq!(
            parse("?preset=a%2Db+c", "").preset.as_deref(),
            Some("a-b c")
        );
    }

    #[test]
    fn odd_percent_escapes_are_kept_as_text() {
        assert_eq!(parse("?preset=%zz%4", "").preset.as_deref(), Some("%zz%4"));
        assert_eq!(parse("?preset=%ff", "").preset.as_deref(), Some("\u{fffd}"));
    }
}
