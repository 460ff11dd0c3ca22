"""JSON read from outside: parsed without letting its nesting reach Python's recursion limit.

A line such as ``[[[[...]]]]`` nested a thousand deep makes ``json.loads``
raise ``RecursionError``, which is no input error and would end a batch. Here
it is an :class:`~newsfacts.errors.InputError` like any other malformed input,
and anything nested deeper than :data:`MAX_DEPTH` is refused the same way, so
that nothing later (records, ``json.dumps``) recurses that deep either.
"""

from __future__ import annotations

import json
from typing import Any

from newsfacts.errors import InputError

MAX_DEPTH = 100


def parse_json(text: str | bytes) -> Any:
    """The JSON value of ``text``.

    :raises InputError: ``text`` is not JSON, or nests arrays and objects more
        than :data:`MAX_DEPTH` deep.
    """
    try:
        value = json.loads(text)
    except RecursionError:
        raise _too_deep() from None
    except ValueError as exc:
        msg = f"not JSON: {exc}"
        raise InputError(msg) from None
    if nesting_depth(value) > MAX_DEPTH:
        raise _too_deep()
    return value


def nesting_depth(value: Any) -> int:
    """How deep arrays and objects nest in ``value`` (0 for a scalar); iterative, so any depth is safe."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in children)
    return deepest


def _too_deep() -> InputError:
    return InputError(f"not accepted: JSON arrays and objects nested more than {MAX_DEPTH} deep")


__all__ = ["MAX_DEPTH", "nesting_depth", "parse_json"]
