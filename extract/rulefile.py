"""Reading the YAML rule files (extract/rules/*.yaml, extract/gazetteer/inflections.yaml) and the list of
languages (extract/languages.yaml), refusing what YAML silently reads as something else than a word.

YAML 1.1 reads the unquoted words `on`, `off`, `yes`, `no` as booleans and `12` as a number; in a word
list that turns "on" into "True" and the rule never matches. So a word list may hold only strings, a
mapping key may be a string or a whole number (month numbers), and a boolean is accepted only under a
key that the file lists in its top-level `flags:` (dates.yaml: `flags: [year_cue, ...]`). Any other value
names its file and key.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LANGUAGES_FILE = Path(__file__).with_name("languages.yaml")


class RuleFileError(ValueError):
    """A rule file that cannot be read as words: names the file and the key."""


def load_rule_file(path: Path) -> dict:
    """The mapping in the YAML file `path`, checked: strings in lists, booleans only under its `flags` keys;
    the `flags` list itself is not returned."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleFileError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: expected a mapping of sections at the top")
    flags = data.pop("flags", [])
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise RuleFileError(f"{path}: 'flags' must be a list of key names")
    _check(data, path, (), frozenset(flags))
    return data


def _check(value: object, path: Path, keys: tuple[str, ...], flags: frozenset[str]) -> None:
    """Raise on the first value that is not what a rule file may hold."""
    where = ".".join(keys) or "(top)"
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool) or not isinstance(key, (str, int)):
                raise RuleFileError(f"{path}: key {key!r} under {where} is not a word; quote it")
            _check(item, path, keys + (str(key),), flags)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, (str, dict, list)):
                raise RuleFileError(f"{path}: {where}[{i}] is {item!r}, not a word; quote it")
            _check(item, path, keys + (f"[{i}]",), flags)
    elif isinstance(value, bool):
        if not keys or keys[-1] not in flags:
            raise RuleFileError(f"{path}: {where} is {value!r}, not a word; quote it")
    elif value is None:
        raise RuleFileError(f"{path}: {where} is empty")
    elif not isinstance(value, (str, int, float)):
        raise RuleFileError(f"{path}: {where} is {value!r}, not a word or a number")


@lru_cache(maxsize=4)
def languages(path: Path = LANGUAGES_FILE) -> dict[str, dict]:
    """The languages the extractor reads, in order: code -> settings (`letters`: a regex class body)."""
    data = load_rule_file(path)
    langs = data.get("languages")
    if not isinstance(langs, dict) or not langs:
        raise RuleFileError(f"{path}: 'languages' must map language codes to their settings")
    for code, settings in langs.items():
        if not isinstance(settings, dict) or not isinstance(settings.get("letters"), str):
            raise RuleFileError(f"{path}: languages.{code} needs 'letters' (the letters of its script)")
    return langs


def fallback_language(path: Path = LANGUAGES_FILE) -> str:
    """The language a name is shown in when it has none in the language asked for."""
    data = load_rule_file(path)
    code = data.get("fallback", next(iter(languages(path))))
    if code not in languages(path):
        raise RuleFileError(f"{path}: fallback {code!r} is not one of the languages")
    return code
