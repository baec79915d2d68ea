/* PHP typemaps of the libauctreg bindings (included by ../auctreg.i).
 *
 * PHP would convert bad scalars silently ("abc" -> 0, 1.5 -> 1, null -> 0), so
 * every scalar input is checked here and a wrong type throws TypeError; the
 * values themselves are checked by the C library, never here. */

%{
#include "zend_exceptions.h"
#include "zend_interfaces.h"

static zend_class_entry *auctreg_php_exc_base;                 /* AuctregException */
static zend_class_entry *auctreg_php_exc[64];                  /* by -code */

static zend_class_entry *auctreg_php_exc_class(int code)
{
    if (code < 0 && -code < 64 && auctreg_php_exc[-code])
        return auctreg_php_exc[-code];
    return auctreg_php_exc_base;
}

static void auctreg_php_str(zval *z, const char *s)
{
    if (s)
        ZVAL_STRING(z, s);
    else
        ZVAL_NULL(z);
}

/* Throw the exception for a failure; consumes problems (an array zval). */
static void auctreg_php_throw_with(int code, const char *reason, const char *msg, const char *msg_zh,
                                   const char *msg_en, zval *problems)
{
    zend_class_entry *ce = auctreg_php_exc_class(code);
    zend_object *obj = zend_throw_exception(ce, msg ? msg : "", (zend_long)code);
    zval messages;
    zend_update_property_string(auctreg_php_exc_base, obj, "reason", sizeof("reason") - 1,
                                reason ? reason : "");
    zend_update_property(auctreg_php_exc_base, obj, "problems", sizeof("problems") - 1, problems);
    array_init(&messages);
    add_assoc_string(&messages, "zh", msg_zh ? msg_zh : "");
    add_assoc_string(&messages, "en", msg_en ? msg_en : "");
    zend_update_property(auctreg_php_exc_base, obj, "messages", sizeof("messages") - 1, &messages);
    zval_ptr_dtor(&messages);
    zval_ptr_dtor(problems);
}

/* Throw the exception for status rc from the thread-local last error. */
static void auctreg_php_throw_last(int rc)
{
    zval problems;
    array_init(&problems);
    if (auctreg_error_code() != rc) {
        const char *m = auctreg_strerror(rc);
        auctreg_php_throw_with(rc, "", m, m, m, &problems);
        return;
    }
    size_t n = auctreg_error_problem_count();
    for (size_t i = 0; i < n; i++) {
        zval p, ms;
        array_init(&p);
        add_assoc_string(&p, "field", auctreg_error_problem_field(i));
        add_assoc_string(&p, "reason", auctreg_error_problem_reason(i));
        add_assoc_string(&p, "message", auctreg_error_problem_message(i));
        array_init(&ms);
        add_assoc_string(&ms, "zh", auctreg_error_problem_message_lang(i, AUCTREG_LANG_ZH));
        add_assoc_string(&ms, "en", auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN));
        add_assoc_zval(&p, "messages", &ms);
        add_next_index_zval(&problems, &p);
    }
    auctreg_php_throw_with(rc, auctreg_error_reason(), auctreg_error_message(),
                           auctreg_error_message_lang(AUCTREG_LANG_ZH),
                           auctreg_error_message_lang(AUCTREG_LANG_EN), &problems);
}

/* Outputs of a status function are collected in an array, folded at the end. */
static void auctreg_php_append(zval *r, zval *o)
{
    if (Z_TYPE_P(r) == IS_ARRAY)
        add_next_index_zval(r, o);
    else
        zval_ptr_dtor(o);
}

static void auctreg_php_fold(zval *r)
{
    if (Z_TYPE_P(r) != IS_ARRAY)
        return;
    uint32_t n = zend_hash_num_elements(Z_ARRVAL_P(r));
    if (n == 0) {
        zval_ptr_dtor(r);
        ZVAL_NULL(r);
    } else if (n == 1) {
        zval tmp;
        ZVAL_COPY(&tmp, zend_hash_index_find(Z_ARRVAL_P(r), 0));
        zval_ptr_dtor(r);
        ZVAL_COPY_VALUE(r, &tmp);
    }
}

/* "Class::method(): Argument ($name) must be of type T, U given" */
static void auctreg_php_type_error(const char *param, const char *want, zval *given)
{
    const char *space = "";
    const char *cls = get_active_class_name(&space);
    zend_type_error("%s%s%s(): Argument ($%s) must be of type %s, %s given", cls, space,
                    get_active_function_name(), param, want, zend_zval_type_name(given));
}

