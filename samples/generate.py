#!/usr/bin/env python3
"""Writes the sample bundle (samples/bundle/*.csv) and what the contract says a night on it must
export for run date 2026-11-20 (samples/expected/*.csv), from the case table below.

Every case states its inputs and, written out by hand from DATA-CONTRACT.md, its expected
verification row: the script never computes an outcome, it only lays the cases out as files (and
re-counts the work months of each case as a check on the hand arithmetic). Run it from anywhere:

    python3 samples/generate.py

The output is deterministic; the CSV files are committed, so a fresh clone needs no Python.
"""
import csv
import io
import os
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_DATE = "2026-11-20"
EXAM_YEAR = 2026
SNAPSHOT_LAST_MONTH = (2026, 10)  # the latest month in social_insurance.csv
PROVINCES = ["11", "31", "44", "51", "33"]
REGIONS = {"11": "110101", "31": "310104", "44": "440106", "51": "510107", "33": "330106"}
SW = "社会工作"

# ---------------------------------------------------------------- identifiers


def id_number(region, birth, seq):
    """A valid GB 11643 number: region, birth date, 3-digit sequence, ISO 7064 MOD 11-2 check."""
    body = f"{region}{birth}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    return body + check


CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(n):
    """A valid unified social credit code (GB 32100): 91 + region + organisation code + check."""
    org8 = f"{70000000 + n * 7919:08d}"
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c9 = 11 - sum(int(c) * x for c, x in zip(org8, w)) % 11
    org = org8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    body = "91" + "440106" + org
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(CREDIT_CHARS.index(c) * wt for c, wt in zip(body, weights))
    check = (31 - total % 31) % 31
    return body + CREDIT_CHARS[check]


EMPLOYERS = [(f"社会工作服务中心{i}", credit_code(i)) for i in range(1, 9)]
OTHER_EMPLOYER = ("华信会计咨询有限公司", credit_code(20))
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐峰", "孙丽",
         "马超", "朱琳", "胡军", "郭蕾", "何平", "高翔", "林菲", "罗斌", "郑爽", "梁宇", "谢婷", "宋涛",
         "唐颖", "韩冰", "冯雪", "董浩", "萧然", "程晨", "曹阳", "袁媛", "邓超", "许晴", "傅强", "沈悦",
         "曾毅", "彭博", "吕薇", "苏醒", "卢凯", "蒋欣", "蔡明", "贾玲", "丁宁", "魏来", "薛冰", "叶青",
         "阎涛", "余欢", "潘越", "杜鹃", "戴军", "夏雨", "钟灵", "汪洋", "田甜", "任重", "姜山", "范文",
         "方圆", "石磊", "姚远", "谭晶", "廖凡", "邹静", "熊伟", "金鑫", "陆毅", "郝蕾"]

# ---------------------------------------------------------------- the cases


def job(start, end, employer=0, social_work=True, si=None):
    """A claimed job; si = (first, last) months 'yyyy-mm' that social_insurance evidences at its
    employer ('full' = start month to min(end month, snapshot month); None = no rows)."""
    return {"start": start, "end": end, "employer": employer, "social_work": social_work, "si": si}


def edu(level="BACHELOR", major=SW, school="华东理工大学", grad="2020-06-30", degree="BACHELOR",
        cert=None, degree_cert="auto", name=None, reg="same", degree_reg="same"):
    """A claimed education row; reg / degree_reg: 'same' (the registry holds the claim as stated),
    None (no registry record) or a dict of the fields the registry records differently."""
    return {"level": level, "major": major, "school": school, "grad": grad, "degree": degree, "cert": cert,
            "degree_cert": degree_cert, "name": name, "reg": reg, "degree_reg": degree_reg}


DEFAULT_JOB = job("2021-07-01", None, si="full")


def case(key, note, expect, level="ASSISTANT", commitment="COMMITTED", name=None, educations=None,
         jobs=None, identity="same", archive=(), lower_x=False, apps=1, phone=None):
    return {"key": key, "note": note, "expect": expect, "level": level, "commitment": commitment, "name": name,
            "educations": [edu()] if educations is None else educations,
            "jobs": [DEFAULT_JOB] if jobs is None else jobs, "identity": identity, "archive": list(archive),
            "lower_x": lower_x, "apps": apps, "phone": phone}


