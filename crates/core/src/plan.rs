//! From a scenario to the dsconfig commands that build it, in the order they must run.

use crate::command::Command;
use crate::scenario::Scenario;
use crate::source::PasswordAttribute;

/// The commands for `scenario`: the attribute map, then its mappings. The password mapping is
/// left out where there is nothing to map (a PingOne source, or no attribute named yet);
/// validation says why.
pub fn commands(scenario: &Scenario) -> Vec<Command> {
    let map = scenario.attribute_map.as_str();
    let mut commands = vec![Command::new("create-attribute-map").opt("--map-name", map)];
    let attribute = scenario.password_attribute.as_str();
    let has_password = scenario.source.facts().password_attribute != PasswordAttribute::Unavailable;
    if has_password && !attribute.trim().is_empty() {
        commands.push(
            Command::new("create-attribute-mapping")
                .opt("--map-name", map)
                .opt("--mapping-name", "password")
                .opt("--type", "direct")
                .set("from-attribute", attribute),
        );
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceKind;

    #[test]
    fn password_mapping_follows_the_map() {
        let argv: Vec<_> = commands(&Scenario::default())
            .iter()
            .map(|c| c.argv().join(" "))
            .collect();
        assert_eq!(
            argv,
            [
                "dsconfig create-attribute-map --map-name PingDirectory_to_PingOne_User_Map",
                "dsconfig create-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map \
                 --mapping-name password --type direct --set from-attribute:userPassword",
            ]
        );
    }

    #[test]
    fn no_password_mapping_from_pingone_or_without_an_attribute() {
        assert_eq!(
            commands(&Scenario::for_source(SourceKind::PingOne)).len(),
            1
        );
        assert_eq!(commands(&Scenario::for_source(SourceKind::Rdbms)).len(), 1);
    }
}
