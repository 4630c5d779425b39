//! Light or dark: the system's choice unless the admin picks one, remembered in the browser.

/// The admin's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system (`prefers-color-scheme`).
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];
    const KEY: &'static str = "syncmap.theme";

    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "As the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    pub fn from_id(id: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.id() == id)
            .unwrap_or(Theme::System)
    }

    /// The stored choice.
    pub fn load() -> Theme {
        storage()
            .and_then(|s| s.get_item(Self::KEY).ok().flatten())
            .map_or(Theme::System, |id| Theme::from_id(&id))
    }

    /// Applies the choice to the page (the stylesheet reads `data-theme`) and stores it.
    pub fn apply(self) {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = match self {
                Theme::System => root.remove_attribute("data-theme"),
                theme => root.set_attribute("data-theme", theme.id()),
            };
        }
        if let Some(storage) = storage() {
            let _ = match self {
                Theme::System => storage.remove_item(Self::KEY),
                theme => storage.set_item(Self::KEY, theme.id()),
            };
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
