/* libical's C interface, as Debian's libical-dev ships it: iCalendar (RFC 5545) and iTIP (RFC 5546) read. */
#include <libical/ical.h>
