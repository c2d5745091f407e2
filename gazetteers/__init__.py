"""Shipped gazetteer files (package data) and the script that builds them."""
