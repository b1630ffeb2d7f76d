"""sfrest's version, apart so the client core can name it without importing the package."""

__version__ = "0.1.0"
