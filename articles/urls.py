from django.urls import path

from articles import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("programmes/<slug:slug>/", views.ProgramDetailView.as_view(), name="program-detail"),
    path(
        "organisations/<slug:slug>/",
        views.OrganizationDetailView.as_view(),
        name="organization-detail",
    ),
    path("places/<slug:slug>/", views.PlaceDetailView.as_view(), name="place-detail"),
    path("tags/<slug:slug>/", views.TagDetailView.as_view(), name="tag-detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("archive/<int:year>/<int:month>/", views.ArticleMonthView.as_view(), name="archive-month"),
    path("feeds/rss/", feeds.LatestArticlesFeed(), name="feed-rss"),
    path("feeds/atom/", feeds.atom(feeds.LatestArticlesFeed)(), name="feed-atom"),
    path("feeds/tags/<slug:slug>/rss/", feeds.TagFeed(), name="tag-feed-rss"),
    path("feeds/tags/<slug:slug>/atom/", feeds.atom(feeds.TagFeed)(), name="tag-feed-atom"),
    path("feeds/people/<slug:slug>/rss/", feeds.PersonFeed(), name="person-feed-rss"),
    path("feeds/people/<slug:slug>/atom/", feeds.atom(feeds.PersonFeed)(), name="person-feed-atom"),
    path("feeds/programmes/<slug:slug>/rss/", feeds.ProgramFeed(), name="program-feed-rss"),
    path(
        "feeds/programmes/<slug:slug>/atom/",
        feeds.atom(feeds.ProgramFeed)(),
        name="program-feed-atom",
    ),
]
