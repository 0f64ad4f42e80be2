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
