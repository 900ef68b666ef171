"""Shared test configuration: Hypothesis profiles (FAST=1 for a quick run)."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=150, deadline=None)
settings.register_profile(
    "fast", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fast" if os.environ.get("FAST") else "default")
