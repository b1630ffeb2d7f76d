# generated from spec/ by make generate — do not edit
"""A client library for accessing Service Fabric fault analysis and backup progress"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
