"""Feedback steps: "Lanjut" waits for a face; the thanks leads back where the visitor came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.storage.database import BoothDatabase
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import item, records, tap

pytestmark = pytest.mark.ui

ROAD = "gerakan-rawat-jalan"


def send_with_face(qtbot: object, kiosk: KioskUi, face: int) -> None:
    assert kiosk.form.property("step") == 1
    assert not item(kiosk, "feedbackNext").property("enabled")
    tap(qtbot, kiosk, "feedbackNext")  # no face yet: the faces stay
    assert kiosk.form.property("step") == 1
    tap(qtbot, kiosk, f"face_{face}")
    tap(qtbot, kiosk, "feedbackNext")
    assert kiosk.form.property("step") == 2
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "sendButton")
    assert kiosk.flow.property("screen") == "feedbackThanks"


def test_next_waits_for_a_face_and_the_thanks_leads_back_where_the_visitor_came_from(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    kiosk.booth.idle_seconds = 60
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, "homeFeedbackButton")  # feedback on the booth, from the home screen
    send_with_face(qtbot, kiosk, 4)
    assert item(kiosk, "feedbackThanksHome").property("text") == "Kembali ke Beranda"
    tap(qtbot, kiosk, "feedbackThanksHome")
    assert kiosk.flow.property("screen") == "home"

    tap(qtbot, kiosk, f"card_{ROAD}")
    tap(qtbot, kiosk, "feedbackButton")  # feedback on an innovation
    send_with_face(qtbot, kiosk, 2)
    assert item(kiosk, "feedbackThanksHome").property("text") == "Kembali ke inovasi"
    rows = records(booth_db[0], "feedback")
    assert [(r["rating"], r["innovation_slug"]) for r in rows] == [(4, None), (2, ROAD)]
