"""The admin index's review queue: entities the importer created that nobody confirmed."""

from django import template
from django.urls import reverse

from articles.models import Organization, Person, Place, Program

register = template.Library()

KINDS = [
    (Person, "person", "people"),
    (Program, "programme", "programmes"),
    (Organization, "organisation", "organisations"),
    (Place, "place", "places"),
]


@register.inclusion_tag("admin/articles/review_queue.html", takes_context=True)
def review_queue(context):
    """Count, per kind the user may see, the records waiting for review, with links."""
    user = context["request"].user
    waiting = []
    for model, singular, plural in KINDS:
        if not user.has_perm(f"articles.view_{model._meta.model_name}"):
            continue
        count = model.objects.needing_review().count()
        if count:
            url = reverse(f"admin:articles_{model._meta.model_name}_changelist")
            label = f"{count} {singular if count == 1 else plural}"
            waiting.append({"label": label, "url": f"{url}?needs_review__exact=1"})
    return {"waiting": waiting}
