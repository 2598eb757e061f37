#include <gmime/gmime.h>

/* GMime's casts and type checks are C macros, which Swift does not import: these wrap them. */
static inline GMimeObject *hd_object(void *pointer) { return GMIME_OBJECT(pointer); }
static inline gboolean hd_is_part(GMimeObject *object) { return GMIME_IS_PART(object); }
static inline gboolean hd_is_text_part(GMimeObject *object) { return GMIME_IS_TEXT_PART(object); }
static inline gboolean hd_is_multipart(GMimeObject *object) { return GMIME_IS_MULTIPART(object); }
static inline GMimePart *hd_part(GMimeObject *object) { return GMIME_PART(object); }
static inline GMimeTextPart *hd_text_part(GMimeObject *object) { return GMIME_TEXT_PART(object); }
static inline GMimeMultipart *hd_multipart(GMimeObject *object) { return GMIME_MULTIPART(object); }
static inline GMimeStreamMem *hd_stream_mem(GMimeStream *stream) { return GMIME_STREAM_MEM(stream); }
static inline gboolean hd_is_mailbox(InternetAddress *address) { return INTERNET_ADDRESS_IS_MAILBOX(address); }
static inline InternetAddressMailbox *hd_mailbox(InternetAddress *address) { return INTERNET_ADDRESS_MAILBOX(address); }
static inline void hd_unref(void *object) { if (object) g_object_unref(object); }
