"""Where the explorer's parts go, for the room it has: the plots first.

Three arrangements of the same parts, each scored by the data area its
smallest plot would get against the area wanted for a projector; the
explorer takes the best (``choose``).  Pure arithmetic on sizes in pixels,
so it is tested without a window.

- COLUMN: the sliders in a column on the left, beside the plots over the numbers.
- STRIP: the plots across the whole width; below them a strip of the
  sliders beside the numbers (the losses, the worked example).
- SIDE: the sliders over the numbers on the left, the plots beside them at
  full height (few classes, or a tall window).
- WIDE: only for a wide view of the numbers (the derivation): the sliders
  beside the plots, the numbers across the whole width under both.

The three plots stand side by side, or one above the other where that
gives them more room (a tall, narrow explorer).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

#: The data area (pyqtgraph's view box) each plot should have at 100%: a
#: projector's 1366×768 with the MNIST panel open still gets this much.
TARGET = (240, 150)
#: Numbers that would have to scroll count as this much worse.
SCROLL_PENALTY = 0.7
#: The plots side by side in a row over the strip, the explorer's usual
#: look, count as this much better: another arrangement must be clearly
#: better to be chosen.
USUAL_BONUS = 1.1
#: A new arrangement must be this much better than the one shown, so that a
#: resize by a few pixels never makes the window jump between two.
HYSTERESIS = 1.05


class Arrangement(Enum):
    COLUMN = "column"
    STRIP = "strip"
    SIDE = "side"
    WIDE = "wide"


@dataclass(frozen=True)
class Needs:
    """What the parts ask for, in pixels (their size hints)."""

    sliders: tuple[int, int]
    readout: tuple[int, int]
    example: tuple[int, int] | None  # None: no worked example on show
    #: A plot's size less its data area's: the axes and the title.
    overhead: tuple[int, int]
    spacing: int
    zoom: float = 1.0
    #: Above the numbers: the bar that chooses their view (its height).
    header: int = 0
    #: The view shown is wide (the derivation): it may take the whole width under the plots.
    wide: bool = False
    #: The sliders' least height (their rows squeezed); 0: their size hint's.
    sliders_min: int = 0
    #: The numbers show more than by default (T, ε, more losses, the Advanced
    #: strip): the plots keep TARGET whole and the numbers scroll for the rest.
    plots_first: bool = False

    def numbers(self, width: int) -> tuple[int, int]:
        """The view shown (the losses beside the worked example where both fit
        in ``width``, else one above the other), under its header."""
        if self.example is None:
            return self.readout[0], self.readout[1] + self.header
        beside = self.readout[0] + self.spacing + self.example[0]
        if beside <= width:
            return beside, max(self.readout[1], self.example[1]) + self.header
        return max(self.readout[0], self.example[0]), self.readout[1] + self.spacing + self.example[1] + self.header


@dataclass(frozen=True)
class Plan:
    arrangement: Arrangement
    vertical: bool  # the plots one above the other
    score: float  # the smallest plot's data area against TARGET (1.0: just the target)
    numbers_height: int  # the height the numbers are given (less than they need: they scroll)


def plot_score(width: int, height: int, vertical: bool, needs: Needs) -> float:
    """How the smallest of three plots sharing width × height compares with TARGET."""
    gaps = 2 * needs.spacing
    cell = (width, (height - gaps) / 3) if vertical else ((width - gaps) / 3, height)
    data = (cell[0] - needs.overhead[0], cell[1] - needs.overhead[1])
    return min(data[0] / (TARGET[0] * needs.zoom), data[1] / (TARGET[1] * needs.zoom))


def _best_plots(width: int, height: int, needs: Needs) -> tuple[bool, float]:
    return max(((vertical, plot_score(width, height, vertical, needs)) for vertical in (False, True)), key=lambda pair: pair[1])


def _min_plots_height(needs: Needs) -> int:
    """The least height left to the plots when the numbers want more: by
    default 60% of TARGET (the seeds' losses whole); TARGET when the numbers show more."""
    return round(needs.overhead[1] + TARGET[1] * needs.zoom * (1.0 if needs.plots_first else 0.6))


def plans(width: int, height: int, needs: Needs) -> list[Plan]:
    """Every arrangement that can be laid out in width × height, scored."""
    gap = needs.spacing
    result = []
    # COLUMN: the numbers under the plots, beside the sliders' column.
    right = width - needs.sliders[0] - gap
    numbers = needs.numbers(right)
    given = min(numbers[1], max(0, height - gap - _min_plots_height(needs)))
    vertical, score = _best_plots(right, height - gap - given, needs)
    result.append(Plan(Arrangement.COLUMN, vertical, _penalised(score, given, numbers, right, needs), given))
    # STRIP: the plots across, the sliders beside the numbers below them.
    numbers = needs.numbers(width - needs.sliders[0] - gap)
    strip = max(needs.sliders[1], numbers[1])
    given_strip = min(strip, max(0, height - gap - _min_plots_height(needs)))
    vertical, score = _best_plots(width, height - gap - given_strip, needs)
    score = _penalised(score, given_strip, (numbers[0], strip), width - needs.sliders[0] - gap, needs) * (1 if vertical else USUAL_BONUS)
    result.append(Plan(Arrangement.STRIP, vertical, score, min(numbers[1], given_strip)))
    # SIDE: the sliders over the numbers, only where both fit the height whole.
    numbers = needs.numbers(max(needs.sliders[0], needs.readout[0]))
    left = max(needs.sliders[0], numbers[0])
    if needs.sliders[1] + gap + numbers[1] <= height:
        vertical, score = _best_plots(width - left - gap, height, needs)
        result.append(Plan(Arrangement.SIDE, vertical, score, numbers[1]))
    if needs.wide:
        result.append(_wide_plan(width, height, needs))
    return result


def _wide_plan(width: int, height: int, needs: Needs) -> Plan:
    """WIDE: the sliders beside the plots, over the numbers at the whole width."""
    gap = needs.spacing
    numbers = needs.numbers(width)
    row = max(needs.sliders_min or needs.sliders[1], _min_plots_height(needs))
    given = min(numbers[1], max(0, height - gap - row))
    vertical, score = _best_plots(width - needs.sliders[0] - gap, height - gap - given, needs)
    return Plan(Arrangement.WIDE, vertical, _penalised(score, given, numbers, width, needs), given)


def _penalised(score: float, given: int, numbers: tuple[int, int], width: int, needs: Needs) -> float:
    """Numbers cut short or squeezed narrower than they can be (they scroll)
    count against a plan; cut short for the plots' sake (plots_first), not."""
    for short in (given < numbers[1] and not needs.plots_first, width < numbers[0]):
        if short:
            score = score * SCROLL_PENALTY if score > 0 else score / SCROLL_PENALTY
    return score


def choose(width: int, height: int, needs: Needs, shown: Plan | None = None) -> Plan:
    """The best plan for width × height; the one shown while it is nearly as good."""
    candidates = plans(width, height, needs)
    # Plots side by side wherever that reaches the target: the explorer looks
    # the same from one screen to the next; stacked plots only where it cannot.
    usual = [plan for plan in candidates if not plan.vertical and plan.score >= 1]
    pool = usual or candidates
    best = max(pool, key=lambda plan: plan.score)
    if shown is not None:
        same = next((plan for plan in pool if (plan.arrangement, plan.vertical) == (shown.arrangement, shown.vertical)), None)
        if same is not None and same.score * HYSTERESIS >= best.score:
            return same
    return best
