#!/usr/bin/env python3
"""Convert the WHO Child Growth Standards (2006) LMS tables into Hagukumi's JSON.

Reproduce (network access to PyPI only is enough):

    work=$(mktemp -d)
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install pyarrow six setuptools wheel
    "$work/venv/bin/pip" download pygrowthstandards==0.1.3 --no-deps -d "$work/src"
    "$work/venv/bin/pip" download pygrowup==0.8.2 --no-deps --no-build-isolation -d "$work/src"
    "$work/venv/bin/python" assets/growth/convert.py "$work/src"

Inputs (see README.md for licences):

* ``pygrowthstandards-0.1.3-py3-none-any.whl`` (MIT): its parquet file holds
  the WHO *expanded* tables, by day, 0-1856 days, for weight-, length/height-,
  head-circumference- and BMI-for-age, boys and girls (L, M, S per day).
* ``pygrowup-0.8.2.tar.gz`` (BSD-3-Clause, UNICEF): the WHO *simplified*
  z-score tables by month, with the published -3..+3 SD values; only used to
  write ``who-2006/sd-check.json``, the published values the tests check the
  daily LMS against.

Outputs, in ``assets/growth/who-2006/``: ``weight-for-age.json``,
``length-height-for-age.json``, ``head-circumference-for-age.json``,
``bmi-for-age.json`` and ``sd-check.json``. The script is deterministic: the
same inputs give byte-identical files.
"""

from __future__ import annotations

import io
import json
import math
import sys
import tarfile
import zipfile
from pathlib import Path

import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
OUT = HERE / "who-2006"

PGS_WHEEL = "pygrowthstandards-0.1.3-py3-none-any.whl"
PGS_PARQUET = "pygrowthstandards/data/pygrowthstandards_1.1.parquet"
PYGROWUP_SDIST = "pygrowup-0.8.2.tar.gz"

WHO_URL = "https://www.who.int/tools/child-growth-standards"
LAST_DAY = 1856  # the WHO 0-5 years expanded tables end at 1856 days
SPLIT_DAY = 731  # recumbent length before 731 days, standing height from it

# indicator -> (file stem, parquet measurement_type, unit, split at 731 days?)
INDICATORS = {
    "weight-for-age": ("weight", "kg", False),
    "length-height-for-age": ("stature", "cm", True),
    "head-circumference-for-age": ("head_circumference", "cm", False),
    "bmi-for-age": ("body_mass_index", "kg/m2", True),
}
SEXES = {"male": "M", "female": "F"}
SD_COLUMNS = ["SD3neg", "SD2neg", "SD1neg", "SD0", "SD1", "SD2", "SD3"]
# pygrowup file prefix and month files per indicator
PYGROWUP_FILES = {
    "weight-for-age": ("wfa", ["0_5"]),
    "length-height-for-age": ("lhfa", ["0_2", "2_5"]),
    "head-circumference-for-age": ("hcfa", ["0_5"]),
    "bmi-for-age": ("bmifa", ["0_2", "2_5"]),
}


def num(x: float) -> str:
    """Shortest text that reads back as the same double, without a '.0' tail."""
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def source(indicator: str) -> dict:
    return {
        "title": "WHO Child Growth Standards (2006), expanded tables by day",
        "url": WHO_URL,
        "indicator": indicator,
        "package": "pygrowthstandards 0.1.3 (PyPI)",
        "package_license": "MIT",
        "package_file": PGS_PARQUET,
        "converted_by": "assets/growth/convert.py",
    }


def load_daily(src: Path) -> dict:
    with zipfile.ZipFile(src / PGS_WHEEL) as wheel:
        table = pq.read_table(io.BytesIO(wheel.read(PGS_PARQUET))).to_pylist()
    daily: dict = {}
    for row in table:
        if (row["source"], row["name"], row["x_var_type"]) != ("who", "child_growth", "age"):
            continue
        key = (row["measurement_type"], row["sex"])
        day = int(row["x"])
        if row["x"] != day or row["is_derived"]:
            raise SystemExit(f"unexpected row {row}")
        daily.setdefault(key, {})[day] = (row["l"], row["m"], row["s"])
    return daily


def segments(days: dict, split: bool) -> list:
    for day in range(LAST_DAY + 1):
        if day not in days:
            raise SystemExit(f"missing day {day}")
        l, m, s = days[day]
        if not (m > 0 and s > 0 and math.isfinite(l)):
            raise SystemExit(f"bad LMS on day {day}: {days[day]}")
    bounds = [(0, SPLIT_DAY - 1, "recumbent length"), (SPLIT_DAY, LAST_DAY, "standing height")]
    if not split:
        bounds = [(0, LAST_DAY, None)]
    out = []
    for first, last, measured in bounds:
        seg = {"first_day": first, "step_days": 1}
        if measured:
            seg["measured"] = measured
        seg["lms"] = [days[d] for d in range(first, last + 1)]
        out.append(seg)
    return out


