"""Printable reports (PDF, A4, Chinese in an embedded font), made without Qt so the
window and the command line share them.

- ``base``: fonts, page template (header, "第 X 页 / 共 Y 页"), styles, table helper,
  signature lines, report texts in Chinese or English.
- ``cards``: customer cards (``customer_card_pdf``, ``building_cards_pdf``).
- ``ledger``: the room ledger of a building or project (``room_ledger_pdf``).
"""
