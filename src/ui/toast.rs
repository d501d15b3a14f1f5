//! A short notice at the foot of the window that offers to undo what was just done (a table
//! deleted without a question first). It goes once the document changes again, so its 撤销
//! never undoes something else, or after a while.

use super::action::Action;
use super::command::{Command, Commands};
use super::i18n::Lang;

/// How long the offer stays, in seconds.
const SECONDS: f64 = 10.0;

/// An offer to undo the last step.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoToast {
    message: String,
    /// The document's revision right after the step; any other means the step is not the last.
    revision: u64,
    since: f64,
}

impl UndoToast {
    /// Offers to undo the step that left the document at `revision`, at time `now`.
    pub fn new(message: String, revision: u64, now: f64) -> UndoToast {
        UndoToast {
            message,
            revision,
            since: now,
        }
    }

    /// Whether the offer still stands: the step is still the last, and its time is not up.
    pub fn stands(&self, revision: u64, now: f64) -> bool {
        self.revision == revision && now - self.since < SECONDS
    }

    /// Draws the notice over the bottom of the window; its button asks for 撤销.
    pub fn show(&self, ctx: &egui::Context, lang: Lang, out: &mut Commands) {
        egui::Area::new(egui::Id::unique("jixiao-undo-toast"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -36.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(&self.message);
                        let undo = ui
                            .button(lang.tr("撤销"))
                            .accessible_name(lang.tr("撤销删除"));
                        if undo.clicked() {
                            out.push(Command::Action(Action::Undo));
                        }
                    });
                });
            });
        let left = SECONDS - (ctx.input(|i| i.time) - self.since);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left.max(0.1)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offer_goes_with_the_next_change_or_after_a_while() {
        let toast = UndoToast::new("已删除项目表".into(), 7, 100.0);
        assert!(toast.stands(7, 101.0));
        assert!(!toast.stands(8, 101.0), "another step came after it");
        assert!(!toast.stands(7, 100.0 + SECONDS));
    }
}
