#!/usr/bin/env python3
"""Generate the per-function part of the SWIG interface from the public headers.

Every public function (``AUCTREG_API``) of include/auctreg/*.h is classified by
the library's naming and ownership conventions (docs/architecture.md):

* ``typedef struct auctreg_<T> auctreg_<T>;`` (opaque)   -> class T
* ``auctreg_<T>_new(T **out, ...)`` (else ``_open``)     -> constructor of class T
* ``auctreg_<T>_free(T *)`` / ``auctreg_<T>_close(T *)`` -> destructor of class T
* ``auctreg_<T>_<verb>(..., [const] T *self, ...)``       -> method ``<verb>`` of class T
  (``self`` is the first parameter of type T, possibly after ``out``)
* ``auctreg_<T>_<verb>(T **out, ...)`` with no T argument -> static method of T
* anything else                                          -> module function
* a transparent struct whose first field is ``unsigned int version`` and that has
  an ``_init`` function is an options struct, passed as a dict / PHP array; a
  struct a function fills through a non-const pointer comes back as one.

The result is emitted as SWIG declarations (with the header's Doxygen comment in
front, so that ``swig -doxygen`` turns it into a Python docstring), plus a
manifest that the coverage tests read, Python metadata (enums, exception
classes) for the idiomatic layer, and the type stub ``__init__.pyi``.

The few functions that are deliberately not wrapped, and the few ``int``
functions that return a value rather than a status, are listed with a reason
in bindings/wrap-policy.txt. A function the generator cannot classify safely
is left out with a warning (never guessed), and the coverage tests fail until
someone decides. Nothing here knows any business rule.

Usage: gen_interface.py POLICY OUT_DIR HEADER...
"""
import json
import os
import re
import sys

DECL_RE = re.compile(
    r"(?:/\*\*((?:[^*]|\*(?!/))*)\*/\s*)?AUCTREG_API\s+([^;(]+?)\s*\b(auctreg_\w+)\s*\(([^;]*?)\)\s*;",
    re.S)
HANDLE_RE = re.compile(r"typedef\s+struct\s+(auctreg_\w+)\s+\1\s*;")
STRUCT_RE = re.compile(r"typedef\s+struct\s+(auctreg_\w+)\s*\{(.*?)\}\s*\1\s*;", re.S)
FIELD_RE = re.compile(r"^\s*((?:const\s+)?[\w ]+?\s*\**)\s*(\w+)\s*(?:\[(\w+)\])?\s*;", re.M)
PARAM_RE = re.compile(r"^(.*?)(\w+)\s*(\[\s*\w*\s*\])?$")

# Struct field kinds understood by the bindings' struct <-> dict/array helpers.
FIELD_KINDS = {"const char *": "AUCTREG_F_STR", "int": "AUCTREG_F_INT", "unsigned int": "AUCTREG_F_UINT",
               "unsigned": "AUCTREG_F_UINT", "int64_t": "AUCTREG_F_I64", "bool": "AUCTREG_F_BOOL"}
ENUM_RE = re.compile(r"typedef\s+enum\s+(auctreg_\w+)\s*\{(.*?)\}\s*\1\s*;", re.S)
ENUM_CONST_RE = re.compile(r"^\s*(AUCTREG_\w+)\s*(?:=\s*[^,/]+)?,?", re.M)

# Status codes -> exception class stem. A code not listed gets a CamelCase stem
# derived from its name (AUCTREG_EFOO_BAR -> FooBar), so a new code still maps.
ERROR_STEMS = {
    "AUCTREG_ERROR": "Internal", "AUCTREG_EINVAL": "Invalid", "AUCTREG_ENOTFOUND": "NotFound",
    "AUCTREG_EDENIED": "Denied", "AUCTREG_ESTATE": "State", "AUCTREG_ECONFLICT": "Conflict",
    "AUCTREG_EDUPLICATE": "Duplicate", "AUCTREG_EPAYMENT": "Payment", "AUCTREG_EBUSY": "Busy",
    "AUCTREG_ESTORAGE": "Storage", "AUCTREG_EXML": "Xml", "AUCTREG_ENOMEM": "NoMemory",
    "AUCTREG_EVERSION": "Version",
}


