/**
 * @file auctreg/application.h
 * @brief The registration application as an in-memory object.
 *
 * An #auctreg_application holds everything one application carries: its type
 * and registration year, the auctioneer and the enterprise at the time of
 * applying, practice records (R5), continuing-education records (R3),
 * supporting documents (R4), the personal data of a first registration (R6),
 * the fee choice and payment status (R7, R8), one review status and opinion per
 * level (R9), the workflow state, the version and timestamps.
 *
 * It is a container: setters check only types and ranges of representation
 * (valid UTF-8, no NUL, non-negative integers where documented). The rules are
 * applied by auctreg/validate.h and auctreg/workflow.h, which work on this
 * object with or without a registry, so a portal with its own database can run
 * the same rules. The registry (auctreg/registry.h) loads and stores it.
 *
 * Scalar fields are read and written through #auctreg_app_field and the
 * get/set functions, so that new fields never break the ABI.
 * Money is integer fen; hours are integer tenths; turnover is integer yuan;
 * timestamps are integer microseconds since 1970-01-01T00:00:00Z.
 *
 * Thread safety: one thread at a time per object.
 */
#ifndef AUCTREG_APPLICATION_H
#define AUCTREG_APPLICATION_H

#include "common.h"
#include "person.h"
#include "types.h"

AUCTREG_BEGIN_DECL

/** Opaque application. Create with auctreg_application_new(). */
typedef struct auctreg_application auctreg_application;

/** Longest text value, in bytes, of a text field or record column. */
#define AUCTREG_APP_TEXT_MAX 4096

/**
 * @brief Scalar fields of an application. "int" fields are read with
 * auctreg_application_get_int(), "text" fields with auctreg_application_get_text().
 */
typedef enum auctreg_app_field {
    AUCTREG_APP_ID = 0,          /**< int: registry id; 0 until stored. */
    AUCTREG_APP_TYPE,            /**< int: #auctreg_app_type. */
    AUCTREG_APP_YEAR,            /**< int: registration year (申请注册年度). */
    AUCTREG_APP_MGMT_NO,         /**< text: the auctioneer's management number. */
    AUCTREG_APP_ENTERPRISE,      /**< text: USCC of the enterprise at the time of applying. */
    AUCTREG_APP_PROVINCE,        /**< int: GB/T 2260 province code (2 digits) of that enterprise. */
    AUCTREG_APP_STATE,           /**< int: #auctreg_app_state. */
    AUCTREG_APP_VERSION,         /**< int: optimistic-lock version; 0 until stored. */
    AUCTREG_APP_FEE_CHOICE,      /**< int: #auctreg_fee_choice. */
    AUCTREG_APP_FEE_DUE_FEN,     /**< int: amount due in fen for the fee choice. */
    AUCTREG_APP_PAY_STATUS,      /**< int: #auctreg_pay_status. */
    AUCTREG_APP_CREATED_AT,      /**< int: µs since the epoch. */
    AUCTREG_APP_UPDATED_AT,      /**< int: µs since the epoch. */
    AUCTREG_APP_SUBMITTED_AT,    /**< int: µs since the epoch of the last submission; 0 if never. */
    AUCTREG_APP_SUBMIT_COUNT,    /**< int: how many times it was submitted (1 + resubmissions). */
    AUCTREG_APP_FIELD_COUNT      /**< Number of fields (not a field). */
} auctreg_app_field;

/**
 * @brief Create an empty application: state #AUCTREG_STATE_NONE, every review
 * level pending, no records.
 * @param out receives the object; the caller frees it with auctreg_application_free().
 * @return 0, #AUCTREG_EINVAL (NULL @p out), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_new(auctreg_application **out);

/**
 * @brief Deep copy (records, documents with their content, person, reviews).
 * @param out receives the copy (caller frees with auctreg_application_free()).
 * @param src the application to copy (borrowed).
 * @return 0, #AUCTREG_EINVAL, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_dup(auctreg_application **out,
                                        const auctreg_application *src);

/** @brief Release an application and everything it owns; NULL is a no-op. */
AUCTREG_API void auctreg_application_free(auctreg_application *app);

/**
 * @brief Stable name of a scalar field, e.g. "fee_due_fen" (used in field paths).
 * @return a static string, or NULL for an unknown field.
 */
AUCTREG_API const char *auctreg_app_field_name(auctreg_app_field field);

