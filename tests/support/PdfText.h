#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace praksis::test {

// The text of a PDF as pdftotext (poppler-utils) extracts it in content order (-raw); pages are separated by a
// form feed. An empty string when pdftotext failed.
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The pages of pdfText(), each with its whitespace simplified (so wrapped lines read as one).
inline QStringList pdfPages(const QString &path)
{
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

} // namespace praksis::test
