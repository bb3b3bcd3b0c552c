#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace praksis {

// Lays its items out left to right and wraps to a new row when the width runs out, so a filter bar of a register
// never forces the window wider than the screen (1280 px laptops) and never cuts a filter to fit: each item keeps
// its size hint. (After Qt's Flow Layout example.)
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // Inserts a widget before position `index` (the end when out of range).
    void insertWidget(int index, QWidget *widget);
    int horizontalSpacing() const;
    int verticalSpacing() const;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int smartSpacing(QStyle::PixelMetric pm) const;

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
};

} // namespace praksis
