/* Python typemaps of the libauctreg bindings (included by ../auctreg.i). */

%{
/* The Python layer (auctreg/__init__.py) registers a callable that builds the
 * exception object: factory(code, reason, message, messages, problems). */
static PyObject *auctreg_py_factory = NULL;

static PyObject *auctreg_py_str(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "surrogateescape");
}

/* Raise the exception for a failure; steals problems (a list). */
static void auctreg_py_raise_with(int code, const char *reason, const char *msg,
                                  const char *msg_zh, const char *msg_en, PyObject *problems)
{
    if (!problems)
        return;
    if (!auctreg_py_factory) {
        PyErr_Format(PyExc_RuntimeError, "libauctreg error %d (%s): %s", code, reason, msg);
        Py_DECREF(problems);
        return;
    }
    PyObject *exc = PyObject_CallFunction(auctreg_py_factory, "iNN{sNsN}N", code,
                                          auctreg_py_str(reason), auctreg_py_str(msg),
                                          "zh", auctreg_py_str(msg_zh),
                                          "en", auctreg_py_str(msg_en), problems);
    if (exc) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
}

/* Raise the exception for status rc from the thread-local last error. */
static void auctreg_py_raise_last(int rc)
{
    if (auctreg_error_code() != rc) {
        /* The library always records its failures; never report a stale one. */
        auctreg_py_raise_with(rc, "", auctreg_strerror(rc), auctreg_strerror(rc),
                              auctreg_strerror(rc), PyList_New(0));
        return;
    }
    size_t n = auctreg_error_problem_count();
    PyObject *problems = PyList_New(0);
    for (size_t i = 0; problems && i < n; i++) {
        PyObject *t = Py_BuildValue("(NNNNN)", auctreg_py_str(auctreg_error_problem_field(i)),
                                    auctreg_py_str(auctreg_error_problem_reason(i)),
                                    auctreg_py_str(auctreg_error_problem_message(i)),
                                    auctreg_py_str(auctreg_error_problem_message_lang(i, AUCTREG_LANG_ZH)),
                                    auctreg_py_str(auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN)));
        if (!t || PyList_Append(problems, t) < 0) {
            Py_XDECREF(t);
            Py_CLEAR(problems);
            break;
        }
        Py_DECREF(t);
    }
    auctreg_py_raise_with(rc, auctreg_error_reason(), auctreg_error_message(),
                          auctreg_error_message_lang(AUCTREG_LANG_ZH),
                          auctreg_error_message_lang(AUCTREG_LANG_EN), problems);
}

/* Outputs of a status function are collected in a list, folded at the end. */
static void auctreg_py_append(PyObject *list, PyObject *o)
{
    if (!o) {
        return;
    }
    if (list && PyList_Check(list))
        (void)PyList_Append(list, o);
    Py_DECREF(o);
}

static PyObject *auctreg_py_fold(PyObject *list)
{
    if (!list || !PyList_Check(list))
        return list;
    Py_ssize_t n = PyList_GET_SIZE(list);
    PyObject *r;
    if (n == 0) {
        r = Py_None;
        Py_INCREF(r);
    } else if (n == 1) {
        r = PyList_GET_ITEM(list, 0);
        Py_INCREF(r);
    } else {
        r = PyList_AsTuple(list);
    }
    Py_DECREF(list);
    return r;
}
%}

