"""Routes and parameter checks taken from the shipped discovery documents."""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import googleapiclient

from tests.google_emulator.wire import ApiError

DOCUMENTS = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"
# GOOGLE-NOTES #3: Calendar may arrive with or without its service path.
_CALENDAR_PREFIX = "calendar/v3/"


@dataclass(frozen=True)
class Route:
    method_id: str  # e.g. "calendar.events.list"
    http_method: str
    pattern: re.Pattern[str]
    query_params: frozenset[str]


@dataclass(frozen=True)
class Match:
    method_id: str
    path_params: dict[str, str]


def _methods(resources: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for resource in resources.values():
        found.extend(resource.get("methods", {}).values())
        found.extend(_methods(resource.get("resources", {})))
    return found


def _pattern(flat_path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", flat_path)
    regex = "".join(
        f"(?P<{p[1:-1].replace('.', '_')}>[^/]+)" if p.startswith("{") else re.escape(p)
        for p in parts
    )
    return re.compile(f"^{regex}$")


def _routes(document: str) -> list[Route]:
    doc = json.loads((DOCUMENTS / document).read_text(encoding="utf-8"))
    global_params = frozenset(doc["parameters"])
    routes = []
    for method in _methods(doc["resources"]):
        query = {n for n, p in method.get("parameters", {}).items() if p["location"] == "query"}
        routes.append(Route(
            method["id"], method["httpMethod"],
            _pattern(method.get("flatPath", method["path"])), frozenset(query) | global_params,
        ))
    # Longer literal paths first, so ".../events/import" wins over ".../events/{eventId}".
    return sorted(routes, key=lambda r: -len(r.pattern.pattern.replace("[^/]+", "")))


class Router:
    def __init__(self) -> None:
        self._calendar = _routes("calendar.v3.json")
        self._gmail = _routes("gmail.v1.json")

    def match(self, http_method: str, path: str, params: dict[str, list[str]]) -> Match:
        path = path.lstrip("/")
        if path.startswith("gmail/"):
            routes = self._gmail
        else:
            routes = self._calendar
            path = path.removeprefix(_CALENDAR_PREFIX)
        for route in routes:
            found = route.pattern.match(path)
            if found and route.http_method == http_method:
                unknown = sorted(set(params) - route.query_params)
                if unknown:
                    raise ApiError(400, f"Invalid JSON payload received. Unknown name "
                                   f"\"{unknown[0]}\": Cannot bind query parameter.", "badRequest")
                return Match(route.method_id, {
                    k: urllib.parse.unquote(v) for k, v in found.groupdict().items()
                })
        raise ApiError(404, f"Not Found: {http_method} /{path}", "notFound")
