#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace praksis {

namespace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QString name)
        : m_name(std::move(name))
    {
        QFile f(QStringLiteral(":/praksis/icons/") + m_name + QStringLiteral(".svg"));
        if (f.open(QIODevice::ReadOnly))
            m_svg = f.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QApplication::palette();
        QColor color = pal.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal,
                                 mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        QByteArray data = m_svg;
        data.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(data);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize device = size * scale;
        const QPalette pal = QApplication::palette();
        const QString key = QStringLiteral("praksis-icon:%1:%2x%3:%4:%5")
                                .arg(m_name)
                                .arg(device.width())
                                .arg(device.height())
                                .arg(int(mode))
                                .arg(pal.color(QPalette::WindowText).name());
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(device);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), device), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("praksis-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QString m_name;
    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(name));
}

} // namespace praksis
