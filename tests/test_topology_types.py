# mypy: disable-error-code="arg-type, union-attr"
# (the point of this file: values of the wrong type, as untyped code passes them)
"""Topology's dataclasses built in code: a value of the wrong type is converted (a GUID
string, an int instance id, a list) or refused with a ValueError naming the field."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import pytest

from sfrest import ServiceFabricClient
from sfrest.testing import (
    Application,
    Emulator,
    EmulatorTransport,
    Node,
    Partition,
    Service,
    Topology,
)

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"


def test_a_guid_string_and_an_int_instance_id_work_end_to_end() -> None:
    service = Service("fabric:/App/Svc", [Partition(PID)])
    topology = Topology([Application("fabric:/App", [service])], [Node("n0", 7)])
    assert topology.partition(uuid.UUID(PID)) is not None
    assert topology.nodes[0].instance_id == "7"
    assert isinstance(service.partitions, tuple)
    emulator = Emulator(topology=topology)
    with ServiceFabricClient(
        "http://emulator", transport=EmulatorTransport(emulator)
    ) as client:
        (partition,) = client.iter_partitions("App~Svc")
        assert str(partition.partition_information.id) == PID
        (node,) = client.iter_nodes()
        assert node.instance_id == "7"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Partition("not-a-guid"),
            "Partition.id must be a GUID, got 'not-a-guid'",
        ),
        (
            lambda: Partition(uuid.uuid4(), backup_enabled=1),
            "Partition.backup_enabled must be a bool",
        ),
        (lambda: Partition(uuid.uuid4(), name=5), "Partition.name must be a str"),
        (lambda: Node("n", 1.5), "Node.instance_id must be a str, got 1.5"),
        (lambda: Node("n", -1), "instance_id must be a decimal string, got '-1'"),
        (lambda: Node("n", "1", up="yes"), "Node.up must be a bool"),
        (lambda: Node(3, "1"), "Node.name must be a str, got 3"),
        (
            lambda: Service("fabric:/a/b", (1,)),
            "Service.partitions holds Partitions, got 1",
        ),
        (
            lambda: Service("fabric:/a/b", (Partition(PID),), scheme="X"),
            "Service.scheme must be one of Int64Range, Named, Singleton",
        ),
        (
            lambda: Service("fabric:/a/b", (Partition(PID),), instance_count="3"),
            "Service.instance_count must be an int",
        ),
        (
            lambda: Application("fabric:/a", Service("fabric:/a/b", (Partition(PID),))),
            "Application.services must be a tuple",
        ),
        (lambda: Topology((), ("n0",)), "Topology.nodes holds Nodes, got 'n0'"),
    ],
)
def test_a_wrong_type_is_refused_naming_the_field(
    build: Callable[[], object], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        build()