%{
/* dict -> struct: only known keys, each of its exact type. Strings are borrowed
 * from the str objects, which `keep` (a list owned by the wrapper) holds until the
 * call returns: the GIL is released during the call, and another thread could
 * change the dict meanwhile. */
static int auctreg_py_fill_struct(PyObject *dict, void *s, const auctreg_field_desc *fields,
                                  const char *what, PyObject *keep)
{
    PyObject *key, *val;
    Py_ssize_t pos = 0;
    if (!PyDict_Check(dict)) {
        PyErr_Format(PyExc_TypeError, "argument '%s' must be a dict or None, not %s", what,
                     Py_TYPE(dict)->tp_name);
        return -1;
    }
    while (PyDict_Next(dict, &pos, &key, &val)) {
        const auctreg_field_desc *f = fields;
        const char *k = PyUnicode_Check(key) ? PyUnicode_AsUTF8(key) : NULL;
        while (k && f->name && strcmp(f->name, k) != 0)
            f++;
        if (!k || !f->name) {
            PyErr_Format(PyExc_KeyError, "%s: unknown option %R", what, key);
            return -1;
        }
        char *p = (char *)s + f->offset;
        if (f->kind == AUCTREG_F_STR) {
            if (val == Py_None) {
                *(const char **)p = NULL;
                continue;
            }
            if (!PyUnicode_Check(val)) {
                PyErr_Format(PyExc_TypeError, "%s[%R] must be str or None", what, key);
                return -1;
            }
            Py_ssize_t n;
            const char *v = PyUnicode_AsUTF8AndSize(val, &n);
            if (!v || PyList_Append(keep, val) < 0)
                return -1;
            if ((size_t)n != strlen(v)) {
                PyErr_Format(PyExc_ValueError, "%s[%R] contains a NUL character", what, key);
                return -1;
            }
            *(const char **)p = v;
        } else if (f->kind == AUCTREG_F_BOOL) {
            if (!PyBool_Check(val)) {
                PyErr_Format(PyExc_TypeError, "%s[%R] must be bool", what, key);
                return -1;
            }
            *(bool *)p = val == Py_True;
        } else if (f->kind != AUCTREG_F_CHARS) {
            if (!PyLong_Check(val) || PyBool_Check(val)) {
                PyErr_Format(PyExc_TypeError, "%s[%R] must be int", what, key);
                return -1;
            }
            long long v = PyLong_AsLongLong(val);
            if (v == -1 && PyErr_Occurred())
                return -1;
            if ((f->kind == AUCTREG_F_INT && (v < INT_MIN || v > INT_MAX)) ||
                (f->kind == AUCTREG_F_UINT && (v < 0 || (unsigned long long)v > UINT_MAX))) {
                PyErr_Format(PyExc_OverflowError, "%s[%R] is out of range", what, key);
                return -1;
            }
            if (f->kind == AUCTREG_F_INT)
                *(int *)p = (int)v;
            else if (f->kind == AUCTREG_F_UINT)
                *(unsigned int *)p = (unsigned int)v;
            else
                *(int64_t *)p = (int64_t)v;
        } else {
            PyErr_Format(PyExc_TypeError, "%s[%R] cannot be set", what, key);
            return -1;
        }
    }
    return 0;
}

/* struct -> dict */
static PyObject *auctreg_py_struct_dict(const void *s, const auctreg_field_desc *f)
{
    PyObject *d = PyDict_New();
    for (; d && f->name; f++) {
        const char *p = (const char *)s + f->offset;
        PyObject *v;
        switch (f->kind) {
        case AUCTREG_F_STR: v = auctreg_py_str(*(const char *const *)p); break;
        case AUCTREG_F_CHARS: v = PyUnicode_DecodeUTF8(p, (Py_ssize_t)strnlen(p, f->size), "surrogateescape"); break;
        case AUCTREG_F_INT: v = PyLong_FromLong(*(const int *)p); break;
        case AUCTREG_F_UINT: v = PyLong_FromUnsignedLong(*(const unsigned int *)p); break;
        case AUCTREG_F_I64: v = PyLong_FromLongLong(*(const int64_t *)p); break;
        default: v = PyBool_FromLong(*(const bool *)p); break;
        }
        if (!v || PyDict_SetItemString(d, f->name, v) < 0) {
            Py_XDECREF(v);
            Py_CLEAR(d);
            break;
        }
        Py_DECREF(v);
    }
    return d;
}
%}

