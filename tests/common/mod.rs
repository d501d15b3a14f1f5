//! Shared test helpers: example tables per layout, proptest generators of workbooks, and a reader
//! of the canonical text that follows `docs/format.md` to the letter.
#![allow(dead_code)] // each test file uses a different part

pub mod cli;
pub mod examples;
pub mod fixpoint;
pub mod generate;
pub mod tsv;
