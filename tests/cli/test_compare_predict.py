"""``lossviz compare``, ``lossviz predict`` and ``lossviz evaluate --confusion --worst``, as a script would run them."""

import json
import struct
import zlib

import numpy as np
import pytest
from PySide6.QtGui import QImage

from lossviz.cli import main
from lossviz.losses import sparse_cross_entropy_error, sum_squared_error
from lossviz.mnist.model_file import save_model
from tests.mnist.trained import bundled, trained_network

NETWORK_KEYS = ["loss", "validation_accuracy", "mean_abs_grad_z"]


def json_lines(text):
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "m.npz"
    save_model(path, trained_network(), loss="ce")
    return path


def save_grey(path, pixels, quality=-1):
    pixels = np.ascontiguousarray(pixels, np.uint8)
    height, width = pixels.shape
    image = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8)
    assert image.save(str(path), quality=quality)


def digit_on_paper(index, scale=10, page=(360, 500), at=(10, 150)):
    image = bundled().validation_images[index]
    sheet = np.zeros(page, np.uint8)
    big = np.kron(image, np.ones((scale, scale), np.uint8))
    sheet[at[0] : at[0] + big.shape[0], at[1] : at[1] + big.shape[1]] = big
    return 255 - sheet, int(bundled().validation_labels[index])


def test_compare_prints_each_epoch_of_both_networks_and_squared_error_is_stuck(capsys):
    assert main(["compare", "--epochs", "2", "--hidden", "30", "--seed", "3"]) == 0
    out, err = capsys.readouterr()
    epochs = json_lines(out)
    assert [list(e) for e in epochs] == [["epoch", "cross_entropy", "squared_error", "seconds"]] * 2
    assert [e["epoch"] for e in epochs] == [1, 2]
    for epoch in epochs:
        ce, sse = epoch["cross_entropy"], epoch["squared_error"]
        assert list(ce) == list(sse) == NETWORK_KEYS
        assert sse["validation_accuracy"] == 0.1 and ce["validation_accuracy"] > 0.6
        assert sse["mean_abs_grad_z"] < ce["mean_abs_grad_z"] / 100
    assert "784-30-10" in err and "confidently-wrong: mean y of class 0 0.99" in err


def test_compare_from_the_default_start_learns_with_both(capsys):
    assert main(["compare", "--start", "default", "--epochs", "1", "--batch", "50"]) == 0
    [epoch] = json_lines(capsys.readouterr().out)
    assert epoch["cross_entropy"]["validation_accuracy"] > 0.7 and epoch["squared_error"]["validation_accuracy"] > 0.5


@pytest.mark.parametrize("argv, words", [
    (["compare", "--start", "upside-down"], "invalid choice"),
    (["compare", "--epochs", "0"], "must be 1 to 1000"),
    (["compare", "--lr", "-1"], "must be a positive number"),
    (["predict", "x.png"], "--model"),
    (["predict", "--model", "m.npz"], "IMAGE"),
    (["predict", "x.png", "--model", "m.npz", "--label", "10"], "must be 0 to 9"),
    (["evaluate", "m.npz", "--worst", "-1"], "must be 0 to"),
])
def test_bad_arguments_are_refused_in_one_line(argv, words, capsys):
    with pytest.raises(SystemExit) as exit:
        main(argv)
    err = capsys.readouterr().err
    assert exit.value.code == 2 and words in err and len(err.splitlines()) == 1 and err.startswith(f"lossviz {argv[0]}")


