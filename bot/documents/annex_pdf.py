"""The annex 1 summary of a screening as a one-page PDF, made in memory.

What it holds: the outcome, the 15 annex rows with their marks, the signals ticked
and the outcome's contacts, in the interface language. A row nobody looked at on the
way to the outcome (the child fast path, no conversation) says "not assessed", never
"no signs", and the page says which parts of the procedure were not done and why. What it never holds: a
name, anything typed, a time finer than the day (the PDF's own creation date is
set to midnight UTC of that day, since fpdf2 would otherwise stamp the second).

`annex_text` gathers the words (it knows the engine and the catalogue);
`render_annex` lays them out (it knows only fpdf2), so the layout can be tested
with any script without a locale for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from fpdf import FPDF
from fpdf.fonts import FontFace

from bot.documents.fonts import drawable, font_path
from bot.render import contact_details, contact_line, contact_name, dated, roles_text, rules_lines
from bot.runtime import Runtime
from flows import Session
from flows.annex import assessed_rows, mark, skip_reason, skipped_parts

FILENAME = "annex-1-summary.pdf"
FONT = "NotoSans"
# Tried from the first down until everything fits on one page.
FONT_SIZES = (9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5)
BLACK, GREY, HEADING = (0, 0, 0), (90, 90, 90), (20, 50, 110)
MARKED = FontFace(fill_color=(232, 232, 232))
NOT_ASSESSED = FontFace(color=GREY)


@dataclass(frozen=True)
class AnnexRow:
    element: str
    name: str
    mark: int | None  # None: not assessed (nobody looked at it on the way to this outcome)
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
    skipped_heading: str = ""
    skipped: list[str] = field(default_factory=list)  # the parts of the procedure not done, and why
    # The country's rules (B, C): left out, as the last resort, of a page that would not fit
    # at a readable size otherwise (every sign ticked); the outcome screen and Learn keep them.
    rules: list[str] = field(default_factory=list)


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
    assessed = assessed_rows(lib, flow, session)
    for row in flow.rows:
        element, name = t(f"document-element-{row.element}"), t(f"annex-row-{row.id}")
        if row.id in assessed:
            m = mark(flow, session, row.id)
            rows.append(AnnexRow(element, name, m, t("document-mark", mark=m)))
        else:
            rows.append(AnnexRow(element, name, None, t("document-not-assessed")))
    skipped = [t(f"document-skipped-{kind}", part=part) for kind, part in skipped_parts(lib, flow, session).items()]
    why = skip_reason(flow, session) if skipped else None
    if why:
        skipped.append(t(why))

    index = flow.indicator_index
    ticked = [i for i in flow.indicators if i.id in session.ticks]
    signals = [_signal(t, i, index[i.id].how) for i in ticked] or [t("document-signals-none")]

    contacts: list[str] = []
    rules: list[str] = []
    cat = runtime.catalog
    for listed in lib.contacts_for(session.country, step.contacts):
        if listed.kind == "rules":
            rules.append(drawable(" ".join(rules_lines(cat, lang, listed))))
        elif listed.kind == "gap":
            contacts.append(drawable(contact_line(cat, lang, listed).removeprefix("• ")))
        else:
            details = contact_details(cat, lang, listed)
            # No description: the annex must fit one page; the screen and the card carry them.
            contacts.append(
                drawable(
                    f"{contact_name(cat, lang, listed)} ({roles_text(cat, lang, listed)}): {details} ({dated(cat, lang, listed)})"
                )
            )
    if not contacts and not rules:
        contacts = [t("document-contacts-none")]

    return AnnexText(
        title=t("document-title"),
        subtitle=t("document-subtitle"),
        dateline=dateline,
        outcome_heading=t("document-outcome"),
        outcome=t(step.text),
        table_heading=t("document-table"),
        rows=rows,
        skipped=skipped,
        skipped_heading=t("document-skipped"),
        signals_heading=t("document-signals"),
        signals=signals,
        contacts_heading=t("document-contacts"),
        contacts=contacts,
        rules=rules,
        footer=[t("document-disclaimer"), t("document-privacy")],
    )


def _signal(t, indicator, how: str) -> str:
    """A ticked signal, its group, how it was noticed and, where the guide's group has no
    row of its own in the table (debt bondage), the row it is marked on."""
    line = f"{t(f'indicator-group-{indicator.group}')}: {t(f'indicator-{indicator.id}')} ({t('document-how', how=how)}"
    if indicator.group != indicator.row:
        line += "; " + t("document-on-row", row=t(f"annex-row-{indicator.row}"))
    return line + ")"


def render_annex(text: AnnexText, day: date | None = None) -> bytes:
    """One A4 page: the largest font size at which everything fits (a binary search,
    since a smaller size never takes more room)."""
    day = day or date.today()
    pdf = _largest_fitting(text, day) or (_largest_fitting(replace(text, rules=[]), day) if text.rules else None)
    if pdf is None:
        raise ValueError("the annex summary does not fit on one page even at the smallest size")
    return bytes(pdf.output())


def _largest_fitting(text: AnnexText, day: date) -> FPDF | None:
    best = None
    low, high = 0, len(FONT_SIZES) - 1
    while low <= high:
        mid = (low + high) // 2
        pdf = _layout(text, FONT_SIZES[mid], day)
        if pdf.page_no() == 1:
            best, high = pdf, mid - 1
        else:
            low = mid + 1
    return best


def _layout(text: AnnexText, size: float, day: date) -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_creation_date(datetime(day.year, day.month, day.day, tzinfo=UTC))
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
            # Rows with something noted stand out from the 0s; rows not assessed are greyed.
            style = None if row.mark == 0 else NOT_ASSESSED if row.mark is None else MARKED
            for value in (row.element, row.name, row.mark_label):
                cells.cell(drawable(value), style=style)
    pdf.ln(2.4)

    if text.skipped:
        para(text.skipped_heading, 1.2, HEADING, gap=0.4)
        for s in text.skipped:
            para(f"• {s}")
        pdf.ln(1.8)

    para(text.signals_heading, 1.2, HEADING, gap=0.4)
    for s in text.signals:
        para(f"• {s}")
    pdf.ln(1.8)

    para(text.contacts_heading, 1.2, HEADING, gap=0.4)
    for c in [*text.rules, *text.contacts]:
        para(f"• {c}")
    pdf.ln(2.4)

    for f in text.footer:
        para(f, 0.85, GREY)
    return pdf
