"""No leaks across the boundary: repeating the whole stories many times does not
grow the resident memory. Each round runs the three stories of test_stories
(a registry opened and closed, applications, rows, blockers, payment strings,
exceptions with their problems) and the model round below: every object, copy,
exception and byte buffer that crosses the boundary is created and dropped. Over
1000 rounds a leak of one 64 KiB document per round would add > 60 MiB, and a
leak of ~1 KiB per round > 1 MiB. Measured here: +264..268 KiB, the same for
1000, 1500 and 3000 rounds (allocator arenas, not a leak), so the limit is 1 MiB."""
import gc
import os
import unittest

import auctreg
from helpers import first_registration_person
import test_stories

STORIES = [n for n in dir(test_stories.Stories) if n.startswith("test_")]

ROUNDS = int(os.environ.get("AUCTREG_MEMORY_ROUNDS", "1000"))
DOC = b"%PDF-1.7\n" + bytes(range(256)) * 256          # 64 KiB


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def story_round(i):
    """The three stories end to end, then 王蓓's form validated, an application
    with records, a 64 KiB document, a rejection opinion, errors with field
    problems, copies in and out."""
    for name in STORIES:
        tc = test_stories.Stories(name)
        tc.setUp()
        try:
            getattr(tc, name)()
        finally:
            tc.tearDown()
    p = first_registration_person()
    auctreg.validate_person(p, {"today": "2024-06-01"})
    info = auctreg.validate_id_number("resident_id", p["id_number"], "2024-06-01")
    assert info["gender"] == "2"
    app = auctreg.Application()
    app.year = 2024
    app.mgmt_no = "3200278"
    app.type = auctreg.AppType.FIRST
    app.set_person(p)
    app.practice_add(12, "real_estate", 3_500_000 + i)
    app.ce_add("拍卖法规培训", 450)
    app.document_add("consent", "同意说明.pdf", DOC)
    assert app.document_content(0) == DOC
    app.set_review(auctreg.Level.ENTERPRISE, auctreg.ReviewStatus.REJECTED, "劳动合同已过期", i)
    copy = app.dup()
    assert copy.person()["name"] == "王蓓"
    bad = first_registration_person()
    bad["email"] = "x"
    bad["postal_code"] = "1"
    try:
        auctreg.validate_person(bad, {"today": "2024-06-01"})
        raise AssertionError("no error")
    except auctreg.InvalidError as e:
        assert len(e.problems) >= 2
    try:
        app.set_int(auctreg.AppField.YEAR, -1)
    except auctreg.InvalidError:
        pass
    with auctreg.Application() as tmp:
        tmp.document_add("other", "x.png", DOC)


@unittest.skipIf("libasan" in os.environ.get("LD_PRELOAD", ""),
                 "ASan keeps freed memory in its quarantine, so RSS is meaningless there; "
                 "the C tests find leaks with LeakSanitizer")
class NoLeaks(unittest.TestCase):
    def test_resident_memory_is_flat(self):
        for i in range(100):                       # warm up: caches, allocator arenas
            story_round(i)
        gc.collect()
        before = rss_kib()
        for i in range(ROUNDS):
            story_round(i)
        gc.collect()
        growth = rss_kib() - before
        print(f"\n{ROUNDS} rounds: resident memory {before} KiB -> {before + growth} KiB "
              f"({growth:+d} KiB)")
        self.assertLess(growth, 1024, f"resident memory grew by {growth} KiB over {ROUNDS} rounds")


if __name__ == "__main__":
    unittest.main()
