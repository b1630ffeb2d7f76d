// A second language reads the contract: TypeScript types generated from
// spec/servicefabric.yaml by openapi-typescript (into ./sf.d.ts at test time), and the
// seed example bodies of the REST reference (tests/fixtures/*.json) assigned to them.
// tests/test_typescript.py type-checks this file with tsc --strict, then runs it and
// compares `seeds` with tests/fixtures/. Keep the literals equal to the fixtures.
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
export const others = { restore, wrongState, missingPath };

console.log(JSON.stringify(seeds));
