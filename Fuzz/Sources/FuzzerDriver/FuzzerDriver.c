// Only the declaration in include/FuzzerDriver.h matters; SwiftPM wants a source file in
// every C target.
#include "FuzzerDriver.h"
