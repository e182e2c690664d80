"""Work that runs once after a transaction commits, however many saves asked for it."""

from functools import partial

from django.db import transaction


def after_commit_once(func) -> None:
    """Run func after the current transaction commits, once however often asked.

    An import saves dozens of rows per article; each save asks for the page cache to be
    dropped and the search index refreshed, which need doing once. Every request is
    registered (so each is kept or dropped with its own savepoint), and the first to run
    does the work. Outside a transaction func runs at once, as with on_commit.
    """
    connection_set("due_after_commit").add(func)
    transaction.on_commit(partial(run_if_due, func))


def run_if_due(func) -> None:
    due = connection_set("due_after_commit")
    if func in due:
        due.discard(func)
        func()


def connection_set(name: str) -> set:
    """Return a set kept on this thread's own database connection (not on Django's
    process-wide proxy), so it lives as long as, and beside, the thread's transactions."""
    return transaction.get_connection().__dict__.setdefault(f"newsroom_{name}", set())
