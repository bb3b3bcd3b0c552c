#include "PdfText.h"
#include "documents/ReportPdf.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

using Type = ReportColumn::Type;

// rows "Row 001", "Row 002", … with a site, a status that varies and a programme that does not
ReportTable table(int rows, const QString &site = u"Solbakken"_s)
{
    ReportTable t;
    t.title = u"School report"_s;
    t.subtitle = u"Test"_s;
    t.language = u"en"_s;
    t.columns = {{u"Student"_s, Type::Text},
                 {u"Programme"_s, Type::Text},
                 {u"Site"_s, Type::Text},
                 {u"Status"_s, Type::Text},
                 {u"Weeks"_s, Type::Integer}};
    for (int i = 1; i <= rows; ++i)
        t.rows << QVariantList{u"Row %1"_s.arg(i, 3, 10, QLatin1Char('0')), u"Sykepleie"_s, site,
                               i % 2 ? u"Planned"_s : u"Confirmed"_s, i};
    t.totals = QVariantList{u"Total"_s, QVariant(), QVariant(), QVariant(), rows};
    return t;
}

// the rows on each page, as pdftotext reads them
QList<int> rowsPerPage(const QString &path)
{
    QList<int> out;
    static const QRegularExpression row(u"Row \\d{3}"_s);
    for (const QString &page : test::pdfPages(path))
        out << int(page.count(row));
    return out;
}

} // namespace

// The report PDF read back by pdftotext (poppler): searchable names, nothing cut, no lonely last row.
class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const ReportTable &t, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto r = ReportPdf::write(t, path, {u"Testkommune"_s, QDate(2027, 1, 2), {}});
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return path;
    }

private slots:
    void noLigatures()
    {
        ReportTable t = table(3);
        t.rows[0][0] = u"Sofie Kristoffersen"_s;
        t.rows[1][0] = u"Effie Waffle"_s;
        const QString text = test::pdfText(write(t, u"ligatures.pdf"_s));
        QVERIFY2(text.contains(u"Sofie Kristoffersen"_s), qPrintable(text));
        QVERIFY(text.contains(u"Effie Waffle"_s));
        for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
            QVERIFY(!text.contains(QChar(ligature)));
    }

    // a column with one value in every row is named once in the heading, not repeated in every row
    void constantColumnInHeading()
    {
        const QString all = test::pdfPages(write(table(12), u"constant.pdf"_s)).join(u' ');
        QVERIFY2(all.contains(u"Programme: Sykepleie"_s), qPrintable(all.left(300)));
        QCOMPARE(all.count(u"Sykepleie"_s), 1);
        QCOMPARE(all.count(u"Planned"_s), 6); // a column that varies stays
    }

    // long names wrap in their column: every word is there, nothing is shortened with "…"
    void longNamesWrapped()
    {
        const QString site = u"Hjemmesykepleien i Åsgård og omegn, distrikt nord, avdeling for korttidsopphold og "
                             u"rehabilitering etter sykehusopphold"_s;
        ReportTable t = table(6, site);
        for (int i = 0; i < t.rows.size(); ++i) // different sites, so the column stays
            t.rows[i][2] = QString(site + u" "_s + QString::number(i));
        const QString all = test::pdfPages(write(t, u"wrapped.pdf"_s)).join(u' ');
        QVERIFY(!all.contains(QChar(0x2026)));
        for (const QString &word : site.split(u' '))
            QCOMPARE(all.count(word.chopped(word.endsWith(u',') ? 1 : 0)) >= 6, true);
    }

    // The last page never holds a single row: with one row more than the first page holds, the last page gets
    // at least four.
    void lastPageKeepsRowsTogether()
    {
        const QList<int> full = rowsPerPage(write(table(200), u"full.pdf"_s));
        QVERIFY(full.size() >= 3);
        int onFirst = full.first();
        QVERIFY(onFirst > 10);
        // the most rows that fit on one page together with the totals row
        for (int rows = onFirst - 2; rows <= onFirst + 2; ++rows) {
            const QList<int> pages = rowsPerPage(write(table(rows), u"rows-%1.pdf"_s.arg(rows)));
            int sum = 0;
            for (int n : pages)
                sum += n;
            QCOMPARE(sum, rows); // every row once
            if (pages.size() > 1)
                QVERIFY2(pages.last() >= 4, qPrintable(u"%1 rows: %2 on the last page"_s.arg(rows).arg(pages.last())));
        }
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
