//! The target version and the two endpoints: what kind each is, its name, whether syncmap
//! creates it, and its servers or PingOne environment.

use serde_json::json;
use syncmap_core::prerequisite::Side;
use syncmap_core::scenario::{ConnectionSecurity, Endpoint, LdapServer};
use syncmap_core::{DestinationKind, Scenario, SourceKind, likely};
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::{Edit, dom_id};
use crate::state::Action;

use super::fields::{Checkbox, Choices, LinesInput, NumberInput, SelectInput, TextInput};
use super::pingone::PingOneSection;
use super::prerequisite::Prerequisite;
use super::secret_input::SecretInput;
use super::version::VersionSelect;

#[derive(Properties, PartialEq)]
pub struct EndpointsProps {
    pub scenario: std::rc::Rc<Scenario>,
}

#[function_component(Endpoints)]
pub fn endpoints(props: &EndpointsProps) -> Html {
    let editor = use_editor();
    let scenario = &props.scenario;
    let on_source = editor.callback(|id: String| {
        Action::ChooseSource(SourceKind::from_id(&id).unwrap_or(SourceKind::PingDirectory))
    });
    let on_destination = editor.callback(|id: String| {
        Action::ChooseDestination(DestinationKind::from_id(&id).unwrap_or(DestinationKind::PingOne))
    });
    let label = |k: SourceKind| (k.id(), k.facts().label);
    let known = scenario.source.kind.is_known();
    let sources = kind_choices(
        known,
        match known {
            true => SourceKind::ALL.map(label).to_vec(),
            false => likely::sources_of(scenario)
                .into_iter()
                .map(label)
                .collect(),
        },
    );
    let label = |k: DestinationKind| (k.id(), k.facts().label);
    let known = scenario.destination.kind.is_known();
    let destinations = kind_choices(
        known,
        match known {
            true => DestinationKind::ALL.map(label).to_vec(),
            false => likely::destinations_of(scenario)
                .into_iter()
                .map(label)
                .collect(),
        },
    );
    let destination_help = (!scenario.destination.kind.is_known()).then_some(AttrValue::from(
        "The files do not say what kind of system this is. Choose it: the likely ones come \
         first.",
    ));
    html! {
        <section class="card" aria-labelledby="endpoints-title">
            <h2 id="endpoints-title">{ "Endpoints" }</h2>
            <VersionSelect version={scenario.target_version} />
            <div class="pair">
                <fieldset class="endpoint">
                    <legend>{ "Sync source" }</legend>
                    <SelectInput path="/source/kind" label="Source system" options={sources}
                                 selected={scenario.source.kind.id()} onchange={on_source} />
                    <EndpointFields side="source" name_option="--source-name"
                                    endpoint={Details::of(&scenario.source)}
                                    can_create={scenario.source.kind.facts().generated.is_some()}
                                    ldap={scenario.source.kind != SourceKind::PingOne} />
                    <Prerequisite side={Side::Source} scenario={scenario.clone()} />
                    if scenario.source.kind == SourceKind::PingOne {
                        <PingOneSection side="source" environment={scenario.source.ping_one.clone()} />
                    }
                </fieldset>
                <fieldset class="endpoint">
                    <legend>{ "Sync destination" }</legend>
                    <SelectInput path="/destination/kind" label="Destination system"
                                 options={destinations}
                                 selected={scenario.destination.kind.id()}
                                 onchange={on_destination} help={destination_help} />
                    <EndpointFields side="destination" name_option="--destination-name"
                                    endpoint={Details::of(&scenario.destination)}
                                    can_create={scenario.destination.kind.facts().generated.is_some()}
                                    ldap={scenario.destination.kind != DestinationKind::PingOne} />
                    <Prerequisite side={Side::Destination} scenario={scenario.clone()} />
                    if scenario.destination.kind == DestinationKind::PingOne {
                        <PingOneSection side="destination"
                                        environment={scenario.destination.ping_one.clone()} />
                    }
                </fieldset>
            </div>
        </section>
    }
}

/// The kinds offered for an endpoint, as `(id, label)`: the usual list, or, while its kind is
/// unknown (an import could not tell), "not known" followed by the likely kinds first. Not
/// generic over the two kinds of endpoint: one copy in the bundle.
fn kind_choices(known: bool, kinds: Vec<(&'static str, &'static str)>) -> Choices {
    let unknown = (!known).then_some(("unknown", "Not known: choose the kind"));
    unknown
        .into_iter()
        .chain(kinds)
        .map(|(id, label)| (AttrValue::from(id), AttrValue::from(label)))
        .collect()
}

