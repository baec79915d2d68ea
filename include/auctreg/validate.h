/**
 * @file auctreg/validate.h
 * @brief Field and record validation (rules R5, R6 and the national code
 * standards): pure functions, no storage, no global state.
 *
 * Every validator returns 0 when the value is acceptable, or #AUCTREG_EINVAL
 * with the thread's last error describing **every** problem found: each
 * problem has a field path (e.g. `id_number`, `practice[2].turnover`), a
 * stable reason code (e.g. `id.checksum`) and a message in Chinese and
 * English (see auctreg/errors.h). The reason codes are part of the API and
 * are listed with their meaning in docs/validation.md. A successful call
 * leaves the last error untouched.
 *
 * Validators never read the clock: "today" (for "not in the future" and
 * "not expired" checks) comes from #auctreg_validate_options.
 *
 * Single-field validators report one problem whose field path is the
 * validator's field name (e.g. `id_number`, `uscc`, `mgmt_no`, `phone`).
 *
 * All pointers passed in are borrowed and only read during the call.
 * Thread safety: every function may be called from any thread.
 */
#ifndef AUCTREG_VALIDATE_H
#define AUCTREG_VALIDATE_H

#include "common.h"
#include "application.h"
#include "person.h"

AUCTREG_BEGIN_DECL

/** Current version of #auctreg_validate_options. */
#define AUCTREG_VALIDATE_OPTIONS_VERSION 1

/** Default and largest supporting-document size: 10 MiB. */
#define AUCTREG_DOCUMENT_MAX_BYTES_DEFAULT (10 * 1024 * 1024)

/** Largest number of sessions (主持拍卖场次) in one practice record. */
#define AUCTREG_PRACTICE_SESSIONS_MAX 10000
/** Largest turnover in integer yuan: 9,999,999,999.9999 万元. */
#define AUCTREG_TURNOVER_MAX_YUAN INT64_C(99999999999999)
/** Largest CE hours of one record, in tenths (9999.9 hours). */
#define AUCTREG_CE_HOURS_MAX_TENTHS 99999
/** Longest CE item text, in characters (code points). */
#define AUCTREG_CE_ITEM_MAX_CHARS 200
/** Longest name (姓名), in characters. */
#define AUCTREG_NAME_MAX_CHARS 50
/** Longest contact address (联系地址), in characters. */
#define AUCTREG_ADDRESS_MAX_CHARS 200
/** Longest e-mail address, in bytes. */
#define AUCTREG_EMAIL_MAX_BYTES 254
/** Longest supporting-document file name, in bytes. */
#define AUCTREG_FILE_NAME_MAX_BYTES 255

/**
 * @brief Options of the validators. Initialise with
 * auctreg_validate_options_init(), then set @c today.
 */
typedef struct auctreg_validate_options {
    unsigned int version;          /**< #AUCTREG_VALIDATE_OPTIONS_VERSION. */
    const char *today;             /**< ISO date "today" for not-in-future / not-expired checks (required; borrowed). */
    unsigned int mgmt_no_min_digits; /**< Shortest management number (default 7; sample 3200278). */
    unsigned int mgmt_no_max_digits; /**< Longest management number (default 7). */
    int64_t document_max_bytes;    /**< Largest supporting document (default 10 MiB). */
} auctreg_validate_options;

/**
 * @brief Fill @p opts with the defaults: @c today NULL (must be set),
 * management number 7..7 digits, documents up to 10 MiB.
 * @param opts the struct to fill.
 * @param version #AUCTREG_VALIDATE_OPTIONS_VERSION.
 * @return 0; #AUCTREG_EINVAL (`arg.null`); #AUCTREG_EVERSION (reason
 *   `options.version`) for a version this library does not know.
 */
AUCTREG_API int auctreg_validate_options_init(auctreg_validate_options *opts,
                                              unsigned int version);

/**
 * @brief Facts read from a resident ID or residence permit number.
 */
