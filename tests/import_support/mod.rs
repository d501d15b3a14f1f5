//! The sample documents, shared by the importer's integration tests.

/// The five real sample documents, one per layout.
#[allow(dead_code, reason = "each test file uses only the helpers it needs")]
pub const SAMPLES: [&str; 5] = [
    "pingluo-2026",
    "pingluo-2024",
    "ningxia-region-2026",
    "zhongwei-selfeval-2024",
    "qinglong-2025",
];

/// The text of a sample document.
pub fn text(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}
