# generated from spec/ by make generate — do not edit
"""Rendered from the spec: one module per operation (api/), the pydantic models
(models.py), the bit-mask flags (flags.py), both client classes (sync_client.py,
async_client.py) and the command line's table (commands.py)."""
