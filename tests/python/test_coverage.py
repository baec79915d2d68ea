"""Every public C function (AUCTREG_API in include/) is exposed by the Python
binding, or listed with a reason in bindings/wrap-policy.txt as deliberately
not wrapped. The header scan here is independent of the generator."""
import glob
import json
import os
import re
import unittest

import auctreg
from helpers import SOURCE_DIR

API_RE = re.compile(r"AUCTREG_API\b[^;{]*?\b(auctreg_\w+)\s*\(", re.S)


def public_functions():
    names = {}
    for h in sorted(glob.glob(os.path.join(SOURCE_DIR, "include", "**", "*.h"), recursive=True)):
        text = re.sub(r"/\*.*?\*/", "", open(h, encoding="utf-8").read(), flags=re.S)
        text = re.sub(r"#\s*define[^\n]*(\\\n[^\n]*)*", "", text)
        for m in API_RE.finditer(text):
            names[m.group(1)] = os.path.relpath(h, SOURCE_DIR)
    return names


def policy():
    out = {}
    with open(os.path.join(SOURCE_DIR, "bindings", "wrap-policy.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.lstrip().startswith("#"):
                name, kind, *reason = line.split(None, 2)
                out[name] = (kind, reason[0].strip() if reason else "")
    return out


class Coverage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.public = public_functions()
        cls.policy = policy()
        with open(os.environ["AUCTREG_BINDINGS_MANIFEST"], encoding="utf-8") as f:
            meta = json.load(f)
        cls.manifest, cls.classes = meta["manifest"], meta["classes"]

    def test_headers_were_found(self):
        self.assertIn("auctreg_application_new", self.public)
        self.assertIn("auctreg_free", self.public)

    def test_policy_is_current_and_explained(self):
        for name, (kind, reason) in self.policy.items():
            self.assertIn(name, self.public, f"wrap-policy.txt lists {name}, which is not public")
            self.assertIn(kind, ("skip", "value", "bool"))
            self.assertGreater(len(reason), 15, f"{name}: give a real reason")

    def test_every_public_function_is_wrapped_or_listed(self):
        missing = []
        for name, header in sorted(self.public.items()):
            if self.policy.get(name, ("",))[0] == "skip":
                continue
            entry = self.manifest.get(name)
            if entry is None or entry["kind"] == "skip":
                missing.append(f"{name} ({header}): not wrapped")
                continue
            kind = entry["kind"]
            if kind == "function":
                ok = callable(getattr(auctreg, entry["py"], None))
            else:
                cls = getattr(auctreg, self.classes[entry["cls"]], None)
                if cls is None:
                    ok = False
                elif kind == "ctor":
                    ok = callable(cls)
                elif kind == "dtor":
                    ok = callable(getattr(cls, "__swig_destroy__", None))
                else:
                    ok = callable(getattr(cls, entry["method"], None))
            if not ok:
                missing.append(f"{name} ({header}): {entry} not found in the Python module")
        self.assertEqual(missing, [], "\n" + "\n".join(missing) +
                         "\nWrap it (bindings/gen_interface.py) or list it in bindings/wrap-policy.txt")

    def test_skipped_functions_are_not_exposed(self):
        for name, (kind, _) in self.policy.items():
            if kind == "skip":
                self.assertFalse(hasattr(auctreg.core, name[len("auctreg_"):]), name)


if __name__ == "__main__":
    unittest.main()
