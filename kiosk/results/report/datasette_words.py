"""Datasette's descriptions in words, Indonesian and English, of every table and column.

The English of a table, and of the columns `kiosk.results.merge.schema.TABLE_DOCS`
describes, is that module's (it documents the merged file); the Indonesian is
here, beside the English of the columns it leaves out. `test_datasette` checks
that every table, view and column of a merged festival file has both.
"""

from __future__ import annotations

# Indonesian of each table's (and view's) description; the views' English is here too.
TABLES_ID: dict[str, str] = {
    "sources": (
        "Setiap berkas masukan yang digabung, satu baris per (path, SHA-256): asal setiap rekaman."
    ),
    "kiosks": "Satu baris per kios (komputer stan) yang rekamannya digabung.",
    "festival": (
        "Festival dan aturan pemungutan suaranya, dari paket panitia (lihat organizers_pack)."
    ),
    "agencies": "OPD, dari paket panitia.",
    "festival_versions": "Festival sebagaimana dibawa setiap berkas stan.",
    "agency_versions": "Versi setiap OPD menurut setiap berkas stan.",
    "innovation_versions": (
        "Versi setiap inovasi menurut setiap berkas stan, dengan suntingan petugas."
    ),
    "innovations": "Inovasi dan OPD pemiliknya, dari paket panitia.",
    "visitor_records": (
        "Setiap rekaman pengunjung yang utuh dari setiap kios, berantai hash per kios."
    ),
    "excluded_records": (
        "Rekaman yang tidak dihitung: setelah rantai putus, cabang (fork) atau struk tidak cocok."
    ),
    "source_findings": (
        "Lompatan jam dan deret panjang yang terlihat saat memeriksa rantai setiap berkas (lihat "
        "anomalies)."
    ),
    "unread_receipts": (
        "Foto dan baris struk yang tidak terbaca, masing-masing disebut: foto ulang atau ketik "
        "barisnya."
    ),
    "organizers_pack": (
        "Paket festival dari panitia: aturan festival, OPD dan inovasi (serta pemiliknya) diambil"
        " dari sini, tidak pernah dari berkas stan."
    ),
    "receipts": (
        "Struk yang difoto di stan (pembukaan, pemeriksaan, penutupan) dan apakah rekaman yang "
        "digabung cocok dengannya."
    ),
    "ranking": (
        "Pilihan pengunjung: inovasi menurut suara sah. Seri: suara per 100 sesi lebih banyak, "
        "lalu suara pertama lebih awal, lalu kode."
    ),
    "flagged_votes": "Setiap suara beserta setiap tanda anomalinya.",
    "anomalies": (
        "Anomali untuk juri, ditampilkan di samping peringkat dan tidak pernah mengubahnya."
    ),
    "exclusions": "Suara yang tidak dihitung, menurut alasan dan kios.",
    "card_votes": (
        "Mode kartu: setiap suara dengan kartu suaranya, dihitung di semua stan menurut waktu."
    ),
    "revoked_batches": (
        "Mode kartu: kelompok kartu suara yang dicabut panitia (kiosk merge --revoke-batch)."
    ),
    "card_batches": (
        "Mode kartu: kartu yang dicetak, dari berkas .json lembar kartu (kiosk merge --cards)."
    ),
    "rule_breaks": "Suara yang akan ditolak kios asli menurut aturan paket: tidak dihitung.",
    "session_times": "Per kios: kunjungan yang selesai dan lamanya, dari rekaman session_end.",
    "page_views": (
        "Per kios dan inovasi: berapa kali halamannya dibuka dalam kunjungan, dan berapa lama."
    ),
    "survey_service_versions": "Daftar layanan SKM setiap berkas stan.",
    "survey_services": "Layanan survei kepuasan (SKM), dari berkas yang baris OPD-nya ditampilkan.",
    "votes": "Suara sah, satu baris per suara (view atas visitor_records).",
    "feedback": (
        "Umpan balik pengunjung: nilai, pilihan cepat, komentar (view atas visitor_records)."
    ),
    "sessions": (
        "Kunjungan yang selesai: lama, alasan selesai, jumlah suara (view atas visitor_records)."
    ),
    "surveys": "Jawaban survei kepuasan (SKM) (view atas visitor_records).",
    "clip_plays": "Video yang diputar pengunjung dan lama ditonton (view atas visitor_records).",
}

VIEWS_EN: dict[str, str] = {
    "votes": "Valid votes, one row per vote (a view of visitor_records).",
    "feedback": "Visitors' feedback: rating, quick tags, comment (a view of visitor_records).",
    "sessions": (
        "Visits that ended: length, why they ended, votes cast (a view of visitor_records)."
    ),
    "surveys": "Answers to the satisfaction survey (SKM) (a view of visitor_records).",
    "clip_plays": "Clips visitors played, and how long they watched (a view of visitor_records).",
}

