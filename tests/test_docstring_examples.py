"""Every example of a public docstring runs against the emulator, as written.

The public docstrings are those of the sfrest and sfrest.testing modules, of every name in
their __all__ and of those classes' public methods (inherited ones included, each once):
both clients, the handles, the policies, the errors, state_of, the emulator's classes.
An example is an indented block (blank lines inside it included) or, in a hand-written
docstring, a paragraph at the margin that is Python with a call in it. The blocks of one
docstring run in order in one namespace, doctest-like; a block with a top-level await
runs as a coroutine in asyncio.run. The namespace holds what the examples use: the names
of sfrest and sfrest.testing, `client` (the sf_client or sf_async_client fixture of the
sfrest pytest plugin, whichever the docstring's class is), `emu` (sf_emulator) and
seeded entities (partition_id, operation_id, node_instance_id, backup_id, ...), with
per-example setup where the example needs a state (a running operation to cancel, a
stopped node to start, a backup to restore). Examples that build their own client for
http://localhost:19080 talk to an emulator served on a free loopback port instead.

NOT_RUN lists, with the reason, the blocks that are not runnable code; the plugin's own
docstrings hold test functions and fixtures, so tests/test_pytest_plugin.py runs them
under pytest itself.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import json
import textwrap
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

import sfrest
import sfrest.testing
from sfrest import AsyncServiceFabricClient, ServiceFabricClient
from sfrest.testing import (
    CALC_PARTITIONS,
    CALC_SERVICE,
    KINDS,
    NODES,
    Application,
    Emulator,
    ManualClock,
    Partition,
    Service,
    Topology,
)

LOOPBACK = "http://localhost:19080"
APP_PARTITION = uuid.UUID("5f1b7e29-3c4d-4e8f-9a0b-1c2d3e4f5a6b")
"""The partition of fabric:/app/svc, the service sfrest's module docstring names."""
NODE, NODE_INSTANCE = next(iter(NODES.items()))


def _topology() -> Topology:
    """The seeded cluster plus fabric:/app/svc (one backed-up partition)."""
    seeded = Topology.default()
    app = Application(
        "fabric:/app",
        (Service("fabric:/app/svc", (Partition(APP_PARTITION, backup_enabled=True),)),),
    )
    return Topology(applications=(*seeded.applications, app), nodes=seeded.nodes)


@pytest.fixture
def sf_emulator(sf_clock: ManualClock) -> Emulator:
    """The plugin's fixture, overridden as its docstring says: another topology, same clock."""
    return Emulator(_topology(), clock=sf_clock)


# --- finding the examples -----------------------------------------------------------


def _is_code(paragraph: str) -> bool:
    """A paragraph at the margin that is Python with a call in it (not prose, not a list)."""
    if paragraph.startswith(("- ", "* ", "+ ")):
        return False
    try:
        tree = ast.parse(paragraph)
    except SyntaxError:
        return False
    return any(isinstance(node, ast.Call) for node in ast.walk(tree))


def examples(doc: str) -> list[str]:
    """The examples of a docstring, each dedented."""
    paragraphs: list[list[str]] = [[]]
    for line in inspect.cleandoc(doc).splitlines():
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    found: list[str] = []
    indented: list[str] = []  # consecutive indented paragraphs are one block
    for lines in paragraphs[1:]:  # the first paragraph is the summary
        text = "\n".join(lines)
        if lines and all(line.startswith("    ") for line in lines):
            indented.append(text)
            continue
        if indented:
            found.append(textwrap.dedent("\n\n".join(indented)))
            indented = []
        if lines and _is_code(text):
            found.append(text)
    if indented:
        found.append(textwrap.dedent("\n\n".join(indented)))
    return found


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public methods and properties of cls defined by sfrest, where they are defined."""
    for klass in cls.__mro__:
        if not klass.__module__.startswith("sfrest"):
            continue
        for name, member in vars(klass).items():
            if name.startswith("_"):
                continue
            if isinstance(member, property | staticmethod | classmethod):
                yield f"{klass.__module__}.{klass.__qualname__}.{name}", member
            elif inspect.isfunction(member):
                yield f"{member.__module__}.{member.__qualname__}", member


def _docstring(member: Any) -> str | None:
    if isinstance(member, property):
        return member.fget.__doc__ if member.fget else None
    if isinstance(member, staticmethod | classmethod):
        return member.__func__.__doc__
    return member.__doc__ if isinstance(member.__doc__, str) else None


def public_docstrings() -> dict[str, str]:
    """Every public docstring, by the dotted name where it is written."""
    found: dict[str, str] = {}
    modules: tuple[ModuleType, ...] = (sfrest, sfrest.testing)
    for module in modules:
        if module.__doc__:
            found[module.__name__] = module.__doc__
        for name in module.__all__:
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            key = f"{obj.__module__}.{obj.__qualname__}"
            doc = obj.__doc__
            if doc and not (inspect.isclass(obj) and _inherited(obj)):
                found[key] = doc
            if inspect.isclass(obj):
                for member_key, member in _members(obj):
                    member_doc = _docstring(member)
                    if member_doc:
                        found[member_key] = member_doc
    from sfrest.testing import pytest_plugin

    found[pytest_plugin.__name__] = pytest_plugin.__doc__ or ""
    for name in pytest_plugin.__all__:
        fixture = getattr(pytest_plugin, name)
        found[f"{pytest_plugin.__name__}.{name}"] = fixture.__doc__ or ""
    return found


def _inherited(cls: type) -> bool:
    """Whether cls's docstring is one a base class wrote (dataclasses, models, enums)."""
    return any(cls.__doc__ is base.__doc__ for base in cls.__mro__[1:])


