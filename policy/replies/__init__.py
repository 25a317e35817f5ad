"""Reading recruiter replies (RULES.md C1-C3, D5, F4): pure judgement.

- `classify(subject, text, received, settings)`: the C2 label read by the
  learned reader, its calibrated confidence, the stated date (C3), the
  discriminatory flag (D5), the language and the reasons.
- `detect_language(text)`: fr or en.
- `match_application(message, applications, known, settings)`: C1.
"""

from __future__ import annotations

from policy.replies.classify import classify
from policy.replies.language import detect_language
from policy.replies.matching import match_application

__all__ = ["classify", "detect_language", "match_application"]
