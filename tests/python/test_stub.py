"""The type stub (auctreg/__init__.pyi) parses and matches the module: every
public name is declared, and every class member it declares exists."""
import ast
import os
import unittest

import auctreg


class Stub(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        path = os.path.join(os.path.dirname(auctreg.__file__), "__init__.pyi")
        with open(path, encoding="utf-8") as f:
            cls.tree = ast.parse(f.read(), path)
        cls.top = {}
        for node in cls.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                cls.top[node.name] = node
            elif isinstance(node, ast.AnnAssign):
                cls.top[node.target.id] = node

    def test_every_public_name_is_declared(self):
        missing = [n for n in auctreg.__all__ if n not in self.top]
        self.assertEqual(missing, [])
        self.assertTrue(os.path.exists(os.path.join(os.path.dirname(auctreg.__file__), "py.typed")))

    def test_declared_members_exist(self):
        wrong = []
        for name, node in self.top.items():
            obj = getattr(auctreg, name, None)
            if obj is None:
                wrong.append(name)
                continue
            if isinstance(node, ast.ClassDef):
                for m in node.body:
                    member = m.name if isinstance(m, ast.FunctionDef) else \
                        m.target.id if isinstance(m, ast.AnnAssign) else None
                    if member and member != "__init__" and not hasattr(obj, member):
                        wrong.append(f"{name}.{member}")
        self.assertEqual(wrong, [])


if __name__ == "__main__":
    unittest.main()
