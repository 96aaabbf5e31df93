#ifndef DOCSTRUCT_CQPDF_SHIM_H
#define DOCSTRUCT_CQPDF_SHIM_H
#include <qpdf/qpdf-c.h>
#endif
