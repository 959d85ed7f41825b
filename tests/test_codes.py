"""extract/codes.py, the one list of claim types, statuses and qualifiers, against the rules and the labels."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extract.codes import (
    CLAIM_TYPES,
    COMMITMENT_TYPES,
    DEFAULT_STATUS,
    FIRM_STATUSES,
    LEVEL_TYPES,
    QUALIFIERS,
    SIGHTING_TYPES,
    STATUSES,
)
from extract.cues import load_cues
from extract.text import fold_str
from timeline.load import load_labels

ROOT = Path(__file__).resolve().parent.parent
I18N = {lang: yaml.safe_load((ROOT / "i18n" / f"{lang}.yaml").read_text(encoding="utf-8")) for lang in ("en", "ar")}


def test_every_claim_type_has_a_default_status_and_the_groups_are_claim_types():
    assert list(DEFAULT_STATUS) == list(CLAIM_TYPES) and set(DEFAULT_STATUS.values()) <= set(STATUSES)
    for group in (LEVEL_TYPES, SIGHTING_TYPES, COMMITMENT_TYPES):
        assert set(group) < set(CLAIM_TYPES)
    assert set(FIRM_STATUSES) < set(STATUSES)


@pytest.mark.parametrize("lang, sentence, status", [
    ("ar", "طالبت بغداد بانسحاب القوات الأمريكية", "demanded"),
    ("ar", "اقترح الوزير خفض عدد الجنود", "proposed"),
    ("en", "Lawmakers demanded a withdrawal of the troops", "demanded"),
    ("en", "The ministry proposed sending 500 soldiers", "proposed"),
])
def test_the_rules_find_each_status_by_its_code(lang, sentence, status):
    cues = load_cues(lang)
    found = {name for name, spans in cues.find_all(fold_str(sentence)).items() if spans}
    assert status in found and set(found) & set(STATUSES) == {status}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_claims_yaml_has_cue_words_for_every_status(lang):
    rules = yaml.safe_load((ROOT / "extract" / "rules" / "claims.yaml").read_text(encoding="utf-8"))
    assert all(rules[lang].get(status) for status in STATUSES)


@pytest.mark.parametrize("section, codes", [
    ("claim_types", CLAIM_TYPES), ("statuses", STATUSES), ("qualifiers", QUALIFIERS)])
def test_chart_labels_name_exactly_the_registered_codes(section, codes):
    assert set(load_labels()[section]) == set(codes)



@pytest.mark.parametrize("section", ["claim_types", "statuses"])
def test_interface_strings_do_not_repeat_the_chart_labels(section):
    """Claim types and statuses are named once, in timeline/labels.yaml, for charts and interface alike."""
    assert all(section not in I18N[lang] for lang in ("en", "ar"))
