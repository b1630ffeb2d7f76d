"""Contract test: schemathesis drives the emulator over loopback HTTP from spec/servicefabric.yaml.

Every operation of the spec (the 14 fault and backup operations and the 18 drill ones), a
bounded, seeded and derandomized set of examples each: the
coverage phase (boundary and negative values) and 25 fuzzed examples. Every answer must be
free of 5xx, have a status and content type the spec documents, and a body matching the
documented schema (the FabricError of `default` for errors). Nothing leaves loopback.

Random GUIDs never name anything, so half the time the generated service ids, partition
ids, node names, instance ids, OperationIds and BackupIds are drawn from what the
emulator holds: operations in every state and finished backups and restores, seeded below
through the in-process transport. That way the success bodies are checked too.
"""

import itertools
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
import schemathesis
from conftest import SPEC_PATH
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sfrest import ServiceFabricClient
from sfrest.testing import (
    CALC_PARTITIONS,
    GATEWAY_PARTITION,
    NODES,
    Emulator,
    ManualClock,
)

CLOCK = ManualClock()
# time moves a quarter second per request, so operations finish while schemathesis runs
EMULATOR = Emulator(
    clock=lambda: CLOCK.advance(0.25),
    durations=dict.fromkeys(("Backup", "Restore"), 4.0),
    start_time=datetime(2018, 1, 1, 9, 0, 55, tzinfo=UTC),
)


def _seed(emulator: Emulator, clock: ManualClock) -> dict[str, list[str]]:
    """Fault operations in every state, and backups/restores that succeeded, failed, run.

    Returns the OperationIds by the operation that reads them, and the BackupIds.
    """
    ids: dict[str, list[str]] = {
        name: []
        for name in (
            "GetDataLossProgress",
            "GetQuorumLossProgress",
            "GetPartitionRestartProgress",
            "GetNodeTransitionProgress",
            "BackupIds",
        )
    }
    starts = {
        "StartDataLoss": ("DataLossMode=FullDataLoss", "GetDataLossProgress"),
        "StartQuorumLoss": (
            "QuorumLossMode=AllReplicas&QuorumLossDuration=5",
            "GetQuorumLossProgress",
        ),
        "StartRestart": (
            "RestartPartitionMode=OnlyActiveSecondaries",
            "GetPartitionRestartProgress",
        ),
    }
    partition = CALC_PARTITIONS[0]
    # reproducible ids, so every run sends the same requests
    fresh = (uuid.UUID(int=0x5EED << 64 | n) for n in itertools.count(1))
    with ServiceFabricClient(transport=emulator.transport()) as client:
        for fate in ("complete", "fault", "cancel", "force", "run"):
            if fate == "fault":
                emulator.inject_fault(partition, times=3)
                emulator.inject_fault("_Node_1")
            started = []
            for operation, (query, reader) in starts.items():
                op_id = str(next(fresh))
                reply = emulator.handle(
                    "POST",
                    f"/Faults/Services/CalcApp~CalcService/$/GetPartitions/{partition}"
                    f"/$/{operation}?api-version=6.0&OperationId={op_id}&{query}",
                )
                assert reply.status == 202, reply.body
                ids[reader].append(op_id)
                started.append(op_id)
            node = client.start_node_transition(
                "_Node_1", "Stop", NODES["_Node_1"], 0, operation_id=next(fresh)
            )
            ids["GetNodeTransitionProgress"].append(str(node.operation_id))
            started.append(str(node.operation_id))
            if fate in ("cancel", "force"):
                for op_id in started:
                    client.cancel_operation(op_id)
                    if fate == "force":
                        client.cancel_operation(op_id, force=True)
            if fate != "run":
                clock.advance(10.0)
        done = client.backup_partition(CALC_PARTITIONS[1])
        clock.advance(4.0)
        info = done.progress()
        assert info.backup_state == "Success"
        ids["BackupIds"].append(str(info.backup_id))
        assert info.backup_id is not None
        client.restore_partition(
            CALC_PARTITIONS[2], info.backup_id, info.backup_location or ""
        )
        emulator.inject_fault(CALC_PARTITIONS[0], kind="Backup")
        client.backup_partition(CALC_PARTITIONS[0])
        clock.advance(4.0)
        client.backup_partition(CALC_PARTITIONS[2])  # Accepted
        client.restore_partition(CALC_PARTITIONS[1], next(fresh), "nowhere.zip")
        clock.advance(1.5)  # BackupInProgress and RestoreInProgress
    return ids


