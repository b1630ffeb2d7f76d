/** What the conformance cases cannot show in one request and one answer: retries, the
 * idempotency key across them, wait()'s backoff and deadline, cancel, paging. */
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ConflictError,
  InvalidArgumentError,
  ServiceFabricClient,
  ServiceUnavailableError,
  TransportError,
  WaitTimeoutError,
} from "../src/index.js";

const SERVICE = "fabric:/CalcApp/CalcService";
const PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d";
const BUSY = { Error: { Code: "FABRIC_E_NOT_READY" } };

/** A client answered by `answers` in turn, on a manual clock; what it sent and slept. */
function scripted(answers: (Response | Error)[]) {
  const sent: URL[] = [];
  const slept: number[] = [];
  let now = 0;
  const client = new ServiceFabricClient({
    endpoint: "http://localhost:19080/",
    fetch: async (request) => {
      sent.push(new URL(request.url));
      const answer = answers.shift();
      if (answer === undefined) throw new Error("no answer left");
      if (answer instanceof Error) throw answer;
      return answer;
    },
    sleep: async (seconds) => {
      slept.push(seconds);
      now += seconds;
    },
    now: () => now,
    random: () => 1,
  });
  return { client, sent, slept };
}

const json = (body: unknown, status = 200) => Response.json(body, { status });

test("an idempotent GET is retried on 503 and 504 with capped backoff", async () => {
  const { client, sent, slept } = scripted([json(BUSY, 503), json(BUSY, 504), json({ State: "Running" })]);
  const progress = await client.call("GetDataLossProgress", { serviceId: SERVICE, partitionId: PID, OperationId: PID });
  assert.equal(progress.State, "Running");
  assert.equal(sent.length, 3);
  assert.deepEqual(slept, [0.25, 0.5]);
});

test("retries end: the last 503 is a ServiceUnavailableError", async () => {
  const { client, sent } = scripted([json(BUSY, 503), json(BUSY, 503), json(BUSY, 503), json(BUSY, 503)]);
  await assert.rejects(client.call("GetClusterHealth", {}), ServiceUnavailableError);
  assert.equal(sent.length, 4);
});

test("a cancel is never retried", async () => {
  const { client, sent } = scripted([json(BUSY, 503)]);
  await assert.rejects(client.call("CancelOperation", { OperationId: PID }), ServiceUnavailableError);
  assert.equal(sent.length, 1);
});

test("a start keeps its OperationId across retries; a retried 409 already-exists is success", async () => {
  const exists = () => json({ Error: { Code: "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS" } }, 409);
  const { client, sent } = scripted([new TypeError("fetch failed"), exists()]);
  const op = await client.start("StartDataLoss", { serviceId: SERVICE, partitionId: PID, DataLossMode: "FullDataLoss" });
  const ids = sent.map((url) => url.searchParams.get("OperationId"));
  assert.equal(ids.length, 2);
  assert.equal(ids[0], ids[1]);
  assert.equal(op.operationId, ids[0]);
  const first = scripted([exists()]);
  await assert.rejects(first.client.call("StartDataLoss", { serviceId: SERVICE, partitionId: PID, DataLossMode: "FullDataLoss" }), ConflictError);
});

test("no answer at all is a TransportError naming the OperationId", async () => {
  const { client } = scripted([new TypeError("fetch failed")]);
  await assert.rejects(client.call("CancelOperation", { OperationId: PID }), (e: unknown) => {
    assert.ok(e instanceof TransportError);
    return e.cause instanceof TypeError;
  });
});

test("wait() polls with growing intervals to a terminal state, cancel() uses the same OperationId", async () => {
  const running = () => json({ State: "Running" });
  const { client, sent, slept } = scripted([new Response(null, { status: 202 }), running(), running(), running(), json({ State: "Completed" }), json(null)]);
  const op = await client.start("StartPartitionRestart", { serviceId: SERVICE, partitionId: PID, RestartPartitionMode: "AllReplicasOrInstances" });
  const states: string[] = [];
  const final = await op.wait({ onProgress: (p) => states.push(p.State ?? "?") });
  assert.deepEqual(states, ["Running", "Running", "Running", "Completed"]);
  assert.deepEqual(slept, [0.5, 0.75, 1.125]);
  assert.equal(final.State, "Completed");
  await op.cancel(true);
  const cancel = sent.at(-1) as URL;
  assert.equal(cancel.pathname, "/Faults/$/Cancel");
  assert.equal(cancel.searchParams.get("OperationId"), op.operationId);
  assert.equal(cancel.searchParams.get("Force"), "true");
  assert.match(sent[1]?.pathname ?? "", /\/CalcApp~CalcService\/.*\/GetRestartProgress$/);
});

