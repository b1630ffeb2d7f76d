"""Iterators under a hostile gateway: a ContinuationToken on every page stops at max_pages,
a repeated one raises; both are PagingError with the pages read, sync, async and in the CLI."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable

import httpx
import pytest

import sfrest
from sfrest import cli


def gateway(token: Callable[[int], str]) -> tuple[httpx.MockTransport, list[int]]:
    """Pages of one node each, the n-th page's ContinuationToken token(n); the pages sent."""
    sent: list[int] = []
    counter = itertools.count(1)

    def answer(request: httpx.Request) -> httpx.Response:
        n = next(counter)
        sent.append(n)
        return httpx.Response(
            200, json={"ContinuationToken": token(n), "Items": [{"Name": f"n{n}"}]}
        )

    return httpx.MockTransport(answer), sent


def test_a_new_token_on_every_page_stops_at_max_pages() -> None:
    transport, sent = gateway(lambda n: f"t{n}")
    names: list[str] = []
    with (
        sfrest.ServiceFabricClient(transport=transport) as client,
        pytest.raises(sfrest.PageLimitError, match="read 7 pages") as caught,
    ):
        names.extend(str(node.name) for node in client.iter_nodes(max_pages=7))
    assert caught.value.pages == 7 and len(sent) == 7
    assert names == [f"n{n}" for n in range(1, 8)]  # every page read was yielded
    assert isinstance(caught.value, sfrest.PagingError)
    assert isinstance(caught.value, sfrest.SFRestError)


def test_the_default_limit_is_in_the_thousands() -> None:
    transport, sent = gateway(lambda n: f"t{n}")
    with (
        sfrest.ServiceFabricClient(transport=transport) as client,
        pytest.raises(sfrest.PageLimitError) as caught,
    ):
        for _ in client.iter_nodes():
            pass
    assert caught.value.pages == len(sent) == 5000


def test_a_repeated_token_raises_instead_of_ending_short() -> None:
    transport, sent = gateway(lambda n: "same")
    with sfrest.ServiceFabricClient(transport=transport) as client:
        names: list[str] = []
        with pytest.raises(sfrest.RepeatedTokenError, match="page 2 repeats") as caught:
            names.extend(str(node.name) for node in client.iter_nodes())
    assert (names, caught.value.pages, sent) == (["n1", "n2"], 2, [1, 2])


def test_an_older_token_again_raises_too() -> None:
    transport, _ = gateway(lambda n: ["a", "b", "c", "b"][n - 1])
    with (
        sfrest.ServiceFabricClient(transport=transport) as client,
        pytest.raises(sfrest.RepeatedTokenError) as caught,
    ):
        list(client.iter_nodes())
    assert caught.value.pages == 4


def test_a_list_that_ends_ends() -> None:
    transport, sent = gateway(lambda n: "" if n == 3 else f"t{n}")
    with sfrest.ServiceFabricClient(transport=transport) as client:
        assert len(list(client.iter_nodes(max_pages=3))) == 3
    assert sent == [1, 2, 3]


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "10", None])
def test_max_pages_is_an_int_of_one_or_more(bad: object) -> None:
    transport, sent = gateway(lambda n: "")
    with (
        sfrest.ServiceFabricClient(transport=transport) as client,
        pytest.raises(sfrest.InvalidArgumentError, match="max_pages"),
    ):
        list(client.iter_nodes(max_pages=bad))  # type: ignore[arg-type]
    assert sent == []


@pytest.mark.anyio
async def test_async_iterators_stop_and_raise_alike() -> None:
    transport, sent = gateway(lambda n: f"t{n}")
    async with sfrest.AsyncServiceFabricClient(transport=transport) as client:
        with pytest.raises(sfrest.PageLimitError) as limit:
            async for _ in client.iter_nodes(max_pages=4):
                pass
    assert limit.value.pages == 4 and len(sent) == 4
    transport, sent = gateway(lambda n: "same")
    async with sfrest.AsyncServiceFabricClient(transport=transport) as client:
        with pytest.raises(sfrest.RepeatedTokenError):
            async for _ in client.iter_nodes():
                pass
    assert len(sent) == 2


def test_the_command_line_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    transport, sent = gateway(lambda n: "same")
    real = httpx.Client.__init__

    def with_transport(self: httpx.Client, **kwargs: object) -> None:
        real(self, **{**kwargs, "transport": transport})  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.Client, "__init__", with_transport)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["node", "list"], stdout=out, stderr=err)
    assert (code, out.getvalue(), len(sent)) == (3, "", 2)
    assert err.getvalue().startswith(
        "sfrest: RepeatedTokenError: GetNodeInfoList: page 2 repeats"
    )
    assert err.getvalue().count("\n") == 1