typedef struct auctreg_id_info {
    char number[19];     /**< The normalised 18-character number ('x' → 'X'; 15 digits upgraded). */
    char birth_date[11]; /**< ISO birth date. */
    char gender[2];      /**< "1" male (odd sequence), "2" female (even). */
    char area[7];        /**< The first 6 characters (the address code of a resident ID or permit). */
} auctreg_id_info;

/**
 * @brief Upgrade a legacy 15-digit resident ID (GB 11643-1989) to 18
 * characters: insert "19" before the year and append the check character.
 * An 18-character number is copied with a lower-case 'x' made upper case.
 * Only the format is checked here (use auctreg_validate_id_number() for the rest).
 * @param number 15 digits, or 17 digits and a check character.
 * @param out receives the 18-character number and a NUL.
 * @return 0, or #AUCTREG_EINVAL (field `id_number`, reason `id.format`).
 */
AUCTREG_API int auctreg_id_upgrade(const char *number, char out[19]);

/**
 * @brief Validate an ID document number for a document type.
 *
 * - `resident_id` (GB 11643-1999): 18 characters, digits with a final check
 *   character by ISO 7064 MOD 11-2 ('x' accepted as 'X'); a legacy 15-digit
 *   number is upgraded first; the birth date is a real date, not before
 *   1900-01-01 and not after @p today; the first two digits are a province
 *   code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65): the county part is not
 *   checked, because IDs keep the codes of abolished counties.
 * - `hk_mo_residence_permit` / `tw_residence_permit`: same format with the
 *   address code 810000 or 820000 / 830000.
 * - `hk_mo_travel_permit`: H or M followed by 8 or 10 digits.
 * - `tw_travel_permit`: 8 digits, or 10 to 12 upper-case letters and digits.
 * - `passport`: 5 to 17 upper-case letters and digits with at least one
 *   digit (Chinese and foreign passports); a 9-character number starting
 *   with E must be a Chinese ordinary passport (E + 8 digits, or E + letter
 *   + 7 digits).
 * - `foreign_permanent_residence`: 2017+ cards: 18 characters starting with
 *   9, province code in digits 2-3, birth date in digits 7-14, MOD 11-2
 *   check; 2004 cards: ISO alpha-3 nationality + 12 digits.
 *
 * Allocation-free when the number is valid (≥ 10 million checks per second;
 * see bench/README.md).
 * @param id_type a code of #AUCTREG_CODES_ID_TYPE.
 * @param number the number as entered.
 * @param today ISO date for the "birth date not in the future" check.
 * @param info receives the facts read from a resident ID, a residence permit
 *   or a 2017+ foreign permanent residence card (may be NULL; zeroed for the
 *   other types and on error).
 * @return 0, or #AUCTREG_EINVAL with one problem on field `id_number`
 *   (reasons `field.required`, `id.format`, `id.checksum`, `id.birth_date`,
 *   `id.birth_future`, `id.area`), on `id_type` (`id_type.unknown`), or on
 *   `today` (`options.today`).
 */
AUCTREG_API int auctreg_validate_id_number(const char *id_type, const char *number,
                                           const char *today, auctreg_id_info *info);

/**
 * @brief Unified Social Credit Code (GB 32100-2015): 18 characters from
 * `0123456789ABCDEFGHJKLMNPQRTUWXY` (upper case; no I, O, S, V, Z):
 * registration authority, entity type, the 6-digit division code (characters
 * 3-8 must be digits), the 9-character organisation code and the check
 * character = alphabet[(31 - Σ vᵢ·(3^(i-1) mod 31) mod 31) mod 31].
 * @return 0, or #AUCTREG_EINVAL (field `uscc`, reasons `field.required`,
 *   `uscc.format`, `uscc.checksum`).
 */
AUCTREG_API int auctreg_validate_uscc(const char *code);

