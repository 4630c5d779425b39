//! What the parser reports, and the stable codes it reports it under.

use serde::Serialize;

use super::Span;
use crate::diagnostic::Severity;

/// One finding about the text of a batch file.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ParseDiagnostic {
    /// A stable kebab-case code from [`codes`], such as `unterminated-quote`.
    pub code: &'static str,
    /// [`Severity::Error`] when dsconfig cannot run the command as written,
    /// [`Severity::Warning`] otherwise.
    pub severity: Severity,
    /// Lowercase, without a trailing period: what was found and what was expected.
    pub message: String,
    /// Where it is.
    pub span: Span,
}

impl ParseDiagnostic {
    pub(super) fn error(code: &'static str, span: Span, message: String) -> ParseDiagnostic {
        ParseDiagnostic {
            code,
            severity: Severity::Error,
            message,
            span,
        }
    }

    pub(super) fn warning(code: &'static str, span: Span, message: String) -> ParseDiagnostic {
        ParseDiagnostic {
            code,
            severity: Severity::Warning,
            message,
            span,
        }
    }

    /// The 1-based line and column (in characters) where it starts in `text`.
    pub fn line_col(&self, text: &str) -> (usize, usize) {
        super::line_col(text, self.span.start())
    }
}

/// The diagnostic codes, with their severity.
pub mod codes {
    /// Error: a `'` or `"` is never closed before the end of the command. At the opening quote.
    pub const UNTERMINATED_QUOTE: &str = "unterminated-quote";
    /// Warning: a line ends with a continuation `\` but a blank line (possibly after comment
    /// lines) or the end of the file follows, so the command ends there. At the backslash.
    pub const DANGLING_CONTINUATION: &str = "dangling-continuation";
    /// Warning: a line starting with an option follows a finished command (or a commented-out
    /// line ending in `\`) with no blank line between: the previous line probably lacks its
    /// `\`. The fragment is not merged into the command, and is not a command itself. At its
    /// first word.
    pub const MISSING_CONTINUATION: &str = "missing-continuation";
    /// Error: a `--set`, `--add` or `--remove` value has neither `:` nor `<`. At the value.
    pub const PROPERTY_WITHOUT_COLON: &str = "property-without-colon";
    /// Error: a `--set`, `--add` or `--remove` value starts with its `:` or `<`. At the value.
    pub const EMPTY_PROPERTY_NAME: &str = "empty-property-name";
    /// Error: an option that takes a value is last, or followed by another `--` option. At the
    /// option.
    pub const OPTION_WITHOUT_VALUE: &str = "option-without-value";
    /// Warning: white space after a line-final `\`. Shells then read an escaped space and end
    /// the command; the parser still continues the line. At the backslash and the white space.
    pub const SPACE_AFTER_BACKSLASH: &str = "space-after-backslash";
    /// Error: the line is neither `dsconfig …` nor a bare subcommand (shell syntax, another
    /// tool, stray text). The whole logical line is skipped. Over the whole logical line.
    pub const NOT_A_DSCONFIG_COMMAND: &str = "not-a-dsconfig-command";
    /// Error: `dsconfig` with options but no subcommand (and no `--help`). At the program word.
    pub const MISSING_SUBCOMMAND: &str = "missing-subcommand";
    /// Warning: the word after `dsconfig` does not have a subcommand's shape
    /// (`create-…`, `delete-…`, `set-…`, `get-…`, `list-…`). At that word. Whether a
    /// well-formed subcommand exists is for the catalog to say, not the parser.
    pub const MALFORMED_SUBCOMMAND: &str = "malformed-subcommand";
    /// Error: the text is 4 GiB or larger ([`MAX_TEXT`](super::super::MAX_TEXT) bytes), more
    /// than spans count: it is not read at all. At its start.
    pub const TEXT_TOO_LARGE: &str = "text-too-large";
    /// Error: a word after the subcommand that is neither an option nor an option's value
    /// (dsconfig takes no such argument). At the word.
    pub const UNEXPECTED_ARGUMENT: &str = "unexpected-argument";
}

/// `text` for a message: in backticks, cut to a readable length at a char boundary.
pub(super) fn shown(text: &str) -> String {
    const MAX: usize = 60;
    if text.len() <= MAX {
        return format!("`{text}`");
    }
    let mut cut = MAX;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("`{}…`", &text[..cut])
}
