"""What the emulator's settings and control inputs accept as numbers: JSON's true and false are not."""

from __future__ import annotations

import math
from typing import TypeGuard

__all__ = ["is_finite_number", "is_whole_number"]


def is_whole_number(value: object) -> TypeGuard[int]:
    """An ``int`` that is not a ``bool`` (``True`` is an ``int`` to Python, never a count to a user)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_finite_number(value: object) -> TypeGuard[int | float]:
    """An ``int`` or ``float`` that is not a ``bool``, NaN or infinite: a value later arithmetic survives."""
    if not (is_whole_number(value) or isinstance(value, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float (10**400) is no usable number either
        return False
