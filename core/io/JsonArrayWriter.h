#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringView>

namespace praksis {

// Writes a JSON array of objects one object at a time, byte for byte as QJsonDocument::toJson(Indented) would
// write the whole array (keys sorted, four spaces of indentation, the same escapes and numbers), so that a
// listing of 50,000 rows never holds them all in memory. Every object has the same keys; set each value of an
// object, then endObject().
class JsonArrayWriter
{
public:
    // keys: the objects' keys, in the order of the column numbers used below.
    JsonArrayWriter(QIODevice &device, const QList<QString> &keys);

    void setNull(int column);
    void setInteger(int column, qint64 value);
    void setReal(int column, double value);
    void setBool(int column, bool value);
    void setText(int column, QStringView value);
    // Text given as UTF-8; false (and nothing set) when it is not valid UTF-8.
    bool setTextUtf8(int column, const char *text, qsizetype size);

    // Writes the object of the values set; false when the device failed.
    bool endObject();
    // Closes the array; false when the device failed.
    bool finish();

    static void appendEscaped(QByteArray &out, QStringView text);
    static bool appendEscapedUtf8(QByteArray &out, const char *text, qsizetype size);

private:
    bool flush(bool always);

    QIODevice &m_device;
    QList<QByteArray> m_keys;   // "        \"key\": ", in sorted order
    QList<int> m_slot;          // column -> position in sorted order
    QList<QByteArray> m_values; // by sorted position
    QByteArray m_buffer;
    qint64 m_objects = 0;
    bool m_failed = false;
};

} // namespace praksis
