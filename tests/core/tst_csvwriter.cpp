#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void bomDelimiterAndLineEnds()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow(QStringList{u"Navn"_s, u"By"_s});
        writer.writeRow(QStringList{u"Kari"_s, u"Bodø"_s});
        QVERIFY(writer.finish().ok());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFNavn;By\r\nKari;Bod\xC3\xB8\r\n"));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"Kari"_s << u"Kari"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("delimiter") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("comma needs no quotes") << u"a, b"_s << u"a, b"_s;
        QTest::newRow("quote") << u"5\" nail"_s << u"\"5\"\" nail\""_s;
        QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("leading space") << u" a"_s << u"\" a\""_s;
        QTest::newRow("trailing space") << u"a "_s << u"\"a \""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus formula") << u"+SUM(A1)"_s << u"'+SUM(A1)"_s;
        QTest::newRow("minus formula") << u"-2+cmd|' /C calc'!A0"_s << u"'-2+cmd|' /C calc'!A0"_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
        QTest::newRow("tab start") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return start") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("plus sum") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("minus sum") << u"-2+3"_s << u"'-2+3"_s;
        // text from a register is guarded even when it looks like a number: only typed values are left bare
        QTest::newRow("phone number as text") << u"+47 912 34 567"_s << u"'+47 912 34 567"_s;
        QTest::newRow("negative number as text") << u"-12,5"_s << u"'-12,5"_s;
        QTest::newRow("apostrophe elsewhere") << u"O'Brien"_s << u"O'Brien"_s;
    }

    void escape()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escape(field), written);
    }

    void typedValuesAreNotGuarded()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Options{QLatin1Char(';'), false, true});
        writer.writeRow(QVariantList{-5, 37.5, QDate(2026, 8, 17), true, u"-x"_s});
        QVERIFY(writer.finish().ok());
        QCOMPARE(buffer.data(), QByteArray("-5;37,5;2026-08-17;ja;'-x\r\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("names") << QList<QStringList>{{u"Fornavn"_s, u"Etternavn"_s}, {u"Åse"_s, u"Ødegård"_s}};
        QTest::newRow("tricky") << QList<QStringList>{
            {u"a"_s, u"b"_s, u"c"_s},
            {u"x;y"_s, u"multi\nline; with \"quotes\""_s, u""_s},
            {u" padded "_s, u"\""_s, u"æøå ÆØÅ € –"_s},
            {u"=1+2"_s, u"@home"_s, u"+47 22 00 00 00"_s},
        };
        QTest::newRow("single column") << QList<QStringList>{{u"Navn"_s}, {u"Kari"_s}, {u"a;b"_s}};
    }

    void roundTrip()
    {
        QFETCH(QList<QStringList>, rows);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &r : rows)
            writer.writeRow(r);
        QVERIFY(writer.finish().ok());

        auto table = CsvReader::read(buffer.data());
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        QCOMPARE(table->encoding, CsvEncoding::Utf8WithBom);
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->records.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QStringList back;
            for (const QString &f : table->records.at(i).fields)
                back << CsvWriter::unguard(f);
            QCOMPARE(back, rows.at(i));
        }
    }

    // Python's csv module reads the file as a spreadsheet would get it: no text field may start with a formula
    // character, while the program's own numbers stay plain numbers.
    void guardSeenByPython()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"guard.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            CsvWriter writer(&f);
            writer.writeRow(QVariantList{u"+1+1"_s, u"-2+3"_s, u"=1"_s, u"@a"_s, u"\tx"_s, u"\rx"_s,
                                         u"+47 22 00 00 00"_s, -5, 37.5, -0.25});
            QVERIFY(writer.finish().ok());
        }
        QProcess p;
        p.start(u"/usr/bin/python3"_s, {u"-c"_s, uR"(import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
print(json.dumps(rows[0]))
)"_s,
                                        path});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray fields = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(fields.size(), 10);
        const QStringList texts{u"+1+1"_s, u"-2+3"_s, u"=1"_s, u"@a"_s, u"\tx"_s, u"\rx"_s, u"+47 22 00 00 00"_s};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(fields.at(i).toString(), u"'"_s + texts.at(i));
        QCOMPARE(fields.at(7).toString(), u"-5"_s);
        QCOMPARE(fields.at(8).toString(), u"37,5"_s);
        QCOMPARE(fields.at(9).toString(), u"-0,25"_s);
    }

    void failedDeviceIsReported()
    {
        QBuffer buffer; // not opened: every write fails
        CsvWriter writer(&buffer);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        writer.writeRow(QStringList{u"a"_s});
        auto r = writer.finish();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
