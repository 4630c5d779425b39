//! Change scripts: only the dsconfig commands that take the configuration one scenario's apply
//! script makes to the one another's makes.
//!
//! Both apply scripts are read as objects (see [`objects`]); then, in this order:
//! - objects whose `--type` changed are deleted (they are created again below): dsconfig
//!   changes no object's type;
//! - new objects are created as the new apply script creates them, in its order;
//! - objects in both are changed with one `set-…-prop` each, as the new script names it;
//! - objects no longer there are deleted, in the reverse of the old script's order, so what
//!   refers to an object is changed or deleted before it. An object renamed is one created
//!   under its new name and one deleted: PingDataSync has no rename.
//!
//! Facts: dsconfig's `set-…-prop` takes `--set`, `--add` and `--remove`, and `delete-…` takes
//! the naming arguments ([`crate::docs::DSCONFIG_USAGE`], [`crate::docs::DSCONFIG_ADD_VALUE`]).

use crate::catalog::{self, ObjectType};
use crate::command::{Builder, Command};
use crate::plan::{self, Script};
use crate::scenario::Scenario;
use crate::version::Version;

mod objects;
mod values;

use objects::Object;
pub(crate) use objects::is_below;
use values::Edit;

/// What a group of a change script's commands does. Titles are fixed text: they become
/// comments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step<'a> {
    /// What the commands do.
    pub title: &'static str,
    /// Why, when there is more to say: fixed text too.
    pub note: Option<&'static str>,
    /// What the step means for a pipe that is running, when the pages say something of it.
    pub running: Option<&'static Running>,
    /// The commands, in order.
    pub commands: Vec<Command<'a>>,
}

/// What a change means for a sync pipe that is running, and the pages it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Running {
    /// What to know, in a sentence or two.
    pub text: &'static str,
    /// Whether a page states it; otherwise it is inferred, said as such, never an instruction.
    pub confirmed: bool,
    /// The pages.
    pub pages: &'static [&'static str],
}

/// Mappings act on the changes detected after them: PingDataSync maps each change when it
/// detects it ([`crate::docs::SYNC_FLOW`]); that entries synchronized earlier keep their old
/// values until resynced is inferred from that, which no page says in so many words.
pub const MAPPINGS_ON_NEW_CHANGES: Running = Running {
    text: "PingDataSync maps each change when it detects it, so entries it synchronized before \
           this change may keep the values the old mappings gave them until they change at the \
           source or are resynced. Check one entry with a dry-run resync \
           (resync --pipe-name PIPE --sourceSearchFilter FILTER --dry-run --logLevel debug, as \
           the runbook's step shows) before resyncing.",
    confirmed: false,
    pages: &[crate::docs::SYNC_FLOW, crate::docs::TEST_ATTRIBUTE_DN_MAPS],
};

/// Whether a command on `object` changes how entries are mapped: the attribute map and its
/// mappings, DN maps, the sync class and its JSON attributes.
fn changes_mapping(object: &ObjectType) -> bool {
    use crate::catalog::objects::*;
    [
        &ATTRIBUTE_MAP,
        &ATTRIBUTE_MAPPING,
        &JSON_ATTRIBUTE_MAPPING_FIELD,
        &DN_MAP,
        &SYNC_CLASS,
        &JSON_ATTRIBUTE,
    ]
    .iter()
    .any(|o| o.name == object.name)
}

