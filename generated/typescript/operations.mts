// generated from spec/ by make generate — do not edit
/** Each operation as the client layer needs it at run time (scripts/conformance.py). */
export const OPERATIONS = {
  "BackupPartition": {
    "apiVersion": "6.4",
    "body": {
      "required": false
    },
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {
      "progress": {
        "operation": "GetPartitionBackupProgress",
        "parameters": {
          "partitionId": "$request.path.partitionId"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "6.4",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.4",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int32",
        "in": "query",
        "name": "BackupTimeout",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/Backup",
    "success": [
      202
    ]
  },
  "CancelOperation": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
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
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "default": false,
        "in": "query",
        "name": "Force",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/$/Cancel",
    "success": [
      200
    ]
  },
  "GetApplicationInfo": {
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
    "minApiVersion": "6.0",
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
        "convention": "fabric-name",
        "in": "path",
        "name": "applicationId",
        "required": true
      },
      {
        "in": "query",
        "name": "ExcludeApplicationParameters",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Applications/{applicationId}",
    "success": [
      200,
      204
    ]
  },
  "GetApplicationInfoList": {
    "apiVersion": "6.1",
    "body": null,
    "exclusive": [
      [
        "ApplicationDefinitionKindFilter",
        "ApplicationTypeName"
      ]
    ],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.1",
    "pageable": true,
    "pages": {
      "itemName": "Items",
      "nextTokenName": "ContinuationToken"
    },
    "parameters": [
      {
        "default": "6.1",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "flags": {
          "All": 65535,
          "Compose": 2,
          "Default": 0,
          "ServiceFabricApplicationDescription": 1
        },
        "in": "query",
        "name": "ApplicationDefinitionKindFilter",
        "required": false
      },
      {
        "in": "query",
        "name": "ApplicationTypeName",
        "required": false
      },
      {
        "in": "query",
        "name": "ExcludeApplicationParameters",
        "required": false
      },
      {
        "allowReserved": true,
        "in": "query",
        "name": "ContinuationToken",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "MaxResults",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Applications",
    "success": [
      200
    ]
  },
  "GetChaos": {
    "apiVersion": "6.2",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.2",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "default": "6.2",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Tools/Chaos",
    "success": [
      200
    ]
  },
  "GetChaosEvents": {
    "apiVersion": "6.2",
    "body": null,
    "exclusive": [
      [
        "ContinuationToken",
        "StartTimeUtc"
      ],
      [
        "ContinuationToken",
        "EndTimeUtc"
      ]
    ],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.2",
    "pageable": true,
    "pages": {
      "itemName": "History",
      "nextTokenName": "ContinuationToken"
    },
    "parameters": [
      {
        "default": "6.2",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "allowReserved": true,
        "in": "query",
        "name": "ContinuationToken",
        "required": false
      },
      {
        "fileTime": true,
        "in": "query",
        "name": "StartTimeUtc",
        "required": false
      },
      {
        "fileTime": true,
        "in": "query",
        "name": "EndTimeUtc",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "MaxResults",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Tools/Chaos/Events",
    "success": [
      200
    ]
  },
  "GetChaosSchedule": {
    "apiVersion": "6.2",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.2",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "default": "6.2",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Tools/Chaos/Schedule",
    "success": [
      200
    ]
  },
  "GetClusterHealth": {
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
    "minApiVersion": "6.0",
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
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "NodesHealthStateFilter",
        "required": false
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "ApplicationsHealthStateFilter",
        "required": false
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "EventsHealthStateFilter",
        "required": false
      },
      {
        "in": "query",
        "name": "ExcludeHealthStatistics",
        "required": false
      },
      {
        "in": "query",
        "name": "IncludeSystemApplicationHealthStatistics",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/$/GetClusterHealth",
    "success": [
      200
    ]
  },
  "GetDataLossProgress": {
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
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetDataLossProgress",
    "success": [
      200
    ]
  },
  "GetFaultOperationList": {
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
        "default": 65535,
        "flags": {
          "All": 65535,
          "NodeTransition": 8,
          "PartitionDataLoss": 1,
          "PartitionQuorumLoss": 2,
          "PartitionRestart": 4
        },
        "format": "int32",
        "in": "query",
        "name": "TypeFilter",
        "required": true
      },
      {
        "default": 65535,
        "flags": {
          "All": 65535,
          "Cancelled": 32,
          "Completed": 8,
          "Faulted": 16,
          "ForceCancelled": 64,
          "RollingBack": 2,
          "Running": 1
        },
        "format": "int32",
        "in": "query",
        "name": "StateFilter",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/",
    "success": [
      200
    ]
  },
  "GetNodeHealth": {
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
    "minApiVersion": "6.0",
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
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "EventsHealthStateFilter",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Nodes/{nodeName}/$/GetHealth",
    "success": [
      200
    ]
  },
  "GetNodeInfo": {
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
    "minApiVersion": "6.0",
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
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Nodes/{nodeName}",
    "success": [
      200,
      204
    ]
  },
  "GetNodeInfoList": {
    "apiVersion": "6.3",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.0",
    "pageable": true,
    "pages": {
      "itemName": "Items",
      "nextTokenName": "ContinuationToken"
    },
    "parameters": [
      {
        "default": "6.3",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "allowReserved": true,
        "in": "query",
        "name": "ContinuationToken",
        "required": false
      },
      {
        "enum": [
          "default",
          "all",
          "up",
          "down",
          "enabling",
          "disabling",
          "disabled",
          "unknown",
          "removed"
        ],
        "in": "query",
        "name": "NodeStatusFilter",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "MaxResults",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Nodes",
    "success": [
      200
    ]
  },
  "GetNodeTransitionProgress": {
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
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Nodes/{nodeName}/$/GetTransitionProgress",
    "success": [
      200
    ]
  },
  "GetPartitionBackupConfigurationInfo": {
    "apiVersion": "6.4",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.4",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.4",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/GetBackupConfigurationInfo",
    "success": [
      200
    ]
  },
  "GetPartitionBackupList": {
    "apiVersion": "6.4",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.4",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.4",
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
        "in": "query",
        "name": "Latest",
        "required": false
      },
      {
        "format": "date-time",
        "in": "query",
        "name": "StartDateTimeFilter",
        "required": false
      },
      {
        "format": "date-time",
        "in": "query",
        "name": "EndDateTimeFilter",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/GetBackups",
    "success": [
      200
    ]
  },
  "GetPartitionBackupProgress": {
    "apiVersion": "6.4",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.4",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.4",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/GetBackupProgress",
    "success": [
      200
    ]
  },
  "GetPartitionHealth": {
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
    "minApiVersion": "6.0",
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
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "EventsHealthStateFilter",
        "required": false
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "ReplicasHealthStateFilter",
        "required": false
      },
      {
        "in": "query",
        "name": "ExcludeHealthStatistics",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/GetHealth",
    "success": [
      200
    ]
  },
  "GetPartitionInfo": {
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
    "minApiVersion": "6.0",
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
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}",
    "success": [
      200,
      204
    ]
  },
  "GetPartitionInfoList": {
    "apiVersion": "6.4",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.4",
    "pageable": true,
    "pages": {
      "itemName": "Items",
      "nextTokenName": "ContinuationToken"
    },
    "parameters": [
      {
        "default": "6.4",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "allowReserved": true,
        "in": "query",
        "name": "ContinuationToken",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Services/{serviceId}/$/GetPartitions",
    "success": [
      200
    ]
  },
  "GetPartitionRestartProgress": {
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
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetRestartProgress",
    "success": [
      200
    ]
  },
  "GetPartitionRestoreProgress": {
    "apiVersion": "6.4",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [
      200
    ],
    "links": {},
    "method": "GET",
    "minApiVersion": "6.4",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.4",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/GetRestoreProgress",
    "success": [
      200
    ]
  },
  "GetQuorumLossProgress": {
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
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetQuorumLossProgress",
    "success": [
      200
    ]
  },
  "GetReplicaInfoList": {
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
    "minApiVersion": "6.0",
    "pageable": true,
    "pages": {
      "itemName": "Items",
      "nextTokenName": "ContinuationToken"
    },
    "parameters": [
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "allowReserved": true,
        "in": "query",
        "name": "ContinuationToken",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/GetReplicas",
    "success": [
      200
    ]
  },
  "GetServiceHealth": {
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
    "minApiVersion": "6.0",
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
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "EventsHealthStateFilter",
        "required": false
      },
      {
        "flags": {
          "All": 65535,
          "Default": 0,
          "Error": 8,
          "None": 1,
          "Ok": 2,
          "Warning": 4
        },
        "in": "query",
        "name": "PartitionsHealthStateFilter",
        "required": false
      },
      {
        "in": "query",
        "name": "ExcludeHealthStatistics",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Services/{serviceId}/$/GetHealth",
    "success": [
      200
    ]
  },
  "GetServiceInfo": {
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
    "minApiVersion": "6.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "applicationId",
        "required": true
      },
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
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
      }
    ],
    "path": "/Applications/{applicationId}/$/GetServices/{serviceId}",
    "success": [
      200,
      204
    ]
  },
  "GetServiceInfoList": {
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
    "minApiVersion": "6.0",
    "pageable": true,
    "pages": {
      "itemName": "Items",
      "nextTokenName": "ContinuationToken"
    },
    "parameters": [
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "applicationId",
        "required": true
      },
      {
        "in": "query",
        "name": "ServiceTypeName",
        "required": false
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "allowReserved": true,
        "in": "query",
        "name": "ContinuationToken",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Applications/{applicationId}/$/GetServices",
    "success": [
      200
    ]
  },
  "MovePrimaryReplica": {
    "apiVersion": "6.5",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.5",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "default": "6.5",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "in": "query",
        "name": "NodeName",
        "required": false
      },
      {
        "in": "query",
        "name": "IgnoreConstraints",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/MovePrimaryReplica",
    "success": [
      200
    ]
  },
  "MoveSecondaryReplica": {
    "apiVersion": "6.5",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.5",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "default": "6.5",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "in": "query",
        "name": "CurrentNodeName",
        "required": true
      },
      {
        "in": "query",
        "name": "NewNodeName",
        "required": false
      },
      {
        "in": "query",
        "name": "IgnoreConstraints",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/MoveSecondaryReplica",
    "success": [
      200
    ]
  },
  "PostChaosSchedule": {
    "apiVersion": "6.2",
    "body": {
      "required": true
    },
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.2",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "default": "6.2",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Tools/Chaos/Schedule",
    "success": [
      200
    ]
  },
  "RecoverAllPartitions": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
      }
    ],
    "path": "/$/RecoverAllPartitions",
    "success": [
      200
    ]
  },
  "RecoverPartition": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
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
      }
    ],
    "path": "/Partitions/{partitionId}/$/Recover",
    "success": [
      200
    ]
  },
  "RecoverServicePartitions": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
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
      }
    ],
    "path": "/Services/$/{serviceId}/$/GetPartitions/$/Recover",
    "success": [
      200
    ]
  },
  "RecoverSystemPartitions": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
      }
    ],
    "path": "/$/RecoverSystemPartitions",
    "success": [
      200
    ]
  },
  "RemoveReplica": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "in": "path",
        "name": "replicaId",
        "required": true
      },
      {
        "in": "query",
        "name": "ForceRemove",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Nodes/{nodeName}/$/GetPartitions/{partitionId}/$/GetReplicas/{replicaId}/$/Delete",
    "success": [
      200
    ]
  },
  "RestartNode": {
    "apiVersion": "6.0",
    "body": {
      "required": true
    },
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Nodes/{nodeName}/$/Restart",
    "success": [
      200
    ]
  },
  "RestartReplica": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "in": "path",
        "name": "replicaId",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Nodes/{nodeName}/$/GetPartitions/{partitionId}/$/GetReplicas/{replicaId}/$/Restart",
    "success": [
      200
    ]
  },
  "RestorePartition": {
    "apiVersion": "6.4",
    "body": {
      "required": false
    },
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {
      "progress": {
        "operation": "GetPartitionRestoreProgress",
        "parameters": {
          "partitionId": "$request.path.partitionId"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "6.4",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.4",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "int32",
        "in": "query",
        "name": "RestoreTimeout",
        "required": false
      },
      {
        "in": "query",
        "name": "Latest",
        "required": false
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Partitions/{partitionId}/$/Restore",
    "success": [
      202
    ]
  },
  "StartChaos": {
    "apiVersion": "6.0",
    "body": {
      "required": true
    },
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": false,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
      }
    ],
    "path": "/Tools/Chaos/$/Start",
    "success": [
      200
    ]
  },
  "StartDataLoss": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": "OperationId",
    "idempotent": true,
    "json": [],
    "links": {
      "cancel": {
        "operation": "CancelOperation",
        "parameters": {
          "OperationId": "$request.query.OperationId"
        }
      },
      "progress": {
        "operation": "GetDataLossProgress",
        "parameters": {
          "OperationId": "$request.query.OperationId",
          "partitionId": "$request.path.partitionId",
          "serviceId": "$request.path.serviceId"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "enum": [
          "PartialDataLoss",
          "FullDataLoss"
        ],
        "in": "query",
        "name": "DataLossMode",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/StartDataLoss",
    "success": [
      202
    ]
  },
  "StartNodeTransition": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": "OperationId",
    "idempotent": true,
    "json": [],
    "links": {
      "cancel": {
        "operation": "CancelOperation",
        "parameters": {
          "OperationId": "$request.query.OperationId"
        }
      },
      "progress": {
        "operation": "GetNodeTransitionProgress",
        "parameters": {
          "OperationId": "$request.query.OperationId",
          "nodeName": "$request.path.nodeName"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "convention": "node-name",
        "in": "path",
        "name": "nodeName",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "enum": [
          "Start",
          "Stop"
        ],
        "in": "query",
        "name": "NodeTransitionType",
        "required": true
      },
      {
        "in": "query",
        "name": "NodeInstanceId",
        "required": true
      },
      {
        "format": "int32",
        "in": "query",
        "name": "StopDurationInSeconds",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Nodes/{nodeName}/$/StartTransition/",
    "success": [
      202
    ]
  },
  "StartPartitionRestart": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": "OperationId",
    "idempotent": true,
    "json": [],
    "links": {
      "cancel": {
        "operation": "CancelOperation",
        "parameters": {
          "OperationId": "$request.query.OperationId"
        }
      },
      "progress": {
        "operation": "GetPartitionRestartProgress",
        "parameters": {
          "OperationId": "$request.query.OperationId",
          "partitionId": "$request.path.partitionId",
          "serviceId": "$request.path.serviceId"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "enum": [
          "AllReplicasOrInstances",
          "OnlyActiveSecondaries"
        ],
        "in": "query",
        "name": "RestartPartitionMode",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/StartRestart",
    "success": [
      202
    ]
  },
  "StartQuorumLoss": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": "OperationId",
    "idempotent": true,
    "json": [],
    "links": {
      "cancel": {
        "operation": "CancelOperation",
        "parameters": {
          "OperationId": "$request.query.OperationId"
        }
      },
      "progress": {
        "operation": "GetQuorumLossProgress",
        "parameters": {
          "OperationId": "$request.query.OperationId",
          "partitionId": "$request.path.partitionId",
          "serviceId": "$request.path.serviceId"
        }
      }
    },
    "method": "POST",
    "minApiVersion": "3.0",
    "pageable": false,
    "pages": null,
    "parameters": [
      {
        "convention": "fabric-name",
        "in": "path",
        "name": "serviceId",
        "required": true
      },
      {
        "format": "uuid",
        "in": "path",
        "name": "partitionId",
        "required": true
      },
      {
        "default": "6.0",
        "in": "query",
        "name": "api-version",
        "required": true
      },
      {
        "format": "uuid",
        "in": "query",
        "name": "OperationId",
        "required": true
      },
      {
        "enum": [
          "QuorumReplicas",
          "AllReplicas"
        ],
        "in": "query",
        "name": "QuorumLossMode",
        "required": true
      },
      {
        "format": "int32",
        "in": "query",
        "name": "QuorumLossDuration",
        "required": true
      },
      {
        "format": "int64",
        "in": "query",
        "name": "timeout",
        "required": false
      }
    ],
    "path": "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/StartQuorumLoss",
    "success": [
      202
    ]
  },
  "StopChaos": {
    "apiVersion": "6.0",
    "body": null,
    "exclusive": [],
    "idempotencyKey": null,
    "idempotent": true,
    "json": [],
    "links": {},
    "method": "POST",
    "minApiVersion": "6.0",
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
      }
    ],
    "path": "/Tools/Chaos/$/Stop",
    "success": [
      200
    ]
  }
} as const;

/** Property names whose values arrive in another JSON type (x-also-accept). */
export const WIRE_QUIRKS = {
  "numbers": [
    "ErrorCode",
    "MaxClusterStabilizationTimeoutInSeconds",
    "MaxConcurrentFaults",
    "MaxPercentUnhealthyApplications",
    "MaxPercentUnhealthyNodes",
    "Value",
    "WaitTimeBetweenFaultsInSeconds",
    "WaitTimeBetweenIterationsInSeconds"
  ],
  "strings": [
    "ConfigurationVersion",
    "DataLossVersion",
    "LsnOfLastBackupRecord",
    "NodeInstanceId",
    "RestoredLsn",
    "TimeToRunInSeconds"
  ]
} as const;
