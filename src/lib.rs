//! jixiao (绩效): drafting, checking and exporting Chinese budget performance target tables
//! (项目支出预算绩效目标表) and self-evaluations (绩效自评表).
//!
//! The core — model, value grammar, layouts, import, checks, export and files — builds without
//! any GUI; the egui editor in [`ui`] sits behind the default `gui` feature.

pub mod assets;
pub mod check;
pub mod cli;
pub mod edit;
pub mod export;
pub mod import;
pub mod layout;
pub mod library;
pub mod model;
pub mod review;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
pub mod value;
pub mod workflow;
