"""A NUL character in an address is refused with 400 (newsroom/null_characters.py).

PostgreSQL's text cannot hold NUL, so a query holding one failed with a 500 there.
"""

import pytest

pytestmark = pytest.mark.django_db

AUTOCOMPLETE = "/admin/autocomplete/?app_label=articles&model_name=article&field_name=places"


@pytest.mark.parametrize(
    "address",
    [
        "/?person=%00",
        "/?tag=%00",
        "/?tag=borders&tag=a%00b",
        "/?programme=%00",
        "/?organisation=%00",
        "/?place=%00",
        "/?q=%00",
        "/search/?q=%00",
        "/?%00=x",
        "/articles/%00/",
    ],
)
def test_a_reader_s_address_holding_a_nul_character_is_refused(client, address):
    assert client.get(address).status_code == 400


def test_the_admin_s_autocomplete_refuses_a_nul_character(admin_client):
    assert admin_client.get(f"{AUTOCOMPLETE}&term=%00").status_code == 400
    assert admin_client.get(f"{AUTOCOMPLETE}&term=kaolack").status_code == 200


def test_other_control_characters_are_text_like_any_other(client):
    assert client.get("/?q=%01%1b").status_code == 200
