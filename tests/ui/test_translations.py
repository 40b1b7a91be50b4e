"""One translation system: every visitor text, QML's and Python's, is in the three .ts
files, finished, and shows in the visitor's language (never another language's words).

Python's texts: the fixed vocabulary of kiosk.domain (faces, tags, the SKM, categories;
their Indonesian is the source) listed by `kiosk.ui.catalogue.python_messages()`, and
every `tr(context, "literal")` in kiosk/ui, found by reading the source.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

import kiosk.ui
from kiosk.domain.feedback import RATINGS, TAGS
from kiosk.domain.skm import ELEMENTS, OCCUPATIONS
from kiosk.paths import translations_dir
from kiosk.ui.accessibility import READ_ALOUD, SCREEN_SENTENCES
from kiosk.ui.catalogue import FEEDBACK, SURVEY, category, python_messages, tr
from kiosk.ui.feedback import FeedbackForm
from kiosk.ui.models import TagModel
from kiosk.ui.survey import SurveyForm
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import item, tap
from tests.ui.test_survey import survey_festival

LANGS = ("id", "en", "bms")
Key = tuple[str, str]  # (context, source)

# Texts that are the same words in Banyumasan as in Indonesian, each on purpose: names
# and abbreviations (SMP, S1, PNS, TNI, Polri), the SKM's official terms as agencies
# publish them, and words Banyumasan speakers use as they are. Any other Banyumasan
# text equal to the Indonesian is an untranslated fallback.
SAME_IN_BMS = {
    "Stan %1 · %2",
    "Tombol: %1.",
    "Isi Survei Kepuasan Masyarakat",
    "Survei Kepuasan Masyarakat (SKM)",
    "Kontak: %1",
    "Peta festival",
    "Panggung",
    "Kirim",
    "Tutup",
    "Saran",
    "Jenis kelamin",
    # Feedback and the SKM
    "Kreatif",
    "Persyaratan",
    "Biaya/tarif",
    "Murah",
    "Gratis",
    "Kompeten",
    "Kurang kompeten",
    "Cukup",
    "SMP",
    "SMA/SMK",
    "Diploma (D1–D4)",
    "S1",
    "PNS",
    "TNI",
    "Polri",
    "Pelajar/Mahasiswa",
    # Categories: administrative terms, said so in Banyumas too
    "Administrasi Kependudukan",
    "Ekonomi",
    "Infrastruktur",
    "Kebencanaan",
    "Kesehatan",
    "Layanan Publik",
    "Pariwisata",
    "Pendidikan",
    "Perlindungan Sosial",
    "Tata Kelola Pemerintahan",
    "Tata Ruang",
    "Transformasi Digital",
}


def translation_text(element: ET.Element) -> str:
    forms = element.findall("numerusform")
    return " | ".join(f.text or "" for f in forms) if forms else element.text or ""


def ts(lang: str) -> dict[Key, ET.Element]:
    root = ET.parse(translations_dir() / f"gerai_{lang}.ts").getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""))
            assert key not in found, f"gerai_{lang}.ts has {key} twice"
            translation = message.find("translation")
            assert translation is not None, f"gerai_{lang}.ts: {key} has no <translation>"
            found[key] = translation
    return found


def texts(lang: str) -> dict[Key, str]:
    return {key: translation_text(t) for key, t in ts(lang).items()}


def literal_tr_calls() -> set[Key]:
    """(context, source) of every `tr(CONTEXT, "literal")` in kiosk/ui's Python files."""
    found: set[Key] = set()
    for path in Path(kiosk.ui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        constants.update({"FEEDBACK": FEEDBACK, "SURVEY": SURVEY})
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            name = node.func.id if isinstance(node.func, ast.Name) else name
            if name not in ("tr", "translate"):
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Name):
                context = ast.Constant(constants.get(context.id))
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                assert isinstance(context.value, str), f"{path.name}: unknown context"
                found.add((context.value, str(source.value)))
    return found


def python_side() -> set[Key]:
    keys = set(python_messages()) | literal_tr_calls()
    return keys | {(READ_ALOUD, sentence) for sentence in SCREEN_SENTENCES.values()}


def test_every_language_has_every_message_finished() -> None:
    files = {lang: ts(lang) for lang in LANGS}
    for lang, messages in files.items():
        assert set(messages) == set(files["id"]), (
            f"gerai_{lang}.ts and gerai_id.ts differ: {sorted(set(messages) ^ set(files['id']))}"
        )
        for key, translation in messages.items():
            assert translation.get("type") is None, f"{lang}: {key} is {translation.get('type')}"
            text = translation_text(translation)
            assert text.strip(" |"), f"{lang}: {key} is empty"
            for marker in ("%1", "%2", "%n"):
                if marker in key[1]:
                    assert marker in text, f"{lang}: {marker} lost in {key}"


def test_every_python_text_is_in_the_catalogue() -> None:
    keys = python_side()
    # The scan finds the texts it should (it cannot pass by finding nothing).
    assert ("SurveyForm", "Element %1 of %2") in keys
    assert ("ReadAloud", "Thank you for your vote.") in keys
    assert (FEEDBACK, RATINGS[4]) in keys and (SURVEY, ELEMENTS[8].question) in keys
    messages = texts("id")
    missing = sorted(keys - set(messages))
    assert not missing, f"Python texts missing from the .ts files: {missing}"


def organizers(key: Key) -> bool:
    """The organizers' desk (`kiosk desk`): not a visitor's text. It offers Indonesian and
    English; its Banyumasan entries repeat the Indonesian, and it may name the kiosk."""
    return key[0].startswith("Desk")


