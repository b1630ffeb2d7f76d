"""The emulated cluster: applications, services, partitions and nodes (frozen dataclasses).

The default topology is seeded with fixed GUIDs so tests and demos can name them:

    fabric:/CalcApp
    ├── fabric:/CalcApp/CalcService      stateful, backup enabled
    │     1daae3f5-7fd6-42e9-b1ba-8c05f873994d
    │     2d5e8c43-6a1b-4f0e-9c7d-0b3a4e5f6a7b
    │     3c1f9b27-84de-4a65-b0c3-5e6f7a8b9c0d
    └── fabric:/CalcApp/GatewayService   stateless, backup not enabled
          4e0a6d18-2b7c-4d93-8e1f-6a7b8c9d0e1f
    nodes _Node_0 … _Node_4, instance ids 132537498712345670 … 132537498712345674
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = [
    "CALC_APP",
    "CALC_PARTITIONS",
    "CALC_SERVICE",
    "GATEWAY_PARTITION",
    "GATEWAY_SERVICE",
    "NODES",
    "Application",
    "Node",
    "Partition",
    "Service",
    "Topology",
]

_DECIMAL = re.compile(r"\d+")

CALC_APP = "fabric:/CalcApp"
"""The seeded application."""
CALC_SERVICE = "fabric:/CalcApp/CalcService"
"""The seeded stateful service (3 partitions, backup enabled); its path id is CalcApp~CalcService."""
GATEWAY_SERVICE = "fabric:/CalcApp/GatewayService"
"""The seeded stateless service (1 partition, backup not enabled)."""
CALC_PARTITIONS: tuple[uuid.UUID, ...] = (
    uuid.UUID("1daae3f5-7fd6-42e9-b1ba-8c05f873994d"),
    uuid.UUID("2d5e8c43-6a1b-4f0e-9c7d-0b3a4e5f6a7b"),
    uuid.UUID("3c1f9b27-84de-4a65-b0c3-5e6f7a8b9c0d"),
)
"""The partitions of CALC_SERVICE."""
GATEWAY_PARTITION = uuid.UUID("4e0a6d18-2b7c-4d93-8e1f-6a7b8c9d0e1f")
"""The partition of GATEWAY_SERVICE."""
NODES: dict[str, str] = {f"_Node_{i}": f"13253749871234567{i}" for i in range(5)}
"""The seeded nodes: name -> instance id (a decimal string)."""


@dataclass(frozen=True, slots=True)
class Partition:
    """A partition: its GUID and whether a backup policy covers it.

    Partition(uuid.UUID("1daae3f5-7fd6-42e9-b1ba-8c05f873994d"), backup_enabled=True)
    """

    id: uuid.UUID
    backup_enabled: bool = False


@dataclass(frozen=True, slots=True)
class Service:
    """A service: its full name (fabric:/app/svc), partitions, and kind.

    Service("fabric:/CalcApp/CalcService", (Partition(pid, backup_enabled=True),))
    Service("fabric:/CalcApp/Web", (Partition(pid2),), stateful=False)
    """

    name: str
    partitions: tuple[Partition, ...]
    stateful: bool = True

    def __post_init__(self) -> None:
        if not self.name.startswith("fabric:/") or self.name == "fabric:/":
            raise ValueError(f"a service name starts with fabric:/, got {self.name!r}")
        if not self.partitions:
            raise ValueError(f"service {self.name} has no partitions")
        if not self.stateful and any(p.backup_enabled for p in self.partitions):
            raise ValueError(f"stateless service {self.name} cannot enable backup")


@dataclass(frozen=True, slots=True)
class Application:
    """An application: its name (fabric:/app) and its services (named under it).

    Application("fabric:/CalcApp", (calc_service, gateway_service))
    """

    name: str
    services: tuple[Service, ...]

    def __post_init__(self) -> None:
        for service in self.services:
            if not service.name.startswith(self.name.rstrip("/") + "/"):
                raise ValueError(f"service {service.name} is not under {self.name}")


@dataclass(frozen=True, slots=True)
class Node:
    """A cluster node: its name, instance id (a decimal string) and whether it starts up.

    Node("_Node_0", "132537498712345670")
    """

    name: str
    instance_id: str
    up: bool = True

    def __post_init__(self) -> None:
        if not _DECIMAL.fullmatch(self.instance_id):
            raise ValueError(
                f"node {self.name}: instance_id must be a decimal string, got {self.instance_id!r}"
            )


@dataclass(frozen=True, slots=True)
class Topology:
    """What the emulated cluster holds. `Topology.default()` is the seeded one.

    Topology(
        applications=(Application("fabric:/App", (Service("fabric:/App/Svc", (Partition(pid),)),)),),
        nodes=(Node("n0", "1"), Node("n1", "2")),
    )
    """

    applications: tuple[Application, ...]
    nodes: tuple[Node, ...]
    _services: dict[str, Service] = field(init=False, repr=False, compare=False)
    _partitions: dict[uuid.UUID, tuple[Service, Partition]] = field(
        init=False, repr=False, compare=False
    )
    _nodes: dict[str, Node] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        services: dict[str, Service] = {}
        partitions: dict[uuid.UUID, tuple[Service, Partition]] = {}
        for app in self.applications:
            for service in app.services:
                if service.name in services:
                    raise ValueError(f"duplicate service {service.name}")
                services[service.name] = service
                for partition in service.partitions:
                    if partition.id in partitions:
                        raise ValueError(f"duplicate partition {partition.id}")
                    partitions[partition.id] = (service, partition)
        nodes = {node.name: node for node in self.nodes}
        if len(nodes) != len(self.nodes):
            raise ValueError("duplicate node names")
        object.__setattr__(self, "_services", services)
        object.__setattr__(self, "_partitions", partitions)
        object.__setattr__(self, "_nodes", nodes)

    @classmethod
    def default(cls) -> Topology:
        """The seeded topology: fabric:/CalcApp with CalcService and GatewayService, 5 nodes."""
        calc = Service(
            CALC_SERVICE,
            tuple(Partition(pid, backup_enabled=True) for pid in CALC_PARTITIONS),
        )
        gateway = Service(
            GATEWAY_SERVICE, (Partition(GATEWAY_PARTITION),), stateful=False
        )
        return cls(
            applications=(Application(CALC_APP, (calc, gateway)),),
            nodes=tuple(Node(name, iid) for name, iid in NODES.items()),
        )

    def service(self, name: str) -> Service | None:
        """The service with this full name (fabric:/…), or None."""
        return self._services.get(name)

    def partition(self, partition_id: uuid.UUID) -> tuple[Service, Partition] | None:
        """The service and partition with this id, or None."""
        return self._partitions.get(partition_id)

    def node(self, name: str) -> Node | None:
        """The node with this name, or None."""
        return self._nodes.get(name)

    def services(self) -> Iterator[Service]:
        """Every service, in declaration order."""
        return iter(self._services.values())
