//! jixiao (绩效): drafting, checking and exporting Chinese budget performance target tables
//! (项目支出预算绩效目标表) and self-evaluations (绩效自评表).
//!
//! The core — model, value grammar, layouts, import, checks, export and files — builds without
//! any GUI; the egui editor in [`ui`] sits behind the default `gui` feature.

// Unit tests compute their expectations freely; the code they test is linted without them.
#![cfg_attr(test, allow(clippy::arithmetic_side_effects))]

pub mod assets;
pub mod check;
pub mod cli;
pub mod cores;
// Revision counters, row positions and finding tallies of the open document; the money it holds
// is summed by `check`.
#[allow(clippy::arithmetic_side_effects)]
pub mod edit;
pub mod export;
#[doc(hidden)]
pub mod fuzz;
// Reading documents: byte offsets, cell positions and spreadsheet geometry within the input
// read, no money (the numbers it reads are checked by `check`).
#[allow(clippy::arithmetic_side_effects)]
pub mod import;
pub mod layout;
pub mod library;
pub mod model;
pub mod review;
pub mod store;
#[cfg(feature = "gui")]
// Screen geometry in pixels (f32) and list positions; the money it shows comes from `check`.
#[allow(clippy::arithmetic_side_effects)]
pub mod ui;
pub mod value;
pub mod workflow;
