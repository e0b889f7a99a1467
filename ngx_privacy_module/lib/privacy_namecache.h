/*
 * privacy_namecache.h: a small direct-mapped memo of name -> 32-bit value.
 *
 * Classifying a cookie name walks the consent cookie names, privacy_exempt
 * and the rule hashes and regexes, several hundred instructions; the same
 * few names come back on every response.  The result depends only on the
 * configuration, so a location keeps the last results here: one hash over
 * the name, one compare.  Names longer than PRIVACY_NAMECACHE_NAME bytes,
 * and empty ones, are never cached.  A miss costs the hash; a colliding
 * name simply replaces the slot.  No allocation, no nginx.
 */

#ifndef PRIVACY_NAMECACHE_H
#define PRIVACY_NAMECACHE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PRIVACY_NAMECACHE_SLOTS  64         /* a power of two */
#define PRIVACY_NAMECACHE_NAME   27

typedef struct {
    uint32_t       value;
    unsigned char  len;                     /* 0: empty */
    unsigned char  name[PRIVACY_NAMECACHE_NAME];
} privacy_namecache_slot_t;

typedef struct {
    privacy_namecache_slot_t  slot[PRIVACY_NAMECACHE_SLOTS];
} privacy_namecache_t;


/* FNV-1a, folded to a slot */
static inline privacy_namecache_slot_t *
privacy_namecache_slot(privacy_namecache_t *c, const unsigned char *name,
    size_t len)
{
    size_t    i;
    uint32_t  h;

    h = 2166136261u;

    for (i = 0; i < len; i++) {
        h = (h ^ name[i]) * 16777619u;
    }

    return &c->slot[(h ^ (h >> 16)) & (PRIVACY_NAMECACHE_SLOTS - 1)];
}


/* 1 and *value when the name is cached */
static inline int
privacy_namecache_get(privacy_namecache_t *c, const unsigned char *name,
    size_t len, uint32_t *value)
{
    privacy_namecache_slot_t  *s;

    if (len == 0 || len > PRIVACY_NAMECACHE_NAME) {
        return 0;
    }

    s = privacy_namecache_slot(c, name, len);

    if (s->len != len || memcmp(s->name, name, len) != 0) {
        return 0;
    }

    *value = s->value;

    return 1;
}


static inline void
privacy_namecache_put(privacy_namecache_t *c, const unsigned char *name,
    size_t len, uint32_t value)
{
    privacy_namecache_slot_t  *s;

    if (len == 0 || len > PRIVACY_NAMECACHE_NAME) {
        return;
    }

    s = privacy_namecache_slot(c, name, len);

    s->len = (unsigned char) len;
    memcpy(s->name, name, len);
    s->value = value;
}

#endif /* PRIVACY_NAMECACHE_H */
