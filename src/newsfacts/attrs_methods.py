"""``__repr__``, ``__eq__`` and ``__hash__`` for the core's attrs classes, written once instead of per class.

attrs writes these methods of each class as source text and compiles them when the class is defined: for the
core's ~17 classes that was ~10 ms of every start of ``import newsfacts`` (issue 17), ``__repr__`` alone half
of it. A class that sets them in its body (``__repr__ = fields_repr`` and so on) keeps attrs from generating
its own (attrs leaves a method the class defines itself), and these read its fields as attrs' generated
methods do: the same text, the same answers and the same hash values, for the class and any subclass that
attrs does not build again. No extraction calls ``==`` or ``hash`` on a record (checked over the dev sets), so
a loop over the fields costs nothing where time matters; ``__init__`` stays generated.
"""

from __future__ import annotations

import threading
from typing import Any

import attrs

__all__ = ["fields_eq", "fields_hash", "fields_repr"]

_showing = threading.local()
_HASH_SEEDS: dict[type, int] = {}


def fields_repr(self: Any) -> str:
    """``repr`` of an attrs instance, as the ``__repr__`` attrs generates for its class (``repr_ns`` unset)."""
    try:
        already: set[int] = _showing.ids
    except AttributeError:
        already = _showing.ids = set()
    if id(self) in already:
        return "..."
    already.add(id(self))
    try:
        shown = []
        for field in type(self).__attrs_attrs__:
            if field.repr is False:
                continue
            value = getattr(self, field.name) if field.init else getattr(self, field.name, attrs.NOTHING)
            shown.append(f"{field.name}={repr(value) if field.repr is True else field.repr(value)}")
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({', '.join(shown)})"
    finally:
        already.remove(id(self))


def fields_eq(self: Any, other: object) -> Any:
    """``self == other`` as attrs' ``__eq__``: same class, then each compared field in turn (an ``and`` chain)."""
    fields = self.__attrs_attrs__
    if other.__class__ is not self.__class__:
        return NotImplemented
    result: Any = True
    for field in fields:
        if not field.eq:
            continue
        key = field.eq_key
        mine, theirs = getattr(self, field.name), getattr(other, field.name)
        result = mine == theirs if key is None else key(mine) == key(theirs)
        if not result:
            return result
    return result


def fields_hash(self: Any) -> int:
    """``hash`` as attrs' ``__hash__`` of a frozen class: its seed and the hashed fields' values."""
    cls = type(self)
    seed = _HASH_SEEDS.get(cls)
    if seed is None:
        # attrs seeds with the hash of its script's name for the class it built (a plain subclass inherits it).
        built = next(klass for klass in cls.__mro__ if "__attrs_attrs__" in vars(klass))
        seed = _HASH_SEEDS[cls] = hash(f"<attrs generated hash {built.__module__}.{built.__qualname__}>")
    values = [seed]
    for field in cls.__attrs_attrs__:
        if field.hash is True or (field.hash is None and field.eq is True):
            value = getattr(self, field.name)
            values.append(value if field.eq_key is None else field.eq_key(value))
    return hash(tuple(values))