DOCSTRINGS = public_docstrings()
EXAMPLES = {key: found for key, doc in DOCSTRINGS.items() if (found := examples(doc))}

PLUGIN = "sfrest.testing.pytest_plugin"
NOT_RUN: dict[tuple[str, int], str] = {
    ("sfrest.testing", 2): "run()'s signature and its description, not code",
    **{
        (key, index): "test functions and fixtures: tests/test_pytest_plugin.py runs "
        "them under pytest"
        for key, found in EXAMPLES.items()
        if key.startswith(PLUGIN)
        for index in range(len(found))
    },
}
"""(docstring, example index) -> why it does not run here."""
RUN = sorted(
    key
    for key, found in EXAMPLES.items()
    if any((key, i) not in NOT_RUN for i in range(len(found)))
)


# --- the namespace and the setups ---------------------------------------------------


@dataclass
class Context:
    """What an example runs in: its namespace, and the fixtures behind it."""

    ns: dict[str, Any]
    sync: ServiceFabricClient
    emulator: Emulator
    clock: ManualClock
    served: Emulator | None = None
    """The emulator behind http://localhost:19080, for the examples that use it."""


def _namespace(client: object, emulator: Emulator) -> dict[str, Any]:
    ns: dict[str, Any] = {name: getattr(sfrest, name) for name in sfrest.__all__}
    ns.update({name: getattr(sfrest.testing, name) for name in sfrest.testing.__all__})
    seeded = Topology.default()
    ns.update(
        sfrest=sfrest,
        asyncio=asyncio,
        json=json,
        uuid=uuid,
        client=client,
        emu=emulator,
        service_id=CALC_SERVICE,
        partition_id=CALC_PARTITIONS[0],
        pids=list(CALC_PARTITIONS),
        node_name=NODE,
        node_instance_id=NODE_INSTANCE,
        operation_id=(operation_id := uuid.uuid4()),  # none has it unless set up
        op_id=str(operation_id),
        quorum_loss_duration=600,
        stop_duration_in_seconds=600,
        # the names the sfrest.testing classes' examples use
        pid=uuid.uuid4(),
        pid2=uuid.uuid4(),
        calc_service=seeded.applications[0].services[0],
        gateway_service=seeded.applications[0].services[1],
        # ManualClock's docstring says service and partition (elsewhere: service_id, partition_id)
        service=CALC_SERVICE,
        partition=CALC_PARTITIONS[0],
    )
    return ns


def _started(ctx: Context, kind: str) -> None:
    """An operation of that kind under ns["operation_id"], still Running."""
    ns, client = ctx.ns, ctx.sync
    pid, oid = ns["partition_id"], ns["operation_id"]
    if kind == "data loss":
        client.start_data_loss(CALC_SERVICE, pid, "PartialDataLoss", operation_id=oid)
    elif kind == "quorum loss":
        client.start_quorum_loss(
            CALC_SERVICE, pid, "QuorumReplicas", 600, operation_id=oid
        )
    elif kind == "restart":
        client.start_partition_restart(
            CALC_SERVICE, pid, "AllReplicasOrInstances", operation_id=oid
        )
    else:
        client.start_node_transition(NODE, "Stop", NODE_INSTANCE, 600, operation_id=oid)


