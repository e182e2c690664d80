"""after_commit_once: work many saves ask for runs once per commit, in every thread."""

import threading

import pytest
from django.db import connection, transaction

from articles.commit_hooks import after_commit_once


@pytest.mark.django_db(transaction=True)
def test_work_asked_for_three_times_in_a_transaction_runs_once_after_it_commits():
    ran = []

    def work():
        ran.append("work")

    with transaction.atomic():
        for _ in range(3):
            after_commit_once(work)
        assert ran == []
    assert ran == ["work"]


@pytest.mark.django_db(transaction=True)
def test_each_thread_runs_the_work_after_its_own_commit():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one write transaction open at a time (BEGIN IMMEDIATE)")
    ran = []
    both_asked, first_done = threading.Barrier(2), threading.Event()

    def work():
        ran.append(threading.current_thread().name)

    def commit(*, first: bool):
        try:
            with transaction.atomic():
                after_commit_once(work)
                both_asked.wait(timeout=10)
                if not first:
                    first_done.wait(timeout=10)
            first_done.set()
        finally:
            connection.close()

    threads = [
        threading.Thread(target=commit, kwargs={"first": name == "first"}, name=name)
        for name in ("second", "first")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert ran == ["first", "second"]
