//! The left panel: every table with its name, amount and finding counts; filter, add, duplicate,
//! delete and reorder. Rows are virtualised so thousands of tables scroll smoothly.

use super::action::Action;
use super::command::{Command, Commands};
use super::i18n::Lang;
use super::menu;
use super::theme;
use super::view::ViewState;
use crate::edit::editor::Editor;
use crate::model::{Confidence, Record};

/// The badge of a record the importer doubts, until a person marks it checked.
pub const REVIEW_BADGE: &str = "待核对";
use egui::{Align2, FontId, Role, Sense, TextStyle, Ui, WidgetInfo, vec2};

/// The accessible name of a record's row in the list, with the review badge when it has one.
pub fn row_name(index: usize, record: &Record, lang: Lang) -> String {
    let name = display_name(record, lang);
    let name = match lang {
        Lang::Chinese => format!("第{}张 {name}", index + 1),
        Lang::English => format!("Table {} {name}", index + 1),
    };
    if record.confidence() == Confidence::Review {
        format!("{name} · {}", lang.tr(REVIEW_BADGE))
    } else {
        name
    }
}

/// The record's name, or a placeholder when it has none.
pub fn display_name(record: &Record, lang: Lang) -> &str {
    let name = record.header.name.trim();
    if name.is_empty() {
        lang.tr("（无名称）")
    } else {
        name
    }
}

/// The amount with its unit, as the list shows it.
pub fn amount_text(record: &Record, lang: Lang) -> String {
    record.header.amount.plain_with_unit(lang.unit(record.unit))
}

/// Draws the record list.
pub fn record_list_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &mut ViewState,
    lang: Lang,
    out: &mut Commands,
) {
    ui.horizontal(|ui| {
        ui.heading(lang.tr("项目表"));
        ui.label(
            egui::RichText::new(lang.tr("共{}张表").replace("{}", &editor.len().to_string()))
                .color(theme::weak_text(ui.visuals())),
        );
    });
    filter_ui(ui, view, lang);
    toolbar_ui(ui, editor, view, lang, out);
    ui.separator();

    let shown = view.filter.shown(editor).to_vec();
    if shown.len() != editor.len() {
        ui.label(
            egui::RichText::new(lang.tr("显示{}张").replace("{}", &shown.len().to_string()))
                .color(theme::weak_text(ui.visuals())),
        );
    }
    if editor.is_empty() {
        ui.label(lang.tr("工作簿中还没有项目表。"));
        return;
    }
    rows_ui(ui, editor, view, &shown, lang, out);
}

fn filter_ui(ui: &mut Ui, view: &mut ViewState, lang: Lang) {
    ui.horizontal(|ui| {
        let label = ui.label(lang.tr("筛选"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut view.filter.text)
                    .hint_text(lang.tr("筛选：名称、部门或规则代码"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if view.focus_filter {
            view.focus_filter = false;
            response.request_focus();
        }
    });
}

fn toolbar_ui(ui: &mut Ui, editor: &Editor, view: &ViewState, lang: Lang, out: &mut Commands) {
    let selected = view.selected.filter(|&i| i < editor.len());
    ui.horizontal_wrapped(|ui| {
        ui.menu_button(format!("＋ {}", lang.tr("添加")), |ui| {
            menu::new_record_menu_ui(ui, lang, out);
        })
        .response
        .on_hover_text(lang.tr("新建项目表"));
        let has = selected.is_some();
        let button = |ui: &mut Ui, text: &str, hover: &str, enabled: bool| {
            ui.add_enabled(enabled, egui::Button::new(text))
                .on_hover_text(hover)
                .clicked()
        };
        if button(ui, lang.tr("复制"), lang.tr("复制项目表"), has) {
            out.push(Command::Action(Action::DuplicateRecord));
        }
        if button(ui, lang.tr("删除"), lang.tr("删除项目表"), has) {
            out.push(Command::Action(Action::DeleteRecord));
        }
        let up = selected.is_some_and(|i| i > 0);
        let down = selected.is_some_and(|i| i + 1 < editor.len());
        if button(ui, lang.tr("上移"), lang.tr("上移项目表"), up) {
            out.push(Command::Action(Action::MoveRecordUp));
        }
        if button(ui, lang.tr("下移"), lang.tr("下移项目表"), down) {
            out.push(Command::Action(Action::MoveRecordDown));
        }
    });
}

fn rows_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &mut ViewState,
    shown: &[usize],
    lang: Lang,
    out: &mut Commands,
) {
    let body = ui.text_style_height(&TextStyle::Body);
    let small = ui.text_style_height(&TextStyle::Small);
    let row_height = body + small + 12.0;
    let stride = row_height + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt("record-list")
        .auto_shrink([false, false]);
    if view.scroll_list {
        view.scroll_list = false;
        if let Some(position) = view
            .selected
            .and_then(|s| shown.iter().position(|&i| i == s))
        {
            let visible = ui.available_height();
            let offset = (position as f32 * stride - visible / 2.0 + stride / 2.0).max(0.0);
            area = area.vertical_scroll_offset(offset);
        }
    }
    area.show_rows(ui, row_height, shown.len(), |ui, range| {
        for &index in shown.get(range).unwrap_or_default() {
            if let Some(record) = editor.record(index) {
                let row = Row {
                    index,
                    record,
                    height: row_height,
                };
                row_ui(ui, editor, view, row, lang, out);
            }
        }
    });
}

/// One record's row: where it is, what it shows, how tall it is.
struct Row<'a> {
    index: usize,
    record: &'a Record,
    height: f32,
}

fn row_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &ViewState,
    row: Row<'_>,
    lang: Lang,
    out: &mut Commands,
) {
    let Row {
        index,
        record,
        height,
    } = row;
    let selected = view.selected == Some(index);
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    let name = row_name(index, record, lang);
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
    if response.clicked() && !selected {
        out.push(Command::Select(index));
    }
    if !ui.is_rect_visible(rect) {
        return;
    }
    let elided = paint_row(ui, editor, view, &row, rect, &response, lang);
    // A name cut to the row's width is shown whole on hover; a workbook read from a folder mixes
    // many files, so the row also says which one a table came from.
    let mut hover = Vec::new();
    if elided {
        hover.push(display_name(record, lang).to_owned());
    }
    if record.confidence() == Confidence::Review {
        let doubts: Vec<&str> = record.doubts().map(|n| n.action.as_str()).collect();
        hover.push(lang.on(REVIEW_BADGE, &doubts.join("；")));
    }
    if !record.source.file.is_empty() {
        let sheet = &record.source.sheet;
        hover.push(if sheet.is_empty() {
            record.source.file.clone()
        } else {
            format!("{}（{sheet}）", record.source.file)
        });
    }
    if !hover.is_empty() {
        response.on_hover_text(hover.join("\n"));
    }
}

