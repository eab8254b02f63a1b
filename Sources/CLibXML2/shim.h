#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 headers pull in the system ICU, whose types clash with the ICU
// that Foundation carries ('UErrorCode' has different definitions). NewsGraph never
// uses libxml2's ICU encoders, so switch them off before the other headers.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/xmlIO.h>

// In Swift 6 mode xmlFree is a global function-pointer variable Swift will not touch.
static inline void newsgraph_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
