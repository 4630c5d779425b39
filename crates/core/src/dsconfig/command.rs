//! Words to a [`ParsedCommand`]: prompt, program, subcommand, options and their values.

use super::diagnostics::{ParseDiagnostic, codes, shown};
use super::lines::LogicalInfo;
use super::options::{self, Arity};
use super::words::Splitter;
use super::{Document, NO_VALUE, OptionKind, ParsedCommand, Span, StoredOption, Word};

const EXPECTED_COMMAND: &str = "expected dsconfig or a subcommand such as create-sync-pipe";

/// Turns the words of one logical command into a command of `doc`, or into diagnostics.
///
/// `word_diagnostics` (unterminated quotes) are kept for commands and for fragments that look
/// like dsconfig options, and dropped for lines that are not dsconfig at all: one clear
/// "not a dsconfig command" says enough about a shell line.
pub(super) fn build<'a>(
    tokens: &mut Vec<Word<'a>>,
    stored: &mut Vec<StoredOption>,
    splitter: &Splitter<'a>,
    info: &LogicalInfo,
    word_diagnostics: &mut Vec<ParseDiagnostic>,
    doc: &mut Document<'a>,
) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        doc.diagnostics.append(word_diagnostics);
        return;
    };
    let line = Span::new(first.span.start(), last.span.end());
    let mut at = usize::from(first.as_str() == "$");
    let Some(head) = tokens.get(at) else {
        doc.diagnostics.push(not_a_command(line, "$"));
        return;
    };
    let head_text = head.as_str();
    let has_program = is_program(head_text);
    if has_program {
        at += 1;
    } else if options::is_option(head_text) {
        if !info.separated || info.after_commented_continuation {
            doc.diagnostics.push(missing_continuation(head, info));
            doc.diagnostics.append(word_diagnostics);
            return;
        }
    } else if !options::is_subcommand(head_text) {
        doc.diagnostics.push(not_a_command(line, head_text));
        return;
    }

    let rest = &tokens[at..];
    // Gathered in a buffer kept from command to command, then copied out at their exact
    // number: cheaper than counting them first.
    let command_options = stored;
    command_options.clear();
    let mut subcommand_at = None;
    let mut diagnostics = Vec::new();
    let mut i = 0;
    while let Some(token) = rest.get(i) {
        let text = token.as_str();
        if options::is_option(text) {
            let (kind, arity) = options::classify(text);
            let next = rest.get(i + 1);
            let take = match (arity, next) {
                (Arity::Flag, _) | (_, None) => false,
                (Arity::Value, Some(next)) => !next.as_str().starts_with("--"),
                (Arity::Unknown, Some(next)) => {
                    let next = next.as_str();
                    !next.starts_with("--")
                        && options::global_option(next).is_none()
                        && !(subcommand_at.is_none() && options::is_subcommand(next))
                }
            };
            let value = if take { next } else { None };
            if arity == Arity::Value && value.is_none() {
                diagnostics.push(without_value(token, next));
            }
            let (separator, offsets) = match (kind, value) {
                (OptionKind::Set | OptionKind::Add | OptionKind::Remove, Some(_)) => {
                    property(text, tokens, at + i + 1, splitter, &mut diagnostics)
                        .unwrap_or((NO_VALUE, [0; 4]))
                }
                _ => (NO_VALUE, [0; 4]),
            };
            // Four billion words cannot be held in memory; were they, the options past that
            // would stay plain words.
            let (Ok(name), Ok(after)) = (u32::try_from(i), u32::try_from(i + 1)) else {
                break;
            };
            // Indexes into the command's words, which are `rest` without the subcommand: one
            // less after it.
            let shift = u32::from(subcommand_at.is_some());
            command_options.push(StoredOption {
                name: name - shift,
                kind,
                value: if take { after - shift } else { NO_VALUE },
                separator,
                offsets,
            });
            i += 1 + usize::from(take);
        } else if subcommand_at.is_none() {
            if !options::is_subcommand(text) {
                if !has_program {
                    doc.diagnostics.push(not_a_command(line, text));
                    return;
                }
                diagnostics.push(ParseDiagnostic::warning(
                    codes::MALFORMED_SUBCOMMAND,
                    token.span,
                    format!(
                        "found {} where the subcommand goes; expected a subcommand such as \
                         create-sync-pipe or set-sync-pipe-prop",
                        shown(text)
                    ),
                ));
            }
            subcommand_at = Some(i);
            i += 1;
        } else {
            diagnostics.push(unexpected(token));
            i += 1;
        }
    }

    if subcommand_at.is_none() && !has_program {
        // Only options, after a blank line: a fragment of no command.
        doc.diagnostics.push(not_a_command(line, head_text));
        return;
    }
    let program = has_program.then(|| take_word(&mut tokens[at - 1]));
    if let (None, Some(program)) = (subcommand_at, &program) {
        // No subcommand: the option indexes are indexes into `rest`.
        let help = command_options.iter().any(|o| {
            let name = tokens[at + o.name as usize].as_str();
            o.kind == OptionKind::Behaviour
                && (name == "-H"
                    || name
                        .get(..6)
                        .is_some_and(|h| h.eq_ignore_ascii_case("--help")))
        });
        if !help {
            diagnostics.push(ParseDiagnostic::error(
                codes::MISSING_SUBCOMMAND,
                program.span,
                format!(
                    "found {} without a subcommand; expected a subcommand such as \
                     create-sync-pipe",
                    shown(program.as_str())
                ),
            ));
        }
    }

    // The words moved out at their exact size, the subcommand apart.
    let subcommand = subcommand_at.map(|k| tokens.remove(at + k));
    // `split_off` allocates exactly what it moves, in one copy; `tokens` keeps its buffer.
    let args = tokens.split_off(at.min(tokens.len()));
    let leading = subcommand_at.unwrap_or(args.len());
    doc.diagnostics.append(word_diagnostics);
    doc.diagnostics.append(&mut diagnostics);
    doc.commands.push(ParsedCommand {
        span: line,
        program,
        subcommand,
        args,
        leading_len: leading,
        stored: command_options.as_slice().into(),
    });
}

