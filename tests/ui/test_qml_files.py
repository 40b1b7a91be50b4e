"""Every QML file loads without a single QML error or warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from kiosk.ui.paths import MAIN_QML, QML_DIR, qml_files
from kiosk.ui.testing import process_events
from kiosk.ui.wiring import KioskUi

pytestmark = pytest.mark.ui


def qml_id(path: Path) -> str:
    """`Main.qml`, `Staff/PinPad.qml`: the file's place in the Gerai module."""
    return path.relative_to(QML_DIR).as_posix()


def test_every_qml_file_is_found_staff_mode_too() -> None:
    found = {qml_id(p) for p in qml_files()}
    assert "Staff/StaffWindow.qml" in found and "Staff/PinPad.qml" in found
    assert len(found) == len(list(QML_DIR.rglob("*.qml")))


def test_main_window_loads_on_the_attract_loop(kiosk: KioskUi) -> None:
    assert kiosk.window.objectName() == "kioskWindow"
    assert kiosk.flow.property("screen") == "attract"


# The organizers' desk (Desk/) is another window with its own controller: its files are
# loaded the same way with the desk's engine in tests/ui/desk/test_desk_window.py.
KIOSK_FILES = [p for p in qml_files() if p != MAIN_QML and p.parent.name != "Desk"]


@pytest.mark.parametrize("path", KIOSK_FILES, ids=qml_id)
def test_component_loads_cleanly(kiosk: KioskUi, path: Path) -> None:
    """Each component on its own, with the same Python objects the window gives it."""
    if path.name in ("DetailScreen.qml", "VoteArea.qml", "FeedbackScreen.qml"):
        kiosk.flow.start()  # these show session state; give them one
    component = QQmlComponent(kiosk.engine, QUrl.fromLocalFile(str(path)))
    assert component.isReady(), component.errorString()
    created = component.create(kiosk.engine.rootContext())
    assert created is not None, component.errorString()
    if isinstance(created, QQuickItem):
        created.setParentItem(kiosk.window.contentItem())
        created.setSize(kiosk.window.contentItem().size())
    process_events(0.05)
    created.deleteLater()
    process_events(0.01)


def test_every_screen_has_its_own_file_and_every_screen_file_a_screen() -> None:
    from kiosk.ui.screens import SCREEN_FILES

    assert len(set(SCREEN_FILES.values())) == len(SCREEN_FILES)
    for name, file in SCREEN_FILES.items():
        assert (QML_DIR / file).is_file(), f"screen '{name}': no {file}"
    screen_files = {path.name for path in QML_DIR.glob("*Screen.qml")}
    # A *Screen.qml other screens are made of (MessageScreen) is a part, not a screen.
    parts = {
        f
        for f in screen_files
        if any(f"{f[:-4]} {{" in (QML_DIR / s).read_text() for s in screen_files)
    }
    assert screen_files - parts == set(SCREEN_FILES.values())


def test_main_window_takes_the_screen_list_from_python() -> None:
    text = MAIN_QML.read_text()
    assert "VisitorFlow.screenFiles" in text
    assert not any(f'"{f.name}"' in text for f in QML_DIR.glob("*Screen.qml")), (
        "Main.qml names a screen"
    )


def test_qml_warnings_are_caught(qapp: object) -> None:
    """The guard itself: a broken binding is reported, not silently ignored."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtQml import QQmlEngine

    from tests.ui.conftest import QtMessages

    messages = QtMessages()
    previous = qInstallMessageHandler(messages)
    try:
        engine = QQmlEngine()
        component = QQmlComponent(engine)
        component.setData(b"import QtQuick\nItem { width: nothing.width }", QUrl("broken.qml"))
        obj = component.create()
        process_events(0.01)
        del obj
    finally:
        qInstallMessageHandler(previous)
    assert any("nothing" in problem for problem in messages.problems)


def _blocks(text: str, opener: str) -> list[str]:
    """The text of every `opener {...}` block (braces matched)."""
    blocks, start = [], text.find(opener)
    while start >= 0:
        depth, end = 0, start
        for end in range(text.index("{", start), len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        blocks.append(text[start : end + 1])
        start = text.find(opener, end)
    return blocks


# Synchronous Images that decode nothing on the GUI thread: their source is a photo
# decoded ahead on a worker thread (kiosk/ui/images.py PreparedPhotos, handed out only
# once decoded; else the file, asynchronously) or a QR code drawn ahead (kiosk/ui/qr.py).
PREPARED_AHEAD = {
    "Gallery.qml": "asynchronous: !prepared",
    "HomeScreen.qml": 'asynchronous: cell.card === ""',
    "QrCode.qml": "source: QrImages.url(code.text)",
}


@pytest.mark.parametrize("path", qml_files(), ids=qml_id)
def test_images_decode_off_the_gui_thread(path: Path) -> None:
    for block in _blocks(path.read_text(), "Image {"):
        ahead = PREPARED_AHEAD.get(path.name)
        if ahead is not None and ahead in block:
            continue
        assert "asynchronous: true" in block, f"{path.name}: an Image decodes on the GUI thread"


@pytest.mark.parametrize("path", qml_files(), ids=qml_id)
def test_text_sizes_come_from_the_theme(path: Path) -> None:
    """No hard-coded font sizes: the theme keeps body text at 28 px or more. The
    organizers' desk (Desk/, a laptop with a mouse) takes its sizes from `DeskStyle`,
    and its big screen from the screen's own height."""
    desk = ("DeskStyle.", "big.height") if path.parent.name == "Desk" else ()
    for line in path.read_text().splitlines():
        if "font.pixelSize:" in line:
            allowed = ("Theme.", "fontSize", *desk)
            assert any(a in line for a in allowed), f"{path.name}: {line.strip()}"


def test_main_window_names_no_type_it_loads_later() -> None:
    """A type named in Main.qml (`as Keyboard`, a property's type) is loaded with it,
    before the first frame; what its Loaders load later it refers to by file name only."""
    import re

    from kiosk.ui.screens import SCREEN_FILES

    text = MAIN_QML.read_text()
    later = set(re.findall(r'source: "(?:Staff/)?(\w+)\.qml"', text))
    later |= {file.removesuffix(".qml") for file in SCREEN_FILES.values()}
    code = re.sub(r'"[^"]*"|//.*', "", text)  # names in strings and comments do not load
    assert not [name for name in later if re.search(rf"\b{name}\b", code)]
