"""The softmax chain table and the derivation panel, each alone with a real
ExplorerController, driven as the window drives them: a logit moved, the
target picked, a vector typed, binary mode, another language.  Assertions
read the texts shown."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from lossviz.explorer import ExplorerState, Mode
from lossviz.softmax_chain import number_text
from lossviz.ui.common import i18n
from lossviz.ui.common.contracts import FollowsLook, Retranslatable, ShowsReadout
from lossviz.ui.explorer.chain_table import DRAW_NEWEST, SoftmaxChainTable
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.derivation_panel import LOSSES, DerivationPanel
from tests.ui.test_translations import english_words


def attached(qtbot, view, controller=None):
    """``view`` shown, following a controller as the window's views do
    (ten classes, the correct class 2, as the window starts)."""
    controller = controller or ExplorerController(ExplorerState(target=2))
    controller.readout_changed.connect(view.show_readout)
    # A view draws a readout once the event loop has painted the plots
    # (ShownAfterThePlots); these tests read what it drew, so each change is
    # followed by that draw.  test_the_plots_are_painted_before_the_numbers: the order itself.
    controller.readout_changed.connect(lambda _readout: QCoreApplication.sendPostedEvents(view, DRAW_NEWEST))
    view.show_readout(controller.readout)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return controller


@pytest.fixture
def table(qtbot):
    view = SoftmaxChainTable()
    return view, attached(qtbot, view)


@pytest.fixture
def panel(qtbot):
    view = DerivationPanel()
    return view, attached(qtbot, view)


@pytest.fixture
def back_to_english(qapp):
    yield
    i18n.install_language(qapp, "en")


def test_both_fulfil_the_views_contracts(qapp):
    for view in (SoftmaxChainTable(), DerivationPanel()):
        assert isinstance(view, ShowsReadout) and isinstance(view, FollowsLook) and isinstance(view, Retranslatable)


# -- the chain table ------------------------------------------------------------------


def test_the_table_follows_a_logit(table):
    view, controller = table
    assert [view.cell_text(q, 3) for q in ("z", "e^z", "y", "t")] == ["0.0000", "1.0000", "0.1000", "0.0000"]
    assert view.sum_text("e^z") == "10.0000"
    controller.set_logit(3, 2.0)
    total = 9 + math.exp(2)
    assert view.cell_text("z", 3) == "2.0000"
    assert view.cell_text("e^z", 3) == "7.3891"
    assert view.sum_text("e^z") == f"{total:.4f}" == "16.3891"
    assert view.cell_text("y", 3) == f"{math.exp(2) / total:.4f}" == "0.4509"
    assert view.cell_text("y", 0) == f"{1 / total:.4f}"
    assert view.sum_text("y") == "1.0000"
    controller.set_logit(4, -10.0)  # e^−10: scientific, as the read-out writes tiny numbers
    assert view.cell_text("z", 4) == "−10.0000" and view.cell_text("e^z", 4) == "4.54 × 10⁻⁵"


def test_the_correct_class_is_marked_as_the_sliders_mark_it(table):
    view, controller = table
    assert view.name_text(2) == "▶ 2" and view.cell_text("t", 2) == "1.0000"
    controller.set_target(7)
    assert view.name_text(7) == "▶ 7" and view.name_text(2) == "2"
    assert view.cell_text("t", 7) == "1.0000" and view.cell_text("t", 2) == "0.0000"


def test_three_classes_show_three_rows(table):
    view, controller = table
    controller.set_n_classes(3)
    assert [view.names[k].isVisible() for k in range(4)] == [True, True, True, False]
    assert view.sum_text("e^z") == "3.0000" and view.cell_text("y", 0) == "0.3333"


def test_a_typed_vector_shows_no_logits(table):
    view, controller = table
    controller.set_n_classes(4)
    controller.set_entered((0.1, 0.05, 0.6, 0.25))
    assert view.cell_text("z", 2) == "—" and view.cell_text("e^z", 2) == "—" and view.sum_text("e^z") == "—"
    assert view.cell_text("y", 2) == "0.6000"
    assert view.note.isVisible() and "No logits" in view.note.text() and "log yₖ + c" in view.note.text()
    controller.set_entered((0.1, 0.05, 0.6, 0.05))
    assert "do not sum to 1" in view.note.text() and view.sum_text("y") == "0.8000"
    controller.set_logit(0, 1.0)  # a slider: logits drive y again
    assert not view.note.isVisible() and view.cell_text("z", 0) == "1.0000"


def test_binary_mode_shows_the_sigmoid_chain(table):
    view, controller = table
    controller.set_mode(Mode.BINARY)
    controller.set_target(1)
    controller.set_logit(0, -1.5)
    shown = [view.cell_text(q) for q in ("z", "e^-z", "1+e^-z", "p", "t")]
    assert shown == ["−1.5000", "4.4817", "5.4817", f"{1 / (1 + math.exp(1.5)):.4f}", "1"]
    assert not view.names[0].isVisible() and view.sigmoid_cells[0].isVisible()
    controller.set_entered((0.8,))
    assert view.cell_text("z") == "—" and "log(p / (1 − p))" in view.note.text()


def test_a_logit_far_outside_the_sliders_widens_its_cell_once(table, qtbot):
    view, controller = table
    controller.set_state(ExplorerState(Mode.MULTICLASS, 10, (300.0,) + (0.0,) * 9, 0))  # a lesson's raw logits
    cell = view.cells[0][1]
    assert cell.text() == "1.94 × 10¹³⁰"
    assert cell.fontMetrics().horizontalAdvance(cell.text()) <= cell.width()


# -- the derivation panel -------------------------------------------------------------


def test_the_derivation_shows_the_correct_class_step_by_step(panel):
    view, controller = panel
    assert view.shown_class == 2  # the default: the correct class
    steps = view.softmax_steps
    assert "∂z<sub>2</sub>" in steps.chain_rule.text()
    # Uniform y = 0.1: the factors y₂(1 − y₂) = 0.09 and −yⱼy₂ = −0.01; −t₂/y₂ = −10.
    assert steps.factors[2].text() == "0.0900" and steps.factors[0].text() == "−0.0100"
    assert steps.ce_dE_dy[2].text() == "−10.0000" and steps.ce_dE_dy[0].text() == "0"
    assert steps.ce_terms[2].text() == "−0.9000" and steps.ce_terms[5].text() == "0"
    assert steps.ce_sum.text() == "−0.9000" and steps.shortcut.text() == "0.1000 − 1.0000"
    assert steps.sse_dE_dy[2].text() == "−0.9000" and steps.sse_dE_dy[0].text() == "0.1000"
    assert steps.sse_sum.text() == number_text(controller.readout.grad_squared_error[2])


def test_the_derivation_follows_a_logit_and_its_factors_shrink(panel):
    view, controller = panel
    steps = view.softmax_steps
    controller.set_logit(5, 10.0)  # confidently wrong: y₅ ≈ 1, y₂ ≈ 0
    readout = controller.readout
    assert steps.ce_sum.text() == number_text(readout.grad_cross_entropy[2]) == "−1.0000"  # y₂ − 1, y₂ = 4.5 × 10⁻⁵
    assert steps.sse_sum.text() == number_text(readout.grad_squared_error[2])
    assert "× 10⁻" in steps.sse_sum.text()  # the squared error's gradient has faded
    assert all("× 10⁻" in steps.factors[j].text() for j in range(10))  # with every factor
    assert steps.shortcut.text() == f"{number_text(readout.y[2])} − 1.0000"


def test_another_class_can_be_chosen_and_the_correct_class_again(panel, qtbot):
    view, controller = panel
    view.selector.setFocus()
    chosen = []
    view.class_chosen.connect(chosen.append)
    for _ in range(4):  # item 0 follows the correct class; then z₀, z₁, z₂, z₃
        qtbot.keyClick(view.selector, Qt.Key.Key_Down)
    assert chosen == [0, 1, 2, 3]
    assert view.shown_class == 3 and view.selector.currentText() == "z₃"
    steps = view.softmax_steps
    assert "∂z<sub>3</sub>" in steps.chain_rule.text()
    assert steps.factors[3].text() == "0.0900" and steps.ce_terms[2].text() == "0.1000"
    assert steps.ce_sum.text() == "0.1000" and steps.shortcut.text() == "0.1000 − 0.0000"
    controller.set_target(6)  # a chosen class stays chosen
    assert view.shown_class == 3
    qtbot.keyClick(view.selector, Qt.Key.Key_Home)
    assert view.shown_class == 6 and view.selector.currentIndex() == 0 and chosen[-1] == -1
    controller.set_target(1)
    assert view.shown_class == 1 and steps.names[1].text() == "▶ 1"


def test_a_class_that_goes_away_gives_back_the_correct_class(panel):
    view, controller = panel
    view.set_class(8)
    assert view.shown_class == 8
    controller.set_n_classes(3)
    assert view.shown_class == 2 and view.selector.count() == 4


def test_the_binary_derivation(panel):
    view, controller = panel
    controller.set_mode(Mode.BINARY)
    controller.set_target(1)
    controller.set_logit(0, -1.5)
    p = 1 / (1 + math.exp(1.5))
    cells = view.sigmoid_steps.cells
    assert cells[("bce", "dp_dz")].text() == f"{p * (1 - p):.4f}"
    assert cells[("bce", "bce_dE_dp")].text() == number_text(-1 / p)
    assert cells[("bce", "bce_grad")].text() == number_text(controller.readout.grad_cross_entropy[0]) == f"−{1 - p:.4f}"
    assert cells[("sse", "sse_grad")].text() == number_text(controller.readout.grad_squared_error[0])
    assert view.sigmoid_steps.shortcut.text() == f"{p:.4f} − 1"
    assert not view.selector.isVisible() and view.sigmoid_steps.isVisible()


def test_a_typed_vector_is_derived_as_written(panel):
    view, controller = panel
    controller.set_n_classes(3)
    controller.set_target(0)
    controller.set_entered((0.2, 0.5, 0.3))  # seed 001: −t₀/y₀ = −5, y₀(1 − y₀) = 0.16, product −0.8
    steps = view.softmax_steps
    assert steps.ce_dE_dy[0].text() == "−5.0000" and steps.factors[0].text() == "0.1600"
    assert steps.ce_terms[0].text() == "−0.8000" and steps.ce_sum.text() == "−0.8000"
    assert view.typed_note.isVisible() and "No logits" in view.typed_note.text()


# -- cheap per move ---------------------------------------------------------------------


class LayoutRequests(QObject):
    def __init__(self, widgets) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.mark.parametrize("kind", [SoftmaxChainTable, DerivationPanel])
def test_a_logit_moved_lays_nothing_out_again(qtbot, qapp, kind):
    """Fixed-size cells: a slider's move repaints numbers, never asks for a relayout."""
    view = kind()
    controller = attached(qtbot, view)
    controller.set_logit(2, 0.5)
    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # what showing it asked for, done
    requests = LayoutRequests([view, *view.findChildren(QWidget)])
    for step in range(40):
        controller.set_logit(step % 3, (step % 7 - 3) * 0.9)
        qapp.processEvents()
    assert requests.count == 0


