//! The page's components, one per file.
//!
//! The bundle has a size budget (BENCHMARKS.md), so they choose their `class` strings directly
//! rather than through `classes!`, and format nothing with `{:?}`: each costs kilobytes.

pub mod connection;
pub mod diagnostics_panel;
pub mod endpoints;
pub mod field_diagnostics;
pub mod fields;
pub mod history_bar;
pub mod import_panel;
pub mod mappings;
pub mod output_panel;
pub mod password;
pub mod pingone;
pub mod prerequisite;
pub mod preset_picker;
pub mod secret_input;
pub mod share_panel;
pub mod sync_class;
pub mod version;
