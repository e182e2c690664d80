"""Admin forms: the article form with its edit lock and status rules, and action forms."""

from django import forms
from django.contrib.admin.widgets import AdminURLFieldWidget
from django.utils import timezone

from articles import locking
from articles.models import Article, Quote

NOT_A_PUBLISHER = "Only editors can publish or archive articles; choose Draft or In review."


class ArticleAdminForm(forms.ModelForm):
    """Carries the version it was loaded with and offers only the statuses the user may set.

    ArticleAdmin.get_form sets `status_choices` for the user editing, and on a revert
    `initial_links`: the tags, programmes, organisations and places of that version.
    """

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # An address typed without its scheme is a web one: https, as Django 6 will assume.
    source_url = Article._meta.get_field("source_url").formfield(
        assume_scheme="https", widget=AdminURLFieldWidget
    )
    status_choices: list[tuple[str, str]] | None = None
    initial_links: dict = {}

    class Meta:
        model = Article
        fields = [
            *("title", "slug", "standfirst", "body", "dateline", "status", "published_at"),
            *("tags", "programs", "organizations", "places"),
            *("source_outlet", "source_url", "source_published", "source_published_has_time"),
            *("source_authors", "source_language"),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.update(self.initial_links)
        self.fields["loaded_version"].initial = self.instance.version
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Left empty, it is made from the title."
        status = self.fields.get("status")
        if status is not None and self.status_choices is not None:
            status.choices = self.status_choices
            status.error_messages["invalid_choice"] = NOT_A_PUBLISHER

    def clean_source_authors(self):
        # An emptied box means no authors; the form field would give None, not a list.
        return self.cleaned_data.get("source_authors") or []

    def clean_standfirst(self):
        return normalise_newlines(self.cleaned_data["standfirst"])

    def clean_body(self):
        return normalise_newlines(self.cleaned_data["body"])

    def clean_published_at(self):
        # The widget shows whole seconds: an unchanged time keeps its microseconds,
        # so saving does not record a change nobody made.
        value, stored = self.cleaned_data["published_at"], self.instance.published_at
        if value and stored and value == stored.replace(microsecond=0):
            return stored
        return value

    def clean(self):
        cleaned = super().clean()
        publishing = cleaned.get("status") == Article.Status.PUBLISHED
        if publishing and "published_at" in self.fields and not cleaned.get("published_at"):
            # Before model validation, which checks that published articles have a date.
            cleaned["published_at"] = timezone.now()
        if self.instance.pk is not None:
            loaded = cleaned.get("loaded_version") or self.instance.version
            conflict = locking.find_conflict(article_id=self.instance.pk, loaded_version=loaded)
            if conflict is not None:
                raise forms.ValidationError(conflict.message(), code="edit_conflict")
        return cleaned


class QuoteForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = ["text", "speaker", "position", "is_fragment"]

    def clean_text(self):
        return normalise_newlines(self.cleaned_data["text"])


def normalise_newlines(text: str) -> str:
    """Return text with the browser's CRLF line ends as LF, as the importer writes them.

    Article.paragraphs splits on blank lines ("\n\n"), which CRLF text never contains.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TagNameForm(forms.Form):
    name = forms.CharField(label="Tag", max_length=100, strip=True)


class RecordChoiceField(forms.ModelChoiceField):
    """Label each record with what helps choose: its articles and other names."""

    def label_from_instance(self, obj):
        parts = [str(obj)]
        if getattr(obj, "article_count", None) is not None:
            parts.append(f"{obj.article_count} article(s)")
        if getattr(obj, "aliases", None):
            parts.append("also " + "; ".join(obj.aliases))
        if getattr(obj, "needs_review", False):
            parts.append("not yet reviewed")
        return " · ".join(parts)


class SurvivorForm(forms.Form):
    """Pick, among the selected records, the one the others are merged into."""

    survivor = RecordChoiceField(
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="The others are merged into it and deleted; their names become its aliases.",
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = queryset
        if not self.is_bound:
            # Suggest the record most articles already use.
            most_used = max(queryset, key=lambda obj: getattr(obj, "article_count", 0))
            self.fields["survivor"].initial = most_used.pk
