//! Fuzzes the importer with arbitrary bytes: it must return a workbook or an encoding error,
//! never panic or hang. Text that decodes is also read as text, the way the editor pastes it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = jixiao::import::import_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let workbook = jixiao::import::import_text(text);
        for record in &workbook.records {
            assert!(record.notes.iter().all(|n| n.line >= 1));
        }
    }
});
