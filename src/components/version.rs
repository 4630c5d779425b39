//! The target version: a choice among the PingDataSync releases syncmap knows.
//!
//! The releases are the core's one list ([`RELEASES`]), newest first. A scenario from a
//! permalink, a saved session or a file can name another version: the select shows it as one
//! more choice, marked as not a release syncmap knows, and the checks report it beside the
//! field and in the list (rule `target-version-unsupported`) until a release is chosen. The
//! version is never replaced behind the admin's back.

use syncmap_core::Version;
use syncmap_core::version::RELEASES;
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::Edit;

use super::fields::{Choices, SelectInput};

/// The scenario field the select edits.
const PATH: &str = "/target_version";

/// The choices for a scenario that targets `current`, newest first: every known release, and
/// `current` in its place among them when it is not one, so that the select always shows the
/// scenario's own version.
pub fn choices(current: Version) -> Choices {
    let mut versions: Vec<Version> = RELEASES.to_vec();
    if !current.is_known() {
        let at = versions.partition_point(|v| *v > current);
        versions.insert(at, current);
    }
    versions
        .into_iter()
        .map(|version| {
            let value = AttrValue::from(version.to_string());
            let label = match version.is_known() {
                true => value.clone(),
                false => AttrValue::from(format!("{version} (not a release syncmap knows)")),
            };
            (value, label)
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct VersionSelectProps {
    /// The scenario's target version.
    pub version: Version,
}

#[function_component(VersionSelect)]
pub fn version_select(props: &VersionSelectProps) -> Html {
    let editor = use_editor();
    let onchange = Callback::from(move |value: String| editor.edit(Edit::text(PATH, value)));
    html! {
        <SelectInput path={PATH} label="Target PingDataSync version"
                     options={choices(props.version)}
                     selected={AttrValue::from(props.version.to_string())} {onchange}
                     help={AttrValue::from(
                         "The release the PingDataSync server runs (9.3.0.1 is release 9.3): \
                          property names differ between releases, and the commands follow the \
                          one chosen.")} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncmap_core::{presets, validate};

    #[test]
    fn a_known_version_offers_the_releases_newest_first() {
        let offered = choices(Version::DEFAULT);
        assert_eq!(offered.len(), RELEASES.len());
        let values: Vec<&str> = offered.iter().map(|(value, _)| value.as_str()).collect();
        assert_eq!(&values[..4], ["11.1", "11.0", "10.3", "10.2"]);
        assert_eq!(values.last(), Some(&"7.0"));
        assert!(offered.iter().all(|(value, label)| value == label));
    }

    #[test]
    fn an_unknown_version_is_offered_in_its_place_and_marked() {
        for (version, at) in [
            ("10.4", 2),
            ("12.0", 0),
            ("6.2", RELEASES.len()),
            ("7.1", 16),
        ] {
            let offered = choices(version.parse().unwrap());
            assert_eq!(offered.len(), RELEASES.len() + 1, "{version}");
            let (value, label) = &offered[at];
            assert_eq!(value.as_str(), version);
            assert_eq!(
                label.as_str(),
                format!("{version} (not a release syncmap knows)")
            );
            // The others are the releases, still newest first.
            let rest: Vec<Version> = offered
                .iter()
                .filter(|(v, _)| v.as_str() != version)
                .map(|(v, _)| v.parse().unwrap())
                .collect();
            assert_eq!(rest, RELEASES);
        }
    }

    #[test]
    fn choosing_a_release_clears_the_error_of_an_unknown_version() {
        let mut scenario = presets::all()[0].scenario();
        scenario.target_version = "10.4".parse().unwrap();
        let is_about_version = |d: &syncmap_core::Diagnostic| d.path == PATH;
        assert!(validate(&scenario).iter().any(is_about_version));
        let (value, _) = &choices(scenario.target_version)[0];
        let chosen = crate::edit::apply(&scenario, &Edit::text(PATH, value.as_str())).unwrap();
        assert_eq!(chosen.target_version, Version::NEWEST);
        assert!(!validate(&chosen).iter().any(is_about_version));
    }
}
