"""Sample agency update forms on the demonstration country (the Ministry of
Justice's, in English, Chinese and Arabic), into docs/samples/ (run from the
repository root):

    .venv/bin/python docs/samples/make_forms.py

The forms' records and signing key stay in a throwaway database: a sample
filled in and imported elsewhere is refused (its signature does not match).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop.services.database import opened_database  # noqa: E402
from desktop.services.demo import create_demo_data  # noqa: E402
from desktop.services.forms.making import FormRequest, make_form  # noqa: E402
from desktop.services.report_data import find_agency_id  # noqa: E402
from desktop.services.settings import OrganisationSettings, save_settings  # noqa: E402

LANGUAGES = ("en", "zh", "ar")
ORGANISATION = "Republic of Aldavia — National Mechanism for Reporting and Follow-up"


def main() -> int:
    today = date.today()
    with (
        tempfile.TemporaryDirectory() as folder,
        opened_database(str(Path(folder) / "demo.sqlite3"), create=True) as database,
    ):
        factory = database.session_factory
        create_demo_data(factory)
        save_settings(factory, OrganisationSettings(organisation_name=ORGANISATION))
        agency_id = find_agency_id(factory, "Ministry of Justice")
        for language in LANGUAGES:
            out = HERE / f"update-form-{language}.xlsx"
            request = FormRequest(
                language=language, deadline=today + timedelta(days=45), period="2026"
            )
            make_form(factory, agency_id, out, request, today)
            print(out.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