# -- other languages -------------------------------------------------------------------


def shown_texts(view: QWidget) -> list[str]:
    texts = []
    for widget in [view, *view.findChildren(QWidget)]:
        if not widget.isVisibleTo(view) and widget is not view:
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in texts if text]


def texts_in_every_state(qtbot, view) -> list[str]:
    controller = attached(qtbot, view)
    texts = shown_texts(view)
    controller.set_n_classes(4)
    controller.set_entered((0.1, 0.05, 0.6, 0.25))
    texts += shown_texts(view)
    controller.set_entered((0.0, 0.4, 0.6, 0.0))
    texts += shown_texts(view)
    controller.set_entered((0.1, 0.05, 0.6, 0.05))
    texts += shown_texts(view)
    controller.set_mode(Mode.BINARY)
    texts += shown_texts(view)
    for typed in ((0.8,), (1.0,)):
        controller.set_entered(typed)
        texts += shown_texts(view)
    return texts


@pytest.mark.parametrize("code", ["ja", "ko"])
@pytest.mark.parametrize("kind", [SoftmaxChainTable, DerivationPanel])
def test_no_english_is_left(qtbot, qapp, back_to_english, code, kind):
    view = kind()  # built in English, then switched, as the window is
    i18n.install_language(qapp, code)
    left = {text: words for text in texts_in_every_state(qtbot, view) if (words := english_words(text))}
    assert not left, "\n".join(f"{text!r}: {words}" for text, words in left.items())


