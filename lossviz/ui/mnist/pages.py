"""The MNIST dock's pages beside the training panel, wired to it: the
slowdown experiment ("Why cross-entropy?"), the drawing pad, the network's
mistakes and the first layer's weights.

The panel owns the network, the data and the validation digit; the pages
only read them, through getters, and are told when they change:

- the drawing pad and the weights view follow the panel's network while
  it trains, at most ``FOLLOWS_PER_SECOND`` times a second and only while
  their page is on show (the pad would otherwise take the explorer from
  the page the class is looking at);
- the mistakes view counts the network's answers after each epoch, from
  the panel's copy of the worker's consistent weights, when a lesson's
  network is loaded, and when its page is shown on a network it has not
  counted yet;
- the experiment trains on the panel's data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from lossviz.ui.mnist.draw_pad import DrawPad
from lossviz.ui.mnist.experiment_view import ExperimentView
from lossviz.ui.mnist.mistakes_view import MistakesView
from lossviz.ui.mnist.panel import MnistPanel
from lossviz.ui.mnist.weights_view import WeightsView

#: As often as the weights view's own live refresh: strokes emerge smoothly,
#: and a forward pass of one drawing ten times a second costs nothing.
FOLLOWS_PER_SECOND = 10


class MnistPages(QObject):
    """Interface: ``pages`` (key → widget, in the dock's order),
    ``experiment``, ``draw_pad``, ``mistakes``, ``weights``; ``page_shown(key)``
    when the dock turns to a page; ``count_mistakes_now()`` for a picture;
    ``shutdown()``."""

    def __init__(self, panel: MnistPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        explorer = panel.explorer
        self.experiment = ExperimentView(explorer, lambda: panel.dataset)
        self.draw_pad = DrawPad(explorer, lambda: panel.network)
        self.mistakes = MistakesView(explorer, lambda: panel.dataset)
        self.weights = WeightsView(lambda: panel.network, self._validation_digit)
        self.pages: dict[str, QWidget] = {"experiment": self.experiment, "draw": self.draw_pad, "mistakes": self.mistakes,
                                          "weights": self.weights}
        self.weights.set_live(True)  # its own timer, which runs only while it is shown
        self._mistakes_counted = False  # of the panel's current network
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(1000 // FOLLOWS_PER_SECOND)
        self._follow.timeout.connect(self._on_follow_due)
        self._follow_pending = False
        panel.network_changed.connect(self._on_network_changed)
        panel.network_settled.connect(self.count_mistakes)
        panel.digit_view.digit_chosen.connect(lambda _index: self.weights.isVisible() and self.weights.refresh())

    def _validation_digit(self):
        """The panel's chosen validation digit, for the weights view's hidden activations."""
        images = self.panel.dataset.validation_images
        index = self.panel.digit_view.index
        return images[index] if 0 <= index < len(images) else None

    def _on_network_changed(self) -> None:
        self._mistakes_counted = False
        if self._follow.isActive():  # shown when the interval ends: the last change is never dropped
            self._follow_pending = True
        else:  # the first change in a while is shown at once
            self._follow_network()
            self._follow.start()

    def _on_follow_due(self) -> None:
        if self._follow_pending:
            self._follow_pending = False
            self._follow_network()
            self._follow.start()

    def _follow_network(self) -> None:
        if self.draw_pad.isVisible():
            self.draw_pad.refresh()
        if self.weights.isVisible():
            self.weights.refresh()

    def count_mistakes(self) -> None:
        """Count the panel's network's answers on the validation digits, off the GUI thread."""
        self._mistakes_counted = True
        self.mistakes.refresh(self.panel.network)  # copied now: the worker's weights as of the last progress

    def count_mistakes_now(self) -> None:
        """The same, on this thread: a picture for slides cannot wait for the worker."""
        self._mistakes_counted = True
        self.mistakes.count_now(self.panel.network)

    def page_shown(self, key: str) -> None:
        """The dock turned to page ``key`` (or opened on it): show the network as it is now."""
        if key == "draw":
            self.draw_pad.refresh()
        elif key == "mistakes" and not self._mistakes_counted:
            self.count_mistakes()

    def shutdown(self) -> None:
        """Before the window closes: no thread may outlive it."""
        self._follow.stop()
        self.experiment.shutdown()
        self.mistakes.shutdown()
