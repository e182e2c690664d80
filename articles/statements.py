"""Readers' queries compiled to SQL once per process, then run with each request's values.

Building and compiling a queryset costs the ORM 0.2–0.5 ms of Python, several times what
SQLite takes to answer it, and the public pages run a few shapes of query over and over
with other values (a slug, a page of ids, the time). A Statement has the ORM write the
SQL of its shape once per database, with stand-in values where the real ones go, then
runs that SQL with the real values and reads the rows back through the ORM's own
converters. The SQL is still the ORM's, for whichever database is configured.

A value the ORM would change on its way into the SQL (a `contains` pattern, say) cannot
be swapped in afterwards: compiling refuses such a shape rather than run it wrong. Lists
change the SQL with their length, and literals (slice bounds) with their value, so both
are part of a compiled shape's key; a Statement keeps its most recent shapes only, per
thread, since a compiled query keeps the thread's own database connection.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone

SHAPES = 64  # compiled shapes a Statement keeps


class Compiled(NamedTuple):
    sql: str
    params: list  # the shape's own parameters, with the values' slots filled per run
    slots: list[tuple[int, str, int | None]]  # (position, value's name, index in a list)
    compiler: SQLCompiler
    converters: dict  # the ORM's converters of the selected columns, by position
    objects: bool  # rows are model instances (a queryset of a model, not values())


class Statement:
    """A shape of query, build(**values) -> QuerySet, compiled once and run many times.

    Values are passed by name: numbers, text, aware datetimes, and lists of them. Names
    in `literals` are written into the SQL (slice bounds): each value compiles a shape.
    build must take the time as a value (published(now)): a time it reads itself would be
    the time of compiling, kept for good.
    """

    def __init__(self, build: Callable[..., QuerySet], *, literals: Sequence[str] = ()):
        self.build = build
        self.literals = frozenset(literals)
        self.local = threading.local()

    def rows(self, **values) -> list[tuple]:
        """Return the rows of build(**values), as values_list() gives them."""
        if self.matches_nothing(values):
            return []
        compiled = self.compiled(values)
        return list(map(tuple, self.run(compiled, values)))

    def objects(self, **values) -> list[Model]:
        """Return build(**values)'s instances with their select_related records, as the
        ORM's ModelIterable builds them."""
        if self.matches_nothing(values):
            return []
        compiled = self.compiled(values)
        if not compiled.objects:
            raise TypeError("objects() reads a queryset of models; use rows() for values()")
        compiler, db = compiled.compiler, connection.alias
        info = compiler.klass_info
        start, end = info["select_fields"][0], info["select_fields"][-1] + 1
        names = [column.target.attname for column, _, _ in compiler.select[start:end]]
        related = get_related_populators(info, compiler.select, db)
        found = []
        for row in self.run(compiled, values):
            instance = info["model"].from_db(db, names, row[start:end])
            for populator in related:
                populator.populate(row, instance)
            found.append(instance)
        return found

    def matches_nothing(self, values: dict) -> bool:
        """Whether a list value is empty: `__in` an empty list matches nothing, as the ORM
        answers without a query."""
        return any(
            isinstance(value, list | tuple) and not value
            for name, value in values.items()
            if name not in self.literals
        )

    def run(self, compiled: Compiled, values: dict):
        """Run the compiled SQL with values in its slots; return the converted rows."""
        params = list(compiled.params)
        for position, name, index in compiled.slots:
            value = values[name] if index is None else values[name][index]
            params[position] = prepared(value)
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        compiler = compiled.compiler
        if compiler.col_count and compiler.has_extra_select:
            rows = [row[: compiler.col_count] for row in rows]
        if compiled.converters:
            return compiler.apply_converters(rows, compiled.converters)
        return rows

    def compiled(self, values: dict) -> Compiled:
        """Return the compiled shape of values, compiling it on first use (per thread)."""
        shapes = self.local.__dict__.setdefault("shapes", OrderedDict())
        key = (connection.alias, *sorted(map(self.key_part, values.items())))
        found = shapes.get(key)
        if found is not None:
            shapes.move_to_end(key)  # the least recently used shapes go first
        else:
            found = self.compile(values)
            shapes[key] = found
            while len(shapes) > SHAPES:
                shapes.popitem(last=False)
        return found

    def key_part(self, item: tuple[str, Any]) -> tuple:
        """Return what of a value decides the SQL: a literal's value, a list's length."""
        name, value = item
        if name in self.literals:
            return (name, "=", value)
        if isinstance(value, list | tuple):
            return (name, "len", len(value))
        return (name,)

    def compile(self, values: dict) -> Compiled:
        """Have the ORM write the SQL of build() with stand-ins, and find their slots."""
        stand_ins = StandIns()
        built = {
            name: value if name in self.literals else stand_ins.replace(name, value)
            for name, value in values.items()
        }
        queryset = self.build(**built)
        if queryset._prefetch_related_lookups:
            raise ValueError("a Statement runs one query: no prefetch_related")
        compiler = queryset.query.get_compiler(connection=connection)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet as error:  # e.g. a stand-in out of a small column's range
            names = ", ".join(sorted(values))
            raise ValueError(f"the query matches nothing whatever {names}") from error
        slots = stand_ins.slots(list(params))
        objects = queryset._fields is None and not queryset.query.annotation_select
        if compiler.has_composite_fields(selected := [s[0] for s in compiler.select]):
            raise ValueError("Statements read no composite primary keys")
        converters = compiler.get_converters(selected[: compiler.col_count])
        return Compiled(sql, list(params), slots, compiler, converters, objects)


