//! Shared test data: example tables per layout and proptest generators of workbooks.
#![allow(dead_code)] // each test file uses a different part

pub mod examples;
