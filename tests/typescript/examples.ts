// A second language reads the contract: TypeScript types generated from
// spec/servicefabric.yaml by openapi-typescript (into ./sf.d.ts at test time), and the
// seed example bodies of the REST reference (tests/fixtures/*.json) assigned to them.
// tests/test_typescript.py type-checks this file with tsc --strict, then runs it and
// compares `seeds` with tests/fixtures/ and `official` with tests/fixtures/reference/.
// Keep the literals equal to the fixtures.
import type { components, operations } from "./sf";

type Schemas = components["schemas"];
// the body of an operation's 200 response, looked up by operationId
type Ok<Id extends keyof operations> = operations[Id]["responses"] extends {
  200: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

// Get Data Loss Progress, Completed. The reference page shows "ErrorCode": "0", a
// string; the wire sends a number and the type says number, so a reader of raw JSON
// normalises it (the JSON Schema contract accepts both). Compared after that.
const dataLossCompleted: Schemas["PartitionDataLossProgress"] = {
  State: "Completed",
  InvokeDataLossResult: {
    ErrorCode: 0,
    SelectedPartition: {
      ServiceName: "fabric:/myapp/myservice",
      PartitionId: "1daae3f5-7fd6-42e9-b1ba-8c05f873994d",
    },
  },
};

// Get Data Loss Progress, Running: only State has a value.
const dataLossRunning: Ok<"GetDataLossProgress"> = {
  State: "Running",
};

// Get Partition Restart Progress, Completed.
const restartCompleted: Ok<"GetPartitionRestartProgress"> = {
  State: "Completed",
  RestartPartitionResult: {
    ErrorCode: 0,
    SelectedPartition: {
      ServiceName: "fabric:/myapp/myservice",
      PartitionId: "1daae3f5-7fd6-42e9-b1ba-8c05f873994d",
    },
  },
};

// Get Partition Backup Progress, Success.
const backupSuccess: Schemas["BackupProgressInfo"] = {
  BackupState: "Success",
  TimeStampUtc: "2018-01-01T09:00:55Z",
  BackupId: "3a056ac9-7206-43c3-8424-6f6103003eba",
  BackupLocation:
    "CalcApp\\CalcService\\1daae3f5-7fd6-42e9-b1ba-8c05f873994d\\2018-01-01 09.00.55.zip",
  EpochOfLastBackupRecord: {
    DataLossVersion: "131462452931584510",
    ConfigurationVersion: "8589934592",
  },
  LsnOfLastBackupRecord: "261",
  FailureError: null,
};

// The request side: a restore from a file share, told apart by StorageKind.
const restore: Schemas["RestorePartitionDescription"] = {
  BackupId: "3a056ac9-7206-43c3-8424-6f6103003eba",
  BackupLocation: "CalcApp\\CalcService\\2018-01-01 09.00.55.zip",
  BackupStorage: { StorageKind: "FileShare", Path: "\\\\share\\backups" },
};

// The drill operations: the official 9.1 example bodies (tests/fixtures/reference/*.json,
// responses["200"].body), assigned to the types of their operations' 200 responses.
// GetPartitionInfoList's example uses the older stateful names (LastQuorumLossDurationInSeconds,
// CurrentConfigurationEpoch): the spec lists both spellings, so they type-check.
const nodeInfoList: Ok<"GetNodeInfoList"> = {
  "ContinuationToken": "",
  "Items": [
    {
      "Name": "_Node_1",
      "IpAddressOrFQDN": "10.0.0.5",
      "Type": "testnode",
      "CodeVersion": "6.3.139.9494",
      "ConfigVersion": "5",
      "NodeStatus": "Up",
      "NodeUpTimeInSeconds": "15275",
      "HealthState": "Ok",
      "IsSeedNode": true,
      "UpgradeDomain": "1",
      "FaultDomain": "fd:/1",
      "Id": {
        "Id": "ebd986a1134b3643a8117fb41b259bf"
      },
      "InstanceId": "131738274982501335",
      "NodeDeactivationInfo": {
        "NodeDeactivationIntent": "Invalid",
        "NodeDeactivationStatus": "None",
        "NodeDeactivationTask": [],
        "PendingSafetyChecks": []
      },
      "IsStopped": false,
      "NodeDownTimeInSeconds": "0",
      "NodeUpAt": "2018-06-18T20:31:39.842Z",
      "NodeDownAt": "2018-06-18T20:31:37.374Z"
    },
    {
      "Name": "_Node_0",
      "IpAddressOrFQDN": "10.0.0.4",
      "Type": "testnode",
      "CodeVersion": "6.3.139.9494",
      "ConfigVersion": "5",
      "NodeStatus": "Up",
      "NodeUpTimeInSeconds": "18742",
      "HealthState": "Ok",
      "IsSeedNode": true,
      "UpgradeDomain": "0",
      "FaultDomain": "fd:/0",
      "Id": {
        "Id": "2acb9f55540659b1c95f27cc128ab326"
      },
      "InstanceId": "131738240209152398",
      "NodeDeactivationInfo": {
        "NodeDeactivationIntent": "Invalid",
        "NodeDeactivationStatus": "None",
        "NodeDeactivationTask": [],
        "PendingSafetyChecks": []
      },
      "IsStopped": false,
      "NodeDownTimeInSeconds": "0",
      "NodeUpAt": "2018-06-18T19:33:52.944Z",
      "NodeDownAt": "2018-06-18T19:33:39.514Z"
    },
    {
      "Name": "_Node_4",
      "IpAddressOrFQDN": "10.0.0.8",
      "Type": "testnode",
      "CodeVersion": "6.3.139.9494",
      "ConfigVersion": "5",
      "NodeStatus": "Up",
      "NodeUpTimeInSeconds": "101168",
      "HealthState": "Ok",
      "IsSeedNode": true,
      "UpgradeDomain": "4",
      "FaultDomain": "fd:/4",
      "Id": {
        "Id": "ba9383d728221add7fa996bf67b757fb"
      },
      "InstanceId": "131737415865259763",
      "NodeDeactivationInfo": {
        "NodeDeactivationIntent": "Invalid",
        "NodeDeactivationStatus": "None",
        "NodeDeactivationTask": [],
        "PendingSafetyChecks": []
      },
      "IsStopped": false,
      "NodeDownTimeInSeconds": "0",
      "NodeUpAt": "2018-06-17T20:40:07.378Z",
      "NodeDownAt": "2018-06-17T20:33:11.877Z"
    },
    {
      "Name": "_Node_3",
      "IpAddressOrFQDN": "10.0.0.7",
      "Type": "testnode",
      "CodeVersion": "6.3.139.9494",
      "ConfigVersion": "5",
      "NodeStatus": "Up",
      "NodeUpTimeInSeconds": "15236",
      "HealthState": "Ok",
      "IsSeedNode": true,
      "UpgradeDomain": "3",
      "FaultDomain": "fd:/3",
      "Id": {
        "Id": "d6a18a0935a3e39aeae2a049eb97255d"
      },
      "InstanceId": "131738275300526952",
      "NodeDeactivationInfo": {
        "NodeDeactivationIntent": "Invalid",
        "NodeDeactivationStatus": "None",
        "NodeDeactivationTask": [],
        "PendingSafetyChecks": []
      },
      "IsStopped": false,
      "NodeDownTimeInSeconds": "0",
      "NodeUpAt": "2018-06-18T20:32:18.884Z",
      "NodeDownAt": "2018-06-18T20:31:59.128Z"
    },
    {
      "Name": "_Node_2",
      "IpAddressOrFQDN": "10.0.0.6",
      "Type": "testnode",
      "CodeVersion": "6.3.139.9494",
      "ConfigVersion": "5",
      "NodeStatus": "Up",
      "NodeUpTimeInSeconds": "19440",
      "HealthState": "Ok",
      "IsSeedNode": true,
      "UpgradeDomain": "2",
      "FaultDomain": "fd:/2",
      "Id": {
        "Id": "f2af91e5e9c8254dedb75b1424a9e3fc"
      },
      "InstanceId": "131738233282843485",
      "NodeDeactivationInfo": {
        "NodeDeactivationIntent": "Invalid",
        "NodeDeactivationStatus": "None",
        "NodeDeactivationTask": [],
        "PendingSafetyChecks": []
      },
      "IsStopped": false,
      "NodeDownTimeInSeconds": "0",
      "NodeUpAt": "2018-06-18T19:22:15.272Z",
      "NodeDownAt": "2018-06-18T19:22:02.740Z"
    }
  ]
};

const serviceInfoList: Ok<"GetServiceInfoList"> = {
  "ContinuationToken": "",
  "Items": [
    {
      "ServiceKind": "Stateful",
      "Name": "fabric:/VisualObjects/VisualObjects.ActorService",
      "TypeName": "VisualObjects.ActorServiceType",
      "ManifestVersion": "14.0.0",
      "HasPersistedState": true,
      "HealthState": "Ok",
      "ServiceStatus": "Active",
      "IsServiceGroup": false,
      "ServiceMetadata": {
        "ArmMetadata": {}
      },
      "Id": "VisualObjects/VisualObjects.ActorService"
    },
    {
      "ServiceKind": "Stateless",
      "Name": "fabric:/VisualObjects/VisualObjects.WebService",
      "TypeName": "VisualObjects.WebServiceType",
      "ManifestVersion": "14.0.0",
      "HealthState": "Ok",
      "ServiceStatus": "Active",
      "IsServiceGroup": false,
      "ServiceMetadata": {
        "ArmMetadata": {}
      },
      "Id": "VisualObjects/VisualObjects.WebService"
    }
  ]
};

const partitionInfoList: Schemas["PagedServicePartitionInfoList"] = {
  "ContinuationToken": "",
  "Items": [
    {
      "ServiceKind": "Stateful",
      "PartitionInformation": {
        "ServicePartitionKind": "Int64Range",
        "Id": "5603c359-c5e6-4b23-89ef-24d3b0874d77",
        "LowKey": "1844674407370955162",
        "HighKey": "5534023222112865484"
      },
      "TargetReplicaSetSize": 3,
      "MinReplicaSetSize": 2,
      "HealthState": "Ok",
      "PartitionStatus": "Ready",
      "LastQuorumLossDurationInSeconds": "17",
      "CurrentConfigurationEpoch": {
        "ConfigurationVersion": "21474836480",
        "DataLossVersion": "133117243740808225"
      }
    },
    {
      "ServiceKind": "Stateful",
      "PartitionInformation": {
        "ServicePartitionKind": "Int64Range",
        "Id": "ea09316f-86a4-40c1-ba3b-bccf23646986",
        "LowKey": "-5534023222112865484",
        "HighKey": "-1844674407370955162"
      },
      "TargetReplicaSetSize": 3,
      "MinReplicaSetSize": 2,
      "HealthState": "Ok",
      "PartitionStatus": "Ready",
      "LastQuorumLossDurationInSeconds": "17",
      "CurrentConfigurationEpoch": {
        "ConfigurationVersion": "17179869184",
        "DataLossVersion": "133117243740808225"
      }
    },
    {
      "ServiceKind": "Stateful",
      "PartitionInformation": {
        "ServicePartitionKind": "Int64Range",
        "Id": "bc4a7370-f992-4ca3-9214-d1716f04aa23",
        "LowKey": "-1844674407370955161",
        "HighKey": "1844674407370955161"
      },
      "TargetReplicaSetSize": 3,
      "MinReplicaSetSize": 2,
      "HealthState": "Ok",
      "PartitionStatus": "Ready",
      "LastQuorumLossDurationInSeconds": "17",
      "CurrentConfigurationEpoch": {
        "ConfigurationVersion": "17179869184",
        "DataLossVersion": "133117243740808225"
      }
    },
    {
      "ServiceKind": "Stateful",
      "PartitionInformation": {
        "ServicePartitionKind": "Int64Range",
        "Id": "af42ea74-38b8-4128-b949-80aedfa04dc7",
        "LowKey": "-9223372036854775808",
        "HighKey": "-5534023222112865485"
      },
      "TargetReplicaSetSize": 3,
      "MinReplicaSetSize": 2,
      "HealthState": "Ok",
      "PartitionStatus": "Ready",
      "LastQuorumLossDurationInSeconds": "0",
      "CurrentConfigurationEpoch": {
        "ConfigurationVersion": "12884901888",
        "DataLossVersion": "133117243740808225"
      }
    },
    {
      "ServiceKind": "Stateful",
      "PartitionInformation": {
        "ServicePartitionKind": "Int64Range",
        "Id": "365a03af-3718-4580-bef8-6f5f432ea092",
        "LowKey": "5534023222112865485",
        "HighKey": "9223372036854775807"
      },
      "TargetReplicaSetSize": 3,
      "MinReplicaSetSize": 2,
      "HealthState": "Ok",
      "PartitionStatus": "Ready",
      "LastQuorumLossDurationInSeconds": "16",
      "CurrentConfigurationEpoch": {
        "ConfigurationVersion": "17179869184",
        "DataLossVersion": "133117243740808225"
      }
    }
  ]
};

// An open union: a ServiceKind the spec does not list is an UnknownServiceInfo.
const unknownService: Ok<"GetServiceInfo"> = { ServiceKind: "Serverless", Name: "fabric:/a/b" };

// Type checking is real: each line below is an error that the directive expects.
// @ts-expect-error -- "Finished" is not an OperationState
const wrongState: Schemas["PartitionDataLossProgress"] = { State: "Finished" };
// @ts-expect-error -- a FileShare storage needs its Path
const missingPath: Schemas["BackupStorageDescription"] = { StorageKind: "FileShare" };

export const seeds = {
  "data_loss_progress_completed.json": dataLossCompleted,
  "data_loss_progress_running.json": dataLossRunning,
  "partition_restart_progress_completed.json": restartCompleted,
  "partition_backup_progress_success.json": backupSuccess,
};
export const official = {
  "GetNodeInfoList.json": nodeInfoList,
  "GetServiceInfoList.json": serviceInfoList,
  "GetPartitionInfoList.json": partitionInfoList,
};
export const others = { restore, wrongState, missingPath, unknownService };

console.log(JSON.stringify({ seeds, official }));