def exp(identity="PASS", education="PASS", degree="PASS", swm=True, claimed=66, evidenced=66,
        eligibility="ELIGIBLE", reasons=()):
    return {"identity": identity, "education": education, "degree": degree, "swm": swm, "claimed": claimed,
            "evidenced": evidenced, "eligibility": eligibility, "reasons": sorted(reasons)}


CLEAN = exp()
CASES = [
    # identity
    case("identity-fail", "identity registry holds another name", exp(identity="FAIL", reasons=["IDENTITY_FAIL"]),
         identity="other-name"),
    case("identity-unverifiable", "id_number not in the identity registry",
         exp(identity="UNVERIFIABLE", reasons=["IDENTITY_UNVERIFIABLE"]), identity=None),
    case("lower-case-x", "id_number ends in a lower-case x in candidates.csv; registries have X", CLEAN,
         lower_x=True),
    case("middle-dots", "name with a middle dot; registries write it with • and ・", CLEAN,
         name="阿依古丽·买买提"),
    # education
    case("education-fail-school", "education registry names another school",
         exp(education="FAIL", swm=False, eligibility="UNDETERMINED", reasons=["EDUCATION_FAIL", "UNDETERMINED"]),
         educations=[edu(reg={"school": "华东师范大学"})]),
    case("education-fail-holder", "education certificate belongs to another id_number",
         exp(education="FAIL", swm=False, eligibility="UNDETERMINED", reasons=["EDUCATION_FAIL", "UNDETERMINED"]),
         educations=[edu(reg={"id_number": "other"})]),
    case("education-fail-date", "education registry has another graduation date",
         exp(education="FAIL", swm=False, eligibility="UNDETERMINED", reasons=["EDUCATION_FAIL", "UNDETERMINED"]),
         educations=[edu(reg={"graduation_date": "2019-06-30"})]),
    case("education-fail-level", "education registry has JUNIOR_COLLEGE for a claimed BACHELOR",
         exp(education="FAIL", swm=False, eligibility="UNDETERMINED", reasons=["EDUCATION_FAIL", "UNDETERMINED"]),
         educations=[edu(reg={"level": "JUNIOR_COLLEGE"})]),
    case("education-unverifiable", "education certificate not in the registry",
         exp(education="UNVERIFIABLE", swm=False, eligibility="UNDETERMINED",
             reasons=["EDUCATION_UNVERIFIABLE", "UNDETERMINED"]),
         educations=[edu(reg=None)]),
    case("education-none", "no education rows at all",
         exp(education="UNVERIFIABLE", degree="NOT_CLAIMED", swm=False, eligibility="INELIGIBLE",
             reasons=["EDUCATION_UNVERIFIABLE", "INELIGIBLE"]),
         educations=[]),
    case("education-pass-and-unverifiable", "JUNIOR_COLLEGE row passes, BACHELOR row unverifiable: worst wins; "
         "the passed social-work JUNIOR_COLLEGE row with 66 months still meets a rule",
         exp(education="UNVERIFIABLE", reasons=["EDUCATION_UNVERIFIABLE"]),
         educations=[edu(level="JUNIOR_COLLEGE", grad="2016-06-30", degree=None, school="上海开放大学"),
                     edu(reg=None)]),
    case("education-fail-and-unverifiable", "one row contradicted (major), one unknown: FAIL",
         exp(education="FAIL", degree="NOT_CLAIMED", swm=False, eligibility="UNDETERMINED",
             reasons=["EDUCATION_FAIL", "UNDETERMINED"]),
         educations=[edu(level="JUNIOR_COLLEGE", grad="2016-06-30", degree=None, school="上海开放大学",
                         reg={"major": "市场营销"}),
                     edu(degree=None, reg=None)]),
    case("nfkc-major", "claimed major in full-width brackets, registries in ASCII brackets", CLEAN,
         educations=[edu(major="社会工作（社区方向）",
                         reg={"major": "社会工作(社区方向)"}, degree_reg={"major": "社会工作(社区方向)"})]),
    case("leading-zeros", "certificate numbers with leading zeros, one with spaces around it in education.csv",
         CLEAN, educations=[edu(cert=" 0001230045 ", degree_cert="0007788")]),
    case("english-major", "major 'Social Work' (English, any case) is social work; no work at all",
         exp(claimed=0, evidenced=0), educations=[edu(major="Social Work")], jobs=[]),
    # degree
    case("degree-fail-school", "degree registry names another school", exp(degree="FAIL", reasons=["DEGREE_FAIL"]),
         educations=[edu(degree_reg={"school": "复旦大学"})]),
    case("degree-fail-holder", "degree certificate belongs to another id_number",
         exp(degree="FAIL", reasons=["DEGREE_FAIL"]), educations=[edu(degree_reg={"id_number": "other"})]),
    case("degree-fail-degree", "degree registry says MASTER for a claimed BACHELOR",
         exp(degree="FAIL", reasons=["DEGREE_FAIL"]), educations=[edu(degree_reg={"degree": "MASTER"})]),
    case("degree-no-certificate-number", "degree claimed without degree_certificate_no",
         exp(degree="UNVERIFIABLE", reasons=["DEGREE_UNVERIFIABLE"]), educations=[edu(degree_cert=None)]),
    case("degree-not-in-registry", "degree certificate not in the registry",
         exp(degree="UNVERIFIABLE", reasons=["DEGREE_UNVERIFIABLE"]), educations=[edu(degree_reg=None)]),
    case("degree-null", "degree empty: not claimed", exp(degree="NOT_CLAIMED"),
         educations=[edu(degree=None)]),
    case("degree-none", "degree NONE: not claimed", exp(degree="NOT_CLAIMED"),
         educations=[edu(degree="NONE")]),
    # name changed
    case("name-changed", "certificates under a former name (李娜娜), the registries agree: PASS but ONSITE",
         exp(reasons=["NAME_CHANGED"]), name="李娜", educations=[edu(name="李娜娜")]),
    # eligibility
    case("senior-no-rules", "SENIOR has no rule rows", exp(eligibility="INELIGIBLE", reasons=["INELIGIBLE"]),
         level="SENIOR"),
    case("high-school-24-months", "HIGH_SCHOOL needs 48 months; 24 claimed and evidenced",
         exp(degree="NOT_CLAIMED", swm=False, claimed=24, evidenced=24, eligibility="INELIGIBLE",
             reasons=["INELIGIBLE"]),
         educations=[edu(level="HIGH_SCHOOL", major="普通高中", school="北京市第四中学", grad="2015-07-01",
                         degree=None)],
         jobs=[job("2024-01-01", "2025-12-31", si="full")]),
    case("bachelor-other-major-undetermined", "BACHELOR, not social work, needs 24; 30 claimed, 12 evidenced",
         exp(swm=False, claimed=30, evidenced=12, eligibility="UNDETERMINED", reasons=["UNDETERMINED"]),
         educations=[edu(major="汉语言文学")],
         jobs=[job("2024-01-01", "2026-06-30", si=("2024-01", "2024-12"))]),
    case("master-exactly-12", "INTERMEDIATE, MASTER in social work needs 12 months: exactly 12",
         exp(claimed=12, evidenced=12), level="INTERMEDIATE",
         educations=[edu(level="MASTER", degree="MASTER", grad="2024-06-30", school="中国人民大学")],
         jobs=[job("2025-01-01", "2025-12-31", si="full")]),
    case("bachelor-35-months", "INTERMEDIATE, BACHELOR in social work needs 36: 35",
         exp(claimed=35, evidenced=35, eligibility="INELIGIBLE", reasons=["INELIGIBLE"]), level="INTERMEDIATE",
         jobs=[job("2023-01-01", "2025-11-30", si="full")]),
    case("second-row-qualifies", "HIGH_SCHOOL and a BACHELOR in accounting: the BACHELOR row with 24 months",
         exp(swm=False, claimed=24, evidenced=24),
         educations=[edu(level="HIGH_SCHOOL", major="普通高中", school="北京市第四中学", grad="2012-07-01",
                         degree=None),
                     edu(major="会计学", school="中央财经大学")],
         jobs=[job("2024-01-01", "2025-12-31", si="full")]),
    case("doctor-no-work", "INTERMEDIATE, DOCTOR in social work needs no work years",
         exp(claimed=0, evidenced=0), level="INTERMEDIATE",
         educations=[edu(level="DOCTOR", degree="DOCTOR", grad="2025-06-30", school="北京大学")], jobs=[]),
    case("secondary-vocational", "SECONDARY_VOCATIONAL counts as HIGH_SCHOOL: 66 months meet the 48",
         exp(degree="NOT_CLAIMED"),
         educations=[edu(level="SECONDARY_VOCATIONAL", major="社会工作事务", school="广州市社会工作学校",
                         grad="2018-07-01", degree=None)]),
    # work months
    case("overlapping-jobs", "two jobs overlapping Jan-Jun 2023 count once: 36, INTERMEDIATE BACHELOR needs 36",
         exp(claimed=36, evidenced=36), level="INTERMEDIATE",
         jobs=[job("2022-01-01", "2023-06-30", employer=1, si="full"),
               job("2023-01-01", "2024-12-31", employer=2, si="full")]),
    case("jobs-with-gap", "Mar 2019-Feb 2020 and Jan 2021-Dec 2022 with a gap: 12 + 24",
         exp(claimed=36, evidenced=36), level="INTERMEDIATE",
         jobs=[job("2019-03-01", "2020-02-29", employer=3, si="full"),
               job("2021-01-15", "2022-12-10", employer=4, si="full")]),
    case("open-job-late-start", "open job since May 2024, insured to Oct 2026: extended to Dec 2026",
         exp(claimed=32, evidenced=32), jobs=[job("2024-05-10", None, si="full")]),
    case("open-job-insurance-stops", "open job since May 2024, insured only to Jun 2026: no extension",
         exp(degree="NOT_CLAIMED", claimed=32, evidenced=26),
         educations=[edu(level="JUNIOR_COLLEGE", degree=None, school="上海开放大学")],
         jobs=[job("2024-05-10", None, si=("2024-05", "2026-06"))]),
    case("insured-at-other-employer", "insurance paid by another employer than the claimed one: 0 evidenced",
         exp(degree="NOT_CLAIMED", claimed=48, evidenced=0, eligibility="UNDETERMINED", reasons=["UNDETERMINED"]),
         educations=[edu(level="JUNIOR_COLLEGE", degree=None, school="上海开放大学")],
         jobs=[job("2023-01-01", None, employer=5, si=("other", "2023-01", "2026-10"))]),
    case("non-social-work-job", "a non-social-work job (36 insured months) does not count",
         exp(claimed=36, evidenced=36), level="INTERMEDIATE",
         jobs=[job("2020-01-01", "2022-12-31", employer=-1, social_work=False, si="full"),
               job("2023-01-01", "2025-12-31", employer=6, si="full")]),
    case("end-after-exam-year", "end date in 2027: months after Dec 2026 never count; closed job, no extension",
         exp(claimed=24, evidenced=22), jobs=[job("2025-01-01", "2027-06-30", employer=7, si="full")]),
    case("open-job-after-snapshot", "open job starting Nov 2026, after the snapshot: claimed 2, evidenced 0",
         exp(claimed=2, evidenced=0), jobs=[job("2026-11-01", None, si=None)]),
    # integrity archive
    case("archive-serious-active", "SERIOUS recorded until 2027-12-31", exp(reasons=["ARCHIVE_BARRED"]),
         archive=[("SW", "SERIOUS", "2022-12-01", "2027-12-31")]),
    case("archive-serious-expired", "SERIOUS recorded until 2025-01-01: expired, no bar", CLEAN,
         archive=[("SW", "SERIOUS", "2020-01-01", "2025-01-01")]),
    case("archive-serious-until-day-before", "SERIOUS recorded until the day before the run date: no bar", CLEAN,
         archive=[("SW", "SERIOUS", "2021-11-19", "2026-11-19")]),
    case("archive-serious-until-run-date", "SERIOUS recorded until the run date itself: barred",
         exp(reasons=["ARCHIVE_BARRED"]), archive=[("SW", "SERIOUS", "2021-11-20", "2026-11-20")]),
    case("archive-false-commitment-old", "FALSE_COMMITMENT bars whatever its dates",
         exp(reasons=["ARCHIVE_BARRED"]), archive=[("SW", "FALSE_COMMITMENT", "2015-05-01", "2020-05-01")]),
    case("archive-very-serious-no-end", "VERY_SERIOUS without end", exp(reasons=["ARCHIVE_BARRED"]),
         archive=[("SW", "VERY_SERIOUS", "2019-09-01", None)]),
    case("archive-other-exam", "SERIOUS in another exam bars too", exp(reasons=["ARCHIVE_BARRED"]),
         archive=[("CPA", "SERIOUS", "2024-03-01", "2029-03-01")]),
    case("archive-and-not-chosen", "barred and did not commit: both codes",
         exp(reasons=["ARCHIVE_BARRED", "NOT_CHOSEN"]), commitment="NOT_CHOSEN",
         archive=[("SW", "SERIOUS", "2023-01-01", None)]),
    # commitment
    case("not-chosen", "commitment not chosen", exp(reasons=["NOT_CHOSEN"]), commitment="NOT_CHOSEN"),
    case("withdrawn", "commitment withdrawn", exp(reasons=["WITHDRAWN"]), commitment="WITHDRAWN"),
    case("not-applicable", "commitment not applicable", exp(reasons=["NOT_APPLICABLE"]),
         commitment="NOT_APPLICABLE"),
    case("several-causes", "not chosen, identity unknown, degree without certificate number",
         exp(identity="UNVERIFIABLE", degree="UNVERIFIABLE",
             reasons=["DEGREE_UNVERIFIABLE", "IDENTITY_UNVERIFIABLE", "NOT_CHOSEN"]),
         commitment="NOT_CHOSEN", identity=None, educations=[edu(degree_cert=None)]),
    # repeats that must load (contract §1)
    case("two-applications", "one candidate, applications in two provinces (DUPLICATE_APPLICATION evidence)",
         CLEAN, apps=2),
    case("shared-phone-1", "three candidates on one phone (PHONE_SHARED evidence)", CLEAN, phone="13900000777"),
    case("shared-phone-2", "three candidates on one phone", CLEAN, phone="13900000777"),
    case("shared-phone-3", "three candidates on one phone", CLEAN, phone="13900000777"),
]
# Clean candidates, alternating levels (INTERMEDIATE, BACHELOR in social work: 36 of the 66 months needed).
CASES += [case(f"clean-{i:02d}", "everything verified online", CLEAN,
               level="ASSISTANT" if i % 2 else "INTERMEDIATE") for i in range(1, 43)]