# Indonesian of the columns TABLE_DOCS describes, by (table, column).
DOCUMENTED_ID: dict[tuple[str, str], str] = {
    ("sources", "path"): "berkas sebagaimana ditemukan di komputer panitia",
    ("sources", "file_sha256"): "SHA-256 berkas saat dibaca (bandingkan dengan struk penutupan)",
    ("sources", "status"): (
        "salah satu dari accepted, extended, duplicate, no_receipt, content_changed, incomplete, "
        "beyond_receipt, receipt_mismatch, receipt_conflict, unrostered, impostor, fork, "
        "chain_broken, other_festival, corrupt, not_kiosk, newer_schema (arti dan tindakannya di "
        "docs/organizers.md)"
    ),
    ("sources", "detail"): "arti status ini bagi berkas ini, dalam kata-kata",
    ("sources", "warnings"): "salinan mentah: berkas -wal/-shm yang hilang atau ada di sampingnya",
    ("sources", "journal"): "wal = salinan mentah folder db/ kios; rollback = ekspor yang benar",
    ("sources", "chain_records"): "rekaman yang rantai hash-nya utuh di berkas ini",
    ("sources", "broken_at_seq"): "nomor urut pertama yang hash-nya tidak cocok, bila ada",
    ("sources", "records_added"): "rekaman yang ditambahkan berkas ini ke visitor_records",
    ("kiosks", "closing_receipt"): (
        "cocok (confirmed), tidak cocok (mismatch), kurang (incomplete) atau tanpa struk (lihat "
        "receipts)"
    ),
    ("agency_versions", "own_booth"): "1 bila berkas ini dari stan OPD itu sendiri",
    ("innovation_versions", "own_booth"): "1 bila berkas ini dari stan OPD pemilik inovasi",
    ("innovation_versions", "content_edited_at"): (
        "suntingan konten terakhir oleh petugas di berkas ini (UTC)"
    ),
    ("innovations", "versions"): "berapa berkas stan yang membawa inovasi ini",
    ("visitor_records", "seq"): "1, 2, 3 ... per kios, tanpa celah",
    ("visitor_records", "kind"): "session_start, vote, feedback, survey atau session_end",
    ("visitor_records", "recorded_at"): "UTC, ISO 8601",
    ("visitor_records", "monotonic_ns"): (
        "jam monotonik kios: tidak pernah melompat dalam satu run_id"
    ),
    ("visitor_records", "data"): "rincian rekaman sebagai JSON kanonis",
    ("visitor_records", "source_id"): "baris sources tempat rekaman ini pertama kali digabung",
    ("excluded_records", "reason"): "mengapa rekaman ini tidak dihitung",
    ("source_findings", "votes"): "daftar JSON [seq, innovation_slug] suara yang ditandai",
    ("unread_receipts", "problem"): "berkas (dan barisnya) serta apa yang salah",
    ("organizers_pack", "sha256"): (
        "SHA-256 paket, sebagaimana dicatat setiap berkas stan saat impor"
    ),
    ("organizers_pack", "path"): "tempat paket dibaca saat pertama kali diberikan",
    ("organizers_pack", "content"): (
        "isi paket (JSON), untuk penggabungan yang tidak mengulang --pack"
    ),
    ("receipts", "kind"): (
        "open (persiapan: daftar kios), spot (siang hari) atau close (serah terima)"
    ),
    ("receipts", "first_hash"): "open: hash rekaman pertama kios, awal rantainya",
    ("receipts", "shown_at"): "waktu kios menampilkan struk (UTC)",
    ("receipts", "origin"): "tempat struk dibaca: berkas teks dan barisnya, atau nama berkas foto",
    ("receipts", "status"): "confirmed, mismatch, incomplete atau no_file",
    ("ranking", "valid_votes"): "suara dari rantai yang utuh (anomali ditandai, tidak dibuang)",
    ("ranking", "booth_sessions"): "sesi pengunjung yang dimulai di stan OPD",
    ("ranking", "votes_per_100_sessions"): "suara sah per 100 sesi di stan",
    ("ranking", "flagged_votes"): "suara sah yang membawa setidaknya satu tanda anomali",
    ("ranking", "flags"): "tanda anomali dan jumlah suaranya, mis. burst:4",
    ("ranking", "rank_without_flagged"): (
        "peringkat bila semua suara bertanda tidak dihitung (kepekaan yang dinyatakan laporan; "
        "tanda tidak pernah mengubah `rank`)"
    ),
    ("anomalies", "flag"): (
        "burst, outside_hours, clock_jump, no_dwell, long_run, valid_prefix, card_run"
    ),
    ("revoked_batches", "batch"): "kelompok yang dicabut: suara kartunya didaftar, tidak dihitung",
    ("card_batches", "batch"): "kelompok kartu",
    ("card_batches", "count"): "kartu yang dicetak dalam lembar berkas ini",
    ("card_votes", "card"): "kode pendek kartu (kelompok-nomor), seperti disebut rekaman suara",
    ("card_votes", "batch"): "kelompok kartu, dari tanda tangannya yang sudah diperiksa",
    ("card_votes", "vote_on_card"): "1, 2, 3 ...: urutan suara ini di antara suara sah kartunya",
    ("card_votes", "status"): (
        "counted (dihitung), card_missing (tanpa kartu), card_forged (kartu palsu atau festival "
        "lain), card_revoked (kelompok dicabut) atau card_over_quota (melebihi kuota kartu)"
    ),
    ("rule_breaks", "rule"): (
        "no_session_start (tidak diawali kunjungan), same_innovation_twice (suara kedua untuk "
        "satu inovasi dalam satu kunjungan), over_session_limit (suara dalam satu kunjungan "
        "melebihi batas paket), atau dalam mode kartu card_missing, card_forged, card_revoked, "
        "card_over_quota"
    ),
    ("session_times", "sessions_ended"): "rekaman session_end",
    ("session_times", "timed"): "di antaranya, yang punya lama kunjungan",
    ("session_times", "seconds"): (
        "jumlah lama kunjungan (detik / timed = rata-rata lama kunjungan)"
    ),
    ("page_views", "views"): "kunjungan yang membuka halaman (dari dwell_s di session_end)",
    ("page_views", "seconds"): "lama di halaman, dijumlahkan atas kunjungan itu",
    ("survey_service_versions", "population"): (
        "pengguna layanan per tahun (untuk sampel Krejcie-Morgan), atau kosong"
    ),
    ("survey_services", "survey_enabled"): "1 bila stan OPD menawarkan survei",
    ("survey_services", "population"): (
        "pengguna layanan per tahun (untuk sampel Krejcie-Morgan), atau kosong"
    ),
}

