"""Every assessment the rules tests produce is also checked for its English: each basis line the rules wrote is
rendered from its structure (console.rules.basis_en), never falls back to a quotation, and has no Chinese left
(document numbers, which are quoted as written, aside)."""
import pytest

from console.rules import basis_en
from console.rules.assessment import Assessment


@pytest.fixture(autouse=True)
def _basis_has_english(monkeypatch):
    made: list[Assessment] = []
    original = Assessment.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(Assessment, "__init__", init)
    yield
    lines = [b for a in made for b in a.basis]
    problems = basis_en.untranslated(lines)
    assert not problems, "\n".join(problems[:5])