/// Moves a word out, leaving an empty one.
fn take_word<'a>(word: &mut Word<'a>) -> Word<'a> {
    Word {
        text: std::mem::take(&mut word.text),
        span: word.span,
    }
}

/// `dsconfig`, or a path to it (`bin/dsconfig`, `/opt/ping/bin/dsconfig`).
fn is_program(word: &str) -> bool {
    word == "dsconfig" || word.ends_with("/dsconfig")
}

/// Splits a `--set`/`--add`/`--remove` value at its first `:`, or at a `<` before any `:`:
/// the separator's offset in the value, and where the property name starts and ends and where
/// the value starts and ends in the source, as offsets from the start of the value's word
/// (see [`StoredOption`]).
fn property<'a>(
    option: &str,
    words: &[Word<'a>],
    index: usize,
    splitter: &Splitter<'a>,
    diagnostics: &mut Vec<ParseDiagnostic>,
) -> Option<(u32, [u32; 4])> {
    let value = words.get(index)?;
    let text = value.as_str();
    let Some(k) = super::separator(text) else {
        diagnostics.push(ParseDiagnostic::error(
            codes::PROPERTY_WITHOUT_COLON,
            value.span,
            format!(
                "found `{option} {}` with no `:` in its value; expected \
                 `{option} property:value` (or `property<file` to read the value from a file)",
                shown(text).trim_matches('`')
            ),
        ));
        return None;
    };
    if k == 0 {
        diagnostics.push(ParseDiagnostic::error(
            codes::EMPTY_PROPERTY_NAME,
            value.span,
            format!(
                "found `{option} {}` with no property name before `{}`; expected \
                 `{option} property:value`",
                shown(text).trim_matches('`'),
                &text[..1]
            ),
        ));
        return None;
    }
    let places = splitter.places(words, index, k);
    // Every place lies inside the word, so only a word of 4 GiB or more does not fit.
    let offset = |at: usize| u32::try_from(at.checked_sub(value.span.start())?).ok();
    let mut offsets = [0; 4];
    for (slot, at) in offsets.iter_mut().zip(places) {
        *slot = offset(at)?;
    }
    Some((u32::try_from(k).ok()?, offsets))
}

fn not_a_command(line: Span, found: &str) -> ParseDiagnostic {
    let what = if options::is_option(found) {
        format!("found option {} with no subcommand", shown(found))
    } else {
        format!("found {}", shown(found))
    };
    ParseDiagnostic::error(
        codes::NOT_A_DSCONFIG_COMMAND,
        line,
        format!("not a dsconfig command: {what}; {EXPECTED_COMMAND}"),
    )
}

fn missing_continuation(head: &Word<'_>, info: &LogicalInfo) -> ParseDiagnostic {
    let message = if info.separated {
        format!(
            "line starts with option {} right after a commented-out line that ends with `\\`, \
             so it belongs to no command; expected it commented out too, or a command before it",
            shown(head.as_str())
        )
    } else {
        format!(
            "line starts with option {} right after a finished command: the previous line looks \
             like it is missing its `\\`; expected `\\` at the end of the previous line (this \
             line is not part of any command)",
            shown(head.as_str())
        )
    };
    ParseDiagnostic::warning(codes::MISSING_CONTINUATION, head.span, message)
}

fn without_value(option: &Word<'_>, next: Option<&Word<'_>>) -> ParseDiagnostic {
    let name = option.as_str();
    let found = match next {
        Some(next) => format!("is followed by option {}", shown(next.as_str())),
        None => "ends the command".to_owned(),
    };
    ParseDiagnostic::error(
        codes::OPTION_WITHOUT_VALUE,
        option.span,
        format!(
            "{} {found} but takes a value; expected `{} <value>`",
            shown(name),
            shown(name).trim_matches('`')
        ),
    )
}

fn unexpected(token: &Word<'_>) -> ParseDiagnostic {
    let text = token.as_str();
    let message = if is_program(text) {
        format!(
            "found {} inside a command: the line before probably ends with a stray `\\`; \
             expected an option such as --set",
            shown(text)
        )
    } else {
        format!(
            "found {} after the subcommand where an option was expected; expected an option \
             such as --set (a value with spaces must be quoted)",
            shown(text)
        )
    };
    ParseDiagnostic::error(codes::UNEXPECTED_ARGUMENT, token.span, message)
}