# Every other column, by name, whatever its table: (Indonesian, English).
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("nomor baris", "row number"),
    "code": ("kode", "code"),
    "name": ("nama", "name"),
    "short_name": ("nama singkat", "short name"),
    "booth": ("nomor atau nama stan", "booth number or name"),
    "map_x": ("posisi di peta (x)", "position on the map (x)"),
    "map_y": ("posisi di peta (y)", "position on the map (y)"),
    "source_id": ("baris sources asal data ini", "the sources row this came from"),
    "versions": ("berapa berkas stan yang membawanya", "how many booth files carried it"),
    "content_edited_at": ("suntingan konten terakhir (UTC)", "latest content edit (UTC)"),
    "flag": ("tanda anomali", "anomaly flag"),
    "kiosk_id": ("ID kios (komputer stan)", "kiosk (booth computer) id"),
    "agency_code": ("kode OPD", "agency code"),
    "innovation_slug": ("kode inovasi", "innovation code"),
    "first_seq": ("nomor urut rekaman pertama", "first record's sequence number"),
    "last_seq": ("nomor urut rekaman terakhir", "last record's sequence number"),
    "started_at": ("mulai (UTC)", "from (UTC)"),
    "ended_at": ("sampai (UTC)", "to (UTC)"),
    "votes": ("jumlah suara", "votes"),
    "detail": ("keterangan dalam kata-kata", "what it means, in words"),
    "seq": ("nomor urut rekaman di kiosnya", "the record's sequence number at its kiosk"),
    "uuid": ("ID unik rekaman", "the record's unique id"),
    "run_id": ("ID sekali jalan aplikasi kios", "id of one run of the kiosk app"),
    "session_id": ("ID kunjungan", "visit (session) id"),
    "kind": ("jenis rekaman", "record kind"),
    "recorded_at": ("waktu rekaman (UTC)", "time recorded (UTC)"),
    "monotonic_ns": ("jam monotonik kios (ns)", "the kiosk's monotonic clock (ns)"),
    "data": ("rincian rekaman (JSON)", "the record's details (JSON)"),
    "prev_hash": ("hash rekaman sebelumnya", "hash of the record before"),
    "hash": ("hash rekaman ini (rantai)", "this record's hash (the chain)"),
    "reason": ("alasan tidak dihitung", "why not counted"),
    "records": ("jumlah rekaman", "records"),
    "slug": ("kode", "code"),
    "revoked_at": ("waktu dicabut (UTC)", "when revoked (UTC)"),
    "first": ("nomor kartu pertama", "first card number"),
    "last": ("nomor kartu terakhir", "last card number"),
    "file": ("berkas lembar kartu", "the card sheets' file"),
    "name_id": ("nama (Indonesia)", "name (Indonesian)"),
    "name_en": ("nama (Inggris)", "name (English)"),
    "venue": ("tempat", "venue"),
    "starts_on": ("hari pertama", "first day"),
    "ends_on": ("hari terakhir", "last day"),
    "timezone": ("zona waktu festival", "the festival's time zone"),
    "min_dwell_seconds": (
        "lama baca minimum sebelum memilih (detik)",
        "minimum reading time before a vote (s)",
    ),
    "max_votes_per_session": ("suara maksimum per kunjungan", "most votes per visit"),
    "cooldown_seconds": ("jeda antarkunjungan (detik)", "pause between visits (s)"),
    "idle_seconds": (
        "kunjungan berakhir setelah diam selama (detik)",
        "a visit ends after idle (s)",
    ),
    "idle_warning_seconds": ("peringatan diam setelah (detik)", "idle warning after (s)"),
    "opening_time": ("jam buka", "opening time"),
    "closing_time": ("jam tutup", "closing time"),
    "sample_data": ("1 bila data contoh (simulasi)", "1 for sample (simulated) data"),
    "pack_sha256": ("SHA-256 paket panitia", "SHA-256 of the organizers' pack"),
    "imported_at": ("waktu impor paket (UTC)", "when the pack was imported (UTC)"),
    "title_id": ("judul (Indonesia)", "title (Indonesian)"),
    "title_en": ("judul (Inggris)", "title (English)"),
    "summary_id": ("ringkasan (Indonesia)", "summary (Indonesian)"),
    "summary_en": ("ringkasan (Inggris)", "summary (English)"),
    "story_id": ("cerita (Indonesia)", "story (Indonesian)"),
    "story_en": ("cerita (Inggris)", "story (English)"),
    "category": ("kategori", "category"),
    "year_started": ("tahun mulai", "year started"),
    "url": ("tautan", "link"),
    "contact": ("kontak", "contact"),
    "sort_order": ("urutan tampil", "display order"),
    "hidden": ("1 bila disembunyikan", "1 if hidden"),
    "created_at": ("kios disiapkan (UTC)", "kiosk set up (UTC)"),
    "app_version": ("versi aplikasi kios", "kiosk app version"),
    "head_hash": ("hash rekaman terakhir (kepala rantai)", "hash of the last record (chain head)"),
    "loaded_at": ("waktu paket dibaca (UTC)", "when the pack was read (UTC)"),
    "count": ("jumlah rekaman pada struk", "records on the receipt"),
    "file_sha256": ("SHA-256 berkas", "file SHA-256"),
    "rank": ("peringkat", "rank"),
    "title": ("judul inovasi", "innovation title"),
    "rank_per_100_sessions": (
        "peringkat menurut suara per 100 sesi",
        "rank by votes per 100 sessions",
    ),
    "first_vote_at": ("suara pertama (UTC)", "first vote (UTC)"),
    "size_bytes": ("ukuran (bita)", "size (bytes)"),
    "schema_version": ("versi skema berkas", "the file's schema version"),
    "chain_head": ("hash rekaman terakhir yang utuh", "hash of the last intact record"),
    "merged_at": ("waktu digabung (UTC)", "when merged (UTC)"),
    "survey_enabled": ("1 bila survei ditawarkan", "1 if the survey is offered"),
    "rating": ("nilai 1-4", "rating 1-4"),
    "tags": ("pilihan cepat", "quick tags"),
    "comment": ("komentar", "comment"),
    "end_reason": ("alasan kunjungan berakhir", "why the visit ended"),
    "duration_seconds": ("lama kunjungan (detik)", "visit length (s)"),
    "dwell_seconds": ("lama membaca sebelum memilih (detik)", "reading time before the vote (s)"),
    "clip_sha256": ("SHA-256 berkas video (sama di setiap stan)", "the clip file's SHA-256"),
    "watched_seconds": ("lama video ditonton (detik)", "seconds of the clip watched"),
    "clip_seconds": ("panjang video (detik)", "the clip's length (s)"),
    "service": ("kode layanan", "service code"),
    "scores": ("nilai sembilan unsur (JSON)", "the nine elements' scores (JSON)"),
    "sex": ("jenis kelamin", "sex"),
    "age_group": ("kelompok umur", "age group"),
    "education": ("pendidikan", "education"),
    "occupation": ("pekerjaan", "occupation"),
    "suggestion": ("saran", "suggestion"),
}
