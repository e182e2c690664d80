"""The OpenAPI schema holds: schemathesis sends generated requests to every operation
through the real WSGI stack, and no answer is a 5xx or breaks the schema.

Two checks of what requests are accepted are left out: like the public list, the API
ignores an empty filter (`?published_before=`) and a page size it cannot use, where the
schema's types would have them refused, and it refuses an empty search, which the
schema's string type allows. Every answer is still checked against the schema.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

# The schema view reads no database, so it is loaded when the tests are collected.
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture
def test_transactions_connection():
    """Keep the test transaction's connection across the WSGI requests, as Django's test
    client does: the handler's signals would close it (on PostgreSQL, for good)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_within_its_schema(case, newsroom, test_transactions_connection):
    case.call_and_validate(excluded_checks=[negative_data_rejection, positive_data_acceptance])
