//! The `dsconfig` target's check: the dsconfig parser and everything the linter does with what
//! it parses. Parsing never fails and nothing panics, whatever the text (ARCHITECTURE.md,
//! "Parsing never fails"), and a text parsed in parts gives what it gives whole.

use syncmap_core::lint::{self, Input, output};
use syncmap_core::{Format, dsconfig, render};

pub fn check(text: &str) {
    let document = dsconfig::parse(text);
    // Cut at blank lines, the parts parse as the whole does: what lets large files be parsed
    // on several threads.
    let mut joined = dsconfig::Document::default();
    for part in dsconfig::parts(text, 3) {
        joined.append(part.parse());
    }
    assert_eq!(joined, document);
    for diagnostic in &document.diagnostics {
        let _ = dsconfig::line_col(text, diagnostic.span.start());
    }
    for format in Format::ALL {
        let _ = render::canonical(&document, format);
    }
    let inputs = [Input {
        name: "fuzz.dsconfig",
        text,
    }];
    let report = lint::lint(&inputs, &lint::Options::default());
    let _ = output::human(&report, &inputs);
    let _ = output::json(&report, &inputs);
    let _ = output::sarif(&report, &inputs);
    let _ = lint::read_scenarios(&inputs);
}
