//! The places of a record that hold text, in form order, for walking a record cell by cell.

use crate::model::{
    ClosingText, CostCell, HeaderField, IndicatorCell, IndicatorPath, Level1Group, Place, Record,
};

/// The paths of every indicator of `groups`, in form order.
pub(crate) fn paths(groups: &[Level1Group]) -> impl Iterator<Item = IndicatorPath> + '_ {
    groups.iter().enumerate().flat_map(|(level1, g1)| {
        g1.groups.iter().enumerate().flat_map(move |(level2, g2)| {
            (0..g2.indicators.len()).map(move |row| IndicatorPath {
                level1,
                level2,
                row,
            })
        })
    })
}

/// Every place of `record` holding words a person wrote — header fields (not the amount and
/// the code, which are a number and an identifier), labelled extra cells, indicator cells (not
/// 分值 and 得分), closing texts, cost lines' items and bases — in form order.
pub(crate) fn word_places(record: &Record) -> Vec<Place> {
    let mut places: Vec<Place> = HeaderField::TEXT
        .into_iter()
        .filter(|f| !matches!(f, HeaderField::Amount | HeaderField::Code))
        .map(Place::Header)
        .collect();
    places.extend((0..record.header.extra.len()).map(Place::HeaderExtra));
    let unnamed = record
        .columns
        .iter()
        .map(|c| c.cell)
        .filter(|c| matches!(c, IndicatorCell::Other(_)));
    let words = IndicatorCell::ALL
        .into_iter()
        .chain(unnamed)
        .filter(|c| !c.is_number());
    for path in paths(&record.groups) {
        places.extend(words.clone().map(|cell| Place::Indicator(path, cell)));
    }
    for path in paths(&record.medium_groups) {
        places.extend(words.clone().map(|cell| Place::MediumIndicator(path, cell)));
    }
    if record.evaluation.is_some() {
        places.extend(ClosingText::AFTER_INDICATORS.map(Place::Closing));
    }
    for line in 0..record.cost_lines.len() {
        places.extend([CostCell::Item, CostCell::Basis].map(|cell| Place::Cost(line, cell)));
    }
    places
}
