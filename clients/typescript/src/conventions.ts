/** The spec's conventions, applied to a caller's arguments before anything is sent:
 * x-name-convention, format uuid / date-time, x-flags, required + default, the
 * api-version range, the idempotency key, allowReserved. One function per rule. */
import { OPERATIONS } from "../../../generated/typescript/operations.mjs";
import { InvalidArgumentError } from "./errors.js";

export type OperationName = keyof typeof OPERATIONS;
type Meta = (typeof OPERATIONS)[OperationName];
type Parameter = Meta["parameters"][number];

export const SERVER_TIMEOUT = 60;
const TILDE_SINCE = 6.0;
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const GUID = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;

/** A request ready for openapi-fetch: the path segments already encoded (its
 * pathSerializer must put them in as they are) and the query as [name, value] pairs,
 * encoded here already (an allowReserved value keeps its reserved characters). */
export interface Prepared {
  operation: OperationName;
  method: Meta["method"];
  path: string;
  pathParams: Record<string, string>;
  query: [string, string][];
  body: unknown;
  operationId: string | null;
}

/** Percent-encoding of everything but A-Z a-z 0-9 - . _ ~ (as Python's quote(safe="")). */
export function encodeSegment(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

/** allowReserved: RFC 3986's reserved characters go as they are, but & and # (they
 * would end the value or the query); whatever else no URL may hold is encoded. */
export function encodeReserved(text: string): string {
  return encodeSegment(text).replace(/%(21|24|27|28|29|2A|2B|2C|2F|3A|3B|3D|3F|40|5B|5D|25|7E)/g, (e) =>
    decodeURIComponent(e),
  );
}

export function encodeQueryValue(text: string): string {
  return encodeSegment(text).replace(/%20/g, "+");
}

export function guid(value: unknown, name: string): string {
  const match = typeof value === "string" ? GUID.exec(value) : null;
  if (match === null) throw new InvalidArgumentError(`${name} must be a GUID, got ${JSON.stringify(value)}`);
  return match.slice(1).join("-").toLowerCase();
}

export function parseVersion(text: unknown, name = "api-version"): number {
  if (typeof text !== "string" || !/^\d+(\.\d+)?$/.test(text)) {
    throw new InvalidArgumentError(`${name} must be a version like "6.0", got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

/** The path segment of a name: fabric-name (fabric:/a/b, a/b and a~b are one service;
 * a~b from api-version 6.0 on, a/b before) or node-name (as given). */
export function nameSegment(name: string, value: unknown, convention: string, version: number): string {
  if (typeof value !== "string") throw new InvalidArgumentError(`${name} must be a string`);
  const parts = convention === "node-name" ? [value] : value.replace(/^fabric:\//, "").split(/[~/]/);
  for (const part of parts) {
    if (!part.trim() || part === "." || part === ".." || CONTROL.test(part) || (convention !== "node-name" && part.startsWith("fabric:"))) {
      throw new InvalidArgumentError(`invalid ${name} ${JSON.stringify(value)}: no empty names, '.', '..' or control characters`);
    }
  }
  return encodeSegment(parts.join(version >= TILDE_SINCE ? "~" : "/"));
}

/** RFC 3339 with an offset: a Date, or a string; Z is +00:00 and a naive time is UTC. */
export function dateTime(value: unknown, name: string): string {
  const text = value instanceof Date ? value.toISOString() : value;
  if (typeof text !== "string" || Number.isNaN(Date.parse(text.endsWith("Z") || /[+-]\d\d:\d\d$/.test(text) ? text : text + "Z"))) {
    throw new InvalidArgumentError(`${name} must be a Date or an ISO 8601 string`);
  }
  if (text.endsWith("Z")) return text.slice(0, -1) + "+00:00";
  return /[+-]\d\d:\d\d$/.test(text) ? text : text + "+00:00";
}

const FILE_TIME_EPOCH_MS = -11644473600000; // 1601-01-01T00:00:00Z

/** x-file-time: decimal 100 ns ticks since 1601-01-01 UTC, given as ticks (a string of
 * digits or a number), a Date, or an ISO 8601 string (a naive one is UTC). */
export function fileTime(value: unknown, name: string): string {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && /^[0-9]{1,19}$/.test(value)) return value;
  const text = value instanceof Date ? value.toISOString() : value;
  const ms = typeof text === "string" ? Date.parse(/Z$|[+-]\d\d:\d\d$/.test(text) ? text : text + "Z") : NaN;
  if (Number.isNaN(ms) || ms < FILE_TIME_EPOCH_MS) {
    throw new InvalidArgumentError(`${name} must be file-time ticks, a Date or an ISO 8601 string from 1601 on`);
  }
  return String(BigInt(ms - FILE_TIME_EPOCH_MS) * 10000n);
}

function flags(value: unknown, members: Record<string, number>, name: string): string {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return String(value);
  if (Array.isArray(value)) {
    let bits = 0;
    for (const member of value) {
      const bit = typeof member === "string" ? members[member] : undefined;
      if (bit === undefined) throw new InvalidArgumentError(`${name}: ${JSON.stringify(member)} is not one of ${Object.keys(members).join(", ")}`);
      bits |= bit;
    }
    return String(bits);
  }
  throw new InvalidArgumentError(`${name} must be a number or a list of ${Object.keys(members).join(", ")}`);
}

function text(parameter: Parameter, value: unknown, version: number): string {
  const p = parameter as Parameter & { flags?: Record<string, number>; enum?: readonly string[]; format?: string; convention?: string; fileTime?: boolean };
  if (p.convention !== undefined) return decodeURIComponent(nameSegment(p.name, value, p.convention, version));
  if (p.fileTime === true) return fileTime(value, p.name);
  if (p.flags !== undefined) return flags(value, p.flags, p.name);
  if (p.format === "uuid") return guid(value, p.name);
  if (p.format === "date-time") return dateTime(value, p.name);
  if (p.enum !== undefined && !p.enum.includes(value as string)) {
    throw new InvalidArgumentError(`${p.name} must be one of ${p.enum.join(", ")}; got ${JSON.stringify(value)}`);
  }
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "string") return String(value);
  throw new InvalidArgumentError(`${p.name}: ${JSON.stringify(value)} is no query value`);
}

/** Validates and converts a call's plain arguments (keyed by the spec's parameter names,
 * the body under "body"); nothing is sent. */
export function prepare(operation: OperationName, args: Record<string, unknown>, runtimeVersion?: number): Prepared {
  const meta = OPERATIONS[operation];
  if (meta === undefined) throw new InvalidArgumentError(`unknown operation ${operation}`);
  const given = args["api-version"];
  const versionText = given === undefined ? meta.apiVersion : given;
  const version = parseVersion(versionText);
  const minimum = Number(meta.minApiVersion);
  if (version < minimum || (runtimeVersion !== undefined && version > runtimeVersion)) {
    throw new InvalidArgumentError(
      `${operation}: api-version ${String(versionText)} is outside ${meta.minApiVersion}…${runtimeVersion ?? "the runtime's"}`,
    );
  }
  for (const group of meta.exclusive as readonly (readonly string[])[]) {
    const given = group.filter((name) => args[name] !== undefined && args[name] !== null && args[name] !== "");
    if (given.length > 1) throw new InvalidArgumentError(`${operation}: ${given.join(" and ")} cannot be combined (x-mutually-exclusive)`);
  }
  const prepared: Prepared = { operation, method: meta.method, path: meta.path, pathParams: {}, query: [], body: undefined, operationId: null };
  for (const parameter of meta.parameters) {
    const p = parameter as Parameter & { default?: unknown; allowReserved?: boolean; convention?: string; format?: string };
    let value = args[p.name];
    if (p.in === "path") {
      if (value === undefined) throw new InvalidArgumentError(`${operation}: ${p.name} is required`);
      prepared.pathParams[p.name] =
        p.convention !== undefined ? nameSegment(p.name, value, p.convention, version) : encodeSegment(p.format === "uuid" ? guid(value, p.name) : String(value));
      continue;
    }
    if (p.name === "api-version") value = versionText;
    else if (value === undefined && p.name === "timeout") value = SERVER_TIMEOUT;
    else if (value === undefined && p.name === meta.idempotencyKey) value = globalThis.crypto.randomUUID();
    else if (value === undefined && "default" in p) value = p.default;
    if (value === undefined || value === null) {
      if (p.required) throw new InvalidArgumentError(`${operation}: ${p.name} is required`);
      continue; // optional, left out: not sent as its default
    }
    const sent = text(p, value, version);
    if (p.name === meta.idempotencyKey) prepared.operationId = sent;
    prepared.query.push([p.name, p.allowReserved === true ? encodeReserved(sent) : encodeQueryValue(sent)]);
  }
  if (args["body"] !== undefined && args["body"] !== null) {
    if (meta.body === null) throw new InvalidArgumentError(`${operation} takes no body`);
    prepared.body = args["body"];
  } else if ((meta.body as { required: boolean } | null)?.required === true) {
    throw new InvalidArgumentError(`${operation}: a body is required`);
  }
  return prepared;
}
