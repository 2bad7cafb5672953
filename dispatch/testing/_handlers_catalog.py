"""Handlers of the categories and tags tags: the vocabularies tickets are filed under.

Names are unique per brand, case-insensitively (409). Categories sort by ``sortOrder`` then creation;
reorder must name only the brand's categories (404 otherwise) and sets ``sortOrder`` to the position. Stats count
the brand's live tickets per category, every category present (zero included). Deleting a category
leaves its tickets uncategorised; deleting a tag removes it from tickets; merging tags moves the source
tags' tickets to the target and deletes the sources.
"""

from __future__ import annotations

from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._errors import ApiError
from dispatch.testing._lookup import DEFAULT_COLOR, get_owned
from dispatch.testing._store import Json, new_id
from dispatch.testing._views import category_view, live_tickets, tag_view

__all__ = ["HANDLERS"]


def _unique_name(ctx: Ctx, coll: str, name: str, own_id: str | None = None) -> None:
    for other in ctx.store.scan(coll, brandId=ctx.brand_id):
        if str(other["name"]).lower() == name.lower() and other["id"] != own_id:
            raise ApiError(409, f"{name!r} already exists", errors=[("name", "name is taken")])


def _categories(ctx: Ctx) -> list[Json]:
    docs = ctx.store.scan("categories", brandId=ctx.brand_id)
    return sorted(docs, key=lambda c: (int(c["sortOrder"]), int(c["_seq"])))


def create_category(ctx: Ctx) -> Reply:
    body = ctx.body
    _unique_name(ctx, "categories", str(body["name"]))
    category: Json = {
        "id": new_id("cat"),
        "brandId": ctx.brand_id,
        "name": body["name"],
        "color": body.get("color", DEFAULT_COLOR),
        "description": body.get("description"),
        "sortOrder": int(body.get("sortOrder", len(_categories(ctx)))),
        "createdAt": ctx.now(),
    }
    ctx.store.put("categories", category)
    return ctx.ok(category_view(ctx, category))


def list_categories(ctx: Ctx) -> Reply:
    return ctx.ok([category_view(ctx, c) for c in _categories(ctx)])


def get_category_stats(ctx: Ctx) -> Reply:
    stats: Json = {str(c["id"]): {"ticketCount": 0} for c in _categories(ctx)}
    for ticket in live_tickets(ctx, ctx.brand_id):
        category_id = ticket.get("categoryId")
        if category_id in stats:
            stats[str(category_id)]["ticketCount"] += 1
    return ctx.ok(stats)


def reorder_categories(ctx: Ctx) -> Reply:
    by_id = {str(c["id"]): c for c in _categories(ctx)}
    ordered = list(dict.fromkeys(str(i) for i in ctx.body["categoryIds"]))
    unknown = [i for i in ordered if i not in by_id]
    if unknown:
        raise ApiError(404, "Category not found", errors=[("categoryIds", f"unknown category {unknown[0]}")])
    rest = [i for i in by_id if i not in ordered]
    for position, category_id in enumerate(ordered + rest):
        ctx.store.put("categories", {**by_id[category_id], "sortOrder": position})
    return ctx.no_content()


def get_category(ctx: Ctx) -> Reply:
    return ctx.ok(
        category_view(ctx, get_owned(ctx, "categories", ctx.param("categoryId"), ctx.brand_id, "Category"))
    )


def update_category(ctx: Ctx) -> Reply:
    category = get_owned(ctx, "categories", ctx.param("categoryId"), ctx.brand_id, "Category")
    if "name" in ctx.body:
        _unique_name(ctx, "categories", str(ctx.body["name"]), str(category["id"]))
    for name in ("name", "color", "description", "sortOrder"):
        if name in ctx.body:
            category[name] = ctx.body[name]
    ctx.store.put("categories", category)
    return ctx.ok(category_view(ctx, category))


def delete_category(ctx: Ctx) -> Reply:
    category = get_owned(ctx, "categories", ctx.param("categoryId"), ctx.brand_id, "Category")
    for ticket in ctx.store.scan("tickets", brandId=ctx.brand_id):
        if ticket.get("categoryId") == category["id"]:
            ctx.store.put("tickets", {**ticket, "categoryId": None})
    ctx.store.delete("categories", str(category["id"]))
    return ctx.no_content()


def create_tag(ctx: Ctx) -> Reply:
    _unique_name(ctx, "tags", str(ctx.body["name"]))
    tag: Json = {
        "id": new_id("tag"),
        "brandId": ctx.brand_id,
        "name": ctx.body["name"],
        "color": ctx.body.get("color", DEFAULT_COLOR),
        "createdAt": ctx.now(),
    }
    ctx.store.put("tags", tag)
    return ctx.ok(tag_view(ctx, tag))


def list_tags(ctx: Ctx) -> Reply:
    return ctx.ok([tag_view(ctx, t) for t in ctx.store.scan("tags", brandId=ctx.brand_id)])


def update_tag(ctx: Ctx) -> Reply:
    tag = get_owned(ctx, "tags", ctx.param("tagId"), ctx.brand_id, "Tag")
    if "name" in ctx.body:
        _unique_name(ctx, "tags", str(ctx.body["name"]), str(tag["id"]))
    for name in ("name", "color"):
        if name in ctx.body:
            tag[name] = ctx.body[name]
    ctx.store.put("tags", tag)
    return ctx.ok(tag_view(ctx, tag))


def _retag(ctx: Ctx, removed: set[str], replacement: str | None) -> None:
    for ticket in ctx.store.scan("tickets", brandId=ctx.brand_id):
        tag_ids: list[str] = list(ticket.get("_tagIds", []))
        if not removed & set(tag_ids):
            continue
        kept = [t for t in tag_ids if t not in removed]
        if replacement is not None and replacement not in kept:
            kept.append(replacement)
        ctx.store.put("tickets", {**ticket, "_tagIds": kept})


def delete_tag(ctx: Ctx) -> Reply:
    tag = get_owned(ctx, "tags", ctx.param("tagId"), ctx.brand_id, "Tag")
    _retag(ctx, {str(tag["id"])}, None)
    ctx.store.delete("tags", str(tag["id"]))
    return ctx.no_content()


def merge_tags(ctx: Ctx) -> Reply:
    target = get_owned(ctx, "tags", ctx.param("tagId"), ctx.brand_id, "Tag")
    sources = list(dict.fromkeys(str(s) for s in ctx.body["sourceTagIds"]))
    for source_id in sources:
        source = ctx.store.peek("tags", source_id)
        if source_id == target["id"]:
            raise ApiError(
                409, "A tag cannot be merged into itself", errors=[("sourceTagIds", "names the target")]
            )
        if source is None or source.get("brandId") != ctx.brand_id:
            raise ApiError(404, "Tag not found", errors=[("sourceTagIds", f"tag {source_id} does not exist")])
    _retag(ctx, set(sources), str(target["id"]))
    for source_id in sources:
        ctx.store.delete("tags", source_id)
    return ctx.ok(tag_view(ctx, target))


HANDLERS: dict[str, Handler] = {
    "create_category": create_category,
    "list_categories": list_categories,
    "get_category_stats": get_category_stats,
    "reorder_categories": reorder_categories,
    "get_category": get_category,
    "update_category": update_category,
    "delete_category": delete_category,
    "create_tag": create_tag,
    "list_tags": list_tags,
    "update_tag": update_tag,
    "delete_tag": delete_tag,
    "merge_tags": merge_tags,
}
