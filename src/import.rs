//! Reading files the admin brings: a dsconfig batch file into the editor (through the core's
//! parser and linter), or a scenario exported as JSON. Pure, so it is tested natively.

use syncmap_core::{Scenario, lint};

/// What a dsconfig file gave.
#[derive(Debug)]
pub struct DsconfigImport {
    /// The scenarios read from it: one per sync class with an attribute map, and one per
    /// attribute map no class uses.
    pub scenarios: Vec<Scenario>,
    /// What the message about the import says: commands read, what could not be read or
    /// imported.
    pub report: String,
}

/// Reads a dsconfig batch file called `name`.
pub fn dsconfig(name: &str, text: &str) -> DsconfigImport {
    let read = lint::read_scenarios(&[lint::Input { name, text }]);
    let mut message = format!(
        "Read {} dsconfig command{} from {name}",
        read.commands,
        plural(read.commands)
    );
    if read.unreadable > 0 {
        message.push_str(&format!(
            "; {} part{} could not be read as commands (syncmap lint shows where)",
            read.unreadable,
            plural(read.unreadable)
        ));
    }
    message.push('.');
    if read.scenarios.is_empty() {
        message.push_str(" It creates no attribute map, so there is nothing to edit here.");
    }
    if !read.not_imported.is_empty() {
        message.push_str(" Not imported: ");
        message.push_str(&read.not_imported.join("; "));
        if !message.ends_with('.') {
            message.push('.');
        }
    }
    // The editor never holds a real secret: it would show in the commands but not survive a
    // reload, a link or an export, which all redact it.
    let unknown = unknown_kinds(&read.scenarios);
    if !unknown.is_empty() {
        message.push_str(&format!(
            " The files do not say what kind of system {} {}: choose {} under Endpoints, \
             and the rules that need {} run.",
            unknown.join(" and "),
            if unknown.len() == 1 { "is" } else { "are" },
            if unknown.len() == 1 { "it" } else { "them" },
            if unknown.len() == 1 { "it" } else { "them" },
        ));
    }
    let redacted: Vec<Scenario> = read
        .scenarios
        .iter()
        .map(syncmap_core::permalink::without_secrets)
        .collect();
    if redacted != read.scenarios {
        message.push_str(&format!(
            " Passwords and client secrets found in the file are replaced by {}: put them in \
             before running the commands, or use a passphrase provider.",
            syncmap_core::permalink::REDACTED
        ));
    }
    DsconfigImport {
        scenarios: redacted,
        report: message,
    }
}

/// A scenario exported as JSON.
/// The endpoints of unknown kind in `scenarios`, each named once: "the sync source LDAP".
fn unknown_kinds(scenarios: &[Scenario]) -> Vec<String> {
    let mut named: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for scenario in scenarios {
        let endpoints = [
            (
                scenario.source.kind.is_known(),
                "sync source",
                &scenario.source.name,
            ),
            (
                scenario.destination.kind.is_known(),
                "sync destination",
                &scenario.destination.name,
            ),
        ];
        for (known, what, name) in endpoints {
            let text = match name.trim() {
                "" => format!("the {what} of the map {}", scenario.attribute_map.name),
                name => format!("the {what} {name}"),
            };
            if !known && seen.insert(text.clone()) {
                named.push(text);
            }
        }
    }
    named
}

pub fn scenario_json(text: &str) -> Result<Scenario, String> {
    crate::json::scenario_from_text(text)
        .map_err(|e| format!("This is not a syncmap scenario: {e}."))
}

/// The scenario as JSON, for export. Secrets that are not placeholders are redacted, as
/// everywhere the scenario leaves the page.
pub fn export_json(scenario: &Scenario) -> String {
    crate::json::scenario_to_text(&syncmap_core::permalink::without_secrets(scenario), true)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncmap_core::{Format, presets, render};

    #[test]
    fn a_rendered_preset_comes_back() {
        let scenario = presets::find("pingdirectory-to-pingone")
            .unwrap()
            .scenario();
        let text = render(&scenario, Format::Batch);
        let import = dsconfig("preset.dsconfig", &text);
        assert_eq!(import.scenarios.len(), 1, "{}", import.report);
        assert_eq!(
            import.scenarios[0].attribute_map, scenario.attribute_map,
            "{}",
            import.report
        );
        assert!(import.report.starts_with("Read "), "{}", import.report);
    }

    #[test]
    fn what_the_editor_cannot_hold_is_listed() {
        // Ping's PingOne lab: staging URLs, a class setting, retries, trust settings and debug
        // targets that the scenario does not model.
        let Some(corpus) = syncmap_test_corpus::dir() else {
            return;
        };
        let path = corpus.join(
            "pingidentity__pingidentity-server-profiles-playground/\
             austin-training__pingdatasync__labs__pingone-sync-lab.dsconfig",
        );
        let text = std::fs::read_to_string(path).unwrap();
        let import = dsconfig("lab.dsconfig", &text);
        assert_eq!(import.scenarios.len(), 1, "{}", import.report);
        for expected in [
            "api-url:https://api-staging.pingone.com/v1",
            "creates-as-modifies:true",
            "retry-backoff-increase-by",
            "create-debug-target commands",
            "replaced by <SECRET>",
        ] {
            assert!(
                import.report.contains(expected),
                "{expected} in {}",
                import.report
            );
        }
        // The lab's real server password does not reach the editor.
        let json = syncmap_core::scenario::to_json(&import.scenarios[0]);
        assert!(!json.contains("2FederateM0re"), "{json}");
    }

    #[test]
    fn endpoints_the_files_do_not_create_are_of_unknown_kind_and_the_message_says_so() {
        let text = "\
dsconfig create-sync-pipe --pipe-name LDAP_to_PingOne --set sync-source:LDAP --set sync-destination:PingOne
dsconfig create-attribute-map --map-name M
dsconfig create-attribute-mapping --map-name M --mapping-name username --type direct --set from-attribute:uid
dsconfig create-attribute-mapping --map-name M --mapping-name password --type direct --set from-attribute:userPassword
dsconfig create-sync-class --pipe-name LDAP_to_PingOne --class-name Users --set attribute-map:M
";
        let import = dsconfig("pasted.dsconfig", text);
        let scenario = &import.scenarios[0];
        assert_eq!(scenario.source.kind, syncmap_core::SourceKind::Unknown);
        assert_eq!(
            scenario.destination.kind,
            syncmap_core::DestinationKind::Unknown
        );
        assert!(
            import.report.contains(
                "The files do not say what kind of system the sync source LDAP and the sync \
                 destination PingOne are: choose them under Endpoints"
            ),
            "{}",
            import.report
        );
        let codes: Vec<&str> = syncmap_core::validate(scenario)
            .iter()
            .map(|d| d.code)
            .collect();
        assert_eq!(
            codes,
            ["endpoint-kind-unknown", "endpoint-kind-unknown"],
            "nothing else can be said until the kinds are chosen"
        );
    }

    #[test]
    fn a_file_without_a_map_says_so() {
        let import = dsconfig(
            "x.dsconfig",
            "dsconfig set-log-publisher-prop --publisher-name x --set enabled:true\n",
        );
        assert!(import.scenarios.is_empty());
        assert!(
            import.report.contains("no attribute map"),
            "{}",
            import.report
        );
    }

    #[test]
    fn json_round_trips_and_bad_json_is_explained() {
        let scenario = presets::all()[2].scenario();
        assert_eq!(scenario_json(&export_json(&scenario)).unwrap(), scenario);
        let error = scenario_json("{\"schema\": 1}").unwrap_err();
        assert!(error.contains("missing field"), "{error}");
    }
}
