from django.db import models
from django.utils.text import slugify


def slug_base(text: str, *, max_length: int = 200) -> str:
    """Return the slug text gets when no other row has it (room is left for a suffix)."""
    return slugify(text)[: max_length - 8].strip("-") or "item"


def unique_slug(instance: models.Model, text: str, *, max_length: int = 200) -> str:
    """Return a slug for text that no other row of the instance's model uses."""
    base = slug_base(text, max_length=max_length)
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    if not others.filter(slug=base).exists():
        return base  # the usual case, answered by the unique index
    taken = set(others.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
