//! Just enough HTML tokenizing for the dist checks: start tags with their attributes, and the
//! raw text of `<script>` and `<style>`. It reads what trunk and our static pages produce
//! (quoted and unquoted attributes, minified markup, comments); it never fails, it skips what
//! it does not understand.

/// A start tag.
#[derive(Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    /// Lower case.
    pub name: String,
    /// Names in lower case, values as written (without quotes).
    pub attrs: Vec<(String, &'a str)>,
    /// Byte offset of the `<`.
    pub start: usize,
    /// Byte offset just after the `>`.
    pub end: usize,
    /// For `<script>` and `<style>`: the text up to the end tag.
    pub raw_text: Option<&'a str>,
}

impl Tag<'_> {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| *value)
    }
}

/// Every start tag of `html`, in order.
pub fn tags(html: &str) -> Vec<Tag<'_>> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        let rest = &html[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment
                .find("-->")
                .map_or(html.len(), |e| start + 4 + e + 3);
        } else if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</") {
            i = rest.find('>').map_or(html.len(), |e| start + e + 1);
        } else if bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic) {
            let tag = start_tag(html, start);
            i = tag.end + tag.raw_text.map_or(0, str::len);
            tags.push(tag);
        } else {
            i = start + 1;
        }
    }
    tags
}

fn start_tag(html: &str, start: usize) -> Tag<'_> {
    let bytes = html.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'-' | b':')) {
        i += 1;
    }
    let name = html[start + 1..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            i = (i + 1).min(bytes.len());
            break;
        }
        let name_start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b'/') && !is_space(bytes[i]) {
            i += 1;
        }
        let attr_name = html[name_start..i].to_ascii_lowercase();
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let value_start = i + 1;
                    let value_end = html[value_start..]
                        .find(quote as char)
                        .map_or(html.len(), |e| value_start + e);
                    value = &html[value_start..value_end];
                    i = (value_end + 1).min(bytes.len());
                }
                _ => {
                    let value_start = i;
                    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = &html[value_start..i];
                }
            }
        }
        attrs.push((attr_name, value));
    }
    let end = i;
    let raw_text = matches!(name.as_str(), "script" | "style").then(|| {
        let close = format!("</{name}");
        let body_end = find_ignore_case(&html[end..], &close).map_or(html.len(), |e| end + e);
        &html[end..body_end]
    });
    Tag {
        name,
        attrs,
        start,
        end,
        raw_text,
    }
}

fn is_space(byte: u8) -> bool {
    byte.is_ascii_whitespace()
}

/// The byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
pub fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    (0..=hay.len().checked_sub(needle.len())?)
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_unquoted_and_bare_attributes() {
        let html = r#"<link href=./style.css rel=stylesheet><script type="module" defer>let a = "<b>";</script><IMG SRC='x.png'>"#;
        let tags = tags(html);
        let names: Vec<_> = tags.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["link", "script", "img"]);
        assert_eq!(tags[0].attr("href"), Some("./style.css"));
        assert_eq!(tags[1].attr("defer"), Some(""));
        assert_eq!(tags[1].raw_text, Some(r#"let a = "<b>";"#));
        assert_eq!(tags[2].attr("src"), Some("x.png"));
    }

    #[test]
    fn skips_comments_doctype_and_end_tags() {
        let html = "<!doctype html><!-- <img src=no> --><p>text</p><br/>";
        let names: Vec<_> = tags(html).into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["p", "br"]);
    }

    #[test]
    fn never_fails_on_truncated_markup() {
        for html in [
            "<",
            "<a",
            "<a href=",
            "<a href=\"x",
            "<script>no end",
            "<!--",
            "<!x",
        ] {
            let _ = tags(html);
        }
        assert_eq!(tags("<script>no end")[0].raw_text, Some("no end"));
    }

    #[test]
    fn finds_ignoring_case() {
        assert_eq!(find_ignore_case("ab</SCRIPT>", "</script"), Some(2));
        assert_eq!(find_ignore_case("ab", "abc"), None);
    }
}
