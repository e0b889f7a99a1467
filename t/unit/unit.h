/*
 * Minimal unit-test helpers for the nginx-free code in ngx_privacy_module/lib.
 * Each t/unit/test_*.c is one program: it calls the checks below and ends
 * with `return unit_summary("name");`, which prints the plain closing line
 * "name: N passed, N failed" and returns non-zero when anything failed.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

static unsigned  unit_passed;
static unsigned  unit_failed;

#define UNIT_CHECK(cond, ...)                                                 \
    do {                                                                      \
        if (cond) {                                                           \
            unit_passed++;                                                    \
        } else {                                                              \
            unit_failed++;                                                    \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);   \
            fprintf(stderr, __VA_ARGS__);                                     \
            fputc('\n', stderr);                                              \
        }                                                                     \
    } while (0)

/* compare a (pointer, length) pair with a C string */
#define UNIT_CHECK_MEM(p, n, s, ...)                                          \
    UNIT_CHECK((n) == strlen(s) && memcmp((p), (s), (n)) == 0, __VA_ARGS__)

static int
unit_summary(const char *name)
{
    printf("%s: %u passed, %u failed\n", name, unit_passed, unit_failed);
    return unit_failed != 0;
}

#endif
