"""Public pages. Every queryset starts from Article.objects.published()."""

from urllib.parse import urlencode

from django.core.paginator import Page
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import DetailView, MonthArchiveView, TemplateView

from articles.caching import CachedPageMixin
from articles.cards import LATEST_PAGE, TAGGED_PAGE, card_rows, cards, page_of, page_rows
from articles.filters import (
    TOPICS_AT_MOST,
    ArticleFilter,
    exact_filters,
    facets,
    filtered_page,
    form_inputs,
    published_months,
    topics_ignored,
)
from articles.filters_in_use import filters_in_use
from articles.memo import memoised
from articles.models import Article, Organization, Person, Place, Program
from articles.reads import (
    latest_rows,
    partners_of,
    people_of,
    public_record,
    quotes_of,
    tag_with_slug,
)
from articles.related import related_articles
from articles.roles import current_and_earlier, roles_of
from articles.search import PAGE_SIZE, search_articles
from articles.search_syntax import parse_query
from articles.story import published_story
from articles.structured_data import as_json_ld, news_article_data, person_data


class ArticleListView(CachedPageMixin, TemplateView):
    """Home: the latest published articles, filtered by GET parameters, with facet counts.

    The total, the facet counts and the months scan every matching article, so they are
    memoised per filter under the content version (articles/memo.py). A page of cards is
    a Statement when the filters allow (none, or exact ones only), so most pages build no
    filter set at all. Filters that do not validate match nothing, as django-filter's
    strict FilterView has it.
    """

    template_name = "articles/article_list.html"
    query_parameters = (*ArticleFilter.base_filters, "page")
    paginate_by = 20

    def get_context_data(self, **kwargs):
        key = self.filter_query
        count = memoised(f"count:list:{key}", lambda: self.articles.count())
        page = page_of(self.request, count, self.paginate_by)
        counted = memoised(f"facets:{key}", lambda: facets(self.articles))
        # A facet's link keeps the other filters: "?{facet_query}{param}={slug}".
        return super().get_context_data(
            cards=cards(self.page_card_rows(page)),
            paginator=page.paginator,
            page_obj=page,
            facets=counted,
            in_use=filters_in_use(self.request.GET, counted) if key else [],
            topics_ignored=topics_ignored(self.request.GET.getlist("tag")),
            topics_at_most=TOPICS_AT_MOST,
            facet_query=f"{key}&" if key else "",
            months=memoised("months", published_months),
            filter_inputs=form_inputs(),
            canonical_parameters=self.query_parameters,  # newsroom/templating.py
            **kwargs,
        )

    def page_card_rows(self, page: Page) -> list[tuple]:
        if not page.paginator.count:
            return []
        if not self.filter_query:
            return page_rows(page, LATEST_PAGE)
        if exact := exact_filters(self.request.GET):
            return page_rows(page, filtered_page(tuple(sorted(exact))), **exact)
        return card_rows(self.articles[page.start_index() - 1 : page.end_index()])

    @cached_property
    def articles(self):
        """The published articles the filters match (a queryset, built when needed)."""
        articles = Article.objects.published()
        if not self.filter_query:
            return articles
        filterset = ArticleFilter(self.request.GET, queryset=articles)
        return filterset.qs if filterset.is_valid() else articles.none()

    @cached_property
    def filter_query(self) -> str:
        """Return the filter parameters in one order, so equal filters share memos."""
        pairs = ((k, v) for k, values in self.request.GET.lists() if k != "page" for v in values)
        return urlencode(sorted(pairs))


