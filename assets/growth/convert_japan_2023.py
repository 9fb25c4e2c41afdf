#!/usr/bin/env python3
"""Write the Japanese 令和5年 乳幼児身体発育調査 percentile tables in Hagukumi's JSON.

The published tables are Excel files on e-Stat (表1 体重 statInfId 000040240361,
表2 身長 statInfId 000040240362, published 2024-12-25), which this project's
machines cannot reach. The values were taken from a public transcription of
those tables (see README.md, "Japan 2023"): a JSON file with, per measure, a
list of age bands and the 3, 10, 25, 50, 75, 90 and 97th percentiles for
"male" and "female" (weight in kg to 2 decimals, length/height in cm to 1).

    python3 assets/growth/convert_japan_2023.py TRANSCRIPTION.json

Age of each row: 出生時 at day 0, 生後30日 at day 30, a band "a〜b か月未満"
at its middle, (a + b) / 2 months of 30.4375 days (rounded to 0.01 day).
The 生後1〜4日 rows of the source are not used (the transcription leaves them
out). Deterministic: the same input gives byte-identical files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DAYS_PER_MONTH = 30.4375
PERCENTILES = [3, 10, 25, 50, 75, 90, 97]
OUT = Path(__file__).resolve().parent / "japan-2023"

MEASURES = {
    # measure in the transcription: (indicator, unit, e-Stat table, statInfId, decimals)
    "weight": ("weight-for-age", "kg", "表1 一般調査及び病院調査による体重の身体発育値", "000040240361", 2),
    "height": ("length-height-for-age", "cm", "表2 一般調査及び病院調査による身長の身体発育値", "000040240362", 1),
}


def age_days(band: dict) -> float:
    if band["key"] == "birth":
        return 0.0
    if band["key"] == "d30":
        return 30.0
    middle = (band["ageMonthsMin"] + band["ageMonthsMax"]) / 2
    return round(middle * DAYS_PER_MONTH, 2)


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["percentiles"] == PERCENTILES, data["percentiles"]
    OUT.mkdir(exist_ok=True)
    for measure, (indicator, unit, table, stat_id, decimals) in MEASURES.items():
        bands = data["measures"][measure]["bands"]
        assert data["measures"][measure]["unit"] == unit
        sexes = {}
        for sex in ("male", "female"):
            rows = []
            for band in bands:
                values = [round(float(v), decimals) for v in band[sex]]
                assert len(values) == 7 and all(a < b for a, b in zip(values, values[1:])), band
                rows.append({"age_days": age_days(band), "label": band["label"], "values": values})
            ages = [r["age_days"] for r in rows]
            assert all(a < b for a, b in zip(ages, ages[1:])), ages
            sexes[sex] = rows
        doc = {
            "reference": "japan-2023",
            "indicator": indicator,
            "unit": unit,
            "source": {
                "title": f"こども家庭庁「令和5年乳幼児身体発育調査」（2024年12月25日公表）{table}",
                "url": f"https://www.e-stat.go.jp/stat-search/files?stat_infid={stat_id}",
                "package": "transcription of the e-Stat table: GitHub kameking-lab/kurashi-rakuda, data/tables/seichou-hatsuiku-percentile.json (commit 01e6c0f30d5912d6d56f969bf524e6eddb7dd225)",
                "package_license": "no licence stated; the numbers are e-Stat's published statistics (政府標準利用規約 第2.0版)",
                "converted_by": "assets/growth/convert_japan_2023.py",
            },
            "percentiles": PERCENTILES,
            "rounding": f"as transcribed: {decimals} decimal(s) of the published values",
            "ages": "出生時 = day 0, 生後30日 = day 30, a band a〜b か月未満 at its middle ((a+b)/2 × 30.4375 days)",
            "sexes": sexes,
        }
        lines = [json.dumps({k: v for k, v in doc.items() if k != "sexes"}, ensure_ascii=False)[:-1] + ","]
        lines.append('"sexes": {')
        for i, sex in enumerate(("male", "female")):
            lines.append(f'"{sex}": [')
            rows = [json.dumps(r, ensure_ascii=False) for r in sexes[sex]]
            lines.append(",\n".join(rows))
            lines.append("]" + ("," if i == 0 else ""))
        lines.append("}}")
        (OUT / f"{indicator}.json").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