# ---------------------------------------------------------------- month arithmetic check


def months(first, last):
    (y1, m1), (y2, m2) = first, last
    return set() if (y2, m2) < (y1, m1) else {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13)
                                               if (y1, m1) <= (y, m) <= (y2, m2)}


def ym(s):
    return int(s[:4]), int(s[5:7])


def check_reasons(c):
    """The hand-written reasons must name every non-passing outcome of the same hand-written row."""
    e = c["expect"]
    want = set()
    for field in ("identity", "education", "degree"):
        if e[field] in ("FAIL", "UNVERIFIABLE"):
            want.add(f"{field.upper()}_{e[field]}")
    if e["eligibility"] != "ELIGIBLE":
        want.add(e["eligibility"])
    if c["commitment"] != "COMMITTED":
        want.add(c["commitment"])
    other = set(e["reasons"]) - want
    assert want <= set(e["reasons"]) and other <= {"NAME_CHANGED", "ARCHIVE_BARRED"}, (c["key"], want, e["reasons"])
    assert ("ARCHIVE_BARRED" in other) == bool(c["archive"]) or "expired" in c["note"] or "day before" in c["note"], c["key"]


def check_months(c):
    """Re-counts claimed and evidenced months (contract §1) to catch slips in the hand-written table."""
    claimed, evidenced = set(), set()
    for j in c["jobs"]:
        if not j["social_work"]:
            continue
        end = ym(j["end"]) if j["end"] else (EXAM_YEAR, 12)
        span = {m for m in months(ym(j["start"]), end) if m <= (EXAM_YEAR, 12)}
        claimed |= span
        insured = insured_months(j)
        if j["si"] and j["si"][0] == "other":
            insured = set()
        evidenced |= span & insured
        if j["end"] is None and ym(j["start"]) <= SNAPSHOT_LAST_MONTH and SNAPSHOT_LAST_MONTH in insured:
            evidenced |= months(SNAPSHOT_LAST_MONTH, (EXAM_YEAR, 12)) - {SNAPSHOT_LAST_MONTH}
    e = c["expect"]
    assert (len(claimed), len(evidenced)) == (e["claimed"], e["evidenced"]), (c["key"], len(claimed), len(evidenced))