/// The steps from `before` to `after`, each with commands; none when the two make the same
/// configuration.
pub fn steps<'a>(before: &'a Scenario, after: &'a Scenario) -> Vec<Step<'a>> {
    let v = after.target_version;
    let old = objects::objects(plan::commands(before, Script::Apply), before.target_version);
    let new = objects::objects(plan::commands(after, Script::Apply), v);

    // Objects whose type changed, and what is below them: deleted, then created again.
    let retyped: Vec<&Object<'_>> = new
        .list
        .iter()
        .filter_map(|o| {
            old.find(o)
                .filter(|b| b.created && b.type_name != o.type_name)
        })
        .collect();
    let recreated = |o: &Object<'_>| {
        retyped.iter().any(|r| {
            (r.object.name == o.object.name && r.names == o.names)
                || is_below(o.object, &o.names, r.object, &r.names)
        })
    };

    let retype_deletes: Vec<Command<'a>> = old
        .list
        .iter()
        .rev()
        .filter(|o| o.created && recreated(o))
        .map(|o| delete(o, v))
        .collect();

    // New objects (and those created again): their commands as the new script writes them,
    // in its order.
    let mut creates: Vec<(usize, Command<'a>)> = new
        .list
        .iter()
        .filter(|o| old.find(o).is_none_or(|b| !b.created && o.created) || recreated(o))
        .flat_map(|o| o.commands.iter().cloned())
        .collect();
    creates.sort_by_key(|(at, _)| *at);

    let changes: Vec<Command<'a>> = new
        .list
        .iter()
        .filter(|o| !recreated(o))
        .filter_map(|o| old.find(o).map(|b| (b, o)))
        .filter_map(|(b, o)| change(b, o, v))
        .collect();

    let deletes: Vec<Command<'a>> = old
        .list
        .iter()
        .rev()
        .filter(|o| new.find(o).is_none())
        .map(|o| {
            if o.created {
                delete(o, v)
            } else {
                reset_all(o, v)
            }
        })
        .collect();

    let steps = vec![
        Step {
            title: "Objects whose type changes: deleted, to be created again",
            note: Some(
                "dsconfig changes no object's --type: the object is deleted here and created \
                 with its new type below.",
            ),
            running: None,
            commands: retype_deletes,
        },
        Step {
            title: "New objects",
            note: None,
            running: None,
            commands: creates.into_iter().map(|(_, c)| c).collect(),
        },
        Step {
            title: "Changed properties",
            note: None,
            running: None,
            commands: changes,
        },
        Step {
            title: "Objects no longer in the configuration",
            note: Some(
                "Deleted last, in reverse order, so that what refers to them is changed or \
                 deleted first. A renamed object is created under its new name above and its \
                 old name deleted here: PingDataSync has no rename.",
            ),
            running: None,
            commands: deletes,
        },
    ];
    let globals = plan::connection_options(&after.connection);
    steps
        .into_iter()
        .filter(|s| !s.commands.is_empty())
        .map(|mut s| {
            for command in &mut s.commands {
                command.globals = globals.clone();
            }
            if s.commands
                .iter()
                .any(|c| c.object.is_some_and(changes_mapping))
            {
                s.running = Some(&MAPPINGS_ON_NEW_CHANGES);
            }
            s
        })
        .collect()
}

/// The commands from `before` to `after`, in order: empty when nothing changes.
pub fn plan<'a>(before: &'a Scenario, after: &'a Scenario) -> Vec<Command<'a>> {
    steps(before, after)
        .into_iter()
        .flat_map(|s| s.commands)
        .collect()
}

/// The commands that undo [`plan`]`(before, after)`: from `after` back to `before`.
pub fn reverse<'a>(before: &'a Scenario, after: &'a Scenario) -> Vec<Command<'a>> {
    plan(after, before)
}

fn delete<'a>(object: &Object<'a>, v: Version) -> Command<'a> {
    Builder::delete_named(object.object, v, object.names.iter().cloned()).build()
}

/// A singleton the new configuration no longer sets: each of its properties back to default.
fn reset_all<'a>(object: &Object<'a>, v: Version) -> Command<'a> {
    let mut builder = Builder::set_prop_named(object.object, v, object.names.iter().cloned());
    for (property, _) in &object.props {
        builder = builder.reset(property.name);
    }
    builder.build()
}

