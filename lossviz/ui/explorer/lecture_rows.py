"""What the Losses read-out writes for the softmax's temperature T, label
smoothing ε and the losses a second lecture adds (KL divergence, focal loss,
the multi-class hinge): each row's name and formula for a state, the badge
that says T and ε are on, and why a loss reads n/a.  Text only (the
read-out places it), so the read-out's widget code stays about widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lossviz.explorer import MORE_LOSS_KEYS, NO_SMOOTHING, NO_TEMPERATURE, ExplorerState, Mode, Readout
from lossviz.ui.common.i18n import fill


def _t(k: str = "k") -> str:
    return f"t<sub>{k}</sub>"


def _y(k: str = "k") -> str:
    return f"y<sub>{k}</sub>"


def rows_for(state: ExplorerState) -> list[tuple[str, str, str]]:
    """(loss key, name, formula as rich text) of every row the state shows,
    the seeds' losses first, then the ones turned on, in MORE_LOSS_KEYS order.
    Formulas use y for outputs, t for the target, z for logits, as the seeds
    do; at a temperature the logits enter as z/T."""
    if state.mode is Mode.BINARY:
        return [
            ("binary_cross_entropy", QCoreApplication.translate("LossReadout", "Binary cross-entropy"), "−[t log p + (1 − t) log(1 − p)]"),
            ("binary_cross_entropy_from_logits", QCoreApplication.translate("LossReadout", "Binary cross-entropy from logit"),
             "max(z, 0) − z·t + log(1 + e<sup>−|z|</sup>)"),
            ("sum_squared_error", QCoreApplication.translate("LossReadout", "Squared error"), "½ (p − t)²"),
        ]
    rows = [
        ("sum_squared_error", QCoreApplication.translate("LossReadout", "Sum of squared error"), f"½ Σ<sub>k</sub> ({_y()} − {_t()})²"),
        ("mean_squared_error", QCoreApplication.translate("LossReadout", "Mean squared error"), f"(1/K) Σ<sub>k</sub> ({_y()} − {_t()})²"),
        ("cross_entropy_error", QCoreApplication.translate("LossReadout", "Cross-entropy error"), f"−Σ<sub>k</sub> {_t()} log({_y()} + δ)"),
        ("sparse_cross_entropy_error", QCoreApplication.translate("LossReadout", "Sparse cross-entropy"), f"−log({_y('label')} + δ)"),
        ("cross_entropy_from_logits", QCoreApplication.translate("LossReadout", "Cross-entropy from logits"), _from_logits_formula(state)),
    ]
    more = {
        "kl_divergence": (QCoreApplication.translate("LossReadout", "KL divergence"), f"Σ<sub>k</sub> {_t()} log({_t()} / {_y()}) = CE − H(t)"),
        "focal_loss": (QCoreApplication.translate("LossReadout", "Focal loss"),
                       f"−Σ<sub>k</sub> {_t()} (1 − {_y()})<sup>γ</sup> log({_y()} + δ),  γ = {state.focal_gamma:g}"),
        "multiclass_hinge": (QCoreApplication.translate("LossReadout", "Multi-class hinge"),
                             "Σ<sub>j≠label</sub> max(0, z<sub>j</sub> − z<sub>label</sub> + 1)"),
    }
    rows += [(key, *more[key]) for key in MORE_LOSS_KEYS if state.shows(key)]
    return rows


def _from_logits_formula(state: ExplorerState) -> str:
    """log Σ e^zⱼ − z_label, as the seeds write it; with z/T at a temperature,
    and Σ tₖ zₖ once t is smoothed (no longer the label's logit alone)."""
    hot = state.temperature != NO_TEMPERATURE
    z = (lambda k: f"z<sub>{k}</sub>/T") if hot else (lambda k: f"z<sub>{k}</sub>")
    exp = f"e<sup>{z('j')}</sup>"
    if state.smoothing != NO_SMOOTHING:
        return f"log Σ<sub>j</sub> {exp} − Σ<sub>k</sub> {_t()} {z('k')}"
    return f"log Σ<sub>j</sub> {exp} − {z('label')}"


def rows_key(state: ExplorerState) -> tuple:
    """What the rows depend on: they are laid out again only when it changes."""
    return state.mode, state.temperature != NO_TEMPERATURE, state.smoothing != NO_SMOOTHING, state.more_losses, state.focal_gamma


def badge_text(state: ExplorerState) -> str:
    """T and ε when on, with what they do to y and t; empty when both are off
    (and in binary mode, where they do not apply)."""
    if state.mode is Mode.BINARY:
        return ""
    parts = []
    if state.temperature != NO_TEMPERATURE:
        parts.append(fill(QCoreApplication.translate("LossReadout", "T = %1: y = softmax(z / %1)"), f"{state.temperature:g}"))
    if state.smoothing != NO_SMOOTHING:
        k, epsilon = state.n_classes, state.smoothing
        parts.append(fill(QCoreApplication.translate("LossReadout", "ε = %1: t = %2 for the correct class, %3 for the others"),
                          f"{epsilon:g}", f"{1 - epsilon + epsilon / k:.4g}", f"{epsilon / k:.4g}"))
    return "   ·   ".join(parts)


def not_available_reason(key: str, readout: Readout) -> str:
    """Why a loss reads n/a, for its tooltip."""
    if key == "sparse_cross_entropy_error" and readout.state.smoothing != NO_SMOOTHING:
        return QCoreApplication.translate("LossReadout", "A class index cannot be smoothed: with label smoothing ε > 0, −log(y_label + δ) is no longer "
                  "the cross-entropy of the target t. See “Cross-entropy error”.")
    if key == "multiclass_hinge":
        return QCoreApplication.translate("LossReadout", "No logits: these probabilities were typed in, and the hinge is a loss of the logits z. "
                  "Move a slider, or type logits.")
    return QCoreApplication.translate("LossReadout", "No logits: these probabilities were typed in. Move a slider to drive y from logits.")


def kl_identity_text(readout: Readout) -> str:
    """KL = CE − H(t) in numbers: the exact cross-entropy (no δ) and the
    target's entropy, whose difference the KL row's value is."""
    ce = readout.exact_cross_entropy_of_t
    if ce is None:
        return "= CE − H(t)"
    return f"= {_number(ce)} − {_number(readout.target_entropy)}"


def _number(value: float) -> str:
    return "∞" if value == float("inf") else f"{value:.6f}".replace("-", "−")


def identity_sample() -> str:
    return "= 99.999999 − 9.999999"
