"""chaostoolkit-sfrest: Chaos Toolkit actions and probes for the Service Fabric REST
gateway, through sfrest.

- chaossfrest.actions: every operation that changes the cluster (rendered from the spec
  by make generate), cancel_running_operations and recover_all;
- chaossfrest.probes: every Get* operation (rendered), cluster_is_healthy,
  partition_health_state, service_partitions_ready and operation_state.

Configuration `sf_endpoint`, secrets scope `servicefabric` (token, or cert/key/verify):
see chaossfrest._activity. `chaos discover --no-install chaostoolkit-sfrest` lists every
activity; with discover_system, the cluster at $SF_ENDPOINT (default
http://localhost:19080; $SF_TOKEN, or $SF_CERT/$SF_KEY, and $SF_VERIFY for a secured one)
gives its nodes, applications and services.
"""

import logging
import os
from typing import Any

from chaoslib.discovery.discover import (
    discover_actions,
    discover_probes,
    initialize_discovery_result,
)
from chaoslib.exceptions import ActivityFailed
from chaoslib.types import Discovery

import sfrest
from chaossfrest._activity import client, jsonable
from chaossfrest._distribution import NAME, VERSION

__all__ = ["__version__", "discover"]
__version__ = VERSION

logger = logging.getLogger("chaostoolkit")


def discover(discover_system: bool = True) -> Discovery:
    """Every action and probe of chaossfrest, and with discover_system the cluster's nodes,
    applications and services (SF_ENDPOINT, or http://localhost:19080; SF_TOKEN, SF_CERT,
    SF_KEY and SF_VERIFY as the servicefabric secrets)."""
    discovery = initialize_discovery_result(NAME, __version__, "servicefabric")
    discovery["activities"].extend(discover_actions("chaossfrest.actions"))
    discovery["activities"].extend(discover_probes("chaossfrest.probes"))
    if discover_system:
        discovery["system"] = _system()
    return discovery


def _system() -> dict[str, Any] | None:
    env = os.environ.get
    secrets = {
        key: env(f"SF_{key.upper()}") for key in ("token", "cert", "key", "verify")
    }
    configuration = {"sf_endpoint": env("SF_ENDPOINT")}
    try:
        with client(configuration, {k: v for k, v in secrets.items() if v}) as sf:
            applications = list(sf.iter_applications())
            return {
                "endpoint": sf.endpoint,
                "nodes": jsonable(list(sf.iter_nodes())),
                "applications": jsonable(applications),
                "services": jsonable(
                    [
                        service
                        for application in applications
                        if application.id
                        for service in sf.iter_services(application.id)
                    ]
                ),
            }
    except (sfrest.SFRestError, OSError, ValueError, ActivityFailed) as exc:
        # discovery never fails on it
        logger.warning(f"chaossfrest: no system information: {exc}")
        return None
