"""The merged festival file in Datasette, with the metadata `kiosk merge` writes beside it."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

from kiosk.results.report.datasette import datasette_metadata, file_columns, write_metadata


def test_every_table_view_and_column_is_described_in_indonesian_and_english(
    demo_merged: Path,
) -> None:
    tables = datasette_metadata("FESTIVAL", "", file_columns(demo_merged))["databases"]
    described = tables["FESTIVAL"]["tables"]
    missing = []
    for table, columns in file_columns(demo_merged).items():
        for what, words in [
            (table, described[table]["description"]),
            *((f"{table}.{c}", described[table]["columns"].get(c, "")) for c in columns),
        ]:
            words_id, _, words_en = words.partition(" / ")
            if not (words_id.strip() and words_en.strip()):
                missing.append(what)
    assert missing == []


def test_datasette_opens_the_merged_file_with_the_ranking_first(
    tmp_path: Path, demo_merged: Path
) -> None:
    from datasette.app import Datasette

    festival = Path(shutil.copy(demo_merged, tmp_path / "FESTIVAL.sqlite"))
    metadata = json.loads(write_metadata(festival, "Festival Inovasi").read_text())
    assert list(metadata["databases"]["FESTIVAL"]["tables"])[:3] == [
        "ranking",
        "anomalies",
        "receipts",
    ]

    async def pages() -> tuple[str, str, int, str]:
        datasette = Datasette(immutables=[str(festival)], metadata=metadata)
        await datasette.invoke_startup()
        index = await datasette.client.get("/")
        ranking = await datasette.client.get("/FESTIVAL/ranking")
        data = await datasette.client.get("/FESTIVAL/ranking.json?_shape=array&_size=3")
        return index.text, ranking.text, ranking.status_code, data.text

    index, ranking, status, data = asyncio.run(pages())
    start = index.index("Mulai di sini")
    links = [
        index.find(f'href="/FESTIVAL/{t}"', start) for t in ("ranking", "anomalies", "receipts")
    ]
    assert -1 not in links and links == sorted(links)  # the jury's pages, in this order
    assert status == 200
    assert "Pilihan pengunjung: inovasi menurut suara sah" in ranking
    assert "suara sah per 100 sesi di stan" in ranking  # a column's description
    rows = json.loads(data)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert rows[0]["valid_votes"] >= rows[1]["valid_votes"] > 0
