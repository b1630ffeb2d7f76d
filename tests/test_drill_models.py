"""The drill operations' models: the official 9.1 example bodies, open unions, quirks.

The example bodies are the official files in tests/fixtures/reference/ (see its
README.md), read through the generated models (sfrest_generated.models) exactly as the
operation modules parse a response.
"""

import json
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from conftest import FIXTURES
from sfrest_generated.api.nodes import get_node_info_list
from sfrest_generated.api.partitions import get_partition_info, get_partition_info_list
from sfrest_generated.api.services import get_service_info, get_service_info_list
from sfrest_generated.models import (
    BackupConfigurationInfo,
    ClusterHealth,
    HealthEvaluationKind,
    HealthState,
    Int64RangePartitionInformation,
    NodeStatus,
    PagedBackupInfoList,
    PagedReplicaInfoList,
    PartitionBackupConfigurationInfo,
    PartitionHealth,
    ServiceInfo,
    ServicePartitionInfo,
    ServicePartitionStatus,
    StatefulServiceInfo,
    StatefulServicePartitionInfo,
    StatefulServiceReplicaInfo,
    StatelessServiceInfo,
    UnknownBackupConfigurationInfo,
    UnknownPartitionInformation,
    UnknownReplicaInfo,
    UnknownServiceInfo,
    UnknownServicePartitionInfo,
)

REFERENCE = FIXTURES / "reference"


def _official(name: str) -> Any:
    return json.loads((REFERENCE / f"{name}.json").read_bytes())


def _body(name: str) -> bytes:
    return json.dumps(_official(name)["responses"]["200"]["body"]).encode()


def _response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body)


def test_the_node_list_example() -> None:
    page = get_node_info_list.parse_response(_response(_body("GetNodeInfoList")))
    assert page.continuation_token == ""
    assert page.items is not None and len(page.items) == 5
    first = page.items[0]
    assert (first.name, first.ip_address_or_fqdn, first.type) == (
        "_Node_1",
        "10.0.0.5",
        "testnode",
    )
    assert first.node_status == NodeStatus.UP
    assert str(first.node_status) == "Up"  # the wire string
    assert first.instance_id == "131738274982501335"  # an int64 kept as its string
    assert first.node_up_time_in_seconds == "15275"
    assert (first.upgrade_domain, first.fault_domain) == ("1", "fd:/1")
    assert first.id is not None and first.id.id == "ebd986a1134b3643a8117fb41b259bf"
    assert first.is_seed_node is True and first.is_stopped is False
    assert first.node_deactivation_info is not None
    assert first.node_deactivation_info.node_deactivation_status == "None"
    assert first.node_up_at is not None and first.node_up_at.year == 2018
    assert [n.name for n in page.items] == [
        "_Node_1",
        "_Node_0",
        "_Node_4",
        "_Node_3",
        "_Node_2",
    ]


def test_the_service_list_example() -> None:
    page = get_service_info_list.parse_response(_response(_body("GetServiceInfoList")))
    assert page.items is not None
    stateful, stateless = page.items
    assert isinstance(stateful, StatefulServiceInfo)
    assert isinstance(stateless, StatelessServiceInfo)
    assert stateful.has_persisted_state is True
    assert stateful.name == "fabric:/VisualObjects/VisualObjects.ActorService"
    assert stateful.id == "VisualObjects/VisualObjects.ActorService"
    assert (
        stateful.service_status == "Active" and stateful.health_state == HealthState.OK
    )
    assert (
        stateful.service_metadata is not None
        and stateful.service_metadata.arm_metadata is not None
    )
    assert stateless.type_name == "VisualObjects.WebServiceType"


def test_the_partition_list_example_with_the_older_stateful_names() -> None:
    page = get_partition_info_list.parse_response(
        _response(_body("GetPartitionInfoList"))
    )
    assert page.items is not None and len(page.items) == 5
    first = page.items[0]
    assert isinstance(first, StatefulServicePartitionInfo)
    assert (first.target_replica_set_size, first.min_replica_set_size) == (3, 2)
    assert first.partition_status == ServicePartitionStatus.READY
    information = first.partition_information
    assert isinstance(information, Int64RangePartitionInformation)
    assert information.id == uuid.UUID("5603c359-c5e6-4b23-89ef-24d3b0874d77")
    assert (information.low_key, information.high_key) == (
        "1844674407370955162",
        "5534023222112865484",
    )
    # quirk 11: the example's spelling, not the 9.1 schema's
    assert first.last_quorum_loss_duration_in_seconds == "17"
    assert first.current_configuration_epoch is not None
    assert first.current_configuration_epoch.configuration_version == "21474836480"
    assert first.last_quorum_loss_duration is None and first.primary_epoch is None
    lows = [p.partition_information.low_key for p in page.items]  # type: ignore[union-attr]
    assert "-9223372036854775808" in lows


