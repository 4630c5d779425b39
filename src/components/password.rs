//! Passwords: the guidance for the chosen source, the attribute they come from, the source's
//! storage scheme, the changelog key, and a checker for one stored value. Only what applies to
//! the chosen source and destination is shown: every field here changes a command or a check.

use std::rc::Rc;

use serde_json::json;
use syncmap_core::endpoint::PasswordAttribute;
use syncmap_core::inspect;
use syncmap_core::scenario::Mapping;
use syncmap_core::{Scenario, SourceKind};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::background;
use crate::context::use_editor;
use crate::edit::{Edit, dom_id};
use crate::jobs::{Answer, CheckedValue, Job};

use super::fields::{Empty, TextInput};
use super::secret_input::SecretInput;

#[derive(Properties, PartialEq)]
pub struct PasswordSectionProps {
    pub scenario: Rc<Scenario>,
}

#[function_component(PasswordSection)]
pub fn password_section(props: &PasswordSectionProps) -> Html {
    let editor = use_editor();
    let scenario = &props.scenario;
    let facts = scenario.source.kind.facts();
    let password = scenario.password_mapping();
    // The field edits a mapping's from-attribute (or adds the mapping): its diagnostics are
    // shown once, with that mapping (or the list), and this field points at them.
    let (from, path, described) = match password {
        Some((i, Mapping::Direct { from, .. })) => {
            let path = format!("/attribute_map/mappings/{i}/from");
            let described = format!("{}-diagnostics", dom_id(&path));
            (from.clone(), path, described)
        }
        Some((i, _)) => (
            String::new(),
            format!("/attribute_map/mappings/{i}"),
            format!("mapping-{i}-diagnostics"),
        ),
        None => (
            String::new(),
            "/attribute_map/mappings".to_owned(),
            "mappings-diagnostics".to_owned(),
        ),
    };
    let oninput = {
        let editor = editor.clone();
        let index = password.map(|(i, m)| (i, matches!(m, Mapping::Direct { .. })));
        let to = scenario.destination.kind.facts().password_attribute;
        let count = scenario.attribute_map.mappings.len();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            editor.edit(match index {
                Some((i, true)) => Edit::text(format!("/attribute_map/mappings/{i}/from"), value),
                Some((i, false)) => Edit::Set {
                    path: format!("/attribute_map/mappings/{i}"),
                    value: json!({ "type": "direct", "to": to, "from": value }),
                },
                None => Edit::Insert {
                    path: "/attribute_map/mappings".into(),
                    index: count,
                    value: json!({ "type": "direct", "to": to, "from": value }),
                },
            })
        })
    };
    let placeholder = match facts.password_attribute {
        PasswordAttribute::Named => "for example dbPassword",
        _ => "",
    };
    let schemes: Vec<&str> = inspect::schemes()
        .iter()
        .filter_map(|s| s.dsconfig_type)
        .collect();
    let error = editor
        .at(&path, false)
        .any(|d| d.severity == syncmap_core::Severity::Error);
    let source = scenario.source.kind;
    // PingOne gives no passwords; toward a destination of unknown kind, no mapping is known
    // to carry them.
    let gives_passwords = facts.password_attribute != PasswordAttribute::Unavailable;
    let destination_known = scenario.destination.kind.is_known();
    html! {
        <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">{ "Passwords" }</h2>
            <p class="guidance" id="password-guidance">{ facts.password_guidance }</p>
            if !destination_known {
                <p class="guidance" id="password-destination-unknown">
                    { "Choose the destination's kind: which attribute receives passwords depends \
                       on it." }
                </p>
            }
            if gives_passwords && destination_known {
            <div class="field">
                <label for="password-attribute">
                    { format!("Password attribute on {} (from-attribute)", facts.label) }
                </label>
                <input id="password-attribute" type="text" spellcheck="false" autocomplete="off"
                       value={from} placeholder={placeholder} {oninput}
                       aria-invalid={error.to_string()}
                       aria-describedby={format!("password-guidance {described}")} />
            </div>
            }
            if scenario.storage_scheme_applies() {
            <TextInput path="/password/storage_scheme" label="The source's password storage scheme"
                       value={scenario.password.storage_scheme.clone().unwrap_or_default()}
                       empty={Empty::Unset} list={AttrValue::from("storage-schemes")}
                       help={AttrValue::from("A PingDirectory storage scheme type, such as \
                                              salted-sha256. It decides whether PingOne can take \
                                              the values pre-encoded.")} />
            <datalist id="storage-schemes">
                { for schemes.iter().map(|s| html! { <option value={*s} /> }) }
            </datalist>
            }
            if scenario.changelog_key_applies() {
            <SecretInput path="/password/changelog_encryption_key"
                         label="Changelog password encryption key"
                         value={scenario.password.changelog_encryption_key.clone()} optional=true />
            }
            if gives_passwords {
                // Keyed by the source: another source starts the checker afresh, so advice
                // for the last source is never left showing.
                <PasswordChecker key={source.id()} {source} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PasswordCheckerProps {
    /// The source the value comes from: the advice follows it.
    source: SourceKind,
}

/// Checks one stored value with the core's inspector, which runs in the background worker
/// (loaded on the first value typed). The value lives in this component's state and the
/// worker's message only: it is not part of the scenario, so it never reaches the permalink,
/// the saved work, an export or the server, and it is gone when the page closes.
#[function_component(PasswordChecker)]
fn password_checker(props: &PasswordCheckerProps) -> Html {
    let checked = use_state(|| None::<Result<CheckedValue, String>>);
    let source = props.source;
    // Answers come back in order; only the one for the latest value is shown.
    let latest = use_mut_ref(|| 0_u32);
    let oninput_checked = checked.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        let asked = {
            let mut latest = latest.borrow_mut();
            *latest = latest.wrapping_add(1);
            *latest
        };
        if value.is_empty() {
            oninput_checked.set(None);
            return;
        }
        let checked = oninput_checked.clone();
        let latest = latest.clone();
        background::run(Job::Inspect { value, source }, move |answer| {
            if *latest.borrow() != asked {
                return;
            }
            checked.set(Some(match answer {
                Ok(Answer::Inspect(value)) => Ok(value),
                Ok(Answer::Refused(why)) | Err(why) => Err(why),
                Ok(_) => Err("the worker answered another question".into()),
            }));
        });
    });
    html! {
        <details class="checker">
            <summary>{ "Check a stored password value" }</summary>
            <div class="field">
                <label for="password-value">{ "A value as the source stores it" }</label>
                // type=password: not shown, not autofilled, not kept by the browser's form history.
                <input id="password-value" type="password" autocomplete="off" spellcheck="false"
                       aria-describedby="password-value-help password-findings" {oninput} />
                <p class="help" id="password-value-help">
                    { "Such as {SSHA256}... The value stays in this page: it is not saved, not put \
                       in links and not sent anywhere." }
                </p>
            </div>
            <div id="password-findings" role="status" aria-live="polite">
                { match &*checked {
                    None => html! {},
                    Some(Err(why)) => html! {
                        <p class="diagnostic error">
                            { format!("The value could not be checked: {why}.") }
                        </p>
                    },
                    Some(Ok(checked)) => html! { <>
                        <p>
                            { match &checked.scheme {
                                Some(scheme) => format!("Scheme {{{scheme}}}"),
                                None => "No {SCHEME} prefix".to_owned(),
                            } }
                            if let Some(kind) = &checked.storage_scheme_type {
                                { format!(", PingDirectory storage scheme {kind}") }
                            }
                            { "." }
                        </p>
                        <ul>
                            { for checked.findings.iter().map(|f| html! {
                                <li class={format!("diagnostic {}", f.severity)}
                                    data-code={f.code.clone()}>
                                    <span class="severity">{ &f.severity }</span>
                                    { " " }{ &f.message }
                                    if let Some(hint) = &f.hint {
                                        <span class="hint">{ " " }{ hint }</span>
                                    }
                                </li>
                            }) }
                        </ul>
                    </> },
                } }
            </div>
        </details>
    }
}