static void auctreg_php_range_error(const char *param, zend_long v)
{
    const char *space = "";
    const char *cls = get_active_class_name(&space);
    zend_value_error("%s%s%s(): Argument ($%s) is out of range: " ZEND_LONG_FMT, cls, space,
                     get_active_function_name(), param, v);
}

static void auctreg_php_nul_error(const char *param)
{
    const char *space = "";
    const char *cls = get_active_class_name(&space);
    zend_value_error("%s%s%s(): Argument ($%s) must not contain any null bytes", cls, space,
                     get_active_function_name(), param);
}

/* array -> struct: only known keys, each of its exact type; strings are borrowed
 * from the array, which the caller keeps alive for the duration of the call. */
static int auctreg_php_fill_struct(zval *arr, void *s, const auctreg_field_desc *fields,
                                   const char *what)
{
    zend_string *key;
    zval *val;
    if (Z_TYPE_P(arr) != IS_ARRAY) {
        auctreg_php_type_error(what, "?array", arr);
        return -1;
    }
    ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(arr), key, val) {
        const auctreg_field_desc *f = fields;
        while (key && f->name && strcmp(f->name, ZSTR_VAL(key)) != 0)
            f++;
        if (!key || !f->name) {
            zend_value_error("$%s: unknown option \"%s\"", what, key ? ZSTR_VAL(key) : "(int key)");
            return -1;
        }
        ZVAL_DEREF(val);
        char *p = (char *)s + f->offset;
        if (f->kind == AUCTREG_F_STR) {
            if (Z_TYPE_P(val) == IS_NULL) {
                *(const char **)p = NULL;
            } else if (Z_TYPE_P(val) == IS_STRING && strlen(Z_STRVAL_P(val)) == Z_STRLEN_P(val)) {
                *(const char **)p = Z_STRVAL_P(val);
            } else {
                zend_type_error("$%s[\"%s\"] must be of type ?string without null bytes, %s given",
                                what, f->name, zend_zval_type_name(val));
                return -1;
            }
        } else if (f->kind == AUCTREG_F_BOOL) {
            if (Z_TYPE_P(val) != IS_TRUE && Z_TYPE_P(val) != IS_FALSE) {
                zend_type_error("$%s[\"%s\"] must be of type bool, %s given", what, f->name,
                                zend_zval_type_name(val));
                return -1;
            }
            *(bool *)p = Z_TYPE_P(val) == IS_TRUE;
        } else if (f->kind != AUCTREG_F_CHARS) {
            if (Z_TYPE_P(val) != IS_LONG) {
                zend_type_error("$%s[\"%s\"] must be of type int, %s given", what, f->name,
                                zend_zval_type_name(val));
                return -1;
            }
            zend_long v = Z_LVAL_P(val);
            if ((f->kind == AUCTREG_F_INT && (v < INT_MIN || v > INT_MAX)) ||
                (f->kind == AUCTREG_F_UINT && (v < 0 || (zend_ulong)v > UINT_MAX))) {
                zend_value_error("$%s[\"%s\"] is out of range", what, f->name);
                return -1;
            }
            if (f->kind == AUCTREG_F_INT)
                *(int *)p = (int)v;
            else if (f->kind == AUCTREG_F_UINT)
                *(unsigned int *)p = (unsigned int)v;
            else
                *(int64_t *)p = (int64_t)v;
        } else {
            zend_type_error("$%s[\"%s\"] cannot be set", what, f->name);
            return -1;
        }
    } ZEND_HASH_FOREACH_END();
    return 0;
}

/* struct -> array */
static void auctreg_php_struct_array(zval *z, const void *s, const auctreg_field_desc *f)
{
    array_init(z);
    for (; f->name; f++) {
        const char *p = (const char *)s + f->offset;
        switch (f->kind) {
        case AUCTREG_F_STR:
            if (*(const char *const *)p)
                add_assoc_string(z, f->name, *(const char *const *)p);
            else
                add_assoc_null(z, f->name);
            break;
        case AUCTREG_F_CHARS: add_assoc_stringl(z, f->name, p, strnlen(p, f->size)); break;
        case AUCTREG_F_INT: add_assoc_long(z, f->name, *(const int *)p); break;
        case AUCTREG_F_UINT: add_assoc_long(z, f->name, (zend_long)*(const unsigned int *)p); break;
        case AUCTREG_F_I64: add_assoc_long(z, f->name, (zend_long)*(const int64_t *)p); break;
        default: add_assoc_bool(z, f->name, *(const bool *)p); break;
        }
    }
}