/**
 * @brief Management number (执业证书管理号): digits only, length between the
 * options' minimum and maximum.
 * @param opts options (NULL: the defaults, 7 digits).
 * @return 0, or #AUCTREG_EINVAL (field `mgmt_no`, reasons `field.required`,
 *   `mgmt_no.format`, `mgmt_no.length`; `options.mgmt_no` if min > max or min is 0).
 */
AUCTREG_API int auctreg_validate_mgmt_no(const char *mgmt_no, const auctreg_validate_options *opts);

/**
 * @brief Person name (姓名): 1..#AUCTREG_NAME_MAX_CHARS characters of Chinese
 * characters (CJK ideographs incl. extensions and 〇), Latin letters (ASCII
 * and Latin-1/Extended-A/B), the middle dot (· U+00B7, ・ U+30FB, ‧ U+2027)
 * between parts, and single spaces, hyphens or apostrophes between Latin
 * letters. No leading, trailing or doubled separators.
 * @return 0, or #AUCTREG_EINVAL (field `name`, reasons `field.required`,
 *   `text.utf8`, `text.control`, `text.whitespace`, `text.too_long`, `name.format`).
 */
AUCTREG_API int auctreg_validate_name(const char *name);

/**
 * @brief Phone number (电话): a mobile number `1[3-9]` + 9 digits, or a
 * landline `0` + 2-3 digit area code, an optional '-', 7-8 digits and an
 * optional extension '-' + 1-6 digits. Spaces are not accepted.
 * @return 0, or #AUCTREG_EINVAL (field `phone`, reasons `field.required`, `phone.format`).
 */
AUCTREG_API int auctreg_validate_phone(const char *phone);

/**
 * @brief Mobile phone number only: `^1[3-9][0-9]{9}$` (used for payers, R8).
 * @return 0, or #AUCTREG_EINVAL (field `mobile`, reasons `field.required`, `mobile.format`).
 */
AUCTREG_API int auctreg_validate_mobile(const char *mobile);

/**
 * @brief E-mail address: ASCII `local@domain`, at most
 * #AUCTREG_EMAIL_MAX_BYTES bytes; local part of letters, digits and
 * ``!#$%&'*+/=?^_`{|}~.-`` (no leading, trailing or doubled dot, ≤ 64 bytes);
 * domain of at least two dot-separated labels of letters, digits and inner
 * hyphens (≤ 63 bytes each), the last one letters only (≥ 2).
 * @return 0, or #AUCTREG_EINVAL (field `email`, reasons `field.required`, `email.format`).
 */
AUCTREG_API int auctreg_validate_email(const char *email);

/**
 * @brief Postal code (邮编): exactly 6 ASCII digits.
 * @return 0, or #AUCTREG_EINVAL (field `postal_code`, reasons `field.required`,
 *   `postal_code.format`).
 */
AUCTREG_API int auctreg_validate_postal_code(const char *code);

/**
 * @brief ISO date `YYYY-MM-DD`: exactly 10 characters, year 1000..9999, a
 * real calendar date (2023-02-29 is refused).
 * @return 0, or #AUCTREG_EINVAL (field `date`, reasons `field.required`, `date.format`).
 */
AUCTREG_API int auctreg_validate_date(const char *iso);

/**
 * @brief Check one person field on its own (no cross-field rules): the text
 * rules of every string, then the field's own rule (code table, format,
 * date range against @c opts->today). The ID number is checked as a
 * resident ID (its type is another field: use auctreg_validate_person() or
 * auctreg_validate_id_number() for other types).
 * @return 0, or #AUCTREG_EINVAL with the problem on the field's name
 *   (reasons as in auctreg_validate_person()); `field.unknown` for a bad @p field.
 */
AUCTREG_API int auctreg_validate_person_field(auctreg_person_field field, const char *value,
                                              const auctreg_validate_options *opts);

