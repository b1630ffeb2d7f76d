/** Everything the client throws derives from SFRestError, as in the Python package:
 *
 *     SFRestError
 *     ├ InvalidArgumentError        refused before anything is sent
 *     ├ FabricError                 an answer outside 2xx: status, code (Error.Code or null), message
 *     │ ├ BadRequestError 400, UnauthorizedError 401, ForbiddenError 403, NotFoundError 404, ConflictError 409
 *     │ └ ServerError 5xx: ServiceUnavailableError 503, GatewayTimeoutError 504
 *     ├ TransportError              no answer (cause: fetch's error); operationId of a Start*
 *     ├ ResponseDecodeError         a 2xx whose body is not the JSON the spec says
 *     └ WaitTimeoutError            wait() passed its deadline; lastProgress
 */
export class SFRestError extends Error {
  override name = "SFRestError";
}

export class InvalidArgumentError extends SFRestError {
  override name = "InvalidArgumentError";
}

export class FabricError extends SFRestError {
  override name = "FabricError";
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
    readonly body: string,
  ) {
    super(`${status} ${code ?? "(no code)"}: ${message}`);
  }
}

export class BadRequestError extends FabricError {
  override name = "BadRequestError";
}
export class UnauthorizedError extends FabricError {
  override name = "UnauthorizedError";
}
export class ForbiddenError extends FabricError {
  override name = "ForbiddenError";
}
export class NotFoundError extends FabricError {
  override name = "NotFoundError";
}
export class ConflictError extends FabricError {
  override name = "ConflictError";
}
export class ServerError extends FabricError {
  override name = "ServerError";
}
export class ServiceUnavailableError extends ServerError {
  override name = "ServiceUnavailableError";
}
export class GatewayTimeoutError extends ServerError {
  override name = "GatewayTimeoutError";
}

export class TransportError extends SFRestError {
  override name = "TransportError";
  constructor(
    message: string,
    readonly operationId: string | null,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

export class ResponseDecodeError extends SFRestError {
  override name = "ResponseDecodeError";
}

export class WaitTimeoutError extends SFRestError {
  override name = "WaitTimeoutError";
  constructor(
    message: string,
    readonly lastProgress: unknown,
  ) {
    super(message);
  }
}

const BY_STATUS: Record<number, typeof FabricError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  503: ServiceUnavailableError,
  504: GatewayTimeoutError,
};

/** The error for an answer outside 2xx: its class by status, code and message from a
 * FabricError body ({"Error": {"Code", "Message"}}) or null and a snippet of any other. */
export function fabricError(status: number, text: string): FabricError {
  let code: string | null = null;
  let message = text.slice(0, 200);
  try {
    const error: unknown = (JSON.parse(text) as { Error?: unknown }).Error;
    if (error !== null && typeof error === "object") {
      const { Code, Message } = error as { Code?: unknown; Message?: unknown };
      code = typeof Code === "string" ? Code : null;
      message = typeof Message === "string" ? Message : message;
    }
  } catch {
    // not JSON: an HTML page of a proxy, or nothing
  }
  const cls = BY_STATUS[status] ?? (status >= 500 ? ServerError : FabricError);
  return new cls(status, code, message, text);
}
