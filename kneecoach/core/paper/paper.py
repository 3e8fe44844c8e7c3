"""A4 or Letter: the paper the person's printer most likely holds."""

from __future__ import annotations

from enum import StrEnum


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


# Countries whose offices and homes use US Letter; everywhere else A4 is the norm.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PR", "GT", "SV", "NI", "CR", "PA", "DO", "BZ", "CO", "VE", "CL", "PH"}
)


def paper_for(country: str) -> PaperSize:
    """The paper for a country code such as "US" or "DE" (A4 when it is not known)."""
    return PaperSize.LETTER if country.upper() in LETTER_COUNTRIES else PaperSize.A4