def test_compare_on_a_missing_folder_exits_2(capsys):
    assert main(["compare", "--data", "/nonexistent/folder"]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_a_diverging_comparison_exits_1(capsys):
    assert main(["compare", "--start", "default", "--lr", "50", "--epochs", "2"]) == 1
    assert "diverged" in capsys.readouterr().err


def test_predict_reads_digits_on_paper_of_either_kind_and_in_either_format(tmp_path, model, capsys):
    paths, labels = [], []
    for index in range(4):
        page, label = digit_on_paper(index)
        for kind, pixels in (("dark", page), ("light", 255 - page)):
            for suffix in ("png", "jpg"):
                path = tmp_path / f"{index}-{kind}.{suffix}"
                save_grey(path, pixels, quality=80)
                paths.append(str(path))
                labels.append(label)
    assert main(["predict", *paths, "--model", str(model)]) == 0
    lines = json_lines(capsys.readouterr().out)
    assert [line["image"] for line in lines] == paths
    expected = trained_network().predict_proba(bundled().validation_images[:4]).argmax(axis=1)
    for line, path in zip(lines, paths):
        index = int(path.rsplit("/", 1)[1][0])
        assert line["predicted"] == expected[index] == int(np.argmax(line["probabilities"]))
        assert sum(line["probabilities"]) == pytest.approx(1, abs=1e-4) and len(line["probabilities"]) == 10
        assert line["ink"] == ("dark" if "-dark." in path else "light") and "label" not in line


def test_with_a_label_predict_gives_both_losses_as_the_explorer_computes_them(tmp_path, model, capsys):
    page, label = digit_on_paper(0)
    save_grey(tmp_path / "d.png", page)
    assert main(["predict", str(tmp_path / "d.png"), "--model", str(model), "--label", "7"]) == 0
    [line] = json_lines(capsys.readouterr().out)
    y = np.array(line["probabilities"])
    assert line["label"] == 7
    assert line["cross_entropy"] == pytest.approx(sparse_cross_entropy_error(y, 7), rel=1e-4)
    assert line["squared_error"] == pytest.approx(sum_squared_error(y, np.eye(10)[7]), rel=1e-4)


def png_claiming(width, height):
    """A PNG file whose header claims width × height pixels (and holds one row)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(width + 1))) + chunk(b"IEND", b""))


def test_unreadable_and_huge_pictures_are_refused_each_in_one_line_and_the_rest_still_read(tmp_path, model, capsys):
    (tmp_path / "text.png").write_text("not a picture")
    (tmp_path / "huge.png").write_bytes(png_claiming(10_000, 10_000))
    page, _ = digit_on_paper(1)
    save_grey(tmp_path / "good.png", page)
    names = ["text.png", "huge.png", "missing.png", "good.png"]
    assert main(["predict", *(str(tmp_path / n) for n in names), "--model", str(model)]) == 2
    out, err = capsys.readouterr()
    assert [line["image"].rsplit("/", 1)[1] for line in json_lines(out)] == ["good.png"]
    refusals = err.splitlines()
    assert len(refusals) == 3 and all(line.startswith("lossviz predict: ") for line in refusals)
    assert "10000 × 10000 pixels is more than the 50,000,000" in refusals[1]


def test_predict_without_a_usable_model_exits_2(tmp_path, capsys):
    (tmp_path / "m.npz").write_text("not a model")
    assert main(["predict", str(tmp_path / "m.npz"), "--model", str(tmp_path / "m.npz")]) == 2
    assert "not a LossViz model file" in capsys.readouterr().err


def test_a_blank_page_reads_as_blank(tmp_path, model, capsys):
    save_grey(tmp_path / "blank.png", np.full((100, 100), 250))
    assert main(["predict", str(tmp_path / "blank.png"), "--model", str(model)]) == 0
    assert json_lines(capsys.readouterr().out)[0]["blank"] is True


def test_evaluate_adds_the_confusion_matrix_and_the_worst_digits(model, capsys):
    assert main(["evaluate", str(model), "--confusion", "--worst", "5"]) == 0
    [result] = json_lines(capsys.readouterr().out)
    confusion = np.array(result["confusion"])
    assert confusion.shape == (10, 10) and confusion.sum() == result["images"] == 1000
    assert np.trace(confusion) / confusion.sum() == pytest.approx(result["accuracy"])
    worst = result["worst"]
    assert len(worst) == 5 and result["worst_by"] == "ce"
    assert [list(w) for w in worst] == [["index", "label", "prediction", "cross_entropy", "squared_error"]] * 5
    assert all(a["cross_entropy"] >= b["cross_entropy"] for a, b in zip(worst, worst[1:]))
    labels = bundled().validation_labels
    assert all(w["label"] == labels[w["index"]] != w["prediction"] for w in worst)

    assert main(["evaluate", str(model), "--worst", "5", "--worst-by", "sse"]) == 0
    [by_sse] = json_lines(capsys.readouterr().out)
    assert "confusion" not in by_sse
    assert all(a["squared_error"] >= b["squared_error"] for a, b in zip(by_sse["worst"], by_sse["worst"][1:]))


def test_evaluate_without_the_new_flags_is_unchanged(model, capsys):
    assert main(["evaluate", str(model)]) == 0
    assert list(json_lines(capsys.readouterr().out)[0]) == ["accuracy", "images", "data"]
