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
 * - `xml.encoding`: a document that is not UTF-8 (declaration or byte-order mark);
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
 *   `xml.flags` for an unknown flag); #AUCTREG_ENOMEM.
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

AUCTREG_END_DECL

#endif /* AUCTREG_XML_H */
