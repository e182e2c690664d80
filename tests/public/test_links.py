"""Every link a reader can follow from the home page leads to a page: every page
without a query string is crawled, and each link on it fetched."""

import html
import re
from collections import deque

import pytest

from tests.factories import make_article, make_organization, make_person, make_place, make_program

pytestmark = pytest.mark.django_db

HREF = re.compile(r'href="([^"]*)"')
VISITS = 1000  # a bound on the crawl, which must finish below it


def links(page: str) -> list[str]:
    """Return the site's own addresses a page links to, without fragments."""
    found = (html.unescape(href).split("#")[0] for href in HREF.findall(page))
    return [href for href in found if href.startswith(("/", "?"))]


def test_every_link_from_the_home_page_leads_to_a_page(client):
    minister, speaker = make_person("Awa Ndiaye"), make_person("Quoted Only")
    program = make_program("Safe Borders Programme", acronym="SBP", phase=2)
    program.partners.add(make_organization("Partner Agency"))
    for n in range(3):
        make_article(
            f"Border talks {n}",
            dateline=make_place(f"Dateline Only {n}"),  # not among the article's places
            persons=((minister, "Minister"),),
            quotes=((minister, "We will act"), (speaker, "So will we")),
            programs=(program,),
            organizations=(make_organization(f"Agency {n}"),),
            places=(make_place(f"Kaolack {n}"),),
            tags=("border security", f"topic {n}"),
        )

    seen, queue, fetched, broken = {"/"}, deque(["/"]), 0, []
    while queue and fetched < VISITS:
        url = queue.popleft()
        response = client.get(url)
        fetched += 1
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        if "?" in url or not response["Content-Type"].startswith("text/html"):
            continue  # a filtered list's facet links combine filters without end
        path = url.split("?")[0]
        for link in links(response.content.decode()):
            address = path + link if link.startswith("?") else link
            if address not in seen and not address.startswith(("/admin/", "/static/")):
                seen.add(address)
                queue.append(address)

    assert broken == []
    assert not queue, f"{len(queue)} links left unvisited after {fetched} pages"
    visited = seen - set(queue)
    assert any(url.startswith("/people/") for url in visited)  # past the lists
    assert any(url.startswith("/feeds/") for url in visited)
