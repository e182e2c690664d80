"""Intermediate pages for admin actions that need an answer first (a tag, a survivor)."""

from django.contrib.admin import helpers
from django.template.response import TemplateResponse

from articles.admin.forms import SurvivorForm

SUBMIT = "apply"


def action_form(request, form_class, **kwargs):
    """Return the action's form, bound to the POST once its own page was submitted."""
    if SUBMIT in request.POST:
        return form_class(request.POST, **kwargs)
    return form_class(**kwargs)


def action_page(modeladmin, request, queryset, *, form, title: str, intro: str, submit: str):
    """Render the form that asks for the action's answer, re-posting the selection."""
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "intro": intro,
        "submit_label": submit,
        "submit_name": SUBMIT,
        "form": form,
        "objects": queryset,
        # A form choosing among the selection lists it already.
        "list_objects": not isinstance(form, SurvivorForm),
        "opts": modeladmin.model._meta,
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, "admin/articles/action_form.html", context)
