import logging

import jinja2
import pytest
from django.template import engines
from django.template.backends import jinja2 as jinja2_backend
from django.test.signals import template_rendered

real_render = jinja2_backend.Template.render
UNKNOWN_NAMES = logging.getLogger("tests.templates.unknown_names")


def render_and_report(self, context=None, request=None):
    """Render, then tell the test client, as Django does for its own templates under test,
    so response.templates and response.context work for the Jinja2 public pages too. The
    context is what the view gave; the backend's own request and CSRF entries are not in it."""
    content = real_render(self, context, request)
    template_rendered.send(sender=self, template=self.template, context=dict(context or {}))
    return content


def pytest_configure(config):
    jinja2_backend.Template.render = render_and_report


@pytest.fixture(autouse=True, scope="session")
def unknown_names_are_logged(django_test_environment):
    """Log every use of a name a Jinja2 template was not given: printed, tested, looped
    over or filtered, where plain Undefined would pass silently as empty."""
    env = engines["jinja2"].env
    env.undefined = jinja2.make_logging_undefined(UNKNOWN_NAMES, jinja2.DebugUndefined)


@pytest.fixture(autouse=True)
def no_page_uses_an_unknown_name(caplog):
    """Fail any test whose pages used a name their view did not give (optional names are
    written `x is defined` or `x|default(…)` in the templates)."""
    yield
    records = caplog.get_records("setup") + caplog.get_records("call")
    unknown = [r.getMessage() for r in records if r.name == UNKNOWN_NAMES.name]
    assert unknown == [], unknown