def camel(name):
    return "".join(p.capitalize() for p in name.split("_") if p)


def read_policy(path):
    skip, value = {}, {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
            if not line:
                continue
            parts = line.split(None, 2)
            if len(parts) < 3 or parts[1] not in ("skip", "value", "bool"):
                sys.exit(f"{path}:{n}: expected 'NAME skip|value|bool REASON'")
            if parts[1] == "skip":
                skip[parts[0]] = parts[2]
            else:
                value[parts[0]] = parts[1]
    return skip, value


def norm_type(t):
    t = " ".join(t.replace("*", " * ").split())
    return t.replace("* *", "**").replace(" *", " *")


def base_of(t):
    """Handle name of 'const auctreg_x *' or 'auctreg_x **', else None."""
    m = re.match(r"^(?:const )?(auctreg_\w+) (\*+)$", t)
    return (m.group(1), len(m.group(2))) if m else (None, 0)


def pdecl(t, n):
    """Declaration of one parameter: ('char [19]', 'out') -> 'char out[19]'."""
    if t.endswith("]"):
        base, dim = t.rsplit(" ", 1)
        return f"{base} {n}{dim}"
    return f"{t}{n}" if t.endswith("*") else f"{t} {n}"


def clean_doc(doc):
    if doc is None:
        return ""
    lines = []
    for l in doc.splitlines():
        l = re.sub(r"^\s*\* ?", "", l) if l.strip().startswith("*") else l.strip()
        lines.append(l.rstrip())
    text = "\n".join(lines).strip()
    return text


def main():
    policy, outdir, headers = sys.argv[1], sys.argv[2], sys.argv[3:]
    skip, value = read_policy(policy)
    handles, funcs, enums, structs = [], [], [], {}
    for h in headers:
        src = open(h, encoding="utf-8").read()
        handles += [m.group(1) for m in HANDLE_RE.finditer(src)]
        for m in ENUM_RE.finditer(src):
            body = re.sub(r"/\*.*?\*/", "", m.group(2), flags=re.S)
            enums.append((m.group(1), ENUM_CONST_RE.findall(body)))
        for m in STRUCT_RE.finditer(src):
            body = re.sub(r"/\*.*?\*/", "", m.group(2), flags=re.S)
            structs[m.group(1)] = [(norm_type(t), n, dim) for t, n, dim in FIELD_RE.findall(body)]
        for m in DECL_RE.finditer(src):
            doc, ret, name, params = m.groups()
            try:
                ps = []
                for p in ([] if params.strip() in ("", "void") else params.split(",")):
                    pm = PARAM_RE.match(" ".join(p.split()))
                    t, n, arr = norm_type(pm.group(1)), pm.group(2), pm.group(3)
                    if arr:
                        t = f"{t} {arr.replace(' ', '')}"
                    ps.append((t, n))
            except (AttributeError, TypeError):
                print(f"gen_interface.py: warning: cannot parse the parameters of {name}; "
                      "not wrapped", file=sys.stderr)
                ps = None
            funcs.append(dict(name=name, ret=norm_type(ret), params=ps, doc=clean_doc(doc),
                              header=os.path.basename(h)))
    handles = sorted(set(handles), key=lambda s: -len(s))   # longest prefix first
    known = {f["name"] for f in funcs}
    stale = sorted((set(skip) | set(value)) - known)
    if stale:
        sys.exit("wrap-policy.txt names functions that no public header declares: " + ", ".join(stale))

    # Transparent structs: an options struct (first field "unsigned int version" and an
    # <struct>_init function) is passed as a dict / PHP array; a struct a function fills
    # through a non-const pointer comes back as a dict / PHP array.
    options, outstructs = {}, {}
    for sname, fields in structs.items():
        init = f"{sname}_init"
        if fields and fields[0][:2] == ("unsigned int", "version") and init in known:
            options[sname] = (init, sname.upper() + "_VERSION")
        elif any(t == f"{sname} *" for f in funcs if f["params"] for t, _ in f["params"]):
            outstructs[sname] = True

    STRUCTS.update({n: "options" for n in options})
    STRUCTS.update({n: "out" for n in outstructs})
    classes = {h: dict(ctor=None, dtor=None, methods=[], statics=[]) for h in handles}
    modfuncs, manifest = [], {}
    for f in funcs:
        name, ps = f["name"], f["params"]
        if name in skip:
            manifest[name] = dict(kind="skip", reason=skip[name])
            continue
        f["value"] = value.get(name)
        problem = None
        if ps is None:
            problem = "unparsable parameters"
        elif f["ret"] == "int" and not f["value"] and "AUCTREG_E" not in f["doc"] \
                and "@return 0" not in f["doc"] and not re.search(r"@return as auctreg_\w+\(\)", f["doc"]):
            problem = ("returns int but its comment names no status code: list it as "
                       "'value' or 'bool' in wrap-policy.txt, or document its status codes")
        else:
            for t, n in ps:
                b = t.replace("const ", "").replace(" *", "").strip()
                if b in structs and b not in options and b not in outstructs and t.endswith(" *"):
                    problem = f"struct parameter {t} {n} has no typemap"
                elif b in options and t == f"{b} *":
                    problem = (f"fills the options struct {b}, which scripts pass as a dict/array: "
                               "list it as 'skip' in wrap-policy.txt")
        if problem:
            print(f"gen_interface.py: warning: {name}: {problem}; not wrapped", file=sys.stderr)
            manifest[name] = dict(kind="unwrapped", problem=problem)
            continue
        owner = next((h for h in handles if name.startswith(h + "_")), None)
        verb = name[len(owner) + 1:] if owner else None
        if owner and verb in ("free", "close") and len(ps) == 1 and base_of(ps[0][0]) == (owner, 1):
            classes[owner]["dtor"] = f
            manifest[name] = dict(kind="dtor", cls=owner)
            continue
        self_idx = next((i for i, (t, _) in enumerate(ps) if owner and base_of(t) == (owner, 1)), None)
        if owner and (verb == "new" or (verb == "open" and f"{owner}_new" not in known)) and ps \
                and base_of(ps[0][0]) == (owner, 2) and self_idx is None:
            classes[owner]["ctor"] = f
            manifest[name] = dict(kind="ctor", cls=owner)
            continue
        if owner and self_idx is not None and self_idx <= 1 and (self_idx == 0 or base_of(ps[0][0])[1] == 2):
            f["self_idx"], f["verb"] = self_idx, verb
            classes[owner]["methods"].append(f)
            manifest[name] = dict(kind="method", cls=owner, method=verb)
            if [t for t, _ in ps[-3:]] == ["int64_t", "int64_t", "auctreg_rows **"] and \
                    [n for _, n in ps[-3:-1]] == ["offset", "limit"]:
                manifest[name]["paged"] = True
            continue
        if owner and ps and base_of(ps[0][0]) == (owner, 2):
            f["verb"] = verb
            classes[owner]["statics"].append(f)
            manifest[name] = dict(kind="static", cls=owner, method=verb)
            continue
        modfuncs.append(f)
        manifest[name] = dict(kind="function", py=name[len("auctreg_"):], php=name)
        h0, n0 = base_of(ps[0][0]) if ps else (None, 0)
        if h0 in handles and n0 == 1:
            manifest[name]["self"] = h0     # Python also offers it as a method of that class

    pre = ["/* Generated by bindings/gen_interface.py from the public headers: do not edit. */",
           "/* The raw functions are ignored: they are wrapped as methods below. */"]
    pre += [f"%ignore {f['name']};" for f in funcs]
    pre += [f"%ignore {sname};  /* passed as a dict / PHP array */" for sname in sorted(structs)]
    pre += [f'%include "auctreg/{os.path.basename(h)}"' for h in headers]
    for h in headers:
        m = re.search(r'#define AUCTREG_VERSION_STRING "([^"]+)"', open(h, encoding="utf-8").read())
        if m:
            pre.append(f'#ifdef SWIGPHP\n%pragma(php) version="{m.group(1)}"\n#endif')
    pre.append("/* Status codes -> exception class stems (used by both languages). */")
    status = next(c for n, c in enums if n == "auctreg_status")
    pre.append("%{\nstatic const struct auctreg_errclass { int code; const char *stem; } auctreg_errclasses[] = {")
    errclasses = []
    for c in status:
        if c == "AUCTREG_OK":
            continue
        stem = ERROR_STEMS.get(c) or camel(c[len("AUCTREG_E"):].lower() if c.startswith("AUCTREG_E") else c[8:].lower())
        errclasses.append((c, stem))
        pre.append(f"    {{{c}, \"{stem}\"}},")
    pre.append("    {0, NULL}\n};\n%}\n")
    out = []
    w = out.append
    w("/* Generated by bindings/gen_interface.py from the public headers: do not edit. */\n")
    w("/* Transparent structs: field tables for the struct <-> dict/array helpers. */")
    for sname in sorted(set(options) | set(outstructs)):
        w("%{")
        w(f"static const auctreg_field_desc {sname}_fields[] = {{")
        for t, n, dim in structs[sname]:
            if (t, n) == ("unsigned int", "version") and sname in options:
                continue
            kind = "AUCTREG_F_CHARS" if dim and t == "char" else FIELD_KINDS.get(t)
            if t == "void *":
                continue        # callback context: a script cannot supply a C callback
            if kind is None:
                print(f"gen_interface.py: warning: {sname}.{n}: field type {t} not supported",
                      file=sys.stderr)
                continue
            w(f'    {{"{n}", {kind}, offsetof({sname}, {n}), sizeof((({sname} *)0)->{n})}},')
        w("    {NULL, 0, 0, 0}\n};\n%}")
        if sname in options:
            w(f"AUCTREG_OPTIONS_IN({sname}, {options[sname][0]}, {options[sname][1]})")
        else:
            w(f"AUCTREG_STRUCT_OUT({sname})")
    w("")
    w("/* Handle typemaps (borrowed handle returns are copied; see auctreg.i). */")
    dups = {h for h in handles if f"{h}_dup" in known}
    for h in sorted(handles):
        w(f"AUCTREG_HANDLE({h})")
        if h in dups:
            w(f"AUCTREG_BORROWED_COPY({h})")
    w("")

    for h in sorted(handles):
        w(f"%nodefaultctor {h};\n%nodefaultdtor {h};")
        w(f"#ifdef SWIGPYTHON\n%rename({camel(h[8:])}) {h};\n#else\n%rename(Auctreg{camel(h[8:])}) {h};\n#endif")
    w("")

    def decl(f, drop_self, defaults=True):
        ps = [p for i, p in enumerate(f["params"]) if not (drop_self and i == f.get("self_idx"))]
        ret = f["ret"]
        if f["ret"] == "int" and f.get("value"):
            ret = "auctreg_bool_int" if f["value"] == "bool" else "auctreg_value_int"
        return ret, arglist(ps, defaults)

    def arglist(ps, defaults=True):
        """Declarations; a last parameter that is an options struct defaults to NULL
        (the defaults), so scripts may leave it out."""
        decls = [pdecl(t, n) for t, n in ps]
        if defaults and ps and ps[-1][0].startswith("const ") and ps[-1][0][6:-2] in options:
            decls[-1] += " = NULL"
        return ", ".join(decls) or "void"

    def call_args(f, self_expr):
        return ", ".join(self_expr if i == f.get("self_idx") else n for i, (t, n) in enumerate(f["params"]))

    def doc(f):
        return "/**\n" + "\n".join((" * " + l).rstrip() for l in f["doc"].splitlines()) + "\n */" if f["doc"] else ""

    for h in sorted(handles):
        c = classes[h]
        if not (c["ctor"] or c["methods"] or c["statics"] or c["dtor"]):
            continue
        w(f"struct {h} {{}};")
        w(f"%extend {h} {{")
        if c["ctor"]:
            f = c["ctor"]
            ps = f["params"][1:]
            args = arglist(ps)
            w(doc(f))
            w(f"  {h}({args}) {{")
            w(f"    {h} *self_ = NULL;")
            w(f"    if ({f['name']}(&self_{''.join(', ' + n for _, n in ps)}) < 0) return NULL;")
            w("    return self_;\n  }")
        if c["dtor"]:
            w(f"  ~{h}() {{ {c['dtor']['name']}($self); }}")
        for f in c["methods"]:
            ret, args = decl(f, True)
            w(f"  %rename({f['verb']}) {f['verb']}__w;")
            w(doc(f))
            body = f"{f['name']}({call_args(f, '$self')})"
            w(f"  {ret} {f['verb']}__w({args}) {{ " + ("" if ret == "void" else "return ") + body + "; }")
        for f in c["statics"]:
            ret, args = decl(f, False)
            w(f"  %rename({f['verb']}) {f['verb']}__w;")
            w(doc(f))
            w(f"  static {ret} {f['verb']}__w({args}) {{ return {f['name']}({call_args(f, '')}); }}")
        w("}\n")

    w("/* Module functions. */")
    for f in modfuncs:
        ret, args = decl(f, False)
        w("#ifdef SWIGPYTHON")
        w(f"%rename({f['name'][len('auctreg_'):]}) {f['name']}__w;")
        w("#else")
        w(f"%rename({f['name']}) {f['name']}__w;")
        w("#endif")
        w(f"%{{\nstatic {ret} {f['name']}__w({decl(f, False, False)[1]}) {{ " + ("" if ret == "void" else "return ")
          + f"{f['name']}({call_args(f, '')}); }}\n%}}")
        w(doc(f))
        w(f"{ret} {f['name']}__w({args});")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "auctreg_gen_pre.i"), "w", encoding="utf-8") as fo:
        fo.write("\n".join(pre) + "\n")
    with open(os.path.join(outdir, "auctreg_gen.i"), "w", encoding="utf-8") as fo:
        fo.write("\n".join(out) + "\n")

    classnames = {h: camel(h[len("auctreg_"):]) for h in handles}
    meta = dict(
        classes=classnames,
        enums=[(n, camel(n[len("auctreg_"):]), cs) for n, cs in enums],
        errors=errclasses,
        manifest=manifest,
        functions=[dict(name=f["name"], ret=f["ret"], params=f["params"], header=f["header"])
                   for f in funcs],
    )
    with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as fo:
        json.dump(meta, fo, indent=1, ensure_ascii=False)
    with open(os.path.join(outdir, "_meta.py"), "w", encoding="utf-8") as fo:
        fo.write("# Generated by bindings/gen_interface.py from the public headers: do not edit.\n")
        fo.write("CLASSES = %r\nENUMS = %r\nERRORS = %r\nMANIFEST = %r\n" % (
            meta["classes"], meta["enums"], meta["errors"], meta["manifest"]))
    here = os.path.dirname(os.path.abspath(policy))
    with open(os.path.join(here, "python", "auctreg", "__init__.pyi.in"), encoding="utf-8") as fi:
        stub = fi.read()
    with open(os.path.join(outdir, "__init__.pyi"), "w", encoding="utf-8") as fo:
        fo.write(stub.replace("@GENERATED@", make_stub(meta, funcs, classes, modfuncs, stub)))


