/** A chaos drill from TypeScript, against a gateway or the sfrest emulator:
 *
 *     make drill-ts ENDPOINT=http://127.0.0.1:19080
 *     node build/clients/typescript/examples/drill.js http://127.0.0.1:19080
 *
 * Finds the CalcService partitions and an Up node, starts a data loss and waits for it,
 * starts a restart and cancels it, stops and starts the node, and lists the fault
 * operations, printing each state as it changes. */
import { ServiceFabricClient, type StartedOperation, stateOf } from "../src/index.js";

const SERVICE = "fabric:/CalcApp/CalcService";

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function started<P>(what: string, operation: StartedOperation<P>): StartedOperation<P> {
  say(`${what}: started, OperationId ${operation.operationId ?? "-"}`);
  return operation;
}

/** Waits for an operation, printing each state once as it changes. */
async function follow<P>(what: string, operation: StartedOperation<P>): Promise<P> {
  let last: string | undefined;
  return operation.wait({
    timeout: 300,
    onProgress: (progress) => {
      const state = stateOf(progress);
      if (state !== last) say(`${what}: ${(last = state)}`);
    },
  });
}

async function main(endpoint: string): Promise<void> {
  const client = new ServiceFabricClient({ endpoint });
  const partitions: string[] = [];
  for await (const partition of client.iterate("GetPartitionInfoList", { serviceId: SERVICE })) {
    const id = partition.PartitionInformation?.Id;
    if (id !== undefined) partitions.push(id);
  }
  say(`partitions of ${SERVICE}: ${partitions.join(", ")}`);
  let node: { name: string; instance: string } | undefined;
  for await (const info of client.iterate("GetNodeInfoList", {})) {
    if (info.NodeStatus === "Up" && info.Name !== undefined && info.InstanceId !== undefined) {
      node = { name: info.Name, instance: String(info.InstanceId) };
      break;
    }
  }
  const partitionId = partitions[0];
  if (partitionId === undefined || node === undefined) throw new Error("no partition or no Up node to drill on");
  say(`node: ${node.name} (instance ${node.instance})`);

  const dataLoss = started("data loss", await client.start("StartDataLoss", { serviceId: SERVICE, partitionId, DataLossMode: "PartialDataLoss" }));
  const lost = await follow("data loss", dataLoss);
  say(`data loss: error code ${lost?.InvokeDataLossResult?.ErrorCode ?? "-"}`);

  const restart = started(
    "restart",
    await client.start("StartPartitionRestart", { serviceId: SERVICE, partitionId, RestartPartitionMode: "AllReplicasOrInstances" }),
  );
  await restart.cancel();
  say("restart: cancel requested");
  await follow("restart", restart);

  const stop = started("node stop", await client.start("StartNodeTransition", {
    nodeName: node.name,
    NodeTransitionType: "Stop",
    NodeInstanceId: node.instance,
    StopDurationInSeconds: 600,
  }));
  await follow("node stop", stop);
  say(`node ${node.name}: ${(await client.call("GetNodeInfo", { nodeName: node.name }))?.NodeStatus ?? "unknown"}`);
  const start = started("node start", await client.start("StartNodeTransition", {
    nodeName: node.name,
    NodeTransitionType: "Start",
    NodeInstanceId: node.instance,
    StopDurationInSeconds: 0,
  }));
  await follow("node start", start);
  say(`node ${node.name}: ${(await client.call("GetNodeInfo", { nodeName: node.name }))?.NodeStatus ?? "unknown"}`);

  const operations = await client.call("GetFaultOperationList", { StateFilter: ["Completed", "Cancelled", "Faulted", "ForceCancelled"] });
  for (const operation of operations ?? []) say(`operation ${operation.OperationId}: ${operation.Type} ${operation.State}`);
}

const endpoint = process.argv[2] ?? process.env["ENDPOINT"] ?? "http://localhost:19080";
main(endpoint).catch((error: unknown) => {
  process.stderr.write(`drill failed: ${String(error)}\n`);
  process.exitCode = 1;
});
