from django.urls import path

from articles import views

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
]
