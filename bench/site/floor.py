"""The second floor: a bare Django view rendering the home page's template work, no queries.

Its context is what the home page's view hands its template at N = 10,000 (20 cards of
three people and two topics, 40 facet entries), built from constants; its template
(bench/site/jinja2/floor_cards.html) renders them with the site's own base, card and
facet templates. A page's time over the floor's is then what its data costs.
"""

from django.views.generic import TemplateView

from articles.cards import Card

STANDFIRST = "Talks on borders and trade continued."


def card(n: int) -> Card:
    """Return the nth card as cards() builds one: its links, date and names, as text."""
    return Card(
        title=f"Story {n}: border talks in town {n % 50}",
        url=f"/articles/story-{n}/",
        dateline=f"Town {n % 50}",
        iso="2026-11-28T09:00:00+00:00",
        date="28 November 2026",
        standfirst=STANDFIRST,
        people=[(f"Awa Ndiaye {k}", f"/people/awa-ndiaye-{k}/") for k in (1, n + 7, n + 90)],
        tags=[("borders", "/tags/borders/"), ("trade", "/tags/trade/")],
    )


def entries(name: str, slug: str, count: int) -> list[dict]:
    """Return count facet entries as facets() builds them: name, slug and a count."""
    return [{"name": f"{name} {n}", "slug": f"{slug}-{n}", "n": 500 - n} for n in range(count)]


class FloorCardsView(TemplateView):
    template_name = "floor_cards.html"

    def get_context_data(self, **kwargs):
        facets = {
            "tag": entries("topic", "topic", 4),
            "person": entries("Awa Ndiaye", "awa-ndiaye", 12),
            "programme": entries("Border Programme", "border-programme", 12),
            "organisation": [],
            "place": entries("Town", "town", 12),
        }
        cards = [card(n) for n in range(1, 21)]
        return super().get_context_data(cards=cards, facets=facets, facet_query="", **kwargs)
