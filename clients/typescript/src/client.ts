/** The client: openapi-fetch for the wire, the conventions of conventions.ts for the
 * arguments, and what sfrest's Python layer adds around a call: retries of idempotent
 * calls, typed errors, a handle with wait() for a started operation, paged iteration. */
import createClient from "openapi-fetch";

import { OPERATIONS, WIRE_QUIRKS } from "../../../generated/typescript/operations.mjs";
import type { operations, paths } from "../../../generated/typescript/schema.js";
import { type OperationName, type Prepared, encodeQueryValue, parseVersion, prepare } from "./conventions.js";
import { InvalidArgumentError, ResponseDecodeError, TransportError, WaitTimeoutError, fabricError } from "./errors.js";

type Params<K extends OperationName> = operations[K]["parameters"];
type Loose<T> = { [P in keyof T]?: T[P] | readonly string[] | Date | number };
type RequestBody<K extends OperationName> = operations[K] extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
/** A call's arguments by the spec's parameter names; path parameters required, the query
 * optional (the client sends defaults, api-version and the idempotency key), the body under body. */
export type Arguments<K extends OperationName> = (Params<K>["path"] extends Record<string, unknown> ? Params<K>["path"] : unknown) &
  Loose<NonNullable<Params<K>["query"]>> & { body?: RequestBody<K> };
/** The parsed 200 body, or undefined for an operation that answers without one. */
export type Result<K extends OperationName> = operations[K]["responses"] extends { 200: { content: { "application/json": infer R } } } ? R : undefined;
export type Item<K extends OperationName> = NonNullable<Result<K>> extends { Items?: (infer I)[] }
  ? I
  : NonNullable<Result<K>> extends { History?: (infer H)[] }
    ? H
    : never;
type Linked = { [K in OperationName]: (typeof OPERATIONS)[K]["links"] extends { progress: unknown } ? K : never }[OperationName];
type ProgressOf<K extends Linked> = Result<(typeof OPERATIONS)[K]["links"]["progress"]["operation"]>;

export const TERMINAL_STATES: ReadonlySet<string> = new Set(["Completed", "Faulted", "Cancelled", "ForceCancelled", "Success", "Failure", "Timeout"]);
const OPERATION_ID_EXISTS = "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS";

/** Retries of idempotent calls on 503, 504 and no answer: full jitter, capped exponential. */
export interface RetryPolicy {
  maxRetries: number;
  initialDelay: number;
  maxDelay: number;
}
/** wait()'s polling: from initial seconds, growing by factor, up to max. */
export interface PollPolicy {
  initial: number;
  factor: number;
  max: number;
}

