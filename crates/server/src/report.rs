//! Diagnostics and inspections for people (standard error) and for programs (JSON).

use serde::Serialize;
use syncmap_core::Diagnostic;
use syncmap_core::inspect::Inspection;

/// Prints each diagnostic in a compiler-like layout:
///
/// ```text
/// error[password-from-pingone]: PingOne cannot be the source of a password mapping: ...
///   --> /source/kind
///   = hint: ...
///   = docs: https://...
/// ```
pub fn print_human(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{}", human(diagnostic));
    }
}

fn human(d: &Diagnostic) -> String {
    let mut text = format!(
        "{}[{}]: {}\n  --> {}\n",
        d.severity.as_str(),
        d.code,
        d.message,
        d.path
    );
    if let Some(hint) = &d.hint {
        text.push_str(&format!("  = hint: {hint}\n"));
    }
    text.push_str(&format!("  = docs: {}\n", d.doc_url));
    text
}

/// "2 errors, 1 warning, 0 notes".
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    syncmap_core::diagnostic::summary(diagnostics.iter().map(|d| d.severity))
}

/// `{"diagnostics": [...]}` and a line break: what `syncmap check --format json` prints and
/// `POST /api/v1/check` answers, byte for byte.
pub fn check_json(diagnostics: &[Diagnostic]) -> String {
    let mut text = json(diagnostics);
    text.push('\n');
    text
}

/// `{"diagnostics": [...]}`.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: &'a [Diagnostic],
    }
    serde_json::to_string_pretty(&Report { diagnostics })
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"))
}

/// An inspection as JSON and a line break: what `syncmap inspect-password --format json` prints
/// and `POST /api/v1/inspect-password` answers.
pub fn inspection_json(inspection: &Inspection) -> String {
    let mut text = serde_json::to_string_pretty(inspection)
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"));
    text.push('\n');
    text
}

/// Writes lint findings for programs (JSON or SARIF 2.1.0) and a line break to `out`: what
/// `syncmap lint --format json|sarif` prints and `POST /api/v1/lint` answers. `Ok(false)`, with
/// nothing written, for the human format, which only the command line writes (to standard
/// error).
pub fn write_lint_machine(
    report: &syncmap_core::lint::Report,
    inputs: &[syncmap_core::lint::Input<'_>],
    format: crate::cli::LintFormat,
    mut out: impl std::io::Write,
) -> std::io::Result<bool> {
    use syncmap_core::lint::output;
    match format {
        crate::cli::LintFormat::Human => return Ok(false),
        crate::cli::LintFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &output::json(report, inputs))?;
        }
        crate::cli::LintFormat::Sarif => {
            serde_json::to_writer_pretty(&mut out, &output::sarif(report, inputs))?;
        }
    }
    out.write_all(b"\n")?;
    Ok(true)
}

