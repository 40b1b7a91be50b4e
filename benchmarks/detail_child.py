"""Frames from a tap to a complete screen, counted in the window: `python -m
benchmarks.detail_child kiosk DB` or `bare DB`. Prints one JSON line.

`kiosk`: the real UI (1920x1080, rendering) on the journey's booth (20 innovations,
4000x3000 pack photos). Once the worker threads have prepared the photos and codes,
a visitor opens every innovation from home: for each, the frames swapped from the
call QML's tap makes (`VisitorFlow.openInnovation`) up to the first frame on which the
page's first photo and its QR code are both drawn (1 = the first frame after the tap).
Also the attract -> home switches: the first after start-up and the later ones.

`bare`: a QML window whose Loader switches from a Text to a page with the same photo
(already loaded, as the limit allows) and a QR code PNG: the same count.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from benchmarks.journey_child import pump

BARE_QML = """
import QtQuick
Window {
    width: 1920; height: 1080; visible: true
    property string photo: ""
    property string qr: ""
    property bool detail: false
    Image { visible: false; source: photo; sourceSize.width: 1280; asynchronous: true } // loaded
    Loader {
        anchors.fill: parent
        sourceComponent: detail ? page : home
    }
    Component { id: home; Text { text: "Gerai"; font.pixelSize: 64 } }
    Component {
        id: page
        Row {
            Image { objectName: "photo"; width: 864; height: 648; source: photo
                    sourceSize.width: 1280; asynchronous: true; fillMode: Image.PreserveAspectCrop }
            Image { objectName: "qr"; width: 370; height: 370; source: qr; smooth: false }
        }
    }
}
"""


def ready(item: Any) -> bool:
    return bool(item.property("progress") == 1.0 and item.property("implicitWidth") > 0)


def frames_until(window: Any, action: Any, complete: Any, limit: int = 120) -> int:
    """Frames swapped after `action()` up to the first on which `complete()` holds."""
    state = {"frames": 0, "done": 0}

    def swapped() -> None:
        state["frames"] += 1
        if not state["done"] and complete():
            state["done"] = state["frames"]

    window.frameSwapped.connect(swapped)
    try:
        action()
        deadline = time.monotonic() + 5
        while not state["done"] and state["frames"] < limit and time.monotonic() < deadline:
            pump(5)
    finally:
        window.frameSwapped.disconnect(swapped)
    return state["done"] or -1


def items_named(ui: Any, name: str) -> list[Any]:
    from kiosk.ui.testing import visual_items

    return [i for i in visual_items(ui.window.contentItem()) if i.objectName() == name]


def kiosk(db_path: str) -> dict[str, Any]:
    from benchmarks.journey_child import kiosk_ui

    ui, clock = kiosk_ui(db_path, show=True)
    started = time.monotonic()
    rows = ui.innovations.rows()
    while not all(ui.prepared.ready(r["shown"]) for r in rows if r["photos"]):
        pump(20)
        rows = ui.innovations.rows()
        if time.monotonic() - started > 30:
            raise RuntimeError("the photos were not prepared within 30 s")
    prepared_s = time.monotonic() - started
    pump(1000)
    flow = ui.flow

    def home_complete() -> bool:
        cards = [i for i in items_named(ui, "homeScreen") if i.isVisible()]
        photos = [
            i
            for i in _images(ui)
            if i.property("source").toString().startswith("image://gerai/") and i.isVisible()
        ]
        return bool(cards) and bool(photos) and all(ready(p) for p in photos)

    homes = []
    details = []
    for n, row in enumerate(rows):
        if flow.screen == "attract":
            homes.append(frames_until(ui.window, flow.start, home_complete))
            pump(300)

        def detail_complete(slug: str = row["slug"]) -> bool:
            photos = [i for i in items_named(ui, "galleryPhoto_0") if i.isVisible()]
            codes = [i for i in items_named(ui, "qrImage") if i.isVisible()]
            has_photo = bool(ui.innovations.find(slug)["photos"])
            photo_drawn = not has_photo or bool(photos and ready(photos[0]))
            return bool(codes) and ready(codes[0]) and photo_drawn

        details.append(
            frames_until(ui.window, lambda s=row["slug"]: flow.openInnovation(s), detail_complete)
        )
        pump(300)
        flow.showHome()
        pump(200)
        if n % 3 == 2:
            flow.returnToAttract()
            clock.advance(60)
            pump(300)
    return {"detail_frames": details, "home_frames": homes, "prepared_s": round(prepared_s, 2)}


def _images(ui: Any) -> list[Any]:
    from kiosk.ui.testing import visual_items

    return [
        i
        for i in visual_items(ui.window.contentItem())
        if i.metaObject().indexOfProperty("sourceSize") >= 0
    ]


def bare(db_path: str) -> dict[str, Any]:
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.ui.qr import qr_png
    from kiosk.ui.testing import visual_items

    folder = Path(tempfile.mkdtemp(prefix="gerai-bare-"))
    conn = sqlite3.connect(db_path)
    photos = [r[0] for r in conn.execute("SELECT image_jpeg FROM photos ORDER BY id LIMIT 20")]
    conn.close()
    engine = QQmlApplicationEngine()
    engine.loadData(BARE_QML.encode())
    window = engine.rootObjects()[0]
    frames = []
    for n, data in enumerate(photos):
        photo, code = folder / f"{n}.jpg", folder / f"{n}.png"
        photo.write_bytes(data)
        code.write_bytes(qr_png(f"https://example.go.id/inovasi-{n}"))
        window.setProperty("photo", QUrl.fromLocalFile(str(photo)).toString())
        window.setProperty("qr", QUrl.fromLocalFile(str(code)).toString())
        pump(500)  # the photo loaded (hidden), as the limit allows

        def complete() -> bool:
            items = visual_items(window.contentItem())
            shown = [i for i in items if i.objectName() in ("photo", "qr")]
            return len(shown) == 2 and all(ready(i) for i in shown)

        frames.append(frames_until(window, lambda: window.setProperty("detail", True), complete))
        pump(200)
        window.setProperty("detail", False)
        pump(200)
    return {"detail_frames": frames}


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    result = kiosk(sys.argv[2]) if sys.argv[1] == "kiosk" else bare(sys.argv[2])
    print(json.dumps(result), flush=True)
    assert app is not None
    os._exit(0)  # without Qt's teardown (see journey_child)


if __name__ == "__main__":
    main()
