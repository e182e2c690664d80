"""Pages of results with stable links: a cursor over time for articles and quotes (new
articles never shift a page), numbered pages over names for records."""

from rest_framework.pagination import CursorPagination, PageNumberPagination


class NewestFirst(CursorPagination):
    ordering = ("-published_at", "-id")
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class QuotesNewestFirst(NewestFirst):
    ordering = ("-published_at", "-id")  # the article's, annotated on each quote


class ByName(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
