#!/usr/bin/env python3
"""Converts the legal text of Decision 26/2026/QĐ-TTg into the rulebook data file.

Reads   data/reference/rulebooks/source/qd-26-2026-QD-TTg.txt   (the authority)
applies tools/rulebook-extract/curation-26-2026.json           (classification names, bands, hand corrections)
writes  data/reference/rulebooks/26-2026.json

The text is a flattened table: every cell is followed by a line holding only "|".
A scoring sheet is the run of cells from "Các tiêu chí" to "TỔNG CỘNG"; cells come in
(text, points) pairs, but the flattening lost some empty points cells, so pairs are
re-formed by looking at whether the next cell is a points cell.

Usage: python3 tools/rulebook-extract/extract.py [--check]   (--check: fail if the JSON on disk differs)
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "data/reference/rulebooks/source/qd-26-2026-QD-TTg.txt"
CURATION = Path(__file__).resolve().parent / "curation-26-2026.json"
OUTPUT = ROOT / "data/reference/rulebooks/26-2026.json"

PTS = re.compile(r"\d+(?:,\d+)?(?:\s+\d+)*")
# Star markers close an option's text; set 3 prints one with spaces ("* * * *").
STARS = re.compile(r"\s*((?:\*\s*){3,5})$")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def number(s):
    return float(s.replace(",", ".")) if "," in s else int(s)


def sheet_ranges(lines):
    """(set number, header lines, body cells) for each of the 26 sheets of Phụ lục II."""
    annex2 = next(i for i, l in enumerate(lines) if l.strip() == "PHỤ LỤC II")
    annex3 = next(i for i, l in enumerate(lines) if l.strip() == "PHỤ LỤC III")
    starts = [i for i in range(annex2, annex3) if lines[i].strip() == "Các tiêu chí"]
    ends = [i for i in range(annex2, annex3) if lines[i].strip() == "TỔNG CỘNG"]
    assert len(starts) == len(ends) == 26, (len(starts), len(ends))
    # The header of sheet n runs from the end of sheet n-1 (or the index table) to "Các tiêu chí".
    first = next(i for i in range(annex2, annex3) if re.match(r"^1\. Bộ sản phẩm", lines[i].strip()))
    prev = first
    for n, (s, e) in enumerate(zip(starts, ends), 1):
        yield n, lines[prev:s], cells_of(lines[s:e])
        prev = e + 1


def cells_of(lines):
    cells, cur = [], []
    for l in lines:
        if l.strip() == "|":
            cells.append(norm(" ".join(cur)))
            cur = []
        else:
            cur.append(l)
    if norm(" ".join(cur)):
        cells.append(norm(" ".join(cur)))
    return cells


def is_points(c):
    return c == "" or PTS.fullmatch(c) is not None


def items_of(cells):
    """Re-pairs the cells into (text, points-or-None, raw points)."""
    assert cells[:2] == ["Các tiêu chí", "Thang điểm"], cells[:2]
    out, i = [], 2
    while i < len(cells):
        t = cells[i]
        if i + 1 < len(cells) and is_points(cells[i + 1]) and not is_points(t):
            raw = cells[i + 1]
            out.append((t, raw if raw else None))
            i += 2
        else:
            out.append((t, None))
            i += 1
    return out


def split_notes(text):
    """Splits 'Ghi chú:'/'Yêu cầu:' passages printed inside a cell from the cell's own text."""
    parts = re.split(r"\s*(?=(?:Ghi chú|Yêu cầu|Chú ý)\s*:)", text)
    return parts[0].strip(), [p.strip() for p in parts[1:] if p.strip()]


def knockout_of(note):
    n = note.lower()
    if "bị loại" in n:
        return "Eliminated"
    if "không đánh giá các bước tiếp theo" in n or "không xem xét các chỉ tiêu khác" in n \
            or ("không đánh giá" in n and "bước" in n):
        return "StopsEvaluation"
    if "không đánh giá những sản phẩm" in n:
        return "Eliminated"
    return None


