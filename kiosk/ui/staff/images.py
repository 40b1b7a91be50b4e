"""Photos for the staff editor, with the photo's hash in the URL.

The visitor side's `image://content/<id>` never changes when staff replace a
photo, so Qt's image cache would keep showing the old one. Here the URL is
`image://staffphoto/<id>/<sha8>`: a new picture means a new URL.
"""

from __future__ import annotations

from kiosk.ui.images import ContentImageProvider

PROVIDER_ID = "staffphoto"


def staff_photo_url(photo_id: int, version: str, thumb: bool = False) -> str:
    return f"image://{PROVIDER_ID}/{'thumb/' if thumb else ''}{photo_id}/v{version[:8]}"


class StaffPhotoProvider(ContentImageProvider):
    """The visitor side's provider, reading ids with a version suffix."""

    def blob(self, image_id: str) -> bytes | None:
        parts = image_id.split("/")
        if len(parts) > 1 and parts[-1].startswith("v"):
            parts.pop()  # the version
        return super().blob("/".join(parts))
