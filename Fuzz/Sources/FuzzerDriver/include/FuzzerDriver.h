#ifndef CLAIMDESK_FUZZER_DRIVER_H
#define CLAIMDESK_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that bring their own `main` (LLVM 11 and later):
/// it parses the libFuzzer flags in argv and runs `callback` on every input. Declared here
/// because Swift can only call a C function through a header; the definition comes from
/// libclang_rt.fuzzer, which `-sanitize=fuzzer` links.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
