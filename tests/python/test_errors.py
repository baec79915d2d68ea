"""Error mapping: every C status code raises its own exception class, carrying
code, reason, messages (zh and en) and the list of problems."""
import os
import unittest

import auctreg
from auctreg import core


class ErrorMapping(unittest.TestCase):
    def test_every_status_code_has_its_class(self):
        codes = [s for s in auctreg.Status if s != auctreg.Status.OK]
        self.assertGreaterEqual(len(codes), 13)
        seen = set()
        for code in codes:
            cls = auctreg.error_class(code)
            self.assertTrue(issubclass(cls, auctreg.Error))
            self.assertIsNot(cls, auctreg.Error, f"{code!r} has no class of its own")
            self.assertEqual(cls.code, int(code))
            seen.add(cls)
            with self.assertRaises(cls) as cm:
                core._raise_status(int(code), "test.reason", "测试消息", [("a.b", "x.y", "坏")])
            e = cm.exception
            self.assertEqual(e.code, int(code))
            self.assertEqual(e.reason, "test.reason")
            self.assertEqual(e.message, "测试消息")
            self.assertEqual(e.problems, [auctreg.Problem("a.b", "x.y", "坏", {"zh": "坏", "en": "坏"})])
            self.assertIn("测试消息", str(e))
        self.assertEqual(len(seen), len(codes), "two codes share a class")

    def test_errors_pickle(self):
        """Errors cross process boundaries (multiprocessing, process pools) intact."""
        import pickle
        app = auctreg.Application()
        with self.assertRaises(auctreg.InvalidError) as cm:
            app.set_int(auctreg.AppField.YEAR, 5)
        for e in (cm.exception, auctreg.NotFoundError(-3, "x.y", "m", {"zh": "m", "en": "m"}, [])):
            back = pickle.loads(pickle.dumps(e))
            self.assertIs(type(back), type(e))
            self.assertEqual((back.code, back.reason, back.message, back.messages, back.problems),
                             (e.code, e.reason, e.message, e.messages, e.problems))

    def test_class_names(self):
        expected = {"EINVAL": "InvalidError", "ENOTFOUND": "NotFoundError", "EDENIED": "DeniedError",
                    "ESTATE": "StateError", "ECONFLICT": "ConflictError",
                    "EDUPLICATE": "DuplicateError", "EPAYMENT": "PaymentError",
                    "EBUSY": "BusyError", "ESTORAGE": "StorageError", "EXML": "XmlError",
                    "ENOMEM": "NoMemoryError", "EVERSION": "VersionError", "ERROR": "InternalError"}
        for name, cls in expected.items():
            self.assertIs(auctreg.error_class(auctreg.Status[name]), getattr(auctreg, cls))
        self.assertTrue(issubclass(auctreg.InvalidError, ValueError))
        self.assertTrue(issubclass(auctreg.NotFoundError, LookupError))
        self.assertTrue(issubclass(auctreg.DeniedError, PermissionError))
        self.assertIs(auctreg.error_class(-999), auctreg.Error)

    def test_real_invalid_error_with_field_problem(self):
        app = auctreg.Application()
        with self.assertRaises(auctreg.InvalidError) as cm:
            app.set_int(auctreg.AppField.YEAR, 5)
        e = cm.exception
        self.assertEqual(e.code, auctreg.Status.EINVAL)
        self.assertEqual(e.reason, "field.range")
        self.assertEqual(set(e.messages), {"zh", "en"})
        self.assertTrue(e.messages["en"])
        self.assertEqual(len(e.problems), 1)
        self.assertEqual(e.problems[0].field, "year")
        self.assertEqual(e.problems[0].reason, "field.range")
        self.assertEqual(app.year, 0, "bad input changed the object")

    def test_real_not_found(self):
        with self.assertRaises(auctreg.NotFoundError) as cm:
            auctreg.person_field_from_name("no_such_field")
        self.assertEqual(cm.exception.reason, "field.unknown")
        with self.assertRaises(auctreg.NotFoundError):
            auctreg.Application().practice_get(0)

    def test_real_storage_busy_and_state_failures(self):
        """The codes a script can provoke for real: BUSY (another connection holds the
        database lock longer than the busy timeout), STORAGE, STATE, CONFLICT, DENIED,
        DUPLICATE, PAYMENT (the last four also in test_stories), XML (test_xml)."""
        import sqlite3
        import tempfile
        import world
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "registry.db")
            with auctreg.Registry(path, busy_timeout_ms=50) as r:
                lock = sqlite3.connect(path, isolation_level=None)
                lock.execute("BEGIN EXCLUSIVE")
                with self.assertRaises(auctreg.BusyError) as cm:
                    r.put_enterprise(*world.ADMIN, world.JS, "南京拍卖行有限公司", 32,
                                     auctreg.EnterpriseStatus.ACTIVE, None)
                self.assertEqual(cm.exception.reason, "store.busy")
                lock.execute("ROLLBACK")
                lock.close()
                r.put_enterprise(*world.ADMIN, world.JS, "南京拍卖行有限公司", 32,
                                 auctreg.EnterpriseStatus.ACTIVE, None)      # nothing was left half-done
            with self.assertRaises(auctreg.StorageError) as cm:
                auctreg.Registry(os.path.join(d, "no", "such", "dir.db"))
            self.assertEqual(cm.exception.reason, "store.open")
        with self.assertRaises(auctreg.InvalidError) as cm:
            auctreg.Registry(":memory:", busy_timeout_ms=-5)
        self.assertEqual(cm.exception.reason, "options.range")
        with world.open_world() as r:
            app_id = world.create(r, world.REN, 460)
            with self.assertRaises(auctreg.StateError) as cm:                # not submitted yet
                r.choose_fee(auctreg.Role.APPLICANT, world.REN, app_id, 1, auctreg.FeeChoice.REGISTRATION)
            self.assertEqual(cm.exception.reason, "workflow.state.invalid")
            self.assertEqual([(p.field, p.reason) for p in cm.exception.problems],
                             [("", "workflow.state.invalid")])              # its blockers
            self.assertIn("DRAFT", cm.exception.problems[0].messages["en"])

    def test_language_of_messages(self):
        try:
            auctreg.set_language(auctreg.Lang.EN)
            self.assertEqual(auctreg.language(), auctreg.Lang.EN)
            with self.assertRaises(auctreg.NotFoundError) as cm:
                auctreg.person_field_from_name("nope")
            self.assertEqual(cm.exception.message, cm.exception.messages["en"])
            self.assertIn("nope", cm.exception.message)
            with self.assertRaises(auctreg.InvalidError):
                auctreg.set_language(7)
        finally:
            auctreg.set_language(auctreg.Lang.ZH)
        with self.assertRaises(auctreg.NotFoundError) as cm:
            auctreg.person_field_from_name("nope")
        self.assertEqual(cm.exception.message, cm.exception.messages["zh"])

    def test_strerror_and_names(self):
        self.assertEqual(auctreg.status_name(auctreg.Status.ECONFLICT), "AUCTREG_ECONFLICT")
        self.assertTrue(auctreg.strerror(auctreg.Status.EDENIED))


if __name__ == "__main__":
    unittest.main()
