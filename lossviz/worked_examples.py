"""The worked examples of the tutorials (the seeds), as data (no Qt).

Each example keeps the seed's vectors exactly as printed there, even where
they do not sum to 1 (seed 004's sum to 1.07, 1.13 and 1.46), and the numbers
the seed prints for them, so the tests can check that the app reproduces
every one.  ``printed`` maps a loss name from ``lossviz.losses`` to the value
as the seed shows it (rounded as the seed rounds it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from lossviz import losses
from lossviz.explorer import ExplorerState, Mode, format_value
from lossviz.messages import QT_TRANSLATE_NOOP

#: The translation context of the titles, sources and notes below: the
#: window shows them through QCoreApplication.translate(CONTEXT, text).
CONTEXT = "presets"


class ExampleKind(str, Enum):
    MULTICLASS = "multiclass"  # softmax outputs y and a one-hot target
    BINARY = "binary"  # one sigmoid output p per sample and a 0/1 label
    REGRESSION = "regression"  # real outputs against real targets


@dataclass(frozen=True)
class WorkedExample:
    key: str
    title: str  # what the example shows, as a teacher would name it
    source: str  # which seed it comes from, and its own words for it
    kind: ExampleKind
    #: One row per sample: class probabilities (multiclass), (p,) (binary),
    #: or the network's real outputs (regression: one row).
    outputs: tuple[tuple[float, ...], ...]
    #: Correct class per sample (multiclass), 0/1 label (binary); unused for
    #: regression, whose targets are ``regression_targets``.
    targets: tuple[int, ...] = ()
    regression_targets: tuple[float, ...] = ()
    #: Loss name -> the value the seed prints (for a batch: the mean).
    printed: dict[str, float] = field(default_factory=dict)
    #: Per-sample values the seed prints for a batch, for one loss.
    printed_per_sample: tuple[float, ...] = ()
    note: str = ""

    @property
    def is_batch(self) -> bool:
        return len(self.outputs) > 1

    @property
    def n_classes(self) -> int:
        return len(self.outputs[0])


_T2 = 2  # seeds 000 and 004: "index 2 is correct"
_SEED000_RIGHT = (0.01, 0.1, 0.8, 0.03, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01)
_SEED000_WRONG = (0.02, 0.1, 0.2, 0.02, 0.01, 0.1, 0.5, 0.03, 0.01, 0.01)
_SEED004_SSE1 = (0.1, 0.01, 0.6, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04)
_SEED004_WRONG = (0.1, 0.01, 0.2, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.5)
_SEED004_CE1 = (0.1, 0.01, 0.99, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04)

WORKED_EXAMPLES: tuple[WorkedExample, ...] = (
    WorkedExample(
        key="tutorial000-right",
        title=QT_TRANSLATE_NOOP("presets", "Right and confident: class 2 at 0.8"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 000, 2乗和誤差 / 交差エントロピー誤差 (正解)"),
        kind=ExampleKind.MULTICLASS,
        outputs=(_SEED000_RIGHT,),
        targets=(_T2,),
        printed={"sum_squared_error": 0.0258, "cross_entropy_error": 0.2231},
        note=QT_TRANSLATE_NOOP("presets", "Close to the target: both losses are small."),
    ),
    WorkedExample(
        key="tutorial000-wrong",
        title=QT_TRANSLATE_NOOP("presets", "Wrong: class 6 at 0.5, correct class 2 at 0.2"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 000, 2乗和誤差 / 交差エントロピー誤差 (不正解)"),
        kind=ExampleKind.MULTICLASS,
        outputs=(_SEED000_WRONG,),
        targets=(_T2,),
        printed={"sum_squared_error": 0.456, "cross_entropy_error": 1.6094},
        note=QT_TRANSLATE_NOOP("presets", "Far from the target: squared error 0.456, cross-entropy 1.6094."),
    ),
    WorkedExample(
        key="tutorial001-0.2",
        title=QT_TRANSLATE_NOOP("presets", "Three classes, correct class at 0.2: −log 0.2 ≈ 1.6"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 001, 交差エントロピー誤差の計算_1"),
        kind=ExampleKind.MULTICLASS,
        outputs=((0.2, 0.5, 0.3),),
        targets=(0,),
        printed={"cross_entropy_error": 1.6094},
        note=QT_TRANSLATE_NOOP("presets", "Only the correct class's output enters the cross-entropy."),
    ),
    WorkedExample(
        key="tutorial001-0.8",
        title=QT_TRANSLATE_NOOP("presets", "Three classes, correct class at 0.8: loss falls to 0.2231"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 001, 交差エントロピー誤差の計算_2"),
        kind=ExampleKind.MULTICLASS,
        outputs=((0.8, 0.1, 0.1),),
        targets=(0,),
        printed={"cross_entropy_error": 0.2231},
    ),
    WorkedExample(
        key="tutorial001-1.0",
        title=QT_TRANSLATE_NOOP("presets", "Three classes, correct class at 1.0: loss ≈ 0"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 001, 交差エントロピー誤差の計算_3"),
        kind=ExampleKind.MULTICLASS,
        outputs=((1.0, 0.0, 0.0),),
        targets=(0,),
        printed={"cross_entropy_error": -1.0e-7},
        note=QT_TRANSLATE_NOOP("presets",
                               "With δ = 10⁻⁷ inside the log the loss is −log(1 + δ) ≈ −1.0 × 10⁻⁷: zero for every purpose."),
    ),
    WorkedExample(
        key="tutorial002-0.9",
        title=QT_TRANSLATE_NOOP("presets", "Correct class at 0.9: −log 0.9 = 0.105"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 002, CEE = −log(2번째 예측값) = −log(0.9)"),
        kind=ExampleKind.MULTICLASS,
        outputs=((0.05, 0.9, 0.05),),
        targets=(1,),
        printed={"cross_entropy_error": 0.105},
        note=QT_TRANSLATE_NOOP("presets", "The tutorial gives only the second class's 0.9; the other two share the remaining 0.1."),
    ),
    WorkedExample(
        key="tutorial002-batch-a",
        title=QT_TRANSLATE_NOOP("presets", "Batch of three, mean cross-entropy 0.8634"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 002, softmax_cee (first cell)"),
        kind=ExampleKind.MULTICLASS,
        outputs=((0.3, 0.1, 0.6), (0.3, 0.5, 0.2), (0.4, 0.1, 0.5)),
        targets=(0, 1, 2),
        printed={"cross_entropy_error": 0.8634223884819422},
        printed_per_sample=(1.2039728043259361, 0.6931471805599453, 0.6931471805599453),
        note=QT_TRANSLATE_NOOP("presets", "The loss of a batch is the mean of the per-sample losses."),
    ),
    WorkedExample(
        key="tutorial002-batch-b",
        title=QT_TRANSLATE_NOOP("presets", "Better first sample: batch mean falls to 0.6324"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 002, softmax_cee (second cell)"),
        kind=ExampleKind.MULTICLASS,
        outputs=((0.6, 0.1, 0.3), (0.3, 0.5, 0.2), (0.4, 0.1, 0.5)),
        targets=(0, 1, 2),
        printed={"cross_entropy_error": 0.6323733282952938},
        printed_per_sample=(0.5108256237659907, 0.6931471805599453, 0.6931471805599453),
        note=QT_TRANSLATE_NOOP("presets", "Only the first sample changed (0.3 → 0.6 for its correct class), and the mean fell."),
    ),
    WorkedExample(
        key="tutorial002-binary",
        title=QT_TRANSLATE_NOOP("presets", "Binary (sigmoid) batch of six, mean 0.3486"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 002, sigmoid_cee"),
        kind=ExampleKind.BINARY,
        outputs=((0.5,), (0.7,), (0.3,), (0.2,), (0.7,), (0.9,)),
        targets=(0, 1, 0, 0, 1, 1),
        printed={"binary_cross_entropy": 0.34861267989136313},
        printed_per_sample=(
            0.6931471805599453,
            0.35667494393873245,
            0.35667494393873245,
            0.2231435513142097,
            0.35667494393873245,
            0.10536051565782628,
        ),
        note=QT_TRANSLATE_NOOP("presets", "Sample 6 (p = 0.9, label 1) is the most right, and has the smallest loss."),
    ),
    WorkedExample(
        key="tutorial002-regression",
        title=QT_TRANSLATE_NOOP("presets", "Regression: ½ Σ (y − ŷ)² = 5.5, mean 2.2"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 002, mse(y, y_i)"),
        kind=ExampleKind.REGRESSION,
        outputs=((3.0, 2.0, 7.0, 5.0, 8.0),),
        regression_targets=(1.0, 3.0, 5.0, 6.0, 7.0),
        printed={"sum_squared_error": 5.5, "mean_squared_error": 2.2},
        note=QT_TRANSLATE_NOOP("presets",
                               "Here the tutorial writes y for the target and ŷ for the network's output "
                               "(elsewhere in LossViz: y the output, t the target). "
                               "Its function is named mse but computes ½ of the sum (5.5); the mean of the squares is 2.2."),
    ),
    WorkedExample(
        key="tutorial004-sse1",
        title=QT_TRANSLATE_NOOP("presets", "Right at 0.6, outputs sum to 1.07: squared error 0.10105"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 004, 二乗和誤差 sample data 1"),
        kind=ExampleKind.MULTICLASS,
        outputs=(_SEED004_SSE1,),
        targets=(_T2,),
        printed={"sum_squared_error": 0.10105000000000001},
        note=QT_TRANSLATE_NOOP("presets", "The tutorial's outputs sum to 1.07, not 1; the loss is computed on them as written."),
    ),
    WorkedExample(
        key="tutorial004-wrong",
        title=QT_TRANSLATE_NOOP("presets", "Wrong: class 9 at 0.5 (sum 1.13): 0.46525 and 1.6094"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 004, sample data 2"),
        kind=ExampleKind.MULTICLASS,
        outputs=(_SEED004_WRONG,),
        targets=(_T2,),
        printed={"sum_squared_error": 0.46525000000000005, "cross_entropy_error": 1.6094374124342252},
    ),
    WorkedExample(
        key="tutorial004-ce1",
        title=QT_TRANSLATE_NOOP("presets", "Right at 0.99 (sum 1.46): cross-entropy 0.01005"),
        source=QT_TRANSLATE_NOOP("presets", "Tutorial 004, 交差エントロピー誤差 sample data 1"),
        kind=ExampleKind.MULTICLASS,
        outputs=(_SEED004_CE1,),
        targets=(_T2,),
        printed={"cross_entropy_error": 0.010050234843405595},
        note=QT_TRANSLATE_NOOP("presets", "Near-certain and right: the cross-entropy is close to 0."),
    ),
)


#: The keys before the English interface called the tutorials "seeds"
#: (``seed000-wrong``): lessons, settings files and command lines written
#: with them still name the same examples.
OLD_KEYS: dict[str, str] = {"seed" + e.key.removeprefix("tutorial"): e.key for e in WORKED_EXAMPLES}
_BY_KEY: dict[str, WorkedExample] = {e.key: e for e in WORKED_EXAMPLES}


def known_key(key: object) -> str | None:
    """The current key of the example ``key`` names (old or new), or None."""
    if not isinstance(key, str):
        return None
    key = OLD_KEYS.get(key, key)
    return key if key in _BY_KEY else None


def example_by_key(key: str) -> WorkedExample:
    """The example named ``key``, its current key or an old ``seed…`` one."""
    current = known_key(key)
    if current is None:
        raise KeyError(f"no worked example named {key!r}")
    return _BY_KEY[current]


#: A printed value longer than this many characters (Python's 17-digit
#: floats) is shown rounded in the table, in full on hover.
MAX_PRINTED_CHARS = 8


def printed_text(value: float) -> str:
    """A number the tutorial prints, as a table cell shows it: as printed
    (5.5, 0.0258), or a 17-digit float at the 6 decimals of the app's own
    column beside it (0.8634223884819422 → 0.863422), so the two can be
    compared digit for digit."""
    text = repr(value)
    if value != 0 and abs(value) < 1e-4:
        return format_value(value)  # −1.00 × 10⁻⁷, as the read-out writes it
    if len(text) <= MAX_PRINTED_CHARS:
        return text.replace("-", "−")
    return f"{value:.6f}".replace("-", "−")


@dataclass(frozen=True)
class ExampleTable:
    """A worked example computed by the app, row by row, as the batch view
    shows it: one row per sample (per component for regression)."""

    loss_key: str  # which loss the rows hold
    rows: tuple[float, ...]
    overall: float  # the batch mean (regression: ½ Σ, the seed's number)
    extra: dict[str, float] = field(default_factory=dict)  # other totals shown


def compute_example(example: WorkedExample) -> ExampleTable:
    """Compute an example's losses with ``lossviz.losses``, sample by sample."""
    if example.kind is ExampleKind.REGRESSION:
        y = example.outputs[0]
        t = example.regression_targets
        rows = tuple((a - b) ** 2 for a, b in zip(y, t))
        return ExampleTable(
            "squared_difference",
            rows,
            losses.sum_squared_error(y, t),
            {"mean_squared_error": losses.mean_squared_error(y, t)},
        )
    if example.kind is ExampleKind.BINARY:
        rows = tuple(losses.binary_cross_entropy(p, t) for p, t in zip(example.outputs, example.targets))
        p = [row[0] for row in example.outputs]
        return ExampleTable("binary_cross_entropy", rows, losses.binary_cross_entropy(p, list(example.targets)))
    t = losses.one_hot(list(example.targets), example.n_classes)
    rows = tuple(losses.cross_entropy_error(y, tk) for y, tk in zip(example.outputs, t))
    return ExampleTable(
        "cross_entropy_error",
        rows,
        losses.cross_entropy_error(example.outputs, t),
        {"sum_squared_error": losses.sum_squared_error(example.outputs, t)},
    )


def state_for_sample(example: WorkedExample, row: int, n_classes: int, settings: ExplorerState | None = None) -> ExplorerState:
    """The explorer showing sample ``row`` of a classification example: its
    outputs typed in, its target as the correct class, under the teacher's
    settings of ``settings`` (``ExplorerState.with_settings_of``; the
    tutorials print theirs at T = 1, ε = 0: ``ExplorerState.as_printed``).
    A binary example keeps ``n_classes`` (the spin box's value, for when
    softmax comes back); a multi-class one has as many classes as its outputs."""
    values = example.outputs[row]
    if example.kind is ExampleKind.BINARY:
        state = ExplorerState(Mode.BINARY, n_classes, (0.0,), example.targets[row])
    else:
        n = len(values)
        state = ExplorerState(Mode.MULTICLASS, n, (0.0,) * n, example.targets[row])
    return state.with_settings_of(settings).with_entered(values)
