//! Fuzzes the workbook files: arbitrary bytes read as RON, checked, saved and read back equal
//! (`jixiao::fuzz::store_bytes`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| jixiao::fuzz::store_bytes(data));
