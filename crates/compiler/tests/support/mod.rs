//! Shared test helpers.

mod mini_parser;

pub use mini_parser::parse;