def test_the_recover_all_example_has_an_empty_body() -> None:
    official = _official("RecoverAllPartitions")
    assert official["responses"]["200"]["body"] == {}
    assert official["parameters"] == {"api-version": "6.0"}


def test_both_spellings_of_the_stateful_partition_fields_parse() -> None:
    schema = ServicePartitionInfo.model_validate_json(
        b'{"ServiceKind": "Stateful", "LastQuorumLossDuration": "PT17S",'
        b' "PrimaryEpoch": {"ConfigurationVersion": "1", "DataLossVersion": 2}}'
    )
    example = ServicePartitionInfo.model_validate_json(
        b'{"ServiceKind": "Stateful", "LastQuorumLossDurationInSeconds": 17,'
        b' "CurrentConfigurationEpoch": {"ConfigurationVersion": "1", "DataLossVersion": "2"}}'
    )
    assert isinstance(schema, StatefulServicePartitionInfo)
    assert isinstance(example, StatefulServicePartitionInfo)
    assert schema.last_quorum_loss_duration == timedelta(seconds=17)
    assert example.last_quorum_loss_duration_in_seconds == "17"
    assert schema.primary_epoch == example.current_configuration_epoch
    assert (
        schema.primary_epoch is not None
        and schema.primary_epoch.data_loss_version == "2"
    )


@pytest.mark.parametrize(
    ("parser", "body", "unknown", "kind"),
    [
        (
            ServiceInfo,
            {"ServiceKind": "Serverless", "Name": "fabric:/a/b", "Extra": 1},
            UnknownServiceInfo,
            "Serverless",
        ),
        (
            ServicePartitionInfo,
            {"ServiceKind": "Hybrid", "PartitionStatus": "Ready"},
            UnknownServicePartitionInfo,
            "Hybrid",
        ),
    ],
)
def test_an_unknown_kind_parses_into_the_fallback(
    parser: Any, body: dict[str, Any], unknown: Any, kind: str
) -> None:
    parsed: Any = parser.model_validate_json(json.dumps(body))
    assert type(parsed) is unknown
    assert parsed.service_kind == kind
    assert parsed.model_dump(by_alias=True, exclude_none=True) == body  # extras kept


def test_unknown_kinds_inside_lists_and_nested_members() -> None:
    services = get_service_info_list.parse_response(
        _response(
            b'{"Items": [{"ServiceKind": "Stateful", "Name": "fabric:/a/s"},'
            b' {"ServiceKind": "Actor", "Name": "fabric:/a/x", "Actors": 3},'
            b' {"ServiceKind": "Stateless", "Name": "fabric:/a/w"}]}'
        )
    ).items
    assert services is not None
    assert [type(s).__name__ for s in services] == [
        "StatefulServiceInfo",
        "UnknownServiceInfo",
        "StatelessServiceInfo",
    ]
    assert services[1].model_extra == {"Actors": 3}
    partition = get_partition_info.parse_response(
        _response(
            b'{"ServiceKind": "Stateless", "PartitionInformation": {"ServicePartitionKind":'
            b' "Hash", "Id": "5603c359-c5e6-4b23-89ef-24d3b0874d77", "Buckets": 8}}'
        )
    )
    assert partition is not None and partition.partition_information is not None
    assert isinstance(partition.partition_information, UnknownPartitionInformation)
    assert partition.partition_information.service_partition_kind == "Hash"
    assert partition.partition_information.model_extra == {"Buckets": 8}
    replicas = PagedReplicaInfoList.model_validate(
        {
            "Items": [
                {"ServiceKind": "Stateful", "ReplicaRole": "Primary", "ReplicaId": 7},
                {"ServiceKind": "Auxiliary", "ReplicaId": "8"},
            ]
        }
    ).items
    assert replicas is not None
    assert isinstance(replicas[0], StatefulServiceReplicaInfo)
    assert replicas[0].replica_id == "7"  # a number also accepted, kept as a string
    assert isinstance(replicas[1], UnknownReplicaInfo)


