//! The attribute map: its name and the mapping table (add, remove, reorder, the fields of each
//! mapping type), and the DN maps that DN mappings use.

use std::rc::Rc;

use serde_json::json;
use syncmap_core::scenario::{DnMap, JsonField, Mapping};
use syncmap_core::{DestinationKind, Scenario, ldap, pingone};
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::{Edit, dom_id, retype};
use crate::focus::focus_later;

use super::field_diagnostics::field_diagnostics;
use super::fields::{Choices, Empty, LinesInput, SelectInput, TextInput, catalog_help};
use syncmap_core::catalog::objects::{ATTRIBUTE_MAPPING, DN_MAP};

const MAPPINGS: &str = "/attribute_map/mappings";
/// The ids of the suggestion lists.
const DESTINATION_NAMES: &str = "destination-attributes";
const SOURCE_NAMES: &str = "source-attributes";
/// The JSON types a JSON mapping field takes, from the catalog.
fn json_types() -> &'static [&'static str] {
    match syncmap_core::catalog::objects::JSON_ATTRIBUTE_MAPPING_FIELD
        .property_any_version("json-type")
        .map(|property| &property.syntax)
    {
        Some(syncmap_core::catalog::Syntax::Enum(values)) => values,
        _ => &[],
    }
}

#[derive(Properties, PartialEq)]
pub struct MappingsProps {
    pub scenario: Rc<Scenario>,
}

#[function_component(Mappings)]
pub fn mappings(props: &MappingsProps) -> Html {
    let editor = use_editor();
    let scenario = &props.scenario;
    let mappings = &scenario.attribute_map.mappings;
    let add = {
        let editor = editor.clone();
        let count = mappings.len();
        Callback::from(move |_: MouseEvent| {
            editor.edit(Edit::Insert {
                path: MAPPINGS.into(),
                index: count,
                value: json!({ "type": "direct", "to": "", "from": "" }),
            });
            focus_later(dom_id(&format!("{MAPPINGS}/{count}/to")));
        })
    };
    let destination_names: Vec<&str> = match scenario.destination.kind {
        DestinationKind::PingOne => pingone::USER_ATTRIBUTES.iter().map(|a| a.name).collect(),
        _ => ldap::COMMON_USER_ATTRIBUTES.to_vec(),
    };
    html! {
        <section class="card" aria-labelledby="mappings-title">
            <h2 id="mappings-title">{ "Attribute map" }</h2>
            <TextInput path="/attribute_map/name" label="Attribute map name (--map-name)"
                       value={scenario.attribute_map.name.clone()} />
            <datalist id={DESTINATION_NAMES}>
                { for destination_names.into_iter().map(|n| html! { <option value={n} /> }) }
            </datalist>
            <datalist id={SOURCE_NAMES}>
                { for ldap::COMMON_USER_ATTRIBUTES.iter().map(|n| html! { <option value={*n} /> }) }
            </datalist>
            <div id={dom_id(MAPPINGS)} tabindex="-1">
                { field_diagnostics(&editor, "mappings-diagnostics".to_owned(), MAPPINGS, false) }
            </div>
            <ol class="mappings" aria-label="Attribute mappings">
                { for mappings.iter().enumerate().map(|(index, mapping)| html! {
                    <MappingRow key={index} {index} count={mappings.len()} mapping={mapping.clone()} />
                }) }
            </ol>
            <button type="button" id="add-mapping" onclick={add}>{ "Add a mapping" }</button>
            <DnMaps maps={scenario.dn_maps.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MappingRowProps {
    index: usize,
    count: usize,
    mapping: Mapping,
}

#[function_component(MappingRow)]
fn mapping_row(props: &MappingRowProps) -> Html {
    let editor = use_editor();
    let index = props.index;
    let base = format!("{MAPPINGS}/{index}");
    let mapping = &props.mapping;
    let on_type = {
        let editor = editor.clone();
        let mapping = mapping.clone();
        let path = base.clone();
        Callback::from(move |kind: String| {
            // Through text, as every scenario conversion (see `scenario::to_json`).
            let value = serde_json::to_string(&retype(&mapping, &kind))
                .and_then(|text| serde_json::from_str(&text))
                .unwrap_or_default();
            editor.edit(Edit::Set {
                path: path.clone(),
                value,
            })
        })
    };
    let shift = |to: Option<usize>, focus: &'static str| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(to) = to {
                editor.edit(Edit::Move {
                    path: MAPPINGS.into(),
                    from: index,
                    to,
                });
                // Keep the keyboard on the button that moved, so the next press moves further.
                focus_later(format!("mapping-{to}-{focus}"));
            }
        })
    };
    let up = shift(index.checked_sub(1), "up");
    let down = shift((index + 1 < props.count).then_some(index + 1), "down");
    let types = Mapping::TYPES
        .iter()
        .map(|t| ((*t).into(), (*t).into()))
        .collect::<Choices>();
    let name = match mapping.to() {
        "" => format!("mapping {}", index + 1),
        to => to.to_owned(),
    };
    // The next mapping (the row that takes its place), else the add button. Not its first
    // field either: there Ctrl+Z is the field's own undo, not the page's.
    let remove = editor.remover(base.clone(), name.clone(), "add-mapping".into());
    html! {
        <li class="mapping" id={dom_id(&base)} tabindex="-1" aria-label={format!("Mapping {}: {name}", index + 1)}>
            <div class="mapping-head">
                <TextInput path={format!("{base}/to")} label={format!("Mapping {} destination attribute (--mapping-name)", index + 1)}
                           value={mapping.to().to_owned()} list={AttrValue::from(DESTINATION_NAMES)}
                           placeholder={AttrValue::from("destination attribute")} compact=true />
                <SelectInput path={format!("{base}/type")} label={format!("Mapping {} type", index + 1)}
                             options={types} selected={mapping.type_name()} onchange={on_type}
                             compact=true />
                <div class="row-actions">
                    <button type="button" class="icon" id={format!("mapping-{index}-up")}
                            disabled={index == 0} onclick={up}
                            aria-label={format!("Move {name} up")}>{ "↑" }</button>
                    <button type="button" class="icon" id={format!("mapping-{index}-down")}
                            disabled={index + 1 == props.count} onclick={down}
                            aria-label={format!("Move {name} down")}>{ "↓" }</button>
                    <button type="button" class="icon danger" id={format!("mapping-{index}-remove")}
                            onclick={remove} aria-label={format!("Remove {name}")}>{ "✕" }</button>
                </div>
            </div>
            { field_diagnostics(&editor, format!("mapping-{index}-diagnostics"), &base, false) }
            { mapping_fields(&base, mapping) }
        </li>
    }
}

