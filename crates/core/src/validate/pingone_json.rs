//! Mappings to PingOne's JSON-valued attributes (`name`, `address`, `population`, `photo`).
//!
//! A direct mapping copies the source value unchanged: fine from a source attribute that holds
//! JSON, wrong from one that holds a string (release notes 9.0.0.1). Without a json-attribute
//! for the attribute on the sync class, the value a mapping builds replaces the whole value,
//! so the fields it does not write are lost ("About attribute mappings": a JSON attribute
//! object is needed to preserve existing fields), which matters only for a mapping that writes
//! some of the fields.

use crate::diagnostic::Diagnostic;
use crate::endpoint::SourceKind;
use crate::ldap;
use crate::pattern::{conditional, value_pattern};
use crate::pingone::{self, UserAttribute};
use crate::rules;
use crate::scenario::{Mapping, Scenario};

use super::{Names, Rules, mapping_path};

/// What syncmap knows of whether a source attribute holds JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SourceValue {
    Json,
    NotJson,
    Unknown,
}

/// Whether `from`, read by a direct mapping from a source of `kind`, holds JSON: a PingOne
/// source's attributes are PingOne's, whose JSON-valued ones syncmap knows; the common LDAP and
/// Active Directory user attributes hold strings, DNs or binary values; of any other attribute
/// (a custom one, a database column) syncmap knows nothing.
pub(crate) fn source_value(kind: SourceKind, from: &str) -> SourceValue {
    // Options (`userPassword;binary`) do not change what the attribute holds.
    let base = from.split(';').next().unwrap_or_default().trim();
    if kind == SourceKind::PingOne {
        return match pingone::attribute(base) {
            Some(attribute) if !attribute.json_fields.is_empty() => SourceValue::Json,
            Some(_) => SourceValue::NotJson,
            None => SourceValue::Unknown,
        };
    }
    let common = ldap::COMMON_USER_ATTRIBUTES.iter().any(|known| {
        known
            .split(';')
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case(base))
    });
    if common {
        SourceValue::NotJson
    } else {
        SourceValue::Unknown
    }
}

/// The fields of a JSON object `mapping` writes, where syncmap can tell: a json mapping's
/// fields, or those of the objects a constructed mapping's patterns build. `None` for a direct
/// or DN mapping (it copies a whole value), for a mapping with nothing in it, and for a pattern
/// that builds no JSON object: their own rules report those.
pub(crate) fn fields_written(mapping: &Mapping) -> Option<Vec<String>> {
    match mapping {
        Mapping::Json { fields, .. } if !fields.is_empty() => {
            Some(fields.iter().map(|f| f.name.clone()).collect())
        }
        Mapping::Constructed {
            value_patterns,
            conditional_value_patterns,
            ..
        } if !(value_patterns.is_empty() && conditional_value_patterns.is_empty()) => {
            let mut written: Vec<String> = Vec::new();
            for text in value_patterns {
                written.extend(value_pattern::json_object_fields(text)?);
            }
            for text in conditional_value_patterns {
                let parsed = conditional::parse(text);
                if parsed.has_errors() {
                    return None;
                }
                written.extend(parsed.value?.pattern.json_object_fields()?);
            }
            Some(written)
        }
        _ => None,
    }
}

/// The fields of `attribute` that `mapping` does not write, when it writes some of them.
fn fields_left(attribute: &UserAttribute, mapping: &Mapping) -> Vec<&'static str> {
    let Some(written) = fields_written(mapping) else {
        return Vec::new();
    };
    attribute
        .json_fields
        .iter()
        .copied()
        .filter(|field| !written.iter().any(|w| w == field))
        .collect()
}

/// The first mapping to each JSON-valued PingOne attribute (a second is a duplicate, which its
/// own rule reports): whether it may copy a value directly (a rule of the map and the source,
/// checked with the endpoints' rules), and whether the class keeps the fields it does not
/// write (a rule of the class).
pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>, rules: Rules) {
    let json_attributes = scenario
        .sync_pipe
        .as_ref()
        .map(|pipe| Names::new(&pipe.class.json_attributes));
    let mut seen: Vec<&str> = Vec::new();
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        let Some(attribute) = pingone::attribute(mapping.to()) else {
            continue;
        };
        if attribute.json_fields.is_empty() || seen.contains(&attribute.name) {
            continue;
        }
        seen.push(attribute.name);
        if rules.endpoints() {
            check_direct(scenario.source.kind, i, attribute, mapping, out);
        }
        if let Some(json_attributes) = &json_attributes
            && !json_attributes.contains(attribute.name)
        {
            let left = fields_left(attribute, mapping);
            if !left.is_empty() {
                out.push(json_attribute_missing(attribute, &left));
            }
        }
    }
}

