"""Everything that changes what the dashboard draws, as one value that round-trips through the URL.

A copied address reopens the same view: filters, language, tab, log axis, repeat grouping, map date, the
claims search, the chosen claim and whether claims marked wrong are shown. Defaults are left out of the URL.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from .filters import Filters, _query_date, _query_list

TABS = ("troops", "bases", "map", "deadlines", "conflicts", "claims", "article")
LANGS = ("en", "ar")
FLAGS = {"log": "log_y", "grouped": "grouped", "hidden": "show_hidden"}


@dataclass(frozen=True)
class View:
    """One dashboard view; `log_y` None means "the table's own default" (see troops.suggest_log_scale)."""

    filters: Filters = field(default_factory=Filters)
    lang: str = "en"
    tab: str = TABS[0]
    log_y: bool | None = None
    grouped: bool = True
    show_hidden: bool = False
    map_date: date | None = None
    search: str = ""
    claim: str = ""

    def to_query(self) -> dict[str, str | list[str]]:
        """URL query parameters for the view (defaults omitted, flags as 1/0)."""
        query: dict[str, str | list[str]] = dict(self.filters.to_query())
        if self.lang != "en":
            query["lang"] = self.lang
        if self.tab != TABS[0]:
            query["view"] = self.tab
        if self.log_y is not None:
            query["log"] = "1" if self.log_y else "0"
        if not self.grouped:
            query["grouped"] = "0"
        if self.show_hidden:
            query["hidden"] = "1"
        if self.map_date is not None:
            query["map_date"] = self.map_date.isoformat()
        if self.search:
            query["q"] = self.search
        if self.claim and self.tab == "article":
            query["claim"] = self.claim
        return query

    @classmethod
    def from_query(cls, mapping: Mapping) -> View:
        """Inverse of `to_query`; unknown or malformed values fall back to the defaults."""
        first = lambda key: (_query_list(mapping, key) or [""])[-1]  # noqa: E731
        flag = lambda key: {"1": True, "0": False}.get(first(key))  # noqa: E731
        lang, tab = first("lang"), first("view")
        grouped, hidden = flag("grouped"), flag("hidden")
        return cls(filters=Filters.from_query(mapping), lang=lang if lang in LANGS else "en",
                   tab=tab if tab in TABS else TABS[0], log_y=flag("log"),
                   grouped=True if grouped is None else grouped, show_hidden=bool(hidden),
                   map_date=_query_date(mapping, "map_date"), search=_raw(mapping, "q"), claim=_raw(mapping, "claim"))

    def with_(self, **changes: object) -> View:
        """A copy with some fields changed."""
        return replace(self, **changes)


def _raw(mapping: Mapping, key: str) -> str:
    """A free-text query value as given (commas kept)."""
    if key not in mapping:
        return ""
    get_all = getattr(mapping, "get_all", None)
    values = get_all(key) if callable(get_all) else mapping[key]
    values = [values] if isinstance(values, str) else list(values)
    return str(values[-1]).strip() if values else ""