class Sheet:
    def __init__(self, set_no, fixes):
        self.set_no, self.fixes = set_no, fixes
        self.parts, self.notes, self.curation = [], [], []
        self.part = self.group = self.crit = None

    def fix_points(self, text, raw):
        key = f"{self.set_no}|{text[:60]}"
        if raw is not None and not re.fullmatch(r"\d+(?:,\d+)?", raw):
            fix = self.fixes.get(key)
            if fix is None:
                raise SystemExit(f"set {self.set_no}: unreadable points {raw!r} at {text[:60]!r}; add a fix for {key!r}")
            self.curation.append(fix["why"])
            return fix["points"]
        return None if raw is None else number(raw)

    def add(self, text, raw):
        pts = self.fix_points(text, raw)
        m_part = re.match(r"^(?:Phần|PHẦN)\s*([ABC])\s*:?\s*(.*)$", text)
        m_crit = re.match(r"^(\d+(?:\.\d+)+)\.?\s+(.*)$", text)
        m_group = re.match(r"^(\d+)\.?\s+(.*)$", text)
        if m_part:
            title = m_part.group(2)
            printed = re.search(r"\((\d+)\s*Điểm\)", title, re.I)
            title = norm(re.sub(r"\(\d+\s*Điểm\)", "", title, flags=re.I))
            if printed and number(printed.group(1)) != pts:
                self.curation.append(
                    f"Phần {m_part.group(1)}: the title prints ({printed.group(1)} Điểm) but the points column and "
                    f"Art. 3 give {pts}; recorded {pts} (the parts must sum to 100 and every other sheet has 40/25/35).")
            self.part = {"code": m_part.group(1), "title": title[:1] + title[1:].lower(), "max": pts, "groups": []}
            self.parts.append(self.part)
            self.group = self.crit = None
        elif text.startswith("□") or re.match(r"^o\s", text):
            if not re.match(r"^□", text):
                self.curation.append(f"An option printed with 'o' instead of '□' ({text[:40]}…) is read as an option.")
            body, notes = split_notes(re.sub(r"^(□|o)\s*", "", text))
            m = STARS.search(body)
            stars = m.group(1).count("*") if m else None
            body = STARS.sub("", body).strip()
            if re.search(r"\*{3}", body):
                raise SystemExit(f"set {self.set_no}: star marker inside option text {body!r}")
            crit = self.crit or self.group_criterion()
            if pts is None:
                # A tick-box with an empty points cell is the "nothing achieved" box: it is worth 0.
                pts = 0
                self.curation.append(f"Option '{body[:50]}' of {crit['code']} is printed with an empty points "
                                     f"cell; recorded 0 points (it is the 'not achieved' box of the criterion).")
            crit["options"].append({"text": body, "points": pts, "minimumForStars": stars})
            crit["notes"].extend(notes)
        elif m_crit and pts is not None:
            code, title = m_crit.group(1), m_crit.group(2)
            title, notes = split_notes(title)
            parent = code.rsplit(".", 1)[0] if code.count(".") >= 2 else None
            crit = {"code": code, "title": title, "max": pts, "options": [], "notes": notes,
                    "parent": None, "parentTitle": None}
            if parent:
                heading = next((c for c in self.group["criteria"] if c["code"] == parent), None)
                if heading is None:
                    raise SystemExit(f"set {self.set_no}: sub-criterion {code} without heading {parent}")
                if not heading.get("isHeading"):
                    heading["isHeading"] = True
                crit["parent"], crit["parentTitle"] = parent, heading["title"]
            self.group["criteria"].append(crit)
            self.crit = crit
        elif m_group and pts is not None:
            no = int(m_group.group(1))
            title, notes = split_notes(m_group.group(2))
            # The heading is printed in capitals; a bracketed explanation after it is a note, not the title.
            m_desc = re.match(r"^([^(]*?)\s*(\(.*\))$", title)
            if m_desc and m_desc.group(1):
                title, notes = m_desc.group(1), [m_desc.group(2)] + notes
            # Some explanations follow the capitals without brackets ("TÍNH ĐỘC ĐÁO Chất lượng: …").
            words = title.split(" ")
            first_lower = next((i for i, w in enumerate(words) if w != w.upper()), None)
            if first_lower is not None and first_lower >= 2:
                title, notes = " ".join(words[:first_lower]), [" ".join(words[first_lower:])] + notes
            self.group = {"no": no, "title": title, "max": pts, "criteria": [], "notes": notes}
            self.part["groups"].append(self.group)
            self.crit = None
        else:
            if pts not in (None, 0):
                raise SystemExit(f"set {self.set_no}: text with points not understood: {text[:80]!r} {pts}")
            target = self.crit if self.crit is not None else self.group
            target["notes"].append(text)

    def group_criterion(self):
        """A group printed with tick-boxes directly under it (e.g. '8. TÍNH ĐỘC ĐÁO') is its own single criterion."""
        g = self.group
        crit = {"code": str(g["no"]), "title": g["title"], "max": g["max"], "options": [],
                "notes": g["notes"], "parent": None, "parentTitle": None}
        g["notes"] = []
        g["criteria"].append(crit)
        self.crit = crit
        return crit


