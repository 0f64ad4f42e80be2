"""The analyser's fingerprint follows the data the analysis reads."""

from __future__ import annotations

import pytest

from newsfold.analyse import fingerprint
from newsfold.analyse.gazetteer import DATA_PACKAGES


def test_every_gazetteer_data_package_is_fingerprinted() -> None:
    assert set(DATA_PACKAGES) <= set(fingerprint.DEPENDENCIES)
    assert {"pycountry", "countrystatecity-countries"} <= set(fingerprint.DEPENDENCIES)


def test_a_new_version_of_a_data_package_changes_the_fingerprint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = fingerprint.analyser_id.__wrapped__()
    real = fingerprint._version

    def bumped(distribution: str) -> str:
        return "999" if distribution == "countrystatecity-countries" else real(distribution)

    monkeypatch.setattr(fingerprint, "_version", bumped)
    assert fingerprint.analyser_id.__wrapped__() != before


def test_modules_the_analysis_imports_from_outside_its_package_are_fingerprinted() -> None:
    own = [("where/x.py", b"from newsfold.ingest.running_times import RUNNING_TIME\n")]
    names = [name for name, _ in fingerprint._shared_modules(own)]
    # running_times reads its weekday names from calendar_words: followed too
    assert names == ["calendar_words.py", "ingest/running_times.py"]


def test_imports_inside_the_analysis_package_and_missing_modules_are_not_shared() -> None:
    own = [("a.py", b"from newsfold.analyse.when import x\nfrom newsfold.nowhere import y\n")]
    assert fingerprint._shared_modules(own) == []


def test_the_real_analysis_fingerprints_its_ingest_helpers() -> None:
    files = list(fingerprint._files(fingerprint.resources.files("newsfold.analyse")))
    names = {name for name, _ in fingerprint._shared_modules(files)}
    assert {"calendar_words.py", "ingest/metadata.py", "ingest/running_times.py"} <= names
