//! Tests of the batch-file parser: every construct and diagnostic, the real corpus, generated
//! hostile input, and argv compared with what real bash passes.

use super::*;
use crate::diagnostic::Severity;

// ---------------------------------------------------------------------------------------------
// Helpers

/// Parses `text`, which must hold exactly one command and give no diagnostic.
fn one(text: &str) -> ParsedCommand<'_> {
    let doc = parse(text);
    assert_eq!(doc.diagnostics, [], "for {text:?}");
    assert_eq!(doc.commands.len(), 1, "for {text:?}");
    doc.commands.into_iter().next().unwrap()
}

fn argv(command: &ParsedCommand) -> Vec<String> {
    command.argv()
}

fn texts<'a>(words: &'a [Word<'_>]) -> Vec<&'a str> {
    words.iter().map(Word::as_str).collect()
}

/// `(code, line, column)` of every diagnostic.
fn found(text: &str) -> Vec<(&'static str, usize, usize)> {
    parse(text)
        .diagnostics
        .iter()
        .map(|d| {
            let (line, col) = line_col(text, d.span.start());
            (d.code, line, col)
        })
        .collect()
}

/// The only diagnostic of `text`.
fn only(text: &str) -> ParseDiagnostic {
    let doc = parse(text);
    assert_eq!(
        doc.diagnostics.len(),
        1,
        "for {text:?}: {:#?}",
        doc.diagnostics
    );
    doc.diagnostics.into_iter().next().unwrap()
}

fn option<'c, 'a>(command: &'c ParsedCommand<'a>, name: &str) -> CommandOption<'c, 'a> {
    command
        .options()
        .find(|o| o.name.text == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", command.argv()))
}

fn property<'c>(command: &'c ParsedCommand<'_>, index: usize) -> PropertyAssignment<'c> {
    command
        .options()
        .filter_map(|o| o.property)
        .nth(index)
        .expect("a property")
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

// ---------------------------------------------------------------------------------------------
// Lines: comments, blank lines, continuations

#[test]
fn a_continued_command_is_one_command_with_spans_on_the_source() {
    let text = "dsconfig create-sync-pipe \\\n    --pipe-name P \\\n    --set started:true\n";
    let c = one(text);
    assert_eq!(
        argv(&c),
        strings(&[
            "dsconfig",
            "create-sync-pipe",
            "--pipe-name",
            "P",
            "--set",
            "started:true"
        ])
    );
    assert_eq!(c.span, Span::new(0, text.len() - 1));
    assert_eq!(c.program.as_ref().unwrap().span, Span::new(0, 8));
    assert_eq!(
        c.subcommand.as_ref().unwrap().span.text(text),
        "create-sync-pipe"
    );
    let pipe = option(&c, "--pipe-name");
    assert_eq!(pipe.kind, OptionKind::Naming);
    assert_eq!(pipe.value.as_ref().unwrap().span.text(text), "P");
    assert_eq!(line_col(text, pipe.name.span.start()), (2, 5));
    let set = property(&c, 0);
    assert_eq!(set.property, "started");
    assert_eq!(set.property_span.text(text), "started");
    assert_eq!(set.value, "true");
    assert_eq!(set.value_span.text(text), "true");
    assert!(!set.from_file);
    assert_eq!(
        texts(c.words()),
        ["--pipe-name", "P", "--set", "started:true"]
    );
    assert_eq!(c.leading(), []);
}

#[test]
fn comments_and_blank_lines_between_commands_are_skipped() {
    let text = "\n\n#\n# Configure\n  # indented comment\n\t\ndsconfig delete-sync-pipe --pipe-name A\n#NOTE####\ndsconfig delete-sync-pipe --pipe-name B\n\n\n";
    let doc = parse(text);
    assert_eq!(doc.diagnostics, []);
    let names: Vec<_> = doc
        .commands
        .iter()
        .map(|c| c.option_value("--pipe-name").unwrap())
        .collect();
    assert_eq!(names, ["A", "B"]);
    assert_eq!(line_col(text, doc.commands[1].span.start()), (9, 1));
}

#[test]
fn commands_need_no_blank_line_between_them() {
    let text = "dsconfig create-a --x-name 1 \\\n\t--set a:b\ndsconfig create-b --x-name 2\ndsconfig create-c \\\n --x-name 3\n";
    let doc = parse(text);
    assert_eq!(doc.diagnostics, []);
    let subs: Vec<_> = doc
        .commands
        .iter()
        .map(|c| c.subcommand_name().unwrap())
        .collect();
    assert_eq!(subs, ["create-a", "create-b", "create-c"]);
}

#[test]
fn comment_lines_inside_a_continued_command_are_skipped_and_the_command_goes_on() {
    let text = "dsconfig create-sync-source \\\n    --source-name S \\\n#    --set 'x:y'  \\\n  # --set z:w\n    --type third-party\n";
    let c = one(text);
    assert_eq!(
        argv(&c),
        strings(&[
            "dsconfig",
            "create-sync-source",
            "--source-name",
            "S",
            "--type",
            "third-party"
        ])
    );
}

#[test]
fn a_commented_out_command_is_never_a_command() {
    let text = "#dsconfig create-attribute-mapping \\\n#    --map-name M  \\\n#    --type direct\n\n# dsconfig create-external-server --set \"trust-manager-provider:JKS\"\ndsconfig create-attribute-map --map-name M\n";
    let doc = parse(text);
    assert_eq!(doc.diagnostics, []);
    assert_eq!(doc.commands.len(), 1);
    assert_eq!(
        doc.commands[0].subcommand_name(),
        Some("create-attribute-map")
    );
}

#[test]
fn a_blank_line_ends_a_command_after_a_trailing_backslash() {
    let text = "dsconfig set-external-server-prop \\\n    --server-name ping-directory \\\n\ndsconfig create-sync-pipe --pipe-name P\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 2);
    assert_eq!(
        argv(&doc.commands[0]),
        strings(&[
            "dsconfig",
            "set-external-server-prop",
            "--server-name",
            "ping-directory"
        ])
    );
    let d = only(text);
    assert_eq!(d.code, codes::DANGLING_CONTINUATION);
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.span.text(text), "\\");
    assert_eq!(d.line_col(text), (2, 34));
    assert!(d.message.contains("a blank line"), "{}", d.message);
}

#[test]
fn a_trailing_backslash_into_comments_then_a_blank_line_dangles() {
    let text = "dsconfig create-a \\\n    --set a:b \\\n#    --set c:d \\\n#    --set e:f\n\ndsconfig create-b\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 2);
    assert_eq!(found(text), [(codes::DANGLING_CONTINUATION, 2, 15)]);
}

#[test]
fn a_trailing_backslash_at_the_end_of_the_file_dangles() {
    let text = "dsconfig create-a \\\n  --set a:b \\";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    assert_eq!(doc.commands[0].words().len(), 2);
    let d = only(text);
    assert_eq!(d.code, codes::DANGLING_CONTINUATION);
    assert_eq!(d.span, Span::new(text.len() - 1, text.len()));
    assert!(d.message.contains("the end of the file"), "{}", d.message);
}

#[test]
fn any_white_space_before_the_backslash_and_any_indentation_after_it() {
    for text in [
        "dsconfig create-a \\\n--x-name n \\\n--set a:b",
        "dsconfig create-a  \\\n    --x-name n  \\\n\t--set a:b",
        "dsconfig create-a\t\\\n \t --x-name n\t \\\n        --set a:b",
    ] {
        assert_eq!(
            argv(&one(text)),
            strings(&["dsconfig", "create-a", "--x-name", "n", "--set", "a:b"]),
            "{text:?}"
        );
    }
}

#[test]
fn a_backslash_right_after_a_word_ends_it_when_the_next_line_is_indented() {
    // docs: `--set scim-attribute-name:name\` followed by an indented `--set`.
    let c = one("dsconfig create-a \\\n  --set n:name\\\n  --set b:c\n");
    assert_eq!(texts(c.words()), ["--set", "n:name", "--set", "b:c"]);
    // Without indentation the two lines are glued, as in a shell, and the next value is left
    // over.
    let text = "dsconfig create-a \\\n  --set n:name\\\n--set b:c\n";
    let doc = parse(text);
    assert_eq!(
        texts(doc.commands[0].words()),
        ["--set", "n:name--set", "b:c"]
    );
    assert_eq!(found(text), [(codes::UNEXPECTED_ARGUMENT, 3, 7)]);
}

#[test]
fn an_even_number_of_backslashes_does_not_continue_the_line() {
    let text = "dsconfig create-a --set 'x:a\\\\'\ndsconfig create-b --set x:y\\\\\n";
    let doc = parse(text);
    assert_eq!(doc.diagnostics, []);
    assert_eq!(doc.commands.len(), 2);
    assert_eq!(property(&doc.commands[0], 0).value, "a\\\\");
    assert_eq!(property(&doc.commands[1], 0).value, "y\\");
    // Three: an escaped backslash, then a continuation.
    let c = one("dsconfig create-a --set x:y\\\\\\\n  --set z:w");
    assert_eq!(texts(c.words()), ["--set", "x:y\\", "--set", "z:w"]);
}

#[test]
fn white_space_after_a_final_backslash_is_reported_and_the_line_still_continues() {
    let text = "dsconfig create-a \\  \n    --set a:b\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    assert_eq!(texts(doc.commands[0].words()), ["--set", "a:b"]);
    let d = only(text);
    assert_eq!(d.code, codes::SPACE_AFTER_BACKSLASH);
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.span.text(text), "\\  ");
    assert_eq!(d.line_col(text), (1, 19));
    // A tab counts too, and so does it before CRLF.
    assert_eq!(
        found("dsconfig create-a \\\t\r\n  --set a:b\r\n"),
        [(codes::SPACE_AFTER_BACKSLASH, 1, 19)]
    );
}

#[test]
fn crlf_line_endings() {
    let text = "# comment\r\ndsconfig create-sync-pipe \\\r\n    --pipe-name P \\\r\n    --set \"a:b c\"\r\n\r\ndsconfig delete-sync-pipe --pipe-name P\r\n";
    let doc = parse(text);
    assert_eq!(doc.diagnostics, []);
    assert_eq!(doc.commands.len(), 2);
    assert_eq!(
        argv(&doc.commands[0]),
        strings(&[
            "dsconfig",
            "create-sync-pipe",
            "--pipe-name",
            "P",
            "--set",
            "a:b c"
        ])
    );
    assert_eq!(doc.commands[1].words().last().unwrap().text, "P");
    assert!(!doc.commands[1].span.text(text).contains('\r'));
}

#[test]
fn no_final_newline_and_trailing_white_space_after_the_last_word() {
    let c = one("dsconfig set-sync-pipe-prop --pipe-name P --set started:true");
    assert_eq!(c.words().last().unwrap().text, "started:true");
    let text = "dsconfig set-sync-pipe-prop \\\n    --set enabled:true \t \n\n";
    let c = one(text);
    assert_eq!(c.words().last().unwrap().text, "enabled:true");
    assert_eq!(
        c.span.text(text).lines().last(),
        Some("    --set enabled:true")
    );
}

#[test]
fn empty_and_comment_only_input() {
    for text in [
        "",
        "\n",
        "\r\n",
        "   \t\n\n",
        "# only\n#dsconfig create-a\n",
        "#",
    ] {
        assert_eq!(parse(text), Document::default(), "{text:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Words: quotes and escapes

#[test]
fn quote_starting_after_the_colon_concatenates() {
    let text =
        "dsconfig create-external-server --set bind-dn:\"cn=Sync User,cn=Root DNs,cn=config\"";
    let c = one(text);
    let p = property(&c, 0);
    assert_eq!(p.property, "bind-dn");
    assert_eq!(p.value, "cn=Sync User,cn=Root DNs,cn=config");
    assert_eq!(p.property_span.text(text), "bind-dn");
    assert_eq!(
        p.value_span.text(text),
        "cn=Sync User,cn=Root DNs,cn=config"
    );
    assert_eq!(
        c.words()[1].span.text(text),
        "bind-dn:\"cn=Sync User,cn=Root DNs,cn=config\""
    );
    assert_eq!(
        c.words()[1].text,
        "bind-dn:cn=Sync User,cn=Root DNs,cn=config"
    );
}

#[test]
fn quote_starting_after_the_second_colon_and_split_on_the_first() {
    let text = "dsconfig create-attribute-mapping --set source-referenced-entry-value:mapping:\"Attribute Map:ref-cn\" --set a:b:\"c d\"";
    let c = one(text);
    let p = property(&c, 0);
    assert_eq!(p.property, "source-referenced-entry-value");
    assert_eq!(p.value, "mapping:Attribute Map:ref-cn");
    assert_eq!(p.value_span.text(text), "mapping:\"Attribute Map:ref-cn");
    let p = property(&c, 1);
    assert_eq!((p.property, p.value), ("a", "b:c d"));
}

#[test]
fn a_whole_quoted_token_has_spans_inside_the_quotes() {
    let text = "dsconfig create-sync-pipe --set \"change-detection-polling-interval:500 ms\" --set 'trust-manager-provider:Blind Trust'";
    let c = one(text);
    let p = property(&c, 0);
    assert_eq!(
        p.property_span.text(text),
        "change-detection-polling-interval"
    );
    assert_eq!(p.value_span.text(text), "500 ms");
    let p = property(&c, 1);
    assert_eq!(p.value, "Blind Trust");
    assert_eq!(p.value_span.text(text), "Blind Trust");
}

#[test]
fn the_posix_single_quote_trick() {
    let text = "dsconfig create-sync-source --set 'extension-argument:filter=country eq '\"'\"'USA'\"'\"''";
    let c = one(text);
    assert_eq!(
        property(&c, 0).value,
        "filter=country eq 'USA'",
        "{:?}",
        c.argv()
    );
    assert_eq!(c.words()[1].span.end(), text.len());
}

#[test]
fn quotes_inside_the_other_quotes() {
    let c = one(
        "dsconfig create-sync-pipe --set \"shared-mutex-name:Mutex for 'a_to_b' and 'b_to_a'\" --add 'global-aci:(targetattr=\"*\")(version 3.0; acl \"x\"; allow (read) userdn=\"ldap:///cn=x\";)'",
    );
    assert_eq!(property(&c, 0).value, "Mutex for 'a_to_b' and 'b_to_a'");
    assert_eq!(
        property(&c, 1).value,
        "(targetattr=\"*\")(version 3.0; acl \"x\"; allow (read) userdn=\"ldap:///cn=x\";)"
    );
    assert_eq!(option(&c, "--add").kind, OptionKind::Add);
}

#[test]
fn double_quote_escapes_and_literal_backslashes() {
    let c = one(r#"dsconfig create-a --set "x:\"q\" \\ \$HOME \`c\` \a \n""#);
    assert_eq!(property(&c, 0).value, r#""q" \ $HOME `c` \a \n"#);
}

#[test]
fn single_quotes_keep_everything() {
    let c = one(r"dsconfig create-a --set 'description:as they change.\n\The \$x \\ end'");
    assert_eq!(property(&c, 0).value, r"as they change.\n\The \$x \\ end");
}

#[test]
fn unquoted_backslash_escapes_the_next_character() {
    let text = "dsconfig create-a --set x:a\\ b\\\"c\\'d\\\\e\\é --x-name \\$HOME";
    let c = one(text);
    let p = property(&c, 0);
    assert_eq!(p.value, "a b\"c'd\\eé");
    assert_eq!(p.value_span.text(text), "a\\ b\\\"c\\'d\\\\e\\é");
    assert_eq!(c.option_value("--x-name"), Some("$HOME"));
}

#[test]
fn empty_quotes_are_an_empty_word() {
    let c = one("dsconfig create-a --x-name '' --y-name \"\"");
    assert_eq!(c.option_value("--x-name"), Some(""));
    assert_eq!(c.option_value("--y-name"), Some(""));
    assert_eq!(c.words()[1].span, Span::new(27, 29));
}

#[test]
fn backslash_newline_inside_single_quotes_is_removed_as_dsconfig_joins_lines_first() {
    // ping-cloud-base 12-pingdatasync: a three-line single-quoted ACI. bash would keep the
    // `\` and the line break inside the quotes; dsconfig's batch reader joins the lines first.
    let text = "dsconfig set-access-control-handler-prop --add global-aci:'(targetattr=\"*\") \\\n(version 3.0; acl \"Give Access\"; \\\nallow(all) userdn=\"ldap:///cn=directory manager,cn=Root DNs,cn=config\";)'\n";
    let c = one(text);
    let p = property(&c, 0);
    assert_eq!(p.property, "global-aci");
    assert_eq!(
        p.value,
        "(targetattr=\"*\") (version 3.0; acl \"Give Access\"; allow(all) userdn=\"ldap:///cn=directory manager,cn=Root DNs,cn=config\";)"
    );
    assert!(text[p.value_span.end()..].starts_with("'\n"));
    assert_eq!(line_col(text, p.value_span.start()), (1, 60));
    assert_eq!(c.words()[1].span.end(), text.len() - 1);
}

#[test]
fn backslash_newline_inside_double_quotes_keeps_the_next_lines_indentation() {
    let text = "dsconfig set-sync-class-prop --add \"include-filter:(|(objectClass=groupOfEntries)\\\n    (objectClass=groupOfNames))\"\n";
    let c = one(text);
    assert_eq!(
        property(&c, 0).value,
        "(|(objectClass=groupOfEntries)    (objectClass=groupOfNames))"
    );
}

#[test]
fn a_pem_certificate_with_literal_backslash_n_and_continuations() {
    let text = "dsconfig create-trusted-certificate \\\n    --certificate-name 'My Cert'  \\\n    --set 'certificate:-----BEGIN CERTIFICATE-----\\n\\\nMIIC6TCC\\n\\\n-----END CERTIFICATE-----' \n";
    let c = one(text);
    assert_eq!(
        property(&c, 0).value,
        "-----BEGIN CERTIFICATE-----\\nMIIC6TCC\\n-----END CERTIFICATE-----"
    );
    assert_eq!(c.option_value("--certificate-name"), Some("My Cert"));
}

#[test]
fn a_comment_line_inside_a_continued_quoted_value_is_skipped() {
    let c = one("dsconfig create-a --set 'a:b \\\n# not part of it\nc'\n");
    assert_eq!(property(&c, 0).value, "b c");
}

#[test]
fn templates_and_shell_special_characters_are_kept_verbatim() {
    let text = "dsconfig create-sync-pipe --pipe-name ${PIPE} --set 'from-dn-pattern:**,ou=source,${USER_BASE_DN}' --set value-pattern:{uid}.{sn}@example.com --set include-filter:(objectClass=person) --set cors-allowed-origins:* --set key:<this-is-the-key> --set \"search-filter-pattern:(|(cn=*%%*)(mail=%%*))\" --set sync-source:[SOURCE] --x-name \"SunDS>DS Attr Map\" --y-name set1.${SUFFIX}:1389 --set a:b;c|d&e#f~g";
    let c = one(text);
    let values: Vec<_> = c
        .options()
        .filter_map(|o| o.value)
        .map(Word::as_str)
        .collect();
    assert_eq!(
        values,
        [
            "${PIPE}",
            "from-dn-pattern:**,ou=source,${USER_BASE_DN}",
            "value-pattern:{uid}.{sn}@example.com",
            "include-filter:(objectClass=person)",
            "cors-allowed-origins:*",
            "key:<this-is-the-key>",
            "search-filter-pattern:(|(cn=*%%*)(mail=%%*))",
            "sync-source:[SOURCE]",
            "SunDS>DS Attr Map",
            "set1.${SUFFIX}:1389",
            "a:b;c|d&e#f~g",
        ]
    );
    let key = property(&c, 4);
    assert!(!key.from_file);
    assert_eq!((key.property, key.value), ("key", "<this-is-the-key>"));
}

// ---------------------------------------------------------------------------------------------
// Command prefix: prompt, path, bare subcommands, indentation

#[test]
fn prompt_path_and_indentation_before_dsconfig() {
    for (text, program) in [
        (
            "$ bin/dsconfig create-sync-pipe --pipe-name P",
            Some("bin/dsconfig"),
        ),
        (
            "$ dsconfig create-sync-pipe --pipe-name P",
            Some("dsconfig"),
        ),
        (
            "bin/dsconfig create-sync-pipe --pipe-name P",
            Some("bin/dsconfig"),
        ),
        (
            "/opt/x/bin/dsconfig create-sync-pipe --pipe-name P",
            Some("/opt/x/bin/dsconfig"),
        ),
        (" dsconfig create-sync-pipe --pipe-name P", Some("dsconfig")),
        (
            "\t  dsconfig create-sync-pipe --pipe-name P",
            Some("dsconfig"),
        ),
        ("create-sync-pipe --pipe-name P", None),
        ("  $ create-sync-pipe --pipe-name P", None),
    ] {
        let c = one(text);
        assert_eq!(c.program.as_ref().map(|w| w.as_str()), program, "{text:?}");
        assert_eq!(c.subcommand_name(), Some("create-sync-pipe"), "{text:?}");
        assert_eq!(
            argv(&c),
            strings(&["dsconfig", "create-sync-pipe", "--pipe-name", "P"]),
            "{text:?}"
        );
        assert_eq!(c.span.text(text), text.trim_start(), "{text:?}");
    }
}

#[test]
fn bare_subcommands_are_commands() {
    let text = "create-sync-pipe --pipe-name P\nset-sync-pipe-prop --pipe-name P --set started:true\nlist-properties --offline\n";
    let doc = parse(text);
    assert_eq!(doc.diagnostics, []);
    let subs: Vec<_> = doc
        .commands
        .iter()
        .map(|c| c.subcommand_name().unwrap())
        .collect();
    assert_eq!(
        subs,
        ["create-sync-pipe", "set-sync-pipe-prop", "list-properties"]
    );
    assert!(doc.commands.iter().all(|c| c.program.is_none()));
}

#[test]
fn the_subcommand_shape() {
    for yes in [
        "create-sync-pipe",
        "delete-x",
        "set-global-sync-configuration-prop",
        "get-sync-source-prop",
        "list-properties",
        "create-scim2-attribute-mapping",
    ] {
        assert!(is_subcommand(yes), "{yes}");
    }
    for no in [
        "set",
        "create-",
        "realtime-sync",
        "Create-Sync-Pipe",
        "wait-for",
        "create_x",
        "echo",
        "create-x y",
        "",
        "--set",
        "set-é",
    ] {
        assert!(!is_subcommand(no), "{no}");
    }
}

// ---------------------------------------------------------------------------------------------
// Options

#[test]
fn global_options_before_after_and_on_their_own_line_are_kept_and_classified() {
    let text = "$ bin/dsconfig --no-prompt \\\n  get-sync-source-prop \\\n  --source-name S --port 7389 --bindDN \"cn=admin,dc=example,dc=com\" \\\n  --bindPassword secret --set a:b --applyChangeTo server-group -n\n";
    let c = one(text);
    assert_eq!(texts(c.leading()), ["--no-prompt"]);
    assert_eq!(c.subcommand_name(), Some("get-sync-source-prop"));
    let kinds: Vec<_> = c
        .options()
        .map(|o| {
            (
                o.name.as_str(),
                o.kind,
                o.value.as_ref().map(|v| v.as_str()),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("--no-prompt", OptionKind::Behaviour, None),
            ("--source-name", OptionKind::Naming, Some("S")),
            ("--port", OptionKind::Connection, Some("7389")),
            (
                "--bindDN",
                OptionKind::Connection,
                Some("cn=admin,dc=example,dc=com")
            ),
            ("--bindPassword", OptionKind::Connection, Some("secret")),
            ("--set", OptionKind::Set, Some("a:b")),
            (
                "--applyChangeTo",
                OptionKind::Behaviour,
                Some("server-group")
            ),
            ("-n", OptionKind::Behaviour, None),
        ]
    );
    assert_eq!(
        argv(&c),
        strings(&[
            "dsconfig",
            "--no-prompt",
            "get-sync-source-prop",
            "--source-name",
            "S",
            "--port",
            "7389",
            "--bindDN",
            "cn=admin,dc=example,dc=com",
            "--bindPassword",
            "secret",
            "--set",
            "a:b",
            "--applyChangeTo",
            "server-group",
            "-n"
        ])
    );
    // Global options are never properties.
    assert_eq!(c.options().filter(|o| o.property.is_some()).count(), 1);
    assert!(
        c.options_of(OptionKind::Connection)
            .all(|o| o.kind.is_global())
    );
}

#[test]
fn every_global_option_is_recognised_with_its_arity() {
    let table = [
        ("--hostname", "-h", OptionKind::Connection, true),
        ("--port", "-p", OptionKind::Connection, true),
        ("--bindDN", "-D", OptionKind::Connection, true),
        ("--bindPassword", "-w", OptionKind::Connection, true),
        ("--bindPasswordFile", "-j", OptionKind::Connection, true),
        ("--useSSL", "-Z", OptionKind::Connection, false),
        ("--useStartTLS", "-q", OptionKind::Connection, false),
        ("--trustAll", "-X", OptionKind::Connection, false),
        ("--trustStorePath", "-P", OptionKind::Connection, true),
        ("--keyStorePath", "-K", OptionKind::Connection, true),
        ("--certNickname", "-N", OptionKind::Connection, true),
        ("--saslOption", "-o", OptionKind::Connection, true),
        ("--no-prompt", "-n", OptionKind::Behaviour, false),
        ("--quiet", "-Q", OptionKind::Behaviour, false),
        ("--script-friendly", "-s", OptionKind::Behaviour, false),
        ("--batch-file", "-F", OptionKind::Behaviour, true),
        ("--help", "-H", OptionKind::Behaviour, false),
    ];
    for (long, short, kind, takes_value) in table {
        for name in [long, short] {
            let o = global_option(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!((o.kind, o.takes_value), (kind, takes_value), "{name}");
            let text = if takes_value {
                format!("dsconfig list-sync-pipes {name} v")
            } else {
                format!("dsconfig list-sync-pipes {name}")
            };
            let c = one(&text);
            let opt = option(&c, name);
            assert_eq!(opt.kind, kind, "{name}");
            let value = opt.value.as_ref().map(|w| w.as_str());
            assert_eq!(value, takes_value.then_some("v"), "{name}");
            // A flag never takes a value: a word after it is unexpected.
            if !takes_value {
                let text = format!("dsconfig list-sync-pipes {name} v");
                assert_eq!(only(&text).code, codes::UNEXPECTED_ARGUMENT, "{name}");
            }
        }
    }
    for (long, kind, takes_value) in [
        ("--useNoSecurity", OptionKind::Connection, false),
        ("--trustStorePassword", OptionKind::Connection, true),
        ("--trustStorePasswordFile", OptionKind::Connection, true),
        ("--keyStorePassword", OptionKind::Connection, true),
        ("--keyStorePasswordFile", OptionKind::Connection, true),
        ("--batch-continue-on-error", OptionKind::Behaviour, false),
        ("--applyChangeTo", OptionKind::Behaviour, true),
        ("--offline", OptionKind::Behaviour, false),
        ("--noPropertiesFile", OptionKind::Behaviour, false),
        ("--propertiesFilePath", OptionKind::Behaviour, true),
        ("--advanced", OptionKind::Behaviour, false),
        ("--verbose", OptionKind::Behaviour, false),
        ("--help-subcommands", OptionKind::Behaviour, false),
        ("--help-sync", OptionKind::Behaviour, false),
        ("--BINDdn", OptionKind::Connection, true),
    ] {
        let o = global_option(long).unwrap_or_else(|| panic!("{long}"));
        assert_eq!((o.kind, o.takes_value), (kind, takes_value), "{long}");
    }
    assert_eq!(global_option("--set"), None);
    assert_eq!(global_option("-x"), None);
    assert_eq!(global_option("-nQ"), None);
}

#[test]
fn a_global_flag_after_the_subcommand_leaves_the_next_word_alone() {
    let text = "dsconfig set-sync-pipe-prop --pipe-name P --set started:true --no-prompt";
    let c = one(text);
    let last = c.options().last().unwrap();
    assert_eq!(
        (last.name.as_str(), last.kind, last.value.is_none()),
        ("--no-prompt", OptionKind::Behaviour, true)
    );
    let text = "dsconfig set-sync-pipe-prop --no-prompt --pipe-name P --quiet --trustAll --set a:b";
    let c = one(text);
    assert_eq!(c.option_value("--pipe-name"), Some("P"));
    assert_eq!(property(&c, 0).property, "a");
}

#[test]
fn subcommand_options() {
    let text = "dsconfig set-log-publisher-prop --publisher-name \"File-Based Sync Logger\" --remove logged-message-type:change-applied --add logged-message-type:change-applied-detailed --reset description --type ldap --property enabled --tab-delimited --json-field costCenter.id --unknown-flag --set a:b";
    let c = one(text);
    let kinds: Vec<_> = c
        .options()
        .map(|o| (o.kind, o.value.as_ref().map(|v| v.as_str())))
        .collect();
    assert_eq!(
        kinds,
        [
            (OptionKind::Naming, Some("File-Based Sync Logger")),
            (
                OptionKind::Remove,
                Some("logged-message-type:change-applied")
            ),
            (
                OptionKind::Add,
                Some("logged-message-type:change-applied-detailed")
            ),
            (OptionKind::Reset, Some("description")),
            (OptionKind::Type, Some("ldap")),
            (OptionKind::Other, Some("enabled")),
            (OptionKind::Other, None),
            (OptionKind::Other, Some("costCenter.id")),
            (OptionKind::Other, None),
            (OptionKind::Set, Some("a:b")),
        ]
    );
    let remove = &c.options().nth(1).unwrap().property.unwrap();
    assert_eq!(
        (remove.property, remove.value),
        ("logged-message-type", "change-applied")
    );
    // `--reset` names a property; there is no value to split.
    assert_eq!(c.options().nth(3).unwrap().property, None);
}

#[test]
fn a_value_may_contain_colons_after_the_first() {
    for (value, prop, rest) in [
        (
            "base-url:https://pingdirectory:${HTTPS_PORT}",
            "base-url",
            "https://pingdirectory:${HTTPS_PORT}",
        ),
        (
            "bootstrap-server:kafkaHost:9092",
            "bootstrap-server",
            "kafkaHost:9092",
        ),
        (
            "source-entry-value:attribute:member",
            "source-entry-value",
            "attribute:member",
        ),
        ("empty:", "empty", ""),
    ] {
        let text = format!("dsconfig create-a --set {value}");
        let c = one(&text);
        let p = property(&c, 0);
        assert_eq!((p.property, p.value), (prop, rest));
    }
}

#[test]
fn a_value_read_from_a_file() {
    let text = "dsconfig create-root-dn-user \\\n    --user-name sync \\\n    --set password<${ROOT_USER_PASSWORD_FILE} \\\n    --add \"alternate-bind-dn<file name\"\n";
    let c = one(text);
    let p = property(&c, 0);
    assert!(p.from_file);
    assert_eq!(p.property, "password");
    assert_eq!(p.value, "${ROOT_USER_PASSWORD_FILE}");
    assert_eq!(p.value_span.text(text), "${ROOT_USER_PASSWORD_FILE}");
    assert_eq!(p.property_span.text(text), "password");
    let p = property(&c, 1);
    assert!(p.from_file);
    assert_eq!((p.property, p.value), ("alternate-bind-dn", "file name"));
}

#[test]
fn an_unknown_option_takes_the_next_word_unless_it_looks_like_an_option() {
    let c = one("dsconfig list-properties --complexity advanced --inherited --property x");
    assert_eq!(c.option_value("--complexity"), Some("advanced"));
    assert_eq!(option(&c, "--inherited").value, None);
    let c = one("dsconfig list-properties --complexity -n");
    assert_eq!(option(&c, "--complexity").value, None);
    assert_eq!(option(&c, "-n").kind, OptionKind::Behaviour);
    // Before the subcommand, a subcommand is never taken as a value.
    let c = one("dsconfig --unknown create-sync-pipe --pipe-name P");
    assert_eq!(c.subcommand_name(), Some("create-sync-pipe"));
    assert_eq!(texts(c.leading()), ["--unknown"]);
    // `--name=value` carries its own value.
    let c = one("dsconfig create-a --x=y --set a:b");
    assert_eq!(option(&c, "--x=y").value, None);
}

#[test]
fn a_help_option_needs_no_subcommand() {
    for text in [
        "dsconfig --help",
        "dsconfig -H",
        "dsconfig --help-sync",
        "bin/dsconfig --no-prompt --help-subcommands",
    ] {
        let c = one(text);
        assert_eq!(c.subcommand, None);
        assert_eq!(c.words(), []);
    }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

#[test]
fn unterminated_quotes_are_reported_at_the_opening_quote() {
    // #69: `--pipe-name "Users-Basic-CRUD""  \`
    let text = "dsconfig create-sync-pipe \\\n    --pipe-name \"Users-Basic-CRUD\"\"  \\\n    --set started:true\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    let d = only(text);
    assert_eq!(d.code, codes::UNTERMINATED_QUOTE);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.span.text(text), "\"");
    assert_eq!(d.line_col(text), (2, 35));
    assert!(
        d.message.starts_with("unterminated double quote"),
        "{}",
        d.message
    );
    // The value runs to the end of the command.
    assert_eq!(
        doc.commands[0].option_value("--pipe-name"),
        Some("Users-Basic-CRUD      --set started:true")
    );

    let text = "dsconfig create-a --set 'value-pattern:{{\"family\":\"\n{sn:jsonEscape}\"}}'\n";
    let diagnostics = found(text);
    assert!(
        diagnostics.contains(&(codes::UNTERMINATED_QUOTE, 1, 25)),
        "{diagnostics:?}"
    );
    let d = &parse(text).diagnostics[0];
    assert!(
        d.message.starts_with("unterminated single quote"),
        "{}",
        d.message
    );
}

#[test]
fn a_quoted_name_split_over_two_lines_without_a_backslash() {
    // docs #56
    let text = "dsconfig create-plugin \\\n    --plugin-name \"Changelog Password\n    Encryption\" \\\n    --set enabled:true\n";
    assert_eq!(
        found(text),
        [
            (codes::UNTERMINATED_QUOTE, 2, 19),
            (codes::NOT_A_DSCONFIG_COMMAND, 3, 5),
        ]
    );
}

#[test]
fn a_property_without_a_colon() {
    let text = "dsconfig create-root-dn-user \\\n    --set modify-acl \\\n    --set privilege:x\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    let d = only(text);
    assert_eq!(d.code, codes::PROPERTY_WITHOUT_COLON);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.span.text(text), "modify-acl");
    assert_eq!(d.line_col(text), (2, 11));
    assert!(d.message.contains("`--set modify-acl`"), "{}", d.message);
    // The option is kept, without a property.
    let set = doc.commands[0].options().next().unwrap();
    assert_eq!((set.kind, set.property.is_none()), (OptionKind::Set, true));
    for (text, column) in [
        ("dsconfig set-a-prop --add x", 27),
        ("dsconfig set-a-prop --remove \"x y\"", 30),
    ] {
        assert_eq!(
            found(text),
            [(codes::PROPERTY_WITHOUT_COLON, 1, column)],
            "{text}"
        );
    }
    assert_eq!(
        found("dsconfig create-a --set :x"),
        [(codes::EMPTY_PROPERTY_NAME, 1, 25)]
    );
    assert_eq!(
        found("dsconfig create-a --set '<x'"),
        [(codes::EMPTY_PROPERTY_NAME, 1, 25)]
    );
}

#[test]
fn an_option_without_its_value() {
    let text = "dsconfig create-sync-class \\\n    --pipe-name P \\\n    --class-name";
    let d = only(text);
    assert_eq!(d.code, codes::OPTION_WITHOUT_VALUE);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.span.text(text), "--class-name");
    assert_eq!(d.line_col(text), (3, 5));
    assert!(d.message.contains("ends the command"), "{}", d.message);
    let text = "dsconfig create-a --type --set a:b";
    let d = only(text);
    assert_eq!(
        (d.code, d.span.text(text)),
        (codes::OPTION_WITHOUT_VALUE, "--type")
    );
    assert!(
        d.message.contains("followed by option `--set`"),
        "{}",
        d.message
    );
    for text in [
        "dsconfig create-a --set",
        "dsconfig create-a --port",
        "dsconfig create-a -h",
        "dsconfig create-a --reset",
    ] {
        assert_eq!(only(text).code, codes::OPTION_WITHOUT_VALUE, "{text}");
    }
}

#[test]
fn lines_that_are_not_dsconfig_commands() {
    let text = "realtime-sync set-startpoint \\\n    --end-of-changelog \\\n    --pipe-name P\necho \"it's\nif [ -f x ]; then\n${VERBOSE} && set -x\ndsconfig set-sync-pipe-prop --pipe-name P --set started:true\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    assert_eq!(
        doc.commands[0].subcommand_name(),
        Some("set-sync-pipe-prop")
    );
    assert_eq!(
        found(text),
        [
            (codes::NOT_A_DSCONFIG_COMMAND, 1, 1),
            (codes::NOT_A_DSCONFIG_COMMAND, 4, 1),
            (codes::NOT_A_DSCONFIG_COMMAND, 5, 1),
            (codes::NOT_A_DSCONFIG_COMMAND, 6, 1),
        ]
    );
    let d = &doc.diagnostics[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        d.message,
        "not a dsconfig command: found `realtime-sync`; expected dsconfig or a subcommand such as create-sync-pipe"
    );
    // The span covers the whole logical line.
    assert_eq!(
        d.span.text(text),
        "realtime-sync set-startpoint \\\n    --end-of-changelog \\\n    --pipe-name P"
    );
    // A lone prompt is not a command either.
    assert_eq!(found("$ \n"), [(codes::NOT_A_DSCONFIG_COMMAND, 1, 1)]);
}

#[test]
fn a_missing_backslash_is_reported_and_the_fragment_is_not_merged() {
    // docs #47: the first line lacks its `\`.
    let text = "$ bin/dsconfig --no-prompt create-external-server\n    --server-name ldap-west-04 \\\n    --type ping-identity-ds\n    --set \"backend-server:ldap-west-04\"\n\ndsconfig create-a\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 2);
    assert_eq!(doc.commands[0].words(), []);
    assert_eq!(
        found(text),
        [
            (codes::MISSING_CONTINUATION, 2, 5),
            (codes::MISSING_CONTINUATION, 4, 5),
        ]
    );
    let d = &doc.diagnostics[0];
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.span.text(text), "--server-name");
    assert!(d.message.contains("missing its `\\`"), "{}", d.message);
}

#[test]
fn a_missing_backslash_in_the_middle_of_a_command() {
    // docs #48
    let text = "dsconfig create-sync-class \\\n  --pipe-name P \\\n  --set attribute-usage:create-during-resync\n  --set auto-mapped-source-attribute:-all-\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    assert_eq!(doc.commands[0].option_count(), 2);
    assert_eq!(found(text), [(codes::MISSING_CONTINUATION, 4, 3)]);
    // Also without indentation, and after comment lines.
    assert_eq!(
        found("dsconfig create-a --x-name n\n# c\n--set a:b\n"),
        [(codes::MISSING_CONTINUATION, 3, 1)]
    );
}

#[test]
fn options_after_a_blank_line_are_not_a_command() {
    let text = "dsconfig create-a --x-name n\n\n    --set a:b\n";
    let d = only(text);
    assert_eq!(d.code, codes::NOT_A_DSCONFIG_COMMAND);
    assert_eq!(
        d.message,
        "not a dsconfig command: found option `--set` with no subcommand; expected dsconfig or a subcommand such as create-sync-pipe"
    );
    // But global options may come first in a bare command.
    let c = one("--no-prompt create-sync-pipe --pipe-name P");
    assert_eq!(c.subcommand_name(), Some("create-sync-pipe"));
    assert_eq!(texts(c.leading()), ["--no-prompt"]);
}

#[test]
fn the_rest_of_a_partly_commented_out_command() {
    let text = "#dsconfig create-attribute-mapping \\\n    --map-name M \\\n    --type direct\n";
    let d = only(text);
    assert_eq!(d.code, codes::MISSING_CONTINUATION);
    assert_eq!(d.line_col(text), (2, 5));
    assert!(d.message.contains("commented-out"), "{}", d.message);
}

#[test]
fn missing_and_malformed_subcommands() {
    let text = "dsconfig --no-prompt --set a:b";
    let d = only(text);
    assert_eq!(
        (d.code, d.severity, d.span.text(text)),
        (codes::MISSING_SUBCOMMAND, Severity::Error, "dsconfig")
    );
    let c = &parse(text).commands[0];
    assert_eq!(
        (c.subcommand.is_none(), texts(c.leading())),
        (true, vec!["--no-prompt", "--set", "a:b"])
    );
    let text = "dsconfig frobnicate-things --x-name y";
    let d = only(text);
    assert_eq!(
        (d.code, d.severity, d.span.text(text)),
        (
            codes::MALFORMED_SUBCOMMAND,
            Severity::Warning,
            "frobnicate-things"
        )
    );
    assert_eq!(
        parse(text).commands[0].subcommand_name(),
        Some("frobnicate-things")
    );
    assert_eq!(found("dsconfig"), [(codes::MISSING_SUBCOMMAND, 1, 1)]);
}

#[test]
fn unexpected_arguments() {
    // docs #45/#46: the value goes on outside the quotes.
    let text = "dsconfig create-sync-source \\\n    --set \"sensitive-producer-value:org.ScramLoginModule\" \\\n    required username=\"username\";\n";
    let doc = parse(text);
    assert_eq!(
        found(text),
        [
            (codes::UNEXPECTED_ARGUMENT, 3, 5),
            (codes::UNEXPECTED_ARGUMENT, 3, 14)
        ]
    );
    assert_eq!(doc.diagnostics[1].span.text(text), "username=\"username\";");
    assert_eq!(doc.diagnostics[0].severity, Severity::Error);
    // A stray `\` that swallows the next command.
    let text = "dsconfig create-a --set a:b \\\ndsconfig create-b\n";
    assert_eq!(
        found(text),
        [
            (codes::UNEXPECTED_ARGUMENT, 2, 1),
            (codes::UNEXPECTED_ARGUMENT, 2, 10)
        ]
    );
    let d = &parse(text).diagnostics[0];
    assert!(d.message.contains("stray `\\`"), "{}", d.message);
}

#[test]
fn diagnostics_of_shell_lines_are_not_piled_on() {
    // The unterminated quote of a line that is not dsconfig at all is not reported twice.
    assert_eq!(
        found("echo \"it's\n"),
        [(codes::NOT_A_DSCONFIG_COMMAND, 1, 1)]
    );
}

#[test]
fn diagnostics_are_sorted_by_position() {
    let text = "dsconfig create-a --set x \\\n  --type\n\necho\n--set 'a\n";
    assert_eq!(
        found(text),
        [
            (codes::PROPERTY_WITHOUT_COLON, 1, 25),
            (codes::OPTION_WITHOUT_VALUE, 2, 3),
            (codes::NOT_A_DSCONFIG_COMMAND, 4, 1),
            (codes::MISSING_CONTINUATION, 5, 1),
            (codes::UNTERMINATED_QUOTE, 5, 7),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Positions

#[test]
fn line_and_column_count_characters() {
    let text = "ab\né日x\r\n\nz";
    assert_eq!(line_col(text, 0), (1, 1));
    assert_eq!(line_col(text, 2), (1, 3));
    assert_eq!(line_col(text, 3), (2, 1));
    assert_eq!(line_col(text, 5), (2, 2)); // after `é` (2 bytes)
    assert_eq!(line_col(text, 6), (2, 2)); // inside `日`: its start
    assert_eq!(line_col(text, 8), (2, 3));
    assert_eq!(line_col(text, 9), (2, 4)); // the `\r`
    assert_eq!(line_col(text, 11), (3, 1));
    assert_eq!(line_col(text, 12), (4, 1));
    assert_eq!(line_col(text, 13), (4, 2));
    assert_eq!(line_col(text, 1000), (4, 2));
    assert_eq!(line_col("", 5), (1, 1));
    let index = LineIndex::new(text);
    for offset in 0..=text.len() + 2 {
        assert_eq!(
            index.line_col(text, offset),
            line_col(text, offset),
            "{offset}"
        );
    }
}

#[test]
fn an_indexed_line_is_the_line_std_gives() {
    let texts = [
        "",
        "\n",
        "\n\n",
        "a",
        "a\n",
        "a\nb",
        "a\r\nb\r\n",
        "a\rb\n",
        "a\r",
        "a\n\r",
        "\r\n",
        "é\nçà\r\n\nz",
    ];
    let mut rng = XorShift(0x5DEE_CE66_D1CE_4E5B);
    let random = (0..200).map(|_| {
        (0..rng.below(12))
            .map(|_| ['a', '\n', '\r', 'é'][rng.below(4)])
            .collect::<String>()
    });
    for text in texts.into_iter().map(String::from).chain(random) {
        let index = LineIndex::new(&text);
        for number in 0..text.len() + 3 {
            let std = number.checked_sub(1).and_then(|n| text.lines().nth(n));
            assert_eq!(index.line(&text, number), std, "{text:?} line {number}");
        }
    }
}

#[test]
fn counting_on_from_an_earlier_place_gives_the_same_line_and_column() {
    let mut rng = XorShift(0x0DDB_A11D_5EED_F00D);
    for _ in 0..300 {
        let text: String = (0..rng.below(40))
            .map(|_| ['a', ' ', '\n', 'é', '\t'][rng.below(5)])
            .collect();
        let index = LineIndex::new(&text);
        for _ in 0..20 {
            let (earlier, offset) = (rng.below(text.len() + 2), rng.below(text.len() + 2));
            let at_earlier = index.line_col(&text, earlier);
            assert_eq!(
                index.line_col_from(&text, offset, (earlier, at_earlier)),
                index.line_col(&text, offset),
                "{text:?} from {earlier} to {offset}"
            );
        }
    }
}

#[test]
fn span_helpers() {
    let s = Span::new(2, 5);
    assert_eq!((s.len(), s.is_empty()), (3, false));
    assert!(s.contains(2) && s.contains(4) && !s.contains(5));
    assert_eq!(s.to(Span::new(7, 9)), Span::new(2, 9));
    assert_eq!(s.text("abcdefg"), "cde");
    assert_eq!(s.text("ab"), "");
    assert_eq!(Span::new(1, 2).text("é"), "");
    assert!(Span::empty(4).is_empty());
    assert_eq!(Span::new(3, 4).line_col("ab\ncd"), (2, 1));
}

#[test]
fn a_command_serializes_to_json() {
    let doc = parse("dsconfig create-a --set a:b --port 1\n");
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["commands"][0]["options"][0]["kind"], "set");
    assert_eq!(json["commands"][0]["options"][1]["kind"], "connection");
    assert_eq!(
        json["commands"][0]["options"][0]["property"]["property"],
        "a"
    );
}

// ---------------------------------------------------------------------------------------------
// The real corpus (skipped without it: syncmap-test-corpus says where it is looked for)

/// `(file name, text)` of every file in the corpus's repository folders, sorted; `None` when
/// the corpus is absent and the test is skipped (syncmap-test-corpus).
fn corpus_files() -> Option<Vec<(String, String)>> {
    let files: Vec<_> = syncmap_test_corpus::files()?
        .into_iter()
        .map(|f| (f.name, f.text))
        .collect();
    assert!(files.len() >= 28, "the corpus has {} files", files.len());
    Some(files)
}

/// A corpus file and its parse, or `None` without the corpus. The text lives as long as the
/// test process, so that the document can borrow it.
fn corpus_file(suffix: &str) -> Option<(&'static str, Document<'static>)> {
    let (_, text) = corpus_files()?
        .into_iter()
        .find(|(name, _)| name.ends_with(suffix))
        .unwrap_or_else(|| panic!("no corpus file ends with {suffix}"));
    let text: &'static str = Box::leak(text.into_boxed_str());
    Some((text, parse(text)))
}

fn count(doc: &Document, subcommand: &str) -> usize {
    doc.commands
        .iter()
        .filter(|c| c.subcommand_name() == Some(subcommand))
        .count()
}

/// Every property value set in a document, as `property:value` (`property<file`).
fn set_values(doc: &Document) -> Vec<String> {
    doc.commands
        .iter()
        .flat_map(|c| c.options())
        .filter_map(|o| o.property)
        .map(|p| {
            let sep = if p.from_file { '<' } else { ':' };
            format!("{}{sep}{}", p.property, p.value)
        })
        .collect()
}

#[test]
fn every_corpus_batch_file_parses_without_errors() {
    let Some(files) = corpus_files() else {
        return;
    };
    let mut batch_files = 0;
    for (name, text) in files {
        if !name.contains(".dsconfig") {
            continue;
        }
        batch_files += 1;
        let doc = parse(&text);
        let diagnostics: Vec<_> = doc
            .diagnostics
            .iter()
            .map(|d| {
                let (line, col) = line_col(&text, d.span.start());
                (d.code, line, col)
            })
            .collect();
        // The only odd things in these files are two trailing `\` before a blank line:
        // * pingone-sync-lab line 11: `set-external-server-prop --server-name ping-directory \`
        //   then a blank line, an incomplete command (SYNTAX_NOTES §2 "Dangling continuation");
        // * 30-azuread line 12: the last active option ends with `\` and the options after it
        //   are commented out, then a blank line (SYNTAX_NOTES §2 "Comment lines inside a
        //   continued command"). Ping ships it and it works; the `\` is still left over.
        let expected: &[(&str, usize, usize)] = if name.ends_with("pingone-sync-lab.dsconfig") {
            &[(codes::DANGLING_CONTINUATION, 11, 34)]
        } else if name.ends_with("30-azuread-to-pingone-sync-pipe.dsconfig.subst") {
            &[(codes::DANGLING_CONTINUATION, 12, 89)]
        } else {
            &[]
        };
        assert_eq!(diagnostics, expected, "{name}");
        assert!(!doc.has_errors(), "{name}");

        // Every command line that is not a comment is one command: `dsconfig` starts every
        // command in these files, and continuation lines never start with it.
        let dsconfig_lines = text
            .lines()
            .filter(|l| l.trim_start().starts_with("dsconfig "))
            .count();
        assert_eq!(doc.commands.len(), dsconfig_lines, "{name}");
        assert!(
            doc.commands.iter().all(|c| {
                c.program.as_ref().is_some_and(|p| p.text == "dsconfig") && c.subcommand.is_some()
            }),
            "{name}"
        );
        // No command holds a line break or a comment, and every word is on the source.
        for c in &doc.commands {
            for w in c.words().iter().chain(c.leading()) {
                assert!(!w.text.contains('\n'), "{name}: {w:?}");
                assert!(c.span.start() <= w.span.start() && w.span.end() <= c.span.end());
            }
        }
    }
    assert_eq!(batch_files, 27);
}

#[test]
fn the_shell_hook_is_refused_clearly() {
    let Some((text, doc)) = corpus_file("80-post-start.sh.post") else {
        return;
    };
    assert!(doc.has_errors());
    assert!(
        doc.errors()
            .all(|d| d.code == codes::NOT_A_DSCONFIG_COMMAND)
    );
    let realtime = doc
        .diagnostics
        .iter()
        .find(|d| {
            d.span
                .text(text)
                .starts_with("realtime-sync set-startpoint")
        })
        .expect("realtime-sync is reported");
    assert!(
        realtime
            .message
            .starts_with("not a dsconfig command: found `realtime-sync`")
    );
    assert_eq!(realtime.line_col(text), (32, 1));
    // Its one dsconfig command is read, `--no-prompt` last (no final newline).
    assert_eq!(doc.commands.len(), 1);
    let c = &doc.commands[0];
    assert_eq!(c.subcommand_name(), Some("set-sync-pipe-prop"));
    let last = c.options().last().unwrap();
    assert_eq!(
        (last.name.as_str(), last.kind),
        ("--no-prompt", OptionKind::Behaviour)
    );
    assert_eq!(set_values(&doc), ["started:true"]);
}

#[test]
fn corpus_azuread_to_pingone() {
    let Some((_, doc)) = corpus_file("30-azuread-to-pingone-sync-pipe.dsconfig.subst") else {
        return;
    };
    assert_eq!(count(&doc, "create-attribute-mapping"), 5);
    assert_eq!(count(&doc, "create-json-attribute"), 2);
    // The commented-out options (with the `'"'"'` trick) are not part of the source.
    let source = &doc.commands[0];
    assert_eq!(source.subcommand_name(), Some("create-sync-source"));
    assert_eq!(source.options_of(OptionKind::Set).count(), 4);
    assert!(!source.argv().iter().any(|w| w.contains("country")));
    let values = set_values(&doc);
    for expected in [
        "extension-argument:client-secret=${MS_AZURE_APP_REGISTRATION_CLIENT_SECRET}",
        "environment-id:${PING_ONE_ENVIRONMENT_ID}",
        "auth-url:https://auth.pingone.com/${PING_ONE_ENVIRONMENT_ID}/as/token",
        "value-pattern:{department} - {jobTitle}",
        "value-pattern:{{\"given\":\"{givenName:jsonEscape} \",\"family\":\"{surname:jsonEscape} \",\"formatted\":\"{displayName:jsonEscape} \"}}",
    ] {
        assert!(
            values.iter().any(|v| v == expected),
            "{expected} in {values:#?}"
        );
    }
}

#[test]
fn corpus_pingone_destination_has_five_active_mappings() {
    let Some((_, doc)) = corpus_file("20-pingone-destination.dsconfig") else {
        return;
    };
    // 6 in the text, one of them commented out (`#dsconfig create-attribute-mapping …`).
    assert_eq!(count(&doc, "create-attribute-mapping"), 5);
    let names: Vec<_> = doc
        .commands
        .iter()
        .filter(|c| c.subcommand_name() == Some("create-attribute-mapping"))
        .map(|c| c.option_value("--mapping-name").unwrap())
        .collect();
    assert!(!names.contains(&"primaryPhone"), "{names:?}");
    let values = set_values(&doc);
    assert!(
        values.contains(&"value-pattern:{{\"id\":\"[DEFAULT_POPULATION_ID]\"}}".to_owned()),
        "{values:#?}"
    );
}

#[test]
fn corpus_pingone_sync_lab() {
    let Some((_, doc)) = corpus_file("pingone-sync-lab.dsconfig") else {
        return;
    };
    assert_eq!(count(&doc, "create-attribute-mapping"), 6);
    let incomplete = doc
        .commands
        .iter()
        .find(|c| c.subcommand_name() == Some("set-external-server-prop"))
        .unwrap();
    assert_eq!(incomplete.option_count(), 1);
    assert_eq!(
        incomplete.option_value("--server-name"),
        Some("ping-directory")
    );
    let server = doc
        .commands
        .iter()
        .find(|c| c.subcommand_name() == Some("create-external-server"))
        .unwrap();
    let bind = server
        .options()
        .find_map(|o| o.property.filter(|p| p.property == "bind-dn"))
        .unwrap();
    assert_eq!(bind.value, "cn=Sync User,cn=Root DNs,cn=config");
    assert!(
        server
            .words()
            .iter()
            .any(|w| w.text == "bind-dn:cn=Sync User,cn=Root DNs,cn=config")
    );
    let values = set_values(&doc);
    for expected in [
        "include-filter:(objectClass=person)",
        "value-pattern:{uid}.{sn}@example.com",
        "retry-backoff-increase-by:100 ms",
        "destination-correlation-attributes:username",
        "destination-correlation-attributes:email",
    ] {
        assert!(values.iter().any(|v| v == expected), "{expected}");
    }
    // The trailing `resync` example is a comment.
    assert!(
        !doc.commands
            .iter()
            .flat_map(|c| c.argv())
            .any(|w| w == "resync")
    );
}

#[test]
fn corpus_password_read_from_a_file() {
    for suffix in [
        "baseline__pingdirectory__pd.profile__dsconfig__10-root-dns.dsconfig",
        "baseline__pingdirectoryproxy__pd.profile__dsconfig__20-external-server.dsconfig",
        "perf-testing__pingdatagovernance__pd.profile__dsconfig__00-config.dsconfig",
    ] {
        let Some((text, doc)) = corpus_file(suffix) else {
            return;
        };
        let p = doc
            .commands
            .iter()
            .flat_map(|c| c.options())
            .find_map(|o| o.property.filter(|p| p.from_file))
            .unwrap_or_else(|| panic!("{suffix}"));
        assert_eq!(
            (p.property, p.value),
            ("password", "${ROOT_USER_PASSWORD_FILE}")
        );
        assert_eq!(p.value_span.text(text), "${ROOT_USER_PASSWORD_FILE}");
    }
}

#[test]
fn corpus_simple_sync_profiles() {
    let Some((_, doc)) = corpus_file(
        "simple-sync__pingdatasync__pd.profile__dsconfig__20-sync-pipe-build.dsconfig.subst",
    ) else {
        return;
    };
    let values = set_values(&doc);
    for expected in [
        "from-dn-pattern:**,ou=source,${USER_BASE_DN}",
        "to-dn-pattern:{1},ou=destination,${USER_BASE_DN}",
        "change-detection-polling-interval:500 ms",
        "server-host-name:${PD_ENGINE_PRIVATE_HOSTNAME}",
    ] {
        assert!(
            values.iter().any(|v| v == expected),
            "{expected} in {values:#?}"
        );
    }
    // The 2020 revision has no blank lines between its commands.
    let Some((_, doc)) = corpus_file("20-sync-pipe-build.dsconfig.subst@d34f005") else {
        return;
    };
    assert_eq!(doc.commands.len(), 6);
    let Some((_, doc)) = corpus_file("10-log-publisher-sync.dsconfig") else {
        return;
    };
    let c = &doc.commands[0];
    assert_eq!(
        c.option_value("--publisher-name"),
        Some("File-Based Sync Logger")
    );
    assert_eq!(
        (
            c.options_of(OptionKind::Remove).count(),
            c.options_of(OptionKind::Add).count()
        ),
        (2, 3)
    );
}

#[test]
fn corpus_config_diff_output() {
    let Some((_, doc)) =
        corpus_file("perf-testing__pingdatagovernance__pd.profile__dsconfig__00-config.dsconfig")
    else {
        return;
    };
    let certificate = doc
        .commands
        .iter()
        .find(|c| c.subcommand_name() == Some("create-trusted-certificate"))
        .unwrap();
    assert_eq!(
        certificate.option_value("--certificate-name"),
        Some("My Cert")
    );
    let value = &property(certificate, 0).value;
    assert!(
        value.starts_with("-----BEGIN CERTIFICATE-----\\nMIIC6TCC"),
        "{value}"
    );
    assert!(value.ends_with("\\n-----END CERTIFICATE-----"), "{value}");
    assert!(!value.contains('\n'));
    // The ~30 KB single-quoted JSON keeps its `\"` sequences.
    let package = doc
        .commands
        .iter()
        .flat_map(|c| c.options())
        .find_map(|o| o.property.filter(|p| p.property == "deployment-package"))
        .unwrap();
    assert!(package.value.len() > 20_000);
    assert!(package.value.contains("\\\""));
    assert!(set_values(&doc).contains(&"cors-allowed-origins:*".to_owned()));
}

#[test]
fn corpus_indentation_oddities() {
    // One-space indented `dsconfig` lines.
    let Some((_, doc)) = corpus_file("33-ADRCache-CleanupClients.dsconfig") else {
        return;
    };
    assert_eq!(count(&doc, "create-sync-class"), 2);
    // A continuation line at column 0.
    let Some((_, doc)) = corpus_file("31-ADRCache-GetDataRecipientStatus.dsconfig") else {
        return;
    };
    assert!(
        set_values(&doc)
            .iter()
            .any(|v| v.starts_with("extension-argument:base-dn="))
    );
    // Two options on one continuation line.
    let Some((_, doc)) = corpus_file("11-pta-plugin-lab.dsconfig") else {
        return;
    };
    assert!(
        doc.commands
            .iter()
            .any(|c| c.option_value("--server-name").is_some())
    );
    assert!(set_values(&doc).contains(&"key-manager-provider:Null".to_owned()));
}

// ---------------------------------------------------------------------------------------------
// Robustness

use crate::test_support::XorShift;

const PIECES: &[&str] = &[
    "dsconfig",
    "bin/dsconfig",
    "$ ",
    "create-sync-pipe",
    "set-x-prop",
    "--set",
    "--add",
    "--remove",
    "--reset",
    "--type",
    "--pipe-name",
    "--no-prompt",
    "-n",
    "-h",
    "--port",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\\",
    "\\\n",
    " \\\n",
    "\\ \n",
    "'",
    "\"",
    "#",
    "\n#",
    "a:b",
    ":",
    "<",
    ">",
    "${A}",
    "$",
    "`",
    "é",
    "日本",
    "\u{0}",
    "\u{7f}",
    "x",
    "prop:\"v w\"",
    "'\"'\"'",
    "\n\n",
    "    ",
    "--",
    "-",
    "=",
    "\\\\",
    "\\\"",
    "\\'",
    "\u{1F600}",
];

fn hostile(rng: &mut XorShift) -> String {
    let n = rng.below(40);
    let mut text = String::new();
    for _ in 0..n {
        text.push_str(PIECES[rng.below(PIECES.len())]);
    }
    text
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start() <= span.end() && span.end() <= text.len(),
        "{what} {span:?} in {text:?}"
    );
    assert!(
        text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
        "{what} {span:?} in {text:?}"
    );
}

fn check_document(text: &str) {
    let doc = parse(text);
    let index = LineIndex::new(text);
    for d in &doc.diagnostics {
        check_span(text, d.span, d.code);
        let _ = index.line_col(text, d.span.start());
        assert!(!d.message.is_empty() && !d.message.ends_with('.'));
    }
    for c in &doc.commands {
        check_span(text, c.span, "command");
        let words = c
            .program
            .iter()
            .chain(c.leading())
            .chain(&c.subcommand)
            .chain(c.words());
        for w in words {
            check_span(text, w.span, "word");
            assert!(c.span.start() <= w.span.start() && w.span.end() <= c.span.end());
            assert!(!w.text.contains('\n'), "{w:?}");
        }
        for o in c.options() {
            check_span(text, o.name.span, "option");
            if let Some(p) = &o.property {
                check_span(text, p.property_span, "property");
                check_span(text, p.value_span, "value");
                let value = o.value.as_ref().unwrap();
                assert!(value.span.start() <= p.property_span.start());
                assert!(p.value_span.end() <= value.span.end());
                assert_eq!(
                    value.text,
                    format!(
                        "{}{}{}",
                        p.property,
                        if p.from_file { '<' } else { ':' },
                        p.value
                    )
                );
            }
        }
        assert_eq!(
            c.argv().len(),
            1 + c.leading().len() + usize::from(c.subcommand.is_some()) + c.words().len()
        );
    }
    let mut sorted = doc.diagnostics.clone();
    sorted.sort_by_key(|d| (d.span.start(), d.span.end()));
    assert_eq!(sorted, doc.diagnostics);
}

#[test]
fn hostile_input_never_panics_and_spans_stay_on_char_boundaries() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    for _ in 0..5_000 {
        check_document(&hostile(&mut rng));
    }
    // Prefixed with a real command start, so the option parsing is exercised too.
    for _ in 0..2_000 {
        check_document(&format!("dsconfig create-a {}", hostile(&mut rng)));
    }
    for text in [
        "\\",
        "'",
        "\"",
        "\\\\\\",
        "\u{0}",
        "\n\\",
        "\r",
        "'\\\n",
        "\"\\",
        "é\\",
        "dsconfig \\é",
    ] {
        check_document(text);
    }
}

#[test]
fn large_inputs_are_linear() {
    // Pathological shapes, each ~1 MB: a debug build would take minutes if anything were
    // quadratic.
    let inputs = [
        "'".repeat(1 << 20),
        "\\".repeat(1 << 20),
        "\\\n".repeat(1 << 19),
        "dsconfig create-a \\\n".repeat(1 << 15),
        "\"".repeat(1 << 20),
        format!("dsconfig create-a --set 'x:{}", "a\\\n".repeat(1 << 18)),
        "--set a:b\n".repeat(1 << 16),
        "x".repeat(1 << 20),
        " ".repeat(1 << 20),
        "#\n".repeat(1 << 19),
    ];
    for text in &inputs {
        check_document(text);
    }
}

// ---------------------------------------------------------------------------------------------
// argv compared with real bash

/// What bash passes to `dsconfig` for `line`, with globbing and brace expansion off (batch
/// files have neither); `None` when bash is not installed.
fn bash_argv(line: &str) -> Option<Vec<String>> {
    let script = format!("set -f +B\ndsconfig() {{ printf '%s\\0' dsconfig \"$@\"; }}\n{line}\n");
    let output = match std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("bash failed to start: {e}"),
    };
    assert!(
        output.status.success(),
        "bash: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("UTF-8 argv");
    Some(text.split_terminator('\0').map(str::to_owned).collect())
}

#[test]
fn argv_matches_bash_for_tricky_single_line_commands() {
    let lines = [
        r#"dsconfig create-sync-pipe --pipe-name "Users Basic" --set started:true"#,
        r#"dsconfig create-external-server --set bind-dn:"cn=Sync User,cn=Root DNs,cn=config""#,
        r#"dsconfig create-a --set 'a:b:'"c d"'e'"#,
        r#"dsconfig create-a --set 'extension-argument:filter=country eq '"'"'USA'"'"''"#,
        r#"dsconfig create-a --set "x:\"q\" \\ \$HOME \`c\`""#,
        r#"dsconfig create-a --set "x:\a\b\n\'""#,
        r#"dsconfig create-a --set 'x:\n\t\"\\'"#,
        r#"dsconfig create-a --set x:a\ b\ \ c --x-name \$HOME"#,
        r#"dsconfig create-a --set x:\"\'\\\é"#,
        "dsconfig\tcreate-a\t--set\t'a:\tb'  \t",
        r#"dsconfig create-a --set 'description:Grüße 日本 😀'"#,
        r#"dsconfig create-a --set value-pattern:{uid}.{sn}@example.com --set x:{a,b}"#,
        r#"dsconfig create-a --set 'value-pattern:{{"id":"[DEFAULT_POPULATION_ID]"}}'"#,
        r#"dsconfig create-a --set "shared-mutex-name:Mutex for 'a' and 'b'""#,
        r#"dsconfig create-a --set cors-allowed-origins:* --set 'f:**,ou=x,${USER_BASE_DN}'"#,
        r#"dsconfig --no-prompt -h localhost -p 1389 --bindDN "cn=Directory Manager" create-a --x-name y -n"#,
        r#"dsconfig create-a --set "a:"'b'"c"'d' --set a:b\\c --set "a:b\\""#,
        r#"dsconfig create-a --set x:a#b --set x:100%% --set "x:é\"é""#,
        r#""dsconfig" create-a --x-name '' --y-name "" --z-name ''"''""#,
        r#"dsconfig create-a --set 'x:'\''y' --set x:a=b,c=d --set x:-all-"#,
        r#"dsconfig create-a --set "x:a'b" --set 'x:a"b' --set x:a\'b"#,
        r#"  dsconfig   create-a   --set   x:y   "#,
        r#"dsconfig create-a --set "request-processor: entry-balancing-processor" --set "sync-source:LDAP-Groups ""#,
        r#"dsconfig create-a --set "search-filter-pattern:(|(cn=*%%*)(mail=%%*))" --set 'global-aci:(targetattr="*||+")(version 3.0; acl "a"; allow(read) userdn="ldap:///all";)'"#,
    ];
    let mut checked = 0;
    for line in lines {
        let doc = parse(line);
        assert_eq!(doc.commands.len(), 1, "{line}");
        assert!(!doc.has_errors(), "{line}: {:?}", doc.diagnostics);
        let Some(expected) = bash_argv(line) else {
            eprintln!("bash is not installed: skipping the bash cross-check");
            return;
        };
        assert_eq!(doc.commands[0].argv(), expected, "{line}");
        checked += 1;
    }
    assert_eq!(checked, lines.len());
}

#[test]
fn argv_matches_bash_for_continued_commands_outside_single_quotes() {
    let text = "dsconfig create-sync-pipe \\\n    --pipe-name \"P q\"  \\\n\t--set \"x:a\\\n  b\" \\\n    --set a:b\\\n--set c:d\n";
    let doc = parse(text);
    assert_eq!(doc.commands.len(), 1);
    let Some(expected) = bash_argv(text) else {
        eprintln!("bash is not installed: skipping the bash cross-check");
        return;
    };
    assert_eq!(doc.commands[0].argv(), expected);
}

// ---------------------------------------------------------------------------------------------
// Parts: a text cut at blank lines parses, part by part, as it does whole

/// The parts of `text` cover it in order, and parsing them one by one gives `parse(text)`.
fn check_parts(text: &str, wanted: usize) -> usize {
    let pieces = parts(text, wanted);
    assert!(
        !pieces.is_empty() && pieces.len() <= wanted.max(1),
        "{text:?}"
    );
    assert_eq!(pieces.iter().map(|p| p.len()).sum::<usize>(), text.len());
    let mut joined = Document::default();
    for part in &pieces {
        joined.append(part.parse());
    }
    assert_eq!(joined, parse(text), "{text:?} in {wanted} parts");
    pieces.len()
}

#[test]
fn parts_parse_as_the_whole_does() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut cut = 0;
    for _ in 0..5_000 {
        let text = hostile(&mut rng);
        cut += usize::from(check_parts(&text, 1 + rng.below(6)) > 1);
    }
    // Most texts have a blank line somewhere: the cuts were really exercised.
    assert!(cut > 1_000, "only {cut} texts were cut");
}

#[test]
fn corpus_files_parse_in_parts_as_they_do_whole() {
    let Some(files) = corpus_files() else {
        return;
    };
    for (_, text) in files {
        for wanted in 1..=5 {
            check_parts(&text, wanted);
        }
    }
}

#[test]
fn parts_start_after_blank_lines_and_a_text_without_one_stays_whole() {
    let text = "dsconfig a \\\n--set x:y\n\ndsconfig b\n \r\ndsconfig c\n";
    let pieces = parts(text, 3);
    let starts: Vec<&str> = pieces.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(
        starts,
        [
            "dsconfig a \\\n--set x:y\n\n",
            "dsconfig b\n \r\n",
            "dsconfig c\n"
        ]
    );
    // A blank line inside a continued command ends it, cut there or not.
    let dangling = "dsconfig a \\\n\n  --set x:y\n";
    assert_eq!(check_parts(dangling, 2), 2);
    assert_eq!(parts("dsconfig a\ndsconfig b\n", 4).len(), 1);
    assert_eq!(parts("", 4).len(), 1);
}

#[test]
fn spans_count_to_4_gib_and_larger_texts_are_refused_whole() {
    assert_eq!(Span::new(3, 9).start(), 3);
    assert_eq!(Span::new(3, 9).end(), 9);
    assert_eq!(Span::new(3, 9).len(), 6);
    assert_eq!(Span::new(MAX_TEXT, MAX_TEXT).end(), MAX_TEXT);
    assert!(too_large(MAX_TEXT).is_none());
    // A text one byte larger (which the test cannot afford to make) is one error at its start,
    // and no command. On 32-bit platforms no text is that large.
    if let Some(len) = MAX_TEXT.checked_add(1) {
        let refused = too_large(len).expect("too large");
        assert_eq!(refused.code, codes::TEXT_TOO_LARGE);
        assert_eq!(refused.severity, Severity::Error);
        assert_eq!(refused.span, Span::empty(0));
        assert!(
            refused.message.contains(&len.to_string()),
            "{}",
            refused.message
        );
        // Offsets past the limit are held at it, never wrapped round to small ones.
        assert_eq!(Span::new(len, len + 5).start(), MAX_TEXT);
    }
}
