"""How each public record reads in the API: plain JSON, links to the API and the page.

Related records are nested as small summaries (name, slug, page and API addresses),
read from prefetched rows, so a page of items costs the same queries however long.
"""

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse
from taggit.models import Tag

from articles.api.fields import SelectableFieldsMixin
from articles.models import Article, Organization, Person, Place, Program, Quote


class RecordSummary(serializers.Serializer):
    """A person, programme, organisation, place or topic as another record names it."""

    name = serializers.SerializerMethodField()
    slug = serializers.SlugField()
    api_url = serializers.SerializerMethodField()

    route = ""  # the API route of the record's detail

    def get_name(self, obj) -> str:
        return str(obj)

    def get_api_url(self, obj) -> str | None:
        """Return the record's API address; None when it has none (a partner no
        published article names: the queryset says so in `is_public_record`)."""
        if not getattr(obj, "is_public_record", True):
            return None
        return reverse(self.route, args=[obj.slug], request=self.context.get("request"))


def summary(route_name: str) -> type[RecordSummary]:
    return type(
        f"{route_name.title()}Summary", (RecordSummary,), {"route": f"api:{route_name}-detail"}
    )


PersonSummary = summary("person")
ProgramSummary = summary("program")
OrganizationSummary = summary("organization")
PlaceSummary = summary("place")
TopicSummary = summary("topic")


class PageUrlMixin(serializers.Serializer):
    web_url = serializers.SerializerMethodField(help_text="The public page.")

    def get_web_url(self, obj) -> str:
        request = self.context.get("request")
        url = obj.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


class ArticleListSerializer(SelectableFieldsMixin, PageUrlMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:article-detail", lookup_field="slug"
    )
    dateline = PlaceSummary(allow_null=True)
    topics = TopicSummary(source="tags", many=True)

    class Meta:
        model = Article
        fields = [
            "slug",
            "title",
            "standfirst",
            "published_at",
            "dateline",
            "topics",
            "api_url",
            "web_url",
        ]


class MentionSerializer(serializers.Serializer):
    person = PersonSummary()
    role = serializers.CharField()


