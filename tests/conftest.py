import jinja2
import pytest
from django.template import engines
from django.template.backends import jinja2 as jinja2_backend
from django.test.signals import template_rendered

real_render = jinja2_backend.Template.render


def render_and_report(self, context=None, request=None):
    """Render, then tell the test client, as Django does for its own templates under test,
    so response.templates and response.context work for the Jinja2 public pages too."""
    content = real_render(self, context, request)
    template_rendered.send(sender=self, template=self.template, context=dict(context or {}))
    return content


def pytest_configure(config):
    jinja2_backend.Template.render = render_and_report


@pytest.fixture(autouse=True, scope="session")
def unknown_names_show_in_pages(django_test_environment):
    """Print an unknown name in a Jinja2 template as "{{ name }}", as under DEBUG (tests
    run with DEBUG off), so a test can tell that a page named something it was not given."""
    engines["jinja2"].env.undefined = jinja2.DebugUndefined
