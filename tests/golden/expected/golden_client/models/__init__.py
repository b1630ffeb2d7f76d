# generated from spec/ by make generate — do not edit
"""Every model of the spec, one module per model (or per group that refers to itself).

A model's module is imported when the name is first used, so a call builds the pydantic
models its answer needs, not all 7.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fabric_error import FabricError
    from .fabric_error_error import FabricErrorError
    from .job_mode import JobMode
    from .job_progress import JobProgress
    from .job_progress_list import JobProgressList
    from .job_result import JobResult
    from .job_state import JobState

_MODULES = {
    "FabricErrorError": "fabric_error_error",
    "JobState": "job_state",
    "JobMode": "job_mode",
    "JobResult": "job_result",
    "JobProgress": "job_progress",
    "JobProgressList": "job_progress_list",
    "FabricError": "fabric_error",
}

__all__ = [
    "FabricError",
    "FabricErrorError",
    "JobMode",
    "JobProgress",
    "JobProgressList",
    "JobResult",
    "JobState",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
