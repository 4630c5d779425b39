//! The page's background worker: the dsconfig import, the password value checker and the
//! change scripts, in a WebAssembly module of their own that the page loads on first use
//! (`jobs.rs` says why).
//! Trunk builds it as a worker (`index.html`); this file only connects `jobs::handle` to the
//! worker's messages.

use syncmap_web::jobs;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = web_sys::js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = match event.data().as_string() {
            Some(message) => jobs::handle(&message),
            // Not a request at all: answered as one that cannot be read.
            None => jobs::handle(""),
        };
        // Posting a string cannot fail; if it did, the page would see the worker's error.
        let _ = replies.post_message(&reply.into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page that started it.
    on_message.forget();
    let _ = scope.post_message(&jobs::READY.into());
}
