"""Documents a screen's button asks for (engine.DOCUMENTS): made in memory, sent, remembered
for quick exit like every other message of the conversation."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InputFile

from bot.runtime import Runtime
from bot.store import Conversation
from bot.telegram import deeplinks

log = logging.getLogger(__name__)


async def send_documents(
    bot: Bot, chat_id: int, runtime: Runtime, conversation: Conversation, names: list[str], hour: int
) -> bool:
    """Send each document; False when one could not be made (it is skipped, the rest go)."""
    session, all_sent = conversation.session, True
    for name in names:
        try:
            # Imported when first needed, and not on the loop: the PDF and image libraries
            # take a fifth of a second to import, which the bot's start need not wait for.
            annex_pdf, handover_card = await asyncio.to_thread(_makers)
            # Drawing a PDF or a picture takes a while: not on the loop that serves everyone.
            if name == "annex-pdf":
                data = await asyncio.to_thread(annex_pdf.annex_pdf, runtime, session, session.lang)
                sent = await bot.send_document(chat_id, InputFile(data, filename=annex_pdf.FILENAME))
            elif name == "handover-card":
                link = deeplinks.url(
                    bot.username, deeplinks.Link(flow="contacts", lang=session.lang, country=session.country)
                )
                data = await asyncio.to_thread(
                    handover_card.handover_card, runtime, session.country, session.lang, link
                )
                sent = await bot.send_photo(chat_id, InputFile(data, filename=handover_card.FILENAME))
            else:
                raise ValueError("unknown document")
        except Exception as e:  # a missing document must not cost the worker the screen
            log.error("document %s could not be sent: %s", name, type(e).__name__)
            all_sent = False
            continue
        conversation.remember(sent.message_id, hour)
    return all_sent


def _makers():
    from bot.documents import annex_pdf, handover_card

    return annex_pdf, handover_card
