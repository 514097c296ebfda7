"""Holds the explorer's current state and announces each new readout.

Widgets call the ``set_*`` methods with what the user did; every change
computes one new ``Readout`` (cheap: a few numpy operations on ≤ 10 values)
and emits ``readout_changed`` once.  Widgets update themselves from that
signal with their own signals blocked, so showing a state never feeds back
into a second change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lossviz.explorer import ExplorerState, Mode, Readout, evaluate


class ExplorerController(QObject):
    readout_changed = Signal(object)  # Readout

    def __init__(self, state: ExplorerState | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readout = evaluate(state or ExplorerState())

    @property
    def state(self) -> ExplorerState:
        return self._readout.state

    @property
    def readout(self) -> Readout:
        return self._readout

    def set_state(self, state: ExplorerState) -> None:
        if state == self.state:
            return
        self._readout = evaluate(state)
        self.readout_changed.emit(self._readout)

    def set_logit(self, index: int, value: float) -> None:
        if self.state.entered is None and self.state.logits[index] == value:
            return
        self.set_state(self.state.with_logit(index, value))

    def set_target(self, target: int) -> None:
        self.set_state(self.state.with_target(target))

    def set_n_classes(self, n: int) -> None:
        self.set_state(self.state.with_n_classes(n))

    def set_mode(self, mode: Mode) -> None:
        self.set_state(self.state.with_mode(mode))

    def set_entered(self, probabilities) -> None:
        self.set_state(self.state.with_entered(probabilities))

    def set_logits(self, logits) -> None:
        """Typed logits on the sliders (clamped to their range)."""
        self.set_state(self.state.with_logits(logits))

    def set_temperature(self, temperature: float) -> None:
        self.set_state(self.state.with_temperature(temperature))

    def set_smoothing(self, epsilon: float) -> None:
        self.set_state(self.state.with_smoothing(epsilon))

    def set_focal_gamma(self, gamma: float) -> None:
        self.set_state(self.state.with_focal_gamma(gamma))

    def set_loss_shown(self, key: str, shown: bool) -> None:
        self.set_state(self.state.with_loss_shown(key, shown))

    def renormalise(self) -> None:
        self.set_state(self.state.renormalised())

    def reset(self) -> None:
        self.set_state(self.state.reset())