SCALARS = {"int", "long", "int64_t", "size_t", "auctreg_value_int", "unsigned", "unsigned int",
           "uint32_t", "int32_t", "uint64_t", "bool", "_Bool"}


STRUCTS = {}     # struct name -> "options" | "out" (filled by main)


def py_type(t, enums, classnames):
    """Python type (as text) of a C type, for the stub."""
    base = t.replace("const ", "").strip()
    if base.endswith(" *") and STRUCTS.get(base[:-2]) == "options":
        return "dict[str, Any] | None"
    if base in SCALARS:
        return "bool" if base in ("bool", "_Bool") else "int"
    if base in enums:
        return f"{enums[base]} | int"
    if base == "char *":
        return "str | None"
    h, n = base_of(t)
    if h in classnames and n == 1:
        return f"{classnames[h]} | None"
    return "object"


def out_type(t, enums, classnames):
    base = t.replace("const ", "").strip()
    if base.endswith("]"):
        return "str"
    if base.endswith(" *") and STRUCTS.get(base[:-2]) == "out":
        return "dict[str, Any]"
    if base in ("char **",):
        return "str"
    if base.endswith(" *") and base[:-2] in SCALARS:
        return "int"
    if base.endswith(" *") and base[:-2] in enums:
        return "int"
    h, n = base_of(t)
    if h in classnames and n == 2:
        return classnames[h]
    return "object"