@pytest.mark.parametrize("kind", [SoftmaxChainTable, DerivationPanel])
def test_the_check_itself_finds_english(qtbot, kind):
    texts = texts_in_every_state(qtbot, kind())
    assert any(english_words(text) for text in texts)


def test_the_japanese_words_are_the_tutorials(qtbot, qapp, back_to_english):
    panel = DerivationPanel()
    table = SoftmaxChainTable()
    i18n.install_language(qapp, "ja")
    attached(qtbot, panel)
    controller = attached(qtbot, table)
    assert "交差エントロピー誤差" in panel.softmax_steps.ce_title.text()
    assert "2乗和誤差" in panel.softmax_steps.sse_title.text()
    assert table.class_header.text() == "クラス"
    controller.set_entered(np.full(10, 0.1))
    assert "ロジット" in table.note.text()


@pytest.mark.parametrize("kind", [SoftmaxChainTable, DerivationPanel])
def test_a_hidden_view_waits_and_shows_the_newest_state_when_it_appears(qtbot, kind):
    view = kind()
    controller = attached(qtbot, view)
    view.hide()
    rendered = []
    real = view._render
    view._render = lambda readout: (rendered.append(readout), real(readout))
    for value in (1.0, 2.0, 3.0):
        controller.set_logit(2, value)
    assert rendered == []  # hidden (another tab, a closed panel): a slider's move costs it nothing
    view.show()
    assert rendered == [controller.readout]
    if kind is SoftmaxChainTable:
        assert view.cell_text("z", 2) == "3.0000"
    else:
        assert view.softmax_steps.shortcut.text() == f"{number_text(controller.readout.y[2])} − 1.0000"