def insured_months(j):
    if j["si"] is None:
        return set()
    if j["si"] == "full":
        end = ym(j["end"]) if j["end"] else SNAPSHOT_LAST_MONTH
        return months(ym(j["start"]), min(end, SNAPSHOT_LAST_MONTH))
    first, last = j["si"][-2:]
    return months(ym(first), ym(last))


# ---------------------------------------------------------------- the files


def build():
    rows = {k: [] for k in ["candidates", "education", "work_experience", "applications", "public_reports",
                            "identity_registry", "education_registry", "degree_registry", "social_insurance",
                            "integrity_archive"]}
    expected = []
    app_no = 0
    other_seq = 900
    for n, c in enumerate(CASES, start=1):
        check_months(c)
        check_reasons(c)
        cid = f"C{n:03d}"
        province = PROVINCES[n % len(PROVINCES)]
        seq = n
        idn = id_number(REGIONS[province], f"199{n % 10}0{1 + n % 9}1{n % 10}", seq)
        if c["lower_x"]:
            while not idn.endswith("X"):
                seq += 1
                idn = id_number(REGIONS[province], "19900515", seq)
        name = c["name"] or NAMES[n % len(NAMES)]
        phone = c["phone"] or f"138{n:08d}"
        rows["candidates"].append([cid, idn[:-1] + "x" if c["lower_x"] else idn, name, phone,
                                   f"2026-03-{1 + n % 28:02d}T09:00:00+08:00"])
        if c["identity"] == "same":
            rows["identity_registry"].append([idn, name.replace("·", "•")])
        elif c["identity"] == "other-name":
            rows["identity_registry"].append([idn, name[0] + "晓" + name[1:]])
        for s, e in enumerate(c["educations"], start=1):
            cert = e["cert"] or f"1{n:03d}{s}2020{n:05d}"
            on_cert = e["name"] or name
            degree_cert = None
            if e["degree"] not in (None, "NONE") and e["degree_cert"] is not None:
                degree_cert = f"D{n:03d}{s}2020{n:04d}" if e["degree_cert"] == "auto" else e["degree_cert"]
            rows["education"].append([cid, s, e["level"], e["school"], e["major"], e["grad"], cert, e["degree"],
                                      degree_cert, on_cert])
            holder_name = on_cert.replace("·", "・")
            if e["reg"] is not None:
                r = {"certificate_no": cert.strip(), "id_number": idn, "name": holder_name, "school": e["school"],
                     "major": e["major"], "level": e["level"], "graduation_date": e["grad"]}
                r.update(e["reg"] if isinstance(e["reg"], dict) else {})
                if r["id_number"] == "other":
                    other_seq += 1
                    r["id_number"] = id_number("110105", "19880808", other_seq)
                rows["education_registry"].append(list(r.values()))
            if degree_cert and e["degree_reg"] is not None:
                r = {"certificate_no": degree_cert, "id_number": idn, "name": on_cert, "degree": e["degree"],
                     "school": e["school"], "major": e["major"], "awarded_date": e["grad"]}
                r.update(e["degree_reg"] if isinstance(e["degree_reg"], dict) else {})
                if r["id_number"] == "other":
                    other_seq += 1
                    r["id_number"] = id_number("110105", "19880808", other_seq)
                rows["degree_registry"].append(list(r.values()))
        for s, j in enumerate(c["jobs"], start=1):
            employer = OTHER_EMPLOYER if j["employer"] < 0 else EMPLOYERS[(j["employer"] or n) % len(EMPLOYERS)]
            rows["work_experience"].append([cid, s, employer[0], employer[1], j["start"], j["end"],
                                            "true" if j["social_work"] else "false"])
            insured_at = employer[1]
            if j["si"] and j["si"][0] == "other":
                insured_at = OTHER_EMPLOYER[1]
            for (y, m) in sorted(insured_months(j)):
                day = 1 if (y + m) % 3 else 15  # any day of a month stands for that month
                rows["social_insurance"].append([idn, insured_at, f"{y}-{m:02d}-{day:02d}"])
        for exam, violation, decided, until in c["archive"]:
            rows["integrity_archive"].append([idn, exam, violation, decided, until])
        for a in range(c["apps"]):
            app_no += 1
            aid = f"SW26-{app_no:04d}"
            committed = c["commitment"] in ("COMMITTED", "WITHDRAWN")
            rows["applications"].append([aid, cid, "SW", EXAM_YEAR, c["level"], PROVINCES[(n + a) % len(PROVINCES)],
                                         c["commitment"], "2026-04-01T10:00:00+08:00" if committed else None,
                                         "2026-04-10T10:00:00+08:00" if c["commitment"] == "WITHDRAWN" else None,
                                         "2026-03-20T10:00:00+08:00", None])
            e = c["expect"]
            expected.append([RUN_DATE, aid, e["identity"], e["education"], e["degree"],
                             "true" if e["swm"] else "false", e["claimed"], e["evidenced"], e["eligibility"],
                             "ONSITE" if e["reasons"] else "EXEMPT", ";".join(e["reasons"])])
    rows["public_reports"] = [["SW26-0003", "2026-05-02T08:30:00+08:00", "HOTLINE", "举报其工作经历证明由他人代开"],
                              ["SW26-0060", "2026-06-11T14:00:00+08:00", "WEB", "怀疑学历证书与本人不符"]]
    rows["social_insurance"].sort(key=lambda r: (r[2], r[0]))
    return rows, expected, n


