"""Validation and code tables through the Python binding: options as a dict,
every problem at once, struct results as dicts, code tables as native values."""
import unittest

import auctreg
from helpers import first_registration_person

TODAY = {"today": "2024-06-01"}


class Validation(unittest.TestCase):
    def test_wang_bei_is_valid(self):
        self.assertIsNone(auctreg.validate_person(first_registration_person(), TODAY))

    def test_every_problem_at_once(self):
        p = first_registration_person()
        p["gender"] = "1"                       # the ID says female
        p["email"] = "not-an-email"
        p["postal_code"] = "4500"
        with self.assertRaises(auctreg.InvalidError) as cm:
            auctreg.validate_person(p, TODAY)
        fields = {pr.field for pr in cm.exception.problems}
        self.assertTrue({"email", "postal_code"} <= fields, fields)
        self.assertTrue(any(pr.field == "gender" for pr in cm.exception.problems), fields)
        for pr in cm.exception.problems:
            self.assertTrue(pr.reason and pr.messages["en"] and pr.messages["zh"])

    def test_options_dict_is_strict(self):
        p = first_registration_person()
        with self.assertRaises(KeyError):
            auctreg.validate_person(p, {"today": "2024-06-01", "tomorrow": "x"})
        with self.assertRaises(TypeError):
            auctreg.validate_person(p, {"today": 20240601})
        with self.assertRaises(TypeError):
            auctreg.validate_person(p, "2024-06-01")
        with self.assertRaises(TypeError):
            auctreg.validate_mgmt_no("3200278", {"mgmt_no_min_digits": "7"})
        self.assertIsNone(auctreg.validate_mgmt_no("3200278", None))          # defaults
        self.assertIsNone(auctreg.validate_mgmt_no("3200278"))                # left out: defaults
        self.assertIsNone(auctreg.validate_mgmt_no("32002", {"mgmt_no_min_digits": 5,
                                                               "mgmt_no_max_digits": 7}))
        with self.assertRaises(auctreg.InvalidError):
            auctreg.validate_mgmt_no("32002", None)

    def test_id_number_facts(self):
        info = auctreg.validate_id_number("resident_id", "410103198007250027", "2024-06-01")
        self.assertEqual(info, {"number": "410103198007250027", "birth_date": "1980-07-25",
                                "gender": "2", "area": "410103"})
        with self.assertRaises(auctreg.InvalidError) as cm:
            auctreg.validate_id_number("resident_id", "410103198007250028", "2024-06-01")
        self.assertEqual([(p.field, p.reason) for p in cm.exception.problems],
                         [("id_number", "id.checksum")])
        self.assertEqual(auctreg.id_upgrade("410103800725002"), "410103198007250027")

    def test_records(self):
        app = auctreg.Application()
        app.practice_add(3, "no_such_subject", 1)
        app.ce_add("拍卖法规培训", 450)
        with self.assertRaises(auctreg.InvalidError) as cm:
            auctreg.validate_practice_list(app, TODAY)
        self.assertEqual(cm.exception.problems[0].field, "practice[0].subject")
        self.assertIsNone(auctreg.validate_ce_list(app, TODAY))

    def test_parsers(self):
        self.assertEqual(auctreg.parse_turnover_wan("12.3456"), 123456)
        self.assertEqual(auctreg.parse_hours("44.5"), 445)
        with self.assertRaises(auctreg.InvalidError):
            auctreg.parse_hours("4.55")


class CodeTables(unittest.TestCase):
    def test_tables(self):
        t = auctreg.CodeTable.SUBJECT_TYPE
        codes = [auctreg.codes_code(t, i) for i in range(auctreg.codes_count(t))]
        self.assertEqual(codes[0], "real_estate")
        self.assertEqual(auctreg.codes_name(t, 0, auctreg.Lang.ZH), "房地产")
        self.assertEqual(auctreg.codes_label(auctreg.CodeTable.ETHNICITY, "36", auctreg.Lang.ZH), "毛南族")
        i = auctreg.codes_find_name(auctreg.CodeTable.ETHNICITY, "毛难族")
        self.assertEqual(auctreg.codes_code(auctreg.CodeTable.ETHNICITY, i), "36")
        self.assertIs(auctreg.codes_is_valid(auctreg.CodeTable.GENDER, "2"), True)
        self.assertIs(auctreg.codes_is_valid(auctreg.CodeTable.GENDER, "3"), False)
        with self.assertRaises(auctreg.NotFoundError):
            auctreg.codes_find(auctreg.CodeTable.BANK, "NOPE")

    def test_divisions(self):
        self.assertEqual(auctreg.division_level_of("410103"), auctreg.DivisionLevel.COUNTY)
        self.assertEqual(auctreg.division_parent("410103"), "410100")
        self.assertIsNone(auctreg.division_parent("410000"))
        i = auctreg.division_find("金水区", "410000")
        self.assertEqual(auctreg.codes_code(auctreg.CodeTable.DIVISION, i), "410105")


if __name__ == "__main__":
    unittest.main()
