//! Edits to the scenario, addressed by JSON pointer.
//!
//! A field in the editor is known by one JSON pointer, the same one validation puts in the
//! diagnostics about it. The field writes through that pointer, the diagnostics find the field
//! by it, and choosing a diagnostic focuses the element whose id comes from it ([`dom_id`]). An
//! edit goes through the scenario's serde form, so whatever the editor writes is checked by the
//! same deserializer as an imported file: a refused edit leaves the scenario as it was and says
//! why.

use serde_json::Value;
use syncmap_core::Scenario;
use syncmap_core::scenario::{JsonField, Mapping, from_value, to_json};

/// One change to the scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Puts `value` at `path`, replacing what is there. The parent must exist; an object member
    /// that serde left out (an empty list, an absent option) is added.
    Set { path: String, value: Value },
    /// Inserts `value` into the array at `path`, before `index` (at the end when `index` is its
    /// length).
    Insert {
        path: String,
        index: usize,
        value: Value,
    },
    /// Removes the array element or the object member at `path`.
    Remove { path: String },
    /// Moves the element at `from` of the array at `path` to `to`.
    Move {
        path: String,
        from: usize,
        to: usize,
    },
}

impl Edit {
    /// Sets a text field.
    pub fn text(path: impl Into<String>, value: impl Into<String>) -> Edit {
        Edit::Set {
            path: path.into(),
            value: Value::String(value.into()),
        }
    }

    /// Sets an optional text field: empty text means "not set".
    pub fn optional_text(path: impl Into<String>, value: &str) -> Edit {
        let value = match value.trim() {
            "" => Value::Null,
            _ => Value::String(value.to_owned()),
        };
        Edit::Set {
            path: path.into(),
            value,
        }
    }

    /// Sets a list of texts from one line each, skipping blank lines.
    pub fn lines(path: impl Into<String>, text: &str) -> Edit {
        let items = lines_of(text).into_iter().map(Value::String).collect();
        Edit::Set {
            path: path.into(),
            value: Value::Array(items),
        }
    }

    /// The pointer the edit concerns, for messages.
    pub fn path(&self) -> &str {
        match self {
            Edit::Set { path, .. }
            | Edit::Insert { path, .. }
            | Edit::Remove { path }
            | Edit::Move { path, .. } => path,
        }
    }
}

/// The scenario with `edit` applied, or why it cannot be.
pub fn apply(scenario: &Scenario, edit: &Edit) -> Result<Scenario, String> {
    // Through the text form: see `syncmap_core::scenario::to_json`.
    let mut tree: Value = serde_json::from_str(&to_json(scenario)).map_err(|e| e.to_string())?;
    change(&mut tree, edit).map_err(|reason| format!("{}: {reason}", edit.path()))?;
    from_value(&tree).map_err(|e| format!("{}: {e}", edit.path()))
}

fn change(tree: &mut Value, edit: &Edit) -> Result<(), String> {
    match edit {
        Edit::Set { path, value } => {
            let (parent, last) = split(path)?;
            match parent_of(tree, parent)? {
                Value::Object(members) => {
                    members.insert(last, value.clone());
                }
                Value::Array(items) => {
                    let slot = index(&last, items.len())
                        .and_then(|i| items.get_mut(i))
                        .ok_or("no such element")?;
                    *slot = value.clone();
                }
                _ => return Err("not inside an object or a list".into()),
            }
        }
        Edit::Insert { path, index, value } => {
            let items = array_at(tree, path)?;
            if *index > items.len() {
                return Err(format!("position {index} is past the end"));
            }
            items.insert(*index, value.clone());
        }
        Edit::Remove { path } => {
            let (parent, last) = split(path)?;
            match parent_of(tree, parent)? {
                Value::Object(members) => {
                    members.remove(&last);
                }
                Value::Array(items) => {
                    let i = index(&last, items.len()).ok_or("no such element")?;
                    items.remove(i);
                }
                _ => return Err("not inside an object or a list".into()),
            }
        }
        Edit::Move { path, from, to } => {
            let items = array_at(tree, path)?;
            if *from >= items.len() || *to >= items.len() {
                return Err("no such element".into());
            }
            let item = items.remove(*from);
            items.insert(*to, item);
        }
    }
    Ok(())
}

/// `/a/b/c` as (`/a/b`, `c`), with the `~1` and `~0` escapes of RFC 6901 undone.
fn split(path: &str) -> Result<(&str, String), String> {
    let (parent, last) = path.rsplit_once('/').ok_or("a field path starts with /")?;
    Ok((parent, last.replace("~1", "/").replace("~0", "~")))
}

fn parent_of<'a>(tree: &'a mut Value, parent: &str) -> Result<&'a mut Value, String> {
    tree.pointer_mut(parent)
        .ok_or_else(|| format!("{parent} does not exist"))
}

fn array_at<'a>(tree: &'a mut Value, path: &str) -> Result<&'a mut Vec<Value>, String> {
    // A list serde skipped because it was empty is an empty list.
    if tree.pointer(path).is_none() {
        let (parent, last) = split(path)?;
        if let Value::Object(members) = parent_of(tree, parent)? {
            members.insert(last, Value::Array(Vec::new()));
        }
    }
    match tree.pointer_mut(path) {
        Some(Value::Array(items)) => Ok(items),
        _ => Err("not a list".into()),
    }
}

fn index(token: &str, len: usize) -> Option<usize> {
    token.parse().ok().filter(|i| *i < len)
}