test("wait() raises WaitTimeoutError with the last progress at its deadline", async () => {
  const answers = [new Response(null, { status: 202 }), ...Array.from({ length: 10 }, () => json({ State: "RollingBack" }))];
  const { client, slept } = scripted(answers);
  const op = await client.start("StartQuorumLoss", { serviceId: SERVICE, partitionId: PID, QuorumLossMode: "AllReplicas", QuorumLossDuration: 60 });
  await assert.rejects(op.wait({ timeout: 2 }), (e: unknown) => {
    assert.ok(e instanceof WaitTimeoutError);
    assert.deepEqual(e.lastProgress, { State: "RollingBack" });
    return true;
  });
  assert.equal(slept.reduce((a, b) => a + b, 0), 2);
});

test("iterate() follows ContinuationToken, sent back unchanged, and stops at a repeated one", async () => {
  const { client, sent } = scripted([
    json({ ContinuationToken: "a/b#1", Items: [{ Name: "n0" }] }),
    json({ ContinuationToken: "a/b#2", Items: [{ Name: "n1" }] }),
    json({ ContinuationToken: "a/b#2", Items: [{ Name: "n2" }] }),
  ]);
  const names: string[] = [];
  for await (const node of client.iterate("GetNodeInfoList", {})) names.push(node.Name ?? "");
  assert.deepEqual(names, ["n0", "n1", "n2"]);
  assert.deepEqual(
    sent.map((url) => url.search.match(/ContinuationToken=([^&]*)/)?.[1] ?? null),
    [null, "a/b%231", "a/b%232"],
  );
});

test("iterate() pages Chaos events by History, the time range with the first segment only", async () => {
  const event = (kind: string) => ({ ChaosEvent: { Kind: kind, TimeStampUtc: "2026-01-01T00:00:00Z" } });
  const { client, sent } = scripted([
    json({ ContinuationToken: "1/x", History: [event("Started")] }),
    json({ ContinuationToken: "", History: [event("Stopped")] }),
  ]);
  const kinds: string[] = [];
  for await (const wrapper of client.iterate("GetChaosEvents", { StartTimeUtc: "2026-01-01T00:00:00Z" })) {
    kinds.push((wrapper as { ChaosEvent: { Kind: string } }).ChaosEvent.Kind);
  }
  assert.deepEqual(kinds, ["Started", "Stopped"]);
  assert.equal(sent[0]?.searchParams.get("StartTimeUtc"), "134116992000000000");
  assert.equal(sent[1]?.searchParams.get("StartTimeUtc"), null);
  assert.equal(sent[1]?.searchParams.get("ContinuationToken"), "1/x");
  await assert.rejects(client.call("GetChaosEvents", { ContinuationToken: "t", EndTimeUtc: "1" }), InvalidArgumentError);
  assert.equal(sent.length, 2);
});

test("bad arguments are refused before sending", async () => {
  const { client, sent } = scripted([]);
  const calls = [
    () => client.call("GetDataLossProgress", { serviceId: "app//svc", partitionId: PID, OperationId: PID }),
    () => client.call("GetDataLossProgress", { serviceId: SERVICE, partitionId: "nope", OperationId: PID }),
    () => client.call("GetDataLossProgress", { serviceId: SERVICE, partitionId: PID, OperationId: PID, "api-version": "2.0" }),
    () => client.call("StartDataLoss", { serviceId: SERVICE, partitionId: PID, DataLossMode: "Invalid" as never }),
    () => client.call("GetFaultOperationList", { StateFilter: ["Running", "Done"] }),
  ];
  for (const call of calls) await assert.rejects(call(), InvalidArgumentError);
  assert.equal(sent.length, 0);
  assert.throws(() => new ServiceFabricClient({ endpoint: "localhost:19080" }), InvalidArgumentError);
});
