/**
 * @file auctreg/xml.h
 * @brief XML interchange: one application as XML, the schema, and (with a
 * registry) import and export of master data, rules and applications.
 *
 * Every document is in the namespace #AUCTREG_XML_NAMESPACE and is checked
 * against the schema built into the library (the same text as the installed
 * `share/auctreg/auctreg.xsd`, see auctreg_xml_schema() and docs/xml.md).
 * Documents must be UTF-8.
 *
 * Every parser of this module is hardened the same way: no network access, no
 * DTD, no entity declarations or external entities (a document with a
 * DOCTYPE is refused before libxml2 parses it), at most
 * #AUCTREG_XML_MAX_DEPTH levels of elements, attribute values of at most
 * #AUCTREG_XML_MAX_ATTRIBUTE bytes, a size limit per kind of document, and
 * libxml2's own limits (10,000,000 bytes per text node) left in force. No
 * global libxml2 setting is changed: error handlers are per parser.
 *
 * Errors. A document that is malformed, unsafe or not valid against the
 * schema gives #AUCTREG_EXML with one of these reasons (the problems list
 * says where: every message starts with the line number, and the field is
 * the element or `element@attribute` concerned):
 * - `xml.syntax`: not well-formed XML (or empty);
 * - `xml.doctype`: a DOCTYPE declaration (DTDs and entities are refused);
 * - `xml.entity`: an entity reference other than the five predefined ones;
 * - `xml.encoding`: a document that is not UTF-8 (declaration, byte-order mark
 *   or NUL bytes before the root element);
 * - `xml.utf8`: bytes that are not valid UTF-8;
 * - `xml.depth`: elements nested more than #AUCTREG_XML_MAX_DEPTH deep;
 * - `xml.attribute`: an attribute value longer than #AUCTREG_XML_MAX_ATTRIBUTE bytes;
 * - `xml.size`: a document or text node over its size limit;
 * - `xml.namespace`: a root element outside #AUCTREG_XML_NAMESPACE;
 * - `xml.root`: a valid document of the wrong kind (e.g. a registry where an
 *   application is expected);
 * - `xml.schema`: not valid against the schema (every schema problem is listed);
 * - `xml.io`: the file cannot be read.
 *
 * A document that is valid against the schema but breaks the library's own
 * rules gives #AUCTREG_EINVAL with reason `xml.content`; each problem keeps the
 * reason of the rule (e.g. `field.range`, `text.too_long`,
 * `xml.document.mismatch`), a field path such as `practice[2].sessions`, and a
 * message that starts with the line number.
 *
 * Thread safety: every function may be called from several threads at once
 * on different objects.
 */
#ifndef AUCTREG_XML_H
#define AUCTREG_XML_H

#include "application.h"
#include "common.h"
#include "registry.h"

AUCTREG_BEGIN_DECL

/** Namespace of every libauctreg XML document. */
#define AUCTREG_XML_NAMESPACE "urn:auctreg:1"

/** Deepest element nesting accepted (the root element is level 0). */
#define AUCTREG_XML_MAX_DEPTH 32

/** Longest attribute value accepted, in bytes. */
#define AUCTREG_XML_MAX_ATTRIBUTE 8192

/** Largest single-application document accepted by auctreg_xml_application_read(), in bytes. */
#define AUCTREG_XML_APPLICATION_MAX (64u * 1024u * 1024u)

/** Flag for auctreg_xml_application_write(): leave out documents' content (metadata only). */
#define AUCTREG_XML_NO_CONTENT 0x1

/**
 * @brief The XML schema (XSD 1.0) built into the library.
 * @return a static NUL-terminated string (the text of share/auctreg/auctreg.xsd);
 *   never freed.
 */
AUCTREG_API const char *auctreg_xml_schema(void);

