//! Beside an endpoint that the apply script does not create: that it must exist first, what it
//! is and how Ping says to create it, from the same core facts as the script's header.

use std::rc::Rc;

use syncmap_core::Scenario;
use syncmap_core::prerequisite::{self, Side};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrerequisiteProps {
    /// Which endpoint the notice is about.
    pub side: Side,
    pub scenario: Rc<Scenario>,
}

/// Nothing when syncmap creates the endpoint; otherwise a notice with Ping's pages as links.
#[function_component(Prerequisite)]
pub fn prerequisite(props: &PrerequisiteProps) -> Html {
    let existing = prerequisite::existing(&props.scenario);
    let Some(need) = existing.into_iter().find(|e| e.side == props.side) else {
        return Html::default();
    };
    let id = format!("{}-prerequisite", props.side.id());
    html! {
        <div class="notice prerequisite" id={id} role="note">
            <p>
                <strong>{ "Create it first: " }</strong>{ format!("the {} ", need.side.label()) }
                <code>{ need.name.to_owned() }</code>{ format!(" is {}.", need.creation.object) }
            </p>
            <p>{ need.reason() }</p>
            <p>{ need.creation.how }</p>
            <ul class="pages">
                { for need.creation.pages.iter().map(|page| html! {
                    <li><a href={*page} target="_blank" rel="noopener noreferrer">{ *page }</a></li>
                }) }
            </ul>
        </div>
    }
}