/* AuctregException::getReason(), ::getProblems(), ::getMessages() */
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_auctreg_exc_string, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_auctreg_exc_array, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()
static void auctreg_php_exc_prop(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
    zval rv, *v;
    ZEND_PARSE_PARAMETERS_NONE();
    v = zend_read_property(auctreg_php_exc_base, Z_OBJ_P(ZEND_THIS), name, strlen(name), 1, &rv);
    RETURN_COPY_DEREF(v);
}
static ZEND_FUNCTION(auctreg_exc_getReason) { auctreg_php_exc_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "reason"); }
static ZEND_FUNCTION(auctreg_exc_getProblems) { auctreg_php_exc_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "problems"); }
static ZEND_FUNCTION(auctreg_exc_getMessages) { auctreg_php_exc_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, "messages"); }
static const zend_function_entry auctreg_php_exc_methods[] = {
    ZEND_RAW_FENTRY("getReason", ZEND_FN(auctreg_exc_getReason), arginfo_auctreg_exc_string, ZEND_ACC_PUBLIC)
    ZEND_RAW_FENTRY("getProblems", ZEND_FN(auctreg_exc_getProblems), arginfo_auctreg_exc_array, ZEND_ACC_PUBLIC)
    ZEND_RAW_FENTRY("getMessages", ZEND_FN(auctreg_exc_getMessages), arginfo_auctreg_exc_array, ZEND_ACC_PUBLIC)
    ZEND_FE_END
};

static void auctreg_php_register_exceptions(void)
{
    zend_class_entry ce;
    INIT_CLASS_ENTRY(ce, "AuctregException", auctreg_php_exc_methods);
    auctreg_php_exc_base = zend_register_internal_class_ex(&ce, zend_ce_exception);
    zend_declare_property_string(auctreg_php_exc_base, "reason", sizeof("reason") - 1, "", ZEND_ACC_PUBLIC);
    zend_declare_property_null(auctreg_php_exc_base, "problems", sizeof("problems") - 1, ZEND_ACC_PUBLIC);
    zend_declare_property_null(auctreg_php_exc_base, "messages", sizeof("messages") - 1, ZEND_ACC_PUBLIC);
    for (size_t i = 0; auctreg_errclasses[i].stem; i++) {
        char name[96];
        int code = auctreg_errclasses[i].code;
        snprintf(name, sizeof name, "Auctreg%sException", auctreg_errclasses[i].stem);
        INIT_CLASS_ENTRY_EX(ce, name, strlen(name), NULL);
        if (code < 0 && -code < 64)
            auctreg_php_exc[-code] = zend_register_internal_class_ex(&ce, auctreg_php_exc_base);
    }
}
%}

%init %{
    auctreg_php_register_exceptions();
%}

/* Throw what the bindings throw for (code, reason, message[, one problem]): lets the
 * tests check the mapping of codes the API cannot be driven to (no memory, ...). */
%inline %{
static void auctreg__raise_status(int code, const char *reason, const char *message,
                                  const char *problem_field, const char *problem_reason)
{
    zval problems;
    array_init(&problems);
    if (problem_field) {
        zval p;
        array_init(&p);
        add_assoc_string(&p, "field", problem_field);
        add_assoc_string(&p, "reason", problem_reason ? problem_reason : "");
        add_assoc_string(&p, "message", message ? message : "");
        add_next_index_zval(&problems, &p);
    }
    auctreg_php_throw_with(code, reason, message, message, message, &problems);
}
%}

/* ---- status and values ---- */
%typemap(out, phptype="int") auctreg_value_int "RETVAL_LONG((zend_long)$1);"
%typemap(out, phptype="") int {
    if ($1 < 0) {
        auctreg_php_throw_last($1);
        SWIG_fail;
    }
    array_init($result);
}
%typemap(ret) int "auctreg_php_fold(return_value);"
%typemap(out, phptype="?string") const char * "auctreg_php_str($result, $1);"

