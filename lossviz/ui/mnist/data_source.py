"""Where the MNIST panel's data comes from: the bundled subset, full MNIST
(downloaded here, on a ``DownloadWorker`` thread) or a folder of IDX files.

The row shows the choice and forwards it (``dataset_chosen``); loading the
data and deciding whether it may change now is the panel's business, which
answers with ``show_dataset``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from lossviz.messages import Message
from lossviz.ui.common.i18n import Retranslated, fill, translated
from lossviz.ui.mnist.download_worker import DownloadWorker


class DataSourceRow(Retranslated, QWidget):
    """Interface: ``show_dataset(spec, description)``, ``set_editable(on)``,
    ``start_download()``, ``cancel_download()``, ``shutdown()``; the signals below."""

    #: The user chose data from the list: "bundled", "full" or a folder opened before.
    dataset_chosen = Signal(str)
    #: The user picked a folder to open (Open IDX folder…).
    folder_chosen = Signal(str)
    download_started = Signal()
    #: The download thread ended; the DownloadWorker says how (cancelled, error, or done).
    download_ended = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.downloader: DownloadWorker | None = None
        self._description: object = ""
        self.data_caption = QLabel()
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.data_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wrapped text must not set the width
        self.data_combo = QComboBox()
        self.data_combo.addItem("", "bundled")  # the texts of these and all that follow: retranslate()
        self.data_combo.addItem("", "full")
        self.data_combo.activated.connect(lambda index: self.dataset_chosen.emit(self.data_combo.itemData(index)))
        # A folder's long name must not widen the panel.
        self.data_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.data_combo.setMinimumContentsLength(16)
        self.download_button = QPushButton()
        self.download_button.clicked.connect(self.start_download)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._on_open_clicked)
        self.download_bar = QProgressBar()
        self.cancel_download_button = QPushButton()
        self.cancel_download_button.clicked.connect(self.cancel_download)
        self.download_bar.hide()
        self.cancel_download_button.hide()
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_caption)
        data_row.addWidget(self.data_combo, 1)
        source_row = QHBoxLayout()
        source_row.addWidget(self.download_button)
        source_row.addWidget(self.open_button)
        source_row.addStretch(1)
        download_row = QHBoxLayout()
        download_row.addWidget(self.download_bar, 1)
        download_row.addWidget(self.cancel_download_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(data_row)
        layout.addLayout(source_row)
        layout.addWidget(self.data_label)
        layout.addLayout(download_row)

    def retranslate(self) -> None:
        self.data_caption.setText(self.tr("Data"))
        self.data_combo.setAccessibleName(self.tr("Training data"))
        self.data_combo.setItemText(0, self.tr("Bundled subset (5,000 images)"))
        self.data_combo.setItemText(1, self.tr("Full MNIST (70,000 images)"))
        for index in range(2, self.data_combo.count()):  # folders opened
            self.data_combo.setItemText(index, self._folder_item_text(self.data_combo.itemData(index)))
        self.download_button.setText(self.tr("Download full MNIST…"))
        self.download_button.setToolTip(self.tr("Fetch the four MNIST files (11 MB) and check each against its published checksum"))
        self.open_button.setText(self.tr("Open IDX folder…"))
        self.open_button.setToolTip(self.tr("Train on a folder of IDX files: MNIST, Fashion-MNIST, or any 28 × 28 images in 10 classes"))
        self.download_bar.setFormat(self.tr("Downloading MNIST… %p%"))
        self.cancel_download_button.setText(self.tr("Cancel download"))
        self.data_label.setText(translated(self._description))

    def show_dataset(self, spec: str, description: Message | str) -> None:
        """The data in use: ``spec`` chosen in the list (a folder is added
        to it, to be chosen again), ``description`` under it."""
        self._description = description
        self.data_label.setText(translated(description))
        index = self.data_combo.findData(spec)
        if index < 0:
            self.data_combo.addItem(self._folder_item_text(spec), spec)
            self.data_combo.setItemData(self.data_combo.count() - 1, spec, Qt.ItemDataRole.ToolTipRole)
            index = self.data_combo.count() - 1
        self.data_combo.setCurrentIndex(index)

    def set_editable(self, editable: bool) -> None:
        """Whether other data may be chosen now (not during a session); downloading may go on."""
        self.data_combo.setEnabled(editable)
        self.open_button.setEnabled(editable)

    def _folder_item_text(self, folder: str) -> str:
        return fill(self.tr("Folder: %1"), Path(folder).name)

    def _on_open_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of IDX files"))
        if folder:
            self.folder_chosen.emit(folder)

    # -- downloading -----------------------------------------------------

    def start_download(self) -> None:
        from lossviz.data_folder import mnist_dir
        from lossviz.mnist.download import mirrors
        from lossviz.ui.common.settings_store import store

        if self.downloader is not None:
            return
        # The settings file's mirrors, checked to be http(s) URLs when it was
        # read; none chosen there: the downloader's own list.
        self.downloader = DownloadWorker(mnist_dir(), mirrors(list(store().mirrors) or None), self)
        self.downloader.progressed.connect(self._on_download_progress)
        self.downloader.finished.connect(self._on_download_finished)
        self.download_bar.setRange(0, 0)
        self.download_bar.show()
        self.cancel_download_button.show()
        self.download_button.setEnabled(False)
        self.download_started.emit()
        self.downloader.start()

    def cancel_download(self) -> None:
        if self.downloader is not None:
            self.downloader.cancel()

    def shutdown(self) -> None:
        """Before the window closes: stop the download's thread and wait for it."""
        if self.downloader is not None:
            self.downloader.cancel()
            self.downloader.wait()
            self.downloader = None

    def _on_download_progress(self, done: int, total: int) -> None:
        self.download_bar.setRange(0, max(total, 1))
        self.download_bar.setValue(done)

    def _on_download_finished(self) -> None:
        worker, self.downloader = self.downloader, None
        self.download_bar.hide()
        self.cancel_download_button.hide()
        self.download_button.setEnabled(True)
        self.download_ended.emit(worker)
