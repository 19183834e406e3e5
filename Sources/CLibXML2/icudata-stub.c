/* An empty ICU data package, linked into the release binary in place of libicudata (31 MB
 * of conversion tables). Debian's static libxml2 needs ICU only to convert from encodings
 * other than UTF-8, and sipdial-lint refuses those itself (xml-encoding) before libxml2
 * reads a document; were a converter ever opened, ICU would find no data and fail, not
 * crash. make compiles this with -DICUDATA_SYMBOL=icudtNN_dat for the ICU version found. */
const unsigned char ICUDATA_SYMBOL[32] = {0};