/* ---- strict scalar input ---- */
%define AUCTREG_PHP_INT_IN(TYPE, LO, HI)
%typemap(in, phptype="int") TYPE {
    if (Z_TYPE($input) != IS_LONG) {
        auctreg_php_type_error("$1_name", "int", &$input);
        SWIG_fail;
    }
    if (Z_LVAL($input) < (zend_long)(LO) || (HI) < Z_LVAL($input)) {
        auctreg_php_range_error("$1_name", Z_LVAL($input));
        SWIG_fail;
    }
    $1 = ($1_ltype)Z_LVAL($input);
}
%enddef
AUCTREG_PHP_INT_IN(int, INT_MIN, INT_MAX)
AUCTREG_PHP_INT_IN(long, LONG_MIN, LONG_MAX)
AUCTREG_PHP_INT_IN(int64_t, INT64_MIN, INT64_MAX)
AUCTREG_PHP_INT_IN(size_t, 0, ZEND_LONG_MAX)
AUCTREG_PHP_INT_IN(unsigned int, 0, UINT_MAX)
AUCTREG_PHP_INT_IN(uint32_t, 0, UINT32_MAX)
AUCTREG_PHP_INT_IN(enum SWIGTYPE, INT_MIN, INT_MAX)
%typemap(in, phptype="bool") bool {
    if (Z_TYPE($input) != IS_TRUE && Z_TYPE($input) != IS_FALSE) {
        auctreg_php_type_error("$1_name", "bool", &$input);
        SWIG_fail;
    }
    $1 = Z_TYPE($input) == IS_TRUE;
}
%typemap(in, phptype="?string") const char * {
    if (Z_TYPE($input) == IS_NULL) {
        $1 = NULL;
    } else if (Z_TYPE($input) == IS_STRING) {
        if (strlen(Z_STRVAL($input)) != Z_STRLEN($input)) {
            auctreg_php_nul_error("$1_name");
            SWIG_fail;
        }
        $1 = ($1_ltype)Z_STRVAL($input);
    } else {
        auctreg_php_type_error("$1_name", "?string", &$input);
        SWIG_fail;
    }
}

/* ---- out-parameters ---- */
%define AUCTREG_PHP_NUM_OUT(TYPE)
%typemap(in, numinputs=0) TYPE * (TYPE temp = 0) "$1 = &temp;"
%typemap(argout) TYPE * {
    zval o_;
    ZVAL_LONG(&o_, (zend_long)temp$argnum);
    auctreg_php_append($result, &o_);
}
%enddef
AUCTREG_PHP_NUM_OUT(int64_t)
AUCTREG_PHP_NUM_OUT(int)
AUCTREG_PHP_NUM_OUT(long)
AUCTREG_PHP_NUM_OUT(size_t)
AUCTREG_PHP_NUM_OUT(uint32_t)
AUCTREG_PHP_NUM_OUT(unsigned int)
%typemap(in, numinputs=0) enum SWIGTYPE * ($*1_ltype temp) "$1 = &temp;"
%typemap(argout) enum SWIGTYPE * {
    zval o_;
    ZVAL_LONG(&o_, (zend_long)temp$argnum);
    auctreg_php_append($result, &o_);
}
%typemap(in, numinputs=0) const char ** (const char *temp = NULL) "$1 = ($1_ltype)&temp;"
%typemap(freearg) const char ** ""
%typemap(argout) const char ** {
    zval o_;
    auctreg_php_str(&o_, temp$argnum);
    auctreg_php_append($result, &o_);
}
%typemap(in, numinputs=0) char ** (char *temp = NULL) "$1 = &temp;"
%typemap(argout) char ** {
    zval o_;
    auctreg_php_str(&o_, temp$argnum);
    auctreg_php_append($result, &o_);
}
%typemap(freearg) char ** "auctreg_free(temp$argnum);"

/* ---- bytes (PHP strings are byte strings) ---- */
%typemap(in, phptype="string") (const void *content, size_t size) {
    if (Z_TYPE($input) != IS_STRING) {
        auctreg_php_type_error("$1_name", "string", &$input);
        SWIG_fail;
    }
    $1 = Z_STRVAL($input);
    $2 = Z_STRLEN($input);
}
%typemap(in, numinputs=0) (const void **data, size_t *size) (const void *data = NULL, size_t size = 0)
    "$1 = ($1_ltype)&data; $2 = &size;"

/* ---- text with a length (XML documents) ---- */
%typemap(in, phptype="string") (const char *xml, size_t len) {
    if (Z_TYPE($input) != IS_STRING) {
        auctreg_php_type_error("$1_name", "string", &$input);
        SWIG_fail;
    }
    $1 = Z_STRVAL($input);
    $2 = Z_STRLEN($input);
}
%typemap(argout) (const void **data, size_t *size) {
    zval o_;
    if (data$argnum)
        ZVAL_STRINGL(&o_, (const char *)data$argnum, size$argnum);
    else
        ZVAL_NULL(&o_);
    auctreg_php_append($result, &o_);
}

