"""Following continuation tokens: the checks every iterator makes (the command line's too).

A gateway that answers a new ContinuationToken on every page would keep an iterator going
forever, and one that repeats a token would loop (or, skipped, truncate the list without
anyone knowing): both raise instead.
"""

from __future__ import annotations

from ._errors import InvalidArgumentError, PageLimitError, RepeatedTokenError

DEFAULT_MAX_PAGES = 5000
"""The pages an iterator reads at most unless told otherwise (max_pages=): a cluster's
longest list (nodes, replicas) is a few hundred pages of the gateway's default size."""


def max_pages(value: object) -> int:
    """value as a page limit: an int >= 1 (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"max_pages must be an int >= 1, got {value!r}")
    return value


class Pages:
    """The pages one iteration has read; after() says which token to send next.

    pages = Pages("GetNodeInfoList", 100)   # at most 100 pages
    token = pages.after(page.continuation_token)   # None: that was the last page
    """

    __slots__ = ("_limit", "_operation", "_seen", "read")

    def __init__(self, operation: str, limit: object = DEFAULT_MAX_PAGES) -> None:
        self._operation, self._limit = operation, max_pages(limit)
        self._seen: set[str] = set()
        self.read = 0

    def after(self, token: str | None) -> str | None:
        """The token to send for the next page, None after the last page; a token seen
        before is a RepeatedTokenError, one more page past the limit a PageLimitError."""
        self.read += 1
        if not token:
            return None
        if token in self._seen:
            raise RepeatedTokenError(
                f"{self._operation}: page {self.read} repeats the ContinuationToken of an"
                f" earlier page ({token[:40]!r}); the list would loop or be cut short",
                self.read,
            )
        if self.read >= self._limit:
            raise PageLimitError(
                f"{self._operation}: read {self.read} pages (max_pages) and the gateway"
                " still answers a ContinuationToken; pass a higher max_pages= to read on",
                self.read,
            )
        self._seen.add(token)
        return token
