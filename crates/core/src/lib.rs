//! syncmap-core: the rules, facts and renderers behind syncmap.
//!
//! The pipeline is the same for every front end (the browser app, the `syncmap` binary and its
//! HTTP API):
//!
//! 1. A [`Scenario`] is what the admin asks for: endpoints, the attribute map and its mappings,
//!    DN maps, the sync pipe and class, how passwords travel. It is plain data and
//!    (de)serializes with serde; [`permalink`] puts it in a URL.
//! 2. [`validate`] returns every [`Diagnostic`] at once; each names the [`rules::Rule`] it comes
//!    from, the scenario field it concerns (a JSON pointer) and the documentation page behind it.
//!    Facts come from one place each: [`endpoint`], [`catalog`], [`pingone`], [`inspect`].
//! 3. [`plan`] turns the scenario into typed [`Command`]s (apply, rollback, prerequisites), and
//!    [`render`] writes them out in one of the [`Format`]s. Every token passes through
//!    [`quote`].
//! 4. The other way round, [`dsconfig`] parses existing batch files and [`lint`] checks them
//!    against the catalog and, through the scenarios it reads from them, every rule of step 2.
//!
//! Architecture invariant: this crate does no I/O. No file system, network, clock or
//! environment: callers pass in what they have. That is what lets the same code run in
//! WebAssembly and on the server and give identical answers.

#![deny(missing_docs)]

pub mod catalog;
pub mod change;
pub mod command;
pub mod diagnostic;
pub mod docs;
pub mod dsconfig;
pub mod endpoint;
pub mod inspect;
pub mod ldap;
pub mod likely;
pub mod lint;
pub mod names;
mod order;
pub mod pattern;
pub mod permalink;
pub mod pingone;
pub mod plan;
pub mod prerequisite;
pub mod presets;
pub mod quote;
pub mod render;
pub mod rules;
pub mod runbook;
pub mod scenario;
mod swar;
#[cfg(test)]
mod test_support;
pub(crate) mod validate;
pub mod version;

pub use command::Command;
pub use diagnostic::{Diagnostic, Severity};
pub use endpoint::{DestinationKind, SourceKind};
pub use plan::Script;
pub use render::{
    Format, Options, render, render_change, render_checked, render_dsconfig_checked, render_with,
};
pub use scenario::Scenario;
pub use validate::validate;
pub use version::Version;

/// The version of syncmap that generated a file; written into generated headers.
pub const GENERATOR_VERSION: &str = env!("CARGO_PKG_VERSION");
