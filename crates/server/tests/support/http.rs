//! A small HTTP/1.1 client for the tests: one request per connection, `Connection: close`,
//! spoken over raw TCP so that nothing between the test and the server fixes up bad input.
//! The same request bytes and the same parser serve the blocking and the async side.

use std::io::{Read, Write};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};

/// The `Host` the tests send unless they name one.
pub const HOST: &str = "test";

/// An answer: status, headers (names as sent) and body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// The value of the header `name`, whatever the case of either.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    /// The `error` of a JSON error body.
    pub fn error(&self) -> String {
        let value: serde_json::Value = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not a JSON error body ({e}): {:?}", self.text()));
        value["error"].as_str().expect("an error field").to_owned()
    }
}

/// The bytes of `method path`: `Host: host`, `Connection: close`, the `headers` in order, an
/// empty line and the `body` as it is (a body wants its own `Content-Length` among `headers`).
pub fn raw_request(
    host: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Vec<u8> {
    let mut raw = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (name, value) in headers {
        raw.push_str(&format!("{name}: {value}\r\n"));
    }
    raw.push_str("\r\n");
    let mut raw = raw.into_bytes();
    raw.extend_from_slice(body);
    raw
}

/// A JSON request as the API is spoken to: `Content-Type: application/json` and the body's
/// `Content-Length`, even when it is empty.
pub fn json_request(method: &str, path: &str, body: &[u8]) -> Vec<u8> {
    let length = body.len().to_string();
    raw_request(
        HOST,
        method,
        path,
        &[
            ("Content-Type", "application/json"),
            ("Content-Length", &length),
        ],
        body,
    )
}

/// Parses a whole answer: the status line, the headers, and the body, decoded when chunked,
/// else as long as `Content-Length` says or, without one, to the end. `None` when it is not
/// an HTTP answer.
pub fn parse_reply(bytes: &[u8]) -> Option<Reply> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&bytes[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut reply = Reply {
        status,
        headers,
        body: bytes[end + 4..].to_vec(),
    };
    let chunked = reply
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    if chunked {
        reply.body = dechunk(&reply.body)?;
    } else if let Some(length) = reply.header("content-length").and_then(|v| v.parse().ok()) {
        // Never longer than said; shorter for an answer to HEAD.
        reply.body.truncate(length);
    }
    Some(reply)
}

/// A chunked body, decoded up to its last (empty) chunk.
fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut decoded = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size = std::str::from_utf8(&rest[..line_end]).ok()?.trim();
        let size = usize::from_str_radix(size, 16).ok()?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Some(decoded);
        }
        decoded.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size + 2..)?;
    }
}

/// What came before a read failed or the connection ended, parsed. A reset after the answer
/// (the server closing on a body it would not read) still leaves the answer.
fn finish(bytes: Vec<u8>, error: Option<std::io::Error>) -> std::io::Result<Reply> {
    match error {
        Some(e) if bytes.is_empty() => Err(e),
        _ => parse_reply(&bytes).ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("no HTTP answer: {:?}", String::from_utf8_lossy(&bytes)),
            )
        }),
    }
}

/// Reads an answer to the end of the connection and parses it.
pub fn read_reply<R: Read>(stream: &mut R) -> std::io::Result<Reply> {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return finish(bytes, None),
            Ok(n) => bytes.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return finish(bytes, Some(e)),
        }
    }
}

/// [`read_reply`] on an async stream.
pub async fn read_reply_async<R: AsyncRead + Unpin>(stream: &mut R) -> std::io::Result<Reply> {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut buffer).await {
            Ok(0) => return finish(bytes, None),
            Ok(n) => bytes.extend_from_slice(&buffer[..n]),
            Err(e) => return finish(bytes, Some(e)),
        }
    }
}

/// Sends `raw` on a new connection to `addr` (host:port) and reads the answer to the end.
pub fn send(addr: &str, raw: &[u8]) -> std::io::Result<Reply> {
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_nodelay(true)?;
    stream.write_all(raw)?;
    read_reply(&mut stream)
}

/// [`send`] from async code, writing `raw` while reading the answer, so that an answer that
/// comes before the whole request has gone (413 on a large body) is read before the server's
/// close can reset the connection.
pub async fn send_async(addr: &str, raw: &[u8]) -> std::io::Result<Reply> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    let (mut reader, mut writer) = stream.into_split();
    let write = async move {
        let _ = writer.write_all(raw).await;
        // Keep the write half open: closing it could end the request early.
        writer
    };
    let (reply, _writer) = tokio::join!(read_reply_async(&mut reader), write);
    reply
}

/// `GET url` (`http://host:port/path`), with that `Host`: the status code and the body.
pub fn get_url(url: &str) -> (u16, String) {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
    let reply = send(host, &raw_request(host, "GET", &path, &[], b""))
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    (
        reply.status,
        String::from_utf8_lossy(&reply.body).into_owned(),
    )
}
