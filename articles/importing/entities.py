"""Find or create the people, places, organisations and programmes a file names.

Each is matched through the resolver first and created only when nothing matches, so
names editors merged or renamed never come back; a record's values are filled in only
where they are blank, so an editor's values are never overwritten. A new record keeps
the extractor's evidence (the sentence, the cue, the confidence), and only one whose
confidence is below NEWSROOM_IMPORT_REVIEW_BELOW is flagged for review.
Mixed into ArticleLoader, which provides `resolver`, `save()` and the run's caches.
"""

from dataclasses import replace

from django.conf import settings

from articles.importing.records import Evidence
from articles.models import Organization, Person, Place, Program

NO_EVIDENCE = "the extractor gave no evidence"


def review_fields(evidence: Evidence | None) -> dict:
    """Return a new record's review flag and what the editor reviewing it reads."""
    if evidence is None:
        return {"needs_review": True, "review_reason": NO_EVIDENCE}
    return {
        "needs_review": evidence.confidence < settings.NEWSROOM_IMPORT_REVIEW_BELOW,
        "review_reason": evidence.cue[:200],
        "evidence": evidence.sentence[:2000],
        "confidence": round(evidence.confidence, 2),
    }


class EntityWriter:
    """Return each record as a primary key: most are found in the resolver's index
    without a query, and links need nothing more."""

    def person(self, record) -> int:
        pk = self.resolver.find(Person, record.name)
        for variant in record.variants:
            pk = pk or self.resolver.find(Person, variant)
        if pk is None:
            person = Person(
                name=record.name, aliases=list(record.variants), **review_fields(record.evidence)
            )
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
            place = Place(name=record.name, kind=record.kind, **review_fields(record.evidence))
            self.save(place)
            pk = place.pk
        return pk

    def organization(
        self, name: str, acronym: str | None = None, evidence: Evidence | None = None
    ) -> int:
        pk = self.resolver.find_organization(name, acronym)
        if pk is None:
            organization = Organization(name=name, acronym=acronym or "", **review_fields(evidence))
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
            program = Program(name=record.name, **review_fields(record.evidence))
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
                evidence = partner_evidence(record)
                program.partners.set(
                    [self.organization(n, evidence=evidence) for n in record.partners]
                )
            self.with_partners.add(program.pk)
        return program.pk


def partner_evidence(record) -> Evidence | None:
    """Return the evidence for a programme's partner: the programme's, as its partner."""
    if record.evidence is None:
        return None
    return replace(record.evidence, cue=f"named as a partner of {record.name}")


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
