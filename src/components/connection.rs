//! The options every generated command carries: where dsconfig connects and how it binds.

use syncmap_core::scenario::Connection;
use yew::prelude::*;

use super::fields::{Checkbox, Empty, NumberInput, TextInput};

/// The section: a plain function rather than a component, with the same markup (one copy of a
/// component's machinery fewer in the page); its fields are components and skip unchanged
/// values themselves.
pub fn connection_section(c: &Connection) -> Html {
    html! {
        <details class="card connection">
            <summary><h2>{ "Connection options for dsconfig" }</h2></summary>
            <TextInput path="/connection/hostname" label="--hostname"
                       value={c.hostname.clone().unwrap_or_default()} empty={Empty::Unset} />
            <NumberInput path="/connection/port" label="--port" value={c.port.map(u32::from)}
                         min=1 max=65535 />
            <TextInput path="/connection/bind_dn" label="--bindDN"
                       value={c.bind_dn.clone().unwrap_or_default()} empty={Empty::Unset} />
            <TextInput path="/connection/bind_password_file" label="--bindPasswordFile"
                       value={c.bind_password_file.clone().unwrap_or_default()} empty={Empty::Unset}
                       help={AttrValue::from("A file holding the password: syncmap never writes \
                                              --bindPassword, so the password stays out of shell \
                                              history.")} />
            <Checkbox path="/connection/use_ssl" label="--useSSL" checked={c.use_ssl} />
            <Checkbox path="/connection/trust_all" label="--trustAll" checked={c.trust_all} />
        </details>
    }
}