/// Paints a row; returns whether its name was cut to fit.
fn paint_row(
    ui: &Ui,
    editor: &Editor,
    view: &ViewState,
    &Row { index, record, .. }: &Row<'_>,
    rect: egui::Rect,
    response: &egui::Response,
    lang: Lang,
) -> bool {
    let selected = view.selected == Some(index);
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    if selected {
        painter.rect_filled(rect, 4.0, theme::selection_fill(visuals));
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let body = FontId::proportional(ui.text_style_height(&TextStyle::Body) - 2.0);
    let small = ui
        .style()
        .text_styles
        .get(&TextStyle::Small)
        .cloned()
        .unwrap_or_default();
    let text_color = if selected {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    let inner = rect.shrink2(vec2(6.0, 4.0));

    // Badges on the right, then the name clipped to what is left.
    let counts = editor.findings().counts(index);
    let mut right = inner.right();
    if record.confidence() == Confidence::Review {
        let galley = painter.layout_no_wrap(
            lang.tr(REVIEW_BADGE).to_owned(),
            small.clone(),
            theme::severity_color(visuals, crate::check::Severity::Warning),
        );
        let pos = egui::pos2(right - galley.size().x, inner.bottom() - galley.size().y);
        painter.galley(pos, galley, text_color);
    }
    for (count, severity) in [
        (counts.warnings, crate::check::Severity::Warning),
        (counts.errors, crate::check::Severity::Error),
    ] {
        if count == 0 {
            continue;
        }
        let text = format!("{} {count}", theme::severity_symbol(severity));
        let galley = painter.layout_no_wrap(
            text,
            small.clone(),
            theme::severity_color(visuals, severity),
        );
        let pos = egui::pos2(right - galley.size().x, inner.top() + 2.0);
        right -= galley.size().x + 6.0;
        painter.galley(pos, galley, text_color);
    }
    let name_width = (right - inner.left()).max(20.0);
    let title = format!("{}. {}", index + 1, display_name(record, lang));
    let mut job =
        egui::text::LayoutJob::single_section(title, egui::TextFormat::simple(body, text_color));
    job.wrap = egui::text::TextWrapping::truncate_at_width(name_width);
    let galley = painter.layout_job(job);
    let elided = galley.elided;
    painter.galley(inner.min, galley, text_color);
    let detail = [
        amount_text(record, lang),
        lang.layout(record.layout).to_owned(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    painter.text(
        egui::pos2(inner.left(), inner.bottom()),
        Align2::LEFT_BOTTOM,
        detail,
        small,
        theme::weak_text(visuals),
    );
    elided
}