class ArticleMonthView(CachedPageMixin, MonthArchiveView):
    template_name = "articles/article_archive_month.html"
    query_parameters = ("page",)
    date_field = "published_at"
    month_format = "%m"
    paginate_by = 20
    allow_empty = False

    def get_queryset(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return {**context, "cards": cards(card_rows(context["page_obj"].object_list))}


class ArticleDetailView(CachedPageMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        self.story = published_story(self.kwargs["slug"])
        if self.story is None:
            raise Http404("No published article with this address.")
        return self.story.article

    def get_context_data(self, **kwargs):
        story = self.story
        # Ranked over the articles around it in time: an aggregate, memoised like facets.
        related = memoised(f"related:{story.article.pk}", lambda: related_articles(story))
        data = news_article_data(story, self.request.build_absolute_uri)
        return super().get_context_data(
            story=story,
            related=related,
            structured_data=as_json_ld(data),
            **kwargs,
        )


class EntityDetailView(CachedPageMixin, DetailView):
    """A person, programme, organisation or place with its newest published articles."""

    filter_param = ""  # the article list's filter for this kind of record

    def get_object(self, queryset=None):
        found = public_record(self.model, self.article_lookup, self.kwargs["slug"])
        if found is None:
            raise Http404(f"No public {self.model._meta.verbose_name} with this address.")
        return found

    @cached_property
    def latest(self) -> list[tuple]:
        """The card rows of the record's newest articles, which the page lists."""
        return latest_rows(self.article_lookup, self.object.pk)

    def get_context_data(self, **kwargs):
        more_url = f"{reverse('articles:article-list')}?{self.filter_param}={self.object.slug}"
        return super().get_context_data(cards=cards(self.latest), more_url=more_url, **kwargs)


class PersonDetailView(EntityDetailView):
    model = Person
    article_lookup = "persons"
    filter_param = "person"
    template_name = "articles/person_detail.html"

    def get_context_data(self, **kwargs):
        url = self.request.build_absolute_uri(self.object.get_absolute_url())
        kwargs["structured_data"] = as_json_ld(person_data(self.object, url))
        # Every role the archive gives the person: an aggregate over it all, so memoised.
        roles = memoised(f"person-roles:{self.object.pk}", lambda: roles_of(self.object))
        current_roles, earlier_roles = current_and_earlier(roles)
        return super().get_context_data(
            roles=roles,
            current_roles=current_roles,
            earlier_roles=earlier_roles,
            quotes=self.quotes(),
            programs=self.programs(),
            **kwargs,
        )

    def quotes(self):
        """Return what the person says in the articles the page lists."""
        return quotes_of(self.object, [row[0] for row in self.latest])

    def programs(self) -> list[Program]:
        """Return every programme of the person's articles (a scan, so memoised)."""

        def every_programme():
            published = Article.objects.published().filter(persons=self.object)
            return list(Program.objects.filter(articles__in=published).distinct())

        return memoised(f"person-programmes:{self.object.pk}", every_programme)


class ProgramDetailView(EntityDetailView):
    model = Program
    shows_today = True  # where the programme stands today
    article_lookup = "programs"
    filter_param = "programme"
    template_name = "articles/program_detail.html"

    def get_context_data(self, **kwargs):
        pk = self.object.pk
        return super().get_context_data(
            people=people_of(pk),
            partners=partners_of(pk),
            standing=self.object.standing_on(timezone.localdate()),
            **kwargs,
        )


class OrganizationDetailView(EntityDetailView):
    model = Organization
    article_lookup = "organizations"
    filter_param = "organisation"
    template_name = "articles/entity_detail.html"


class PlaceDetailView(EntityDetailView):
    model = Place
    article_lookup = "places"
    filter_param = "place"
    template_name = "articles/entity_detail.html"


class TagDetailView(CachedPageMixin, TemplateView):
    """A topic and its published articles, a page at a time (the total memoised)."""

    template_name = "articles/tag_detail.html"
    query_parameters = ("page",)
    paginate_by = 20

    def get_context_data(self, **kwargs):
        tag = tag_with_slug(self.kwargs["slug"])
        if tag is None:
            raise Http404("No topic with this address.")
        count = memoised(
            f"count:tag:{tag.pk}", lambda: Article.objects.published().filter(tags=tag).count()
        )
        page = page_of(self.request, count, self.paginate_by)
        return super().get_context_data(
            tag=tag,
            paginator=page.paginator,
            page_obj=page,
            cards=cards(page_rows(page, TAGGED_PAGE, tag=tag.pk)),
            **kwargs,
        )


class SearchView(CachedPageMixin, TemplateView):
    """Ranked results, PAGE_SIZE a page; one more is fetched to know if a next page exists.

    Ranking scores every matching article, so a page of results is memoised per query
    (as search_articles reads it) like the other aggregates.
    """

    template_name = "articles/search.html"
    query_parameters = ("q", "page")

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:200]
        page = results_page(self.request.GET.get("page", ""))
        offset = (page - 1) * PAGE_SIZE
        found = []
        if parsed := parse_query(query):
            found = memoised(
                f"search:{offset}:{parsed.key}",
                lambda: search_articles(query, limit=PAGE_SIZE + 1, offset=offset),
            )
        hits = found[:PAGE_SIZE]
        return super().get_context_data(
            canonical_parameters=self.query_parameters,
            query=query,
            hits=hits,
            page=page,
            first=offset + 1,
            last=offset + len(hits),
            has_next=len(found) > PAGE_SIZE,
            **kwargs,
        )


def results_page(value: str) -> int:
    """Return the page of results asked for: a number from 1 to 1000 in ASCII digits,
    else 1 (int() takes other digits, "²" among them, and refuses over 4300 of them)."""
    if value.isascii() and value.isdigit() and len(value) <= 4 and 0 < int(value) <= 1000:
        return int(value)
    return 1