/**
 * @brief Serialise one application as an `<application>` document.
 *
 * Everything the object holds is written: the scalar fields (enums as their
 * stable codes, see auctreg_enum_code()), the personal data, the practice and
 * CE records, the documents' metadata and (unless #AUCTREG_XML_NO_CONTENT)
 * their content in base64, and the review of each level with its opinion.
 * The output is deterministic: the same application always gives the same
 * bytes, and auctreg_xml_application_read() of it gives an application that
 * writes the same bytes again.
 *
 * @param app the application (borrowed).
 * @param flags 0 or #AUCTREG_XML_NO_CONTENT.
 * @param out_xml receives the UTF-8 document (NUL-terminated); the caller
 *   frees it with auctreg_free(). Set to NULL on failure.
 * @return 0; #AUCTREG_EINVAL (reason `arg.null` for a NULL argument,
 *   `xml.flags` for an unknown flag, `xml.char` when a text holds U+FFFE or
 *   U+FFFF: valid UTF-8 that XML 1.0 cannot carry); #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_xml_application_write(const auctreg_application *app, int flags,
                                              char **out_xml);

/**
 * @brief Restore an application from an `<application>` document.
 *
 * The document passes the hardening checks and the schema first; then every
 * value goes through the application's own setters (the checks of
 * auctreg/application.h). With a document's content present, its size,
 * SHA-256 and media type must match the bytes. Business rules (validate.h,
 * workflow.h) are not applied: a draft may be incomplete.
 * The `<payments>` and `<audit>` elements of a registry export are accepted
 * and ignored (an application object does not hold them).
 *
 * @param xml the document (need not be NUL-terminated; borrowed).
 * @param len its length in bytes (at most #AUCTREG_XML_APPLICATION_MAX).
 * @param out receives the new application (caller frees it with
 *   auctreg_application_free()); NULL on failure.
 * @return 0; #AUCTREG_EXML (reasons in the file documentation, plus
 *   `xml.root` when the root is not `<application>`); #AUCTREG_EINVAL (reason
 *   `xml.content` with the field problems, or `arg.null`); #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_xml_application_read(const char *xml, size_t len,
                                             auctreg_application **out);

/**
 * @brief Check a document of any kind (application, registry, practice
 * record) against the hardening rules and the schema, without loading it.
 *
 * @param xml the document (borrowed); @param len its length in bytes.
 * @return 0 if valid; #AUCTREG_EXML (reasons in the file documentation);
 *   #AUCTREG_EINVAL (`arg.null`); #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_xml_validate(const char *xml, size_t len);

/* ================================================================== with a registry */

/** Version of #auctreg_xml_export_options this header describes. */
#define AUCTREG_XML_EXPORT_OPTIONS_VERSION 1

/** @name What auctreg_xml_export() writes (#auctreg_xml_export_options.what)
 * @{ */
#define AUCTREG_XML_EXPORT_MASTER 0x1u       /**< Enterprises and auctioneers (with their years). */
#define AUCTREG_XML_EXPORT_RULES 0x2u        /**< The stored per-year rules. */
#define AUCTREG_XML_EXPORT_APPLICATIONS 0x4u /**< Applications (with payments and audit trail). */
#define AUCTREG_XML_EXPORT_ALL 0x7u          /**< Everything (the default). */
/** @} */

/**
 * @brief Options of auctreg_xml_export(). Initialise with
 * auctreg_xml_export_options_init(); the filters apply to applications only
 * and combine with AND.
 */
typedef struct auctreg_xml_export_options {
    unsigned int version; /**< #AUCTREG_XML_EXPORT_OPTIONS_VERSION. */
    unsigned int what;    /**< OR of AUCTREG_XML_EXPORT_* (default #AUCTREG_XML_EXPORT_ALL). */
    int flags;            /**< 0 or #AUCTREG_XML_NO_CONTENT (documents' metadata only). */
    int year;             /**< Registration year; 0 = any. */
    int province;         /**< Province code (2 digits) of the application's enterprise; 0 = any. */
    int level;            /**< Waiting for review at this #auctreg_level (its review state); -1 = any. */
    int state;            /**< This #auctreg_app_state; 0 = any. */
} auctreg_xml_export_options;

