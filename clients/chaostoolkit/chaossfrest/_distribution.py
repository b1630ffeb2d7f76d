"""The distribution's name (chaos discover's argument), and its version."""

from importlib.metadata import version

NAME = "chaostoolkit-sfrest"
VERSION = version(NAME)
