"""The loss explorer's main window: the explorer, its toolbar and the MNIST
dock, with the menus built from the action table and handled by the
helpers in ``lossviz.ui.actions``.  It computes nothing itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QMainWindow, QSizePolicy, QTabWidget, QWidget

from lossviz import __version__, quiz
from lossviz.explorer import ExplorerState
from lossviz.mnist.experiment import CONFIDENTLY_WRONG
from lossviz.names import DEFAULT_VIEW, EXPLORER_VIEWS, MNIST_VIEWS
from lossviz.resources import resource_path
from lossviz.ui.actions import help_boxes
from lossviz.ui.actions.builder import MenuActions
from lossviz.ui.actions.curtain import Curtain
from lossviz.ui.actions.export_actions import ExportActions
from lossviz.ui.actions.lecture_keys import LectureKeys
from lossviz.ui.actions.lesson_actions import LessonActions
from lossviz.ui.actions.presentation import Presentation
from lossviz.ui.actions.quiz import QuizMode
from lossviz.ui.actions.table import VIEW_TEXTS
from lossviz.ui.actions.views import ViewActions
from lossviz.ui.common import style
from lossviz.ui.common.i18n import LanguageMenu, Retranslated, fill
from lossviz.ui.common.settings_store import SettingsStore
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.numbers_views import name_scroll_buttons
from lossviz.ui.explorer.toolbar_controls import ExplorerToolbar
from lossviz.ui.explorer.view import ExplorerView
from lossviz.ui.mnist.pages import MnistPages
from lossviz.ui.mnist.panel import MnistPanel
from lossviz.ui.mnist.run_controls import State
from lossviz.worked_examples import ExampleKind, WorkedExample, example_by_key

#: The MNIST panel's share of the window's width, kept on every resize (a
#: window moved to a smaller projector): the explorer's three plots keep
#: their share too, instead of the panel keeping its pixels.
DOCK_SHARE = 0.26
#: The shares the user may give the panel by dragging its edge.
DOCK_SHARES = (0.15, 0.6)
#: The share of the pages beside training (the experiment's three plots, the
#: confusion matrix beside nothing else): at least this, the explorer keeping
#: the rest (its minimum, about 730 px, still fits a 1280-px projector).
WIDE_PAGE_SHARE = 0.45


class LossExplorerWindow(Retranslated, QMainWindow):
    def __init__(self, state: ExplorerState | None = None) -> None:
        super().__init__()
        # Widgets are built in the current look: a new window's is 100%, whatever an earlier one left.
        style.set_current(style.Look())
        self.setWindowIcon(QIcon(str(resource_path("icons", "lossviz.svg"))))
        self.controller = ExplorerController(state or ExplorerState(target=2), self)
        self.example: WorkedExample | None = None
        #: The settings file, when this window keeps its settings there (keep_settings).
        self.settings: SettingsStore | None = None

        self.menu_actions = actions = MenuActions(self)
        # Made inside the window: a toolbar filled while it is a window of
        # its own keeps the empty target combo's width for its layout.
        self.toolbar = ExplorerToolbar(self)
        self.addToolBar(self.toolbar)
        self.view = ExplorerView(self.controller)
        self.setCentralWidget(self.view)
        self._build_mnist_dock()
        self.plots_only = False
        actions.fill_toolbar(self.toolbar)
        self._expose_parts()

        self.lecture_keys = LectureKeys(self.controller, self.sliders, self, actions)
        self.export_actions = ExportActions(self, self.controller, self.readout, actions)
        self.lessons = LessonActions(self, self, self.controller, self.mnist_panel, self.entry, actions)
        self.presentation = Presentation(self, actions)
        self.views = ViewActions(self, actions)
        self.languages = LanguageMenu({code: action for key, action in actions.actions.items()
                                       if (code := key.removeprefix("language.")) != key}, self.statusBar)
        self.quiz = QuizMode(self, actions)  # quiz mode and the lesson's deck of slides
        self.lessons.deck, self.lessons.deck_shown = self.quiz.deck, self.quiz.show_deck
        self.lessons.pages = self.pages
        self.quiz.add_part(quiz.DRAWING_ANSWER, Curtain(self.pages.draw_pad.answer_label))
        for helper in (self.lecture_keys, self.export_actions, self.lessons, self.presentation, self.languages, self.quiz, self.views):
            actions.connect(helper.handlers())
        actions.connect({"quit": self.close, "about": lambda: help_boxes.show_about(self),
                         "explain": lambda: help_boxes.show_explanation(self, (self.probability_plot, self.log_loss_plot, self.gradient_plot)),
                         "mnist": self.show_mnist_panel, "reset": self.controller.reset,
                         "experiment.run": self.run_experiment})
        actions.connect(self.view.setting_handlers())
        actions.retranslated.connect(self.languages.show_current)
        self.languages.show_current()
        self.retranslate()

        self.toolbar.mode_chosen.connect(self.controller.set_mode)
        self.toolbar.classes_chosen.connect(self.controller.set_n_classes)
        self.toolbar.target_chosen.connect(self.controller.set_target)
        self.toolbar.example_chosen.connect(lambda key: self.load_example(example_by_key(key)))
        self.view.sample_chosen.connect(self._on_sample_chosen)
        # The views the window starts with; the MNIST panel's training page is made with the dock.
        for key, page, wide in ((DEFAULT_VIEW, None, False), ("chain", self.view.chain_table, False),
                                ("derivation", self.view.derivation_panel, True)):
            self.add_explorer_view(key, page, wide)
        self.view.view_chosen.connect(self.views.show_checked)
        self.mnist_pages.currentChanged.connect(self._on_mnist_page_changed)
        self.views.show_checked(DEFAULT_VIEW)
        self.views.show_checked(MNIST_VIEWS[0])
        self.presentation.look_changed.connect(self._show_dock_title)
        self.controller.readout_changed.connect(self.toolbar.show_readout)
        self.toolbar.show_readout(self.controller.readout)

    def _expose_parts(self) -> None:
        """The parts by their old names, which tests, benchmarks and the
        command line's checks use."""
        view, bar = self.view, self.toolbar
        self.sliders, self.entry, self.readout, self.worked_example = view.sliders, view.entry, view.readout, view.worked_example
        self.probability_plot, self.log_loss_plot, self.gradient_plot = view.probability_plot, view.log_loss_plot, view.gradient_plot
        self.slider_box, self.readout_box, self.example_box = view.slider_box, view.readout_box, view.example_box
        self.mode_combo, self.classes_spin, self.target_combo, self.example_combo = (
            bar.mode_combo, bar.classes_spin, bar.target_combo, bar.example_combo)
        menus = self.menu_actions.menus
        self.file_menu, self.view_menu, self.explorer_menu, self.help_menu = menus["file"], menus["view"], menus["explorer"], menus["help"]
        self.reset_action, self.mnist_action = self.menu_actions["reset"], self.menu_actions["mnist"]

    def export_targets(self) -> dict[str, QWidget]:
        """What ``--plot`` and File > Export can export, by name."""
        return {
            "window": self,
            "probabilities": self.probability_plot,
            "log-loss": self.log_loss_plot,
            "gradients": self.gradient_plot,
            "loss-curve": self.mnist_panel.loss_plot,
            "accuracy": self.mnist_panel.accuracy_plot,
        }

    def _build_mnist_dock(self) -> None:
        """The MNIST panel, docked on the right; the toolbar shows or hides it
        (our own action, not the dock's toggleViewAction: room must be made
        before the dock appears, or the window grows past a laptop screen)."""
        self.mnist_panel = MnistPanel(self.controller)
        # The panel's pages: its tabs appear once there are two.
        self.mnist_pages = QTabWidget()
        self.mnist_pages.setDocumentMode(True)
        self.mnist_pages.setTabBarAutoHide(True)
        self._mnist_keys: list[str] = []
        self._mnist_titles: dict[str, tuple[str, str]] = {}
        self.add_mnist_view(MNIST_VIEWS[0], self.mnist_panel)
        self.pages = MnistPages(self.mnist_panel, self)
        for key, page in self.pages.pages.items():
            self.add_mnist_view(key, page)
        self.mnist_dock = QDockWidget(self)
        self.mnist_dock.setObjectName("mnist-dock")
        self.mnist_dock.setWidget(self.mnist_pages)
        self.mnist_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.mnist_dock)
        # Hidden at first: the lesson starts with the explorer, at full width.
        self.mnist_dock.hide()
        self.mnist_dock.visibilityChanged.connect(self._on_mnist_dock_visibility_changed)
        self.mnist_dock.installEventFilter(self)  # the user's share of the width, when they drag its edge
        self.dock_share = DOCK_SHARE

    # -- views -------------------------------------------------------------------

    def add_explorer_view(self, key: str, page: QWidget | None, wide: bool = False) -> None:
        """A view of the explorer's numbers, on a tab over them and on its View
        menu key (``key`` in lossviz.names.EXPLORER_VIEWS, its title and key in
        lossviz.ui.actions.table.VIEW_TEXTS).  ``page`` shows the controller's
        readout if it has ``show_readout``; ``wide``: it may take the whole
        width under the plots (the derivation)."""
        self.view.add_view(key, VIEW_TEXTS[key][0], page, wide)

    def add_mnist_view(self, key: str, widget: QWidget, title: tuple[str, str] | None = None) -> None:
        """A page of the MNIST panel, on a tab of its own (shown once there
        are two) and on its View menu key (``key`` in lossviz.names.MNIST_VIEWS;
        its title, unless given, from VIEW_TEXTS)."""
        if key in self._mnist_keys:
            raise ValueError(f"the MNIST view {key!r} is there already")
        self._mnist_keys.append(key)
        self._mnist_titles[key] = title or VIEW_TEXTS[key][0]
        self.mnist_pages.addTab(widget, QCoreApplication.translate(*self._mnist_titles[key]))
        self._size_by_current_page()

    def _on_mnist_page_changed(self, _index: int) -> None:
        self._size_by_current_page()
        self.views.show_checked(self.mnist_view)
        if self.mnist_dock.isVisible():
            self._share_with_dock()
            self.pages.page_shown(self.mnist_view)

    def _size_by_current_page(self) -> None:
        """The dock as small as its current page allows: Qt's stack of pages
        otherwise keeps the largest minimum of them all (the confusion
        matrix's), and the explorer's plots lose their room on every page."""
        current = self.mnist_pages.currentWidget()
        for index in range(self.mnist_pages.count()):
            page = self.mnist_pages.widget(index)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.mnist_pages.updateGeometry()

    def run_experiment(self) -> None:
        """"Why cross-entropy?" (F8): the experiment's page, its run started
        confidently wrong at once (a run already under way goes on)."""
        self.show_view("experiment")
        if self.pages.experiment.state not in (State.RUNNING, State.PAUSED):
            self.pages.experiment.start(CONFIDENTLY_WRONG)

    @property
    def mnist_view(self) -> str:
        return self._mnist_keys[max(0, self.mnist_pages.currentIndex())]

    def show_view(self, key: str) -> None:
        """Show view ``key`` (lossviz.names.VIEWS): one of the explorer's
        numbers, or a page of the MNIST panel, which opens for it."""
        if key in EXPLORER_VIEWS:
            self.view.show_view(key)
        elif key in self._mnist_keys:
            self.mnist_pages.setCurrentIndex(self._mnist_keys.index(key))
            self.show_mnist_panel(True)
        else:
            raise ValueError(f"no view {key!r}")
        self.views.show_checked(key)

    def current_view(self) -> str:
        """The view a lesson keeps: the MNIST panel's page where the panel is
        open on another page than training, else the explorer's numbers."""
        if self.mnist_dock.isVisible() and self.mnist_view != MNIST_VIEWS[0]:
            return self.mnist_view
        return self.view.current_view

    def set_plots_only(self, on: bool) -> None:
        """The projector's focus view (F6): only the plots, the explorer's and
        the training's (the panel stays as open or closed as it was)."""
        self.plots_only = on
        self.view.set_plots_only(on)
        self.mnist_panel.set_plots_only(on)
        self.views.show_plots_only(on)

    def _show_dock_title(self, _look=None) -> None:
        """Presenting, the dock's title bar gives its height to the training plots (F5 or Ctrl+M closes the panel)."""
        presenting = self.presentation.presenting
        if presenting != isinstance(self.mnist_dock.titleBarWidget(), QWidget):
            self.mnist_dock.setTitleBarWidget(QWidget() if presenting else None)

    def retranslate(self) -> None:
        """The window's own texts in the current language (View > Language);
        its widgets and its actions follow the same LanguageChange event themselves."""
        self.show_title()
        for index, key in enumerate(self._mnist_keys):
            self.mnist_pages.setTabText(index, QCoreApplication.translate(*self._mnist_titles[key]))
        name_scroll_buttons(self.mnist_pages.tabBar())
        self.mnist_dock.setWindowTitle(self.tr("Train a network on MNIST"))
        # Qt names the dock's title-bar buttons for screen readers once, when
        # it makes them: name them again in Qt's own words for this language.
        for name, text in (("qt_dockwidget_floatbutton", "Float"), ("qt_dockwidget_closebutton", "Close")):
            button = self.mnist_dock.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate("QDockWidget", text))

    def show_mnist_panel(self, show: bool = True) -> None:
        if show == self.mnist_dock.isVisible():
            return
        if show:
            size = self.size()
            self.mnist_dock.show()
            # Qt sizes the window for the dock before the smaller explorer's
            # minimum counts; once it does, the window fits its old size again.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.layout().activate()  # which lowers the window's minimum size
            if self.width() > size.width() and self.minimumSizeHint().width() <= size.width():
                self.resize(size)
            self._share_with_dock()
        else:
            self.mnist_dock.hide()

    def _share_with_dock(self) -> None:
        if self.mnist_dock.isVisible() and not self.mnist_dock.isFloating():
            share = self.dock_share if self.mnist_view == MNIST_VIEWS[0] else max(self.dock_share, WIDE_PAGE_SHARE)
            self.resizeDocks([self.mnist_dock], [round(self.width() * share)], Qt.Orientation.Horizontal)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._share_with_dock()

    def eventFilter(self, watched, event) -> bool:
        # Dragged by the user (a mouse button is down): that share from now on.
        if (watched is self.mnist_dock and event.type() == QEvent.Type.Resize and not self.mnist_dock.isFloating()
                and QApplication.mouseButtons() != Qt.MouseButton.NoButton and self.width() > 0):
            low, high = DOCK_SHARES
            self.dock_share = min(high, max(low, self.mnist_dock.width() / self.width()))
        return super().eventFilter(watched, event)

    def _on_mnist_dock_visibility_changed(self, visible: bool) -> None:
        # Also when the dock's own close button hid it.
        if self.mnist_action.isChecked() != visible:
            with QSignalBlocker(self.mnist_action):
                self.mnist_action.setChecked(visible)
        if visible:
            self.pages.page_shown(self.mnist_view)

    def keep_settings(self, store: SettingsStore) -> None:
        """Start from the settings file, then write each change the user makes back to it."""
        self.settings = self.lessons.settings = store
        saved = store.settings
        self.presentation.set_theme(saved.theme)
        self.presentation.set_zoom(saved.zoom)
        self.controller.set_n_classes(saved.n_classes)
        self.mnist_panel.show_training_params(saved.training)
        if saved.preset is not None:
            self.load_example(example_by_key(saved.preset))
        if store.notice:
            self.statusBar().showMessage(store.notice)
        for key, action in self.presentation.theme_actions.items():
            action.triggered.connect(lambda _=False, k=key: store.remember(theme=k))
        self.presentation.look_changed.connect(self._remember_zoom)
        self.classes_spin.valueChanged.connect(lambda n: store.remember(n_classes=n))
        self.mnist_panel.settings_edited.connect(self._remember_training)

    def _remember_zoom(self, _look) -> None:
        # Presentation mode's zoom is the screen's; the one to keep is the user's own.
        if not self.presentation.presenting and self.presentation.zoom != self.settings.settings.zoom:
            self.settings.remember(zoom=self.presentation.zoom)

    def _remember_training(self) -> None:
        try:
            params = self.mnist_panel.training_params()
        except ValueError:  # a learning rate being typed: keep the last good one
            return
        self.settings.remember(training=params)

    def show_title(self) -> None:
        """The app and its version; with a lesson open, the lesson's file first."""
        title = fill(self.tr("LossViz %1 — what a loss function measures"), __version__)
        if self.lessons.path is not None:
            title = f"{self.lessons.path.name} — {title}"
        self.setWindowTitle(title)

    def show_lesson_path(self, path: Path) -> None:
        self.setWindowFilePath(str(path))
        self.show_title()

    def _show_example_box(self) -> None:
        """The worked-example box takes room only while it shows an example."""
        self.view.show_example_box(self.example is not None)

    def keyPressEvent(self, event) -> None:
        # Only arrow keys that no widget with the focus wanted arrive here.
        action_ids = {Qt.Key.Key_Up: "class.previous", Qt.Key.Key_Down: "class.next", Qt.Key.Key_Right: "logit.raise",
                      Qt.Key.Key_Left: "logit.lower"}
        action_id = action_ids.get(event.key())
        if action_id is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.menu_actions[action_id].trigger()
        else:
            super().keyPressEvent(event)

    def shutdown(self) -> None:
        """Every thread of the window stopped (training, the experiment, the
        mistakes): before it closes, or when a test or benchmark is done with it."""
        self.mnist_panel.shutdown()
        self.pages.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- worked examples -------------------------------------------------------

    def load_example(self, example: WorkedExample) -> None:
        """Show a seed's worked example: its first sample in the explorer,
        the whole example (every sample, the seed's numbers) beside the losses."""
        self.example = example
        if self.settings is not None:
            self.settings.remember(preset=example.key)
        self._show_example_box()
        self.toolbar.show_example(example.key)
        self.worked_example.show_example(example)
        if example.kind is not ExampleKind.REGRESSION:
            self.view.show_sample(example, 0)

    def clear_example(self) -> None:
        """No worked example on show (the explorer keeps its state)."""
        self.example = None
        self.toolbar.show_example(None)
        self.worked_example.clear()
        self._show_example_box()

    def _on_sample_chosen(self, row: int) -> None:
        if self.example is not None:
            self.view.show_sample(self.example, row)
