//! The web app as the binary carries it, and how a request for one of its files is answered.
//!
//! `build.rs` reads `dist/` (trunk's output) at build time: each file, its brotli and gzip forms
//! where they are smaller, and a strong ETag per form, all compiled in. A request gets the form
//! its `Accept-Encoding` prefers (q-values honoured; br, then gzip, then the file as it is on
//! ties), with `Vary: Accept-Encoding`; `If-None-Match` naming the tag of that form gets `304
//! Not Modified` and no body. The cache policy (`Cache-Control`) is set with the security
//! headers, in `serve.rs`.

use axum::body::Body as HttpBody;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// One file of the app.
#[derive(Debug)]
pub struct Asset {
    /// Relative to the app's root, `/` between names: `index.html`, `snippets/x/a.js`.
    pub path: &'static str,
    pub content_type: &'static str,
    /// The file as it is.
    pub identity: Body,
    /// Brotli, where smaller than the file.
    pub br: Option<Body>,
    /// gzip, where smaller than the file.
    pub gzip: Option<Body>,
}

/// One form of a file: its bytes and their entity tag (quotes included).
#[derive(Debug)]
pub struct Body {
    pub bytes: &'static [u8],
    pub etag: &'static str,
}

/// The app built into this binary, sorted by path; empty when it was built without `dist/`.
pub static APP: &[Asset] = include!(concat!(env!("OUT_DIR"), "/app.rs"));

/// The file at `path` in `table` (sorted by path).
pub fn find<'t>(table: &'t [Asset], path: &str) -> Option<&'t Asset> {
    table
        .binary_search_by(|asset| asset.path.cmp(path))
        .ok()
        .map(|i| &table[i])
}

/// A content coding the app's files come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The `Content-Encoding` value; none for the file as it is.
    fn header(self) -> Option<HeaderValue> {
        match self {
            Encoding::Brotli => Some(HeaderValue::from_static("br")),
            Encoding::Gzip => Some(HeaderValue::from_static("gzip")),
            Encoding::Identity => None,
        }
    }
}

/// How much a client wants each coding, from its `Accept-Encoding`: q-values in thousandths,
/// 0 for not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Accepted {
    br: u16,
    gzip: u16,
    identity: u16,
}

/// RFC 9110, section 12.5.3. No `Accept-Encoding` at all is taken as the file as it is: the
/// RFC lets a server pick any coding then, but a client that does not say what it decodes
/// (curl, scripts) is best sent what needs no decoding. An empty one means the same. A coding
/// not named takes the `*` entry's weight; the file as it is is acceptable unless
/// `identity;q=0`, or `*;q=0` without an `identity` entry, says otherwise, but when it is not
/// named it comes after every coding that is (`br;q=0.5` is still br). An entry whose
/// weight is not a valid q-value is ignored; of a coding named twice, the first entry counts.
fn accepted(headers: &HeaderMap) -> Accepted {
    let (mut br, mut gzip, mut identity, mut any) = (None, None, None, None);
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for entry in value.split(',') {
            let mut parts = entry.split(';');
            let coding = parts.next().unwrap_or("").trim();
            if coding.is_empty() {
                continue;
            }
            let mut weight = Some(1000);
            for parameter in parts {
                let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
                if name.trim().eq_ignore_ascii_case("q") {
                    weight = qvalue(value.trim());
                }
            }
            let Some(weight) = weight else { continue };
            let slot = if coding.eq_ignore_ascii_case("br") {
                &mut br
            } else if coding.eq_ignore_ascii_case("gzip") || coding.eq_ignore_ascii_case("x-gzip") {
                &mut gzip
            } else if coding.eq_ignore_ascii_case("identity") {
                &mut identity
            } else if coding == "*" {
                &mut any
            } else {
                continue;
            };
            slot.get_or_insert(weight);
        }
    }
    Accepted {
        br: br.or(any).unwrap_or(0),
        gzip: gzip.or(any).unwrap_or(0),
        // Acceptable when not named, but after any coding the client did name.
        identity: identity.or(any).unwrap_or(1),
    }
}

