# generated from spec/ by make generate — do not edit
"""AsyncServiceFabricClient: every operation of the spec as a coroutine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sfrest._async_client import AsyncCore as _Core
from sfrest._operation import AsyncOperation

from .flags import JobStateFilter

if TYPE_CHECKING:
    from uuid import UUID

    from .models import JobMode, JobProgress


class AsyncServiceFabricClient(_Core):
    """Golden fixture: one coroutine per operation.

    For example::

        async with sfrest.AsyncServiceFabricClient("http://localhost:19080") as client:
            await client.get_job_progress(job_id, operation_id)

    The constructor's arguments (endpoint, auth, TLS, policies, transport) are
    documented on the base class.
    """

    async def get_job_progress(
        self,
        job_id: UUID | str,
        operation_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> JobProgress:
        """Gets the progress of a job (GetJobProgress).

        Args:
            job_id: See the spec's jobId.
            operation_id: See the spec's OperationId.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            await client.get_job_progress(job_id, operation_id)
        """
        from .api.jobs import get_job_progress as _op

        return await self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "job_id": job_id,
                    "operation_id": operation_id,
                },
            )
        )

    async def start_job(
        self,
        job_id: UUID | str,
        mode: JobMode | str,
        owner: str,
        *,
        operation_id: UUID | str | None = None,
        retries: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncOperation[JobProgress]:
        """Starts a job (StartJob).

        Args:
            job_id: See the spec's jobId.
            mode: See the spec's Mode.
            owner: See the spec's Owner.
            retries: See the spec's Retries.
            operation_id: The operation's GUID (x-idempotency-key); a new one when not given.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = await client.start_job(job_id, 'Partial', owner)
            progress = await op.wait()
        """
        from .api.jobs import start_job as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        await self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "job_id": job_id,
                    "mode": mode,
                    "owner": owner,
                    "retries": retries,
                    "operation_id": _key,
                },
            )
        )
        return AsyncOperation(
            self,
            lambda: self.get_job_progress(
                job_id=job_id,
                operation_id=_key,
            ),
        )

    async def get_job_list(
        self,
        *,
        state_filter: JobStateFilter | int = JobStateFilter.ALL,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> list[JobProgress]:
        """Lists the jobs (GetJobList).

        Args:
            state_filter: See the spec's StateFilter.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            await client.get_job_list()
        """
        from .api.jobs import get_job_list as _op

        return await self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "state_filter": state_filter,
                },
            )
        )