def write_table(indicator: str, daily: dict) -> None:
    kind, unit, split = INDICATORS[indicator]
    lines = [
        "{",
        f'"reference": "who-2006", "indicator": "{indicator}", "unit": "{unit}",',
        f'"source": {json.dumps(source(indicator), ensure_ascii=False)},',
        '"sexes": {',
    ]
    for si, (sex, code) in enumerate(SEXES.items()):
        lines.append(f'"{sex}": [')
        segs = segments(daily[(kind, code)], split)
        for gi, seg in enumerate(segs):
            head = {k: v for k, v in seg.items() if k != "lms"}
            lines.append(json.dumps(head)[:-1] + ', "lms": [')
            rows = [f"[{num(l)},{num(m)},{num(s)}]" for l, m, s in seg["lms"]]
            lines.append(",\n".join(rows))
            lines.append("]}" + ("," if gi + 1 < len(segs) else ""))
        lines.append("]" + ("," if si + 1 < len(SEXES) else ""))
    lines.append("}}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # must stay valid JSON
    (OUT / f"{indicator}.json").write_text(text, encoding="utf-8")


def load_monthly(src: Path) -> dict:
    """pygrowup's WHO simplified tables: {(indicator, sex, file): rows}."""
    out = {}
    with tarfile.open(src / PYGROWUP_SDIST) as tar:
        for indicator, (prefix, parts) in PYGROWUP_FILES.items():
            for sex, boys_girls in (("male", "boys"), ("female", "girls")):
                for part in parts:
                    name = f"pygrowup-0.8.2/pygrowup/tables/{prefix}_{boys_girls}_{part}_zscores.json"
                    member = tar.extractfile(name)
                    if member is None:
                        raise SystemExit(f"missing {name}")
                    out[(indicator, sex, part)] = json.load(member)
    return out


def write_sd_check(monthly: dict) -> None:
    entries = []
    for (indicator, sex, part), rows in sorted(monthly.items()):
        # In the length/height and BMI tables, the 0-2 years part is lying and
        # the 2-5 years part standing; month 24 appears in both.
        measured = {"0_2": "recumbent length", "2_5": "standing height"}.get(part)
        for row in rows:
            entry = {
                "indicator": indicator,
                "sex": sex,
                "month": int(row["Month"]),
                "sd": [float(row[c]) for c in SD_COLUMNS],
            }
            if measured:
                entry["measured"] = measured
            entries.append(json.dumps(entry, separators=(",", ":")))
    doc = {
        "what": "Published WHO z-score values (SD -3..+3, rounded to 0.1) by completed month, "
        "for tests: the daily LMS at month m (m x 30.4375 days) must reproduce them.",
        "title": "WHO Child Growth Standards (2006), simplified field tables (z-scores)",
        "url": WHO_URL,
        "package": "pygrowup 0.8.2 (PyPI), pygrowup/tables/*_zscores.json",
        "package_license": "BSD-3-Clause (Copyright (c) UNICEF and individual contributors)",
        "converted_by": "assets/growth/convert.py",
    }
    text = json.dumps(doc, ensure_ascii=False, indent=0)[:-2] + ',\n"rows": [\n' + ",\n".join(entries) + "\n]}\n"
    json.loads(text)
    (OUT / "sd-check.json").write_text(text, encoding="utf-8")


def cross_check(daily: dict, monthly: dict) -> None:
    """Report how well the daily LMS reproduce the published monthly SD values."""
    worst = 0.0
    for (indicator, sex, part), rows in monthly.items():
        kind, _, split = INDICATORS[indicator]
        days = daily[(kind, SEXES[sex])]
        for row in rows:
            age = int(row["Month"]) * 30.4375
            lo = math.floor(age)
            if split and part == "0_2":
                lo = min(lo, SPLIT_DAY - 1)
            if split and part == "2_5":
                lo = max(lo, SPLIT_DAY)
            hi = lo + 1 if (lo + 1 != SPLIT_DAY or not split) else lo
            frac = 0.0 if hi == lo else max(0.0, min(1.0, age - lo))
            l, m, s = (a + (b - a) * frac for a, b in zip(days[lo], days[hi]))
            for z, col in zip(range(-3, 4), SD_COLUMNS):
                v = m * math.exp(s * z) if l == 0 else m * (1 + l * s * z) ** (1 / l)
                worst = max(worst, abs(v - float(row[col])))
    print(f"largest |daily LMS value - published 0.1-rounded SD value|: {worst:.4f}")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: convert.py DIR_WITH_DOWNLOADED_PACKAGES")
    src = Path(sys.argv[1])
    OUT.mkdir(parents=True, exist_ok=True)
    daily = load_daily(src)
    for indicator in INDICATORS:
        write_table(indicator, daily)
    monthly = load_monthly(src)
    write_sd_check(monthly)
    cross_check(daily, monthly)
    for f in sorted(OUT.glob("*.json")):
        print(f"{f.relative_to(HERE)}: {f.stat().st_size} bytes")


if __name__ == "__main__":
    main()