/**
 * @brief Read an int field.
 * @return the value; 0 if @p app is NULL or @p field is not an int field.
 */
AUCTREG_API int64_t auctreg_application_get_int(const auctreg_application *app,
                                                auctreg_app_field field);

/**
 * @brief Read a text field.
 * @return a borrowed string ("" when unset) valid until the field is set again
 *   or the object freed; NULL if @p app is NULL or @p field is not a text field.
 */
AUCTREG_API const char *auctreg_application_get_text(const auctreg_application *app,
                                                     auctreg_app_field field);

/**
 * @brief Write an int field.
 *
 * Enum fields accept only their enum's values; counters, ids, amounts and
 * timestamps must be ≥ 0; the year must be 1900..9999 or 0.
 * @return 0, or #AUCTREG_EINVAL (reason `field.unknown`, `field.type` or
 *   `field.range`) with the object unchanged.
 */
AUCTREG_API int auctreg_application_set_int(auctreg_application *app,
                                            auctreg_app_field field, int64_t value);

/**
 * @brief Write a text field (copied); NULL clears it.
 * @return 0, #AUCTREG_EINVAL (`field.unknown`, `field.type`, `text.utf8`,
 *   `text.control`, `text.too_long`) with the object unchanged, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_set_text(auctreg_application *app,
                                             auctreg_app_field field, const char *value);

/* ---- personal data (first registration, R6) ---- */

/**
 * @brief Personal data carried by the application (a first registration's form).
 * @return a borrowed person owned by @p app (valid until replaced or the
 *   application freed), or NULL if none is attached.
 */
AUCTREG_API const auctreg_person *auctreg_application_person(const auctreg_application *app);

/**
 * @brief Attach a copy of @p person (NULL detaches).
 * @return 0, #AUCTREG_EINVAL (NULL @p app), #AUCTREG_ENOMEM (nothing changed).
 */
AUCTREG_API int auctreg_application_set_person(auctreg_application *app,
                                               const auctreg_person *person);

/* ---- practice records (执业情况登记, R5) ---- */

/** @brief Number of practice records (0 for NULL). */
AUCTREG_API size_t auctreg_application_practice_count(const auctreg_application *app);

/**
 * @brief Read practice record @p i.
 * @param sessions receives 主持拍卖场次 (may be NULL).
 * @param subject receives the subject-type code (borrowed; may be NULL).
 * @param turnover_yuan receives 总成交额 in integer yuan (may be NULL).
 * @return 0, or #AUCTREG_ENOTFOUND if @p i is out of range.
 */
AUCTREG_API int auctreg_application_practice_get(const auctreg_application *app, size_t i,
                                                 int64_t *sessions, const char **subject,
                                                 int64_t *turnover_yuan);

/**
 * @brief Append a practice record. Sessions and turnover must be ≥ 0; the
 * subject is a code of the subject-type table (checked by the validator).
 * @return 0, #AUCTREG_EINVAL (`field.range`, text errors), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_practice_add(auctreg_application *app, int64_t sessions,
                                                 const char *subject, int64_t turnover_yuan);

/**
 * @brief Replace practice record @p i (same checks as add).
 * @return 0, #AUCTREG_ENOTFOUND, #AUCTREG_EINVAL, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_practice_set(auctreg_application *app, size_t i,
                                                 int64_t sessions, const char *subject,
                                                 int64_t turnover_yuan);

/**
 * @brief Delete practice record @p i; later records move up by one.
 * @return 0, or #AUCTREG_ENOTFOUND.
 */
AUCTREG_API int auctreg_application_practice_remove(auctreg_application *app, size_t i);

/* ---- continuing-education records (继续教育情况登记, R3) ---- */

/** @brief Number of CE records (0 for NULL). */
AUCTREG_API size_t auctreg_application_ce_count(const auctreg_application *app);

/**
 * @brief Read CE record @p i.
 * @param item receives 参加继续教育的项目 (borrowed; may be NULL).
 * @param hours_tenths receives 继续教育学时 in tenths of an hour (may be NULL).
 * @return 0, or #AUCTREG_ENOTFOUND.
 */
AUCTREG_API int auctreg_application_ce_get(const auctreg_application *app, size_t i,
                                           const char **item, int64_t *hours_tenths);

