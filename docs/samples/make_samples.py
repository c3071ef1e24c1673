"""Sample PDFs of every report on the demonstration country, in English,
Chinese and Arabic, into docs/samples/ (run from the repository root):

    .venv/bin/python docs/samples/make_samples.py [--png]

--png also renders every page to PNG under docs/samples/pages/ (needs
pdftoppm from poppler-utils) to look at; those are not kept in git.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop.reports.data import ReportOptions  # noqa: E402
from desktop.services.database import opened_database  # noqa: E402
from desktop.services.demo import create_demo_data  # noqa: E402
from desktop.services.plans import list_plans  # noqa: E402
from desktop.services.report_data import find_agency_id  # noqa: E402
from desktop.services.reporting import ReportRequest, ReportType, generate_report  # noqa: E402
from desktop.services.settings import OrganisationSettings, save_emblem, save_settings  # noqa: E402

TODAY = date(2026, 12, 2)
LANGUAGES = ("en", "zh", "ar")
ORGANISATION = "Republic of Aldavia — National Mechanism for Reporting and Follow-up"


def emblem() -> bytes:
    """A plain round seal standing in for a national emblem."""
    image = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill=(31, 78, 121, 255))
    draw.ellipse((34, 34, 206, 206), outline=(255, 255, 255, 255), width=6)
    star = [(120, 58), (138, 108), (190, 108), (148, 138), (164, 188), (120, 158), (76, 188),
            (92, 138), (50, 108), (102, 108)]  # fmt: skip
    draw.polygon(star, fill=(233, 196, 106, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--png", action="store_true", help="also render every page to PNG")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder,
        opened_database(str(Path(folder) / "demo.sqlite3"), create=True) as database,
    ):
        factory = database.session_factory
        create_demo_data(factory)
        save_settings(factory, OrganisationSettings(organisation_name=ORGANISATION))
        save_emblem(factory, emblem())
        plan_id = list_plans(factory, TODAY)[0].id
        agency_id = find_agency_id(factory, "Ministry of Justice")
        for language in LANGUAGES:
            for kind in ReportType:
                request = ReportRequest(
                    report=kind,
                    options=ReportOptions(
                        language=language,
                        marking="CABINET IN CONFIDENCE" if kind == ReportType.PLAN else "",
                        draft=kind == ReportType.STATUS,
                    ),
                    plan_id=plan_id,
                    agency_id=agency_id,
                )
                out = HERE / f"{kind.value}-{language}.pdf"
                generate_report(factory, request, out, TODAY)
                print(out.relative_to(HERE.parent.parent))
    if args.png:
        pages = HERE / "pages"
        shutil.rmtree(pages, ignore_errors=True)
        pages.mkdir()
        for pdf in sorted(HERE.glob("*.pdf")):
            subprocess.run(
                ["pdftoppm", "-r", "110", "-png", str(pdf), str(pages / pdf.stem)], check=True
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