def prepared(value):
    """Return value as the ORM hands it to the database; refuse what it would not bind as
    given (None is IS NULL to the ORM, a naive time is in the site's time zone)."""
    if value is None or isinstance(value, bool):
        raise TypeError(f"pass numbers, text or datetimes, not {value!r}")
    if isinstance(value, datetime):
        if timezone.is_naive(value):
            raise ValueError(f"pass an aware datetime, not {value!r}")
        return connection.ops.adapt_datetimefield_value(value)
    return value


class StandIns:
    """Values no real query holds, standing in for the real ones while SQL is compiled."""

    def __init__(self):
        # each stand-in, as prepared for the database -> (the value's name, its index)
        self.made: dict[Any, tuple[str, int | None]] = {}

    def replace(self, name: str, value):
        """Return a stand-in for value (a list of them for a list)."""
        if isinstance(value, list | tuple):
            return [self.make(name, item, index) for index, item in enumerate(value)]
        return self.make(name, value, None)

    def make(self, name: str, value, index: int | None):
        """Return a stand-in of value's type, not equal to any other parameter's."""
        n = len(self.made) + 1
        if isinstance(value, bool) or value is None:
            raise TypeError(f"{name}: pass numbers, text or datetimes, not {value!r}")
        if isinstance(value, int):
            stand_in = 1_000_000_000 + n  # in range of a 32-bit integer column
        elif isinstance(value, str):
            stand_in = f"\ue000stand-in {n}\ue000"  # ends a form's strip() keeps
        elif isinstance(value, datetime):
            stand_in = datetime(1971, 1, 1, 0, 0, n % 60, 123_457 + n, tzinfo=UTC)
        else:
            raise TypeError(f"{name}: pass numbers, text or datetimes, not {value!r}")
        self.made[prepared(stand_in)] = (name, index)
        return stand_in

    def slots(self, params: list) -> list[tuple[int, str, int | None]]:
        """Return where each value goes among params; refuse values the ORM changed."""
        slots = []
        for position, param in enumerate(params):
            try:
                found = self.made.get(param)
            except TypeError:  # an unhashable parameter is the shape's own
                continue
            if found is not None:
                slots.append((position, *found))
        missing = set(self.made.values()) - {(name, index) for _, name, index in slots}
        if missing:
            names = ", ".join(sorted({name for name, _ in missing}))
            raise ValueError(f"the query changes or drops these values, so cannot reuse: {names}")
        return slots