export interface ClientOptions {
  /** The gateway, e.g. http://localhost:19080. */
  endpoint: string;
  /** Answers requests instead of globalThis.fetch (tests, proxies). */
  fetch?: (request: Request) => Promise<Response>;
  /** A bearer token (Azure AD clusters). */
  token?: string;
  /** The cluster's runtime version: a higher api-version is refused before sending. */
  runtimeVersion?: string;
  retry?: Partial<RetryPolicy>;
  poll?: Partial<PollPolicy>;
  /** Injectable time, together: sleep(seconds) and now() in seconds. */
  sleep?: (seconds: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/** The state of a progress body: State (faults), BackupState or RestoreState. */
export function stateOf(progress: unknown): string | undefined {
  const p = (progress ?? {}) as { State?: string; BackupState?: string; RestoreState?: string };
  return p.State ?? p.BackupState ?? p.RestoreState;
}

function revive(key: string, value: unknown): unknown {
  if ((WIRE_QUIRKS.numbers as readonly string[]).includes(key) && typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  if ((WIRE_QUIRKS.strings as readonly string[]).includes(key) && typeof value === "number") return String(value);
  return value;
}

export class ServiceFabricClient {
  readonly endpoint: string;
  readonly retry: RetryPolicy;
  readonly poll: PollPolicy;
  readonly sleep: (seconds: number) => Promise<void>;
  readonly now: () => number;
  readonly #random: () => number;
  readonly #runtime: number | undefined;
  readonly #fetch;

  constructor(options: ClientOptions) {
    if (!/^https?:\/\/[^?#]+$/.test(options.endpoint)) {
      throw new InvalidArgumentError(`endpoint must be an http:// or https:// URL without a query, got ${options.endpoint}`);
    }
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.retry = { maxRetries: 3, initialDelay: 0.25, maxDelay: 8, ...options.retry };
    this.poll = { initial: 0.5, factor: 1.5, max: 3.85, ...options.poll };
    this.sleep = options.sleep ?? ((seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)));
    this.now = options.now ?? (() => performance.now() / 1000);
    this.#random = options.random ?? Math.random;
    this.#runtime = options.runtimeVersion === undefined ? undefined : parseVersion(options.runtimeVersion, "runtimeVersion");
    this.#fetch = createClient<paths>({
      baseUrl: this.endpoint,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.token === undefined ? {} : { headers: { Authorization: `Bearer ${options.token}` } }),
      // the segments come encoded by the conventions: put in as they are (the default
      // encodeURIComponent would send a ~ or %7E of theirs as %257E)
      pathSerializer: (path, params) => path.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])),
    });
  }

  /** One operation: the parsed answer (undefined for a body-less one), or a typed error. */
  async call<K extends OperationName>(operation: K, args: Arguments<K>): Promise<Result<K>> {
    return (await this.#run(prepare(operation, args as Record<string, unknown>, this.#runtime))) as Result<K>;
  }

  /** Starts an operation with a progress link (Start*, backup, restore): its handle. */
  async start<K extends Linked>(operation: K, args: Arguments<K>): Promise<StartedOperation<ProgressOf<K>>> {
    const prepared = prepare(operation, args as Record<string, unknown>, this.#runtime);
    await this.#run(prepared);
    const given: Record<string, unknown> = { ...(args as Record<string, unknown>) };
    if (prepared.operationId !== null) given["OperationId"] = prepared.operationId;
    return new StartedOperation(this, operation, given, prepared.operationId);
  }

  /** Every item of a paged list, following ContinuationToken until it is empty or repeats. */
  async *iterate<K extends OperationName>(operation: K, args: Arguments<K>): AsyncGenerator<Item<K>> {
    const meta = OPERATIONS[operation];
    const pages = (meta.pages ?? { itemName: "Items", nextTokenName: "ContinuationToken" }) as { itemName: string; nextTokenName: string };
    // what cannot go with a token (x-mutually-exclusive) goes with the first page only
    const firstOnly = new Set(
      (meta.exclusive as readonly (readonly string[])[]).filter((g) => g.includes("ContinuationToken")).flat(),
    );
    firstOnly.delete("ContinuationToken");
    const later = Object.fromEntries(Object.entries(args).filter(([name]) => !firstOnly.has(name)));
    const seen = new Set<string>();
    let token: string | undefined;
    for (;;) {
      const page = (await this.call(operation, token === undefined ? args : ({ ...later, ContinuationToken: token } as unknown as Arguments<K>))) as Record<
        string,
        unknown
      >;
      yield* (page[pages.itemName] as Item<K>[] | undefined) ?? [];
      token = page[pages.nextTokenName] as string | undefined;
      if (!token || seen.has(token)) return;
      seen.add(token);
    }
  }

  async #run(prepared: Prepared): Promise<unknown> {
    const meta = OPERATIONS[prepared.operation];
    for (let attempt = 0; ; attempt++) {
      const retryable = meta.idempotent && attempt < this.retry.maxRetries;
      let answer;
      try {
        answer = await this.#send(prepared);
      } catch (cause) {
        if (retryable) {
          await this.#backoff(attempt);
          continue;
        }
        const which = prepared.operationId === null ? "" : ` (OperationId ${prepared.operationId}: it may have started)`;
        const path = prepared.path.replace(/\{(\w+)\}/g, (_, name: string) => prepared.pathParams[name] ?? "");
        throw new TransportError(`${prepared.method} ${path}: no answer${which}`, prepared.operationId, { cause });
      }
      const { status, text } = answer;
      if (status >= 200 && status < 300) return this.#parse(prepared, status, text);
      if ((status === 503 || status === 504) && retryable) {
        await this.#backoff(attempt);
        continue;
      }
      const error = fabricError(status, text);
      if (attempt > 0 && prepared.operationId !== null && status === 409 && error.code === OPERATION_ID_EXISTS) {
        return undefined; // an earlier attempt of this start got through; its answer was lost
      }
      throw error;
    }
  }

  async #send(prepared: Prepared): Promise<{ status: number; text: string }> {
    const query = prepared.query.map(([name, value]) => `${encodeQueryValue(name)}=${value}`).join("&");
    const init = {
      params: { path: prepared.pathParams, query: {} },
      querySerializer: () => query,
      parseAs: "text" as const,
      ...(prepared.body === undefined ? {} : { body: prepared.body }),
    };
    const send = prepared.method === "GET" ? this.#fetch.GET : this.#fetch.POST;
    const { data, error, response } = await send(prepared.path as never, init as never);
    const body: unknown = response.ok ? data : error;
    return { status: response.status, text: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body) };
  }

  #parse(prepared: Prepared, status: number, text: string): unknown {
    if (!(OPERATIONS[prepared.operation].json as readonly number[]).includes(status)) return undefined;
    try {
      const value: unknown = JSON.parse(text, revive);
      if (value === null || typeof value !== "object") throw new Error("not a JSON object or array");
      return value;
    } catch (cause) {
      throw new ResponseDecodeError(`${status} answer of ${prepared.operation} is not its JSON: ${String(cause)}`, { cause });
    }
  }

  #backoff(attempt: number): Promise<void> {
    const cap = Math.min(this.retry.maxDelay, this.retry.initialDelay * 2 ** attempt);
    return this.sleep(this.#random() * cap);
  }
}

