"""Documents the bot sends besides its messages: the annex 1 summary as a PDF and a
card with contacts as a PNG. Both are made in memory from the engine's session and
the shipped data, never written to disk, and carry nothing that identifies anyone."""

# What the terminal chat and the replay show instead of a document (they send none).
NOT_HERE = {"annex-pdf": "document-pdf-only-in-telegram", "handover-card": "document-card-only-in-telegram"}