def mask_id(v):
    return v[:6] + "********" + v[-4:] if len(v) >= 11 else "*" * len(v)


def mask_phone(v):
    return v[:3] + "****" + v[-4:] if len(v) >= 8 else "*" * len(v)


def add_bad_rows(rows, last_n):
    """Bad rows of different kinds, each breaking exactly one rule; returns the expected quarantine."""
    bad = []

    def put(dataset, position, row, column, reason, masked=None):
        rows[dataset].insert(position, row)
        bad.append([dataset, row, column, reason, masked or row])

    n = last_n
    good_ids = {}
    for k in range(1, 7):
        n += 1
        cid = f"C{n:03d}"
        good_ids[cid] = id_number("320102", "19920202", 500 + k)
    c_bad_id, c_bad_phone, c_prov, c_commit, c_dup, c_digit = good_ids
    bad_id = good_ids[c_bad_id][:-1] + ("1" if good_ids[c_bad_id][-1] != "1" else "2")
    put("candidates", 10, [c_bad_id, bad_id, "钱多多", "13812340001", "2026-03-05T09:00:00+08:00"], "id_number",
        "id_number check character does not match",
        [c_bad_id, mask_id(bad_id), "钱多多", mask_phone("13812340001"), "2026-03-05T09:00:00+08:00"])
    put("candidates", 20, [c_bad_phone, good_ids[c_bad_phone], "孔明亮", "1381234000", "2026-03-05T09:00:00+08:00"],
        "phone", "phone must be 11 digits",
        [c_bad_phone, mask_id(good_ids[c_bad_phone]), "孔明亮", mask_phone("1381234000"), "2026-03-05T09:00:00+08:00"])
    for cid in (c_prov, c_commit, c_dup, c_digit):
        rows["candidates"].append([cid, good_ids[cid], "严" + cid[-1], f"137{int(cid[1:]):08d}",
                                   "2026-03-06T09:00:00+08:00"])
    app = lambda aid, cid, year="2026", prov="32", commitment="COMMITTED": [  # noqa: E731
        aid, cid, "SW", year, "ASSISTANT", prov, commitment, "2026-04-01T10:00:00+08:00" if commitment ==
        "COMMITTED" else None, None, "2026-03-20T10:00:00+08:00", None]
    put("applications", 5, app("SW26-0900", c_bad_id), "candidate_id", "candidate_id names no loaded candidate")
    put("applications", 30, app("SW26-0901", c_prov, prov="99"), "province_code", "province_code 99 is not a province")
    put("applications", 45, app("SW26-0902", c_commit, commitment="MAYBE"), "commitment",
        "commitment MAYBE is not a listed value")
    put("applications", 60, app("SW26-0010", c_dup), "application_id",
        "application_id repeats a row already loaded")
    put("applications", len(rows["applications"]), app("SW26-0903", c_digit, year="２026"), "exam_year",
        "exam_year has a non-ASCII digit")
    put("education", 12, ["C001", 6, "MASTER", "中国人民大学", SW, "2023-06-30", "1999999999", "MASTER",
                           "D9999999", NAMES[1]], "seq", "seq must be 1..5")
    put("education", len(rows["education"]), ["C999", 1, "BACHELOR", "华东理工大学", SW, "2020-06-30", "1888888888",
                                              None, None, "无名氏"], "candidate_id",
        "candidate_id names no loaded candidate")
    put("work_experience", 8, ["C002", 2, OTHER_EMPLOYER[0], OTHER_EMPLOYER[1], "2020-05-01", "2019-05-01", "false"],
        "end_date", "end_date is before start_date")
    put("work_experience", 25, ["C003", 2, OTHER_EMPLOYER[0], OTHER_EMPLOYER[1][:17], "2018-01-01", "2018-12-31",
                                "false"], "employer_credit_code", "employer_credit_code must be 18 characters")
    put("degree_registry", 3, ["D7777777", id_number("110105", "19880808", 990), "沈某", "ASSOCIATE", "某学院",
                               "社会工作", "2019-06-30"], "degree", "degree ASSOCIATE is not a listed value",
        ["D7777777", mask_id(id_number("110105", "19880808", 990)), "沈某", "ASSOCIATE", "某学院", "社会工作",
         "2019-06-30"])
    first = rows["identity_registry"][0]
    put("identity_registry", 40, [first[0], "冒名者"], "id_number", "id_number repeats a row already loaded",
        [mask_id(first[0]), "冒名者"])
    si_id = rows["social_insurance"][0][0]
    put("social_insurance", 100, [si_id, EMPLOYERS[0][1], "2026-13-01"], "month", "month is not a date",
        [mask_id(si_id), EMPLOYERS[0][1], "2026-13-01"])
    return bad


