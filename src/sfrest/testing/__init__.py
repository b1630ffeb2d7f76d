"""sfrest.testing: an in-memory emulator of the Service Fabric gateway's 44 operations.

What Azurite is to Azure Storage: the fault operations (data loss, quorum loss,
partition restart, node transition, list, cancel) and partition backup/restore, with
their state machines, error table and wire quirks, and the drill operations around
them (node, application, service, partition and replica discovery, Recover*, the
backup list and configuration, partition/service/cluster/node health, node and replica
restarts, replica removal and moves), and Chaos with a seeded engine on the emulator's
clock (Emulator(seed=...)), over one core and two front ends.

In-process, for fast tests (no sockets, no threads):

    from sfrest import ServiceFabricClient
    from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator, ManualClock

    clock = ManualClock()
    emu = Emulator(clock=clock, durations={"PartitionDataLoss": 2.0})
    with ServiceFabricClient(transport=emu.transport(), clock=clock, sleep=clock.sleep) as client:
        op = client.start_data_loss(CALC_SERVICE, CALC_PARTITIONS[0], "PartialDataLoss")
        assert op.progress().state == "Running"
        clock.advance(2.0)
        assert op.progress().invoke_data_loss_result.error_code == 0
        # AsyncServiceFabricClient(transport=emu.async_transport(), sleep=clock.async_sleep, clock=clock)

Pass the manual clock as both sleep= and clock=: with sleep= alone, wait(timeout=5) keeps
its deadline on the wall clock while each sleep jumps the emulator's time ahead, so a
600 s operation seems to complete within the 5 s. Under pytest, the sfrest plugin
(sfrest.testing.pytest_plugin, loaded by itself) wires both in its fixtures sf_clock,
sf_emulator, sf_client and sf_async_client.

Over real HTTP/1.1 on loopback (one asyncio loop with h11, keep-alive; 1,000 connections at
once, idle ones closed after 30 s, bodies above 1 MiB answered 413):

    with emu.serve(host="127.0.0.1", port=0) as server:    # port 0: a free port
        with ServiceFabricClient(server.url) as client: ...
    # leaving the block stops the server, closes its connections and joins its thread

Blocking, for the CLI (`sfrest emulator --port 19080`):

    run(host="127.0.0.1", port=19080, *, emulator=None, topology=None, durations=None,
        runtime_version="9.1", on_ready=None) -> None

    Serves until Ctrl-C (then returns) or until server.stop() from another thread.
    With emulator=None it builds Emulator(topology, durations=durations,
    runtime_version=runtime_version). on_ready(server) is called once the port is bound
    (server.url is final); by default the URL and the seeded names are printed to stdout.
    `sfrest emulator --topology FILE --duration KIND=SECONDS --fault KEY=VALUE,...
    --runtime-version V` builds its Emulator from that text (Topology.load, durations,
    inject_fault's arguments with times=always for None) and runs it.

The API:

- Emulator(topology=None, *, durations=None, clock=time.monotonic, runtime_version="9.1",
  start_time=None, page_size=None): .transport(), .async_transport(), .serve(host, port) ->
  EmulatorServer, .handle(method, target, body) -> EmulatorResponse,
  .inject_fault(target=None, *, kind=None, error_code=E_FAIL, state="Failure",
  failure_code="E_FAIL", message=..., times=1), .clear_faults(), .reset(),
  .is_node_up(name).
- durations: seconds per kind, see DEFAULT_DURATIONS (2.0 each; RollingBack 1.0):
  PartitionDataLoss, PartitionQuorumLoss (plus the request's QuorumLossDuration),
  PartitionRestart, NodeTransition, Backup, Restore, RollingBack.
- ManualClock(start=0.0): clock(), .advance(seconds), .sleep / .async_sleep (advance,
  for the clients' sleep=).
- page_size: the most items a page of a paged list holds (None: one page holds all).
- Topology(applications, nodes) of Application(name, services, type_name=None,
  type_version="1.0.0"), Service(name, partitions, stateful=True, type_name=None,
  scheme=None, target_replica_set_size=3, min_replica_set_size=2, instance_count=-1,
  manifest_version="1.0.0"), Partition(id, backup_enabled=False, name=None),
  Node(name, instance_id, up=True, type="NodeType0", upgrade_domain=None,
  fault_domain=None, address=None). Type names default to the name's last segment +
  "Type"; scheme to Int64Range (keys split evenly) for stateful services and Singleton
  for a one-partition stateless one (Named: partition names, default their index);
  node domains and addresses to the node's position i (UD "i", FD "fd:/i",
  10.0.0.(4+i)). Replicas are placed: replica r of partition p on node (p + r) mod the
  node count, replica 0 Primary, the others ActiveSecondary; a stateless partition has
  instance_count instances (-1: every node); Topology.replicas(pid) lists them.
  Topology.load(path) reads one from JSON (.json) or YAML of those fields
  ({applications: [{name, services: [{name, partitions: [{id, …}], …}], …}], nodes:
  [{name, instance_id, …}]}); ValueError, one line naming the key, otherwise.
  Topology.default() is the seeded cluster: CALC_APP "fabric:/CalcApp" (CalcAppType
  1.0.0); CALC_SERVICE "fabric:/CalcApp/CalcService" (stateful, Int64Range, 3 replicas,
  backup enabled) with CALC_PARTITIONS 1daae3f5-7fd6-42e9-b1ba-8c05f873994d,
  2d5e8c43-6a1b-4f0e-9c7d-0b3a4e5f6a7b, 3c1f9b27-84de-4a65-b0c3-5e6f7a8b9c0d;
  GATEWAY_SERVICE "fabric:/CalcApp/GatewayService" (stateless, Singleton, an instance
  on every node, backup not enabled) with GATEWAY_PARTITION
  4e0a6d18-2b7c-4d93-8e1f-6a7b8c9d0e1f; NODES _Node_0 … _Node_4 (NodeType0) with
  instance ids "132537498712345670" … "132537498712345674".

Behaviour (states are computed from the clock when asked; nothing runs in background):

- Fault operations: Running for their duration, then Completed (ErrorCode 0) or, when
  a fault was injected, Faulted (the negative HRESULT). The result object
  (SelectedPartition {ServiceName, PartitionId} or NodeResult {NodeName,
  NodeInstanceId}) is present only in Completed and Faulted. CancelOperation:
  Running -> RollingBack (for durations["RollingBack"]) -> Cancelled; Force=true only
  after a plain cancel (-> ForceCancelled), else 400 FABRIC_E_INVALID_TEST_COMMAND_STATE;
  cancelling a terminal operation is also 400 FABRIC_E_INVALID_TEST_COMMAND_STATE, and
  a second plain cancel while RollingBack is a no-op. Progress is looked up by
  OperationId and kind (404 FABRIC_E_KEY_NOT_FOUND otherwise); the path's
  service/partition/node are checked on Start*.
- Data and quorum loss need a stateful service: 400
  FABRIC_E_ONLY_VALID_FOR_STATEFUL_PERSISTENT_SERVICES.
- Node transitions: NodeInstanceId must equal the node's instance id (400
  FABRIC_E_INSTANCE_ID_MISMATCH; not a decimal number: 400 E_INVALIDARG). Stop takes
  the node down at once for StopDurationInSeconds (then it is up again); Stop on a down
  node is 400 FABRIC_E_NODE_IS_DOWN, Start on an up node 400 FABRIC_E_NODE_IS_UP; Start
  brings it up. Instance ids do not change. A faulted transition leaves the node alone;
  cancelling a Stop brings the node back.
- GetFaultOperationList: a bare array of OperationStatus in start order; TypeFilter 1/2/
  4/8 and StateFilter 1/2/8/16/32/64 are bit masks, absent or 0 matching all.
- Backup (partitions with backup_enabled, else 404 FABRIC_E_BACKUP_NOT_ENABLED):
  Accepted for the first quarter of its duration, BackupInProgress, then Success
  (BackupId, BackupLocation app\\svc\\pid\\time.zip, EpochOfLastBackupRecord as
  strings, LsnOfLastBackupRecord, TimeStampUtc), or Failure (FailureError) / Timeout
  when injected; Timeout also when BackupTimeout minutes pass first. A second backup or
  a restore while one runs: 409 FABRIC_E_BACKUP_IN_PROGRESS (FABRIC_E_RESTORE_IN_PROGRESS
  while a restore runs). Restore mirrors it (RestoredEpoch, RestoredLsn); an unknown
  BackupId ends in Failure; a stateless partition is 400 E_INVALIDARG. Progress before
  any backup/restore of the partition: 404 FABRIC_E_KEY_NOT_FOUND.
- Discovery: GetNodeInfoList (NodeStatusFilter default/all list every node, up/down/…
  those of that status), GetNodeInfo, GetApplicationInfoList (ApplicationTypeName;
  ApplicationDefinitionKindFilter 0/1/65535 match every application, 2 (Compose) none,
  and combined with ApplicationTypeName is 400 E_INVALIDARG; ExcludeApplicationParameters
  drops Parameters), GetApplicationInfo, GetServiceInfoList (ServiceTypeName; an unknown
  application is 404 FABRIC_E_APPLICATION_NOT_FOUND), GetServiceInfo,
  GetPartitionInfoList, GetPartitionInfo, GetReplicaInfoList. The applicationId path
  segment decodes like serviceId. Get*Info of an unknown node, application, service (or
  one not in that application) or partition answers 204 with no body; the lists of an
  unknown service or partition are 404 FABRIC_E_SERVICE_DOES_NOT_EXIST /
  FABRIC_E_PARTITION_NOT_FOUND.
- Paging (the five paged lists): a page holds page_size items (MaxResults, where the
  operation has it, lowers that; 0 is no limit). ContinuationToken is the last item's key
  (node name, application or service name, partition id, replica id) and "" on the last
  page; a token that names no item of the list is 400 E_INVALIDARG.
- Nodes: Up, or Down while stopped by a transition (IsStopped true) or declared
  Node(up=False) (IsStopped false); NodeUpTimeInSeconds / NodeDownTimeInSeconds count
  from the emulator's start or the last transition; HealthState Error while down.
- Replicas: a replica or instance on a down node is ReplicaStatus Down, HealthState
  Error. In quorum loss, AllReplicas takes every replica of the partition down and
  QuorumReplicas enough secondaries (the last ones) that fewer than MinReplicaSetSize stay.
- Quorum loss: a partition is InQuorumLoss (PartitionStatus) while its quorum-loss
  operation is Running, i.e. for the operation's duration, else Ready.
  LastQuorumLossDuration is how long the last finished one lasted (PT0S before any).
  RecoverPartition, RecoverServicePartitions and RecoverAllPartitions end the quorum
  loss of their partitions at once: the quorum-loss operation is Completed (ErrorCode 0)
  from that moment, as if its duration had ended. On a partition not in quorum loss
  they do nothing; RecoverSystemPartitions always does nothing (there is no
  fabric:/System). Unknown partition or service: 404 as above.
- Health: a partition is Error in quorum loss or when one of its replicas is on a down
  node, Warning while a fault operation (data loss, quorum loss, restart) on it is
  Running or RollingBack, else Ok; its events say why (System.FM State; one
  System.FaultAnalysisService event per active operation). A service is its worst
  partition, an application its worst service, a node Error while down, the cluster its
  worst node or application. UnhealthyEvaluations holds one evaluation (Kind Event,
  Partitions, Nodes or Applications, with kind-specific extras) when not Ok. The
  *HealthStateFilter masks (0 and 65535 all, 1 none, 2 Ok, 4 Warning, 8 Error) filter
  HealthEvents and the child states; ExcludeHealthStatistics drops HealthStatistics;
  IncludeSystemApplicationHealthStatistics changes nothing (no fabric:/System).
- Failover (RestartNode, RestartReplica, RemoveReplica, MovePrimaryReplica,
  MoveSecondaryReplica): a restarted node is Down at once and Up again after
  durations["NodeTransition"] with its instance id plus one (NodeInstanceId "0" matches
  any instance, another value must be the current one: 409 FABRIC_E_INSTANCE_ID_MISMATCH);
  a restarted replica is Down for durations["PartitionRestart"], then Ready with the
  same id (stateful only: 400 FABRIC_E_INVALID_FOR_STATELESS_SERVICES); a removed replica
  or instance is replaced at once by one with a new id on the same node, Down for
  durations["PartitionRestart"]; a primary move gives the role to the secondary on the
  target node (or moves the primary there), a secondary move puts that replica on the
  new node; both at once, stateful only, IgnoreConstraints changing nothing. A down
  node (the one restarted, the replica's, or a move's target) is 400
  FABRIC_E_NODE_IS_DOWN; a replica not on the path's node 404
  FABRIC_E_REPLICA_DOES_NOT_EXIST; a move onto a node holding the partition's primary or
  a secondary 400 FABRIC_E_ALREADY_PRIMARY_REPLICA / FABRIC_E_ALREADY_SECONDARY_REPLICA.
  GetNodeHealth: Ok while up, Error while down, one System.FM State event (filtered by
  EventsHealthStateFilter); an unknown node 404 FABRIC_E_NODE_NOT_FOUND.
- Backup list and configuration: GetPartitionBackupList lists every backup of the
  partition that reached Success, oldest first: BackupId, BackupLocation, BackupType
  (the first Full, the others Incremental), EpochOfLastBackupRecord,
  LsnOfLastBackupRecord, CreationTimeUtc (the trigger time), PartitionInformation.
  StartDateTimeFilter / EndDateTimeFilter (ISO 8601; no zone is UTC) keep backups
  created within them, inclusive; Latest=true keeps only the newest of those; one page
  (ContinuationToken ""); a partition without a backup policy has an empty list.
  GetPartitionBackupConfigurationInfo: policy CalcBackupPolicy,
  inherited from the Service, not suspended; 404 FABRIC_E_BACKUP_NOT_ENABLED without a
  policy. RestorePartition with Latest=true and no body restores the partition's newest
  successful backup (404 FABRIC_E_BACKUP_NOT_FOUND when there is none), read from the
  raw query so it works before and after the spec declares Latest.
- Validation, in order: unknown path 404 NotFound, known path with another method 405
  FABRIC_E_INVALID_OPERATION (with Allow); api-version missing, unparsable or outside
  [the operation's MIN_API_VERSION, runtime_version] (compared as numbers, 6.10 == 6.1)
  400 E_INVALIDARG; a required query parameter missing 404 FABRIC_E_NAME_DOES_NOT_EXIST;
  malformed GUIDs, enum values (exact case; never Invalid), integers, booleans and
  bodies 400 E_INVALIDARG (integers within the spec's minimum/maximum and format:
  timeout 1 … 4294967295; StopDurationInSeconds, QuorumLossDuration, BackupTimeout and
  RestoreTimeout >= 0; the *Filter bit masks 0 … 65535; MaxResults 0 … 2**63-1; other
  integers int32; date-times ISO 8601); duplicate OperationId 409
  FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS (checked before the target's state,
  so a retried Start* sees 409); unknown service, partition, node 404
  FABRIC_E_SERVICE_DOES_NOT_EXIST / FABRIC_E_PARTITION_NOT_FOUND / FABRIC_E_NODE_NOT_FOUND.
  Query names are matched exactly; the first of repeated names wins; unknown names are
  ignored. Paths are matched on the raw path, segment by segment, exactly as the spec
  spells them (trailing slashes included); each segment is percent-decoded on its own,
  so a service id's %2F stays inside it: the gateway's decoding (%7E and %2F to ~ and /,
  ~ to /, fabric:/ in front) accepts app~svc, app%7Esvc and the pre-6.0 app%2Fsvc.
- Every body is serialised from the generated models (sfrest_generated.models), and
  every route, parameter and api-version range is read from the generated operation
  modules, so the emulator follows spec/ and fails loudly where it cannot.
"""

