//! Saving and loading keeps every workbook exactly: load(save(w)) == w, in memory and on disk.

mod common;

use common::generate::workbook;
use jixiao::store;
use proptest::prelude::*;
use std::path::Path;

proptest! {
    #[test]
    fn ron_text_reads_back_as_the_same_workbook(w in workbook()) {
        let text = store::to_ron_string(&w).unwrap();
        let back = store::from_ron_str(&text, Path::new("w.ron")).unwrap();
        prop_assert_eq!(back, w);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn a_saved_file_loads_back_as_the_same_workbook(w in workbook()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("工作簿.ron");
        store::save(&path, &w).unwrap();
        prop_assert_eq!(store::load(&path).unwrap(), w.clone());
        // Saving over the file keeps the workbook the same, and the old one as the backup.
        store::save(&path, &w).unwrap();
        prop_assert_eq!(store::load(&path).unwrap(), w.clone());
        prop_assert_eq!(store::load(&store::backup_path(&path)).unwrap(), w);
    }
}

#[test]
fn the_example_workbook_survives_a_save_and_load() {
    let w = common::examples::example_workbook();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("examples.ron");
    store::save(&path, &w).unwrap();
    assert_eq!(store::load(&path).unwrap(), w);
}
