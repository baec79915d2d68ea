/* Internal: what the xml module's registry files share (import, export). */
#ifndef AUCTREG_XML_REGISTRY_H
#define AUCTREG_XML_REGISTRY_H

#include "registry/registry_internal.h"
#include "xml/xml_internal.h"

/* Prepare one of the module's own (parameterised) statements on the registry's
 * connection; the caller finalises it. Returns 0 or the mapped store error. */
int auctreg__xml_prepare(auctreg_registry *r, const char *sql, sqlite3_stmt **st);

#endif
