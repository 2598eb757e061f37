/* Hunspell's C interface, as Debian's libhunspell-dev ships it. */
#include <hunspell/hunspell.h>