def test_no_visitor_text_falls_back_to_another_language() -> None:
    indonesian, english, banyumasan = texts("id"), texts("en"), texts("bms")
    python = set(python_messages())
    for key, source in indonesian.items():
        if organizers(key):
            continue
        if key in python:  # an Indonesian source: English must be other words
            assert source == key[1], f"id: {key} should repeat its Indonesian source"
            assert english[key] != key[1], f"en shows Indonesian: {key}"
        if source not in SAME_IN_BMS:
            assert banyumasan[key] != source, f"bms shows Indonesian: {key} '{source}'"
    same = {
        indonesian[k] for k in indonesian if banyumasan[k] == indonesian[k] and not organizers(k)
    }
    assert not SAME_IN_BMS - same, f"no longer the same, drop: {SAME_IN_BMS - same}"


@pytest.mark.ui
def test_python_texts_follow_the_installed_language(
    ui_language: Callable[[str], object],
) -> None:
    festival = survey_festival()
    dpupr = next(a for a in festival.agencies if a.code == "DPUPR")
    expected = {lang: texts(lang) for lang in LANGS}
    for lang in LANGS:
        ui_language(lang)
        words = expected[lang]
        form, tags, survey = FeedbackForm(lang), TagModel(lang), SurveyForm(dpupr, lang)
        assert [r["label"] for r in form.property("ratings")] == [
            words[(FEEDBACK, RATINGS[n])] for n in (1, 2, 3, 4)
        ]
        assert [r["label"] for r in tags.rows()] == [words[(FEEDBACK, t)] for t in TAGS.values()]
        assert survey.property("title") == words[("SurveyForm", "Which service did you use?")]
        survey.choose("izin-jalan")
        survey.next()
        assert survey.property("question") == words[(SURVEY, ELEMENTS[0].question)]
        assert survey.property("progressText") == words[("SurveyForm", "Element %1 of %2")].replace(
            "%1", "1"
        ).replace("%2", "9")
        for _ in range(9):
            survey.skip()
        occupation = survey.property("demographics")[3]["options"]
        assert [o["label"] for o in occupation[1:]] == [
            words[(SURVEY, t)] for t in OCCUPATIONS.values()
        ]
        assert category("Kesehatan") == words[("Category", "Kesehatan")]
        assert category("Kategori buatan panitia") == "Kategori buatan panitia"
        assert (
            tr("ReadAloud", "Thank you for visiting.")
            == words[("ReadAloud", "Thank you for visiting.")]
        )
    assert expected["bms"][(FEEDBACK, RATINGS[4])] == "Apik banget"
    assert expected["en"][(SURVEY, ELEMENTS[0].name)] == "Requirements"


@pytest.mark.ui
def test_the_kiosk_shows_faces_tags_and_categories_in_english_and_banyumasan(
    qtbot: object, kiosk: KioskUi
) -> None:
    tap(qtbot, kiosk, "startArea")
    for lang in ("en", "bms"):
        words = texts(lang)
        kiosk.flow.setLang(lang)
        card = next(r for r in kiosk.innovations.rows() if r["slug"] == "gerakan-rawat-jalan")
        assert card["category"] == words[("Category", "Infrastruktur")]
        tap(qtbot, kiosk, "homeFeedbackButton")
        assert item(kiosk, "face_4").property("label") == words[(FEEDBACK, RATINGS[4])]
        tap(qtbot, kiosk, "face_4")
        tap(qtbot, kiosk, "feedbackNext")
        shown = item(kiosk, "tag_want_to_use").property("text")
        assert shown == words[(FEEDBACK, TAGS["want_to_use"])]
        tap(qtbot, kiosk, "feedbackCancel")
        tap(qtbot, kiosk, "leaveConfirm")  # a face was chosen: leaving asks first
    assert texts("en")[("Category", "Infrastruktur")] == "Infrastructure"


def avoided_words() -> list[str]:
    """The glossary's last column in docs/translations.md: words no Indonesian visitor
    text may use."""
    doc = (Path(kiosk.ui.__file__).parents[2] / "docs" / "translations.md").read_text()
    glossary = doc.split("## Glossary", 1)[1]
    rows = [line for line in glossary.splitlines() if line.startswith("| ")][2:]
    return [w for row in rows for w in re.findall(r'"([^"]+)"', row.split("|")[-2])]


def test_indonesian_texts_keep_to_the_glossary() -> None:
    words = avoided_words()
    assert {"kios", "galat", "Pilih inovasi", "gerai"} <= set(words)
    found = []
    for key, text in texts("id").items():
        if organizers(key):
            continue
        for word in words:
            if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
                found.append(f"{key}: '{word}' in '{text}'")
    assert not found, "\n".join(found)


def test_opening_and_voting_have_different_verbs_in_every_language() -> None:
    """A visitor who opens an innovation must not believe they voted (#23): the home
    hint and the vote button share no verb, and read-aloud names the button as shown."""
    hint = ("HomeScreen", "Choose an innovation to see its story. You have %n vote(s) left.")
    button = ("VoteArea", "Vote for this innovation")
    spoken = ("ReadAloud", "You can vote for this innovation: press Vote.")
    for lang in LANGS:
        words = texts(lang)
        instruction = words[hint].split(" | ")[0].split(".")[0]  # the votes left come after
        hint_words = {w.lower() for w in re.findall(r"\w+", instruction)}
        button_words = [w.lower() for w in re.findall(r"\w+", words[button])]
        assert button_words[0] not in hint_words, (lang, words[hint], words[button])
        assert re.findall(r"\w+", words[hint])[0].lower() not in button_words, lang
        assert words[button] in words[spoken], (lang, words[spoken])
