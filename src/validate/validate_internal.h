/*
 * Internal interface of the validators (src/validate/), used by the registry
 * and the XML module to collect every problem of a whole application at once.
 *
 * The *_into functions append problems to a list and never set the last
 * error; they expect options already checked by auctreg__validate_options_check().
 * Field paths are prefixed with `prefix` and a dot when prefix is non-empty
 * (e.g. "person" gives "person.id_number").
 */
#ifndef AUCTREG_VALIDATE_INTERNAL_H
#define AUCTREG_VALIDATE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "auctreg/validate.h"
#include "model/model.h"
#include "util/util.h"

/* Reason identifiers; auctreg__vr_reason() gives the stable reason string. */
typedef enum auctreg__vr {
    AUCTREG__VR_OK = 0,
    AUCTREG__VR_REQUIRED,        /* field.required */
    AUCTREG__VR_UTF8,            /* text.utf8 */
    AUCTREG__VR_CONTROL,         /* text.control */
    AUCTREG__VR_WHITESPACE,      /* text.whitespace */
    AUCTREG__VR_TOO_LONG,        /* text.too_long */
    AUCTREG__VR_CODE_UNKNOWN,    /* code.unknown */
    AUCTREG__VR_ID_TYPE,         /* id_type.unknown */
    AUCTREG__VR_ID_FORMAT,       /* id.format */
    AUCTREG__VR_ID_CHECKSUM,     /* id.checksum */
    AUCTREG__VR_ID_BIRTH,        /* id.birth_date */
    AUCTREG__VR_ID_BIRTH_FUTURE, /* id.birth_future */
    AUCTREG__VR_ID_AREA,         /* id.area */
    AUCTREG__VR_GENDER_MISMATCH, /* person.gender_mismatch */
    AUCTREG__VR_BIRTH_MISMATCH,  /* person.birth_mismatch */
    AUCTREG__VR_USCC_FORMAT,     /* uscc.format */
    AUCTREG__VR_USCC_CHECKSUM,   /* uscc.checksum */
    AUCTREG__VR_MGMT_FORMAT,     /* mgmt_no.format */
    AUCTREG__VR_MGMT_LENGTH,     /* mgmt_no.length */
    AUCTREG__VR_NAME_FORMAT,     /* name.format */
    AUCTREG__VR_PHONE_FORMAT,    /* phone.format */
    AUCTREG__VR_MOBILE_FORMAT,   /* mobile.format */
    AUCTREG__VR_EMAIL_FORMAT,    /* email.format */
    AUCTREG__VR_POSTAL_FORMAT,   /* postal_code.format */
    AUCTREG__VR_DATE_FORMAT,     /* date.format */
    AUCTREG__VR_DATE_RANGE,      /* date.range */
    AUCTREG__VR_DATE_FUTURE,     /* date.future */
    AUCTREG__VR_DATE_EXPIRED,    /* date.expired */
    AUCTREG__VR_WORK_TOO_EARLY,  /* person.work_start_too_early */
    AUCTREG__VR_DIVISION_UNKNOWN,/* division.unknown */
    AUCTREG__VR_DIVISION_LEVEL,  /* division.level */
    AUCTREG__VR_DIVISION_PARENT, /* division.parent */
    AUCTREG__VR_SESSIONS_RANGE,  /* sessions.range */
    AUCTREG__VR_TURNOVER_FORMAT, /* turnover.format */
    AUCTREG__VR_TURNOVER_RANGE,  /* turnover.range */
    AUCTREG__VR_HOURS_FORMAT,    /* hours.format */
    AUCTREG__VR_HOURS_RANGE,     /* hours.range */
    AUCTREG__VR_DOC_MEDIA,       /* document.media_type */
    AUCTREG__VR_DOC_EMPTY,       /* document.empty */
    AUCTREG__VR_DOC_TOO_LARGE,   /* document.too_large */
    AUCTREG__VR_DOC_FILE_NAME,   /* document.file_name */
    AUCTREG__VR_COUNT
} auctreg__vr;

/* Stable reason string of a reason id ("" for OK). */
const char *auctreg__vr_reason(auctreg__vr r);

/* Append one problem for reason r on path (prefix.name when prefix non-empty). */
void auctreg__vr_add(auctreg__problems *out, const char *prefix, const char *name, auctreg__vr r);

/* Check options: 0, or sets the last error (arg.null, options.version -> EVERSION,
 * options.today, options.mgmt_no, options.document_max_bytes) and returns it.
 * On success *today_days receives the day number of opts->today. */
int auctreg__validate_options_check(const auctreg_validate_options *o, int64_t *today_days);

/* Text rules shared by every string: UTF-8, no control characters (no newlines),
 * no leading/trailing white space, at most max_chars code points (0 = no limit).
 * Allocation-free. Empty strings pass (required-ness is the caller's business). */
auctreg__vr auctreg__vcheck_text(const char *s, size_t max_chars);

/* ID number of an ID type code (allocation-free on the valid path). */
auctreg__vr auctreg__id_check(const char *id_type, const char *number, int64_t today_days,
                              auctreg_id_info *info);

/* Single-field checks (allocation-free). */
auctreg__vr auctreg__uscc_check(const char *code);
auctreg__vr auctreg__mgmt_no_check(const char *s, unsigned min_digits, unsigned max_digits);
auctreg__vr auctreg__name_check(const char *s);
auctreg__vr auctreg__mobile_check(const char *s);
auctreg__vr auctreg__phone_check(const char *s);
auctreg__vr auctreg__email_check(const char *s);
auctreg__vr auctreg__postal_check(const char *s);
/* ISO date; *days (may be NULL) receives its day number. */
auctreg__vr auctreg__date_check(const char *s, int64_t *days);
/* Exact decimal parsers (out unchanged on error). */
auctreg__vr auctreg__turnover_parse(const char *s, int64_t *yuan);
auctreg__vr auctreg__hours_parse(const char *s, int64_t *tenths);

/* Record validators: append every problem to out. */
void auctreg__validate_person_into(auctreg__problems *out, const auctreg_person *p,
                                   const auctreg_validate_options *o, const char *prefix);
/* The same rules for a person whose fields may be empty (master data): every field
 * that is set must be valid, and the cross-field rules apply between the fields set. */
void auctreg__validate_person_partial_into(auctreg__problems *out, const auctreg_person *p,
                                           const auctreg_validate_options *o, const char *prefix);
void auctreg__validate_practice_into(auctreg__problems *out, const auctreg_application *a,
                                     const auctreg_validate_options *o);
void auctreg__validate_ce_into(auctreg__problems *out, const auctreg_application *a,
                               const auctreg_validate_options *o);
void auctreg__validate_documents_into(auctreg__problems *out, const auctreg_application *a,
                                      const auctreg_validate_options *o);

#endif /* AUCTREG_VALIDATE_INTERNAL_H */