/**
 * @brief Validate a whole first-registration person (R6): every field is
 * required and checked, then the cross-field rules: the declared gender and
 * birth date agree with the ID number (for resident IDs and residence
 * permits), the ID is not expired on @c today (or is "长期"), work started
 * not in the future and on or after the 16th birthday, the residence county
 * belongs to the residence city.
 * @param p the person (borrowed).
 * @param opts options with @c today set.
 * @return 0, or #AUCTREG_EINVAL (reason `validate.person`) listing ALL
 *   problems, paths being the field names of auctreg_person_field_name()
 *   (e.g. `id_number`); reasons in docs/validation.md. `arg.null`,
 *   `options.version`/#AUCTREG_EVERSION and `options.today` for bad arguments.
 */
AUCTREG_API int auctreg_validate_person(const auctreg_person *p,
                                        const auctreg_validate_options *opts);

/**
 * @brief Validate every practice record (R5) of an application: sessions a
 * whole number 0..#AUCTREG_PRACTICE_SESSIONS_MAX, subject a code of
 * #AUCTREG_CODES_SUBJECT_TYPE, turnover 0..#AUCTREG_TURNOVER_MAX_YUAN yuan.
 * @return 0, or #AUCTREG_EINVAL (reason `validate.practice`) listing every
 *   problem with paths `practice[i].sessions|subject|turnover`.
 */
AUCTREG_API int auctreg_validate_practice_list(const auctreg_application *app,
                                               const auctreg_validate_options *opts);

/**
 * @brief Validate every continuing-education record: item text 1..200
 * characters (valid UTF-8, no control characters, no leading/trailing space),
 * hours 0.1..9999.9 (tenths 1..#AUCTREG_CE_HOURS_MAX_TENTHS).
 * @return 0, or #AUCTREG_EINVAL (reason `validate.ce`) with paths `ce[i].item|hours`.
 */
AUCTREG_API int auctreg_validate_ce_list(const auctreg_application *app,
                                         const auctreg_validate_options *opts);

/**
 * @brief Validate every supporting document: kind from
 * #AUCTREG_CODES_DOCUMENT_KIND; media type PDF, JPEG or PNG recognised by the
 * content's magic bytes (the stored type when only metadata is held); size
 * 1..@c opts->document_max_bytes; file name non-empty, without any directory
 * part, ≤ #AUCTREG_FILE_NAME_MAX_BYTES bytes.
 * @return 0, or #AUCTREG_EINVAL (reason `validate.documents`) with paths
 *   `documents[i].kind|media_type|size|file_name`.
 */
AUCTREG_API int auctreg_validate_documents(const auctreg_application *app,
                                           const auctreg_validate_options *opts);

/**
 * @brief Parse a turnover entered in 万元 (10,000 yuan) into exact integer
 * yuan: ASCII digits with an optional '.' and at most 4 decimals ("12.3456"
 * → 123456, "0" → 0, "5." and ".5" refused), at most
 * #AUCTREG_TURNOVER_MAX_YUAN. No floating point is used.
 * @param text the text (borrowed).
 * @param yuan_out receives the amount (unchanged on error).
 * @return 0, or #AUCTREG_EINVAL (field `turnover`, reasons `field.required`,
 *   `turnover.format`, `turnover.range`).
 */
AUCTREG_API int auctreg_parse_turnover_wan(const char *text, int64_t *yuan_out);

/**
 * @brief Parse CE hours with at most one decimal into tenths ("44.5" → 445,
 * "45" → 450), at most #AUCTREG_CE_HOURS_MAX_TENTHS.
 * @param tenths_out receives the value (unchanged on error).
 * @return 0, or #AUCTREG_EINVAL (field `hours`, reasons `field.required`,
 *   `hours.format`, `hours.range`).
 */
AUCTREG_API int auctreg_parse_hours(const char *text, int64_t *tenths_out);

AUCTREG_END_DECL

#endif /* AUCTREG_VALIDATE_H */
