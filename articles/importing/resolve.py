"""Match extracted names to the records already in the database (reads only).

Each kind is indexed once per run by its folded name and folded aliases, so names an
editor renamed or merged away keep pointing at the surviving record. People are also
indexed by first and last name, so 'Jean B. Tine' finds 'Jean Baptiste Tine' when no
other person shares that first and last name.
"""

from collections import defaultdict

from taggit.models import Tag

from articles.models import Organization, Person, Place, Program
from articles.models.entities import program_key
from articles.text import fold_key


def first_last(key: str) -> str | None:
    """Return 'first last' of a folded person key: 'jean b tine' -> 'jean tine'."""
    parts = key.split()
    return f"{parts[0]} {parts[-1]}" if len(parts) > 1 else None


class KindIndex:
    """Folded name, alias (and acronym) -> id for one kind of record."""

    extra_fields: tuple[str, ...] = ()

    def __init__(self, model):
        self.model = model
        self.ids: dict[str, int] | None = None
        self.first_last: dict[str, set[int]] = defaultdict(set)

    def load(self) -> None:
        self.ids, self.first_last = {}, defaultdict(set)
        for row in self.model.objects.values_list("pk", "key", "aliases", *self.extra_fields):
            self.add(*row)

    def alias_keys(self, aliases: list[str], *extra) -> list[str]:
        return [fold_key(alias) for alias in aliases or ()]

    def add(self, pk: int, key: str, aliases: list[str], *extra) -> None:
        alias_keys = self.alias_keys(aliases, *extra)
        self.ids[key] = pk  # a record's own name wins over another's alias
        for alias_key in alias_keys:
            self.ids.setdefault(alias_key, pk)
        if self.model is Person:
            for name_key in [key, *alias_keys]:
                if short := first_last(name_key):
                    self.first_last[short].add(pk)

    def find(self, key: str) -> int | None:
        if self.ids is None:
            self.load()
        if key in self.ids:
            return self.ids[key]
        if self.model is Person:
            candidates = self.first_last.get(first_last(key) or "", set())
            if len(candidates) == 1:
                return next(iter(candidates))
        return None


class OrganizationIndex(KindIndex):
    extra_fields = ("acronym",)

    def alias_keys(self, aliases, acronym=""):
        return [*super().alias_keys(aliases), *([fold_key(acronym)] if acronym else [])]


class ProgramIndex(KindIndex):
    extra_fields = ("phase", "acronym")

    def alias_keys(self, aliases, phase=None, acronym=""):
        names = [*(aliases or ()), *([acronym] if acronym else [])]
        return [program_key(name, phase) for name in names]


class EntityResolver:
    """Find existing people, organisations, places and programmes for extracted names."""

    def __init__(self):
        self.indexes = {
            Person: KindIndex(Person),
            Organization: OrganizationIndex(Organization),
            Place: KindIndex(Place),
            Program: ProgramIndex(Program),
        }

        self.tags: dict[str, int] = {}

    def reset(self) -> None:
        """Forget everything; called after a rolled-back transaction."""
        for index in self.indexes.values():
            index.ids = None
        self.tags = {}

    def tag_id(self, name: str) -> int:
        """Return the id of the topic tag called name (any case), creating it if needed."""
        key = name.casefold()
        if key not in self.tags:
            tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
            self.tags[key] = tag.pk
        return self.tags[key]

    def find(self, model, name: str, *, phase: int | None = None) -> int | None:
        key = program_key(name, phase) if model is Program else fold_key(name)
        return self.indexes[model].find(key)

    def knows(self, model, name: str, pk: int) -> bool:
        """Return whether name already resolves to the record pk (no alias to add)."""
        return self.find(model, name) == pk

    def find_organization(self, name: str, acronym: str | None) -> int | None:
        found = self.find(Organization, name)
        if found is None and acronym:
            found = self.find(Organization, acronym)
        return found

    def remember(self, instance) -> None:
        index = self.indexes[type(instance)]
        if index.ids is None:
            index.load()
        else:
            extra = [getattr(instance, field) for field in index.extra_fields]
            index.add(instance.pk, instance.key, instance.aliases, *extra)