/// The `set-…-prop` command that takes `before` to `after`, one object under both, named as
/// `after`'s commands name it; `None` when nothing changed.
fn change<'a>(before: &Object<'a>, after: &Object<'a>, v: Version) -> Option<Command<'a>> {
    let object: &'static ObjectType = after.object;
    let mut builder = Builder::set_prop_named(object, v, after.names.iter().cloned());
    let mut changed = false;
    let type_name = after.type_name.as_deref();
    for (property, values) in &after.props {
        let old: &[_] = before.values(property).unwrap_or(&[]);
        let multi =
            catalog::is_multi_for(object, property, type_name) || values.len() > 1 || old.len() > 1;
        if !multi {
            if old != values.as_slice() {
                builder = builder.set(property.name, &values[0]);
                changed = true;
            }
            continue;
        }
        for edit in values::edits(old, values) {
            changed = true;
            builder = match edit {
                Edit::Reset => builder.reset(property.name),
                Edit::Remove(value) => builder.remove(property.name, value),
                Edit::Add(value) => builder.add(property.name, value),
            };
        }
    }
    for (property, _) in &before.props {
        if !after.props.iter().any(|(p, _)| p.is_same_setting(property)) {
            builder = builder.reset(property.name);
            changed = true;
        }
    }
    changed.then(|| builder.build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Mapping;

    fn lines(commands: &[Command<'_>]) -> Vec<String> {
        commands.iter().map(|c| c.argv().join(" ")).collect()
    }

    fn preset() -> Scenario {
        crate::presets::find("pingdirectory-to-pingone")
            .expect("the preset")
            .scenario()
    }

    #[test]
    fn a_new_type_is_a_delete_before_the_create() {
        let before = preset();
        let mut after = before.clone();
        let mapping = after
            .attribute_map
            .mappings
            .iter_mut()
            .find(|m| m.to() == "username")
            .expect("a username mapping");
        *mapping = Mapping::Constructed {
            to: "username".into(),
            value_patterns: vec!["{uid}".into()],
            conditional_value_patterns: Vec::new(),
        };
        let steps = steps(&before, &after);
        assert_eq!(steps.len(), 2, "{steps:#?}");
        assert!(steps[0].note.is_some_and(|n| n.contains("--type")));
        let map = &before.attribute_map.name;
        assert_eq!(
            lines(&plan(&before, &after)),
            [
                format!(
                    "dsconfig delete-attribute-mapping --map-name {map} --mapping-name username"
                ),
                format!(
                    "dsconfig create-attribute-mapping --map-name {map} --mapping-name username \
                     --type constructed --set value-pattern:{{uid}}"
                ),
            ]
        );
    }

    #[test]
    fn a_renamed_pipe_is_created_first_and_deleted_last() {
        let before = preset();
        let mut after = before.clone();
        if let Some(pipe) = &mut after.sync_pipe {
            pipe.name = "New Pipe".into();
        }
        let lines = lines(&plan(&before, &after));
        let first = |prefix: &str| lines.iter().position(|l| l.starts_with(prefix));
        let created = first("dsconfig create-sync-pipe --pipe-name New Pipe").expect("created");
        let deleted = first("dsconfig delete-sync-pipe").expect("deleted");
        let class_deleted = first("dsconfig delete-sync-class").expect("class deleted");
        assert!(
            created < class_deleted && class_deleted < deleted,
            "{lines:#?}"
        );
        assert_eq!(deleted, lines.len() - 1, "{lines:#?}");
        assert!(lines.iter().all(|l| !l.contains("set-")), "{lines:#?}");
    }

    #[test]
    fn a_property_no_longer_set_is_reset_and_names_follow_the_new_version() {
        let before = preset();
        let mut after = before.clone();
        if let Some(env) = &mut after.destination.ping_one {
            env.default_population_id = None;
        }
        assert_eq!(
            lines(&plan(&before, &after)),
            [
                "dsconfig set-sync-destination-prop --destination-name PingOne \
              --reset default-population-id"
            ]
        );
        // 7.0 names the PingOne settings with a prefix: a changed one is set under that name.
        let mut old = before.clone();
        old.target_version = Version::new(7, 0);
        let mut changed = old.clone();
        if let Some(env) = &mut changed.destination.ping_one {
            env.environment_id = "other".into();
        }
        let text = lines(&plan(&before, &changed)).join("\n");
        assert!(
            text.contains("--set ping-one-environment-id:other"),
            "{text}"
        );
        assert!(!text.contains("--set environment-id:"), "{text}");
    }
}
