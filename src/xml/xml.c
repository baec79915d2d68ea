/* Module entry points that concern every kind of document. */
#include "auctreg/xml.h"
#include "xml/xml_internal.h"

const char *auctreg_xml_schema(void) { return auctreg__xsd; }

int auctreg_xml_validate(const char *xml, size_t len)
{
    if (!xml && len)
        return auctreg__null_arg("auctreg_xml_validate", "xml");
    auctreg__xr x;
    int rc = auctreg__xr_open_memory(&x, xml, len, 0);
    if (rc)
        return rc;
    (void)auctreg__xml_walk(&x, NULL, NULL, NULL);
    rc = auctreg__xr_finish(&x);
    auctreg__xr_close(&x);
    return rc;
}
