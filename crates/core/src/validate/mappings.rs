//! The mappings themselves: duplicates, empty mappings, JSON field types, DN map references.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::catalog::{Syntax, objects::JSON_ATTRIBUTE_MAPPING_FIELD};
use crate::diagnostic::Diagnostic;
use crate::names::Folded;
use crate::rules;
use crate::scenario::{DnMap, Mapping, Scenario};

use super::{Names, Rules, is_blank, mapping_path};

/// What the checks of each mapping ask of the whole scenario, found once.
struct Context<'s> {
    scenario: &'s Scenario,
    dn_maps: Names<'s, DnMap>,
    /// The index of the password mapping, found when a mapping without a source attribute
    /// asks (searching for it for each one was quadratic).
    password: std::cell::OnceCell<Option<usize>>,
}

impl Context<'_> {
    fn is_password(&self, i: usize) -> bool {
        *self
            .password
            .get_or_init(|| self.scenario.password_mapping().map(|(p, _)| p))
            == Some(i)
    }
}

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>, rules: Rules) {
    let context = Context {
        scenario,
        dn_maps: Names::new(&scenario.dn_maps),
        password: std::cell::OnceCell::new(),
    };
    if rules.map() {
        check_mappings(&context, out);
    }
    if let Some(pipe) = &scenario.sync_pipe {
        for (k, name) in pipe.class.dn_maps.iter().enumerate() {
            check_dn_map_reference(
                &|| format!("/sync_pipe/class/dn_maps/{k}"),
                name,
                &context.dn_maps,
                out,
            );
        }
    }
}

/// Duplicates, and each mapping on its own.
fn check_mappings(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mappings = &context.scenario.attribute_map.mappings;
    let mut first_index: HashMap<Folded<'_>, usize, BuildHasherDefault<WordHasher>> =
        HashMap::with_capacity_and_hasher(mappings.len(), BuildHasherDefault::default());
    for (i, mapping) in mappings.iter().enumerate() {
        // dsconfig matches names case-insensitively, so userName and username collide.
        let key = Folded(mapping.to());
        match first_index.get(&key).copied() {
            Some(first) => out.push(
                Diagnostic::new(
                    &rules::MAPPING_DUPLICATE_DESTINATION,
                    mapping_path(i, "to"),
                    format!(
                        "{} is already mapped by mapping {first}: each destination attribute has \
                         one mapping",
                        mapping.to()
                    ),
                )
                .hint("Merge the two, or use conditional-value-pattern for alternatives"),
            ),
            None => {
                first_index.insert(key, i);
            }
        }
        check_mapping(i, mapping, context, out);
    }
}

/// A multiply-rotate hasher for the few words of a mapping name (the FxHash step). SipHash's
/// protection against chosen collisions buys nothing here: the names are the user's own
/// scenario, checked on their own machine, and it cost more than the rest of this check.
/// Not `rustc_hash::FxHasher` (which the linter uses): its finish leaves these names clustered
/// in the table, and validation of `presets::synthetic(1000)` took 0.84 ms with it against
/// 0.46 ms with this one (`cargo bench -p syncmap-core --bench validate_render`).
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        // The table indexes by the low bits and filters by the top seven, which the multiply
        // alone mixes poorly for names that differ in one digit: fold the halves and mix again.
        let folded = (self.0 ^ (self.0 >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        folded ^ (folded >> 29)
    }
}

fn check_mapping(i: usize, mapping: &Mapping, context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    match mapping {
        Mapping::Constructed {
            value_patterns,
            conditional_value_patterns,
            ..
        } if value_patterns.is_empty() && conditional_value_patterns.is_empty() => {
            out.push(Diagnostic::new(
                &rules::MAPPING_EMPTY,
                mapping_path(i, "value_patterns"),
                format!(
                    "the constructed mapping for {} has no value pattern",
                    mapping.to()
                ),
            ));
        }
        Mapping::Direct { from, .. } | Mapping::Dn { from, .. }
            if is_blank(from) && !context.is_password(i) =>
        {
            out.push(Diagnostic::new(
                &rules::MAPPING_EMPTY,
                mapping_path(i, "from"),
                format!("the mapping for {} has no source attribute", mapping.to()),
            ));
        }
        Mapping::Dn { dn_maps, .. } => {
            for (k, name) in dn_maps.iter().enumerate() {
                check_dn_map_reference(
                    &|| mapping_path(i, &format!("dn_maps/{k}")),
                    name,
                    &context.dn_maps,
                    out,
                );
            }
        }
        Mapping::Json { fields, .. } => {
            if fields.is_empty() {
                out.push(Diagnostic::new(
                    &rules::MAPPING_EMPTY,
                    mapping_path(i, "fields"),
                    format!("the JSON mapping for {} has no fields", mapping.to()),
                ));
            }
            let json_types = match JSON_ATTRIBUTE_MAPPING_FIELD
                .property_any_version("json-type")
                .map(|p| p.syntax)
            {
                Some(Syntax::Enum(values)) => values,
                _ => &[],
            };
            for (k, field) in fields.iter().enumerate() {
                let path = mapping_path(i, &format!("fields/{k}"));
                if field.from.is_some() == field.value_pattern.is_some() {
                    out.push(Diagnostic::new(
                        &rules::MAPPING_EMPTY,
                        path.clone(),
                        format!(
                            "the field {} needs exactly one of a source attribute and a value pattern",
                            field.name
                        ),
                    ));
                }
                if !json_types.contains(&field.json_type.as_str()) {
                    out.push(Diagnostic::new(
                        &rules::JSON_FIELD_TYPE,
                        format!("{path}/json_type"),
                        format!(
                            "'{}' is not a JSON type: expected one of {}",
                            field.json_type,
                            json_types.join(", ")
                        ),
                    ));
                }
            }
        }
        _ => {}
    }
}

/// The path is formatted only for a finding: most references are to DN maps that exist.
fn check_dn_map_reference(
    path: &dyn Fn() -> String,
    name: &str,
    dn_maps: &Names<'_, DnMap>,
    out: &mut Vec<Diagnostic>,
) {
    if !dn_maps.contains(name) {
        out.push(
            Diagnostic::new(
                &rules::DN_MAP_UNDEFINED,
                path(),
                format!("the DN map '{name}' is not defined in this scenario"),
            )
            .hint("Add the DN map, or correct the name"),
        );
    }
}
