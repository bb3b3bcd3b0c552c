#include "io/JsonArrayWriter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace praksis {

namespace {

constexpr qsizetype flushSize = 64 * 1024;

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

JsonArrayWriter::JsonArrayWriter(QIODevice &device, const QList<QString> &keys)
    : m_device(device)
{
    // QJsonObject keeps its keys sorted; so does its serialisation
    QList<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys.at(a) < keys.at(b); });
    m_slot.resize(keys.size());
    for (int position = 0; position < int(order.size()); ++position) {
        m_slot[order.at(position)] = position;
        QByteArray key("        \"");
        appendEscaped(key, keys.at(order.at(position)));
        key += "\": ";
        m_keys << key;
    }
    m_values.resize(keys.size());
    for (QByteArray &v : m_values)
        v = "null";
    m_buffer.reserve(flushSize + 4096);
    m_buffer += "[\n";
}

void JsonArrayWriter::appendEscaped(QByteArray &out, QStringView text)
{
    // as QJsonDocument: ", \ and control characters escaped, everything else UTF-8, a lone surrogate as \uXXXX
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6); // the most one UTF-16 unit can take (\u001f)
    char *d = out.data() + start;
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    const auto unicodeEscape = [&d](char16_t u) {
        *d++ = '\\';
        *d++ = 'u';
        *d++ = hexDigit((u >> 12) & 0xf);
        *d++ = hexDigit((u >> 8) & 0xf);
        *d++ = hexDigit((u >> 4) & 0xf);
        *d++ = hexDigit(u & 0xf);
    };
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *d++ = char(u);
                continue;
            }
            switch (u) {
            case u'"':
                *d++ = '\\';
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                *d++ = '\\';
                break;
            case u'\b':
                *d++ = '\\';
                *d++ = 'b';
                break;
            case u'\f':
                *d++ = '\\';
                *d++ = 'f';
                break;
            case u'\n':
                *d++ = '\\';
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = '\\';
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = '\\';
                *d++ = 't';
                break;
            default:
                unicodeEscape(u);
                break;
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            unicodeEscape(u);
        } else {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        }
    }
    out.resize(d - out.constData());
}

bool JsonArrayWriter::appendEscapedUtf8(QByteArray &out, const char *text, qsizetype size)
{
    // Valid UTF-8 passes through as it is (what QJsonDocument writes after decoding it); anything else is
    // left to the caller, which decodes it first.
    const qsizetype start = out.size();
    out.resize(start + size * 6);
    char *d = out.data() + start;
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    const auto *end = p + size;
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x80) {
            // a whole multi-byte sequence: no overlong forms, no surrogates, nothing above U+10FFFF
            qsizetype n = 0;
            if (c >= 0xc2 && c <= 0xdf)
                n = 2;
            else if (c >= 0xe0 && c <= 0xef)
                n = 3;
            else if (c >= 0xf0 && c <= 0xf4)
                n = 4;
            if (n == 0 || end - p < n) {
                out.resize(start);
                return false;
            }
            for (qsizetype k = 1; k < n; ++k)
                if ((p[k] & 0xc0) != 0x80) {
                    out.resize(start);
                    return false;
                }
            if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0) || (c == 0xf0 && p[1] < 0x90) ||
                (c == 0xf4 && p[1] >= 0x90)) {
                out.resize(start);
                return false;
            }
            for (qsizetype k = 0; k < n; ++k)
                *d++ = char(p[k]);
            p += n;
            continue;
        }
        ++p;
        if (c >= 0x20 && c != '"' && c != '\\') {
            *d++ = char(c);
            continue;
        }
        *d++ = '\\';
        switch (c) {
        case '"':
            *d++ = '"';
            break;
        case '\\':
            *d++ = '\\';
            break;
        case '\b':
            *d++ = 'b';
            break;
        case '\f':
            *d++ = 'f';
            break;
        case '\n':
            *d++ = 'n';
            break;
        case '\r':
            *d++ = 'r';
            break;
        case '\t':
            *d++ = 't';
            break;
        default:
            *d++ = 'u';
            *d++ = '0';
            *d++ = '0';
            *d++ = hexDigit(c >> 4);
            *d++ = hexDigit(c & 0xf);
            break;
        }
    }
    out.resize(d - out.constData());
    return true;
}

bool JsonArrayWriter::setTextUtf8(int column, const char *text, qsizetype size)
{
    QByteArray &v = m_values[m_slot.at(column)];
    v.resize(0);
    v += '"';
    if (!appendEscapedUtf8(v, text, size))
        return false;
    v += '"';
    return true;
}

void JsonArrayWriter::setNull(int column)
{
    m_values[m_slot.at(column)] = "null";
}

void JsonArrayWriter::setInteger(int column, qint64 value)
{
    QByteArray &v = m_values[m_slot.at(column)];
    v.setNum(value);
}

void JsonArrayWriter::setReal(int column, double value)
{
    QByteArray &v = m_values[m_slot.at(column)];
    if (std::isfinite(value))
        v = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        v = "null";
}

void JsonArrayWriter::setBool(int column, bool value)
{
    m_values[m_slot.at(column)] = value ? "true" : "false";
}

void JsonArrayWriter::setText(int column, QStringView value)
{
    QByteArray &v = m_values[m_slot.at(column)];
    v.resize(0);
    v += '"';
    appendEscaped(v, value);
    v += '"';
}

bool JsonArrayWriter::endObject()
{
    // one resize and plain copies: this runs once per row of a long listing
    qsizetype size = 8 + 6; // ",\n" "    {\n" … "    }"
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        size += m_keys.at(i).size() + m_values.at(i).size() + 2;
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + size);
    char *d = m_buffer.data() + start;
    const auto put = [&d](const char *text, qsizetype n) {
        memcpy(d, text, size_t(n));
        d += n;
    };
    if (m_objects++ > 0)
        put(",\n", 2);
    put("    {\n", 6);
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        put(m_keys.at(i).constData(), m_keys.at(i).size());
        put(m_values.at(i).constData(), m_values.at(i).size());
        put(i + 1 < m_keys.size() ? ",\n" : "\n", i + 1 < m_keys.size() ? 2 : 1);
    }
    put("    }", 5);
    m_buffer.resize(d - m_buffer.constData());
    return flush(false);
}

bool JsonArrayWriter::finish()
{
    m_buffer += m_objects > 0 ? "\n]\n" : "]\n";
    return flush(true);
}

bool JsonArrayWriter::flush(bool always)
{
    if (m_failed)
        return false;
    if (m_buffer.size() < flushSize && !always)
        return true;
    if (m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0);
    return !m_failed;
}

} // namespace praksis
