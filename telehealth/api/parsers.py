"""Request bodies that are not JSON: a voice reference arrives as a WAV file."""

from __future__ import annotations

from typing import Any

from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.parsers import BaseParser


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The upload is too large."
    default_code = "too_large"


class WavParser(BaseParser):
    """The request body as bytes, refused past ``MAX_UPLOAD_BYTES`` without reading it all."""

    media_type = "audio/wav"
    MAX_UPLOAD_BYTES = 6_000_000  # 30 s of 48 kHz stereo 16-bit PCM, with room to spare

    def parse(self, stream: Any, media_type: str | None = None,
              parser_context: Any = None) -> Any:  # the stubs allow mappings only
        data = stream.read(self.MAX_UPLOAD_BYTES + 1) if stream is not None else b""
        if len(data) > self.MAX_UPLOAD_BYTES:
            raise PayloadTooLarge()
        return bytes(data)
