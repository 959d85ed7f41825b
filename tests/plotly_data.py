"""Test helper: plotly figure data as plain Python lists (plotly 6+ may serialise arrays as base64 'bdata')."""
from __future__ import annotations

import base64

import numpy as np

_DTYPES = {"f8": "<f8", "f4": "<f4", "i1": "i1", "u1": "u1", "i2": "<i2", "u2": "<u2",
           "i4": "<i4", "u4": "<u4", "i8": "<i8", "u8": "<u8"}


def decode(value):
    """A {'dtype', 'bdata'[, 'shape']} dict -> list; lists, tuples and numpy arrays -> list; else unchanged."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:
        arr = np.frombuffer(base64.b64decode(value["bdata"]), dtype=_DTYPES[value["dtype"]])
        if "shape" in value:
            shape = value["shape"]
            arr = arr.reshape([int(n) for n in str(shape).split(",")] if isinstance(shape, str) else shape)
        return arr.tolist()
    if isinstance(value, np.ndarray):
        return _array_list(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def _array_list(arr: np.ndarray) -> list:
    """numpy array -> list; datetimes as ISO strings (tolist() would give integers for ns)."""
    if np.issubdtype(arr.dtype, np.datetime64):
        return np.datetime_as_string(arr).tolist()
    return arr.tolist()


def trace_dicts(fig) -> list[dict]:
    """Every trace as a dict with all (nested) array fields decoded."""
    return [_decode_tree(t) for t in fig.to_dict()["data"]]


def _decode_tree(node):
    """Recursively decode bdata dicts inside a figure dict."""
    if isinstance(node, dict):
        if "bdata" in node and "dtype" in node:
            return decode(node)
        return {k: _decode_tree(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_decode_tree(v) for v in node]
    if isinstance(node, np.ndarray):
        return _array_list(node)
    return node


def traces_of(fig, kind: str) -> list[dict]:
    """Decoded traces whose meta.kind equals `kind` (series, target, event, bar, sighting, deadline...)."""
    return [t for t in trace_dicts(fig) if (t.get("meta") or {}).get("kind") == kind]