def english(title, titles):
    """The project's English title for a printed title; the bracketed explanation is not translated."""
    for key in (title, title.split(" (")[0].strip()):
        if key in titles:
            return titles[key]
    raise SystemExit(f"no English title for {title!r}: add it to titlesEn in the curation file")


def finish_criterion(c, titles):
    letters = "abcdefghijklmnopqrstuvwxyz"
    if not c["options"]:
        # The printed sheet has a points cell and no tick-boxes: the criterion is met or not.
        kind = "YesNo"
        options = [
            {"id": f"{c['code']}.yes", "letter": "yes", "text": "Có", "points": c["max"], "minimumForStars": None},
            {"id": f"{c['code']}.no", "letter": "no", "text": "Không", "points": 0, "minimumForStars": None}]
    else:
        kind = "SingleChoice"
        options = [dict(o, id=f"{c['code']}.{letters[i]}", letter=letters[i]) for i, o in enumerate(c["options"])]
    knockouts = []
    for note in c["notes"]:
        effect = knockout_of(note)
        if effect:
            knockouts.append({"effect": effect, "condition": note})
    for o in options:
        o.setdefault("knockOut", False)
        o.setdefault("knockOutReason", None)
    return {
        "code": c["code"], "title": c["title"], "titleEn": english(c["title"], titles), "max": c["max"], "kind": kind,
        "options": [{k: o[k] for k in ("id", "letter", "text", "points", "minimumForStars", "knockOut", "knockOutReason")}
                    for o in options],
        "allowsNone": kind == "SingleChoice" and all(o["points"] != 0 for o in options),
        "parent": c["parent"], "parentTitle": c["parentTitle"], "notes": c["notes"], "knockOuts": knockouts}


def disqualifiers_of(header):
    text = norm(" ".join(header))
    found = re.findall(r"Bị loại khi:\s*(.*?)(?=Hồ sơ bị loại khi:|Các tiêu chí|$)", text, flags=re.I)
    if not found:
        return [], None
    printed = found[0].strip()
    clauses = []
    rest = printed
    m = re.match(r"^(Giả mạo hồ sơ)\s*;?\s*hoặc\s+(.*)$", rest)
    if m:
        clauses.append(m.group(1))
        rest = m.group(2)
    for part in re.split(r";\s*(?:hoặc\s+)?", rest):
        # "… hoặc không đáp ứng (quy định) hồ sơ đăng ký" closes several sheets' lists without a semicolon.
        clauses += [c.strip() for c in re.split(r"\s+hoặc\s+(?=không đáp ứng)", part) if c.strip()]
    out = []
    for c in clauses:
        low = c.lower()
        code = ("forged-dossier" if low.startswith("giả mạo") else
                "registration-dossier" if low.startswith("không đáp ứng") and "hồ sơ đăng ký" in low else
                "facility-certificate" if "giấy chứng nhận cơ sở" in low or "điều kiện bắt buộc" in low else
                "production-licence" if "giấy phép sản xuất" in low else
                "product-declaration" if "công bố" in low else f"clause-{len(out) + 1}")
        out.append({"code": code, "text": c})
    return out, printed


