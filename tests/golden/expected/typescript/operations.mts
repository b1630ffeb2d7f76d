// generated from spec/ by make generate — do not edit
/** Each operation as the client layer needs it at run time (scripts/conformance.py). */
export const OPERATIONS = {
  "GetJobList": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      },
      {
        "default": 65535,
        "flags": {
          "All": 65535,
          "Completed": 2,
          "Running": 1
        },
        "in": "query",
        "name": "StateFilter",
        "required": true
      }
    ],
    "path": "/Jobs",
    "success": [
      200
    ]
  },
  "GetJobProgress": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "jobId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      }
    ],
    "path": "/Jobs/{jobId}/$/GetProgress",
    "success": [
      200
    ]
  },
  "StartJob": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": "OperationId",
    "idempotent": true,
    "json": [],
    "links": {
      "progress": {
        "operation": "GetJobProgress",
        "parameters": {
          "OperationId": "$request.query.OperationId",
          "jobId": "$request.path.jobId"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "jobId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "enum": [
          "Partial",
          "Full"
        ],
        "in": "query",
        "name": "Mode",
        "required": true
      },
      {
        "convention": "node-name",
        "in": "query",
        "name": "Owner",
        "required": true
      },
      {
        "format": "int32",
        "in": "query",
        "name": "Retries",
        "required": false
      }
    ],
    "path": "/Jobs/{jobId}/$/Start",
    "success": [
      202
    ]
  }
} as const;

/** Property names whose values arrive in another JSON type (x-also-accept). */
export const WIRE_QUIRKS = {
  "numbers": [],
  "strings": []
} as const;