/// A q-value (`0`, `0.5`, `1.000`; at most three decimals, at most 1) in thousandths.
fn qvalue(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |n, digit| n * 10 + u16::from(digit - b'0'));
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The form to send: the most wanted of those the file has, br before gzip before the file as
/// it is when equally wanted, and the file as it is when none is acceptable (a client that
/// refuses even that still gets something it can report on, rather than a 406).
pub fn choose<'a>(asset: &'a Asset, headers: &HeaderMap) -> (Encoding, &'a Body) {
    let accepted = accepted(headers);
    let mut best = (Encoding::Identity, &asset.identity, 0);
    for (encoding, body, weight) in [
        (Encoding::Brotli, asset.br.as_ref(), accepted.br),
        (Encoding::Gzip, asset.gzip.as_ref(), accepted.gzip),
        (Encoding::Identity, Some(&asset.identity), accepted.identity),
    ] {
        match body {
            Some(body) if weight > best.2 => best = (encoding, body, weight),
            _ => {}
        }
    }
    (best.0, best.1)
}

/// Whether `If-None-Match` matches `etag` (RFC 9110, section 13.1.2): `*`, or a list one of
/// whose tags equals it by the weak comparison (`W/` set aside). A list that is not well formed
/// matches nothing past the flaw, so the client gets the file.
fn none_match(headers: &HeaderMap, etag: &str) -> bool {
    let ours = etag.trim_start_matches("W/");
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .any(|list| {
            let mut rest = list;
            loop {
                rest = rest.trim_start_matches([' ', '\t', ',']);
                if rest.is_empty() {
                    return false;
                }
                if let Some(after) = rest.strip_prefix('*') {
                    // `*` matches any current form of the file, and the file exists.
                    if after.trim_start_matches([' ', '\t']).is_empty() || after.starts_with(',') {
                        return true;
                    }
                    return false;
                }
                let tag = rest.strip_prefix("W/").unwrap_or(rest);
                // An opaque tag is quoted and holds no quote (it may hold a comma).
                let Some(end) = tag
                    .strip_prefix('"')
                    .and_then(|inner| inner.find('"'))
                    .map(|i| i + 2)
                else {
                    return false;
                };
                if tag[..end] == *ours {
                    return true;
                }
                rest = &tag[end..];
            }
        })
}