/// The parts of an endpoint the fields below edit, independent of its kind.
#[derive(Clone, PartialEq)]
struct Details {
    name: String,
    create: bool,
    base_dns: Vec<String>,
    servers: Vec<LdapServer>,
}

impl Details {
    fn of<K>(endpoint: &Endpoint<K>) -> Details {
        Details {
            name: endpoint.name.clone(),
            create: endpoint.create,
            base_dns: endpoint.base_dns.clone(),
            servers: endpoint.servers.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
struct EndpointFieldsProps {
    side: &'static str,
    name_option: &'static str,
    endpoint: Details,
    can_create: bool,
    /// Whether it is reached over LDAP, with servers and base DNs (PingOne is not).
    ldap: bool,
}

#[function_component(EndpointFields)]
fn endpoint_fields(props: &EndpointFieldsProps) -> Html {
    let editor = use_editor();
    let side = props.side;
    let endpoint = &props.endpoint;
    let add_server = {
        let editor = editor.clone();
        let count = endpoint.servers.len();
        Callback::from(move |_: MouseEvent| {
            editor.edit(Edit::Insert {
                path: format!("/{side}/servers"),
                index: count,
                value: json!({
                    "name": format!("{side}-ds{}", count + 1),
                    "host": format!("{side}{}.example.com", count + 1),
                    "port": 636,
                    "password": { "placeholder": "<SYNC_USER_PASSWORD>" },
                }),
            })
        })
    };
    html! {
        <>
            <TextInput path={format!("/{side}/name")} label={format!("Name ({})", props.name_option)}
                       value={endpoint.name.clone()} />
            if props.can_create {
                <Checkbox path={format!("/{side}/create")} label="Create it (otherwise it already exists)"
                          checked={endpoint.create} />
            }
            // Servers and base DNs only where syncmap writes them: for a kind it does not create,
            // they would change no command.
            if endpoint.create && props.can_create && props.ldap {
                <LinesInput path={format!("/{side}/base_dns")} label="Base DNs (one per line)"
                            values={endpoint.base_dns.clone()} />
                { for endpoint.servers.iter().enumerate().map(|(i, server)| html! {
                    <ServerFields side={side} index={i} server={server.clone()} />
                }) }
                <button type="button" class="secondary" id={format!("{side}-add-server")} onclick={add_server}>
                    { format!("Add a {side} server") }
                </button>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ServerFieldsProps {
    side: &'static str,
    index: usize,
    server: LdapServer,
}

#[function_component(ServerFields)]
fn server_fields(props: &ServerFieldsProps) -> Html {
    let editor = use_editor();
    let base = format!("/{}/servers/{}", props.side, props.index);
    let server = &props.server;
    let on_security = {
        let editor = editor.clone();
        let path = format!("{base}/security");
        Callback::from(move |value: String| editor.edit(Edit::text(path.clone(), value)))
    };
    let what = format!("server {}", props.index + 1);
    // The server that takes its place, else the add button: never another Remove.
    let remove = editor.remover(
        base.clone(),
        what.clone(),
        format!("{}-add-server", props.side),
    );
    let securities = [
        ConnectionSecurity::Ssl,
        ConnectionSecurity::Starttls,
        ConnectionSecurity::None,
    ]
    .iter()
    .map(|s| (s.id().into(), s.id().into()))
    .collect::<Choices>();
    html! {
        <fieldset class="server" id={dom_id(&base)} tabindex="-1">
            <legend>{ format!("Server {}", props.index + 1) }</legend>
            <TextInput path={format!("{base}/name")} label="Server name (--server-name)"
                       value={server.name.clone()} />
            <TextInput path={format!("{base}/host")} label="Host" value={server.host.clone()} />
            <NumberInput path={format!("{base}/port")} label="Port" value={Some(u32::from(server.port))}
                         min=1 max=65535 />
            <SelectInput path={format!("{base}/security")} label="Connection security"
                         options={securities} selected={server.security.id()}
                         onchange={on_security} />
            <TextInput path={format!("{base}/bind_dn")} label="Sync User DN"
                       value={server.bind_dn.clone()} />
            <SecretInput path={format!("{base}/password")} label="Sync User password"
                         value={Some(server.password.clone())} />
            <button type="button" class="secondary" onclick={remove}>
                { "Remove " }{ what }
            </button>
        </fieldset>
    }
}
