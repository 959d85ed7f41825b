"""Reading the YAML rule files (extract/rules/*.yaml, extract/gazetteer/inflections.yaml) and the list of
languages (extract/languages.yaml), refusing what YAML silently reads as something else than a word.

YAML 1.1 reads the unquoted words `on`, `off`, `yes`, `no` as booleans and `12` as a number; in a word
list that turns "on" into "True" and the rule never matches. So a word list may hold only strings, a
mapping key may be a string or a whole number (month numbers), and a boolean is accepted only under a
key that the file lists in its top-level `flags:` (dates.yaml: `flags: [year_cue, ...]`). Any other value
names its file and key.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import yaml

# The language data: languages.yaml, rules/*.yaml and gazetteer/*. A copy elsewhere (a new language, a
# domain expert's edits) is used when TROOP_LANGUAGE_DATA names its folder.
DATA_DIR = Path(os.environ.get("TROOP_LANGUAGE_DATA") or Path(__file__).parent)
LANGUAGES_FILE = DATA_DIR / "languages.yaml"


def data_path(*parts: str) -> Path:
    """A file of the language data: data_path("rules", "claims.yaml")."""
    return DATA_DIR.joinpath(*parts)


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


def setting(lang: str, key: str, default: object = None) -> object:
    """One setting of a language in languages.yaml (e.g. numeric_dates, capitalised_names)."""
    return languages().get(lang, {}).get(key, default)


def detect_lang(text: str) -> str:
    """The language of `text`: the script with most letters, then, among the languages of that script,
    the one whose `function_words` occur most (a language without them wins only alone in its script)."""
    sample = text[:4000]
    langs = languages()
    counts = {code: len(re.findall(f"[{s['letters']}]", sample)) for code, s in langs.items()}
    best = max(counts.values(), default=0)
    tied = [code for code, n in counts.items() if n == best and n > 0]
    if len(tied) <= 1:
        return tied[0] if tied else fallback_language()
    words = re.findall(r"\w+", sample.lower())
    score = {code: sum(words.count(w) for w in langs[code].get("function_words", [])) for code in tied}
    return max(tied, key=lambda code: (score[code], -tied.index(code)))


def fallback_language(path: Path = LANGUAGES_FILE) -> str:
    """The language a name is shown in when it has none in the language asked for."""
    data = load_rule_file(path)
    code = data.get("fallback", next(iter(languages(path))))
    if code not in languages(path):
        raise RuleFileError(f"{path}: fallback {code!r} is not one of the languages")
    return code
