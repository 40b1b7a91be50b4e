"""Pack import memory: peak RSS of `kiosk pack import` (a new process, as organizers run it).

The pack holds twelve 49-megapixel 16-bit RGBA PNGs (under 0.5 MB each on disk,
392 MB each decoded) and twelve 4000x3000 JPEGs, generated here, not committed.
The target is absolute (under 600 MB); for scale, the bare side is a process that
only decodes one of those PNGs with Pillow: what any import must hold at least once.
"""

from __future__ import annotations

import sys
import textwrap

from benchmarks.common import Result, work_dir
from tests.faults.packs import big_photo_pack
from tests.helpers import peak_rss

LIMIT_MB = 600
BARE = textwrap.dedent(
    """
    import sys
    from PIL import Image
    Image.MAX_IMAGE_PIXELS = None
    Image.open(sys.argv[1]).load()
    print("decoded")
    """
)


def run(quick: bool) -> Result:
    """Peak RSS of importing the pack into a fresh booth file, and of the bare decode."""
    folder = work_dir("pack_import")
    count = 3 if quick else 12
    pack = folder / f"pack-{count}"
    if not (pack / "pack.json").exists():
        big_photo_pack(pack, pngs=count, jpegs=count)
    db = folder / "booth.sqlite"
    for stale in folder.glob("booth.sqlite*"):
        stale.unlink()
    command = [sys.executable, "-m", "kiosk", "pack", "import", "--db", str(db), str(pack)]
    product, output = peak_rss(command)
    bare, _ = peak_rss([sys.executable, "-c", BARE, str(pack / "media" / "big-0.png")])
    product_mb, bare_mb = product / 1e6, bare / 1e6
    return Result(
        name="pack_import",
        metric=f"peak RSS of importing {count}+{count} big photos (MB)",
        product=round(product_mb, 1),
        bare=round(bare_mb, 1),
        target=f"< {LIMIT_MB} MB",
        passed=product_mb < LIMIT_MB,
        details={"pngs": count, "jpegs": count, "output": output.strip()[-200:]},
    )