fn mapping_fields(base: &str, mapping: &Mapping) -> Html {
    match mapping {
        Mapping::Direct { from, .. } => html! {
            <TextInput path={format!("{base}/from")} label="From attribute (from-attribute)"
                       value={from.clone()} list={AttrValue::from(SOURCE_NAMES)}
                       help={catalog_help(&ATTRIBUTE_MAPPING, "from-attribute")} />
        },
        Mapping::Constructed {
            value_patterns,
            conditional_value_patterns,
            ..
        } => html! {
            <>
                <LinesInput path={format!("{base}/value_patterns")} label="Value patterns (one per line)"
                            values={value_patterns.clone()}
                            help={catalog_help(&ATTRIBUTE_MAPPING, "value-pattern")} />
                <LinesInput path={format!("{base}/conditional_value_patterns")}
                            label="Conditional value patterns (one per line)"
                            values={conditional_value_patterns.clone()}
                            help={catalog_help(&ATTRIBUTE_MAPPING, "conditional-value-pattern")} />
            </>
        },
        Mapping::Dn { from, dn_maps, .. } => html! {
            <>
                <TextInput path={format!("{base}/from")} label="From attribute (from-attribute)"
                           value={from.clone()} list={AttrValue::from(SOURCE_NAMES)}
                           help={catalog_help(&ATTRIBUTE_MAPPING, "from-attribute")} />
                <LinesInput path={format!("{base}/dn_maps")} label="DN maps (names, one per line)"
                            values={dn_maps.clone()} help={catalog_help(&ATTRIBUTE_MAPPING, "dn-map")} />
            </>
        },
        Mapping::Json { fields, .. } => html! {
            <JsonFields base={format!("{base}/fields")} fields={fields.clone()} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct JsonFieldsProps {
    base: String,
    fields: Vec<JsonField>,
}

#[function_component(JsonFields)]
fn json_fields(props: &JsonFieldsProps) -> Html {
    let editor = use_editor();
    let add = {
        let editor = editor.clone();
        let path = props.base.clone();
        let count = props.fields.len();
        Callback::from(move |_: MouseEvent| {
            editor.edit(Edit::Insert {
                path: path.clone(),
                index: count,
                value: json!({ "name": "", "json_type": "string" }),
            });
            focus_later(dom_id(&format!("{path}/{count}/name")));
        })
    };
    let types: Choices = json_types()
        .iter()
        .map(|t| ((*t).into(), (*t).into()))
        .collect();
    html! {
        <fieldset class="json-fields" id={dom_id(&props.base)} tabindex="-1">
            <legend>{ "JSON fields" }</legend>
            { field_diagnostics(&editor, format!("{}-diagnostics", dom_id(&props.base)), &props.base, false) }
            { for props.fields.iter().enumerate().map(|(k, field)| {
                let path = format!("{}/{k}", props.base);
                let on_type = {
                    let editor = editor.clone();
                    let path = format!("{path}/json_type");
                    Callback::from(move |value: String| editor.edit(Edit::text(path.clone(), value)))
                };
                let what = format!("field {}", k + 1);
                let remove = editor.remover(path.clone(), what.clone(), dom_id(&props.base));
                html! {
                    <div class="json-field" key={k} id={dom_id(&path)} tabindex="-1">
                        <TextInput path={format!("{path}/name")} label={format!("Field {} name", k + 1)}
                                   value={field.name.clone()} />
                        <TextInput path={format!("{path}/from")} label="From attribute"
                                   value={field.from.clone().unwrap_or_default()} empty={Empty::Unset}
                                   list={AttrValue::from(SOURCE_NAMES)} />
                        <TextInput path={format!("{path}/value_pattern")} label="Or a value pattern"
                                   value={field.value_pattern.clone().unwrap_or_default()}
                                   empty={Empty::Unset} />
                        <SelectInput path={format!("{path}/json_type")} label="JSON type"
                                     options={types.clone()} selected={field.json_type.clone()}
                                     onchange={on_type} />
                        <button type="button" class="secondary" onclick={remove}>
                            { "Remove " }{ what }
                        </button>
                    </div>
                }
            }) }
            <button type="button" class="secondary" onclick={add}>{ "Add a JSON field" }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct DnMapsProps {
    maps: Vec<DnMap>,
}

#[function_component(DnMaps)]
fn dn_maps(props: &DnMapsProps) -> Html {
    let editor = use_editor();
    let add = {
        let editor = editor.clone();
        let count = props.maps.len();
        Callback::from(move |_: MouseEvent| {
            editor.edit(Edit::Insert {
                path: "/dn_maps".into(),
                index: count,
                value: json!({
                    "name": format!("DN map {}", count + 1),
                    "from_pattern": "*,**,dc=example,dc=com",
                    "to_pattern": "{1},{2},dc=example,dc=com",
                }),
            });
            focus_later(dom_id(&format!("/dn_maps/{count}/name")));
        })
    };
    html! {
        <fieldset class="dn-maps" id={dom_id("/dn_maps")} tabindex="-1">
            <legend>{ "DN maps" }</legend>
            { for props.maps.iter().enumerate().map(|(i, map)| {
                let path = format!("/dn_maps/{i}");
                let what = format!("DN map {}", i + 1);
                let remove = editor.remover(path.clone(), what.clone(), dom_id("/dn_maps"));
                html! {
                    <div class="dn-map" key={i} id={dom_id(&path)} tabindex="-1">
                        <TextInput path={format!("{path}/name")} label={format!("DN map {} name (--map-name)", i + 1)}
                                   value={map.name.clone()} />
                        <TextInput path={format!("{path}/from_pattern")} label="From DN pattern"
                                   value={map.from_pattern.clone()}
                                   help={catalog_help(&DN_MAP, "from-dn-pattern")} />
                        <TextInput path={format!("{path}/to_pattern")} label="To DN pattern"
                                   value={map.to_pattern.clone()}
                                   help={catalog_help(&DN_MAP, "to-dn-pattern")} />
                        <button type="button" class="secondary" onclick={remove}>
                            { "Remove " }{ what }
                        </button>
                    </div>
                }
            }) }
            <button type="button" class="secondary" onclick={add}>{ "Add a DN map" }</button>
        </fieldset>
    }
}
