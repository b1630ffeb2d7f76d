# generated from spec/ by make generate — do not edit
"""A client library for accessing Golden fixture"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