/* ---- char out[N] ---- */
%typemap(in, numinputs=0) char [ANY] (char temp[$1_dim0]) "memset(temp, 0, sizeof temp); $1 = temp;"
%typemap(argout) char [ANY] {
    zval o_;
    temp$argnum[sizeof temp$argnum - 1] = 0;
    ZVAL_STRING(&o_, temp$argnum);
    auctreg_php_append($result, &o_);
}

/* ---- bool results ---- */
%typemap(out, phptype="bool") auctreg_bool_int "RETVAL_BOOL($1 > 0);"

/* ---- transparent structs ---- */
%define AUCTREG_OPTIONS_IN(T, INIT, VERSION)
%typemap(in, phptype="?array") const T * (T temp) {
    if (Z_TYPE($input) == IS_NULL) {
        $1 = NULL;
    } else {
        int rc_ = INIT(&temp, VERSION);
        if (rc_ < 0) {
            auctreg_php_throw_last(rc_);
            SWIG_fail;
        }
        if (auctreg_php_fill_struct(&$input, &temp, T ## _fields, "$1_name") < 0)
            SWIG_fail;
        $1 = &temp;
    }
}
%enddef
%define AUCTREG_STRUCT_OUT(T)
%typemap(in, numinputs=0) T * (T temp) "memset(&temp, 0, sizeof temp); $1 = &temp;"
%typemap(argout) T * {
    zval o_;
    auctreg_php_struct_array(&o_, &temp$argnum, T ## _fields);
    auctreg_php_append($result, &o_);
}
%enddef

/* ---- a page of rows / a blocker list as arrays (the to_array() methods of
 * auctreg_php_extras.i; the names select these typemaps) ---- */
/* [['column' => int|string, ...], ...] */
%typemap(out, phptype="array") const auctreg_rows *rows_array__w {
    size_t n_ = auctreg_rows_count($1);
    int cols_ = auctreg_rows_columns($1);
    array_init($result);
    for (size_t i_ = 0; i_ < n_; i_++) {
        zval row_;
        array_init(&row_);
        for (int c_ = 0; c_ < cols_; c_++) {
            const char *t_ = auctreg_rows_get_text($1, i_, c_);
            if (t_)
                add_assoc_string(&row_, auctreg_rows_column_name($1, c_), t_);
            else
                add_assoc_long(&row_, auctreg_rows_column_name($1, c_), (zend_long)auctreg_rows_get_int($1, i_, c_));
        }
        add_next_index_zval($result, &row_);
    }
}

/* [['field' => ..., 'reason' => ..., 'message' => ..., 'messages' => ['zh' => ..., 'en' => ...]], ...] */
%typemap(out, phptype="array") const auctreg_blockers *blockers_array__w {
    size_t n_ = auctreg_blockers_count($1);
    auctreg_lang lang_ = auctreg_error_language();
    array_init($result);
    for (size_t i_ = 0; i_ < n_; i_++) {
        zval b_, ms_;
        array_init(&b_);
        add_assoc_string(&b_, "field", auctreg_blockers_field($1, i_));
        add_assoc_string(&b_, "reason", auctreg_blockers_reason($1, i_));
        add_assoc_string(&b_, "message", auctreg_blockers_message($1, i_, lang_));
        array_init(&ms_);
        add_assoc_string(&ms_, "zh", auctreg_blockers_message($1, i_, AUCTREG_LANG_ZH));
        add_assoc_string(&ms_, "en", auctreg_blockers_message($1, i_, AUCTREG_LANG_EN));
        add_assoc_zval(&b_, "messages", &ms_);
        add_next_index_zval($result, &b_);
    }
}

/* ---- handles ---- */
%define AUCTREG_HANDLE(T)
%typemap(in, numinputs=0) T ** (T *temp = NULL) "$1 = &temp;"
%typemap(argout) T ** {
    zval o_;
    ZVAL_NULL(&o_);     /* SWIG_SetPointerZval reuses a zval that looks like an object */
    SWIG_SetPointerZval(&o_, (void *)temp$argnum, $*1_descriptor, 1);
    auctreg_php_append($result, &o_);
}
%exception T::T {
    $action
    if (!result) {
        auctreg_php_throw_last(auctreg_error_code() ? auctreg_error_code() : AUCTREG_ENOMEM);
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
            auctreg_php_throw_last(rc_);
            SWIG_fail;
        }
        ZVAL_NULL($result);
        SWIG_SetPointerZval($result, (void *)copy_, $descriptor(T *), 1);
    } else {
        RETVAL_NULL();
    }
}
%enddef