/// The answer to `method` on `asset` with the request's `headers`: 200 with the chosen form,
/// 304 when the client holds it already, 405 for methods other than GET and HEAD.
pub fn respond(asset: &Asset, method: &Method, headers: &HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "the web app's files take GET and HEAD only\n",
        )
            .into_response();
    }
    let (encoding, body) = choose(asset, headers);
    let mut response = if none_match(headers, body.etag) {
        // No body, no Content-Length and no Content-Type: what a cache needs to update its
        // copy is the tag, `Vary` and the cache policy.
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut response = Response::new(HttpBody::from(body.bytes));
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        );
        if let Some(coding) = encoding.header() {
            headers.insert(header::CONTENT_ENCODING, coding);
        }
        response
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, HeaderValue::from_static(body.etag));
    if asset.br.is_some() || asset.gzip.is_some() {
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file with all three forms (the bytes say which is which).
    const WASM: Asset = Asset {
        path: "app_bg.wasm",
        content_type: "application/wasm",
        identity: Body {
            bytes: b"identity identity identity",
            etag: "\"aaaa\"",
        },
        br: Some(Body {
            bytes: b"br",
            etag: "\"aaaa.br\"",
        }),
        gzip: Some(Body {
            bytes: b"gzip",
            etag: "\"aaaa.gz\"",
        }),
    };

    /// A file too small to gain from compression: only itself.
    const ICON: Asset = Asset {
        path: "icon.svg",
        content_type: "image/svg+xml",
        identity: Body {
            bytes: b"<svg/>",
            etag: "\"bbbb\"",
        },
        br: None,
        gzip: None,
    };

    /// gzip only (brotli not smaller, which happens with tiny files).
    const GZIP_ONLY: Asset = Asset {
        path: "sw.js",
        content_type: "text/javascript",
        identity: Body {
            bytes: b"self.x = 1;",
            etag: "\"cccc\"",
        },
        br: None,
        gzip: Some(Body {
            bytes: b"gz",
            etag: "\"cccc.gz\"",
        }),
    };

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn chosen(asset: &Asset, accept_encoding: Option<&'static str>) -> Encoding {
        let pairs: Vec<_> = accept_encoding
            .map(|v| ("accept-encoding", v))
            .into_iter()
            .collect();
        choose(asset, &headers(&pairs)).0
    }

    #[test]
    fn the_most_wanted_form_is_sent_br_then_gzip_on_ties() {
        use Encoding::{Brotli, Gzip, Identity};
        let cases: &[(Option<&'static str>, Encoding)] = &[
            // Nothing said: the file as it is.
            (None, Identity),
            (Some(""), Identity),
            // What browsers send.
            (Some("gzip, deflate, br, zstd"), Brotli),
            (Some("gzip, deflate"), Gzip),
            (Some("br"), Brotli),
            (Some("gzip"), Gzip),
            (Some("x-gzip"), Gzip),
            (Some("BR, GZIP"), Brotli),
            (Some("deflate, zstd"), Identity),
            // q-values are honoured, 0 refuses.
            (Some("br;q=0.5, gzip"), Gzip),
            (Some("br;q=0.5, gzip;q=0.4"), Brotli),
            (Some("br;q=0, gzip;q=0.1"), Gzip),
            (Some("br;q=0, gzip;q=0"), Identity),
            (Some("br;q=0.001"), Brotli),
            (Some("br;q=0.2, identity;q=0.5"), Identity),
            (Some("identity, br;q=0.5"), Identity),
            (Some("gzip ; q=1.000 , br ; Q=0.999"), Gzip),
            // `*` stands for what is not named; identity too.
            (Some("*"), Brotli),
            (Some("*;q=0.5, gzip"), Gzip),
            (Some("*;q=0, gzip"), Gzip),
            (Some("br;q=0, *"), Gzip),
            // Nothing acceptable: the file as it is all the same.
            (Some("identity;q=0"), Identity),
            (Some("*;q=0"), Identity),
            (Some("br;q=0, gzip;q=0, identity;q=0"), Identity),
            // A malformed weight drops its entry only.
            (Some("br;q=2, gzip"), Gzip),
            (Some("br;q=0.5000, gzip;q=0.1"), Gzip),
            (Some("br;q=1.5"), Identity),
            (Some("br;q=, gzip"), Gzip),
            // The first entry for a coding counts.
            (Some("br;q=0, br"), Identity),
        ];
        for (header, expected) in cases {
            assert_eq!(chosen(&WASM, *header), *expected, "{header:?}");
        }
        // Two header lines read as one list.
        let two = headers(&[("accept-encoding", "br;q=0"), ("accept-encoding", "gzip")]);
        assert_eq!(choose(&WASM, &two).0, Gzip);
        // Only the forms the file has are candidates.
        assert_eq!(chosen(&ICON, Some("br, gzip")), Identity);
        assert_eq!(chosen(&GZIP_ONLY, Some("br, gzip")), Gzip);
        assert_eq!(chosen(&GZIP_ONLY, Some("br")), Identity);
    }

    #[test]
    fn q_values() {
        for (text, value) in [
            ("0", Some(0)),
            ("0.", Some(0)),
            ("0.5", Some(500)),
            ("0.25", Some(250)),
            ("0.125", Some(125)),
            ("1", Some(1000)),
            ("1.", Some(1000)),
            ("1.000", Some(1000)),
            ("1.001", None),
            ("0.1234", None),
            ("2", None),
            ("-0", None),
            ("", None),
            ("0.a", None),
            ("0.+1", None),
        ] {
            assert_eq!(qvalue(text), value, "{text:?}");
        }
    }

    #[test]
    fn if_none_match_by_weak_comparison() {
        let matches = |value: &'static str, etag: &str| {
            none_match(&headers(&[("if-none-match", value)]), etag)
        };
        assert!(matches("\"aaaa\"", "\"aaaa\""));
        assert!(matches("W/\"aaaa\"", "\"aaaa\""));
        assert!(matches("\"x\", \"aaaa\"", "\"aaaa\""));
        assert!(matches("\"x\",W/\"aaaa\" ,\"y\"", "\"aaaa\""));
        assert!(matches("*", "\"aaaa\""));
        assert!(matches(" * ", "\"aaaa\""));
        // A comma belongs to the tag when quoted.
        assert!(matches("\"a,b\"", "\"a,b\""));
        assert!(!matches("\"a,b\"", "\"a\""));
        // Another form's tag is another tag.
        assert!(!matches("\"aaaa.br\"", "\"aaaa\""));
        assert!(!matches("\"aaaa\"", "\"aaaa.br\""));
        assert!(!matches("\"aaa\"", "\"aaaa\""));
        // Malformed lists match nothing past the flaw.
        assert!(!matches("aaaa", "\"aaaa\""));
        assert!(!matches("\"aaaa", "\"aaaa\""));
        assert!(!matches("*\"aaaa\"", "\"aaaa\""));
        assert!(matches("\"aaaa\", oops", "\"aaaa\""));
        assert!(!matches("oops, \"aaaa\"", "\"aaaa\""));
        // Any of several header lines.
        let two = headers(&[("if-none-match", "\"x\""), ("if-none-match", "\"aaaa\"")]);
        assert!(none_match(&two, "\"aaaa\""));
        assert!(!none_match(&HeaderMap::new(), "\"aaaa\""));
    }

    async fn body_of(response: Response) -> Vec<u8> {
        axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    #[tokio::test]
    async fn answers_with_the_chosen_form_its_tag_and_vary() {
        let response = respond(&WASM, &Method::GET, &headers(&[("accept-encoding", "br")]));
        assert_eq!(response.status(), StatusCode::OK);
        let h = response.headers();
        assert_eq!(h[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(h[header::CONTENT_ENCODING], "br");
        assert_eq!(h[header::ETAG], "\"aaaa.br\"");
        assert_eq!(h[header::VARY], "accept-encoding");
        assert_eq!(body_of(response).await, b"br");

        let response = respond(&WASM, &Method::GET, &HeaderMap::new());
        let h = response.headers();
        assert!(h.get(header::CONTENT_ENCODING).is_none());
        assert_eq!(h[header::ETAG], "\"aaaa\"");
        assert_eq!(h[header::VARY], "accept-encoding");
        assert_eq!(body_of(response).await, b"identity identity identity");

        // One form only: nothing varies.
        let response = respond(&ICON, &Method::GET, &headers(&[("accept-encoding", "br")]));
        assert!(response.headers().get(header::VARY).is_none());
        assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(body_of(response).await, b"<svg/>");
    }

    #[tokio::test]
    async fn a_held_form_is_not_modified_and_has_no_body() {
        for (accept, tag) in [
            ("br", "\"aaaa.br\""),
            ("gzip", "\"aaaa.gz\""),
            ("", "\"aaaa\""),
        ] {
            let held = headers(&[("accept-encoding", accept), ("if-none-match", tag)]);
            for method in [Method::GET, Method::HEAD] {
                let response = respond(&WASM, &method, &held);
                assert_eq!(response.status(), StatusCode::NOT_MODIFIED, "{accept}");
                let h = response.headers();
                assert_eq!(h[header::ETAG], tag);
                assert_eq!(h[header::VARY], "accept-encoding");
                assert!(h.get(header::CONTENT_ENCODING).is_none());
                assert!(h.get(header::CONTENT_TYPE).is_none());
                assert!(body_of(response).await.is_empty());
            }
        }
        // The tag of another form than the one chosen: the chosen form, in full.
        let other = headers(&[("accept-encoding", "br"), ("if-none-match", "\"aaaa.gz\"")]);
        let response = respond(&WASM, &Method::GET, &other);
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(body_of(response).await, b"br");
        let any = headers(&[("if-none-match", "*")]);
        assert_eq!(
            respond(&ICON, &Method::GET, &any).status(),
            StatusCode::NOT_MODIFIED
        );
    }

    #[test]
    fn other_methods_are_refused() {
        for method in [Method::POST, Method::PUT, Method::DELETE] {
            let response = respond(&ICON, &method, &HeaderMap::new());
            assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
            assert_eq!(response.headers()[header::ALLOW], "GET, HEAD");
        }
    }

    #[test]
    fn files_are_found_by_path() {
        let table = [WASM, ICON, GZIP_ONLY];
        assert_eq!(find(&table, "icon.svg").unwrap().path, "icon.svg");
        assert_eq!(find(&table, "sw.js").unwrap().path, "sw.js");
        assert!(find(&table, "missing.js").is_none());
        assert!(find(&[], "index.html").is_none());
        // The built table is sorted, so that the search finds every file.
        assert!(APP.windows(2).all(|w| w[0].path < w[1].path));
    }
}
