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
    due().add(func)
    transaction.on_commit(partial(run_if_due, func))


def run_if_due(func) -> None:
    pending = due()
    if func in pending:
        pending.discard(func)
        func()


def due() -> set:
    # On the thread's own connection (not the process-wide proxy), like its transactions.
    return transaction.get_connection().__dict__.setdefault("newsroom_due_after_commit", set())
