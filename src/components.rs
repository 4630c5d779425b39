//! The page's components, one per file.

pub mod diagnostics_panel;
pub mod field_diagnostics;
pub mod output_panel;
pub mod source_field;
pub mod text_field;
