"""The Telegram adapter: load -> advance -> save -> reply, on python-telegram-bot.

The engine knows nothing of Telegram; this package knows nothing of flow content
beyond the ids of the flows its commands open.
"""
