"""Imports every module that registers schema migrations, so a Store always knows all of them."""
from console import airdata  # noqa: F401
from console import episodes  # noqa: F401
from console import notifications  # noqa: F401
from console import board  # noqa: F401
