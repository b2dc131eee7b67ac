"""Imports every module that registers schema migrations, so a Store always knows all of them."""