def signature(f, drop, enums, classnames):
    ins, outs = [], []
    ps = [p for i, p in enumerate(f["params"]) if i not in drop]
    i = 0
    while i < len(ps):
        t, n = ps[i]
        nxt = ps[i + 1] if i + 1 < len(ps) else None
        if t == "const void *" and nxt and nxt[0] == "size_t":
            ins.append(f"{n}: bytes"); i += 2; continue
        if t == "const void **" and nxt and nxt[0] == "size_t *":
            outs.append("bytes | None"); i += 2; continue
        base = t.replace("const ", "")
        is_out = (base.endswith("**") or base.endswith("]") or (base.endswith(" *") and (
            base[:-2] in SCALARS or base[:-2] in enums or STRUCTS.get(base[:-2]) == "out")))
        if is_out:
            outs.append(out_type(t, enums, classnames))
        elif i == len(ps) - 1 and base.endswith(" *") and STRUCTS.get(base[:-2]) == "options" \
                and t.startswith("const "):
            ins.append(f"{n}: {py_type(t, enums, classnames)} = ...")     # defaults to NULL
        else:
            ins.append(f"{n}: {py_type(t, enums, classnames)}")
        i += 1
    ret = f["ret"]
    if ret == "int" and f.get("value") == "bool":
        r = "bool"
    elif ret == "int" and not f.get("value"):
        r = "None" if not outs else outs[0] if len(outs) == 1 else "tuple[" + ", ".join(outs) + "]"
    elif ret == "void":
        r = "None"
    elif ret == "const char *":
        r = "str | None"
    else:
        h, n = base_of(ret)
        r = f"{classnames[h]} | None" if h in classnames else "int"
    return ins, r


