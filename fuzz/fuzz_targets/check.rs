//! Fuzzes the checks: arbitrary bytes read as a document, then checked, scored and exported the
//! way `inspect` and `check` do (`jixiao::fuzz::check_bytes`); nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| jixiao::fuzz::check_bytes(data));