def test_too_narrow_for_both_losses_the_derivation_shows_one_at_a_time(panel, qtbot):
    view, controller = panel
    steps = view.softmax_steps
    view.resize(steps.width_for(LOSSES) + 100, 700)
    qtbot.waitUntil(lambda: steps.sse_sum.isVisible() and steps.ce_sum.isVisible())
    assert not view.one_loss_at_a_time
    view.resize(steps.width_for(("sse",)) + 40, 700)
    qtbot.waitUntil(lambda: view.one_loss_at_a_time)
    assert steps.ce_sum.isVisible() and not steps.sse_sum.isVisible()  # cross-entropy first
    qtbot.mouseClick(view.loss_buttons.buttons()[1], Qt.MouseButton.LeftButton)
    assert steps.sse_sum.isVisible() and not steps.ce_sum.isVisible() and not steps.ce_terms[2].isVisible()
    assert steps.sse_sum.text() == number_text(controller.readout.grad_squared_error[2])
    # Every number shown is whole inside the panel: nothing runs off its right edge.
    shown = [cell for cell in view.findChildren(QWidget) if cell.isVisible() and cell.width() < view.width()]
    assert max(cell.mapTo(view, QPoint(cell.width(), 0)).x() for cell in shown) <= view.width()
    view.resize(steps.width_for(LOSSES) + 100, 700)
    qtbot.waitUntil(lambda: not view.one_loss_at_a_time)
    assert steps.sse_sum.isVisible() and steps.ce_sum.isVisible()
