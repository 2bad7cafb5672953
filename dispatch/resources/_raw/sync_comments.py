# Generated from dispatch/resources/_async/comments.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources._names import AuthorTypeName
from dispatch.resources.comments import CommentCreateArgs, CommentUpdateArgs
from dispatch_tickets_api.models import Comment


class CommentsRaw(Protocol):
    """``Comments`` in raw mode: each call returns its ``APIResponse``."""

    def create(
        self,
        brand_id: str,
        ticket_id: str,
        *,
        body: str,
        author_type: AuthorTypeName | None = None,
        idempotency_key: str | None = None,
        **fields: Unpack[CommentCreateArgs],
    ) -> APIResponse[Comment]: ...

    def list(
        self, brand_id: str, ticket_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[list[Comment]]: ...

    def get(
        self, brand_id: str, ticket_id: str, comment_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[Comment]: ...

    def update(
        self, brand_id: str, ticket_id: str, comment_id: str, **fields: Unpack[CommentUpdateArgs]
    ) -> APIResponse[Comment]: ...

    def delete(
        self, brand_id: str, ticket_id: str, comment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Comment | None]: ...