/* ---- hooks for the Python layer ---- */
%inline %{
/* Register the exception factory (called once by auctreg/__init__.py). */
static PyObject *_set_error_factory(PyObject *factory)
{
    if (!PyCallable_Check(factory)) {
        PyErr_SetString(PyExc_TypeError, "factory must be callable");
        return NULL;
    }
    Py_XDECREF(auctreg_py_factory);
    Py_INCREF(factory);
    auctreg_py_factory = factory;
    Py_RETURN_NONE;
}

/* Raise the exception the bindings raise for (code, reason, message, problems):
 * lets the tests check the mapping of codes the API cannot be driven to
 * (no memory, storage failure, ...). problems: list of (field, reason, message). */
static PyObject *_raise_status(int code, const char *reason, const char *message, PyObject *problems)
{
    PyObject *list = PyList_New(0);
    PyObject *it = list ? PyObject_GetIter(problems) : NULL, *p;
    if (!it) {
        Py_XDECREF(list);
        return NULL;
    }
    while ((p = PyIter_Next(it)) != NULL) {
        PyObject *t = NULL;
        if (PyTuple_Check(p) && PyTuple_GET_SIZE(p) == 3)
            t = Py_BuildValue("(OOOOO)", PyTuple_GET_ITEM(p, 0), PyTuple_GET_ITEM(p, 1),
                              PyTuple_GET_ITEM(p, 2), PyTuple_GET_ITEM(p, 2), PyTuple_GET_ITEM(p, 2));
        else
            PyErr_SetString(PyExc_TypeError, "problems must be (field, reason, message) tuples");
        Py_DECREF(p);
        if (!t || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_DECREF(it);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(t);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(list);
        return NULL;
    }
    auctreg_py_raise_with(code, reason, message, message, message, list);
    return NULL;
}
%}

/* Keyword arguments: reg.submit(role=..., actor_id=..., id=..., expected_version=...). */
%feature("kwargs");

/* ---- status and values ---- */
%typemap(out) auctreg_value_int "$result = PyLong_FromLong((long)$1);"
%typemap(out) int {
    if ($1 < 0) {
        auctreg_py_raise_last($1);
        SWIG_fail;
    }
    $result = PyList_New(0);
    if (!$result) SWIG_fail;
}
%typemap(ret) int "$result = auctreg_py_fold($result);"
%typemap(out) const char * "$result = auctreg_py_str($1);"

/* ---- strict string input: str or None; no embedded NUL ---- */
%typemap(in) const char * {
    if ($input == Py_None) {
        $1 = NULL;
    } else if (PyUnicode_Check($input)) {
        Py_ssize_t n_;
        const char *s_ = PyUnicode_AsUTF8AndSize($input, &n_);
        if (!s_) SWIG_fail;
        if ((size_t)n_ != strlen(s_)) {
            PyErr_SetString(PyExc_ValueError, "$symname(): argument '$1_name' contains a NUL character");
            SWIG_fail;
        }
        $1 = ($1_ltype)s_;
    } else {
        PyErr_Format(PyExc_TypeError, "$symname(): argument '$1_name' must be str or None, not %s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
}
%typemap(freearg) const char * ""

/* ---- out-parameters ---- */
%define AUCTREG_PY_NUM_OUT(TYPE, CONV)
%typemap(in, numinputs=0) TYPE * (TYPE temp = 0) "$1 = &temp;"
%typemap(argout) TYPE * "auctreg_py_append($result, CONV(temp$argnum));"
%enddef
AUCTREG_PY_NUM_OUT(int64_t, PyLong_FromLongLong)
AUCTREG_PY_NUM_OUT(int, PyLong_FromLong)
AUCTREG_PY_NUM_OUT(long, PyLong_FromLong)
AUCTREG_PY_NUM_OUT(size_t, PyLong_FromSize_t)
AUCTREG_PY_NUM_OUT(uint32_t, PyLong_FromUnsignedLong)
AUCTREG_PY_NUM_OUT(unsigned int, PyLong_FromUnsignedLong)
%typemap(in, numinputs=0) enum SWIGTYPE * ($*1_ltype temp) "$1 = &temp;"
%typemap(argout) enum SWIGTYPE * "auctreg_py_append($result, PyLong_FromLong((long)temp$argnum));"

%typemap(in, numinputs=0) const char ** (const char *temp = NULL) "$1 = ($1_ltype)&temp;"
%typemap(freearg) const char ** ""
%typemap(argout) const char ** "auctreg_py_append($result, auctreg_py_str(temp$argnum));"
%typemap(in, numinputs=0) char ** (char *temp = NULL) "$1 = &temp;"
%typemap(argout) char ** "auctreg_py_append($result, auctreg_py_str(temp$argnum));"
%typemap(freearg) char ** "auctreg_free(temp$argnum);"

/* ---- bytes ---- */
%typemap(in) (const void *content, size_t size) {
    if (!PyBytes_Check($input)) {
        PyErr_Format(PyExc_TypeError, "$symname(): argument '$1_name' must be bytes, not %s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
    $1 = PyBytes_AS_STRING($input);
    $2 = (size_t)PyBytes_GET_SIZE($input);
}
%typemap(in, numinputs=0) (const void **data, size_t *size) (const void *data = NULL, size_t size = 0)
    "$1 = ($1_ltype)&data; $2 = &size;"

/* ---- text with a length (XML documents): str or bytes ---- */
%typemap(in) (const char *xml, size_t len) {
    if (PyBytes_Check($input)) {
        $1 = PyBytes_AS_STRING($input);
        $2 = (size_t)PyBytes_GET_SIZE($input);
    } else if (PyUnicode_Check($input)) {
        Py_ssize_t n_;
        $1 = ($1_ltype)PyUnicode_AsUTF8AndSize($input, &n_);
        if (!$1) SWIG_fail;
        $2 = (size_t)n_;
    } else {
        PyErr_Format(PyExc_TypeError, "$symname(): argument '$1_name' must be str or bytes, not %s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
}
%typemap(argout) (const void **data, size_t *size) {
    if (data$argnum)
        auctreg_py_append($result, PyBytes_FromStringAndSize((const char *)data$argnum, (Py_ssize_t)size$argnum));
    else {
        Py_INCREF(Py_None);
        auctreg_py_append($result, Py_None);
    }
}

/* ---- char out[N] ---- */
%typemap(in, numinputs=0) char [ANY] (char temp[$1_dim0]) "memset(temp, 0, sizeof temp); $1 = temp;"
%typemap(argout) char [ANY] "temp$argnum[sizeof temp$argnum - 1] = 0; auctreg_py_append($result, auctreg_py_str(temp$argnum));"

/* ---- bool results ---- */
%typemap(out) auctreg_bool_int "$result = PyBool_FromLong($1 > 0);"

/* ---- transparent structs ---- */
%define AUCTREG_OPTIONS_IN(T, INIT, VERSION)
%typemap(in) const T * (T temp, PyObject *keep = NULL) {
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        int rc_ = INIT(&temp, VERSION);
        if (rc_ < 0) {
            auctreg_py_raise_last(rc_);
            SWIG_fail;
        }
        keep = PyList_New(0);
        if (!keep || auctreg_py_fill_struct($input, &temp, T ## _fields, "$1_name", keep) < 0)
            SWIG_fail;
        $1 = &temp;
    }
}
%typemap(freearg) const T * "Py_XDECREF(keep$argnum);"
%enddef
%define AUCTREG_STRUCT_OUT(T)
%typemap(in, numinputs=0) T * (T temp) "memset(&temp, 0, sizeof temp); $1 = &temp;"
%typemap(argout) T * {
    auctreg_py_append($result, auctreg_py_struct_dict(&temp$argnum, T ## _fields));
}
%enddef

/* ---- handles ---- */
%define AUCTREG_HANDLE(T)
%typemap(in, numinputs=0) T ** (T *temp = NULL) "$1 = &temp;"
%typemap(argout) T ** "auctreg_py_append($result, SWIG_NewPointerObj(temp$argnum, $*1_descriptor, SWIG_POINTER_OWN));"
%exception T::T {
    $action
    if (!result) {
        auctreg_py_raise_last(auctreg_error_code() ? auctreg_error_code() : AUCTREG_ENOMEM);
        SWIG_fail;
    }
}
%enddef

%define AUCTREG_BORROWED_COPY(T)
%typemap(out) const T * {
    T *copy_ = NULL;
    if ($1) {
        int rc_ = T ## _dup(&copy_, $1);
        if (rc_ < 0) {
            auctreg_py_raise_last(rc_);
            SWIG_fail;
        }
        $result = SWIG_NewPointerObj(copy_, $descriptor(T *), SWIG_POINTER_OWN);
    } else {
        $result = SWIG_Py_Void();
    }
}
%enddef
