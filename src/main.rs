//! The syncmap web app: Yew in the browser, every rule and renderer from `syncmap-core`.

mod app;
mod clipboard;
mod components;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
