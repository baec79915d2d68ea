"""Person and Application through the bindings: native types, enums, outputs,
strict argument types, ownership (copies, close, context manager), docstrings."""
import copy
import unittest

import auctreg
from helpers import first_registration_person


class Enums(unittest.TestCase):
    def test_intenums(self):
        self.assertTrue(issubclass(auctreg.AppState, __import__("enum").IntEnum))
        self.assertEqual(auctreg.AppState.DRAFT, 1)
        self.assertEqual(auctreg.AppType.FIRST, 3)
        self.assertEqual(auctreg.Role.SYSTEM, 5)
        self.assertNotIn("FIELD_COUNT", auctreg.PersonField.__members__)
        self.assertEqual(len(auctreg.PersonField), auctreg.core.AUCTREG_PERSON_FIELD_COUNT)

    def test_codes_and_labels(self):
        self.assertEqual(auctreg.enum_code(auctreg.EnumKind.PAY_STATUS, auctreg.PayStatus.MEMBER_EXEMPT),
                         "MEMBER_EXEMPT")
        self.assertEqual(auctreg.enum_label(auctreg.EnumKind.APP_TYPE, auctreg.AppType.REREGISTRATION,
                                            auctreg.Lang.ZH), "拍卖师再注册")
        self.assertEqual(auctreg.enum_from_code(auctreg.EnumKind.APP_TYPE, "RENEWAL"),
                         auctreg.AppType.RENEWAL)
        self.assertIsNone(auctreg.enum_code(auctreg.EnumKind.APP_TYPE, 42))


class PersonTests(unittest.TestCase):
    def test_fields_roundtrip(self):
        p = first_registration_person()
        self.assertEqual(p["id_number"], "410103198007250027")
        self.assertEqual(p[auctreg.PersonField.NAME], "王蓓")
        d = p.to_dict()
        self.assertEqual(d["birth_date"], "1980-07-25")
        self.assertEqual(set(d), {auctreg.person_field_name(f) for f in auctreg.PersonField})
        p["email"] = None
        self.assertEqual(p["email"], "")

    def test_copy_is_deep(self):
        p = first_registration_person()
        q = copy.copy(p)
        q["name"] = "李四"
        self.assertEqual(p["name"], "王蓓")

    def test_invalid_text(self):
        p = auctreg.Person()
        with self.assertRaises(auctreg.InvalidError) as cm:
            p.set(auctreg.PersonField.NAME, "x" * 5000)
        self.assertEqual(cm.exception.reason, "text.too_long")
        self.assertEqual(p["name"], "")


class StrictTypes(unittest.TestCase):
    def test_wrong_types_raise_type_error(self):
        app = auctreg.Application()
        # attribute-style fields: the field's own type, and no stray attributes on typos
        with self.assertRaises(TypeError):
            app.year = "2026"
        with self.assertRaises(TypeError):
            app.mgmt_no = 3200278
        with self.assertRaises(AttributeError):
            app.yeer = 2026
        app2 = auctreg.Application()
        app2.year, app2.mgmt_no = 2026, "3200278"
        self.assertEqual((app2.year, app2.mgmt_no), (2026, "3200278"))
        for bad in ("2024", 2024.0, None, [2024]):
            with self.assertRaises(TypeError, msg=repr(bad)):
                app.set_int(auctreg.AppField.YEAR, bad)
        with self.assertRaises(TypeError):
            app.set_text(auctreg.AppField.MGMT_NO, 3200278)
        with self.assertRaises(TypeError):
            app.set_text(auctreg.AppField.MGMT_NO, b"3200278")
        with self.assertRaises(TypeError):
            app.document_add("consent", "a.pdf", "not bytes")
        with self.assertRaises(TypeError):
            app.set_person("王蓓")
        with self.assertRaises(OverflowError):
            app.set_int(auctreg.AppField.YEAR, 2 ** 70)
        self.assertEqual(app.year, 0)

    def test_embedded_nul_is_refused(self):
        with self.assertRaises(ValueError):
            auctreg.Person().set(auctreg.PersonField.NAME, "王\0蓓")


class ApplicationTests(unittest.TestCase):
    def test_scalar_fields_as_attributes(self):
        app = auctreg.Application()
        app.year = 2024
        app.mgmt_no = "3200278"
        app.type = auctreg.AppType.FIRST
        self.assertEqual(app.get_int(auctreg.AppField.YEAR), 2024)
        self.assertEqual(app.mgmt_no, "3200278")
        self.assertIs(app.type, auctreg.AppType.FIRST)
        self.assertIs(app.state, auctreg.AppState.NONE)
        with self.assertRaises(auctreg.InvalidError):
            app.type = 9

    def test_records_as_lists(self):
        app = auctreg.Application()
        app.practice_add(12, "房地产", 3_500_000)
        app.practice_add(3, "艺术品", 0)
        app.practice_remove(0)
        self.assertEqual(app.practice, [(3, "艺术品", 0)])
        app.ce_add("拍卖法规培训", 455)
        self.assertEqual(app.ce, [("拍卖法规培训", 455)])
        self.assertEqual(app.ce_total_tenths(), 455)
        with self.assertRaises(auctreg.InvalidError):
            app.ce_add("x", -1)

    def test_documents_bytes(self):
        app = auctreg.Application()
        pdf = b"%PDF-1.7\n\x00\x01binary"
        app.document_add("consent", "/tmp/同意说明.pdf", pdf)
        doc = app.documents[0]
        self.assertEqual(doc["file_name"], "同意说明.pdf")
        self.assertEqual(doc["media_type"], "application/pdf")
        self.assertEqual(doc["size"], len(pdf))
        self.assertEqual(doc["sha256"], __import__("hashlib").sha256(pdf).hexdigest())
        self.assertEqual(app.document_content(0), pdf)
        self.assertEqual(app.document_find("consent"), 0)
        self.assertEqual(app.document_find("other"), -1)
        app.document_add_meta("photo", "me.png", "image/png", 10, "AB" * 32)
        self.assertIsNone(app.document_content(1))

    def test_person_is_copied_out(self):
        app = auctreg.Application()
        self.assertIsNone(app.person())
        app.set_person(first_registration_person())
        p = app.person()
        del app                      # the copy outlives the application
        self.assertEqual(p["name"], "王蓓")

    def test_reviews(self):
        app = auctreg.Application()
        app.set_review(auctreg.Level.ENTERPRISE, auctreg.ReviewStatus.REJECTED, "劳动合同已过期", 17)
        st, op, at = app.review(auctreg.Level.ENTERPRISE)
        self.assertEqual((st, op, at), (auctreg.ReviewStatus.REJECTED, "劳动合同已过期", 17))
        self.assertEqual(app.reviews[auctreg.Level.NATIONAL][0], auctreg.ReviewStatus.PENDING)

    def test_close_and_context_manager(self):
        with auctreg.Application() as app:
            app.year = 2024
        with self.assertRaises(TypeError):
            app.get_int(auctreg.AppField.YEAR)
        app.close()                  # idempotent

    def test_keyword_arguments(self):
        self.assertEqual(auctreg.enum_code(kind=auctreg.EnumKind.APP_TYPE, value=auctreg.AppType.FIRST), "FIRST")
        app = auctreg.Application()
        app.practice_add(sessions=3, subject="art", turnover_yuan=10)
        self.assertEqual(app.practice, [(3, "art", 10)])

    def test_docstrings_from_headers(self):
        self.assertIn("practice record", auctreg.Application.practice_get.__doc__)
        self.assertIn("Stable code", auctreg.enum_code.__doc__)


if __name__ == "__main__":
    unittest.main()
