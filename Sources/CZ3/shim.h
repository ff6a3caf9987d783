#ifndef LIONK_CZ3_SHIM_H
#define LIONK_CZ3_SHIM_H
#include <z3.h>
#endif