/** A started operation: its OperationId (fault operations), progress(), wait() and cancel(). */
export class StartedOperation<P> {
  constructor(
    readonly client: ServiceFabricClient,
    readonly operation: Linked,
    readonly args: Record<string, unknown>,
    readonly operationId: string | null,
  ) {}

  #linked(name: "progress" | "cancel", extra: Record<string, unknown> = {}): [OperationName, Record<string, unknown>] {
    const link = (OPERATIONS[this.operation].links as Record<string, { operation: OperationName; parameters: Record<string, string> }>)[name];
    if (link === undefined) throw new InvalidArgumentError(`${this.operation} cannot be ${name === "cancel" ? "cancelled" : "followed"}`);
    const args: Record<string, unknown> = { ...extra };
    for (const [parameter, source] of Object.entries(link.parameters)) {
      args[parameter] = this.args[source.replace(/^\$request\.(path|query)\./, "")];
    }
    if (this.args["api-version"] !== undefined) args["api-version"] = this.args["api-version"];
    return [link.operation, args];
  }

  /** The progress now. */
  async progress(): Promise<P> {
    const [operation, args] = this.#linked("progress");
    return (await this.client.call(operation, args as never)) as P;
  }

  /** Polls until a terminal state (Completed, Faulted, Cancelled, ForceCancelled; Success,
   * Failure, Timeout), at poll intervals growing to the policy's cap; WaitTimeoutError
   * with the last progress once timeout seconds have passed. */
  async wait(options: { timeout?: number; onProgress?: (progress: P) => void } = {}): Promise<P> {
    const deadline = this.client.now() + (options.timeout ?? Number.POSITIVE_INFINITY);
    let interval = this.client.poll.initial;
    for (;;) {
      const progress = await this.progress();
      options.onProgress?.(progress);
      const state = stateOf(progress);
      if (state !== undefined && TERMINAL_STATES.has(state)) return progress;
      const left = deadline - this.client.now();
      if (left <= 0) throw new WaitTimeoutError(`${this.operation} is ${state ?? "unknown"} after the wait's timeout`, progress);
      await this.client.sleep(Math.min(interval, left));
      interval = Math.min(interval * this.client.poll.factor, this.client.poll.max);
    }
  }

  /** Cancels a fault operation: RollingBack then Cancelled; force skips the rollback. */
  async cancel(force = false): Promise<void> {
    const [operation, args] = this.#linked("cancel", { Force: force });
    await this.client.call(operation, args as never);
  }
}
