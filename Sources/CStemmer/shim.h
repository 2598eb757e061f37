/* Snowball's stemmers, as Debian's libstemmer-dev ships them. */
#include <libstemmer.h>
