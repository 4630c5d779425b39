//! The PingOne environment of a PingOne endpoint: region, environment, worker app and the
//! default population.

use serde_json::json;
use syncmap_core::scenario::{PingOneEnvironment, Region};
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::Edit;

use super::fields::{Choices, Empty, SelectInput, TextInput};
use super::secret_input::SecretInput;

#[derive(Properties, PartialEq)]
pub struct PingOneSectionProps {
    /// `source` or `destination`.
    pub side: &'static str,
    pub environment: Option<PingOneEnvironment>,
}

#[function_component(PingOneSection)]
pub fn ping_one_section(props: &PingOneSectionProps) -> Html {
    let editor = use_editor();
    let base = format!("/{}/ping_one", props.side);
    let Some(environment) = &props.environment else {
        let add = {
            let editor = editor.clone();
            let path = base.clone();
            Callback::from(move |_: MouseEvent| {
                editor.edit(Edit::Set {
                    path: path.clone(),
                    value: json!({
                        "region": "north-america",
                        "environment_id": "<ENVIRONMENT_ID>",
                        "client_id": "<CLIENT_ID>",
                        "client_secret": { "placeholder": "<CLIENT_SECRET>" },
                    }),
                })
            })
        };
        return html! {
            <div class="pingone" id={crate::edit::dom_id(&base)} tabindex="-1">
                <p class="help">
                    { "Without the environment's details, syncmap refers to a PingOne endpoint \
                       that already exists." }
                </p>
                <button type="button" class="secondary" onclick={add}>
                    { "Add the PingOne environment" }
                </button>
            </div>
        };
    };
    let on_region = {
        let editor = editor.clone();
        let path = format!("{base}/region");
        Callback::from(move |value: String| editor.edit(Edit::text(path.clone(), value)))
    };
    // The block that takes its place, with the add button: the focus does not drop.
    let remove = editor.remover(
        base.clone(),
        "the environment details".into(),
        crate::edit::dom_id(&base),
    );
    let regions = Region::ALL
        .iter()
        .map(|r| (r.id().into(), r.domain().into()))
        .collect::<Choices>();
    html! {
        <fieldset class="pingone" id={crate::edit::dom_id(&base)} tabindex="-1">
            <legend>{ "PingOne environment" }</legend>
            <SelectInput path={format!("{base}/region")} label="Region (by its domain)"
                         options={regions} selected={environment.region.id()}
                         onchange={on_region}
                         help={AttrValue::from(format!(
                             "api-url {} and auth-url {}",
                             environment.region.api_url(),
                             environment.region.auth_url(&environment.environment_id),
                         ))} />
            <TextInput path={format!("{base}/environment_id")} label="Environment ID"
                       value={environment.environment_id.clone()} />
            <TextInput path={format!("{base}/client_id")} label="Worker app client ID (oauth-client-id)"
                       value={environment.client_id.clone()} />
            <SecretInput path={format!("{base}/client_secret")}
                         label="Worker app client secret (oauth-client-secret)"
                         value={Some(environment.client_secret.clone())} />
            <TextInput path={format!("{base}/default_population_id")}
                       label="Default population ID (default-population-id)"
                       value={environment.default_population_id.clone().unwrap_or_default()}
                       empty={Empty::Unset}
                       help={AttrValue::from("Where new users go unless a population mapping says otherwise.")} />
            <button type="button" class="secondary" onclick={remove}>
                { "Remove the environment details" }
            </button>
        </fieldset>
    }
}
