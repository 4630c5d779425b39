//! The sync pipe and its sync class: which entries the attribute map applies to, and how they
//! are matched on the destination.

use serde_json::json;
use syncmap_core::catalog::objects::{SYNC_CLASS, SYNC_PIPE};
use syncmap_core::scenario::SyncPipe;
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::Edit;

use super::fields::{
    Checkbox, Choices, LinesInput, NumberInput, SelectInput, TextInput, catalog_help,
};

#[derive(Properties, PartialEq)]
pub struct SyncClassSectionProps {
    pub pipe: Option<SyncPipe>,
    /// A name for a new pipe and class, from the endpoints.
    pub suggested_name: String,
}

#[function_component(SyncClassSection)]
pub fn sync_class_section(props: &SyncClassSectionProps) -> Html {
    let editor = use_editor();
    let ontoggle = {
        let editor = editor.clone();
        let name = props.suggested_name.clone();
        Callback::from(move |on: bool| {
            editor.edit(match on {
                true => Edit::Set {
                    path: "/sync_pipe".into(),
                    value: json!({
                        "name": name,
                        "class": { "name": format!("{name} users"), "filters": ["(objectClass=person)"] },
                    }),
                },
                false => Edit::Remove {
                    path: "/sync_pipe".into(),
                },
            })
        })
    };
    html! {
        <section class="card" aria-labelledby="sync-title">
            <h2 id="sync-title">{ "Sync pipe and class" }</h2>
            <Checkbox path="/sync_pipe" label="Create a sync pipe and a sync class for this map"
                      checked={props.pipe.is_some()} ontoggle={ontoggle} />
            if let Some(pipe) = &props.pipe {
                { pipe_fields(pipe, &editor) }
            }
        </section>
    }
}

fn pipe_fields(pipe: &SyncPipe, editor: &crate::context::Editor) -> Html {
    let class = &pipe.class;
    let on_renames = {
        let editor = editor.clone();
        Callback::from(move |value: String| {
            editor.edit(Edit::Set {
                path: "/sync_pipe/class/allow_destination_renames".into(),
                value: match value.as_str() {
                    "true" => json!(true),
                    "false" => json!(false),
                    _ => json!(null),
                },
            })
        })
    };
    let renames = match class.allow_destination_renames {
        None => "default",
        Some(true) => "true",
        Some(false) => "false",
    };
    let rename_options: Choices = vec![
        ("default".into(), "dsconfig's default".into()),
        ("true".into(), "true".into()),
        ("false".into(), "false".into()),
    ];
    html! {
        <>
            <TextInput path="/sync_pipe/name" label="Sync pipe name (--pipe-name)"
                       value={pipe.name.clone()} />
            <Checkbox path="/sync_pipe/start" label="Start the pipe at the end (realtime-sync start)"
                      checked={pipe.start} help={catalog_help(&SYNC_PIPE, "started")} />
            <TextInput path="/sync_pipe/class/name" label="Sync class name (--class-name)"
                       value={class.name.clone()} />
            <NumberInput path="/sync_pipe/class/evaluation_order" label="Evaluation order index"
                         value={class.evaluation_order} min=0 max={u32::MAX}
                         help={catalog_help(&SYNC_CLASS, "evaluation-order-index")} />
            <LinesInput path="/sync_pipe/class/base_dns" label="Include base DNs (one per line)"
                        values={class.base_dns.clone()} help={catalog_help(&SYNC_CLASS, "include-base-dn")} />
            <LinesInput path="/sync_pipe/class/filters" label="Include filters (one per line)"
                        values={class.filters.clone()} help={catalog_help(&SYNC_CLASS, "include-filter")} />
            <LinesInput path="/sync_pipe/class/auto_mapped_source_attributes"
                        label="Auto-mapped source attributes (one per line)"
                        values={class.auto_mapped_source_attributes.clone()}
                        help={catalog_help(&SYNC_CLASS, "auto-mapped-source-attribute")} />
            <LinesInput path="/sync_pipe/class/destination_correlation_attributes"
                        label="Destination correlation attributes (one list per line)"
                        values={class.destination_correlation_attributes.clone()}
                        help={catalog_help(&SYNC_CLASS, "destination-correlation-attributes")} />
            <SelectInput path="/sync_pipe/class/allow_destination_renames"
                         label="Allow destination renames" options={rename_options}
                         selected={renames} onchange={on_renames}
                         help={catalog_help(&SYNC_CLASS, "allow-destination-renames")} />
            <LinesInput path="/sync_pipe/class/dn_maps" label="DN maps for entry DNs (one per line)"
                        values={class.dn_maps.clone()} help={catalog_help(&SYNC_CLASS, "dn-map")} />
            <LinesInput path="/sync_pipe/class/json_attributes"
                        label="JSON attributes (name, then the compared fields: name field1 field2)"
                        values={class.json_attributes.iter().map(|a| {
                            std::iter::once(a.name.as_str())
                                .chain(a.include_fields.iter().map(String::as_str))
                                .collect::<Vec<_>>()
                                .join(" ")
                        }).collect::<Vec<_>>()}
                        item={Callback::from(json_attribute)} />
        </>
    }
}

/// `name field1 field2` as a sync class JSON attribute.
fn json_attribute(line: String) -> serde_json::Value {
    let mut words = line.split_whitespace();
    let name = words.next().unwrap_or_default();
    json!({ "name": name, "include_fields": words.collect::<Vec<_>>() })
}
