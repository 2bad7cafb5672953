"""What a handler receives and answers: :class:`Ctx` in, :class:`Reply` out.

Handlers are plain synchronous functions ``(Ctx) -> Reply`` that run under the store's lock, one at a
time, inside a transaction. They never choose a success status themselves: :meth:`Ctx.ok` and
:meth:`Ctx.no_content` take it from the document (201 for creates, 200 or 204 for bodiless answers as the
document lists them). Webhook events a handler emits are delivered only once its transaction commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dispatch.testing._clock import Clock
from dispatch.testing._errors import ApiError
from dispatch.testing._spec import Operation, Spec
from dispatch.testing._store import Json, Store
from dispatch.testing._validation import RequestData

__all__ = ["Ctx", "Event", "Handler", "PortalSession", "Principal", "Reply", "Settings"]


@dataclass
class Settings:
    """Knobs of the emulated service (all in seconds or bytes)."""

    upload_expires_in: int = 900
    download_expires_in: int = 3600
    portal_token_ttl: int = 3600
    magic_link_ttl: int = 900
    max_portal_upload: int = 50 * 1024 * 1024


@dataclass
class Principal:
    """The API key a request was made with."""

    account_id: str
    key_id: str
    all_brands: bool
    brand_ids: list[str]

    def may_access(self, brand_id: str) -> bool:
        return self.all_brands or brand_id in self.brand_ids


@dataclass
class PortalSession:
    """The portal token a request was made with: one customer of one brand."""

    token: str
    account_id: str
    brand_id: str
    customer_id: str


@dataclass
class Event:
    """A webhook event to deliver once the request commits."""

    brand_id: str
    event: str
    data: Json


@dataclass
class Reply:
    """A handler's answer: a status and a JSON body (``None``: no body)."""

    status: int
    body: Any = None


@dataclass
class Ctx:
    """Everything a handler may use."""

    op: Operation
    spec: Spec
    store: Store
    clock: Clock
    settings: Settings
    req: RequestData
    root_url: str  # scheme://host:port the client used, for presigned URLs
    principal: Principal | None = None
    portal: PortalSession | None = None
    brand_doc: Json | None = None
    events: list[Event] = field(default_factory=list)

    # -- answers ----------------------------------------------------------------------------------------

    def ok(self, body: Any) -> Reply:
        return Reply(self.op.ok_status, body)

    def no_content(self) -> Reply:
        return Reply(self.op.no_content_status, None)

    # -- request ----------------------------------------------------------------------------------------

    @property
    def body(self) -> Json:
        return self.req.body if isinstance(self.req.body, dict) else {}

    def param(self, name: str) -> str:
        return self.req.path[name]

    def query(self, name: str, default: Any = None) -> Any:
        return self.req.query.get(name, default)

    # -- state ------------------------------------------------------------------------------------------

    def now(self) -> str:
        return self.clock.iso()

    @property
    def account_id(self) -> str:
        if self.principal is not None:
            return self.principal.account_id
        if self.portal is not None:
            return self.portal.account_id
        raise ApiError(401, "Authentication required")

    def brand(self) -> Json:
        """The brand of the path (already checked: it exists, is the account's and the key may use it)."""
        if self.brand_doc is None:
            raise ApiError(404, "Brand not found")
        return self.brand_doc

    @property
    def brand_id(self) -> str:
        if self.portal is not None:
            return self.portal.brand_id
        return str(self.brand()["id"])

    def emit(self, brand_id: str, event: str, data: Json) -> None:
        self.events.append(Event(brand_id, event, data))

    def render(self, schema: str, doc: Json) -> Json:
        """``doc`` reduced to the properties of ``components.schemas[schema]`` (the exact wire shape)."""
        return {key: doc[key] for key in self.spec.schema_properties(schema) if key in doc}


Handler = Callable[[Ctx], Reply]