/// [`write_lint_machine`] into a string, for the API's answer. `None` for the human format.
pub fn lint_machine(
    report: &syncmap_core::lint::Report,
    inputs: &[syncmap_core::lint::Input<'_>],
    format: crate::cli::LintFormat,
) -> Option<String> {
    // About what a finding takes pretty-printed with its documentation URL: an answer of many
    // findings is written once rather than copied into ever larger buffers as it grows.
    const PER_FINDING: usize = 512;
    let mut bytes = Vec::with_capacity(4096 + report.findings.len().saturating_mul(PER_FINDING));
    match write_lint_machine(report, inputs, format, &mut bytes) {
        Ok(false) => None,
        // serde_json writes UTF-8, so the bytes become the answer as they are, without a copy.
        Ok(true) => Some(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ),
        Err(e) => Some(format!("{{\"error\":\"cannot write JSON: {e}\"}}\n")),
    }
}

/// A preset as pretty scenario JSON and a line break: what `syncmap presets --dump NAME` prints
/// and `GET /api/v1/presets/{name}` answers.
pub fn preset_json(name: &str) -> Result<String, String> {
    let scenario = preset(name)?;
    let mut text = serde_json::to_string_pretty(&scenario)
        .map_err(|e| format!("cannot write the preset as JSON: {e}"))?;
    text.push('\n');
    Ok(text)
}

/// The preset called `name`, or a message listing the presets there are.
pub fn preset(name: &str) -> Result<syncmap_core::Scenario, String> {
    syncmap_core::presets::find(name)
        .map(|p| p.scenario())
        .ok_or_else(|| {
            let names: Vec<_> = syncmap_core::presets::all()
                .iter()
                .map(|p| p.name)
                .collect();
            format!(
                "no preset named '{name}'; the presets are: {}",
                names.join(", ")
            )
        })
}

/// An inspection for people. Holds no part of the value itself.
pub fn inspection_human(inspection: &Inspection) -> String {
    let json = serde_json::to_value(inspection).unwrap_or_default();
    let field = |name: &str| {
        json.get(name)
            .and_then(|v| v.as_str())
            .unwrap_or("unknown")
            .to_owned()
    };
    let mut text = String::new();
    text.push_str(&format!(
        "scheme: {}\n",
        inspection
            .scheme
            .as_deref()
            .map_or("none (no {SCHEME} prefix)".to_owned(), |s| format!(
                "{{{s}}}"
            ))
    ));
    text.push_str(&format!(
        "known to PingDirectory: {}\n",
        if inspection.known_to_pingdirectory {
            "yes"
        } else {
            "no"
        }
    ));
    text.push_str(&format!("kind: {}\n", field("kind")));
    text.push_str(&format!(
        "PingOne accepts it pre-encoded: {}\n",
        field("pingone_pre_encoded")
    ));
    for finding in &inspection.findings {
        text.push_str(&format!(
            "{}[{}]: {}\n",
            finding.severity.as_str(),
            finding.code.as_str(),
            finding.message
        ));
    }
    text
}

/// The catalog for people: one block per object type, one line per property with the releases
/// that have it, then the pages that list it, grouped by page.
pub fn catalog_human(catalog: &syncmap_core::catalog::report::CatalogReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    match catalog.target_version {
        Some(version) => {
            let _ = writeln!(
                out,
                "What PingDataSync {version} has, as Ping's Configuration Reference pages show (\"unconfirmed\": no page on record says)."
            );
        }
        None => {
            let _ = writeln!(
                out,
                "What syncmap knows, release by release, as Ping's Configuration Reference pages show."
            );
        }
    }
    let _ = writeln!(
        out,
        "Pages: https://docs.ping.directory/<product>/<release>/config-guide/<page>. A wrong fact: see \"Reporting a wrong fact\" in README.md.\n"
    );
    for object in &catalog.objects {
        let naming: Vec<String> = object
            .naming
            .iter()
            .map(|flag| format!("{flag} NAME"))
            .collect();
        let command = if object.singleton {
            format!("set-{}-prop", object.name)
        } else {
            format!("create-{}", object.name)
        };
        let mut usage = [command].into_iter().chain(naming).collect::<Vec<_>>();
        if !object.types.is_empty() {
            usage.push("--type TYPE".into());
        }
        let _ = writeln!(
            out,
            "{} ({}, {} server): {}",
            object.name,
            object.label,
            object.server,
            usage.join(" ")
        );
        write_citations(&mut out, "  shown by", &object.evidence);
        for t in &object.types {
            write_citations(&mut out, &format!("  --type {}", t.name), &t.evidence);
        }
        if !object.not_found.is_empty() {
            let _ = writeln!(
                out,
                "  pages looked for and not found: {}",
                object.not_found.len()
            );
            write_pages(&mut out, "  not found", &object.not_found);
        }
        if !object.properties.is_empty() {
            out.push_str("  properties:\n");
        }
        for p in &object.properties {
            let mut span = format!("{} on", p.since);
            if let Some(until) = p.until {
                span = format!("{} up to {until} (not in {until})", p.since);
            }
            if let Some(from) = p.unconfirmed_from {
                span.push_str(&format!("; unconfirmed from {from}"));
            }
            let _ = write!(out, "    {}  {}", p.name, p.syntax);
            if p.multi {
                out.push_str("  (multi-valued");
                if !p.single_valued_on.is_empty() {
                    let _ = write!(out, "; one value on {}", p.single_valued_on.join(", "));
                }
                out.push(')');
            }
            if let Some(default) = p.default {
                let _ = write!(out, "  default {default}");
            }
            if !p.types.is_empty() {
                let _ = write!(out, "  [{}]", p.types.join(", "));
            }
            let _ = write!(out, "  {span}");
            if let Some(other) = p.renamed {
                let _ = write!(out, "; also {other}");
            }
            if let Some(presence) = p.presence {
                let _ = write!(out, "  {presence}");
            }
            if !p.confirmed {
                out.push_str("  UNCONFIRMED");
            }
            out.push('\n');
            write_pages(&mut out, "listed", &p.listed_in);
            write_pages(&mut out, "not listed", &p.not_listed_in);
            for note in &p.notes {
                let _ = writeln!(out, "        {}: {}", note.source, note.says);
            }
            for values in &p.values {
                let _ = writeln!(out, "        values, {}: {}", values.source, values.says);
            }
        }
        out.push('\n');
    }
    out.push_str("Rules: what each checks, how bad it is, and what the page it links states.\n");
    for rule in &catalog.rules {
        let _ = writeln!(out, "  {} ({}): {}", rule.code, rule.severity, rule.summary);
        let _ = writeln!(
            out,
            "      {}: {}",
            rule.evidence.source, rule.evidence.says
        );
    }
    out
}

fn write_citations(out: &mut String, head: &str, cited: &[syncmap_core::catalog::report::Cited]) {
    use std::fmt::Write as _;
    if cited.is_empty() {
        let _ = writeln!(out, "{head}: no evidence");
        return;
    }
    let _ = writeln!(out, "{head}:");
    for c in cited {
        let _ = writeln!(out, "      {} ({})", c.source, c.says);
    }
}

/// Page addresses grouped by page: `sync-pipe.html: 8.3.0.3 9.2.0.0 latest`.
fn write_pages(out: &mut String, head: &str, urls: &[String]) {
    use std::fmt::Write as _;
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for url in urls {
        let parts: Vec<&str> = url.rsplitn(4, '/').collect();
        // [file, "config-guide", release, "https://…/<product>"]
        let (file, release, product) = match parts.as_slice() {
            [file, _, release, rest] => {
                (*file, *release, rest.rsplit('/').next().unwrap_or_default())
            }
            _ => (url.as_str(), "", ""),
        };
        let key = format!("{product}/{file}");
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, releases)) => releases.push(release.to_owned()),
            None => groups.push((key, vec![release.to_owned()])),
        }
    }
    for (page, releases) in groups {
        let _ = writeln!(out, "        {head}: {page}: {}", releases.join(" "));
    }
}
