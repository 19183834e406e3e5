#ifndef SIPDIAL_CLIBXML2_SHIM_H
#define SIPDIAL_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so encoding.h would include the system's ICU
 * headers, which clash with the ICU that Foundation bundles in any module that imports
 * both (the tests do). ICU only changes the layout of xmlCharEncodingHandler, which this
 * code never touches (it only passes pointers to it), so the headers are read without it. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* The commit the binary is built from: make passes -Xcc -DSIPDIAL_COMMIT="…". */
#ifndef SIPDIAL_COMMIT
#define SIPDIAL_COMMIT ""
#endif
static inline const char *sipdial_commit(void) { return SIPDIAL_COMMIT; }

/// The parser's current byte offset in the document it was given, or -1.
static inline long sipdial_input_offset(xmlParserCtxtPtr ctxt) {
    if (ctxt == NULL || ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->base == NULL) {
        return -1;
    }
    return (long)ctxt->input->consumed + (long)(ctxt->input->cur - ctxt->input->base);
}

/// Parse options: no network, no entity substitution, no DTD loading or defaulting,
/// no XInclude, no huge-document mode (libxml2's depth and text-size limits stay on),
/// and no printing of errors (they come through the structured error handler).
static inline int sipdial_parse_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
}

static inline int sipdial_node_is_element(xmlNodePtr node) {
    return node != NULL && node->type == XML_ELEMENT_NODE;
}

static inline int sipdial_nodeset_count(xmlXPathObjectPtr object) {
    if (object == NULL || object->type != XPATH_NODESET || object->nodesetval == NULL) return 0;
    return object->nodesetval->nodeNr;
}

static inline xmlNodePtr sipdial_nodeset_item(xmlXPathObjectPtr object, int index) {
    return object->nodesetval->nodeTab[index];
}

#endif
