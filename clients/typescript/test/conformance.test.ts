/** Every case of generated/contract/conformance.json through this client, as
 * tests/test_conformance.py runs them through the Python clients (docs/conformance.md). */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { FabricError, type OperationName, ResponseDecodeError, ServiceFabricClient } from "../src/index.js";

/** The repository root: the first folder up from here holding spec/servicefabric.yaml. */
export function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "spec", "servicefabric.yaml"))) {
    const parent = dirname(folder);
    assert.notEqual(parent, folder, "spec/servicefabric.yaml not found above the tests");
    folder = parent;
  }
  return folder;
}

interface Expected {
  method: string;
  path: string;
  query: [string, string][];
  raw_query: string[];
  any_guid: string[];
  body: unknown;
}
interface RequestCase {
  operation: OperationName;
  title: string;
  arguments: Record<string, unknown>;
  expected: Expected;
}
interface AnswerCase {
  operation: OperationName;
  title?: string;
  arguments: Record<string, unknown>;
  status: number;
  body: unknown;
  expected: { value: Record<string, unknown> | null } | { error: { kind: string; status: number; code: string | null } };
}

const CASES = JSON.parse(readFileSync(join(repositoryRoot(), "generated", "contract", "conformance.json"), "utf-8")) as {
  request_cases: RequestCase[];
  answer_cases: AnswerCase[];
};

function client(answer: (request: Request) => Response | Promise<Response>): ServiceFabricClient {
  return new ServiceFabricClient({ endpoint: "http://localhost:19080", fetch: async (r) => answer(r), retry: { maxRetries: 0 } });
}

const decode = (text: string): string => decodeURIComponent(text.replace(/\+/g, " "));

describe("request cases", () => {
  for (const c of CASES.request_cases) {
    test(`${c.operation}: ${c.title}`, async () => {
      const seen: { request: Request; body: string }[] = [];
      const sf = client(async (request) => {
        seen.push({ request, body: await request.text() });
        return Response.json({ Error: { Code: "FABRIC_E_KEY_NOT_FOUND" } }, { status: 404 });
      });
      await assert.rejects(sf.call(c.operation, c.arguments as never), (e: unknown) => e instanceof FabricError && e.status === 404);
      assert.equal(seen.length, 1);
      const [{ request, body }] = seen as [{ request: Request; body: string }];
      const url = new URL(request.url);
      const raw = url.search.replace(/^\?/, "");
      assert.equal(request.method, c.expected.method);
      assert.equal(url.pathname, c.expected.path);
      const pairs = raw === "" ? [] : raw.split("&").map((pair) => pair.split(/=(.*)/s, 2) as [string, string]);
      const query = pairs.filter(([k]) => !c.expected.any_guid.includes(k)).map(([k, v]) => [decode(k), decode(v)]);
      const order = (a: string[], b: string[]) => (a.join("\0") < b.join("\0") ? -1 : a.join("\0") > b.join("\0") ? 1 : 0);
      assert.deepEqual(query.sort(order), c.expected.query);
      for (const name of c.expected.any_guid) {
        const invented = pairs.filter(([k]) => k === name).map(([, v]) => v);
        assert.equal(invented.length, 1);
        assert.match(invented[0] ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      for (const pair of c.expected.raw_query) assert.ok(raw.split("&").includes(pair), `${pair} in ${raw}`);
      if (c.expected.body === null) {
        assert.equal(body, "");
      } else {
        assert.equal(request.headers.get("Content-Type"), "application/json");
        assert.deepEqual(JSON.parse(body), c.expected.body);
      }
    });
  }
});

function pointer(value: unknown, path: string): unknown {
  let node = value;
  for (const part of path.split("/").slice(1)) {
    node = part === "length" ? (node as unknown[]).length : (node as Record<string, unknown>)[part];
  }
  return node;
}

describe("answer cases", () => {
  for (const c of CASES.answer_cases) {
    test(`${c.operation}: ${c.title ?? c.status}`, async () => {
      const sf = client(() => {
        if (c.body === null) return new Response(null, { status: c.status });
        const text = typeof c.body === "string" ? c.body : JSON.stringify(c.body);
        const type = typeof c.body === "string" ? "text/html" : "application/json";
        return new Response(text, { status: c.status, headers: { "Content-Type": type } });
      });
      const expected = c.expected;
      if ("error" in expected && expected.error.kind === "ResponseDecode") {
        await assert.rejects(sf.call(c.operation, c.arguments as never), ResponseDecodeError);
        return;
      }
      if ("error" in expected) {
        await assert.rejects(sf.call(c.operation, c.arguments as never), (e: unknown) => {
          assert.ok(e instanceof FabricError);
          assert.equal(e.name, `${expected.error.kind}Error`);
          assert.deepEqual([e.status, e.code], [expected.error.status, expected.error.code]);
          return true;
        });
        return;
      }
      const result = await sf.call(c.operation, c.arguments as never);
      if (expected.value === null) {
        assert.equal(result, undefined);
        return;
      }
      for (const [path, value] of Object.entries(expected.value)) assert.deepEqual(pointer(result, path), value, path);
    });
  }
});
