/** @sfrest/client: the Service Fabric REST gateway's fault, backup and drill operations
 * from TypeScript. Types: openapi-typescript's, generated from spec/servicefabric.yaml by
 * make generate (generated/typescript/); this layer: the conventions sfrest's Python
 * clients follow, proven by generated/contract/conformance.json (docs/conformance.md). */
export type { components, operations, paths } from "../../../generated/typescript/schema.js";
export { OPERATIONS } from "../../../generated/typescript/operations.mjs";
export * from "./client.js";
export { type OperationName, type Prepared, prepare } from "./conventions.js";
export * from "./errors.js";
