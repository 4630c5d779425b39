//! The editor's inputs. Each edits the scenario field at one JSON pointer, takes its element id
//! from that pointer (so a diagnostic can focus it) and shows the diagnostics about it.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::{Edit, dom_id, lines_of};

use super::field_diagnostics::field_diagnostics;

/// The `(value, label)` pairs of a select.
pub type Choices = Vec<(AttrValue, AttrValue)>;

/// One line of help for a property, from the catalog (a handle, not a name: the first load
/// carries only the object types the editor names).
pub fn catalog_help(
    object: &syncmap_core::catalog::ObjectType,
    property: &str,
) -> Option<AttrValue> {
    object
        .property_any_version(property)
        .map(|p| AttrValue::from(format!("{property}: {}", p.help)))
}

/// What an emptied text field means.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum Empty {
    /// The empty text: the field is required, validation says so.
    #[default]
    Text,
    /// "Not set": the field is optional.
    Unset,
}

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    /// The JSON pointer of the scenario field.
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The id of a `<datalist>` with suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    #[prop_or_default]
    pub empty: Empty,
    /// A compact field in a table row: the label is for screen readers only.
    #[prop_or_default]
    pub compact: bool,
}

#[function_component(TextInput)]
pub fn text_input(props: &TextInputProps) -> Html {
    let editor = use_editor();
    let oninput = {
        let editor = editor.clone();
        let path = props.path.clone();
        let empty = props.empty;
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            editor.edit(match empty {
                Empty::Text => Edit::text(path.as_str(), value),
                Empty::Unset => Edit::optional_text(path.as_str(), &value),
            });
        })
    };
    let id = dom_id(&props.path);
    let invalid = editor.at(&props.path, false).any(is_error);
    html! {
        <div class={if props.compact { "field compact" } else { "field" }}>
            { label(&id, &props.label, props.compact) }
            <input
                id={id.clone()}
                type="text"
                spellcheck="false"
                autocomplete="off"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                list={props.list.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={described_by(&id, props.help.is_some())}
                {oninput}
            />
            { help(&id, &props.help) }
            { field_diagnostics(&editor, format!("{id}-diagnostics"), &props.path, false) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinesInputProps {
    /// The JSON pointer of the list.
    pub path: AttrValue,
    pub label: AttrValue,
    pub values: Vec<String>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or(2)]
    pub rows: u32,
    /// Turns one line into a list item, for lists of objects; by default a line is a string.
    #[prop_or_default]
    pub item: Option<Callback<String, serde_json::Value>>,
}

/// A list of texts, one per line.
#[function_component(LinesInput)]
pub fn lines_input(props: &LinesInputProps) -> Html {
    let editor = use_editor();
    // The text as typed: a blank line the admin just started is not in the list yet, and must
    // not vanish under the cursor. It follows the list when the list changes elsewhere.
    let draft = use_state(|| props.values.join("\n"));
    // Lists of objects come back in a normal form (single spaces), so compare in it.
    let normal = |line: String| match props.item {
        Some(_) => line.split_whitespace().collect::<Vec<_>>().join(" "),
        None => line,
    };
    let typed: Vec<String> = lines_of(&draft).into_iter().map(normal).collect();
    let shown = if typed == props.values {
        (*draft).clone()
    } else {
        props.values.join("\n")
    };
    let oninput = {
        let editor = editor.clone();
        let path = props.path.clone();
        let draft = draft.clone();
        let item = props.item.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            editor.edit(match &item {
                None => Edit::lines(path.as_str(), &text),
                Some(item) => Edit::Set {
                    path: path.to_string(),
                    value: lines_of(&text).into_iter().map(|l| item.emit(l)).collect(),
                },
            });
            draft.set(text);
        })
    };
    let id = dom_id(&props.path);
    let invalid = editor.at(&props.path, true).any(is_error);
    html! {
        <div class="field">
            { label(&id, &props.label, false) }
            <textarea
                id={id.clone()}
                rows={props.rows.to_string()}
                spellcheck="false"
                value={shown}
                aria-invalid={invalid.to_string()}
                aria-describedby={described_by(&id, props.help.is_some())}
                {oninput}
            />
            { help(&id, &props.help) }
            { field_diagnostics(&editor, format!("{id}-diagnostics"), &props.path, true) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectInputProps {
    /// The JSON pointer of the field (for its id and diagnostics).
    pub path: AttrValue,
    pub label: AttrValue,
    /// `(value, label)` pairs.
    pub options: Choices,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub compact: bool,
}

#[function_component(SelectInput)]
pub fn select_input(props: &SelectInputProps) -> Html {
    let editor = use_editor();
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |event: Event| {
            onchange.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let id = dom_id(&props.path);
    let invalid = editor.at(&props.path, false).any(is_error);
    html! {
        <div class={if props.compact { "field compact" } else { "field" }}>
            { label(&id, &props.label, props.compact) }
            <select
                id={id.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={described_by(&id, props.help.is_some())}
                {onchange}
            >
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>
                        { label }
                    </option>
                }) }
            </select>
            { help(&id, &props.help) }
            { field_diagnostics(&editor, format!("{id}-diagnostics"), &props.path, false) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    /// What to send instead of setting a boolean at `path`.
    #[prop_or_default]
    pub ontoggle: Option<Callback<bool>>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
}

#[function_component(Checkbox)]
pub fn checkbox(props: &CheckboxProps) -> Html {
    let editor = use_editor();
    let onchange = {
        let editor = editor.clone();
        let path = props.path.clone();
        let ontoggle = props.ontoggle.clone();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            match &ontoggle {
                Some(ontoggle) => ontoggle.emit(checked),
                None => editor.edit(Edit::Set {
                    path: path.to_string(),
                    value: checked.into(),
                }),
            }
        })
    };
    let id = dom_id(&props.path);
    html! {
        <div class="field checkbox">
            <input
                id={id.clone()}
                type="checkbox"
                checked={props.checked}
                aria-describedby={described_by(&id, props.help.is_some())}
                {onchange}
            />
            <label for={id.clone()}>{ &props.label }</label>
            { help(&id, &props.help) }
            { field_diagnostics(&editor, format!("{id}-diagnostics"), &props.path, false) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: Option<u32>,
    pub min: u32,
    pub max: u32,
    #[prop_or_default]
    pub help: Option<AttrValue>,
}

/// An optional whole number. Text that is not a number in range stays in the field with a
/// message beside it and does not reach the scenario.
#[function_component(NumberInput)]
pub fn number_input(props: &NumberInputProps) -> Html {
    let editor = use_editor();
    let problem = use_state(|| None::<(String, String)>);
    let oninput = {
        let editor = editor.clone();
        let path = props.path.clone();
        let problem = problem.clone();
        let (min, max) = (props.min, props.max);
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            let trimmed = text.trim();
            if trimmed.is_empty() {
                problem.set(None);
                editor.edit(Edit::optional_text(path.as_str(), ""));
                return;
            }
            match trimmed.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => {
                    problem.set(None);
                    editor.edit(Edit::Set {
                        path: path.to_string(),
                        value: n.into(),
                    });
                }
                _ => problem.set(Some((
                    text,
                    format!("Expected a whole number from {min} to {max}."),
                ))),
            }
        })
    };
    let id = dom_id(&props.path);
    let (shown, message) = match &*problem {
        Some((text, message)) => (text.clone(), Some(message.clone())),
        None => (props.value.map(|n| n.to_string()).unwrap_or_default(), None),
    };
    html! {
        <div class="field">
            { label(&id, &props.label, false) }
            <input
                id={id.clone()}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value={shown}
                aria-invalid={message.is_some().to_string()}
                aria-describedby={described_by(&id, props.help.is_some())}
                {oninput}
            />
            { help(&id, &props.help) }
            if let Some(message) = message {
                <p class="diagnostic error" role="alert">
                    <span class="severity">{ "error" }</span>{ " " }{ message }
                </p>
            }
            { field_diagnostics(&editor, format!("{id}-diagnostics"), &props.path, false) }
        </div>
    }
}

/// A field's label. Plain functions rather than components: the page has one copy of a
/// component's machinery fewer for each (BENCHMARKS.md).
fn label(for_id: &str, label: &AttrValue, compact: bool) -> Html {
    html! {
        <label for={for_id.to_owned()} class={if compact { "visually-hidden" } else { "" }}>
            { label }
        </label>
    }
}

/// A field's line of help, when it has one.
fn help(id: &str, help: &Option<AttrValue>) -> Html {
    match help {
        Some(help) => html! { <p class="help" id={format!("{id}-help")}>{ help }</p> },
        None => html! {},
    }
}

fn described_by(id: &str, help: bool) -> String {
    match help {
        true => format!("{id}-help {id}-diagnostics"),
        false => format!("{id}-diagnostics"),
    }
}

fn is_error(diagnostic: &syncmap_core::Diagnostic) -> bool {
    diagnostic.severity == syncmap_core::Severity::Error
}
