#include "documents/DocumentFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace praksis {

namespace {

struct Families
{
    QString regular;
    QString condensed;
};

const Families &families()
{
    static const Families f = [] {
        Families out;
        auto add = [](const char *file) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            return id >= 0 ? QFontDatabase::applicationFontFamilies(id).value(0) : QString();
        };
        out.regular = add(":/praksis/fonts/DejaVuSans.ttf");
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

QFont DocumentFont::font(double pointSize, bool bold)
{
    QFont f(families().regular);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QFont DocumentFont::condensed(double pointSize, bool bold)
{
    QFont f(families().condensed);
    f.setStretch(QFont::SemiCondensed);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace praksis