/**
 * @brief Fill @p opts with the defaults (everything, no filter).
 * @param version #AUCTREG_XML_EXPORT_OPTIONS_VERSION.
 * @return 0, #AUCTREG_EINVAL (`arg.null`), #AUCTREG_EVERSION (`options.version`).
 */
AUCTREG_API int auctreg_xml_export_options_init(auctreg_xml_export_options *opts, unsigned int version);

/**
 * @brief Export a `<registry>` document: enterprises and auctioneers (with
 * their personal data, registration years and membership years), the stored
 * rules of every year, and the selected applications with everything they
 * carry (documents with content unless #AUCTREG_XML_NO_CONTENT, reviews,
 * payment orders, refused payment attempts and the audit trail).
 *
 * The output is deterministic (records ordered by key, see docs/xml.md):
 * exporting everything, importing it into an empty registry and exporting
 * again gives the same bytes. It is read in one read transaction (a
 * consistent snapshot).
 *
 * Scope: administrators, the system and the national level may export
 * everything; a provincial reviewer (actor id = province code) and an
 * enterprise reviewer (actor id = USCC) only applications in their scope
 * (`what` must be #AUCTREG_XML_EXPORT_APPLICATIONS); applicants nothing.
 * @param opts options, or NULL for everything.
 * @param out_xml receives the document (caller frees with auctreg_free()); NULL on failure.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `options.range`, `xml.char` as in
 *   auctreg_xml_application_write()); #AUCTREG_EVERSION;
 *   #AUCTREG_EDENIED (`registry.role.denied`, `workflow.scope.denied`);
 *   #AUCTREG_ESTORAGE; #AUCTREG_EBUSY; #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_xml_export(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                   const auctreg_xml_export_options *opts, char **out_xml);

/**
 * @brief As auctreg_xml_export(), written to a file as it is produced
 * (memory stays small whatever the size of the registry).
 * @param path the file to create or replace. The document is written to a
 *   temporary file beside it (mode 0600: it holds personal data) and renamed
 *   over @p path only on success, so a refused or failed export leaves an
 *   existing file untouched and no partial file behind.
 * @return as auctreg_xml_export(), plus #AUCTREG_ERROR (`xml.io`) when the
 *   file cannot be written.
 */
AUCTREG_API int auctreg_xml_export_file(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                        const auctreg_xml_export_options *opts, const char *path);

/**
 * @brief Import a `<registry>` document (administrator or system).
 *
 * The document is read as a stream (memory is bounded by the largest record,
 * not the document). Each record passes the hardening checks and the schema,
 * then the library's own rules: master data and rules go through the
 * registry's operations (auctreg_registry_put_enterprise(),
 * auctreg_registry_put_auctioneer(), auctreg_registry_import_registration_year(),
 * auctreg_registry_add_membership_year(), auctreg_registry_set_rules()), which
 * validate them; applications through the application container's checks,
 * plus: they must carry an id, a type, a state, and name an existing
 * auctioneer and enterprise. Existing master data and rules are updated;
 * an application id that exists already is a duplicate.
 *
 * All or nothing: everything runs in one transaction; with any problem
 * nothing is imported, and every problem found is reported (up to 100) with
 * its line, a field path such as `auctioneers[3].person.id_number` and the
 * rule's reason.
 * @param xml the document (borrowed); @param len its length in bytes.
 * @param records receives the number of records imported (may be NULL).
 * @return 0; #AUCTREG_EXML (see the file documentation; `xml.root` unless the
 *   root is `<registry>`); #AUCTREG_EINVAL (`xml.content` with every problem,
 *   `arg.null`); #AUCTREG_EDENIED (`registry.role.denied`); #AUCTREG_ESTORAGE;
 *   #AUCTREG_EBUSY; #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_xml_import(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                   const char *xml, size_t len, size_t *records);

/**
 * @brief As auctreg_xml_import(), reading a file as a stream.
 * @return as auctreg_xml_import(), plus #AUCTREG_ENOTFOUND (`xml.io`) when
 *   the file cannot be opened and #AUCTREG_EXML (`xml.io`) when it cannot be read.
 */