def build(text, cur):
    lines = text.split("\n")
    sheets = []
    fixes = {f["at"]: f for f in cur["pointFixes"]}
    titles = cur["titlesEn"]
    for n, header, cells in sheet_ranges(lines):
        sh = Sheet(n, fixes)
        for t, raw in items_of(cells):
            sh.add(t, raw)
        disq, printed = disqualifiers_of(header)
        notes = [] if printed is None else [f"Hồ sơ bị loại khi: {printed}"]
        curation = list(dict.fromkeys(sh.curation))
        if not disq:
            curation.append("The printed sheet has no 'Hồ sơ bị loại khi' line; no dossier disqualifiers are recorded.")
        parts = []
        for p in sh.parts:
            groups = []
            for g in p["groups"]:
                crits = [finish_criterion(c, titles) for c in g["criteria"] if not c.get("isHeading")]
                groups.append({"no": g["no"], "title": g["title"], "titleEn": english(g["title"], titles), "max": g["max"],
                               "criteria": crits, "notes": g["notes"]})
            parts.append({"code": p["code"], "title": p["title"], "titleEn": english(p["title"], titles), "max": p["max"],
                          "groups": groups})
        sheets.append({"setNo": n, "parts": parts, "disqualifiers": disq, "notes": notes, "curationNotes": curation})
    apply_overlay(sheets, cur)
    return sheets


def apply_overlay(sheets, cur):
    """Hand corrections that the text cannot give by itself, each with its reason."""
    by_no = {s["setNo"]: s for s in sheets}
    for rule in cur.get("groupKnockOuts", []):
        # e.g. set 16: "Nếu được 0 điểm tại một trong các chỉ tiêu trên" covers every criterion of the group.
        for n in rule["sets"]:
            for p in by_no[n]["parts"]:
                for g in p["groups"]:
                    if g["no"] != rule["group"]:
                        continue
                    for c in g["criteria"]:
                        for o in c["options"]:
                            if o["points"] == 0:
                                o["knockOut"], o["knockOutReason"] = True, rule["reason"]
                    by_no[n]["curationNotes"].append(rule["why"])
    for fix in cur.get("optionFixes", []):
        sheet = by_no[fix["set"]]
        option = next(o for p in sheet["parts"] for g in p["groups"] for c in g["criteria"] for o in c["options"]
                      if o["id"] == fix["option"])
        if option["points"] != fix["printed"]:
            raise SystemExit(f"set {fix['set']} {fix['option']}: printed {option['points']}, fix expects {fix['printed']}")
        option["points"] = fix["points"]
        sheet["curationNotes"].append(fix["why"])
    for note in cur.get("sheetCurationNotes", []):
        for n in note["sets"]:
            by_no[n]["curationNotes"].append(note["text"])


def rulebook(text, cur):
    return {
        "id": cur["id"], "name": cur["name"], "legalBasis": cur["legalBasis"],
        "effectiveFrom": cur["effectiveFrom"], "effectiveTo": cur["effectiveTo"],
        "sectors": cur["sectors"], "bands": cur["bands"], "sheets": build(text, cur),
        "curationNotes": cur["curationNotes"], "periods": cur.get("periods", []),
    }


def main():
    cur = json.loads(CURATION.read_text(encoding="utf-8"))
    out = json.dumps(rulebook(SOURCE.read_text(encoding="utf-8"), cur), ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv:
        if OUTPUT.read_text(encoding="utf-8") != out:
            raise SystemExit(f"{OUTPUT} is stale: run tools/rulebook-extract/extract.py")
        print("up to date")
        return
    OUTPUT.write_text(out, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
