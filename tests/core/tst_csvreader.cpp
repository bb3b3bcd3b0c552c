#include "TestSupport.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace praksis;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

QByteArray windows1252(const QString &s)
{
    QByteArray out;
    for (const QChar c : s) {
        Q_ASSERT(c.unicode() < 0x100); // Latin-1 part only, enough for ÆØÅ
        out += char(c.unicode());
    }
    return out;
}

QByteArray utf16le(const QString &s)
{
    QByteArray out("\xFF\xFE", 2);
    for (const QChar c : s) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");

        const QString ae = QStringLiteral("Æse");
        QTest::newRow("comma, LF") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',') << CsvEncoding::Utf8
                                   << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << QList<int>{1, 2};
        QTest::newRow("semicolon, CRLF, BOM")
            << QByteArray("\xEF\xBB\xBFNavn;By\r\nKari;Bod\xC3\xB8\r\n") << QChar(u';') << CsvEncoding::Utf8WithBom
            << Rows{{u"Navn"_s, u"By"_s}, {u"Kari"_s, u"Bodø"_s}} << QList<int>{1, 2};
        QTest::newRow("semicolon, no BOM")
            << QByteArray("Navn;By\nKari;Bod\xC3\xB8\n") << QChar(u';') << CsvEncoding::Utf8
            << Rows{{u"Navn"_s, u"By"_s}, {u"Kari"_s, u"Bodø"_s}} << QList<int>{1, 2};
        QTest::newRow("tab") << QByteArray("Navn\tBy\r\nKari\tOslo, sentrum\r\n") << QChar(u'\t') << CsvEncoding::Utf8
                             << Rows{{u"Navn"_s, u"By"_s}, {u"Kari"_s, u"Oslo, sentrum"_s}} << QList<int>{1, 2};
        QTest::newRow("Windows-1252 ÆØÅ æøå")
            << windows1252(QStringLiteral("Navn;By\r\nÆse Ødegård;Årdal\r\næøå;€\r\n").replace(u'€', u'x'))
            << QChar(u';') << CsvEncoding::Windows1252
            << Rows{{u"Navn"_s, u"By"_s}, {u"Æse Ødegård"_s, u"Årdal"_s}, {u"æøå"_s, u"x"_s}} << QList<int>{1, 2, 3};
        QTest::newRow("Windows-1252 euro and dashes")
            << QByteArray("a;b\n\x80;\x96\x97\n") << QChar(u';') << CsvEncoding::Windows1252
            << Rows{{u"a"_s, u"b"_s}, {QStringLiteral("€"), QStringLiteral("–—")}} << QList<int>{1, 2};
        QTest::newRow("UTF-16 (Excel's Unicode text)")
            << utf16le(QStringLiteral("Navn\tBy\r\n") + ae + QStringLiteral("\tTromsø\r\n")) << QChar(u'\t')
            << CsvEncoding::Utf16LE << Rows{{u"Navn"_s, u"By"_s}, {ae, u"Tromsø"_s}} << QList<int>{1, 2};
        QTest::newRow("quotes with delimiter and line breaks")
            << QByteArray("Navn;Notat\r\n\"Kari; K.\";\"line one\r\nline two; still\"\r\nOla;x\r\n") << QChar(u';')
            << CsvEncoding::Utf8
            << Rows{{u"Navn"_s, u"Notat"_s}, {u"Kari; K."_s, u"line one\nline two; still"_s}, {u"Ola"_s, u"x"_s}}
            << QList<int>{1, 2, 4};
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"He said \"\"hi\"\"\",\"\"\"\"\n") << QChar(u',')
                                        << CsvEncoding::Utf8 << Rows{{u"a"_s, u"b"_s}, {u"He said \"hi\""_s, u"\""_s}}
                                        << QList<int>{1, 2};
        QTest::newRow("comma file, semicolons in data")
            << QByteArray("Navn,Adresse,Kapasitet\nA,x; y,2\nB,z,3\nC,\"q, r\",4\n") << QChar(u',') << CsvEncoding::Utf8
            << Rows{{u"Navn"_s, u"Adresse"_s, u"Kapasitet"_s},
                    {u"A"_s, u"x; y"_s, u"2"_s},
                    {u"B"_s, u"z"_s, u"3"_s},
                    {u"C"_s, u"q, r"_s, u"4"_s}}
            << QList<int>{1, 2, 3, 4};
        QTest::newRow("semicolon file, commas in data")
            << QByteArray("Navn;Adresse;Kapasitet\nA;Storgata 1, 0150 Oslo;2\nB;Vei 2, 9008 Tromsø;3\n") << QChar(u';')
            << CsvEncoding::Utf8
            << Rows{{u"Navn"_s, u"Adresse"_s, u"Kapasitet"_s},
                    {u"A"_s, u"Storgata 1, 0150 Oslo"_s, u"2"_s},
                    {u"B"_s, u"Vei 2, 9008 Tromsø"_s, u"3"_s}}
            << QList<int>{1, 2, 3};
        QTest::newRow("no line end at the end") << QByteArray("a;b\r\n1;2") << QChar(u';') << CsvEncoding::Utf8
                                                << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
        QTest::newRow("empty lines skipped, lines counted")
            << QByteArray("a;b\r\n\r\n1;2\r\n\r\n\r\n3;4\r\n") << QChar(u';') << CsvEncoding::Utf8
            << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{1, 3, 6};
        QTest::newRow("CR line ends") << QByteArray("a;b\r1;\"x\ry\"\r3;4\r") << QChar(u';') << CsvEncoding::Utf8
                                      << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"x\ny"_s}, {u"3"_s, u"4"_s}}
                                      << QList<int>{1, 2, 4};
        QTest::newRow("empty fields kept")
            << QByteArray("a;b;c\n;;\nx;;\n") << QChar(u';') << CsvEncoding::Utf8
            << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u""_s, u""_s, u""_s}, {u"x"_s, u""_s, u""_s}} << QList<int>{1, 2, 3};
        QTest::newRow("spaces kept, spaces after closing quote dropped")
            << QByteArray("a;b\n x ;\"y\"  \n") << QChar(u';') << CsvEncoding::Utf8
            << Rows{{u"a"_s, u"b"_s}, {u" x "_s, u"y"_s}} << QList<int>{1, 2};
        QTest::newRow("quote inside an unquoted field is text")
            << QByteArray("a;b\n5\" nail;x\n") << QChar(u';') << CsvEncoding::Utf8
            << Rows{{u"a"_s, u"b"_s}, {u"5\" nail"_s, u"x"_s}} << QList<int>{1, 2};
        QTest::newRow("single column") << QByteArray("Navn\nKari\nOla\n") << QChar(u';') << CsvEncoding::Utf8
                                       << Rows{{u"Navn"_s}, {u"Kari"_s}, {u"Ola"_s}} << QList<int>{1, 2, 3};
        QTest::newRow("tab file, commas and semicolons in data")
            << QByteArray("a\tb\tc\nx, y\tz; w\t1\n") << QChar(u'\t') << CsvEncoding::Utf8
            << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"x, y"_s, u"z; w"_s, u"1"_s}} << QList<int>{1, 2};
    }

    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(CsvEncoding, encoding);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);

        auto table = CsvReader::read(bytes);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->encoding, encoding);
        Rows got;
        QList<int> gotLines;
        for (const CsvRecord &r : table->records) {
            got << r.fields;
            gotLines << r.line;
        }
        QCOMPARE(got, rows);
        QCOMPARE(gotLines, lines);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("unterminated quote at end of file")
            << QByteArray("a;b\n1;2\n3;\"never closed\n4;5\n") << 3 << 2 << u"never closed"_s;
        QTest::newRow("text after closing quote")
            << QByteArray("a;b;c\n1;\"x\"y;3\n") << 2 << 2 << u"after the closing quotation mark"_s;
        QTest::newRow("empty") << QByteArray() << 0 << 0 << u"empty"_s;
        QTest::newRow("only line ends") << QByteArray("\r\n\r\n") << 0 << 0 << u"empty"_s;
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest", 8) << 0 << 0 << u"Excel workbook"_s;
        QTest::newRow("binary") << QByteArray("a;b\n\x01\x00\x02;x\n", 11) << 0 << 0 << u"binary"_s;
        // Limits (issue 20: a 50 MB field was stored as a family name).
        const QByteArray longField(CsvReader::maxFieldLength + 1, 'x');
        QTest::newRow("field over the limit")
            << (QByteArray("a;b\n1;") + longField + "\n") << 2 << 2 << u"longer than 10000 characters"_s;
        QTest::newRow("quoted field over the limit")
            << (QByteArray("a;b\n1;2\n\"") + longField + "\";3\n") << 3 << 1 << u"longer than 10000 characters"_s;
        QByteArray wide("a\n");
        for (int i = 0; i < 12; ++i)
            wide += QByteArray(CsvReader::maxFieldLength - 1, 'y') + ';';
        QTest::newRow("line over the limit") << (wide + "\n") << 2 << 12 << u"line is longer than 100000"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        auto table = CsvReader::read(bytes);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, Error::Kind::Invalid);
        QCOMPARE(table.error().line, line);
        QCOMPARE(table.error().column, column);
        QVERIFY2(table.error().message.contains(fragment), qPrintable(table.error().message));
    }

    // Which separator wins when more than one splits the header (docs/import.md): the one that gives every line
    // the header's number of fields, then the one with more fields, then semicolon, tab, comma in that order.
    void delimiterTieBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        // ";" and "," both split every line in two: Norwegian Excel's semicolon wins
        QTest::newRow("semicolon and comma tie") << u"Navn;Alder,Skole\nKari;20,OsloMet\n"_s << QChar(u';');
        QTest::newRow("comma and semicolon tie") << u"Navn,Alder;Skole\nKari,20;OsloMet\n"_s << QChar(u';');
        QTest::newRow("tab and comma tie") << u"Navn\tAlder,Skole\nKari\t20,OsloMet\n"_s << QChar(u'\t');
        QTest::newRow("semicolon and tab tie") << u"Navn\tAlder;Skole\nKari\t20;OsloMet\n"_s << QChar(u';');
        // equally consistent: more fields win, even for a later candidate
        QTest::newRow("comma gives more fields") << u"a;b,c,d\n1;2,3,4\n"_s << QChar(u',');
        QTest::newRow("tab gives more fields") << u"a;b\tc\td\n1;2\t3\t4\n"_s << QChar(u'\t');
        // more fields in the header but not in the lines: consistency first
        QTest::newRow("consistent beats more fields") << u"a,b,c;d\n1,2;3\n4,5;6\n"_s << QChar(u';');
        // a separator that splits the header beats one that does not, however consistent
        QTest::newRow("only comma splits") << u"Navn,By\nKari\n"_s << QChar(u',');
        QTest::newRow("one column") << u"Navn\nKari\nOla\n"_s << QChar(u';');
    }
    void delimiterTieBreaks()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    }

    void givenDelimiterAndEncodingWin()
    {
        CsvReader::Options o;
        o.delimiter = QLatin1Char(',');
        o.encoding = CsvEncoding::Windows1252;
        auto table = CsvReader::read(QByteArray("a;b,c\n\xC3\xA6;x,y\n"), o);
        QVERIFY(table.ok());
        QCOMPARE(table->records.at(1).fields, (QStringList{QStringLiteral("Ã¦;x"), QStringLiteral("y")}));
    }

    void fixtureFromExcel_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::newRow("UTF-8") << u"csv/students_semicolon.csv"_s << CsvEncoding::Utf8;
        QTest::newRow("Windows-1252") << u"csv/students_excel_1252.csv"_s << CsvEncoding::Windows1252;
    }

    void fixtureFromExcel()
    {
        QFETCH(QString, file);
        QFETCH(CsvEncoding, encoding);
        auto table = CsvReader::readFile(test::dataPath(file));
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->delimiter, QChar(u';'));
        QCOMPARE(table->records.size(), 4);
        QCOMPARE(table->records.at(2).fields.at(1), QStringLiteral("Østby"));
        QCOMPARE(table->records.at(3).fields.at(0), QStringLiteral("Åse"));
        QCOMPARE(table->records.at(3).fields.at(1), QStringLiteral("Bråten"));
        QVERIFY(!table->encodingName().isEmpty());
        QCOMPARE(table->delimiterName(), CsvReader::tr("semicolon (;)"));
    }

    void nonRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << u"/dev/zero"_s;
        QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
        QTest::newRow("a folder") << QDir::tempPath();
    }
    void nonRegularFilesAreRefused()
    {
        QFETCH(QString, path);
        if (!QFileInfo::exists(path))
            QSKIP("no such device here");
        auto table = CsvReader::readFile(path);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, Error::Kind::Invalid);
        QVERIFY2(table.error().message.contains(u"not a regular file"_s), qPrintable(table.error().message));
    }

    void missingFileIsIoError()
    {
        auto table = CsvReader::readFile(QStringLiteral("/nonexistent/x.csv"));
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, Error::Kind::Io);
        QCOMPARE(table.error().file, u"/nonexistent/x.csv"_s);
    }

    // The import reads a file a piece at a time (CsvStream): a record, a quoted field, a doubled quote or a CRLF cut
    // by the end of a piece reads the same as in one piece. The file is padded so that the pieces' boundary (256 KB)
    // falls at every position of the records around it.
    void streamReadsAcrossPieces_data()
    {
        QTest::addColumn<int>("padding");
        for (int padding = 0; padding < 48; ++padding)
            QTest::addRow("padding %d", padding) << padding;
    }
    void streamReadsAcrossPieces()
    {
        QFETCH(int, padding);
        const QByteArray tricky = "x;\"a;\"\"b\"\"\r\nc\";\"\"\r\n\r\n\"q\"  ;z\rlast;\xC3\xA6\n"; // 4 records
        QByteArray data = "Navn;Verdi\r\n" + QByteArray(padding, 'p') + ";1\r\n";
        while (data.size() < 256 * 1024 - 64)
            data += "filler;0123456789\r\n";
        for (int i = 0; i < 6; ++i)
            data += tricky;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        f.close();

        auto whole = CsvReader::parse(QString::fromUtf8(data), QLatin1Char(';'));
        QVERIFY(whole.ok());
        auto stream = CsvStream::open(path);
        QVERIFY(stream.ok());
        QCOMPARE(stream.value()->delimiter(), QChar(u';'));
        QList<CsvRecord> streamed;
        CsvRecord record;
        while (stream.value()->next(record))
            streamed << record;
        QVERIFY(!stream.value()->error());
        QCOMPARE(streamed.size(), whole->size());
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            QCOMPARE(streamed[i].line, whole->at(i).line);
            QCOMPARE(streamed[i].fields, whole->at(i).fields);
        }
        QCOMPARE(streamed.last().fields, (QStringList{u"last"_s, u"æ"_s}));
    }

    // A field or a line longer than the limit stops the stream at once, without reading the rest into memory.
    void streamStopsAtTheLimits_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unquoted field") << QByteArray("a;b\nx;" + QByteArray(3 * 1024 * 1024, 'y') + "\n") << 2
                                        << u"Field 2 is longer than"_s;
        QTest::newRow("quoted field") << QByteArray("a;b\nx;\"" + QByteArray(3 * 1024 * 1024, 'y') + "\"\n") << 2
                                      << u"Field 2 is longer than"_s;
        QByteArray manyFields = "a;b\n";
        for (int i = 0; i < 300000; ++i)
            manyFields += "z;";
        QTest::newRow("line") << manyFields << 2 << u"The line is longer than"_s;
    }
    void streamStopsAtTheLimits()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        f.close();
        auto stream = CsvStream::open(path);
        QVERIFY(stream.ok());
        CsvRecord record;
        QVERIFY(stream.value()->next(record)); // the header
        QVERIFY(!stream.value()->next(record));
        QVERIFY(stream.value()->error().has_value());
        QCOMPARE(stream.value()->error()->line, line);
        QVERIFY2(stream.value()->error()->message.contains(message), qPrintable(stream.value()->error()->message));
        QCOMPARE(stream.value()->error()->file, path);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
