"""credscore._records: the fast record constructors build exactly what the classes' own __init__ builds."""

from __future__ import annotations

import gc
import sys
import weakref

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore import _records, _speedups
from credscore.analysis import Quotation
from credscore.profile import Contribution
from credscore.signals._attribution_types import SOURCE_TYPES, Attribution
from credscore.spans import Evidence, Span, make_evidence, make_span

needs_c = pytest.mark.skipif(_speedups.records is None, reason="credscore._records_c is not built (or pure Python)")

ints = st.integers(min_value=-(2**70), max_value=2**70)
floats = st.floats(allow_nan=False)
labels = st.none() | st.text(max_size=8)
details = st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3)

FAST_CLASSES = (Span, Evidence, Quotation, Contribution)


@attrs.frozen
class _Base:
    a: int


@attrs.frozen
class _Derived(_Base):  # its slot "a" belongs to the base class
    b: int


def by_name(cls, values):
    return cls(**dict(zip((f.name for f in attrs.fields(cls)), values)))


def same_record(made, expected):
    assert type(made) is type(expected)
    assert made == expected
    assert repr(made) == repr(expected)
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)


@given(ints, ints)
def test_span_maker_equals_span(start, end):
    made = make_span(start, end)
    same_record(made, Span(start, end))
    assert hash(made) == hash(Span(start, end))
    assert made.start is start and made.end is end


@given(ints, ints, st.text(max_size=20), labels, details)
def test_evidence_maker_equals_evidence(start, end, text, label, extra):
    values = (start, end, text, label, extra)
    made = make_evidence(*values)
    same_record(made, Evidence(start=start, end=end, text=text, label=label, details=extra))
    assert made.details is extra  # stored, not copied: as the generated __init__ does


@given(st.tuples(ints, ints, ints, ints, st.integers(0, 3), st.booleans(), st.integers(1, 5)))
def test_quotation_maker_equals_quotation(values):
    same_record(_records.maker(Quotation)(*values), Quotation(*values))


@given(st.tuples(st.text(max_size=10), st.none() | floats, floats, floats, floats, floats))
def test_contribution_maker_equals_contribution(values):
    same_record(_records.maker(Contribution)(*values), by_name(Contribution, values))


def test_made_records_stay_frozen():
    span = make_span(1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 5
    assert span.start == 1


@pytest.mark.parametrize("cls", FAST_CLASSES)
def test_the_hot_records_only_store_their_fields(cls):
    """Each class built by a maker has nothing in its __init__ that the maker would skip."""
    assert _records.stores_only(cls)


source_types = st.sampled_from(SOURCE_TYPES)
spans_or_none = st.none() | st.builds(Span, ints, ints)


def test_a_record_with_a_validator_is_built_by_its_own_init():
    """Attribution validates its source type; its maker must still run that validator."""
    assert not _records.stores_only(Attribution)
    make = _records.maker(Attribution)
    cue = Span(0, 4)
    good = make(cue, None, None, "self", False, False, None, "speech", ())
    assert good == Attribution(cue=cue, source=None, content=None, source_type="self", named=False, direct=False)
    with pytest.raises(ValueError):
        make(cue, None, None, "no such type", False, False, None, "speech", ())


@given(st.tuples(st.builds(Span, ints, ints), spans_or_none, spans_or_none, source_types, st.booleans(), st.booleans(),
                 spans_or_none, st.text(max_size=8), st.lists(st.builds(Span, ints, ints), max_size=2).map(tuple)))
def test_a_caller_that_validates_gets_the_record_the_init_builds(values):
    """Sourcing checks each source type itself, so its maker may skip the validator: for valid
    values it builds exactly what Attribution(...) builds."""
    assert _records.stores_only(Attribution, validators=True)
    same_record(_records.maker(Attribution, caller_validates=True)(*values), by_name(Attribution, values))


def test_records_with_hooks_or_defaults_they_compute_are_not_fast():
    @attrs.frozen
    class PostInit:
        a: int

        def __attrs_post_init__(self) -> None:
            pass

    @attrs.frozen
    class Converted:
        a: int = attrs.field(converter=int)

    @attrs.frozen
    class NotInit:
        a: int
        b: int = attrs.field(init=False, default=0)

    @attrs.frozen(slots=False)
    class Dicted:
        a: int

    @attrs.frozen(init=False)
    class OwnInit:
        a: int

        def __init__(self, a: int) -> None:
            self.__attrs_init__(a * 2)

    @attrs.frozen
    class Plain:
        a: int

    for cls in (PostInit, Converted, NotInit, Dicted, _Derived, OwnInit):
        assert not _records.stores_only(cls)
    assert _records.stores_only(Plain)


def test_the_fallback_without_the_extension(monkeypatch):
    monkeypatch.setattr(_records, "_records_c", None)
    assert _records.maker(Span) is Span  # positional fields: the class itself
    make = _records.maker(Evidence)  # keyword-only fields: a call by name
    assert make(1, 2, "ab", None, {}) == Evidence(start=1, end=2, text="ab")
    with pytest.raises(TypeError):
        make(1, 2)


@needs_c
def test_the_c_maker_checks_its_arguments():
    make = _speedups.records.maker(Span, ("start", "end"))
    with pytest.raises(TypeError):
        make(1)
    with pytest.raises(TypeError):
        make(1, 2, 3)
    with pytest.raises(TypeError):
        make(start=1, end=2)
    with pytest.raises(TypeError):
        _speedups.records.maker(Span, ("start", "text_of"))  # a method, not a slot
    with pytest.raises(TypeError):
        _speedups.records.maker(Span, ("start", "nothing"))
    with pytest.raises(ValueError):
        _speedups.records.maker(Span, ("start", "start"))

    class Plain:  # instances have a __dict__ the maker would not set up
        pass

    with pytest.raises(TypeError):
        _speedups.records.maker(Plain, ())

    with pytest.raises(TypeError):  # a slot of the base class: the layout is not the class's own
        _speedups.records.maker(_Derived, ("a", "b"))


@needs_c
def test_made_records_hold_and_release_their_values():
    value = object()
    before = sys.getrefcount(value)
    spans = [make_span(value, value) for _ in range(1000)]
    assert sys.getrefcount(value) == before + 2000
    del spans
    assert sys.getrefcount(value) == before


@needs_c
def test_a_made_record_in_a_cycle_is_collected():
    holder: dict = {}
    evidence = make_evidence(0, 1, "a", None, holder)
    holder["self"] = evidence  # evidence -> details -> evidence
    ref = weakref.ref(evidence)
    del evidence, holder
    gc.collect()
    assert ref() is None


@given(ints, ints, st.text(max_size=10), labels, details)
def test_made_records_pickle_and_evolve_like_built_ones(start, end, text, label, extra):
    """score_many sends evidence between processes; a made record must round-trip as a built one."""
    import pickle

    made = make_evidence(start, end, text, label, extra)
    assert pickle.loads(pickle.dumps(made)) == made
    assert attrs.evolve(made, label="x") == Evidence(start=start, end=end, text=text, label="x", details=extra)
    span = make_span(start, end)
    assert pickle.loads(pickle.dumps(span)) == Span(start, end)