AUCTREG_API int auctreg_xml_import_file(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                        const char *path, size_t *records);

/**
 * @brief Progress report of a long import or export (see
 * auctreg_xml_import_file_progress() and auctreg_xml_export_file_progress()).
 *
 * Called on the caller's thread, from inside the library call, never after it
 * returns; the callback must not use the registry it was called for.
 * @param ctx the pointer given with the callback (the library never reads it).
 * @param done import: bytes of the file read so far; export: records written so far.
 * @param total import: the size of the file when it was opened; export: the
 *   number of records to write (counted at the start, in the export's
 *   snapshot). @p done never exceeds @p total.
 * @param records records imported or written so far.
 * @return 0 to go on; any other value cancels: the call undoes everything
 *   (the import rolls back, the export removes its file) and returns
 *   #AUCTREG_ERROR with reason `xml.cancelled`.
 */
typedef int (*auctreg_xml_progress_fn)(void *ctx, uint64_t done, uint64_t total, uint64_t records);

/**
 * @brief As auctreg_xml_export_file(), reporting progress to @p fn.
 *
 * @p fn is called after every 64 records or 64 KiB written (whichever comes
 * first), and once more at the end with done == total, before the file is
 * closed (a cancel then still removes it); a failing export makes no final
 * report. With @p fn NULL this is auctreg_xml_export_file().
 * @param fn the progress callback, or NULL; @param ctx passed to @p fn (borrowed).
 * @return as auctreg_xml_export_file(), plus #AUCTREG_ERROR (`xml.cancelled`)
 *   when @p fn cancels (the partial file is removed).
 */
AUCTREG_API int auctreg_xml_export_file_progress(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                 const auctreg_xml_export_options *opts, const char *path,
                                                 auctreg_xml_progress_fn fn, void *ctx);

/**
 * @brief As auctreg_xml_import_file(), reporting progress to @p fn.
 *
 * @p fn is called after a record when at least 64 KiB more of the file have
 * been read since the last call, and once more with done == total when the
 * whole document has been read and checked, before the transaction commits
 * (a cancel then still rolls everything back); a failing import makes no
 * final report. With @p fn NULL this is auctreg_xml_import_file().
 * @param fn the progress callback, or NULL; @param ctx passed to @p fn (borrowed).
 * @return as auctreg_xml_import_file(), plus #AUCTREG_ERROR (`xml.cancelled`)
 *   when @p fn cancels (nothing is imported; @p records is 0).
 */
AUCTREG_API int auctreg_xml_import_file_progress(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                 const char *path, size_t *records,
                                                 auctreg_xml_progress_fn fn, void *ctx);

/**
 * @brief One auctioneer's practice record print-out (打印执业记录) as a
 * `<practice_record>` document: identity (coded fields with their Chinese
 * names), enterprise, and each registration year, newest first, with its
 * outcome, type, payment status, membership, practice and CE records. Render
 * it with `share/auctreg/practice-record.xsl` (docs/xml.md).
 *
 * Who may print: the auctioneer (applicant whose actor id is @p mgmt_no);
 * administrators, the system and the national level; enterprise and
 * provincial reviewers when every application of the auctioneer is in their
 * scope and there is at least one.
 * @param out_xml receives the document (caller frees with auctreg_free()); NULL on failure.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `xml.char`); #AUCTREG_ENOTFOUND
 *   (`auctioneer.not_found`); #AUCTREG_EDENIED (`workflow.scope.denied`);
 *   #AUCTREG_ESTORAGE; #AUCTREG_EBUSY; #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_xml_practice_record(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                            const char *mgmt_no, char **out_xml);

AUCTREG_END_DECL

#endif /* AUCTREG_XML_H */
