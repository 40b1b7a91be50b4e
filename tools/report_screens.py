"""Screenshots of the organizers' report (docs/screens/report-*.png), with headless Chromium.

    python -m tools.report_screens hasil/laporan/report.html docs/screens

Takes the report's first page, its anomalies section and the first agency's
page as a browser shows them (1000 px wide), and the first page of the
printed PDF (Chromium's print to A4, then pdftoppm). Needs `chromium` and
`pdftoppm` (Debian: chromium, poppler-utils). Only `out_dir` is written.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

WIDTH = 1000
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]

# Where the sections start, read by a script in a copy of the page (the report has none).
_PROBE = """<script>window.onload = () => {
  const top = (e) => e.getBoundingClientRect().top + window.scrollY;
  const agency = document.querySelector("#per-agency ~ .agency");
  document.body.dataset.pos = JSON.stringify({
    height: document.documentElement.scrollHeight,
    anomalies: top(document.getElementById("anomalies")),
    agencies: top(document.getElementById("per-agency")),
    agency: [top(agency), agency.getBoundingClientRect().height],
  });
};</script>"""


def main(report: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gerai-screens-") as tmp:
        scratch = Path(tmp)
        pos = _positions(report, scratch)
        full = scratch / "full.png"
        _chromium(
            f"--window-size={WIDTH},{int(pos['height']) + 10}", f"--screenshot={full}", report
        )
        with Image.open(full) as page:
            page.crop((0, 0, WIDTH, 1300)).save(out_dir / "report-first-page.png")
            top, end = int(pos["anomalies"]) - 20, int(pos["agencies"]) - 10
            page.crop((0, top, WIDTH, min(end, top + 1400))).save(out_dir / "report-anomalies.png")
            top, height = int(pos["agency"][0]) - 20, int(pos["agency"][1]) + 40
            page.crop((0, top, WIDTH, top + height)).save(out_dir / "report-agency.png")
        pdf = scratch / "report.pdf"
        _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", report)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "90",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf,
                scratch / "p",
            ],
            check=True,
        )
        with Image.open(scratch / "p.png") as printed:
            printed.save(out_dir / "report-pdf-page.png")


def _positions(report: Path, scratch: Path) -> dict[str, Any]:
    probe = scratch / "probe.html"
    html = report.read_text(encoding="utf-8")
    probe.write_text(html.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    dom = _chromium(
        f"--window-size={WIDTH},1300", "--virtual-time-budget=3000", "--dump-dom", probe
    )
    found = re.search(r'data-pos="([^"]*)"', dom)
    if found is None:
        raise SystemExit("the page did not say where its sections are")
    return dict(json.loads(found.group(1).replace("&quot;", '"')))


def _chromium(*args: str | Path) -> str:
    page = args[-1]
    command = [*CHROMIUM, *map(str, args[:-1]), Path(page).resolve().as_uri()]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
