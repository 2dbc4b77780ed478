"""JSON:API documents (jsonapi.org) unfolded into plain nested records.

Forum and CMS APIs built on JSON:API (Flarum, Drupal and many others) give every resource as
``{"type", "id", "attributes", "relationships"}`` and put the resources it links to (the writers,
the posts of a discussion) once each under ``included``. A comment's words and its writer's name
then sit in different objects that only the ``{"type", "id"}`` links join, so the record shapes
of json_shapes.py find no comment that names its writer. Unfolding each resource into its
attributes, with every linked resource written in place, gives the nested records they read.
"""

from __future__ import annotations

from typing import Any, TypeGuard

from itinerary.readers.formats.json_shapes import record_text

NAME = "json-api"
LABEL = "JSON:API document"
_DEPTH = 2  # a discussion -> its posts -> each post's writer; deeper links give attributes only


def is_linked_document(value: Any) -> bool:
    """True for a JSON:API document: a top-level ``data`` of resources with attributes, and
    nothing but resources included."""
    if not isinstance(value, dict):
        return False
    primary = value.get("data")
    resources = primary if isinstance(primary, list) else [primary]
    included = value.get("included", [])
    return (bool(resources) and all(_is_resource(item) and "attributes" in item
                                    for item in resources)
            and isinstance(included, list) and all(_is_resource(item) for item in included))


def unfolded(document: dict[str, Any]) -> Any:
    """A JSON:API document's primary data unfolded (see the module docstring; ``document`` is
    one, ``is_linked_document``). Comments that all link to one resource (the article a CMS's
    comments are on, the discussion of a forum's posts) come back under it: with words of its
    own it is the post and they reply to it ("comments"), else it gives the title over them
    ("posts")."""
    primary = document["data"]
    index = {_identity(item): item for item in [*document.get("included", []), *(
        primary if isinstance(primary, list) else [primary])]}
    if not isinstance(primary, list):  # a discussion: its posts are the records
        listed = {_identity(item) for link in (primary.get("relationships") or {}).values()
                  if isinstance(link, dict) and isinstance(link.get("data"), list)
                  for item in link["data"] if _is_resource(item)}
        return _unfolded(primary, index, listed | {_identity(primary)}, _DEPTH, head=True)
    records = {_identity(item) for item in primary}
    unfolded = [_unfolded(item, index, records, _DEPTH) for item in primary]
    subject = _shared_subject(primary, index, records)
    if subject is None:
        return unfolded
    name, head = subject
    unfolded = [{key: inner for key, inner in item.items() if key != name} for item in unfolded]
    return {**head, ("comments" if record_text(head) else "posts"): unfolded}


def _shared_subject(primary: list[dict[str, Any]], index: dict[tuple[str, str], dict[str, Any]],
                    records: set[tuple[str, str]]) -> tuple[str, dict[str, Any]] | None:
    """The relationship under which every primary resource links to one and the same included
    resource, and that resource unfolded; None when there is no such link."""
    if len(primary) < 2:
        return None
    for name in primary[0].get("relationships") or {}:
        targets = {_target(item, name) for item in primary}
        target = targets.pop() if len(targets) == 1 else None
        if target is not None and target in index and target not in records:
            return name, _unfolded(index[target], index, records, _DEPTH - 1)
    return None


def _target(resource: dict[str, Any], name: str) -> tuple[str, str] | None:
    link = (resource.get("relationships") or {}).get(name)
    linkage = link.get("data") if isinstance(link, dict) else None
    return _identity(linkage) if _is_resource(linkage) else None


def _is_resource(value: Any) -> TypeGuard[dict[str, Any]]:
    return (isinstance(value, dict) and isinstance(value.get("type"), str)
            and isinstance(value.get("id"), str | int))


def _identity(value: dict[str, Any]) -> tuple[str, str]:
    return value["type"], str(value["id"])


def _unfolded(resource: dict[str, Any], index: dict[tuple[str, str], dict[str, Any]],
              records: set[tuple[str, str]], depth: int, head: bool = False) -> dict[str, Any]:
    """The resource's id, type and attributes, and each relationship as the resources it links
    to (the attributes win a name they share with a relationship). A record (a post of the
    thread) is written once, where the thread lists it: a link to a record of the resource's
    own type is the comment it answers (its id under "parent_id"), any other link to one (a
    discussion's "firstPost", a post's "mentionedBy") is left out."""
    attributes = resource.get("attributes")
    record: dict[str, Any] = {"id": str(resource["id"]), "type": resource["type"],
                              **(attributes if isinstance(attributes, dict) else {})}
    relationships = resource.get("relationships")
    if not isinstance(relationships, dict):
        return record
    for name, link in relationships.items():
        linkage = link.get("data") if isinstance(link, dict) else None
        if isinstance(linkage, list) and depth > 0:
            record.setdefault(name, [
                _unfolded(index[key], index, records, depth - 1) for item in linkage
                if _is_resource(item) and (key := _identity(item)) in index
                and (head or key not in records)])
        elif (target := _target(resource, name)) in records and target is not None:
            if target[0] == resource["type"]:
                record.setdefault("parent_id", target[1])
        elif depth > 0 and target is not None and target in index:
            record.setdefault(name, _unfolded(index[target], index, records, depth - 1))
    return record
