#include "io/CsvWriter.h"

#include <QDate>

namespace praksis {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{}

QString CsvWriter::guard(const QString &text)
{
    if (text.isEmpty() || !isFormulaStart(text.front()))
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvWriter::unguard(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' && isFormulaStart(text[1]))
        return text.mid(1);
    return text;
}

QString CsvWriter::escape(const QString &field, QChar delimiter, bool guardFormula)
{
    const QString text = guardFormula ? guard(field) : field;
    const bool needsQuotes = text.contains(delimiter) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeText(const QString &text)
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark && m_device->write("\xEF\xBB\xBF", 3) != 3)
            m_failed = true;
    }
    const QByteArray bytes = text.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_failed = true;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += escape(fields[i], m_options.delimiter, m_options.guardFormulas);
    }
    line += QStringLiteral("\r\n");
    writeText(line);
}

void CsvWriter::writeRow(const QVariantList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        const QVariant &v = values[i];
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            line += v.toString();
            break;
        case QMetaType::Double:
        case QMetaType::Float: {
            // Norwegian spreadsheets read a decimal comma when fields are separated by ';'
            QString number = QString::number(v.toDouble(), 'g', 15);
            if (m_options.delimiter != QLatin1Char(','))
                number.replace(QLatin1Char('.'), QLatin1Char(','));
            line += number;
            break;
        }
        case QMetaType::QDate:
            line += v.toDate().toString(Qt::ISODate);
            break;
        case QMetaType::Bool:
            line += v.toBool() ? QStringLiteral("ja") : QStringLiteral("nei");
            break;
        default:
            line += escape(v.toString(), m_options.delimiter, m_options.guardFormulas);
        }
    }
    line += QStringLiteral("\r\n");
    writeText(line);
}

Result<void> CsvWriter::finish()
{
    if (!m_started)
        writeText({});
    if (m_failed)
        return Error::make(Error::Kind::Io, tr("Could not write the CSV file: %1").arg(m_device->errorString()));
    return {};
}

} // namespace praksis
