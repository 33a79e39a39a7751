"""The annex 1 summary of a screening as a one-page PDF, made in memory.

What it holds: the outcome, the 15 annex rows with their marks, the signals ticked
and the outcome's contacts, in the interface language. What it never holds: a
name, anything typed, a time finer than the day (the PDF's own creation date is
set to midnight UTC of that day, since fpdf2 would otherwise stamp the second).

`annex_text` gathers the words (it knows the engine and the catalogue);
`render_annex` lays them out (it knows only fpdf2), so the layout can be tested
with any script without a locale for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from fpdf import FPDF
from fpdf.fonts import FontFace

from bot.documents.fonts import drawable, font_path
from bot.render import contact_details, contact_name
from bot.runtime import Runtime
from flows import Session
from flows.annex import mark

FILENAME = "annex-1-summary.pdf"
FONT = "NotoSans"
# Tried from the first down until everything fits on one page.
FONT_SIZES = (9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5)
BLACK, GREY, HEADING = (0, 0, 0), (90, 90, 90), (20, 50, 110)
MARKED = FontFace(fill_color=(232, 232, 232))


@dataclass(frozen=True)
class AnnexRow:
    element: str
    name: str
    mark: int
    mark_label: str


@dataclass(frozen=True)
class AnnexText:
    """Every word of the page, already in the right language."""

    title: str
    subtitle: str
    dateline: str
    outcome_heading: str
    outcome: str
    table_heading: str
    rows: list[AnnexRow]
    signals_heading: str
    signals: list[str]
    contacts_heading: str
    contacts: list[str]
    footer: list[str]


class NotAtAnOutcome(ValueError):
    """The session is not at a screening's outcome: there is nothing to sum up."""


def annex_pdf(runtime: Runtime, session: Session, lang: str, today: date | None = None) -> bytes:
    today = today or date.today()
    return render_annex(annex_text(runtime, session, lang, today), today)


def annex_text(runtime: Runtime, session: Session, lang: str, today: date) -> AnnexText:
    lib, cat = runtime.library, runtime.catalog
    flow = lib.flows.get(session.flow or "")
    step = flow.step_index.get(session.step or "") if flow else None
    if not (step is not None and step.ends_in() and flow.rows):
        raise NotAtAnOutcome(f"no screening outcome at {session.flow}/{session.step}")

    def t(msg_id: str, **args) -> str:
        return cat.text(lang, msg_id, args)

    dateline = t("document-date", date=today.isoformat())
    if session.country:
        dateline += " · " + t("document-country", country=drawable(t(f"country-{session.country.lower()}")))

    rows = []
    for row in flow.rows:
        m = mark(flow, session, row.id)
        rows.append(AnnexRow(t(f"document-element-{row.element}"), t(f"annex-row-{row.id}"), m, t("document-mark", mark=m)))

    index = flow.indicator_index
    ticked = [i for i in flow.indicators if i.id in session.ticks]
    signals = [
        f"{t(f'indicator-group-{i.group}')}: {t(f'indicator-{i.id}')} ({t('document-how', how=index[i.id].how)})"
        for i in ticked
    ] or [t("document-signals-none")]

    contacts = []
    for listed in lib.contacts_for(session.country, step.contacts):
        e = listed.entry
        details = contact_details(runtime.catalog, lang, listed)
        checked = t("contacts-checked", date=e.checked)
        contacts.append(f"{contact_name(listed, lang)} ({t(f'contact-role-{listed.role}')}): {details} ({checked})")
    if not contacts:
        contacts = [t("document-contacts-none")]

    return AnnexText(
        title=t("document-title"),
        subtitle=t("document-subtitle"),
        dateline=dateline,
        outcome_heading=t("document-outcome"),
        outcome=t(step.text),
        table_heading=t("document-table"),
        rows=rows,
        signals_heading=t("document-signals"),
        signals=signals,
        contacts_heading=t("document-contacts"),
        contacts=contacts,
        footer=[t("document-disclaimer"), t("document-privacy")],
    )


def render_annex(text: AnnexText, day: date | None = None) -> bytes:
    """One A4 page: the largest font size at which everything fits (a binary search,
    since a smaller size never takes more room)."""
    day = day or date.today()
    best = None
    low, high = 0, len(FONT_SIZES) - 1
    while low <= high:
        mid = (low + high) // 2
        pdf = _layout(text, FONT_SIZES[mid], day)
        if pdf.page_no() == 1:
            best, high = pdf, mid - 1
        else:
            low = mid + 1
    if best is None:
        raise ValueError("the annex summary does not fit on one page even at the smallest size")
    return bytes(best.output())


def _layout(text: AnnexText, size: float, day: date) -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_creation_date(datetime(day.year, day.month, day.day, tzinfo=timezone.utc))
    pdf.add_font(FONT, "", str(font_path()))
    pdf.add_page()
    line = size * 0.48  # mm per line of text at this size

    def para(s: str, scale: float = 1.0, colour: tuple[int, int, int] = BLACK, gap: float = 0.0) -> None:
        # One weight of the font is embedded: headings stand out by size and colour.
        pdf.set_font(FONT, "", size * scale)
        pdf.set_text_color(*colour)
        pdf.multi_cell(0, line * scale, drawable(s), new_x="LMARGIN", new_y="NEXT")
        if gap:
            pdf.ln(gap)

    para(text.title, 1.6, HEADING, gap=0.6)
    para(text.subtitle, 0.85, GREY, gap=0.6)
    para(text.dateline, gap=1.8)

    para(text.outcome_heading, 1.2, HEADING, gap=0.4)
    para(text.outcome, gap=1.8)

    para(text.table_heading, 1.2, HEADING, gap=0.8)
    pdf.set_font(FONT, "", size)
    pdf.set_draw_color(160, 160, 160)
    pdf.set_text_color(*BLACK)
    with pdf.table(col_widths=(16, 54, 30), line_height=line, padding=(0.5, 1.2), first_row_as_headings=False) as table:
        for row in text.rows:
            cells = table.row()
            # Rows with something noted stand out from the 0s.
            style = None if row.mark == 0 else MARKED
            for value in (row.element, row.name, row.mark_label):
                cells.cell(drawable(value), style=style)
    pdf.ln(2.4)

    para(text.signals_heading, 1.2, HEADING, gap=0.4)
    for s in text.signals:
        para(f"• {s}")
    pdf.ln(1.8)

    para(text.contacts_heading, 1.2, HEADING, gap=0.4)
    for c in text.contacts:
        para(f"• {c}")
    pdf.ln(2.4)

    for f in text.footer:
        para(f, 0.85, GREY)
    return pdf
