"""sfrest: a typed Python SDK for Service Fabric fault analysis and backup progress."""