def make_stub(meta, funcs, classes, modfuncs, template):
    classnames = meta["classes"]
    enums = {n: py for n, py, _ in meta["enums"]}
    L = []
    for cname, pyname, consts in meta["enums"]:
        L.append(f"class {pyname}(enum.IntEnum):")
        names = list(consts)
        if len(names) > 1 and names[-1].endswith("_COUNT"):
            names = names[:-1]
        prefix = os.path.commonprefix(names) if len(names) > 1 else names[0].rsplit("_", 1)[0] + "_"
        prefix = prefix[: prefix.rfind("_") + 1]
        for c in names:
            L.append(f"    {c[len(prefix):]}: int")
        L.append("")
    for const, stem in meta["errors"]:
        L.append(f"class {stem}Error(Error): ...")
    L.append("")
    for h in sorted(classes, key=lambda h: classnames[h]):
        c = classes[h]
        if not (c["ctor"] or c["methods"] or c["statics"]):
            continue
        L.append(f"class {classnames[h]}:")
        if c["ctor"] and classnames[h] != "Registry":      # Registry: see STUB_EXTRAS
            ins, _ = signature(c["ctor"], {0}, enums, classnames)
            L.append(f"    def __init__(self{''.join(', ' + a for a in ins)}) -> None: ...")
        for f in c["methods"]:
            ins, r = signature(f, {f["self_idx"]}, enums, classnames)
            L.append(f"    def {f['verb']}(self{''.join(', ' + a for a in ins)}) -> {r}: ...")
        for f in c["statics"]:
            ins, r = signature(f, set(), enums, classnames)
            L.append("    @staticmethod")
            L.append(f"    def {f['verb']}({', '.join(ins)}) -> {r}: ...")
        for f in modfuncs:                  # module functions offered as methods too
            if f["params"] and base_of(f["params"][0][0]) == (h, 1):
                ins, r = signature(f, {0}, enums, classnames)
                L.append(f"    def {f['name'][len('auctreg_'):]}(self{''.join(', ' + a for a in ins)}) -> {r}: ...")
        L.append("    def close(self) -> None: ...")
        L.append(f"    def __enter__(self) -> {classnames[h]}: ...")
        L.append("    def __exit__(self, *exc: object) -> bool: ...")
        extra = STUB_EXTRAS.get(classnames[h], [])
        L += ["    " + e for e in extra]
        L.append("")
    for f in modfuncs:
        if f"def {f['name'][len('auctreg_'):]}(" in template:
            continue            # the pure-Python layer defines it (see the template)
        ins, r = signature(f, set(), enums, classnames)
        L.append(f"def {f['name'][len('auctreg_'):]}({', '.join(ins)}) -> {r}: ...")
    return "\n".join(L) + "\n"