def test_a_listed_kind_never_parses_as_the_fallback() -> None:
    # the listed member wins even when the body carries only the common properties
    for kind, member in (
        ("Stateful", StatefulServiceInfo),
        ("Stateless", StatelessServiceInfo),
    ):
        parsed = get_service_info.parse_response(
            _response(json.dumps({"ServiceKind": kind, "Unlisted": True}).encode())
        )
        assert type(parsed) is member


def test_backup_configuration_union_and_its_partition_member() -> None:
    union = BackupConfigurationInfo.model_validate(
        {
            "Kind": "Partition",
            "PolicyName": "p",
            "PartitionId": "5603c359-c5e6-4b23-89ef-24d3b0874d77",
        }
    )
    assert isinstance(union.root, PartitionBackupConfigurationInfo)
    other = BackupConfigurationInfo.model_validate(
        {"Kind": "Cluster", "PolicyName": "p"}
    )
    assert isinstance(other.root, UnknownBackupConfigurationInfo)
    assert other.root.policy_name == "p"


def test_health_evaluations_are_open_and_keep_their_data() -> None:
    health = PartitionHealth.model_validate(
        {
            "AggregatedHealthState": "Error",
            "HealthEvents": [
                {
                    "SourceId": "System.FM",
                    "Property": "State",
                    "HealthState": "Error",
                    "TimeToLiveInMilliSeconds": "PT5M",
                    "SequenceNumber": 12,
                }
            ],
            "UnhealthyEvaluations": [
                {
                    "HealthEvaluation": {
                        "Kind": "Replicas",
                        "AggregatedHealthState": "Error",
                        "TotalCount": 3,
                        "MaxPercentUnhealthyReplicasPerPartition": 0,
                        "UnhealthyEvaluations": [
                            {
                                "HealthEvaluation": {
                                    "Kind": "BrandNewKind",
                                    "Description": "d",
                                    "Whatever": [1],
                                }
                            }
                        ],
                    }
                }
            ],
            "ReplicaHealthStates": [
                {
                    "ServiceKind": "Stateful",
                    "ReplicaId": "1",
                    "AggregatedHealthState": "Ok",
                }
            ],
        }
    )
    assert health.aggregated_health_state == HealthState.ERROR
    assert health.health_events is not None
    event = health.health_events[0]
    assert event.time_to_live_in_milli_seconds == timedelta(minutes=5)
    assert event.sequence_number == "12"
    assert health.unhealthy_evaluations is not None
    outer = health.unhealthy_evaluations[0].health_evaluation
    assert outer is not None and outer.kind == HealthEvaluationKind.REPLICAS
    assert outer.model_extra == {
        "TotalCount": 3,
        "MaxPercentUnhealthyReplicasPerPartition": 0,
    }
    assert outer.unhealthy_evaluations is not None
    inner = outer.unhealthy_evaluations[0].health_evaluation
    assert inner is not None and inner.kind == "BrandNewKind"
    assert inner.model_extra == {"Whatever": [1]}
    assert health.replica_health_states is not None
    assert health.replica_health_states[0].replica_id == "1"
    cluster = ClusterHealth.model_validate(
        {"NodeHealthStates": [{"Name": "_Node_0", "AggregatedHealthState": "Warning"}]}
    )
    assert cluster.node_health_states is not None
    assert cluster.node_health_states[0].aggregated_health_state == "Warning"


def test_backup_list_lsn_may_be_a_number() -> None:
    page = PagedBackupInfoList.model_validate(
        {
            "Items": [
                {
                    "BackupId": "3a056ac9-7206-43c3-8424-6f6103003eba",
                    "LsnOfLastBackupRecord": 261,
                    "BackupType": "Full",
                    "CreationTimeUtc": "2018-01-01T09:00:55Z",
                    "PartitionInformation": {
                        "ServicePartitionKind": "Singleton",
                        "Id": "5603c359-c5e6-4b23-89ef-24d3b0874d77",
                    },
                }
            ]
        }
    )
    assert page.items is not None
    assert page.items[0].lsn_of_last_backup_record == "261"
    assert page.items[0].backup_type == "Full"
