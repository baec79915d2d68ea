/**
 * @file auctreg/types.h
 * @brief Enumerations shared by every module: registration types, states,
 * review levels, statuses, fee choices and actor roles.
 *
 * Every enum has a stable code name (e.g. "RENEWAL") used in XML, JSON and the
 * database, and display names in Chinese and English. Values are appended
 * only, never renumbered.
 */
#ifndef AUCTREG_TYPES_H
#define AUCTREG_TYPES_H

#include "common.h"

AUCTREG_BEGIN_DECL

/** Registration type, decided by the system from the auctioneer's history (R1). */
typedef enum auctreg_app_type {
    AUCTREG_TYPE_UNSET = 0,          /**< Not decided yet. */
    AUCTREG_TYPE_RENEWAL = 1,        /**< 拍卖师注册: practising this year, registers for next year. */
    AUCTREG_TYPE_REREGISTRATION = 2, /**< 拍卖师再注册: registered before, not practising this year. */
    AUCTREG_TYPE_FIRST = 3           /**< 拍卖师首次注册: never registered. */
} auctreg_app_type;

/** State of an application in the workflow (see docs/workflow.md). */
typedef enum auctreg_app_state {
    AUCTREG_STATE_NONE = 0,              /**< Not created yet (source of "create"). */
    AUCTREG_STATE_DRAFT = 1,             /**< 草稿: being filled in by the applicant. */
    AUCTREG_STATE_SUBMITTED = 2,         /**< 已提交: waiting for the fee choice (R7). */
    AUCTREG_STATE_AWAITING_PAYMENT = 3,  /**< 未付款: fee chosen, waiting for payment (R8). */
    AUCTREG_STATE_ENTERPRISE_REVIEW = 4, /**< 企业审核中. */
    AUCTREG_STATE_PROVINCE_REVIEW = 5,   /**< 省拍协审核中. */
    AUCTREG_STATE_NATIONAL_REVIEW = 6,   /**< 中拍协审核中. */
    AUCTREG_STATE_REJECTED = 7,          /**< 驳回: back with the applicant (R9, R10). */
    AUCTREG_STATE_APPROVED = 8,          /**< 已通过: final (R12). */
    AUCTREG_STATE_WITHDRAWN = 9          /**< 已撤回: a draft the applicant withdrew. */
} auctreg_app_state;

/** Review level (R9). */
typedef enum auctreg_level {
    AUCTREG_LEVEL_ENTERPRISE = 0, /**< 拍卖企业 (the registered employer). */
    AUCTREG_LEVEL_PROVINCE = 1,   /**< 省拍协 (provincial association). */
    AUCTREG_LEVEL_NATIONAL = 2    /**< 中拍协 (national association). */
} auctreg_level;

/** Number of review levels. */
#define AUCTREG_LEVEL_COUNT 3

/** Status of one review level. */
typedef enum auctreg_review_status {
    AUCTREG_REVIEW_PENDING = 0,  /**< 待审核. */
    AUCTREG_REVIEW_APPROVED = 1, /**< 已通过. */
    AUCTREG_REVIEW_REJECTED = 2, /**< 驳回. */
    AUCTREG_REVIEW_SKIPPED = 3   /**< 不适用: the province's review chain skips this level. */
} auctreg_review_status;

/** Payment status column of the history list (R7, R8). */
typedef enum auctreg_pay_status {
    AUCTREG_PAY_UNPAID = 0,       /**< 未付款. */
    AUCTREG_PAY_PAID = 1,         /**< 已付款. */
    AUCTREG_PAY_MEMBER_EXEMPT = 2 /**< 会员免缴: membership waives the registration fee. */
} auctreg_pay_status;

/** The applicant's fee choice after submitting (R7). */
typedef enum auctreg_fee_choice {
    AUCTREG_FEE_NONE = 0,          /**< Not chosen yet. */
    AUCTREG_FEE_REGISTRATION = 1,  /**< Do not join: pay the registration fee. */
    AUCTREG_FEE_MEMBERSHIP = 2,    /**< Join the auctioneers' branch: pay the membership fee. */
    AUCTREG_FEE_ALREADY_MEMBER = 3 /**< Already a member for the year: nothing to pay. */
} auctreg_fee_choice;

/** Role of the actor performing an operation (see DOMAIN.md "Roles"). */
typedef enum auctreg_role {
    AUCTREG_ROLE_APPLICANT = 0,  /**< An auctioneer; scope: own applications (by management number). */
    AUCTREG_ROLE_ENTERPRISE = 1, /**< Enterprise reviewer; scope: one enterprise. */
    AUCTREG_ROLE_PROVINCE = 2,   /**< Provincial reviewer; scope: enterprises of one province. */
    AUCTREG_ROLE_NATIONAL = 3,   /**< National reviewer; scope: everything. */
    AUCTREG_ROLE_ADMIN = 4,      /**< Administrator: master data, rules, payment confirmations. */
    AUCTREG_ROLE_SYSTEM = 5      /**< The library itself (automatic steps such as an exemption). */
} auctreg_role;

/** Which enumeration a code or display name belongs to (see auctreg_enum_code()). */
typedef enum auctreg_enum_kind {
    AUCTREG_ENUM_APP_TYPE = 0,      /**< #auctreg_app_type */
    AUCTREG_ENUM_APP_STATE = 1,     /**< #auctreg_app_state */
    AUCTREG_ENUM_LEVEL = 2,         /**< #auctreg_level */
    AUCTREG_ENUM_REVIEW_STATUS = 3, /**< #auctreg_review_status */
    AUCTREG_ENUM_PAY_STATUS = 4,    /**< #auctreg_pay_status */
    AUCTREG_ENUM_FEE_CHOICE = 5,    /**< #auctreg_fee_choice */
    AUCTREG_ENUM_ROLE = 6           /**< #auctreg_role */
} auctreg_enum_kind;

/**
 * @brief Stable code of an enum value, e.g. ("RENEWAL") for
 * (#AUCTREG_ENUM_APP_TYPE, #AUCTREG_TYPE_RENEWAL).
 * @return a static string, or NULL if the kind or value is unknown.
 */
AUCTREG_API const char *auctreg_enum_code(auctreg_enum_kind kind, int value);

/**
 * @brief Display name of an enum value, e.g. "拍卖师再注册" or "Re-registration".
 * @return a static string, or NULL if the kind or value is unknown.
 */
AUCTREG_API const char *auctreg_enum_label(auctreg_enum_kind kind, int value, auctreg_lang lang);

/**
 * @brief Value of an enum from its stable code (see auctreg_enum_code()).
 * @param kind the enumeration.
 * @param code the code, e.g. "MEMBER_EXEMPT" (case-sensitive).
 * @param out receives the value.
 * @return 0, or #AUCTREG_ENOTFOUND (reason `enum.unknown`) if no value has that code.
 */
AUCTREG_API int auctreg_enum_from_code(auctreg_enum_kind kind, const char *code, int *out);

AUCTREG_END_DECL

#endif /* AUCTREG_TYPES_H */
