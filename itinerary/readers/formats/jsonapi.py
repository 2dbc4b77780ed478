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


def with_linked_resources(value: Any) -> Any:
    """A JSON:API document's primary data unfolded (see the module docstring); anything else as
    it is. Comments that all link to one resource (the article a CMS's comments are on, the
    discussion of a forum's posts) come back under it: with words of its own it is the post and
    they reply to it ("comments"), else it gives the title over them ("posts")."""
    if not is_linked_document(value):
        return value
    primary = value["data"]
    if not isinstance(primary, list):
        primary = [primary]
    included = [item for item in value.get("included") or [] if _is_resource(item)]
    index = {_identity(item): item for item in [*included, *primary]}
    own = {_identity(item) for item in primary}
    records = [_unfolded(item, index, own, _DEPTH) for item in primary]
    if not isinstance(value["data"], list):
        return records[0]
    subject = _shared_subject(primary, index, own)
    if subject is None:
        return records
    name, head = subject
    records = [{key: inner for key, inner in record.items() if key != name} for record in records]
    return {**head, ("comments" if record_text(head) else "posts"): records}


def _shared_subject(primary: list[dict[str, Any]], index: dict[tuple[str, str], dict[str, Any]],
                    own: set[tuple[str, str]]) -> tuple[str, dict[str, Any]] | None:
    """The relationship under which every primary resource links to one and the same included
    resource, and that resource unfolded; None when there is no such link."""
    if len(primary) < 2:
        return None
    for name in primary[0].get("relationships") or {}:
        targets = {_target(item, name) for item in primary}
        target = targets.pop() if len(targets) == 1 else None
        if target is not None and target in index and target not in own:
            return name, _unfolded(index[target], index, own, _DEPTH - 1)
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
              own: set[tuple[str, str]], depth: int) -> dict[str, Any]:
    """The resource's id, type and attributes, and each relationship as the resources it links
    to (the attributes win a name they share with a relationship). A link to another primary
    resource of the same type is the comment this one answers: its id under "parent_id"."""
    attributes = resource.get("attributes")
    record: dict[str, Any] = {"id": str(resource["id"]), "type": resource["type"],
                              **(attributes if isinstance(attributes, dict) else {})}
    relationships = resource.get("relationships")
    if not isinstance(relationships, dict):
        return record
    for name in relationships:
        target = _target(resource, name)
        if target in own and target[0] == resource["type"]:
            record.setdefault("parent_id", target[1])
        elif depth > 0 and target is not None and target in index:
            record.setdefault(name, _unfolded(index[target], index, own, depth - 1))
        elif depth > 0 and isinstance(linkage := relationships[name].get("data"), list):
            record.setdefault(name, [_unfolded(index[key], index, own, depth - 1)
                                     for item in linkage
                                     if _is_resource(item) and (key := _identity(item)) in index])
    return record
