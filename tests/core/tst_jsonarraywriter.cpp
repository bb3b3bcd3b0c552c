#include "io/JsonArrayWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace praksis;
using namespace Qt::StringLiterals;

// The streamed listing must print exactly what QJsonDocument printed for the whole array (scripts read it), so
// every case is checked against QJsonDocument itself.
class TestJsonArrayWriter : public QObject
{
    Q_OBJECT

    static QByteArray reference(const QJsonArray &array)
    {
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }

private slots:
    void emptyArray()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonArrayWriter writer(buffer, {u"id"_s});
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), reference(QJsonArray()));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Kari Nordmann"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("Norwegian letters") << u"Ærlig Ødegård på Åsen"_s;
        QTest::newRow("quotes and backslash") << u"«sitat» \"x\" \\ / '"_s;
        QTest::newRow("control characters") << u"a\nb\rc\td\be\ff"_s + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
        QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s;
        QTest::newRow("outside the BMP") << u"smil 😀 𝄞"_s;
        QTest::newRow("lone high surrogate") << u"x"_s + QChar(0xd83d) + u"y"_s;
        QTest::newRow("lone low surrogate at the end") << u"x"_s + QChar(0xde00);
        QTest::newRow("nul") << u"a"_s + QChar(0) + u"b"_s;
    }

    void text()
    {
        QFETCH(QString, text);
        const QJsonArray expected{QJsonObject{{u"b"_s, text}, {u"a"_s, 1}}, QJsonObject{{u"b"_s, text}, {u"a"_s, 2}}};

        // given as UTF-16
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonArrayWriter writer(buffer, {u"b"_s, u"a"_s});
        for (int i = 1; i <= 2; ++i) {
            writer.setText(0, text);
            writer.setInteger(1, i);
            QVERIFY(writer.endObject());
        }
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), reference(expected));

        // given as UTF-8, when it can be (a lone surrogate has no UTF-8)
        const QByteArray utf8 = text.toUtf8();
        if (QString::fromUtf8(utf8) != text)
            return;
        QBuffer buffer8;
        buffer8.open(QIODevice::WriteOnly);
        JsonArrayWriter writer8(buffer8, {u"b"_s, u"a"_s});
        for (int i = 1; i <= 2; ++i) {
            QVERIFY(writer8.setTextUtf8(0, utf8.constData(), utf8.size()));
            writer8.setInteger(1, i);
            QVERIFY(writer8.endObject());
        }
        QVERIFY(writer8.finish());
        QCOMPARE(buffer8.data(), reference(expected));
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a lone continuation byte") << QByteArray("a\x80z");
        QTest::newRow("a cut sequence") << QByteArray("a\xc3");
        QTest::newRow("an overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("an overlong three-byte form") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("an encoded surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("a five-byte lead") << QByteArray("\xf8\x88\x80\x80\x80");
    }

    // Not valid UTF-8: refused, so that the caller decodes it as Qt does and nothing else is printed.
    void invalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonArrayWriter writer(buffer, {u"t"_s});
        QVERIFY(!writer.setTextUtf8(0, bytes.constData(), bytes.size()));
    }

    void valuesAndKeyOrder()
    {
        const QStringList keys{u"studentNumber"_s, u"id"_s, u"student"_s, u"locked"_s, u"hours"_s, u"none"_s, u"end"_s};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonArrayWriter writer(buffer, keys);
        QJsonArray expected;
        const QList<double> reals{30.0, 37.5, 0.1,           -2.25,
                                  1e21, 1e-7, 123456789.125, std::numeric_limits<double>::infinity()};
        for (qsizetype i = 0; i < reals.size(); ++i) {
            const qint64 id = i == 0   ? std::numeric_limits<qint64>::min()
                              : i == 1 ? std::numeric_limits<qint64>::max()
                                       : -qint64(i) * 1000;
            writer.setText(0, u"S%1"_s.arg(i));
            writer.setInteger(1, id);
            writer.setText(2, u"Navn %1"_s.arg(i));
            writer.setBool(3, i % 2 == 0);
            writer.setReal(4, reals.at(i));
            writer.setNull(5);
            writer.setText(6, u"2027-03-0%1"_s.arg(i));
            QVERIFY(writer.endObject());
            expected.append(QJsonObject{{keys[0], u"S%1"_s.arg(i)},
                                        {keys[1], id},
                                        {keys[2], u"Navn %1"_s.arg(i)},
                                        {keys[3], i % 2 == 0},
                                        {keys[4], reals.at(i)},
                                        {keys[5], QJsonValue::Null},
                                        {keys[6], u"2027-03-0%1"_s.arg(i)}});
        }
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), reference(expected));
    }

    // Far more than one flush of the buffer: the rows still come out whole and in order.
    void manyRows()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonArrayWriter writer(buffer, {u"id"_s, u"name"_s});
        QJsonArray expected;
        for (int i = 0; i < 5000; ++i) {
            writer.setInteger(0, i);
            writer.setText(1, u"Ås %1"_s.arg(i));
            QVERIFY(writer.endObject());
            expected.append(QJsonObject{{u"id"_s, i}, {u"name"_s, u"Ås %1"_s.arg(i)}});
        }
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), reference(expected));
    }

    void deviceFailure()
    {
        QBuffer buffer; // never opened: every write fails
        JsonArrayWriter writer(buffer, {u"id"_s});
        bool ok = true;
        for (int i = 0; i < 20000 && ok; ++i) {
            writer.setInteger(0, i);
            ok = writer.endObject();
        }
        QVERIFY(!ok || !writer.finish());
    }
};

QTEST_GUILESS_MAIN(TestJsonArrayWriter)
#include "tst_jsonarraywriter.moc"
