/* cracklib's C interface, as Debian's libcrack2-dev ships it: the password check and the packed
   dictionary's look-up. The dictionary's structure is declared for cracklib's own use only
   (IN_CRACKLIB); the installed header describes the installed library. */
#include <stddef.h>
#include <stdint.h>
#include <crack.h>
#define IN_CRACKLIB 1
#define HAVE_STDINT_H 1
#include <packer.h>

/* Whether the packed dictionary holds the word exactly (FindPW answers the word count when not). */
static inline int helpdesk_crack_holds(PWDICT *dictionary, const char *word) {
    return FindPW(dictionary, (char *)word) != PW_WORDS(dictionary);
}