def _stopped_node(ctx: Context) -> None:
    """_Node_0 stopped for 600 s, so that starting it is allowed."""
    ctx.sync.start_node_transition(NODE, "Stop", NODE_INSTANCE, 600).wait()
    assert not ctx.emulator.is_node_up(NODE)


def _backing_up(ctx: Context) -> None:
    ctx.sync.backup_partition(ctx.ns["partition_id"])


def _backed_up(ctx: Context) -> None:
    info = ctx.sync.backup_partition(ctx.ns["partition_id"]).wait()
    assert info.backup_state == "Success"
    ctx.ns.update(backup_id=info.backup_id, backup_location=info.backup_location)


def _restoring(ctx: Context) -> None:
    _backed_up(ctx)
    ns = ctx.ns
    ctx.sync.restore_partition(
        ns["partition_id"], ns["backup_id"], ns["backup_location"]
    )


def _handle(ctx: Context) -> None:
    ctx.ns["op"] = ctx.sync.start_data_loss(
        CALC_SERVICE, ctx.ns["partition_id"], "PartialDataLoss"
    )


SETUP: dict[str, Callable[[Context], None]] = {
    "get_data_loss_progress": lambda ctx: _started(ctx, "data loss"),
    "get_quorum_loss_progress": lambda ctx: _started(ctx, "quorum loss"),
    "get_partition_restart_progress": lambda ctx: _started(ctx, "restart"),
    "get_node_transition_progress": lambda ctx: _started(ctx, "node"),
    "cancel_operation": lambda ctx: _started(ctx, "data loss"),
    "start_node_transition": _stopped_node,
    "get_partition_backup_progress": _backing_up,
    "restore_partition": _backed_up,
    "get_partition_restore_progress": _restoring,
    "sfrest._operation.state_of": _handle,
    "sfrest": lambda ctx: ctx.ns.update(partition_id=APP_PARTITION),
    "sfrest.testing._emulator.Emulator.handle": lambda ctx: _started(ctx, "data loss"),
    "iter_chaos_events": lambda ctx: ctx.sync.start_chaos(),
}
"""By method name (either client) or docstring: the state an example needs."""


def _cancelled(ctx: Context, out: str) -> bool:
    pid, oid = ctx.ns["partition_id"], ctx.ns["operation_id"]
    progress = ctx.sync.get_data_loss_progress(CALC_SERVICE, pid, oid)
    return progress.state == "RollingBack"


def _fault_injected(ctx: Context, out: str) -> bool:
    op = ctx.sync.start_data_loss(CALC_SERVICE, CALC_PARTITIONS[0], "FullDataLoss")
    return op.wait().state == "Faulted"


def _served_one_data_loss(ctx: Context, out: str) -> bool:
    assert ctx.served is not None
    with ServiceFabricClient(transport=ctx.served.transport()) as client:
        started = client.get_fault_operation_list()
    return [op.type for op in started] == ["PartitionDataLoss"]


CHECKS: dict[str, Callable[[Context, str], bool]] = {
    "cancel_operation": _cancelled,
    "start_quorum_loss": lambda ctx, out: ctx.clock.now >= 600,  # virtual time only
    "start_node_transition": lambda ctx, out: ctx.emulator.is_node_up(NODE),
    "recover_partition": lambda ctx, out: ctx.ns["_result"] is None,
    "sfrest_generated.sync_client.ServiceFabricClient": _served_one_data_loss,
    "sfrest_generated.async_client.AsyncServiceFabricClient": _served_one_data_loss,
    "sfrest": lambda ctx, out: out == "Completed\n",
    "sfrest._errors.FabricError": lambda ctx, out: out.startswith(
        "404 FABRIC_E_KEY_NOT_FOUND "
    ),
    "sfrest._operation.state_of": lambda ctx, out: out.split()[-1] == "Completed",
    "sfrest._policies.RetryPolicy": lambda ctx, out: (
        ctx.ns["_result"].retry == sfrest.RetryPolicy(max_retries=0)
    ),
    "sfrest._policies.PollPolicy": lambda ctx, out: (
        ctx.ns["_result"].polling.max_interval == 10.0
    ),
    "sfrest.testing._emulator.Emulator.inject_fault": _fault_injected,
    "sfrest.testing._emulator.Emulator.handle": _cancelled,
    "sfrest.testing._wire.EmulatorResponse": lambda ctx, out: (
        ctx.ns["_result"] == (200, [])
    ),
}
"""By method name (either client) or docstring: what the example must have done."""


