"""Marking strings for translation below the Qt layer.

The lower layers cannot import Qt, yet their messages reach clerks. They mark
English source strings with ``QT_TRANSLATE_NOOP(context, text)``; ``pyside6-lupdate``
recognises that name wherever it is defined and collects the string into the
``.ts`` file, and the UI translates the text with ``QCoreApplication.translate``
before formatting in the parameters.
"""

from __future__ import annotations


class Term(str):
    """Text marked for translation. Message parameters that are Terms (field names,
    record kinds) are translated by the UI; plain strings (what a clerk typed) never."""

    __slots__ = ()


def QT_TRANSLATE_NOOP(context: str, text: str) -> Term:  # noqa: N802 - name lupdate knows
    return Term(text)
