"""The emulated cluster: applications, services, partitions and nodes (frozen dataclasses).

The default topology is seeded with fixed GUIDs so tests and demos can name them:

    fabric:/CalcApp                      type CalcAppType 1.0.0
    ├── fabric:/CalcApp/CalcService      stateful CalcServiceType, Int64Range, 3 replicas,
    │                                    backup enabled
    │     1daae3f5-7fd6-42e9-b1ba-8c05f873994d   keys -9223372036854775808 … -3074457345618258604
    │     2d5e8c43-6a1b-4f0e-9c7d-0b3a4e5f6a7b   keys -3074457345618258603 … 3074457345618258601
    │     3c1f9b27-84de-4a65-b0c3-5e6f7a8b9c0d   keys 3074457345618258602 … 9223372036854775807
    └── fabric:/CalcApp/GatewayService   stateless GatewayServiceType, Singleton, an instance
          4e0a6d18-2b7c-4d93-8e1f-6a7b8c9d0e1f   on every node, backup not enabled
    nodes _Node_0 … _Node_4: instance ids 132537498712345670 … 132537498712345674, type
    NodeType0, upgrade domain i, fault domain fd:/i, address 10.0.0.(4+i)

Replicas are placed, not declared: replica r of a service's partition p lives on node
(p + r) mod the node count, replica 0 is the Primary and the others ActiveSecondary; a
stateless partition runs instance_count instances (-1: one on every node) the same way.

Topology.load(path) reads one from a JSON (.json) or YAML file of the same fields, e.g.

    applications:
      - name: fabric:/Shop
        services:
          - name: fabric:/Shop/Cart          # stateful, Int64Range, 3 replicas by default
            partitions: [{id: 0b1c2d3e-0000-4000-8000-000000000001, backup_enabled: true}]
          - {name: fabric:/Shop/Web, stateful: false, partitions: [{id: 0b1c2d3e-0000-4000-8000-000000000002}]}
    nodes: [{name: n0, instance_id: "1"}, {name: n1, instance_id: "2", up: false}]
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pydantic

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
    "Replica",
    "Service",
    "Topology",
]

_DECIMAL = re.compile(r"\d+")
_STRICT = pydantic.ConfigDict(extra="forbid", coerce_numbers_to_str=True)
"""How Topology.load validates each mapping: unknown keys refused, 1 read as "1"."""

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


_MAX_FILE = 16 * 2**20
"""The largest topology file load() reads."""


def _typed(entity: Any) -> None:
    """Give each field of a topology dataclass its declared type, or raise ValueError naming
    it: a GUID string becomes a UUID, an int instance id its decimal string, a list a tuple."""
    hints = get_type_hints(type(entity))
    what = type(entity).__name__
    for item in fields(entity):
        if not item.init:
            continue
        kind, value = hints[item.name], getattr(entity, item.name)
        optional = get_origin(kind) in (Union, UnionType)  # X | None
        if optional and value is None:
            continue
        target = get_args(kind)[0] if optional else kind
        if get_origin(target) is Literal:
            if value not in get_args(target):
                choices = ", ".join(map(str, get_args(target)))
                raise ValueError(
                    f"{what}.{item.name} must be one of {choices}, got {value!r}"
                )
            continue
        if get_origin(target) is tuple and isinstance(value, (list, tuple)):
            member = get_args(target)[0]
            bad = [v for v in value if not isinstance(v, member)]
            if bad:
                raise ValueError(
                    f"{what}.{item.name} holds {member.__name__}s, got {bad[0]!r}"
                )
            object.__setattr__(entity, item.name, tuple(value))
            continue
        if target is uuid.UUID and isinstance(value, str):
            try:
                value = uuid.UUID(value)
            except ValueError:
                raise ValueError(
                    f"{what}.{item.name} must be a GUID, got {value!r}"
                ) from None
            object.__setattr__(entity, item.name, value)
        if item.name == "instance_id" and type(value) is int:
            object.__setattr__(entity, item.name, str(value))  # checked as digits below
            continue
        expected = get_origin(target) or target
        if not isinstance(value, expected) or (
            expected is int and isinstance(value, bool)
        ):
            name = getattr(expected, "__name__", str(expected))
            article = "an" if name[0] in "aeiou" else "a"
            raise ValueError(
                f"{what}.{item.name} must be {article} {name}, got {value!r}"
            )


@dataclass(frozen=True, slots=True)
class Partition:
    """A partition: its GUID, whether a backup policy covers it, and its name (Named).

    Partition(uuid.UUID("1daae3f5-7fd6-42e9-b1ba-8c05f873994d"), backup_enabled=True)
    Partition(pid, name="eu")     # a partition of a service with scheme="Named"
    """

    __pydantic_config__ = _STRICT

    id: uuid.UUID
    """A UUID, or its string."""
    backup_enabled: bool = False
    name: str | None = None

    def __post_init__(self) -> None:
        _typed(self)


Scheme = Literal["Int64Range", "Named", "Singleton"]
_INT64_MIN, _INT64_SPAN = -(2**63), 2**64


@dataclass(frozen=True, slots=True)
class Service:
    """A service: its full name (fabric:/app/svc), partitions, kind and shape.

    Service("fabric:/CalcApp/CalcService", (Partition(pid, backup_enabled=True),))
    Service("fabric:/CalcApp/Web", (Partition(pid2),), stateful=False)

    scheme: Int64Range (the int64 keys split evenly between the partitions), Named (each
    partition's name, default its index) or Singleton (one partition); default
    Int64Range for a stateful service, Singleton for a stateless one with one partition.
    target_replica_set_size / min_replica_set_size: a stateful service's replica set;
    instance_count: a stateless service's instances per partition (-1: every node).
    """

    __pydantic_config__ = _STRICT

    name: str
    partitions: tuple[Partition, ...]
    stateful: bool = True
    type_name: str | None = None
    """Default: the last segment of the name plus Type (CalcServiceType)."""
    scheme: Scheme | None = None
    target_replica_set_size: int = 3
    min_replica_set_size: int = 2
    instance_count: int = -1
    manifest_version: str = "1.0.0"

    def __post_init__(self) -> None:
        _typed(self)
        if not self.name.startswith("fabric:/") or self.name == "fabric:/":
            raise ValueError(f"a service name starts with fabric:/, got {self.name!r}")
        if not self.partitions:
            raise ValueError(f"service {self.name} has no partitions")
        if not self.stateful and any(p.backup_enabled for p in self.partitions):
            raise ValueError(f"stateless service {self.name} cannot enable backup")
        if self.type_name is None:
            object.__setattr__(self, "type_name", self.name.rsplit("/", 1)[1] + "Type")
        if self.scheme is None:
            single = not self.stateful and len(self.partitions) == 1
            object.__setattr__(self, "scheme", "Singleton" if single else "Int64Range")
        if self.scheme == "Singleton" and len(self.partitions) != 1:
            raise ValueError(f"singleton service {self.name} has one partition")
        if not 1 <= self.min_replica_set_size <= self.target_replica_set_size:
            raise ValueError(
                f"service {self.name}: need 1 <= min_replica_set_size <= target_replica_set_size"
            )
        if self.instance_count == 0 or self.instance_count < -1:
            raise ValueError(f"service {self.name}: instance_count is -1 or positive")

    def key_range(self, index: int) -> tuple[int, int]:
        """The int64 keys (low, high, inclusive) partition `index` owns (Int64Range)."""
        count = len(self.partitions)
        low = _INT64_MIN + _INT64_SPAN * index // count
        return low, _INT64_MIN + _INT64_SPAN * (index + 1) // count - 1

    def partition_name(self, index: int) -> str:
        """The name of partition `index` (Named): its own, else its index."""
        return self.partitions[index].name or str(index)


@dataclass(frozen=True, slots=True)
class Replica:
    """A placed replica (stateful) or instance (stateless) of a partition."""

    id: str
    """A decimal int64."""
    node: str
    primary: bool


@dataclass(frozen=True, slots=True)
class Application:
    """An application: its name (fabric:/app) and its services (named under it).

    Application("fabric:/CalcApp", (calc_service, gateway_service))
    """

    __pydantic_config__ = _STRICT

    name: str
    services: tuple[Service, ...]
    type_name: str | None = None
    """Default: the last segment of the name plus Type (CalcAppType)."""
    type_version: str = "1.0.0"

    def __post_init__(self) -> None:
        _typed(self)
        if not re.fullmatch(r"fabric:/[^/].*", self.name):
            raise ValueError(
                f"an application's name is fabric:/Name, got {self.name!r}"
            )
        if self.type_name is None:
            object.__setattr__(
                self, "type_name", self.name.rstrip("/").rsplit("/", 1)[1] + "Type"
            )
        for service in self.services:
            if not service.name.startswith(self.name.rstrip("/") + "/"):
                raise ValueError(f"service {service.name} is not under {self.name}")


@dataclass(frozen=True, slots=True)
class Node:
    """A cluster node: its name, instance id (a decimal string) and whether it starts up.

    Node("_Node_0", "132537498712345670")
    """

    __pydantic_config__ = _STRICT

    name: str
    instance_id: str
    """Decimal digits; an int is taken too."""
    up: bool = True
    type: str = "NodeType0"
    upgrade_domain: str | None = None
    """Default: the node's position in the topology (0, 1, …)."""
    fault_domain: str | None = None
    """Default: fd:/ and the node's position."""
    address: str | None = None
    """Default: 10.0.0.(4 + the node's position)."""

    def __post_init__(self) -> None:
        _typed(self)
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

    __pydantic_config__ = _STRICT

    applications: tuple[Application, ...]
    nodes: tuple[Node, ...]
    _services: dict[str, Service] = field(init=False, repr=False, compare=False)
    _partitions: dict[uuid.UUID, tuple[Service, Partition]] = field(
        init=False, repr=False, compare=False
    )
    _nodes: dict[str, Node] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _typed(self)
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
        nodes: dict[str, Node] = {}
        for position, given in enumerate(self.nodes):
            if given.name in nodes:
                raise ValueError("duplicate node names")
            nodes[given.name] = replace(
                given,
                upgrade_domain=given.upgrade_domain or str(position),
                fault_domain=given.fault_domain or f"fd:/{position}",
                address=given.address or f"10.0.0.{4 + position % 250}",
            )
        object.__setattr__(self, "nodes", tuple(nodes.values()))
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

    @classmethod
    def load(cls, path: str | Path) -> Topology:
        """A topology from a JSON (.json) or YAML file of the dataclasses' fields (see the
        module doc). ValueError, one line naming the key, when it is not that shape."""
        import yaml

        with Path(path).open("rb") as file:
            raw = file.read(_MAX_FILE + 1)
        if len(raw) > _MAX_FILE:
            raise ValueError(f"{path}: larger than {_MAX_FILE // 2**20} MiB")
        try:
            text = raw.decode("utf-8")
            data = (
                json.loads(text)
                if str(path).endswith(".json")
                else yaml.safe_load(text)
            )
            return pydantic.TypeAdapter(cls).validate_python(data)
        except pydantic.ValidationError as exc:
            problems = (
                f"{'.'.join(map(str, e['loc'])) or 'the file'}: {e['msg']}"
                for e in exc.errors()
            )
            raise ValueError(f"{path}: {'; '.join(problems)}") from None
        except (ValueError, yaml.YAMLError) as exc:  # syntax; yaml's text spans lines
            raise ValueError(f"{path}: {' '.join(str(exc).split())}") from None
        except RecursionError:
            raise ValueError(f"{path}: nested too deep") from None

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

    def applications_by_name(self) -> dict[str, Application]:
        """Every application by name, in declaration order."""
        return {app.name: app for app in self.applications}

    def application_of(self, service: Service) -> Application:
        """The application a service belongs to."""
        return next(app for app in self.applications if service in app.services)

    def replicas(self, partition_id: uuid.UUID) -> tuple[Replica, ...]:
        """The partition's replicas or instances, placed on the nodes (see the module doc)."""
        found = self._partitions.get(partition_id)
        if found is None or not self.nodes:
            return ()
        service, _ = found
        index = next(
            i for i, p in enumerate(service.partitions) if p.id == partition_id
        )
        names = [node.name for node in self.nodes]
        if service.stateful:
            count = service.target_replica_set_size
        else:
            count = (
                len(names) if service.instance_count == -1 else service.instance_count
            )
        count = min(count, len(names))
        base = 132537498800000000 + 1000 * self._order(partition_id)
        return tuple(
            Replica(
                str(base + r),
                names[(index + r) % len(names)],
                service.stateful and r == 0,
            )
            for r in range(count)
        )

    def _order(self, partition_id: uuid.UUID) -> int:
        return list(self._partitions).index(partition_id)