# --- running them -------------------------------------------------------------------


def _client_method(key: str) -> str | None:
    """The method's name when key is a method of one of the two clients."""
    owner, _, name = key.rpartition(".")
    return name if owner.endswith("ServiceFabricClient") else None


def _keep_last_value(tree: ast.Module) -> ast.Module:
    """The block with its last expression statement's value kept as _result."""
    last = tree.body[-1] if tree.body else None
    if isinstance(last, ast.Expr):
        target = ast.Name("_result", ast.Store())
        tree.body[-1] = ast.copy_location(ast.Assign([target], last.value), last)
        ast.fix_missing_locations(tree)
    return tree


def _run(source: str, ns: dict[str, Any], name: str) -> None:
    """Run one example in ns; with a top-level await, as a coroutine in asyncio.run."""
    tree = _keep_last_value(ast.parse(source, name))
    code = compile(tree, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, ns)  # the docstring's own example
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(result)


@pytest.mark.parametrize("key", RUN)
def test_the_example_runs(
    key: str,
    sf_client: ServiceFabricClient,
    sf_async_client: AsyncServiceFabricClient,
    sf_emulator: Emulator,
    sf_clock: ManualClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    method = _client_method(key)
    # AsyncServiceFabricClient's, AsyncOperation's, AsyncFaultOperation's: the async one
    client = sf_async_client if "Async" in key else sf_client
    ctx = Context(_namespace(client, sf_emulator), sf_client, sf_emulator, sf_clock)
    setup = SETUP.get(key) or (SETUP.get(method) if method else None)
    if setup:
        setup(ctx)
    blocks = [b for i, b in enumerate(EXAMPLES[key]) if (key, i) not in NOT_RUN]
    with contextlib.ExitStack() as stack:
        if any(LOOPBACK in block for block in blocks):  # on a free port instead
            ctx.served = Emulator(_topology(), durations=dict.fromkeys(KINDS, 0.05))
            url = stack.enter_context(ctx.served.serve(port=0)).url
            blocks = [block.replace(LOOPBACK, url) for block in blocks]
        for index, block in enumerate(blocks):
            _run(block, ctx.ns, f"{key}[{index}]")
    out = capsys.readouterr().out
    if "progress" in ctx.ns:  # a started operation's example waits for it
        assert sfrest.state_of(ctx.ns["progress"]) in {"Completed", "Success"}
    if method and method.startswith("get_"):
        assert ctx.ns["_result"] is not None
    if method and method.startswith("iter_"):
        assert out.strip(), "the pager printed nothing"
    check = CHECKS.get(key) or (CHECKS.get(method) if method else None)
    if check:
        assert check(ctx, out), (key, out)


def test_every_client_method_has_an_indented_example() -> None:
    """Generated docstrings: exactly one example each, an indented block after `For example::`."""
    for cls in (ServiceFabricClient, AsyncServiceFabricClient):
        docs = [cls.__doc__ or ""]
        names = [n for n, m in vars(cls).items() if inspect.isfunction(m)]
        names = [n for n in names if not n.startswith("_")]
        assert len(names) == 50  # 44 operations, 6 pagers
        docs += [getattr(cls, name).__doc__ or "" for name in names]
        for doc in docs:
            found = examples(doc)
            assert len(found) == 1, doc
            after = inspect.cleandoc(doc).split("For example::\n\n", 1)[1]
            assert after.startswith(textwrap.indent(found[0], "    ")), doc
        keys = [
            f"{cls.__module__}.{cls.__qualname__}",
            *(f"{cls.__module__}.{cls.__qualname__}.{n}" for n in names),
        ]
        assert set(keys) <= set(RUN)


def test_what_does_not_run_is_listed_and_is_not_code() -> None:
    for (key, index), reason in NOT_RUN.items():
        block = EXAMPLES[key][index]
        if key.startswith(PLUGIN):  # test functions or fixtures, for pytester
            assert "def test_" in block or "@pytest.fixture" in block, block
        else:
            with pytest.raises(SyntaxError):
                ast.parse(block)
        assert reason


def test_examples_are_found_in_prose() -> None:
    doc = """Summary line.

    Prose that is not code, with a call(in it).

        indented = example()

        continued(indented)

    at_the_margin(too)

    - a_list_item(is, not, code)
    """
    assert examples(doc) == [
        "indented = example()\n\ncontinued(indented)",
        "at_the_margin(too)",
    ]
