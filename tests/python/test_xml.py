"""XML interchange through the Python binding: an application round trip, a
registry export and import (options as a dict), the schema, errors."""
import unittest

import auctreg
from auctreg import Role
import world


class Xml(unittest.TestCase):
    def test_application_round_trip(self):
        a = auctreg.Application()
        a.year = 2026
        a.mgmt_no = world.WANG
        a.set_person(world.wang_bei())
        a.practice_add(12, "real_estate", 3_500_000)
        a.document_add("consent", "同意.pdf", world.PDF)
        xml = a.to_xml()
        self.assertIsInstance(xml, str)
        b = auctreg.Application.from_xml(xml)
        self.assertEqual(b.to_xml(), xml)                       # deterministic
        self.assertEqual(b.person()["name"], "王蓓")
        self.assertEqual(b.document_content(0), world.PDF)
        self.assertIsNone(auctreg.xml_validate(xml.encode()))   # bytes work too
        no_content = a.to_xml(auctreg.core.AUCTREG_XML_NO_CONTENT)
        self.assertIsNone(auctreg.Application.from_xml(no_content).document_content(0))

    def test_errors(self):
        with self.assertRaises(auctreg.XmlError) as cm:
            auctreg.xml_validate("<application")
        self.assertTrue(cm.exception.reason.startswith("xml."))
        with self.assertRaises(auctreg.InvalidError):
            auctreg.Application().to_xml(0x100)
        with self.assertRaises(TypeError):
            auctreg.xml_validate(42)
        self.assertIn("xs:schema", auctreg.xml_schema())

    def test_registry_export_import(self):
        with world.open_world() as r:
            app_id = world.create(r, world.WANG, 0)
            xml = r.xml_export(*world.ADMIN, None)
            self.assertIn("王蓓", xml)
            apps_only = r.xml_export(*world.NATIONAL, {"what": auctreg.core.AUCTREG_XML_EXPORT_APPLICATIONS,
                                                       "year": 2026})
            self.assertIn("<application", apps_only)
            with self.assertRaises(KeyError):
                r.xml_export(*world.ADMIN, {"years": 2026})
            with self.assertRaises(auctreg.DeniedError):
                r.xml_export(Role.APPLICANT, world.WANG, None)
            record = r.xml_practice_record(*world.ADMIN, world.WANG)
            self.assertIn("practice_record", record)
        with auctreg.Registry() as copy:
            self.assertGreater(copy.xml_import(*world.ADMIN, xml), 0)
            self.assertEqual(copy.get_application(*world.NATIONAL, app_id).person()["id_number"],
                             "410103198007250027")


if __name__ == "__main__":
    unittest.main()