fn json_attribute_missing(attribute: &UserAttribute, left: &[&str]) -> Diagnostic {
    let name = attribute.name;
    Diagnostic::new(
        &rules::PINGONE_JSON_ATTRIBUTE_MISSING,
        "/sync_pipe/class/json_attributes",
        format!(
            "the mapping to {name} does not write its field{} {}: without a json-attribute for \
             {name} on the sync class, the value it builds replaces the whole {name}, and the \
             fields PingOne holds for these are lost",
            if left.len() == 1 { "" } else { "s" },
            left.join(", ")
        ),
    )
    .hint(format!(
        "Add a JSON attribute named {name} to keep them, or map every field"
    ))
}

/// A direct or DN mapping to a JSON-valued attribute.
fn check_direct(
    source: SourceKind,
    i: usize,
    attribute: &UserAttribute,
    mapping: &Mapping,
    out: &mut Vec<Diagnostic>,
) {
    let (value, from) = match mapping {
        // A DN mapping writes DNs.
        Mapping::Dn { from, .. } => (SourceValue::NotJson, from),
        Mapping::Direct { from, .. } => (source_value(source, from), from),
        Mapping::Constructed { .. } | Mapping::Json { .. } => return,
    };
    let name = attribute.name;
    let fields = attribute.json_fields.join(", ");
    let (rule, message) = match value {
        SourceValue::Json => return,
        SourceValue::NotJson => (
            &rules::PINGONE_JSON_DIRECT,
            format!(
                "{name} is a JSON object in PingOne ({fields}), and a {} mapping copies {from} \
                 unchanged, which holds no JSON",
                mapping.type_name()
            ),
        ),
        SourceValue::Unknown => (
            &rules::PINGONE_JSON_DIRECT_SOURCE_UNKNOWN,
            format!(
                "{name} is a JSON object in PingOne ({fields}): a direct mapping copies {from} \
                 unchanged, which works only if {from} holds JSON at the source"
            ),
        ),
    };
    out.push(
        Diagnostic::new(rule, mapping_path(i, "type"), message).hint(format!(
            "Unless the source value is JSON, use a constructed mapping such as value-pattern \
             {{{{\"{}\":\"{{attr:jsonEscape}}\"}}}}, or a json mapping with fields",
            attribute.json_fields[0]
        )),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_syncmap_knows_of_source_values() {
        use SourceValue::*;
        assert_eq!(source_value(SourceKind::PingOne, "name"), Json);
        assert_eq!(source_value(SourceKind::PingOne, "address"), Json);
        assert_eq!(source_value(SourceKind::PingOne, "title"), NotJson);
        assert_eq!(source_value(SourceKind::PingOne, "shirtSize"), Unknown);
        assert_eq!(source_value(SourceKind::PingDirectory, "cn"), NotJson);
        assert_eq!(
            source_value(SourceKind::PingDirectory, "givenname"),
            NotJson
        );
        assert_eq!(
            source_value(SourceKind::IbmDirectory, "cn;lang-fr"),
            NotJson
        );
        assert_eq!(
            source_value(SourceKind::PingDirectory, "ubidEmailJSON"),
            Unknown
        );
        // An LDAP source's `name` is not PingOne's.
        assert_eq!(source_value(SourceKind::OtherLdap, "name"), Unknown);
        assert_eq!(source_value(SourceKind::Rdbms, "full_name"), Unknown);
    }

    #[test]
    fn fields_written_by_each_kind_of_mapping() {
        let constructed = |values: &[&str], conditions: &[&str]| Mapping::Constructed {
            to: "name".into(),
            value_patterns: values.iter().map(|v| (*v).to_owned()).collect(),
            conditional_value_patterns: conditions.iter().map(|v| (*v).to_owned()).collect(),
        };
        assert_eq!(
            fields_written(&constructed(
                &[r#"{{"given":"{givenName:jsonEscape}"}}"#],
                &[r#"(ou=x):{{"family":"{sn:jsonEscape}"}}"#]
            )),
            Some(vec!["given".to_owned(), "family".to_owned()])
        );
        assert_eq!(fields_written(&constructed(&["{cn}"], &[])), None);
        assert_eq!(fields_written(&constructed(&[], &[])), None);
        assert_eq!(
            fields_written(&constructed(&[r#"{{"given":"x"}}"#], &["(ou=x:{cn}"])),
            None
        );
        let json = Mapping::Json {
            to: "name".into(),
            fields: vec![crate::scenario::JsonField {
                name: "formatted".into(),
                from: Some("cn".into()),
                value_pattern: None,
                json_type: "string".into(),
            }],
        };
        assert_eq!(fields_written(&json), Some(vec!["formatted".to_owned()]));
        let direct = Mapping::Direct {
            to: "name".into(),
            from: "name".into(),
        };
        assert_eq!(fields_written(&direct), None);
    }
}
