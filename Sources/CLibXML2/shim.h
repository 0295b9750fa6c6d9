#include <libxml/xmlversion.h>
// libxml2's headers pull in system ICU, whose types clash with Foundation's copy.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
