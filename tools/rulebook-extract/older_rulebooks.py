#!/usr/bin/env python3
"""Writes the rulebooks that preceded 26/2026 (148-2023.json, 1048-2019.json): classification, star bands and
periods only; their scoring sheets are not transcribed (no legal text in the repository).

148/QĐ-TTg: the classification is taken from the 26/2026 curation with the ministry of the time
(Bộ Nông nghiệp và Phát triển nông thôn) in place of its 2025 successor; see the curation notes for what
is sourced. Usage: python3 tools/rulebook-extract/older_rulebooks.py
"""
import copy, json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "data/reference/rulebooks"
MARD = "Bộ Nông nghiệp và Phát triển nông thôn"
NOT_RECOGNISED = "Không công nhận"


def write(name, data):
    (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote data/reference/rulebooks/{name}")


def rulebook_148():
    cur = json.loads((HERE / "curation-26-2026.json").read_text(encoding="utf-8"))
    sectors = copy.deepcopy(cur["sectors"])
    for sector in sectors:
        for group in sector["groups"]:
            for s in group["sets"]:
                s["leadMinistry"] = s["leadMinistry"].replace("Bộ Nông nghiệp và Môi trường", MARD)
                seen = "Phụ lục I (148, sourced)," if s["no"] <= 7 else "Phụ lục I (148, assumed as in 26/2026),"
                s["scope"] = (s["scope"] or "").replace("Phụ lục I,", seen)
    return {
        "id": "148-2023", "name": "Quyết định 148/QĐ-TTg",
        "legalBasis": "Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình "
                      "đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm; sửa đổi bởi Quyết định số 1489/QĐ-TTg "
                      "ngày 06/7/2025",
        "effectiveFrom": "2023-02-24", "effectiveTo": "2026-07-21",
        "sectors": sectors,
        "bands": [
            {"stars": 5, "minInclusive": 90, "maxExclusive": None,
             "recognisedBy": "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (từ 03/2025: Bộ Nông nghiệp và Môi trường)"},
            {"stars": 4, "minInclusive": 70, "maxExclusive": 90, "recognisedBy": "Chủ tịch UBND cấp tỉnh"},
            {"stars": 3, "minInclusive": 50, "maxExclusive": 70,
             "recognisedBy": "Chủ tịch UBND cấp huyện; từ 06/7/2025 (QĐ 1489/QĐ-TTg): Chủ tịch UBND cấp tỉnh"},
            {"stars": 2, "minInclusive": 30, "maxExclusive": 50, "recognisedBy": NOT_RECOGNISED},
            {"stars": 1, "minInclusive": 0, "maxExclusive": 30, "recognisedBy": NOT_RECOGNISED}],
        "sheets": [],
        "periods": [
            {"from": "2023-02-24", "to": "2025-07-05", "legalBasis": "Quyết định 148/QĐ-TTg",
             "note": "District (cấp huyện) recognises 3★, province 4★, central 5★."},
            {"from": "2025-07-06", "to": "2026-07-21", "legalBasis": "Quyết định 148/QĐ-TTg sửa đổi bởi Quyết định 1489/QĐ-TTg",
             "note": "Two-level local government: the commune pre-checks, the province scores and recognises 3★/4★, "
                     "products with ≥ 90 points go to the Ministry. From 22/05/2026 new dossiers fall under 26/2026; "
                     "dossiers filed earlier finish under these rules (26/2026 Art. 12.2)."}],
        "curationNotes": [
            "SOURCED — effectiveFrom 2023-02-24: 148/QĐ-TTg took effect on signing (24/02/2023) and replaced 1048/QĐ-TTg and "
            "781/QĐ-TTg (thuvienphapluat.vn news of 25/02/2023).",
            "SOURCED — effectiveTo 2026-07-21: 26/2026/QĐ-TTg Art. 11.2 ends 148 and 1489 '60 days after' 22/05/2026; counting "
            "from the next day (Civil Code Art. 147) the last day in force is 21/07/2026. The day-count convention is an "
            "interpretation.",
            "SOURCED — period boundary 2025-07-06: date of 1489/QĐ-TTg as cited in 26/2026 Art. 11.2 (taken as its effective date).",
            "SOURCED — parts A/B/C 40/25/35 and five star classes: 148/QĐ-TTg as reported by thuvienphapluat.vn and the "
            "Vĩnh Long council (2023).",
            "NOT SOURCED from the text of 148 — the band thresholds 90/70/50/30 and who recognises each band: taken from "
            "OCOP-RULES.md §1 and §4 ('same bands under 148').",
            "SOURCED — the six sectors (Art. 1.1.a of 148: thực phẩm; đồ uống; dược liệu và sản phẩm từ dược liệu; hàng thủ "
            "công mỹ nghệ; sinh vật cảnh; dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch) and Phụ lục I rows "
            "I.1.a–I.3.c (sets 1–7) with their lead ministry (Nông nghiệp và Phát triển nông thôn; Công Thương), from a thuvienphapluat.vn "
            "summary of 148.",
            "NOT SOURCED — the remaining groups and sets (I.3.d onwards, sets 8–26), their numbering 1–26 and lead ministries are assumed "
            "identical to 26/2026 Phụ lục I, with Bộ Nông nghiệp và Phát triển nông thôn for the agriculture ministry. Verify "
            "against the text of 148 Phụ lục I before relying on set numbers.",
            "NOT SOURCED — 148's scoring sheets (its Phụ lục III) are not transcribed: sheets is empty.",
            "SOURCED (26/2026 Art. 12.1) — certificates issued under 148 stay valid until their own expiry.",
            "English names are the project's translations."],
    }


def rulebook_1048():
    not_rec = NOT_RECOGNISED
    sector = lambda code, name, en, groups=(): {"code": code, "name": name, "nameEn": en, "groups": list(groups)}
    return {
        "id": "1048-2019", "name": "Quyết định 1048/QĐ-TTg",
        "legalBasis": "Quyết định số 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, "
                      "phân hạng sản phẩm Chương trình mỗi xã một sản phẩm; sửa đổi bởi Quyết định số 781/QĐ-TTg ngày 08/6/2020",
        "effectiveFrom": "2019-08-21", "effectiveTo": "2023-02-23",
        "sectors": [
            sector("I", "Thực phẩm", "Food"),
            sector("II", "Đồ uống", "Beverages"),
            sector("III", "Thảo dược", "Herbal products"),
            sector("IV", "Vải và may mặc", "Textiles and garments"),
            sector("V", "Lưu niệm - nội thất - trang trí", "Souvenirs, furniture and decoration"),
            sector("VI", "Dịch vụ du lịch nông thôn, bán hàng", "Rural tourism services and sales", [
                {"no": 1, "name": "Dịch vụ du lịch cộng đồng và điểm du lịch",
                 "nameEn": "Community tourism services and tourist attractions", "sets": []}])],
        "bands": [
            {"stars": 5, "minInclusive": 90, "maxExclusive": None, "recognisedBy": "Hội đồng cấp trung ương (Bộ Nông nghiệp và Phát triển nông thôn)"},
            {"stars": 4, "minInclusive": 70, "maxExclusive": 90, "recognisedBy": "UBND cấp tỉnh"},
            {"stars": 3, "minInclusive": 50, "maxExclusive": 70, "recognisedBy": "UBND cấp tỉnh"},
            {"stars": 2, "minInclusive": 30, "maxExclusive": 50, "recognisedBy": not_rec},
            {"stars": 1, "minInclusive": 0, "maxExclusive": 30, "recognisedBy": not_rec}],
        "sheets": [],
        "periods": [
            {"from": "2019-08-21", "to": "2020-06-07", "legalBasis": "Quyết định 1048/QĐ-TTg",
             "note": "District council pre-scores; province recognises 3★–4★; central council 5★."},
            {"from": "2020-06-08", "to": "2023-02-23", "legalBasis": "Quyết định 1048/QĐ-TTg sửa đổi bởi Quyết định 781/QĐ-TTg",
             "note": "781 renames group VI.1 and adds minimum criteria per star level (Phụ lục II, mục 6)."}],
        "curationNotes": [
            "SOURCED — date 21/8/2019: cited in UBND Thừa Thiên Huế plan 115/KH-UBND (2020); one secondary site gives 20/08/2019. "
            "effectiveFrom assumes effect on signing.",
            "SOURCED — effectiveTo 2023-02-23: replaced by 148/QĐ-TTg, in force from 24/02/2023.",
            "SOURCED — 781/QĐ-TTg of 08/06/2020 renamed group VI.1 'Dịch vụ du lịch - truyền thống - lễ hội' to 'Dịch vụ du "
            "lịch cộng đồng và điểm du lịch' and added star minima (yenbai.gov.vn news); the later name is recorded.",
            "SOURCED — six sectors (OCOP-RULES.md §2; secondary sites order them slightly differently) and parts A/B/C "
            "35/25/40 (thuvienphapluat.vn comparison with 148). Star thresholds 90/70/50/30 as reported for 1048 by proatc.vn.",
            "NOT SOURCED — the groups of sectors I–V, all product sets and lead ministries: not recorded (empty lists). "
            "Who recognises each band is taken from OCOP-RULES.md §1, not from the decision's text.",
            "NOT SOURCED — scoring sheets (1048 Phụ lục II) are not transcribed: sheets is empty.",
            "English names are the project's translations."],
    }


if __name__ == "__main__":
    write("148-2023.json", rulebook_148())
    write("1048-2019.json", rulebook_1048())
