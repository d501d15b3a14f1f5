//! Label tables looked up by exact text.
//!
//! Every cell of a document is asked whether it is some label; scanning a table of a few hundred
//! labels for each was a tenth of the time a check takes. A table is hashed once, on first use,
//! and then a cell costs one hash whatever the table's length.

use std::collections::HashMap;
use std::hash::Hash;

/// The entries of a table by their label; where a label is listed twice the first entry wins,
/// as a scan from the top would find it.
pub fn index<K: Eq + Hash, V>(entries: impl IntoIterator<Item = (K, V)>) -> HashMap<K, V> {
    let mut map = HashMap::new();
    for (label, value) in entries {
        map.entry(label).or_insert(value);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::index;

    #[test]
    fn a_label_listed_twice_keeps_its_first_meaning() {
        let map = index([("分值", 1), ("权重", 2), ("分值", 3)]);
        assert_eq!(map.get("分值"), Some(&1));
        assert_eq!(map.get("权重"), Some(&2));
        assert_eq!(map.len(), 2);
    }
}
