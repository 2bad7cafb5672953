"""Attachments: initiate, PUT the bytes to the emulator's presigned URL (no auth), confirm, download."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

from dispatch.testing import Emulator, FakeClock
from tests.e2e.conftest import create_brand, create_ticket

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8


def _initiate(
    api: httpx.Client, brand_id: str, ticket_id: str, data: bytes = PDF, **extra: Any
) -> dict[str, Any]:
    body = {"filename": "invoice.pdf", "contentType": "application/pdf", "size": len(data), **extra}
    response = api.post(f"/brands/{brand_id}/tickets/{ticket_id}/attachments", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _chunks(data: bytes, size: int = 100) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_upload_confirm_download(api: httpx.Client, brand: dict[str, Any]) -> None:
    b = brand["id"]
    ticket = create_ticket(api, b)
    base = f"/brands/{b}/tickets/{ticket['id']}/attachments"
    target = _initiate(api, b, ticket["id"], uploadedBy="agent_1")
    assert target["attachmentId"].startswith("att_")
    assert target["expiresIn"] == 900
    assert target["uploadUrl"].startswith(api.base_url.copy_with(path="/_storage/").__str__())
    pending = api.get(base).json()
    assert [(a["id"], a["status"]) for a in pending] == [(target["attachmentId"], "PENDING")]

    storage = httpx.Client(trust_env=False)  # presigned: no Authorization header
    wrong_size = storage.put(
        target["uploadUrl"], content=PDF[:-1], headers={"Content-Type": "application/pdf"}
    )
    assert wrong_size.status_code == 400
    wrong_type = storage.put(target["uploadUrl"], content=PDF, headers={"Content-Type": "image/png"})
    assert wrong_type.status_code == 400
    streamed = storage.put(
        target["uploadUrl"], content=_chunks(PDF), headers={"Content-Type": "application/pdf"}
    )
    assert streamed.status_code == 200, streamed.text

    confirmed = api.post(f"{base}/{target['attachmentId']}/confirm")
    assert confirmed.status_code == 200
    assert confirmed.json()["status"] == "UPLOADED"
    assert confirmed.json()["uploadedBy"] == "agent_1"
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["attachmentCount"] == 1
    assert [
        t["id"] for t in api.get(f"/brands/{b}/tickets", params={"hasAttachments": "true"}).json()["data"]
    ] == [ticket["id"]]

    with_url = api.get(f"{base}/{target['attachmentId']}").json()
    downloaded = storage.get(with_url["downloadUrl"])
    assert downloaded.status_code == 200
    assert downloaded.content == PDF
    assert downloaded.headers["content-type"] == "application/pdf"
    assert (
        storage.put(target["uploadUrl"], content=PDF, headers={"Content-Type": "application/pdf"}).status_code
        == 409
    )

    assert api.delete(f"{base}/{target['attachmentId']}").content == b""
    assert api.get(f"{base}/{target['attachmentId']}").status_code == 404
    assert storage.get(with_url["downloadUrl"]).status_code == 404
    assert (
        storage.put("http://" + api.base_url.netloc.decode() + "/_storage/up_nope", content=b"").status_code
        == 404
    )
    storage.close()


def test_exact_size_is_enforced_even_without_content_length(api: httpx.Client, brand: dict[str, Any]) -> None:
    ticket = create_ticket(api, brand["id"])
    target = _initiate(api, brand["id"], ticket["id"])
    too_much = httpx.put(
        target["uploadUrl"], content=_chunks(PDF + b"extra"), headers={"Content-Type": "application/pdf"}
    )
    assert too_much.status_code == 400
    too_little = httpx.put(
        target["uploadUrl"], content=_chunks(PDF[:10]), headers={"Content-Type": "application/pdf"}
    )
    assert too_little.status_code == 400


def test_confirm_without_upload_marks_failed_and_can_recover(
    api: httpx.Client, brand: dict[str, Any]
) -> None:
    b = brand["id"]
    ticket = create_ticket(api, b)
    target = _initiate(api, b, ticket["id"])
    confirm = f"/brands/{b}/tickets/{ticket['id']}/attachments/{target['attachmentId']}/confirm"
    failed = api.post(confirm)
    assert failed.status_code == 200
    assert failed.json()["status"] == "FAILED"
    assert api.get(f"/brands/{b}/tickets/{ticket['id']}").json()["attachmentCount"] == 0
    assert (
        httpx.put(target["uploadUrl"], content=PDF, headers={"Content-Type": "application/pdf"}).status_code
        == 200
    )
    assert api.post(confirm).json()["status"] == "UPLOADED"


def test_upload_urls_expire(own_emulator: Emulator, own_api: httpx.Client, clock: FakeClock) -> None:
    brand = create_brand(own_api)
    ticket = create_ticket(own_api, brand["id"])
    target = _initiate(own_api, brand["id"], ticket["id"])
    clock.advance(901)
    expired = httpx.put(target["uploadUrl"], content=PDF, headers={"Content-Type": "application/pdf"})
    assert expired.status_code == 403
    fresh = _initiate(own_api, brand["id"], ticket["id"])
    assert (
        httpx.put(fresh["uploadUrl"], content=PDF, headers={"Content-Type": "application/pdf"}).status_code
        == 200
    )
    own_api.post(f"/brands/{brand['id']}/tickets/{ticket['id']}/attachments/{fresh['attachmentId']}/confirm")
    url = own_api.get(
        f"/brands/{brand['id']}/tickets/{ticket['id']}/attachments/{fresh['attachmentId']}"
    ).json()
    clock.advance(3601)
    assert httpx.get(url["downloadUrl"]).status_code == 403


def test_storage_faults(own_emulator: Emulator, own_api: httpx.Client) -> None:
    brand = create_brand(own_api)
    ticket = create_ticket(own_api, brand["id"])
    target = _initiate(own_api, brand["id"], ticket["id"])
    own_emulator.faults.add("status", status=503, method="PUT", path="/_storage/*")
    assert (
        httpx.put(target["uploadUrl"], content=PDF, headers={"Content-Type": "application/pdf"}).status_code
        == 503
    )
    assert (
        httpx.put(target["uploadUrl"], content=PDF, headers={"Content-Type": "application/pdf"}).status_code
        == 200
    )