IDS = _seed(EMULATOR, CLOCK)


def _draw(dictionary: str, probability: float = 0.6) -> dict[str, Any]:
    """Half the time or more, a generated value is replaced by one of the dictionary's."""
    return {"dictionary": dictionary, "probability": probability}


CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 19080,
        "generation": {
            "max-examples": 25,
            "deterministic": True,
            "database": "none",
        },
        "dictionaries": {
            "faults-versions": {"values": ["6.0", "6.10", "3.0", "7.2", "9.1"]},
            "backup-versions": {"values": ["6.4", "6.40", "7.0", "9.1"]},
            "service-ids": {
                "values": ["CalcApp~CalcService", "CalcApp~GatewayService"]
            },
            "partition-ids": {
                "values": [str(p) for p in (*CALC_PARTITIONS, GATEWAY_PARTITION)]
            },
            "node-names": {"values": list(NODES)},
            "application-ids": {"values": ["CalcApp", "CalcApp~Missing"]},
            "continuation-tokens": {
                "values": [
                    "_Node_1",
                    "fabric:/CalcApp/CalcService",
                    str(CALC_PARTITIONS[0]),
                ]
            },
            "calc-service": {"values": ["CalcApp~CalcService"]},
            "calc-partitions": {"values": [str(p) for p in CALC_PARTITIONS]},
            "stop-start-node": {"values": ["_Node_2"]},
            "stop-start-instance": {"values": [NODES["_Node_2"]]},
            "instance-ids": {"values": list(NODES.values())},
            **{name: {"values": values} for name, values in IDS.items()},
            "any-operation": {
                "values": [i for k, v in IDS.items() if k != "BackupIds" for i in v]
            },
        },
        "parameters": {
            "query.api-version": _draw("faults-versions", 0.9),
            "path.serviceId": _draw("service-ids"),
            "path.partitionId": _draw("partition-ids"),
            "path.nodeName": _draw("node-names"),
            "path.applicationId": _draw("application-ids"),
            "query.ContinuationToken": _draw("continuation-tokens", 0.5),
            "query.NodeInstanceId": _draw("instance-ids"),
            "query.OperationId": _draw("any-operation"),
            "body.BackupId": _draw("BackupIds"),
        },
        "operations": [
            *(
                {
                    "include-operation-id": reader,
                    "parameters": {"query.OperationId": _draw(reader, 0.8)},
                }
                for reader in IDS
                if reader != "BackupIds"
            ),
            *(
                {
                    "include-operation-id": start,
                    "parameters": {
                        "path.serviceId": _draw("calc-service", 0.8),
                        "path.partitionId": _draw("calc-partitions", 0.8),
                        "query.OperationId": _draw("any-operation", 0.05),
                    },
                }
                for start in (
                    "StartDataLoss",
                    "StartQuorumLoss",
                    "StartPartitionRestart",
                )
            ),
            {
                "include-operation-id": "StartNodeTransition",
                "parameters": {
                    "path.nodeName": _draw("stop-start-node", 0.8),
                    "query.NodeInstanceId": _draw("stop-start-instance", 0.8),
                    "query.OperationId": _draw("any-operation", 0.05),
                },
            },
            *(
                {
                    "include-operation-id": transfer,
                    "parameters": {
                        "path.partitionId": _draw("calc-partitions", 0.8),
                        "query.api-version": _draw("backup-versions", 0.9),
                    },
                }
                for transfer in ("BackupPartition", "RestorePartition")
            ),
            {
                "include-tag": "BackupRestore",
                "parameters": {"query.api-version": _draw("backup-versions", 0.9)},
            },
        ],
    }
)
schema = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def emulator_url() -> Iterator[str]:
    with EMULATOR.serve(host="127.0.0.1", port=0) as server:
        yield server.url


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        http.trust_env = False  # loopback only: no proxies from the environment
        yield http


@schema.parametrize()
def test_emulator_conforms_to_the_spec(
    case: schemathesis.Case[Any], emulator_url: str, session: requests.Session
) -> None:
    case.call_and_validate(base_url=emulator_url, session=session, checks=CHECKS)
