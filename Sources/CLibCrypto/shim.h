#ifndef DOCSTRUCT_CLIBCRYPTO_SHIM_H
#define DOCSTRUCT_CLIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
