"""A picture of a digit made into an MNIST image: MNIST's own preprocessing."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossviz.mnist.preprocess import BOX, SIDE, area_weights, dark_ink, to_mnist
from tests.mnist.trained import bundled, trained_network

PAGE = (400, 600)
SCALE = 12


def on_a_page(image, top, left, scale=SCALE, page=PAGE):
    """A 28×28 MNIST image scaled up, dark ink on a white page at (top, left)."""
    big = np.kron(image, np.ones((scale, scale), np.uint8))
    sheet = np.zeros(page, np.uint8)
    sheet[top : top + big.shape[0], left : left + big.shape[1]] = big
    return 255 - sheet


def centre_of_mass(image):
    weights = image.astype(float)
    ys, xs = np.mgrid[: image.shape[0], : image.shape[1]]
    return (weights * ys).sum() / weights.sum(), (weights * xs).sum() / weights.sum()


def bounding_box(image):
    rows, columns = np.flatnonzero(image.any(axis=1)), np.flatnonzero(image.any(axis=0))
    return rows[-1] - rows[0] + 1, columns[-1] - columns[0] + 1


def test_real_digits_written_large_and_off_centre_on_white_paper_read_as_well_as_the_originals():
    data, net = bundled(), trained_network()
    images, labels = data.validation_images[:200], data.validation_labels[:200]
    rng = np.random.default_rng(0)
    side = 28 * SCALE
    pages = [on_a_page(image, rng.integers(0, PAGE[0] - side + 1), rng.integers(0, PAGE[1] - side + 1)) for image in images]
    read = np.array([to_mnist(page) for page in pages])
    original, from_pages = net.accuracy(images, labels), net.accuracy(read, labels)
    print(f"originals {original:.3f}, pages {from_pages:.3f}")
    assert from_pages >= original - 0.03
    assert np.mean(net.predict_proba(read).argmax(1) == net.predict_proba(images).argmax(1)) >= 0.95


def test_a_shifted_scaled_inverted_digit_predicts_like_the_original():
    data, net = bundled(), trained_network()
    for index in range(10):
        image = data.validation_images[index]
        expected = net.predict_proba(image[None]).argmax()
        variants = [
            on_a_page(image, 0, 0, scale=3, page=(90, 300)),  # small, in a corner of a wide page
            255 - on_a_page(image, 50, 10, scale=7, page=(300, 220)),  # light ink on a dark pad
            on_a_page(image, 100, 130, scale=5, page=(250, 280)).astype(np.float64) / 255 * 200 + 30,  # grey on grey, floats
        ]
        for picture in variants:
            assert net.predict_proba(to_mnist(picture)[None]).argmax() == expected


def test_an_mnist_image_comes_back_nearly_itself():
    data = bundled()
    for image in data.validation_images[:50]:
        again = to_mnist(image)
        assert np.abs(again.astype(int) - image).mean() < 4


def test_the_ink_is_found_on_either_ground():
    digit = bundled().validation_images[0]
    page = on_a_page(digit, 10, 10, scale=2, page=(100, 100))
    assert dark_ink(page) and not dark_ink(255 - page)
    np.testing.assert_array_equal(to_mnist(page), to_mnist(255 - page))


def test_ink_said_to_be_light_is_read_so_even_when_it_covers_most_of_the_border():
    """A drawing pad knows its ink: a stroke along three edges of the pad
    would otherwise make the border's median the ink and turn the digit inside out."""
    pad = np.zeros((100, 100), np.uint8)
    pad[:6, :] = pad[:, :6] = pad[:, -6:] = 255  # a "∩" drawn along the edges
    guessed, told = to_mnist(pad), to_mnist(pad, dark=False)
    assert told[14, 14] == 0 and told.max() == 255  # the inside stays paper
    assert not np.array_equal(guessed, told)


@pytest.mark.parametrize("picture", [np.full((50, 80), 255, np.uint8), np.zeros((3, 3)), np.full((10, 10), 128.0)])
def test_a_picture_without_ink_gives_an_empty_frame(picture):
    out = to_mnist(picture)
    assert out.shape == (SIDE, SIDE) and out.dtype == np.uint8 and not out.any()


@pytest.mark.parametrize("picture", [np.zeros((4, 4, 3)), np.zeros(0), np.array([[np.nan, 0.0]]), np.array([["a"]])])
def test_what_is_not_a_grey_picture_is_refused(picture):
    with pytest.raises(ValueError):
        to_mnist(picture)


def test_area_weights_average_and_keep_every_pixels_share():
    for n_in, n_out in [(336, 20), (7, 20), (20, 20), (1, 13), (1000, 3)]:
        w = area_weights(n_in, n_out)
        np.testing.assert_allclose(w.sum(axis=1), 1, rtol=1e-5)  # each output is a mean
        np.testing.assert_allclose(w.sum(axis=0), n_out / n_in, rtol=1e-5)  # every input counts alike


@st.composite
def strokes(draw):
    """A page of any size and ground with a few rectangles of ink of any shape."""
    height, width = draw(st.integers(8, 300)), draw(st.integers(8, 300))
    ground = draw(st.sampled_from([255, 0, 230, 20]))
    ink = 255 - ground
    page = np.full((height, width), ground, np.uint8)
    for _ in range(draw(st.integers(1, 4))):
        top, left = draw(st.integers(0, height - 1)), draw(st.integers(0, width - 1))
        bottom, right = draw(st.integers(top + 1, height)), draw(st.integers(left + 1, width))
        page[top:bottom, left:right] = ink
    # The border is the ground, as on paper: at least a pixel of it.
    page[0], page[-1], page[:, 0], page[:, -1] = ground, ground, ground, ground
    return page


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strokes())
def test_preprocessing_invariants(page):
    out = to_mnist(page)
    assert out.shape == (SIDE, SIDE) and out.dtype == np.uint8
    if not out.any():
        return
    assert out.max() == 255
    height, width = bounding_box(out)
    assert max(height, width) <= BOX and max(height, width) >= BOX - 1
    y, x = centre_of_mass(out)
    rows, columns = np.flatnonzero(out.any(axis=1)), np.flatnonzero(out.any(axis=0))
    # Moved by whole pixels: within half a pixel of the centre (and rounding
    # to bytes), unless the box had to stay inside the frame, which then
    # holds it at an edge (a mass piled at one end of a long box).
    assert abs(y - 14) <= 0.55 or rows[0] == 0 or rows[-1] == SIDE - 1
    assert abs(x - 14) <= 0.55 or columns[0] == 0 or columns[-1] == SIDE - 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strokes(), st.sampled_from([None, True, False]))
def test_a_picture_reads_the_same_as_bytes_or_as_numbers(page, dark):
    """A pad's raster (uint8) takes a shorter way through the checks: the same image comes out."""
    np.testing.assert_array_equal(to_mnist(page, dark), to_mnist(page.astype(np.float64), dark))


def test_weights_are_kept_for_many_small_sizes_and_few_large_ones():
    """A pad's raster goes through one size after another as a digit is
    drawn: each is worked out once; a large photo's are not all kept."""
    from lossviz.mnist import preprocess

    first = area_weights(1, 20)
    for n_in in range(2, preprocess.SMALL + 1):
        area_weights(n_in, 20)
    assert area_weights(1, 20) is first  # still kept, not worked out again
    assert preprocess._large_weights.cache_info().maxsize <= 16
