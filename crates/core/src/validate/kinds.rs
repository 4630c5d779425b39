//! Endpoints of unknown kind: the rules that need the kind cannot run, and the checks say
//! which, at the field the admin must fill in, so that no summary reads "no problems" while
//! rules were skipped.

use crate::diagnostic::Diagnostic;
use std::sync::OnceLock;

use crate::rules::{self, Group};
use crate::scenario::Scenario;

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    // Said once per scenario of unknown kinds, and a lint of a file whose classes all name
    // pipes it does not create reads thousands: the text about the rules is made once.
    static SOURCE_SKIPS: OnceLock<String> = OnceLock::new();
    static DESTINATION_SKIPS: OnceLock<String> = OnceLock::new();
    let (source, destination) = (&scenario.source, &scenario.destination);
    if !source.kind.is_known()
        && !destination.kind.is_known()
        && source.name.trim().is_empty()
        && destination.name.trim().is_empty()
    {
        // A map no sync pipe in the files uses: one finding for the map, not one per end.
        out.push(
            Diagnostic::new(
                &rules::ENDPOINT_KIND_UNKNOWN,
                "/destination/kind",
                format!(
                    "no sync pipe says where this map's entries come from and go, so syncmap does \
                     not know what kind of system either end is, and {}",
                    DESTINATION_SKIPS.get_or_init(|| skipped_rules(rules::NEED_DESTINATION_KIND))
                ),
            )
            .hint("Choose the kinds of the sync source and destination"),
        );
        return;
    }
    if !scenario.source.kind.is_known() {
        out.push(unknown(
            "/source/kind",
            "sync source",
            &scenario.source.name,
            SOURCE_SKIPS.get_or_init(|| skipped_rules(rules::NEED_SOURCE_KIND)),
        ));
    }
    if !scenario.destination.kind.is_known() {
        out.push(unknown(
            "/destination/kind",
            "sync destination",
            &scenario.destination.name,
            DESTINATION_SKIPS.get_or_init(|| skipped_rules(rules::NEED_DESTINATION_KIND)),
        ));
    }
}

fn unknown(path: &str, what: &str, name: &str, skipped: &str) -> Diagnostic {
    let named = match name.trim() {
        "" => format!("the {what}"),
        name => format!("the {what} {name}"),
    };
    Diagnostic::new(
        &rules::ENDPOINT_KIND_UNKNOWN,
        path,
        format!("syncmap does not know what kind of system {named} is, so {skipped}"),
    )
    .hint(format!("Choose the kind of {named}"))
}

/// How many rules the groups hold in all, counted once each, and the groups' names: "27 rules
/// did not run: the password rules and PingOne's rules (...)".
fn skipped_rules(groups: &[Group]) -> String {
    // A few dozen rules: read through rather than sorted (a sort's code weighs on the first
    // load).
    let mut codes: Vec<&str> = Vec::new();
    for code in groups.iter().flat_map(|g| g.rules.iter().map(|r| r.code)) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let names: Vec<&str> = groups.iter().map(|g| g.name).collect();
    let names = match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    format!("{} rules did not run: {names}", codes.len())
}