/**
 * @brief Append a CE record; hours in tenths, > 0.
 * @return 0, #AUCTREG_EINVAL, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_ce_add(auctreg_application *app, const char *item,
                                           int64_t hours_tenths);

/** @brief Replace CE record @p i. @return 0, #AUCTREG_ENOTFOUND, #AUCTREG_EINVAL, #AUCTREG_ENOMEM. */
AUCTREG_API int auctreg_application_ce_set(auctreg_application *app, size_t i,
                                           const char *item, int64_t hours_tenths);

/** @brief Delete CE record @p i. @return 0, or #AUCTREG_ENOTFOUND. */
AUCTREG_API int auctreg_application_ce_remove(auctreg_application *app, size_t i);

/** @brief Sum of the CE hours of every record, in tenths (0 for NULL); saturates at INT64_MAX. */
AUCTREG_API int64_t auctreg_application_ce_total_tenths(const auctreg_application *app);

/* ---- supporting documents (证明材料, R4) ---- */

/**
 * @brief Append a document with its content (copied).
 *
 * The SHA-256 is computed and the media type recognised from the content's
 * magic bytes ("application/pdf", "image/jpeg", "image/png", or
 * "application/octet-stream" when unknown); any directory part of
 * @p file_name is stripped. Whether the type and size are acceptable is decided
 * by the validator (auctreg_validate_documents()).
 * @param kind document kind code, e.g. "consent" (企业同意拍卖师注册说明).
 * @param file_name the name as uploaded.
 * @param content the bytes (may be NULL only when @p size is 0).
 * @param size number of bytes.
 * @return 0, #AUCTREG_EINVAL, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_document_add(auctreg_application *app, const char *kind,
                                                 const char *file_name, const void *content,
                                                 size_t size);

/**
 * @brief Append a document's metadata without its content (for example when
 * the portal keeps the file elsewhere).
 * @param sha256_hex 64 lower- or upper-case hex digits (stored lower-case).
 * @return 0, #AUCTREG_EINVAL (`document.sha256`, ...), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_document_add_meta(auctreg_application *app,
                                                      const char *kind, const char *file_name,
                                                      const char *media_type, int64_t size,
                                                      const char *sha256_hex);

/** @brief Number of documents (0 for NULL). */
AUCTREG_API size_t auctreg_application_document_count(const auctreg_application *app);

/**
 * @brief Read the metadata of document @p i. Every out pointer may be NULL;
 * strings are borrowed from @p app.
 * @return 0, or #AUCTREG_ENOTFOUND.
 */
AUCTREG_API int auctreg_application_document_get(const auctreg_application *app, size_t i,
                                                 const char **kind, const char **file_name,
                                                 const char **media_type, int64_t *size,
                                                 const char **sha256_hex);

/**
 * @brief Content of document @p i.
 * @param data receives a borrowed pointer to the bytes, or NULL when the
 *   document carries metadata only.
 * @param size receives the number of bytes held (0 when metadata only).
 * @return 0, or #AUCTREG_ENOTFOUND.
 */
AUCTREG_API int auctreg_application_document_content(const auctreg_application *app, size_t i,
                                                     const void **data, size_t *size);

/** @brief Delete document @p i. @return 0, or #AUCTREG_ENOTFOUND. */
AUCTREG_API int auctreg_application_document_remove(auctreg_application *app, size_t i);

/**
 * @brief Index of the first document of a kind.
 * @return the index, or -1 if there is none.
 */
AUCTREG_API long auctreg_application_document_find(const auctreg_application *app,
                                                   const char *kind);

/* ---- reviews (R9) ---- */

/**
 * @brief Review of one level.
 * @param status receives the #auctreg_review_status (may be NULL).
 * @param opinion receives the opinion, "" if none (borrowed; may be NULL).
 * @param decided_at receives µs since the epoch of the decision, 0 if pending (may be NULL).
 * @return 0, or #AUCTREG_EINVAL for an unknown level.
 */
AUCTREG_API int auctreg_application_review(const auctreg_application *app, auctreg_level level,
                                           int *status, const char **opinion,
                                           int64_t *decided_at);

/**
 * @brief Write the review of one level (opinion copied; NULL means none).
 * Used by the workflow and when restoring an application; portals normally
 * change reviews through workflow actions only.
 * @return 0, #AUCTREG_EINVAL, #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_application_set_review(auctreg_application *app, auctreg_level level,
                                               auctreg_review_status status,
                                               const char *opinion, int64_t decided_at);

AUCTREG_END_DECL

#endif /* AUCTREG_APPLICATION_H */