from ._clock import ManualClock
from ._emulator import (
    DEFAULT_DURATIONS,
    DEFAULT_RUNTIME_VERSION,
    E_FAIL,
    KINDS,
    Emulator,
)
from ._run import run
from ._server import EmulatorServer
from ._topology import (
    CALC_APP,
    CALC_PARTITIONS,
    CALC_SERVICE,
    GATEWAY_PARTITION,
    GATEWAY_SERVICE,
    NODES,
    Application,
    Node,
    Partition,
    Replica,
    Service,
    Topology,
)
from ._transport import AsyncEmulatorTransport, EmulatorTransport
from ._wire import EmulatorResponse

__all__ = [
    "CALC_APP",
    "CALC_PARTITIONS",
    "CALC_SERVICE",
    "DEFAULT_DURATIONS",
    "DEFAULT_RUNTIME_VERSION",
    "E_FAIL",
    "GATEWAY_PARTITION",
    "GATEWAY_SERVICE",
    "KINDS",
    "NODES",
    "Application",
    "AsyncEmulatorTransport",
    "Emulator",
    "EmulatorResponse",
    "EmulatorServer",
    "EmulatorTransport",
    "ManualClock",
    "Node",
    "Partition",
    "Replica",
    "Service",
    "Topology",
    "run",
]