class SpeakerSchema(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField(allow_null=True)
    api_url = serializers.CharField(allow_null=True)


@extend_schema_field(SpeakerSchema(allow_null=True))
class SpeakerField(serializers.Field):
    """A quote's speaker: a summary when their page is public (the queryset says so in
    `speaker_public`), else their name alone, so no link leads to a 404."""

    def to_representation(self, quote):
        if quote.speaker is None:
            return None
        if not quote.speaker_public:
            return {"name": quote.speaker.name, "slug": None, "api_url": None}
        return PersonSummary(quote.speaker, context=self.context).data


class QuoteInArticleSerializer(serializers.Serializer):
    text = serializers.CharField()
    speaker = SpeakerField(source="*")
    is_fragment = serializers.BooleanField()


class SourceSerializer(serializers.Serializer):
    url = serializers.CharField(source="source_link")
    outlet = serializers.CharField(source="source_outlet")
    authors = serializers.ListField(source="source_authors", child=serializers.CharField())
    published = serializers.SerializerMethodField()
    language = serializers.CharField(source="source_language")

    def get_published(self, obj) -> str | None:
        value = obj.source_published_as_read
        return None if value is None else value.isoformat()


class ArticleDetailSerializer(ArticleListSerializer):
    paragraphs = serializers.ListField(child=serializers.CharField(), read_only=True)
    updated_at = serializers.DateTimeField()
    source = SourceSerializer(source="*")
    people = MentionSerializer(source="mentions", many=True)
    programmes = ProgramSummary(source="programs", many=True)
    organisations = OrganizationSummary(source="organizations", many=True)
    places = PlaceSummary(many=True)
    quotes = QuoteInArticleSerializer(many=True)

    class Meta(ArticleListSerializer.Meta):
        fields = [
            *ArticleListSerializer.Meta.fields,
            "updated_at",
            "paragraphs",
            "source",
            "people",
            "programmes",
            "organisations",
            "places",
            "quotes",
        ]


class EntitySerializer(SelectableFieldsMixin, PageUrlMixin, serializers.ModelSerializer):
    api_url = serializers.SerializerMethodField()
    articles_url = serializers.SerializerMethodField(help_text="Its articles, newest first.")

    route = ""  # "person", "program"...
    article_filter = ""  # the article list's filter parameter for this kind

    def get_api_url(self, obj) -> str:
        return reverse(
            f"api:{self.route}-detail", args=[obj.slug], request=self.context.get("request")
        )

    def get_articles_url(self, obj) -> str:
        url = reverse("api:article-list", request=self.context.get("request"))
        return f"{url}?{self.article_filter}={obj.slug}"


class PersonSerializer(EntitySerializer):
    route, article_filter = "person", "person"

    class Meta:
        model = Person
        fields = ["slug", "name", "aliases", "api_url", "web_url", "articles_url"]


class RoleSerializer(serializers.Serializer):
    role = serializers.CharField()
    first_seen = serializers.DateTimeField()
    last_seen = serializers.DateTimeField()
    articles = serializers.IntegerField()


class QuoteSummarySerializer(serializers.Serializer):
    text = serializers.CharField()
    article = serializers.SerializerMethodField()

    def get_article(self, obj) -> str:
        return obj.article.slug


class PersonDetailSerializer(PersonSerializer):
    roles = RoleSerializer(many=True, read_only=True, help_text="Roles over time, latest first.")
    quotes = QuoteSummarySerializer(source="recent_quotes", many=True, read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "bio", "roles", "quotes"]


class ProgramSerializer(EntitySerializer):
    route, article_filter = "program", "programme"
    standing = serializers.SerializerMethodField()
    partners = OrganizationSummary(many=True)

    class Meta:
        model = Program
        fields = [
            "slug",
            "name",
            "acronym",
            "phase",
            "description",
            "starts_on",
            "ends_on",
            "standing",
            "focus_areas",
            "partners",
            "api_url",
            "web_url",
            "articles_url",
        ]

    def get_standing(self, obj) -> str | None:
        standing = obj.standing_on(timezone.localdate())
        return standing.value if standing else None


class OrganizationSerializer(EntitySerializer):
    route, article_filter = "organization", "organisation"

    class Meta:
        model = Organization
        fields = ["slug", "name", "acronym", "aliases", "api_url", "web_url", "articles_url"]


class PlaceSerializer(EntitySerializer):
    route, article_filter = "place", "place"

    class Meta:
        model = Place
        fields = ["slug", "name", "kind", "aliases", "api_url", "web_url", "articles_url"]


class TopicSerializer(SelectableFieldsMixin, serializers.ModelSerializer):
    api_url = serializers.SerializerMethodField()
    articles_url = serializers.SerializerMethodField()
    web_url = serializers.SerializerMethodField()

    class Meta:
        model = Tag
        fields = ["slug", "name", "api_url", "web_url", "articles_url"]

    def get_api_url(self, obj) -> str:
        return reverse("api:topic-detail", args=[obj.slug], request=self.context.get("request"))

    def get_web_url(self, obj) -> str:
        return reverse("articles:tag-detail", args=[obj.slug], request=self.context.get("request"))

    def get_articles_url(self, obj) -> str:
        return f"{reverse('api:article-list', request=self.context.get('request'))}?tag={obj.slug}"


class QuoteSerializer(SelectableFieldsMixin, serializers.ModelSerializer):
    speaker = SpeakerField(source="*")
    article = serializers.SerializerMethodField()
    published_at = serializers.DateTimeField(help_text="When its article was published.")

    class Meta:
        model = Quote
        fields = ["id", "text", "is_fragment", "speaker", "article", "published_at"]

    def get_article(self, obj) -> dict:
        request = self.context.get("request")
        return {
            "title": obj.article.title,
            "slug": obj.article.slug,
            "api_url": reverse("api:article-detail", args=[obj.article.slug], request=request),
        }


class SearchHitSerializer(serializers.Serializer):
    article = ArticleListSerializer()
    rank = serializers.FloatField()
    snippet_html = serializers.CharField(source="snippet", help_text="Matches in <mark>.")


class SearchResultsSerializer(serializers.Serializer):
    query = serializers.CharField()
    page = serializers.IntegerField()
    has_next = serializers.BooleanField()
    results = SearchHitSerializer(many=True)
