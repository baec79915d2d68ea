/**
 * @file auctreg/person.h
 * @brief The personal data of an auctioneer (rule R6), as a field container.
 *
 * An #auctreg_person holds the text of every personal-data field of the first
 * registration form. It is a plain container: setting a value only checks that
 * it is valid UTF-8 without NUL bytes and at most #AUCTREG_PERSON_VALUE_MAX
 * bytes long. The rules (ID number check digit, code tables, consistency of
 * gender and birth date with the ID number, ...) are applied by
 * auctreg_validate_person() in auctreg/validate.h, and by the registry before
 * it stores anything.
 *
 * Coded fields hold the code, not the display name: look names up in
 * auctreg/codes.h. Dates are ISO `YYYY-MM-DD`.
 *
 * Thread safety: a person object may be used by one thread at a time.
 */
#ifndef AUCTREG_PERSON_H
#define AUCTREG_PERSON_H

#include "common.h"

AUCTREG_BEGIN_DECL

/** Longest value, in bytes, that any person field accepts. */
#define AUCTREG_PERSON_VALUE_MAX 1024

/** Opaque personal-data record. Create with auctreg_person_new(). */
typedef struct auctreg_person auctreg_person;

/**
 * @brief The fields of R6 (all required for a first registration).
 *
 * Values are appended only, never renumbered.
 */
typedef enum auctreg_person_field {
    AUCTREG_PERSON_NAME = 0,          /**< 姓名: Chinese or Latin letters and the middle dot. */
    AUCTREG_PERSON_GENDER,            /**< 性别: GB/T 2261.1 code, "1" male, "2" female. */
    AUCTREG_PERSON_ID_TYPE,           /**< 证件类型: code from the ID document type table. */
    AUCTREG_PERSON_ID_NUMBER,         /**< 身份证号 / 证件号码. */
    AUCTREG_PERSON_ID_VALID_UNTIL,    /**< 证件有效期: ISO date, or "长期" for a long-term ID. */
    AUCTREG_PERSON_MGMT_NO,           /**< 执业证书管理号 (management number): digits. */
    AUCTREG_PERSON_BIRTH_DATE,        /**< 出生日期: ISO date. */
    AUCTREG_PERSON_WORK_START_DATE,   /**< 从事拍卖时间: ISO date the auctioneer started auction work. */
    AUCTREG_PERSON_POLITICAL_STATUS,  /**< 政治面貌: GB/T 4762 code, e.g. "13". */
    AUCTREG_PERSON_ETHNICITY,         /**< 民族: GB/T 3304 code, e.g. "01". */
    AUCTREG_PERSON_NATIONALITY,       /**< 国籍: ISO 3166-1 alpha-3 code, e.g. "CHN". */
    AUCTREG_PERSON_EDUCATION,         /**< 学历: GB/T 4658-2006 code, e.g. "21". */
    AUCTREG_PERSON_POSTAL_CODE,       /**< 邮编: 6 digits. */
    AUCTREG_PERSON_PHONE,             /**< 电话: mobile or landline number. */
    AUCTREG_PERSON_EMAIL,             /**< 邮箱. */
    AUCTREG_PERSON_RESIDENCE_CITY,    /**< 常住地 (市): GB/T 2260 prefecture code, 6 digits. */
    AUCTREG_PERSON_RESIDENCE_COUNTY,  /**< 常住地 (县): GB/T 2260 county code, 6 digits. */
    AUCTREG_PERSON_ADDRESS,           /**< 联系地址. */
    AUCTREG_PERSON_FIELD_COUNT        /**< Number of fields (not a field). */
} auctreg_person_field;

/**
 * @brief Create an empty person (every field "").
 * @param out receives the new object; the caller frees it with auctreg_person_free().
 * @return 0, or #AUCTREG_EINVAL if @p out is NULL, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_person_new(auctreg_person **out);

/**
 * @brief Deep copy of a person.
 * @param out receives the copy (caller frees with auctreg_person_free()).
 * @param src the person to copy (borrowed).
 * @return 0, #AUCTREG_EINVAL for a NULL argument, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_person_dup(auctreg_person **out, const auctreg_person *src);

/** @brief Release a person; NULL is a no-op. */
AUCTREG_API void auctreg_person_free(auctreg_person *p);

/**
 * @brief Set one field (the value is copied). NULL or "" clears the field.
 *
 * Leading and trailing ASCII white space is kept as given: validators report it.
 * @return 0; #AUCTREG_EINVAL (reason `field.unknown`, `text.utf8`,
 *   `text.control` or `text.too_long`) and the field unchanged; #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_person_set(auctreg_person *p, auctreg_person_field field,
                                   const char *value);

/**
 * @brief Value of one field.
 * @return a borrowed string ("" when unset), valid until the field is set again
 *   or the person is freed; NULL if @p p is NULL or @p field is unknown.
 */
AUCTREG_API const char *auctreg_person_get(const auctreg_person *p, auctreg_person_field field);

/**
 * @brief Stable field name used in field paths and XML, e.g. "id_number".
 * @return a static string, or NULL for an unknown field.
 */
AUCTREG_API const char *auctreg_person_field_name(auctreg_person_field field);

/**
 * @brief Field whose name is @p name (see auctreg_person_field_name()).
 * @param name the field name.
 * @param out receives the field.
 * @return 0, or #AUCTREG_ENOTFOUND (reason `field.unknown`) if no field has that name.
 */
AUCTREG_API int auctreg_person_field_from_name(const char *name, auctreg_person_field *out);

AUCTREG_END_DECL

#endif /* AUCTREG_PERSON_H */