# Members the pure-Python layer (python/auctreg/__init__.py) adds to some classes.
STUB_EXTRAS = {
    "Person": ["def __getitem__(self, key: PersonField | int | str) -> str: ...",
               "def __setitem__(self, key: PersonField | int | str, value: str | None) -> None: ...",
               "def to_dict(self) -> dict[str, str]: ...",
               "@classmethod",
               "def from_dict(cls, data: dict[Any, str | None]) -> Person: ...",
               "def __copy__(self) -> Person: ..."],
    "Rows": ["def __len__(self) -> int: ...",
             "def __getitem__(self, i: int) -> dict[str, int | str]: ...",
             "def __iter__(self) -> Iterator[dict[str, int | str]]: ..."],
    "Blockers": ["def __len__(self) -> int: ...",
                 "def __getitem__(self, i: int) -> Problem: ...",
                 "def __iter__(self) -> Iterator[Problem]: ...",
                 "def __bool__(self) -> bool: ..."],
    "Registry": ["def __init__(self, path: str = ..., opts: dict[str, Any] | None = ..., **options: Any) -> None: ..."]
                + [f"def iter_{n}(self, *args: Any, page_size: int = ...) -> Iterator[dict[str, int | str]]: ..."
                   for n in ("history", "queue", "audit", "receipts", "payment_orders", "payment_attempts")],
    "Application": ["practice: list[tuple[int, str, int]]",
                    "def to_xml(self, flags: int = ...) -> str: ...",
                    "@staticmethod",
                    "def from_xml(xml: str | bytes) -> Application: ...",
                    "ce: list[tuple[str, int]]",
                    "documents: list[dict[str, Any]]",
                    "reviews: dict[Level, tuple[ReviewStatus, str, int]]",
                    "def __copy__(self) -> Application: ..."]
                   + [f"{n}: Any" for n in ("id", "type", "year", "mgmt_no", "enterprise", "province",
                                            "state", "version", "fee_choice", "fee_due_fen",
                                            "pay_status", "created_at", "updated_at",
                                            "submitted_at", "submit_count")],
}


if __name__ == "__main__":
    main()
