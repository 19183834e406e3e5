#ifndef SIPDIAL_CYAML_SHIM_H
#define SIPDIAL_CYAML_SHIM_H
#include <yaml.h>
#endif
