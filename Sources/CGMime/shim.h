#include <gmime/gmime.h>

/* GMime's casts and type checks are C macros, which Swift does not import: these wrap them. */
static inline GMimeObject *_Nonnull hd_object(void *_Nonnull pointer) { return GMIME_OBJECT(pointer); }
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

/* GLib aborts when memory runs out rather than return NULL, so GMime's constructors always give
   an object: these say so to Swift. */
static inline GMimeMessage *_Nonnull hd_message_new(void) { return g_mime_message_new(TRUE); }
static inline GMimeMultipart *_Nonnull hd_multipart_new(const char *_Nonnull subtype) {
    return g_mime_multipart_new_with_subtype(subtype);
}
static inline GMimeTextPart *_Nonnull hd_text_part_new(const char *_Nonnull subtype) {
    return g_mime_text_part_new_with_subtype(subtype);
}
static inline GMimeStream *_Nonnull hd_stream_mem_new(void) { return g_mime_stream_mem_new(); }
