"""The loss explorer's main window: it lays out the widgets and wires them to
one ``ExplorerController``.  It computes nothing itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lossviz import __version__
from lossviz import worked_examples as presets
from lossviz.explorer import MAX_CLASSES, MIN_CLASSES, ExplorerState, Mode, Readout
from lossviz.resources import resource_path
from lossviz.ui.actions.export_actions import ExportActions
from lossviz.ui.actions.lecture_keys import LectureKeys
from lossviz.ui.actions.lesson_actions import LessonActions
from lossviz.ui.actions.presentation import Presentation
from lossviz.ui.common.i18n import LanguageMenu, Retranslated
from lossviz.ui.common.settings_store import SettingsStore
from lossviz.ui.explorer.class_sliders import ClassSliderPanel
from lossviz.ui.explorer.controller import ExplorerController
from lossviz.ui.explorer.loss_readout import LossReadout
from lossviz.ui.explorer.plots import GradientPlot, LogLossPlot, ProbabilityPlot
from lossviz.ui.explorer.probability_entry import ProbabilityEntry
from lossviz.ui.explorer.worked_example_view import WorkedExampleView
from lossviz.ui.mnist.panel import MnistPanel
from lossviz.worked_examples import WORKED_EXAMPLES, ExampleKind, WorkedExample, example_by_key


class LossExplorerWindow(Retranslated, QMainWindow):
    def __init__(self, state: ExplorerState | None = None) -> None:
        super().__init__()
        self.setWindowIcon(QIcon(str(resource_path("icons", "lossviz.svg"))))
        self.controller = ExplorerController(state or ExplorerState(target=2), self)
        self.example: WorkedExample | None = None

        self._build_menus()
        self._build_toolbar()
        self.sliders = ClassSliderPanel()
        self.entry = ProbabilityEntry()
        self.probability_plot = ProbabilityPlot()
        self.log_loss_plot = LogLossPlot()
        self.gradient_plot = GradientPlot()
        self.readout = LossReadout()
        self.worked_example = WorkedExampleView()
        self._build_layout()
        self._build_mnist_dock()
        self.lecture_keys = LectureKeys(self)
        self.export_actions = ExportActions(self)
        self.lessons = LessonActions(self)
        #: The settings file, when this window keeps its settings there (keep_settings).
        self.settings: SettingsStore | None = None
        self.presentation = Presentation(self)
        self.findChild(QToolBar, "explorer-toolbar").addAction(self.presentation.action)
        self.languages = LanguageMenu(self)
        self.retranslate()

        self._views = (self.sliders, self.entry, self.probability_plot, self.log_loss_plot, self.gradient_plot, self.readout)
        self.controller.readout_changed.connect(self._on_readout_changed)
        self.sliders.logit_changed.connect(self.controller.set_logit)
        self.entry.probabilities_entered.connect(self._on_probabilities_entered)
        self.entry.renormalise_requested.connect(self.controller.renormalise)
        self.worked_example.sample_chosen.connect(self._on_sample_chosen)
        self._on_readout_changed(self.controller.readout)

    # -- construction ----------------------------------------------------

    def _build_menus(self) -> None:
        """The menu bar: every action is here, with its shortcut shown, even
        when it also has a toolbar button or a key of its own."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.explorer_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.explain_action = QAction(self)
        self.explain_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.explain_action.triggered.connect(self._on_explain_triggered)
        self.help_menu.addAction(self.explain_action)
        self.help_menu.addAction(self.about_action)

    def explanation(self) -> str:
        """Each plot and the read-out in plain words (Help, F1): the plots'
        own tooltips, so the two never disagree."""
        parts = [(plot.accessibleName(), plot.toolTip()) for plot in (self.probability_plot, self.log_loss_plot, self.gradient_plot)]
        parts.append((self.tr("Losses"), self.tr(
            "Every loss of the output y against the target t, each with its formula. Cross-entropy looks only at the "
            "correct class's y; the squared error looks at every class. The tutorials' worked examples (Example above) "
            "show the numbers the tutorials print beside the ones computed here.")))
        parts.append((self.tr("Train on MNIST"), self.tr(
            "A small network learns to read handwritten digits by lowering one of these losses, a mini-batch at a time. "
            "Pick a digit to see the network's answer for it in the plots above.")))
        return "".join(f"<h4>{title}</h4><p>{text.replace(chr(10), '<br>')}</p>" for title, text in parts)

    def _on_explain_triggered(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What am I looking at?"), self.explanation(), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()  # not modal to the lesson: the teacher can keep it beside the window

    def about_text(self) -> str:
        return self.tr(
            "<h3>LossViz %1</h3><p>See what a neural network's loss function measures: "
            "softmax outputs against a one-hot target, every loss with its formula, "
            "and a tiny network learning MNIST.</p>"
            "<p>MNIST: Yann LeCun and Corinna Cortes, CC BY-SA 3.0.</p>"
        ).replace("%1", __version__)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About LossViz"), self.about_text())

    def _build_toolbar(self) -> None:
        self.toolbar = bar = QToolBar()
        bar.setMovable(False)
        bar.setObjectName("explorer-toolbar")
        self.addToolBar(bar)

        self.mode_combo = QComboBox()
        self.mode_combo.addItem("", Mode.MULTICLASS)
        self.mode_combo.addItem("", Mode.BINARY)
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)

        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(MIN_CLASSES, MAX_CLASSES)
        self.classes_spin.valueChanged.connect(self._on_classes_changed)

        self.target_combo = QComboBox()
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)

        self.example_combo = QComboBox()
        self.example_combo.addItem("", None)
        for example in WORKED_EXAMPLES:
            self.example_combo.addItem("", example.key)  # its title and source: retranslate()
        # As wide as about 34 characters, so the toolbar fits at any zoom;
        # the list that drops down is as wide as its longest title.
        self.example_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.example_combo.setMinimumContentsLength(34)
        self.example_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.example_combo.currentIndexChanged.connect(self._on_example_changed)

        self.reset_action = QAction(self)
        self.reset_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.reset_action.triggered.connect(self._on_reset_triggered)

        self.toolbar_labels: list[QLabel] = []  # their captions: retranslate()
        for widget in (self.mode_combo, self.classes_spin, self.target_combo, self.example_combo):
            label = QLabel()
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            self.toolbar_labels.append(label)
        bar.addSeparator()
        bar.addAction(self.reset_action)
        self.explorer_menu.addAction(self.reset_action)

    def _build_layout(self) -> None:
        self.slider_box = QGroupBox()
        slider_layout = QVBoxLayout(self.slider_box)
        slider_layout.addWidget(self.sliders, 1)
        slider_layout.addWidget(self.entry)

        self.readout_box = readout_box = QGroupBox()
        QVBoxLayout(readout_box).addWidget(self.readout)
        self.example_box = example_box = QGroupBox()
        QVBoxLayout(example_box).addWidget(self.worked_example)

        # Plots side by side on top; below them the numbers: the losses of
        # what is shown, beside the seed example it came from.
        plots = QHBoxLayout()
        for plot in (self.probability_plot, self.log_loss_plot, self.gradient_plot):
            plots.addWidget(plot, 1)
        numbers_widget = QWidget()
        self.numbers_layout = numbers = QBoxLayout(QBoxLayout.Direction.LeftToRight, numbers_widget)
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.addWidget(readout_box, 1)
        numbers.addWidget(example_box, 1)
        # The numbers scroll when the window is short (a laptop with the
        # MNIST panel open, or zoomed text): the plots keep their height.
        self.numbers_area = QScrollArea()
        self.numbers_area.setWidget(numbers_widget)
        self.numbers_area.setWidgetResizable(True)
        self.numbers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.numbers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.numbers_area.installEventFilter(self)  # side by side, or one above the other when narrow
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 6, 0)  # the last bar off the window's edge
        right_layout.addLayout(plots, 5)
        right_layout.addWidget(self.numbers_area, 4)
        for plot in (self.probability_plot, self.log_loss_plot, self.gradient_plot):
            plot.setMinimumHeight(240)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.slider_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([400, 1200])  # proportions; Qt scales them to the window
        self.setCentralWidget(splitter)

    def _build_mnist_dock(self) -> None:
        """The MNIST panel, docked on the right; the toolbar shows or hides it."""
        self.mnist_panel = MnistPanel(self.controller)
        self.mnist_dock = QDockWidget(self)
        self.mnist_dock.setObjectName("mnist-dock")
        self.mnist_dock.setWidget(self.mnist_panel)
        self.mnist_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.mnist_dock)
        # Hidden at first: the lesson starts with the explorer, at full width.
        self.mnist_dock.hide()
        self.mnist_dock.visibilityChanged.connect(self._on_mnist_dock_visibility_changed)
        # Our own action, not the dock's toggleViewAction: room must be made
        # before the dock appears, or the window grows past a laptop screen.
        self.mnist_action = QAction(self)
        self.mnist_action.setCheckable(True)
        self.mnist_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        self.mnist_action.toggled.connect(self.show_mnist_panel)
        self.findChild(QToolBar, "explorer-toolbar").addAction(self.mnist_action)
        self.view_menu.addAction(self.mnist_action)

    def retranslate(self) -> None:
        """The window's own texts in the current language (View > Language).
        The widgets inside retranslate themselves on the same LanguageChange
        event; the keyboard and export helpers, plain objects, are told here."""
        self.show_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.explorer_menu.setTitle(self.tr("&Explorer"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About LossViz"))
        self.explain_action.setText(self.tr("What am I looking at?"))
        self.toolbar.setWindowTitle(self.tr("Explorer"))
        captions = (self.tr("Mode"), self.tr("Classes"), self.tr("Correct class"), self.tr("Example"))
        for label, caption in zip(self.toolbar_labels, captions):
            label.setText(f"  {caption} ")
        self.mode_combo.setItemText(0, self.tr("Several classes (softmax)"))
        self.mode_combo.setItemText(1, self.tr("Binary (sigmoid)"))
        self.mode_combo.setAccessibleName(self.tr("Mode"))
        self.classes_spin.setAccessibleName(self.tr("Number of classes"))
        self.target_combo.setAccessibleName(self.tr("Correct class"))
        self.example_combo.setAccessibleName(self.tr("Seed example"))
        self.example_combo.setItemText(0, self.tr("Choose a seed example…"))
        for index, example in enumerate(WORKED_EXAMPLES, start=1):
            self.example_combo.setItemText(index, QCoreApplication.translate(presets.CONTEXT, example.title))
            self.example_combo.setItemData(index, QCoreApplication.translate(presets.CONTEXT, example.source), Qt.ItemDataRole.ToolTipRole)
        self.example_combo.view().setMinimumWidth(self.example_combo.view().sizeHintForColumn(0) + 24)
        self.reset_action.setText(self.tr("Reset"))
        self.reset_action.setToolTip(self.tr("Every logit back to 0: the uniform answer of an untrained network (Ctrl+R)"))
        self.readout_box.setTitle(self.tr("Losses"))
        self.example_box.setTitle(self.tr("Worked example"))
        self.mnist_dock.setWindowTitle(self.tr("Train a network on MNIST"))
        # Qt names the dock's title-bar buttons for screen readers once, when
        # it makes them: name them again in Qt's own words for this language.
        for name, text in (("qt_dockwidget_floatbutton", "Float"), ("qt_dockwidget_closebutton", "Close")):
            button = self.mnist_dock.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate("QDockWidget", text))
        self.mnist_action.setText(self.tr("Train on MNIST"))
        self.mnist_action.setToolTip(self.tr("Show or hide the panel that trains a network on MNIST (Ctrl+M)"))
        self.lecture_keys.retranslate()
        self.export_actions.retranslate()
        self.lessons.retranslate()
        self._show_controls(self.controller.state)

    def show_mnist_panel(self, show: bool = True) -> None:
        if show == self.mnist_dock.isVisible():
            return
        if show:
            self._show_example_box(docked=not self.mnist_dock.isFloating())
            size = self.size()
            self.mnist_dock.show()
            # Qt sizes the window for the dock before the smaller explorer's
            # minimum counts; once it does, the window fits its old size again.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.layout().activate()  # which lowers the window's minimum size
            if self.width() > size.width() and self.minimumSizeHint().width() <= size.width():
                self.resize(size)
            if not self.mnist_dock.isFloating():
                # About a third of the window, taken from the sliders' column first.
                self.resizeDocks([self.mnist_dock], [int(self.width() * 0.36)], Qt.Orientation.Horizontal)
                self.centralWidget().setSizes([300, 900])
        else:
            self.mnist_dock.hide()

    def _on_mnist_dock_visibility_changed(self, visible: bool) -> None:
        # Also when the dock's own close button hid it.
        self._show_example_box(docked=visible and not self.mnist_dock.isFloating())
        if self.mnist_action.isChecked() != visible:
            with QSignalBlocker(self.mnist_action):
                self.mnist_action.setChecked(visible)

    def keep_settings(self, store: SettingsStore) -> None:
        """Start from the settings file, then write each change the user makes back to it."""
        self.settings = store
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
        title = self.tr("LossViz %1 — what a loss function measures").replace("%1", __version__)
        lesson = getattr(self, "lessons", None)
        if lesson is not None and lesson.path is not None:
            title = f"{lesson.path.name} — {title}"
        self.setWindowTitle(title)

    def _show_example_box(self, docked: bool | None = None) -> None:
        """The worked-example box makes room for the MNIST panel while it has
        no example to show (on a laptop screen both would not fit)."""
        if docked is None:
            docked = self.mnist_dock.isVisible() and not self.mnist_dock.isFloating()
        self.example_box.setVisible(self.example is not None or not docked)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.numbers_area and event.type() == QEvent.Type.Resize:
            self._arrange_numbers(event.size().width())
        return super().eventFilter(watched, event)

    def _arrange_numbers(self, width: int) -> None:
        """The losses beside the worked example where both fit, else the
        example below the losses (the area scrolls).  The area's own width
        never depends on this choice, so it cannot flip back and forth."""
        boxes = [self.readout.parentWidget(), self.example_box]
        needed = sum(box.minimumSizeHint().width() for box in boxes if box.isVisibleTo(self)) + self.numbers_layout.spacing()
        direction = QBoxLayout.Direction.LeftToRight if width >= needed else QBoxLayout.Direction.TopToBottom
        if self.numbers_layout.direction() != direction:
            self.numbers_layout.setDirection(direction)

    def keyPressEvent(self, event) -> None:
        # Only arrow keys that no widget with the focus wanted arrive here.
        actions = {
            Qt.Key.Key_Up: self.lecture_keys.previous_class_action,
            Qt.Key.Key_Down: self.lecture_keys.next_class_action,
            Qt.Key.Key_Right: self.lecture_keys.raise_action,
            Qt.Key.Key_Left: self.lecture_keys.lower_action,
        }
        action = actions.get(event.key())
        if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            action.trigger()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.mnist_panel.shutdown()
        super().closeEvent(event)

    # -- user input --------------------------------------------------------

    def _on_mode_changed(self, index: int) -> None:
        # Qt hands item data back as a plain str; turn it back into a Mode.
        self.controller.set_mode(Mode(self.mode_combo.itemData(index)))

    def _on_classes_changed(self, n: int) -> None:
        self.controller.set_n_classes(n)

    def _on_target_changed(self, index: int) -> None:
        if index >= 0:
            self.controller.set_target(index)

    def _on_reset_triggered(self) -> None:
        self.controller.reset()

    def _on_probabilities_entered(self, values: tuple) -> None:
        self.controller.set_entered(values)

    def _on_example_changed(self, index: int) -> None:
        key = self.example_combo.itemData(index)
        if key is not None:
            self.load_example(next(e for e in WORKED_EXAMPLES if e.key == key))

    def _on_sample_chosen(self, row: int) -> None:
        if self.example is not None:
            self._show_sample(self.example, row)

    # -- actions -------------------------------------------------------------

    def load_example(self, example: WorkedExample) -> None:
        """Show a seed's worked example: its first sample in the explorer,
        the whole example (every sample, the seed's numbers) beside the losses."""
        self.example = example
        if self.settings is not None:
            self.settings.remember(preset=example.key)
        self._show_example_box()
        with QSignalBlocker(self.example_combo):
            self.example_combo.setCurrentIndex(self.example_combo.findData(example.key))
        self.worked_example.show_example(example)
        if example.kind is not ExampleKind.REGRESSION:
            self._show_sample(example, 0)

    def clear_example(self) -> None:
        """No worked example on show (the explorer keeps its state)."""
        self.example = None
        with QSignalBlocker(self.example_combo):
            self.example_combo.setCurrentIndex(0)
        self.worked_example.clear()
        self._show_example_box()

    def _show_sample(self, example: WorkedExample, row: int) -> None:
        values = example.outputs[row]
        if example.kind is ExampleKind.BINARY:
            state = ExplorerState(Mode.BINARY, self.controller.state.n_classes, (0.0,), example.targets[row])
        else:
            n = len(values)
            state = ExplorerState(Mode.MULTICLASS, n, (0.0,) * n, example.targets[row])
        self.controller.set_state(state.with_entered(values))
        self.entry.set_text(", ".join(f"{v:g}" for v in values))
        self.worked_example.table.selectRow(row)

    # -- presenting ------------------------------------------------------

    def _on_readout_changed(self, readout: Readout) -> None:
        self._show_controls(readout.state)
        for view in self._views:
            view.show_readout(readout)

    def _show_controls(self, state: ExplorerState) -> None:
        """Bring the toolbar in line with the state, without echoing back."""
        # Called on every slider move: touch only what differs, since even
        # setting a spin box to its own value repaints it.
        binary = state.mode is Mode.BINARY
        title = self.tr("Logit → sigmoid probability") if binary else self.tr("Logits → softmax probabilities")
        if self.slider_box.title() != title:
            self.slider_box.setTitle(title)
        mode_index = self.mode_combo.findData(state.mode)
        if self.mode_combo.currentIndex() != mode_index:
            with QSignalBlocker(self.mode_combo):
                self.mode_combo.setCurrentIndex(mode_index)
        if self.classes_spin.value() != state.n_classes:
            with QSignalBlocker(self.classes_spin):
                self.classes_spin.setValue(state.n_classes)
        if self.classes_spin.isEnabled() == binary:
            self.classes_spin.setEnabled(not binary)
        labels = [self.tr("0 (no)"), self.tr("1 (yes)")] if binary else [str(i) for i in range(state.n_classes)]
        with QSignalBlocker(self.target_combo):
            if [self.target_combo.itemText(i) for i in range(self.target_combo.count())] != labels:
                self.target_combo.clear()
                self.target_combo.addItems(labels)
            if self.target_combo.currentIndex() != state.target:
                self.target_combo.setCurrentIndex(state.target)
