"""Work that runs once after a transaction commits, however many saves asked for it."""

from functools import partial

from django.db import connection, transaction


def after_commit_once(func) -> None:
    """Run func after the current transaction commits, once however often asked.

    An import saves dozens of rows per article; each save asks for the page cache to be
    dropped and the search index refreshed, which need doing once. Every request is
    registered (so each is kept or dropped with its own savepoint), and the first to run
    does the work. Outside a transaction func runs at once, as with on_commit.
    """
    due(connection).add(func)
    transaction.on_commit(partial(run_if_due, func))


def run_if_due(func) -> None:
    pending = due(connection)
    if func in pending:
        pending.discard(func)
        func()


def due(conn) -> set:
    # Kept on the connection, so per thread like the transactions it serves.
    return conn.__dict__.setdefault("newsroom_due_after_commit", set())