/// The id of the element that edits the field at `path`. Diagnostics use it to move focus to
/// their field.
pub fn dom_id(path: &str) -> String {
    let mut id = String::with_capacity(path.len() + 6);
    id.push_str("field");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() || c == '_' {
            c
        } else {
            '-'
        });
    }
    id
}

/// The non-blank lines of a multi-line field: the items of the list it edits.
pub fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// `mapping` turned into a mapping of type `kind`, keeping its destination attribute and, where
/// the new type has one, its source attribute.
pub fn retype(mapping: &Mapping, kind: &str) -> Mapping {
    let to = mapping.to().to_owned();
    let from = match mapping {
        Mapping::Direct { from, .. } | Mapping::Dn { from, .. } => from.clone(),
        Mapping::Constructed { .. } | Mapping::Json { .. } => String::new(),
    };
    match kind {
        "constructed" => Mapping::Constructed {
            to,
            value_patterns: match from.is_empty() {
                true => vec![String::new()],
                false => vec![format!("{{{from}}}")],
            },
            conditional_value_patterns: Vec::new(),
        },
        "dn" => Mapping::Dn {
            to,
            from,
            dn_maps: Vec::new(),
        },
        "json" => Mapping::Json {
            to,
            fields: vec![JsonField {
                name: String::new(),
                from: (!from.is_empty()).then_some(from),
                value_pattern: None,
                json_type: "string".into(),
            }],
        },
        _ => Mapping::Direct { to, from },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use syncmap_core::presets;

    fn scenario() -> Scenario {
        presets::find("pingdirectory-to-pingone")
            .unwrap()
            .scenario()
    }

    #[test]
    fn sets_a_field_by_its_pointer() {
        let next = apply(&scenario(), &Edit::text("/attribute_map/name", "Users")).unwrap();
        assert_eq!(next.attribute_map.name, "Users");
    }

    #[test]
    fn sets_a_field_serde_left_out() {
        let mut start = scenario();
        start.password.storage_scheme = None;
        let edit = Edit::optional_text("/password/storage_scheme", "salted-sha256");
        let next = apply(&start, &edit).unwrap();
        assert_eq!(
            next.password.storage_scheme.as_deref(),
            Some("salted-sha256")
        );
        let cleared = apply(&next, &Edit::optional_text("/password/storage_scheme", " ")).unwrap();
        assert_eq!(cleared.password.storage_scheme, None);
    }

    #[test]
    fn inserts_removes_and_moves_mappings() {
        let start = scenario();
        let count = start.attribute_map.mappings.len();
        let added = apply(
            &start,
            &Edit::Insert {
                path: "/attribute_map/mappings".into(),
                index: count,
                value: json!({"type": "direct", "to": "title", "from": "title"}),
            },
        )
        .unwrap();
        assert_eq!(added.attribute_map.mappings.len(), count + 1);
        assert_eq!(added.attribute_map.mappings[count].to(), "title");

        let moved = apply(
            &added,
            &Edit::Move {
                path: "/attribute_map/mappings".into(),
                from: count,
                to: 0,
            },
        )
        .unwrap();
        assert_eq!(moved.attribute_map.mappings[0].to(), "title");
        assert_eq!(
            moved.attribute_map.mappings[1],
            start.attribute_map.mappings[0]
        );

        let removed = apply(
            &moved,
            &Edit::Remove {
                path: "/attribute_map/mappings/0".into(),
            },
        )
        .unwrap();
        assert_eq!(removed, start);
    }

    #[test]
    fn a_refused_edit_names_the_field_and_the_reason() {
        let start = scenario();
        let error = apply(&start, &Edit::text("/target_version", "nine")).unwrap_err();
        assert!(error.starts_with("/target_version: "), "{error}");
        assert!(error.contains("expected major.minor"), "{error}");

        let error = apply(&start, &Edit::text("/nowhere/deep", "x")).unwrap_err();
        assert!(error.contains("/nowhere does not exist"), "{error}");

        let error = apply(
            &start,
            &Edit::Move {
                path: "/attribute_map/mappings".into(),
                from: 0,
                to: 999,
            },
        )
        .unwrap_err();
        assert!(error.contains("no such element"), "{error}");
    }

    #[test]
    fn lines_become_a_list_without_blank_lines() {
        let edit = Edit::lines("/x", "ou=People,dc=example,dc=com\n\n  \nou=Staff\n");
        assert_eq!(
            edit,
            Edit::Set {
                path: "/x".into(),
                value: json!(["ou=People,dc=example,dc=com", "ou=Staff"])
            }
        );
    }

    #[test]
    fn dom_ids_are_unique_per_path_and_valid() {
        assert_eq!(
            dom_id("/attribute_map/mappings/3/from"),
            "field-attribute_map-mappings-3-from"
        );
        assert_ne!(dom_id("/a/1"), dom_id("/a/10"));
        assert!(!dom_id("/x y\"<").contains([' ', '"', '<']));
    }

    #[test]
    fn retyping_keeps_what_carries_over() {
        let direct = Mapping::Direct {
            to: "username".into(),
            from: "uid".into(),
        };
        for kind in Mapping::TYPES {
            let mapping = retype(&direct, kind);
            assert_eq!(mapping.type_name(), kind);
            assert_eq!(mapping.to(), "username");
        }
        assert_eq!(
            retype(&direct, "constructed"),
            Mapping::Constructed {
                to: "username".into(),
                value_patterns: vec!["{uid}".into()],
                conditional_value_patterns: vec![],
            }
        );
        assert_eq!(retype(&retype(&direct, "dn"), "direct"), direct);
    }
}
