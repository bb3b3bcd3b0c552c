#include "documents/DocumentFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace praksis {

namespace {

struct Families
{
    QString regular;
    QString condensed;
    bool bundled = false;
};

// The one set-up of every document font.
QFont documentFont(const QString &family, double pointSize, bool bold)
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // outlines, and no shaping: Latin text needs none, and without it there are no ligature glyphs
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

const Families &families()
{
    static const Families f = [] {
        Families out;
        auto add = [](const char *file) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            return id >= 0 ? QFontDatabase::applicationFontFamilies(id).value(0) : QString();
        };
        out.regular = add(":/praksis/fonts/DejaVuSans.ttf");
        out.bundled = !out.regular.isEmpty();
        add(":/praksis/fonts/DejaVuSans-Bold.ttf");
        out.condensed = add(":/praksis/fonts/DejaVuSansCondensed.ttf");
        add(":/praksis/fonts/DejaVuSansCondensed-Bold.ttf");
        if (out.regular.isEmpty())
            out.regular = QStringLiteral("DejaVu Sans");
        if (out.condensed.isEmpty())
            out.condensed = out.regular;
        return out;
    }();
    return f;
}

} // namespace

QString DocumentFont::family()
{
    return families().regular;
}

bool DocumentFont::bundled()
{
    return families().bundled;
}

QFont DocumentFont::font(double pointSize, bool bold)
{
    return documentFont(families().regular, pointSize, bold);
}

QFont DocumentFont::condensed(double pointSize, bool bold)
{
    QFont f = documentFont(families().condensed, pointSize, bold);
    f.setStretch(QFont::SemiCondensed);
    return f;
}

} // namespace praksis
