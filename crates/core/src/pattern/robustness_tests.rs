//! No checker panics, whatever it is fed, and every offset it reports is a char boundary of the
//! input. The inputs are built from a hostile alphabet by a fixed xorshift generator, so a
//! failure reproduces.

use super::value_pattern::{self, expands_to_valid_json};
use super::{Problem, conditional, dn_pattern, ldap_filter};

use crate::test_support::XorShift;

/// Pieces that sit at the edges of every grammar here, multi-byte characters included.
const PIECES: &[&str] = &[
    "{",
    "}",
    "{{",
    "}}",
    "(",
    ")",
    "[",
    "]",
    "\\",
    "/",
    ":",
    "*",
    "**",
    ",",
    "=",
    "&",
    "|",
    "!",
    "~",
    "<",
    ">",
    "$",
    "${A}",
    "${",
    ".",
    ";",
    "\"",
    "'",
    " ",
    "\t",
    "\n",
    "a",
    "Z",
    "1",
    "0",
    "_",
    "-",
    "é",
    "漢",
    "😀",
    "\u{0}",
    "%",
    "jsonEscape",
    ":/",
    "\\2A",
    "\\2",
    "\\Q",
    "\\E",
    "dn",
    "uid",
    "$1",
    "${n}",
    "?<n>",
    "+",
    "#",
    "(&",
    "(!",
    "(cn=",
    ":dn:",
    "{uid}",
    "{1}",
    "{a:/",
    "/g}",
    "\u{2028}",
    "\u{feff}",
];

fn generate(rng: &mut XorShift) -> String {
    let pieces = rng.below(24);
    (0..pieces)
        .map(|_| PIECES[rng.below(PIECES.len())])
        .collect()
}

fn assert_offsets(input: &str, problems: &[Problem], what: &str) {
    for problem in problems {
        assert!(
            problem.offset <= input.len() && input.is_char_boundary(problem.offset),
            "{what} {input:?}: bad offset in {problem:?}"
        );
        assert!(
            !problem.message.is_empty() && !problem.message.ends_with('.'),
            "{problem:?}"
        );
        assert!(
            problem.message.starts_with(|c: char| !c.is_uppercase()),
            "{what}: {problem:?}"
        );
    }
}

fn check_everything(input: &str, other: &str) {
    let parsed = value_pattern::parse(input);
    assert_offsets(input, &parsed.problems, "value pattern");
    if let Some(pattern) = &parsed.value {
        let _ = pattern.attributes();
        let _ = pattern.expand(|name| format!("<{name}\"\\>"));
    }
    if let Err(value_pattern::JsonProblem::Json { offset, .. }) = expands_to_valid_json(input) {
        assert!(input.is_char_boundary(offset), "json {input:?}: {offset}");
    }

    let filter = ldap_filter::parse(input);
    assert_offsets(input, &filter.problems, "filter");
    if let Some(filter) = &filter.value {
        let _ = filter.attributes();
    }
    let wrapped = format!("(&({input}=x)(|{input}))");
    assert_offsets(
        &wrapped,
        &ldap_filter::parse(&wrapped).problems,
        "wrapped filter",
    );

    for value in [
        input.to_string(),
        format!("({input}):{other}"),
        format!("(a={input}) : {other}"),
    ] {
        let parsed = conditional::parse(&value);
        assert_offsets(&value, &parsed.problems, "conditional");
        if let Some(parsed) = &parsed.value {
            let _ = parsed.attributes();
        }
    }

    let check = dn_pattern::check_dn_map(input, other);
    assert_offsets(input, &check.from.problems, "from-dn-pattern");
    assert_offsets(other, &check.to.problems, "to-dn-pattern");
}

#[test]
fn generated_inputs_never_panic() {
    let mut rng = XorShift(0x5EED_1234_ABCD_0001);
    for _ in 0..4000 {
        let input = generate(&mut rng);
        let other = generate(&mut rng);
        check_everything(&input, &other);
    }
}

#[test]
fn huge_and_degenerate_inputs_never_panic() {
    let n = 100_000;
    for input in [
        String::new(),
        "(&".repeat(n),
        "(!".repeat(n),
        "(|(a=b)".repeat(n),
        "{".repeat(n),
        "}".repeat(n),
        "{a:/".repeat(n),
        "{a:/x/{".repeat(n / 4),
        "*,".repeat(n),
        "a=b,".repeat(n / 4),
        "\\".repeat(n),
        "${".repeat(n),
        "é".repeat(n),
    ] {
        check_everything(&input, &input);
    }
}
