"""Maps drawn offline: country outlines from a TopoJSON shipped in the package, as SVG.

The outlines are Natural Earth's 1:110m admin-0 countries (public domain) in the TopoJSON
redistribution of the `world-atlas` npm package (ISC licence); see static/map/NOTICE.txt.
The projection is equirectangular in SVG user units: x = longitude, y = -latitude, so the
whole world is the box (-180, -90, 360, 180) and event marks share the outlines' coordinates.
Pages draw a map as an inline <svg> with the outlines by reference (<use href="world.svg#world">)
and their own marks on top, so the 100 kB of outlines is fetched once and cached.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import escape

WORLD = (-180.0, -90.0, 180.0, 90.0)
"""min_lon, min_lat, max_lon, max_lat."""


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantised, delta-encoded) -> lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """Stitch a ring from arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        coords = []
        last = None
        for lon, lat in ring:
            point = f"{lon:.2f} {-lat:.2f}"
            if point != last:  # drop points that round onto the previous one
                coords.append(point)
                last = point
        if len(coords) >= 3:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    path: str


@lru_cache(maxsize=1)
def countries() -> list[Country]:
    """Every country's outline as SVG path data in map units."""
    source = resources.files("newsfold.web").joinpath("static/map/countries-110m.json")
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        name = (geometry.get("properties") or {}).get("name") or ""
        out.append(Country(name=name, path=_path(rings)))
    return out


@lru_cache(maxsize=1)
def world_svg() -> tuple[str, str]:
    """(the standalone SVG document of the outlines, its ETag)."""
    paths = "\n".join(
        f'<path d="{c.path}" vector-effect="non-scaling-stroke">'
        f"<title>{escape(c.name)}</title></path>"
        for c in countries()
    )
    svg = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">\n'
        '<g id="world" fill="#e4e1d8" stroke="#a9a393" stroke-width="0.6">\n'
        f"{paths}\n</g>\n</svg>\n"
    )
    etag = '"' + hashlib.sha1(svg.encode()).hexdigest()[:16] + '"'
    return svg, etag


@dataclass(frozen=True, slots=True)
class View:
    """A map window in SVG user units (x = lon, y = -lat)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def viewbox(self) -> str:
        return f"{self.x:.3f} {self.y:.3f} {self.width:.3f} {self.height:.3f}"

    @property
    def scale(self) -> float:
        """Map units per pixel of a 720-pixel-wide map (for sizing marks)."""
        return self.width / 720


def fit(
    extent: tuple[float, float, float, float] | None,
    *,
    min_span: float = 12.0,
    pad: float = 0.15,
    aspect: float = 2.0,
) -> View:
    """The window showing an extent (min_lon, min_lat, max_lon, max_lat) with padding,
    at least `min_span` degrees wide, `aspect` wide per high, clamped to the world."""
    if extent is None:
        return View(-180, -90, 360, 180)
    min_lon, min_lat, max_lon, max_lat = extent
    width = max(max_lon - min_lon, min_span)
    height = max(max_lat - min_lat, min_span / aspect)
    width, height = width * (1 + 2 * pad), height * (1 + 2 * pad)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    width, height = min(width, 360.0), min(height, 180.0)
    cx, cy = (min_lon + max_lon) / 2, -(min_lat + max_lat) / 2
    x = min(max(cx - width / 2, -180.0), 180.0 - width)
    y = min(max(cy - height / 2, -90.0), 90.0 - height)
    return View(x, y, width, height)


def around(lon: float, lat: float, span: float = 24.0) -> View:
    """A window centred on one place."""
    return fit((lon, lat, lon, lat), min_span=span, pad=0.0)
