"""The codes of the claims table (docs/claims-schema.md): claim types, statuses, qualifiers, date codes.

The one list of each, read by the claim rules, the timeline, the labels check and the tests. A new claim
type is added here, in its rule (`extract/claims.py`, cue words in `extract/rules/claims.yaml`) and in its
labels (`timeline/labels.yaml`, `i18n/*.yaml`); nothing else names the full list.
"""
from __future__ import annotations

from typing import Literal, get_args

ClaimType = Literal["troop_count", "troop_target", "withdrawal", "deployment", "presence", "deadline"]
Status = Literal["reported", "planned", "demanded", "proposed"]
Qualifier = Literal["exact", "approx", "under", "over", "range"]
Precision = Literal["day", "month", "year"]
DateSource = Literal["text", "published"]

CLAIM_TYPES: tuple[ClaimType, ...] = get_args(ClaimType)
STATUSES: tuple[Status, ...] = get_args(Status)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
DATE_SOURCES: tuple[DateSource, ...] = get_args(DateSource)

# The status of a claim no status cue governs: facts are reported, targets and deadlines are plans.
DEFAULT_STATUS: dict[ClaimType, Status] = {
    "troop_count": "reported", "troop_target": "planned", "withdrawal": "reported",
    "deployment": "reported", "presence": "reported", "deadline": "planned"}
# Types whose number is a force level (required), not the size of a movement.
LEVEL_TYPES: tuple[ClaimType, ...] = ("troop_count", "troop_target")
# Types that, reported, show an actor's forces at a place on a date. A withdrawal is not one: it says the
# forces were there until then and ends their stay (timeline/intervals.py closes intervals with it).
SIGHTING_TYPES: tuple[ClaimType, ...] = ("presence", "troop_count", "deployment")
# Types that commit to a future state, later met, slipped, reversed or still open (timeline/commitments.py).
COMMITMENT_TYPES: tuple[ClaimType, ...] = ("deadline", "troop_target")
# Statuses of a decided course (drawn filled); demanded and proposed ones are only asked for (hollow).
FIRM_STATUSES: tuple[Status, ...] = ("reported", "planned")
