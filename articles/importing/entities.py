"""Find or create the people, places, organisations and programmes a file names.

Each is matched through the resolver first and created (flagged for review) only when
nothing matches, so names editors merged or renamed never come back; a record's values
are filled in only where they are blank, so an editor's values are never overwritten.
Mixed into ArticleLoader, which provides `resolver`, `save()` and the run's caches.
"""

from articles.models import Organization, Person, Place, Program


class EntityWriter:
    """Return each record as a primary key: most are found in the resolver's index
    without a query, and links need nothing more."""

    def person(self, record) -> int:
        pk = self.resolver.find(Person, record.name)
        for variant in record.variants:
            pk = pk or self.resolver.find(Person, variant)
        if pk is None:
            person = Person(name=record.name, aliases=list(record.variants), needs_review=True)
            self.save(person)
            return person.pk
        new = [n for n in (record.name, *record.variants) if not self.resolver.knows(Person, n, pk)]
        if new:
            person = Person.objects.get(pk=pk)
            person.aliases = [*person.aliases, *new]
            self.save(person)
        return pk

    def place(self, record) -> int:
        pk = self.resolver.find(Place, record.name)
        if pk is None:
            place = Place(name=record.name, kind=record.kind, needs_review=True)
            self.save(place)
            pk = place.pk
        return pk

    def organization(self, name: str, acronym: str | None = None) -> int:
        pk = self.resolver.find_organization(name, acronym)
        if pk is None:
            organization = Organization(name=name, acronym=acronym or "", needs_review=True)
            self.save(organization)
            pk = organization.pk
        return pk

    def program(self, record) -> int:
        pk = self.resolver.find(Program, record.name, phase=record.phase)
        if pk is None and record.acronym:
            pk = self.resolver.find(Program, record.acronym, phase=record.phase)
        facts = {
            "phase": record.phase,
            "acronym": record.acronym or "",
            "starts_on": record.starts_on,
            "ends_on": record.ends_on,
            "focus_areas": list(record.focus_areas),
        }
        if pk is None:
            program = Program(name=record.name, needs_review=True)
            fill_blanks(program, **facts)
            self.save(program)
        else:
            # The run's copy says whether anything may be blank; what is written is decided
            # on a fresh one, so an editor's values set meanwhile are never overwritten.
            program = self.programs.get(pk) or Program.objects.get(pk=pk)
            if blanks(program, **facts):
                program = Program.objects.get(pk=pk)
                if changed := fill_blanks(program, **facts):
                    self.save(program, fields=[*changed, "key", "updated_at"])
        self.programs[program.pk] = program
        if record.partners and program.pk not in self.with_partners:
            if not program.partners.exists():
                program.partners.set([self.organization(name) for name in record.partners])
            self.with_partners.add(program.pk)
        return program.pk


def blanks(instance, **values) -> list[str]:
    """Return the fields that are empty on instance and have a value to fill them."""
    return [
        name
        for name, value in values.items()
        if value not in (None, "", []) and getattr(instance, name) in (None, "", [])
    ]


def fill_blanks(instance, **values) -> list[str]:
    """Set the fields that are still empty and return their names; an editor's values are
    never overwritten."""
    changed = blanks(instance, **values)
    for name in changed:
        setattr(instance, name, values[name])
    return changed
