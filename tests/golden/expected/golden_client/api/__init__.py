# generated from spec/ by make generate — do not edit
"""Contains methods for accessing the API"""
