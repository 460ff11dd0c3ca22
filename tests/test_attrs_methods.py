"""Every attrs class of the core shows, compares and hashes exactly as the methods attrs would generate for it."""

import importlib
import inspect
import pkgutil

import attrs
import pytest
from attr._make import _make_eq_script, _make_hash_script, _make_repr_script

import newsfacts
from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.evaluation import Score
from newsfacts.inputs import InputItem, ReadOptions
from newsfacts.output import ArticleEncoder, EncodedResult
from newsfacts.segmentation import split_sentences
from newsfacts.webpage import WebPage


def core_attrs_classes():
    found = {}
    for info in pkgutil.iter_modules(newsfacts.__path__, "newsfacts."):
        if info.name in {"newsfacts.dask", "newsfacts.__main__"}:
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if inspect.isclass(value) and attrs.has(value) and value.__module__ == info.name:
                found[value.__qualname__] = value
    return found


def generated(name, script_and_globs):
    script, globs = script_and_globs
    exec(script, globs)  # noqa: S102 - attrs' own generated method, to compare against
    return globs[name]


def outcome(function, *args):
    try:
        return function(*args)
    except TypeError as exc:  # an unhashable field: the same error
        return type(exc), str(exc)


def attrs_own_repr(cls):
    return generated("__repr__", _make_repr_script(attrs.fields(cls), None))


def attrs_own_eq(cls):
    return generated("__eq__", _make_eq_script(attrs.fields(cls)))


def attrs_own_hash(cls):
    return generated("__hash__", _make_hash_script(cls, attrs.fields(cls), frozen=True, cache_hash=False))


def test_every_core_attrs_class_uses_the_shared_repr():
    classes = core_attrs_classes()
    assert len(classes) >= 17
    shared = (fields_repr, fields_eq, fields_hash)
    assert {name for name, cls in classes.items() if (cls.__repr__, cls.__eq__, cls.__hash__) != shared} == set()


def sample_records():
    text = "“We will hold,” she said on Tuesday. The missile has a range of 300 km."
    article = newsfacts.extract(text, published="2024-05-01", id="a1", title="T")
    yield article
    yield from article.quotes
    yield from article.claims
    yield from article.dates
    yield from split_sentences("One sentence here. And a second one.\n\nA third.")
    yield newsfacts.Span(text="We", start=1, end=3)
    yield newsfacts.WeaponRange(min_km=0.5, max_km=300.0, qualifier="range", range_class="short")
    yield newsfacts.Speaker(name="Ann", text="she", start=16, end=19)
    yield newsfacts.PluginFailure(plugin="p", hook="h", message="E: 'quoted'\n")
    yield newsfacts.Document(text="x", published=newsfacts.parse_published("2024-05-01"), id="d")
    yield newsfacts.parse_publication_date("2024-05")
    yield newsfacts.PluginInfo(name="n", distribution=None, version="1.0", hooks=("a",))
    yield newsfacts.BatchResult(index=0, id=None, error=newsfacts.InputError("bad"))
    yield ReadOptions(format="text", published="2024-05-01")
    yield InputItem(where="a.txt", record={"text": "x", "id": "a"})
    yield EncodedResult(
        index=0, pieces=('{"a": 1}',), failures=(newsfacts.PluginFailure(plugin="p", hook="h", message="E"),)
    )
    yield ArticleEncoder(indent=2)
    yield WebPage(text="Body.", title="T", url="https://example.org/a")
    yield Score(true_positives=1, predicted=2, gold=3)


@pytest.mark.parametrize("record", list(sample_records()), ids=lambda r: type(r).__name__)
def test_a_record_reads_compares_and_hashes_as_with_attrs_own_methods(record):
    cls = type(record)
    assert repr(record) == attrs_own_repr(cls)(record)
    assert outcome(hash, record) == outcome(attrs_own_hash(cls), record)
    twin = attrs.evolve(record)
    assert (record == twin) is attrs_own_eq(cls)(record, twin) is True
    assert (record != twin) is False
    assert record.__eq__(object()) is attrs_own_eq(cls)(record, object()) is NotImplemented
    for field in attrs.fields(cls):
        value = getattr(record, field.name)
        other = "changed" if isinstance(value, str) else None
        try:
            changed = attrs.evolve(record, **{field.alias: other})
        except (TypeError, ValueError, newsfacts.NewsfactsError):
            continue  # the field takes no such value
        if getattr(changed, field.name) != value:
            assert (record == changed) is attrs_own_eq(cls)(record, changed) is False
            assert record != changed
            assert outcome(hash, changed) == outcome(attrs_own_hash(cls), changed)


def test_the_samples_cover_every_core_attrs_class():
    assert set(core_attrs_classes().values()) - {type(record) for record in sample_records()} == set()


def test_a_subclass_defined_with_attrs_gets_attrs_own_repr_and_one_without_reads_as_before():
    @attrs.frozen(kw_only=True)
    class Marked(newsfacts.Span):
        mark: str = "!"

    class Plain(newsfacts.Span):
        __slots__ = ()

    marked, plain = Marked(text="a", start=0, end=1), Plain(text="a", start=0, end=1)
    assert (Marked.__repr__, Marked.__eq__, Marked.__hash__) != (fields_repr, fields_eq, fields_hash)
    assert repr(marked) == attrs_own_repr(Marked)(marked)
    assert repr(plain) == attrs_own_repr(newsfacts.Span)(plain)
    assert hash(plain) == attrs_own_hash(newsfacts.Span)(plain)
    span = newsfacts.Span(text="a", start=0, end=1)
    assert plain.__eq__(span) is attrs_own_eq(newsfacts.Span)(plain, span) is NotImplemented
    assert plain == Plain(text="a", start=0, end=1)
    assert repr(plain) == "Plain(text='a', start=0, end=1)"

    class Outer:
        class Inner(newsfacts.Span):
            __slots__ = ()

    inner = Outer.Inner(text="a", start=0, end=1)
    assert repr(inner) == attrs_own_repr(newsfacts.Span)(inner) == "Outer.Inner(text='a', start=0, end=1)"


def test_fields_left_out_of_equality_or_hashing_are_left_out_as_attrs_does():
    @attrs.frozen
    class Keyed:
        __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash
        word: str = attrs.field(eq=str.lower)
        note: str = attrs.field(default="", eq=False, repr=False)
        seen: int = attrs.field(default=0, hash=False, repr=lambda value: f"<{value}>")

    pairs = [(Keyed("A", "x", 1), Keyed("a", "y", 1)), (Keyed("A"), Keyed("b")), (Keyed("A", seen=1), Keyed("a"))]
    for one, two in pairs:
        assert (one == two) is attrs_own_eq(Keyed)(one, two)
        assert hash(one) == attrs_own_hash(Keyed)(one)
        assert repr(one) == attrs_own_repr(Keyed)(one)
    assert repr(Keyed("A", seen=3)) == "Keyed(word='A', seen=<3>)"
    assert Keyed("A", "x", 1) == Keyed("a", "y", 1)


def test_a_record_met_again_while_shown_reads_as_three_dots_as_with_attrs():
    @attrs.define
    class Box:
        __repr__ = fields_repr
        inner: object = None

    @attrs.define
    class Generated:
        inner: object = None

    box, generated = Box(), Generated()
    box.inner, generated.inner = [box], [generated]
    assert repr(box) == "Box(inner=[...])"
    assert repr(generated) == "Generated(inner=[...])"