def csv_text(header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return out.getvalue()


def record_text(row):
    """A row as one line of CSV text, as the quarantine keeps it."""
    return csv_text(["x"], [row]).split("\n", 1)[1].rstrip("\n")


HEADERS = {
    "candidates": "candidate_id,id_number,name,phone,registered_at",
    "education": "candidate_id,seq,level,school,major,graduation_date,certificate_no,degree,degree_certificate_no,"
                 "name_on_certificate",
    "work_experience": "candidate_id,seq,employer_name,employer_credit_code,start_date,end_date,social_work",
    "applications": "application_id,candidate_id,exam_code,exam_year,level,province_code,commitment,committed_at,"
                    "withdrawn_at,submitted_at,paid_at",
    "public_reports": "application_id,reported_at,channel,summary",
    "identity_registry": "id_number,name",
    "education_registry": "certificate_no,id_number,name,school,major,level,graduation_date",
    "degree_registry": "certificate_no,id_number,name,degree,school,major,awarded_date",
    "social_insurance": "id_number,employer_credit_code,month",
    "integrity_archive": "id_number,exam_code,violation,decided_on,recorded_until",
}


README_HEAD = """# Sample bundle

`bundle/` is a contract input bundle (DATA-CONTRACT §1, CSV) written for the purpose: exam SW, exam
year 2026, five provinces, about a hundred applications, each case below covering one verification
outcome, plus bad rows of different kinds. `expected/` holds what a night on it with run date
2026-11-20 must export (`./pipeline export verification_results|quarantine`), written from the
contract by hand: each case in `generate.py` states its expected row literally.

    python3 samples/generate.py      # rewrites bundle/, expected/ and this file

In `expected/quarantine.csv` the `reason` column is this file's wording: the contract fixes the
dataset, row number and masked record of a bad row, not the words of its reason, so the tests
compare every column but that one. The social-insurance snapshot's last month is 2026-10.

"""


def main():
    rows, expected, last_n = build()
    bad = add_bad_rows(rows, last_n)
    for name, data in rows.items():
        with open(os.path.join(HERE, "bundle", name + ".csv"), "w", encoding="utf-8", newline="") as f:
            f.write(csv_text(HEADERS[name].split(","), data))
    quarantine = []
    for dataset, row, column, reason, masked in bad:
        quarantine.append([RUN_DATE, dataset, rows[dataset].index(row) + 1, column, reason, record_text(masked)])
    quarantine.sort(key=lambda q: (q[1], q[2]))
    expected.sort(key=lambda r: r[1])
    with open(os.path.join(HERE, "expected", "verification_results.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(csv_text("run_date,application_id,identity,education,degree,social_work_major,claimed_work_months,"
                         "evidenced_work_months,eligibility,route,reasons".split(","), expected))
    with open(os.path.join(HERE, "expected", "quarantine.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(csv_text("run_date,dataset,row_number,column_name,reason,record".split(","), quarantine))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "| case | candidate | what it covers | route | reasons |\n|---|---|---|---|---|\n")
        for n, c in enumerate(CASES, start=1):
            if c["key"].startswith("clean-") and c["key"] != "clean-01":
                continue
            key = "clean-01..42" if c["key"] == "clean-01" else c["key"]
            reasons = ";".join(c["expect"]["reasons"])
            f.write(f"| {key} | C{n:03d} | {c['note']} | {'ONSITE' if reasons else 'EXEMPT'} | {reasons} |\n")
    print(f"{len(expected)} applications, {len(quarantine)} bad rows")


if __name__ == "__main__":
    main()
