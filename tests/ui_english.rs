//! English mode speaks English: once switched, no word the editor itself shows in its main views
//! (menu bar, list, form, grid headings, problems panel, status bar, 入门) is Chinese. Document
//! content — what the tables say, finding messages and their places — stays as written, so the
//! check walks the accessibility tree and takes every string of the document out of each node's
//! text before looking for Chinese characters.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use jixiao::model::Workbook;
use jixiao::ui::command::Command;
use jixiao::ui::i18n::Lang;
use jixiao::ui::view::ProblemScope;
use ui_support::{Rig, fixture_workbook as fixture, rig, sample_workbook};

/// Tables of several forms: two local target forms, a self-evaluation and a region form.
fn workbook() -> Workbook {
    let mut workbook = sample_workbook();
    for name in ["zhongwei-selfeval-2024.txt", "ningxia-region-2026.txt"] {
        let mut more = fixture(name);
        more.records.truncate(1);
        workbook.records.extend(more.records);
    }
    workbook
}

fn strings_of(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_of(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings_of(v, out)),
        _ => {}
    }
}

/// Every Chinese text of the document — each record's every string, each finding's message,
/// place and fixes — longest first, so a longer text is taken out before a text inside it.
fn document_strings(rig: &mut Rig) -> Vec<String> {
    let editor = rig.app().editor();
    let mut strings = Vec::new();
    for (index, record) in editor.workbook().records.iter().enumerate() {
        let value = serde_json::to_value(record).expect("a record serializes");
        strings_of(&value, &mut strings);
        for finding in editor.findings().of_record(index) {
            strings.push(finding.message.clone());
            strings.push(finding.place.describe(record));
            strings.extend(finding.fixes.iter().map(|f| f.label.clone()));
        }
    }
    let mut strings: Vec<String> = strings
        .into_iter()
        .flat_map(|s| [s.trim().to_owned(), s])
        .filter(|s| s.chars().any(is_chinese))
        .collect();
    strings.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    strings.dedup();
    strings
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// The visible texts of the editor's nodes that still hold Chinese once the document's own
/// strings are taken out: the editor's own untranslated words.
fn chinese_words(rig: &mut Rig) -> Vec<String> {
    let document = document_strings(rig);
    let mut found = Vec::new();
    for node in rig.harness.root().children_recursive() {
        let node = node.accesskit_node();
        // A text run is a line of its label, whose whole text is checked.
        if node.role() == Role::TextRun {
            continue;
        }
        let typed = matches!(node.role(), Role::TextInput | Role::MultilineTextInput);
        let texts = [node.label(), (!typed).then(|| node.value()).flatten()];
        for text in texts.into_iter().flatten() {
            let mut rest = text.to_string();
            for s in &document {
                if rest.contains(s.as_str()) {
                    rest = rest.replace(s.as_str(), " ");
                }
            }
            if rest.chars().any(is_chinese) {
                found.push(format!("{:?}: {text} → {rest}", node.role()));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn english_mode_shows_no_chinese_of_its_own_in_the_main_views() {
    let mut rig = rig(workbook());
    assert!(
        chinese_words(&mut rig)
            .iter()
            .any(|w| w.contains("绩效指标")),
        "in Chinese the check sees the editor's own words"
    );
    rig.app().push(Command::SetLang(Lang::English));
    rig.harness.run();
    let mut found = Vec::new();
    let count = rig.app().editor().len();
    for index in 0..count {
        rig.app().push(Command::Select(index));
        rig.harness.run();
        found.extend(chinese_words(&mut rig));
    }
    rig.click("All tables");
    assert_eq!(rig.app().view().scope, ProblemScope::Workbook);
    found.extend(chinese_words(&mut rig));
    rig.app().push(Command::ShowGettingStarted);
    rig.harness.run();
    assert!(rig.harness.query_by_label("Getting started").is_some());
    found.extend(chinese_words(&mut rig));
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "Chinese left in English mode:\n{}",
        found.join("\n")
    );
}

#[test]
fn english_mode_names_each_finding_s_rule_beside_its_chinese_message() {
    let mut rig = rig(workbook());
    rig.app().push(Command::SetLang(Lang::English));
    rig.harness.run();
    let code = rig.app().editor().findings().of_record(0)[0].code;
    let title = jixiao::check::english::english_title(code).expect("an English title");
    assert!(
        rig.harness.query_all_by_label(title).next().is_some(),
        "{code} is shown as {title}"
    );
}

#[test]
fn getting_started_opens_from_the_help_menu_and_leads_to_the_shortcuts() {
    let mut rig = rig(sample_workbook());
    rig.click("帮助");
    rig.click("入门");
    assert!(
        rig.harness
            .query_by_label("编制下一年度的表（部门经办人）")
            .is_some()
    );
    rig.click("全部快捷键…");
    assert_eq!(
        rig.app().dialog(),
        Some(&jixiao::ui::dialogs::Dialog::Shortcuts)
    );
}

/// The Chinese literals the editor's code passes to `tr(…)` under `dir`, with their file.
fn translated_literals(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            translated_literals(&path, out);
            continue;
        }
        // The table itself, whose tests name a word that stays Chinese on purpose.
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (at, _) in text.match_indices("tr(") {
            let rest = text[at + 3..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue;
            };
            let end = literal.find('"').unwrap_or(literal.len());
            let word = &literal[..end];
            if word.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
                out.push((word.to_owned(), path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_chinese_word_the_editor_translates_has_its_english() {
    let mut words = Vec::new();
    translated_literals(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut words,
    );
    assert!(words.len() > 100, "the editor's words were not found");
    let missing: Vec<_> = words
        .into_iter()
        .filter(|(word, _)| {
            let word: &'static str = Box::leak(word.clone().into_boxed_str());
            Lang::English.tr(word) == word
        })
        .collect();
    assert!(missing.is_empty(), "no English for {missing:?}");
}
